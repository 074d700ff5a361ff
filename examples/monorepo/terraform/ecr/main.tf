variable "mutability" {
  type    = string
  default = "IMMUTABLE"
}

variable "teams" {
  type    = set(string)
  default = ["billing", "search"]
}

locals {
  prefix = "shop"
}

resource "aws_ecr_repository" "team" {
  for_each             = var.teams
  name                 = "${local.prefix}/${each.key}"
  image_tag_mutability = var.mutability
}

resource "aws_ecr_repository" "legacy" {
  count = 1
  name  = "${local.prefix}/legacy-${count.index}"
}
