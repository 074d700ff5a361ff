module "a" {
  source = "../m10"
}
module "b" {
  source = "../m10"
}
locals {
  x = "IMMUTABLE"
}
