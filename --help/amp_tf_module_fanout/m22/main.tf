module "a" {
  source = "../m23"
}
module "b" {
  source = "../m23"
}
locals {
  x = "IMMUTABLE"
}
