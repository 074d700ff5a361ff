module "a" {
  source = "../m14"
}
module "b" {
  source = "../m14"
}
locals {
  x = "IMMUTABLE"
}
