#!/bin/sh
# variables from the caller: exported, on the command line, and one it did
# not export; a parameter; a sourced file; a function
docker push "$REPO:$TAG"
docker push "$REPO:$1"
docker push "$LOCAL:latest"
. scripts/env.sh
docker push "$SOURCED:${CI_COMMIT_SHA:-dev}"
publish() {
  docker push "$SOURCED:$1"
}
publish latest
echo 'never closed
docker push "$REPO:after"
