terraform {
  required_version = ">= 1.0"
  backend "s3" {}
}
provider "aws" {
  region = "us-east-1"
  default_tags { tags = { team = "x" } }
}
variable "m" {
  type = map(object({ x = list(map(string)) }))
  default = {}
  validation {
    condition     = length(var.m) < 5
    error_message = "too many"
  }
}
resource "aws_ecr_repository" "r" {
  for_each             = toset(["a", "b"])
  name                 = each.key
  image_tag_mutability = "MUTABLE"
  dynamic "encryption_configuration" {
    for_each = var.m
    iterator = e
    content { encryption_type = e.value.x[0].t }
  }
  lifecycle { prevent_destroy = true }
}
module "m" {
  source   = "./modules/m"
  for_each = { a = 1 }
  v        = each.value
  providers = { aws = aws }
}
data "aws_caller_identity" "me" {}
output "o" { value = module.m["a"].out }
# comment
// comment
/* block */
