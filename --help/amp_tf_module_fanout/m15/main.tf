module "a" {
  source = "../m16"
}
module "b" {
  source = "../m16"
}
locals {
  x = "IMMUTABLE"
}
