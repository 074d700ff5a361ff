module "app" {
  source = "./modules/app"
  count  = 2
  name   = "svc${count.index}"
}

module "single" {
  source = "./modules/app"
  name   = "single"
}

resource "aws_ssm_parameter" "out" {
  name  = "repo"
  value = module.single.repo_names[0]
  arn   = module.single.repo_arn
}
