provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Owner = "platform"
    }
  }
}

provider "aws" {
  alias  = "legacy"
  region = "us-east-1"
}

resource "aws_s3_bucket" "by_default" {
  bucket = "by-default"
}

resource "aws_s3_bucket" "legacy_untagged" {
  provider = aws.legacy
  bucket   = "legacy-untagged"
  tags = {
    Name = "legacy"
  }
}

resource "aws_s3_bucket" "legacy_tagged" {
  provider = aws.legacy
  bucket   = "legacy-tagged"
  tags = {
    Owner = "data"
  }
}

module "queue" {
  source = "./queue"
}
