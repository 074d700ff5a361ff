variable "env" { default = "prod" }
variable "unknown" {}

resource "aws_ecr_repository" "c" {
  image_tag_mutability = var.env == "prod" ? "IMMUTABLE" : "MUTABLE"
  force_delete         = var.env != "prod"
  name                 = var.unknown == "x" ? "a" : "b"
  scan                 = var.env == "prod" || var.unknown
  kms                  = var.env == "dev" && var.unknown
  list                 = [for s in ["a", "b", "c"] : upper(s) if s != "b"]
  map                  = { for k, v in { x = 1, y = 2 } : v => k }
  grouped              = { for s in ["ab", "ac", "bd"] : substr(s, 0, 1) => s... }
  splat                = [{ n = 1 }, { n = 2 }][*].n
  legacy               = [[10, 20]][0].1
}
