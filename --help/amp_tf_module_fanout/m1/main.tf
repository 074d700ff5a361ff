module "a" {
  source = "../m2"
}
module "b" {
  source = "../m2"
}
locals {
  x = "IMMUTABLE"
}
