variable "owner" {
  default = "platform"
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Owner = var.owner
      Env   = "prod"
    }
  }
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
  default_tags {
    tags = {
      Owner = "us-team"
    }
  }
}

provider "google" {
  project = "p"
}

# default tags merged with the resource's own; the resource's win
resource "aws_ecr_repository" "tagged" {
  name = "tagged"
  tags = {
    Env  = "dev"
    Name = "tagged"
  }
}

# no tags of its own: tags_all is the default tags
resource "aws_s3_bucket" "untagged" {
  bucket = "untagged"
}

resource "aws_s3_bucket" "us" {
  provider = aws.us
  bucket   = "us"
}

resource "google_storage_bucket" "g" {
  name = "g"
}

data "aws_caller_identity" "me" {}

module "inherits" {
  source = "./modules/app"
}

module "mapped" {
  source = "./modules/app"
  providers = {
    aws = aws.us
  }
}

variable "extra_tags" {}

# tags not known: neither is tags_all
resource "aws_sns_topic" "t" {
  name = "t"
  tags = var.extra_tags
}
