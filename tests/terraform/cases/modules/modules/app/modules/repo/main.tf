variable "repo_name" { type = string }
variable "mutability" {
  type    = string
  default = "MUTABLE"
}

resource "aws_ecr_repository" "this" {
  name                 = var.repo_name
  image_tag_mutability = var.mutability
}

output "name" { value = aws_ecr_repository.this.name }
output "arn" { value = aws_ecr_repository.this.arn }
