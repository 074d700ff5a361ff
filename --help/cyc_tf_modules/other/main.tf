module "x" {
  source = "./x"
}
