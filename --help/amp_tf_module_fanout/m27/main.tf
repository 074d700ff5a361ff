module "a" {
  source = "../m28"
}
module "b" {
  source = "../m28"
}
locals {
  x = "IMMUTABLE"
}
