module "a" {
  source = "../m24"
}
module "b" {
  source = "../m24"
}
locals {
  x = "IMMUTABLE"
}
