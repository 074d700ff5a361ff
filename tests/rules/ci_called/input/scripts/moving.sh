#!/bin/sh
# only a moving tag
docker tag app 111122223333.dkr.ecr.us-east-1.amazonaws.com/worker:latest
docker push 111122223333.dkr.ecr.us-east-1.amazonaws.com/worker:latest
