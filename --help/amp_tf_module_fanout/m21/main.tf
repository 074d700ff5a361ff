module "a" {
  source = "../m22"
}
module "b" {
  source = "../m22"
}
locals {
  x = "IMMUTABLE"
}
