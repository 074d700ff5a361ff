module "a" {
  source = "../m5"
}
module "b" {
  source = "../m5"
}
locals {
  x = "IMMUTABLE"
}
