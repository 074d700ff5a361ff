module "a" {
  source = "../m26"
}
module "b" {
  source = "../m26"
}
locals {
  x = "IMMUTABLE"
}
