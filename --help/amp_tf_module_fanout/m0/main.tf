module "a" {
  source = "../m1"
}
module "b" {
  source = "../m1"
}
locals {
  x = "IMMUTABLE"
}
