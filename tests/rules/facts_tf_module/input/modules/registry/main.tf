variable "name" {
  type = string
}

resource "aws_ecr_repository" "this" {
  name = var.name
}
