variable "mut" {
  default = "MUTABLE"
}

locals {
  name = "second"
}

resource "aws_ecr_repository" "r" {
  name = "second"
}

data "aws_caller_identity" "me" {}
data "aws_caller_identity" "me" {}
