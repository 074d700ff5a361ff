variable "mutability" {
  default = "MUTABLE"
}

locals {
  name = "base"
  kept = "kept"
}

resource "aws_ecr_repository" "repo" {
  name                 = local.name
  image_tag_mutability = var.mutability
  force_delete         = true

  image_scanning_configuration {
    scan_on_push = false
  }

  encryption_configuration {
    encryption_type = "AES256"
  }
}

resource "aws_s3_bucket" "untouched" {
  bucket = local.kept
}
