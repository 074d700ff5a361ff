module "a" {
  source = "../m20"
}
module "b" {
  source = "../m20"
}
locals {
  x = "IMMUTABLE"
}
