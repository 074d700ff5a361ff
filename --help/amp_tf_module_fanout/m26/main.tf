module "a" {
  source = "../m27"
}
module "b" {
  source = "../m27"
}
locals {
  x = "IMMUTABLE"
}
