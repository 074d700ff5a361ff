variable "n" { default = 2 }
variable "enabled" { default = false }

resource "aws_ecr_repository" "legacy" {
  count = var.n
  name  = "legacy-${count.index}"
}

resource "aws_ecr_repository" "off" {
  count = var.enabled ? 1 : 0
  name  = "never"
}

resource "aws_ecr_repository" "unknown" {
  count = length(data.aws_availability_zones.az.names)
  name  = "az-${count.index}"
}

resource "aws_ecr_lifecycle_policy" "p" {
  count      = var.n
  repository = aws_ecr_repository.legacy[count.index].name
  arns       = aws_ecr_repository.legacy[*].arn
  names      = aws_ecr_repository.legacy[*].name
}

data "aws_availability_zones" "az" {}
