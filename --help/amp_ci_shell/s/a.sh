. s/b.sh
bash -c "./s/a.sh; . s/b.sh"
docker push ghcr.io/acme/cycle:$T
