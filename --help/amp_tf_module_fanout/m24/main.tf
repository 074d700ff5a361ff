module "a" {
  source = "../m25"
}
module "b" {
  source = "../m25"
}
locals {
  x = "IMMUTABLE"
}
