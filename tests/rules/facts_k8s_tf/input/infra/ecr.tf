resource "aws_ecr_repository" "web" {
  name = "team/web"
}

resource "aws_ecr_repository" "api" {
  name                 = "team/api"
  image_tag_mutability = "IMMUTABLE"
}

variable "worker_mutability" {
  type = string
}

resource "aws_ecr_repository" "worker" {
  name                 = "team/worker"
  image_tag_mutability = var.worker_mutability
}
