locals {
  # used before it is defined: dependency order, not file order
  full_name = "${local.prefix}-${local.name}"
  prefix    = "team"
  name      = lower("BILLING")
  tags      = merge(local.base_tags, { Name = local.full_name })
  base_tags = { Env = "prod" }
}

resource "aws_ecr_repository" "r" {
  name = local.full_name
  tags = local.tags
}
