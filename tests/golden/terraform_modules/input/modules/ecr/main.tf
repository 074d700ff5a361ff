variable "name" {}
variable "mutability" {}

resource "aws_ecr_repository" "this" {
  name                 = var.name
  image_tag_mutability = var.mutability
}
