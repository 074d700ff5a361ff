variable "name" {}

module "repo" {
  source     = "./modules/repo"
  for_each   = toset(["api", "web"])
  repo_name  = "${var.name}-${each.key}"
  mutability = each.key == "api" ? "IMMUTABLE" : null
}

output "repo_names" {
  value = [for k, m in module.repo : m.name]
}

output "repo_arn" {
  value = module.repo["api"].arn
}
