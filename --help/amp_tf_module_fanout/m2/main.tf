module "a" {
  source = "../m3"
}
module "b" {
  source = "../m3"
}
locals {
  x = "IMMUTABLE"
}
