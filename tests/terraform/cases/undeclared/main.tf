variable "env" {
  default = "prod"
}

locals {
  name = "app-${var.env}"
  tag  = local.missing_tag
}

# evaluated once per instance; reported once per place
resource "aws_ecr_repository" "r" {
  count                = 2
  name                 = "${local.name}-${count.index}"
  image_tag_mutability = var.mutability
  tags = {
    Team = local.tag
    Env  = var.env
  }
}

resource "aws_s3_bucket" "b" {
  bucket = try(local.nope, "fallback")
}
