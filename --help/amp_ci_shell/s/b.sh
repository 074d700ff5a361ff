T=${T}x
. s/a.sh
