variable "mutability" {
  type = string
}

variable "team" {
  type    = string
  default = "core"
}

module "child" {
  source     = "../modules/ecr"
  name       = "${var.team}-child"
  mutability = "MUTABLE"
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}

resource "aws_ecr_repository" "direct" {
  name                 = "${var.team}-direct"
  image_tag_mutability = var.mutability
}

resource "aws_ecr_repository" "unset" {
  name = "unset"
}
