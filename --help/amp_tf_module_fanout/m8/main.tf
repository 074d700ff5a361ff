module "a" {
  source = "../m9"
}
module "b" {
  source = "../m9"
}
locals {
  x = "IMMUTABLE"
}
