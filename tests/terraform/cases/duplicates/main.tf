# Terraform rejects every duplicate below; Vigil keeps the first of each,
# warns at the others, and evaluates the module.
variable "mut" {
  default = "IMMUTABLE"
}

locals {
  name = "first"
}

resource "aws_ecr_repository" "r" {
  name                 = local.name
  image_tag_mutability = var.mut
  image_tag_mutability = "MUTABLE"
}
