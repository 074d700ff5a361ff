module "a" {
  source = "../m29"
}
module "b" {
  source = "../m29"
}
locals {
  x = "IMMUTABLE"
}
