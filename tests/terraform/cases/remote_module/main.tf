module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
}

module "missing" {
  source = "./does-not-exist"
}

resource "aws_ecr_repository" "r" {
  name = module.vpc.vpc_id
}
