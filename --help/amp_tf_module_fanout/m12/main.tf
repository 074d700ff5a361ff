module "a" {
  source = "../m13"
}
module "b" {
  source = "../m13"
}
locals {
  x = "IMMUTABLE"
}
