variable "teams" {
  default = {
    billing = { mutable = false }
    search  = { mutable = true }
  }
}

resource "aws_ecr_repository" "team" {
  for_each             = var.teams
  name                 = "team-${each.key}"
  image_tag_mutability = each.value.mutable ? "MUTABLE" : "IMMUTABLE"
}

resource "aws_ecr_repository" "set" {
  for_each = toset(["b", "a"])
  name     = each.value
}

resource "aws_ecr_repository" "unknown" {
  for_each = var.unset
  name     = each.key
}

resource "aws_ecr_lifecycle_policy" "team" {
  for_each   = aws_ecr_repository.team
  repository = each.value.name
}

variable "unset" {}
