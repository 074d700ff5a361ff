module "a" {
  source = "../m19"
}
module "b" {
  source = "../m19"
}
locals {
  x = "IMMUTABLE"
}
