module "a" {
  source = "../m4"
}
module "b" {
  source = "../m4"
}
locals {
  x = "IMMUTABLE"
}
