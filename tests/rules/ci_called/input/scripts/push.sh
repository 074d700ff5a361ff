#!/bin/sh
# the unique tag, then the moving one from another script
set -eu
REPO=111122223333.dkr.ecr.us-east-1.amazonaws.com/api
docker build \
  -t "$REPO:$GITHUB_SHA" .
docker push "$REPO:$GITHUB_SHA"
./scripts/moving.sh
