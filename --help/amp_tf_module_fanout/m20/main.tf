module "a" {
  source = "../m21"
}
module "b" {
  source = "../m21"
}
locals {
  x = "IMMUTABLE"
}
