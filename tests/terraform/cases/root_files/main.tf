# What the root directory holds, found from its listing (no stat per name):
# terraform.tfvars.json (a regular file), terraform.tfvars (a symbolic link:
# stat'ed, followed) and .terraform/modules/modules.json (under a directory).
variable "a" { default = "from-default" }
variable "b" { default = "from-default" }

module "remote" {
  source  = "example/remote/aws"
  version = "~> 1.0"
}

resource "null_resource" "v" {
  triggers = {
    a      = var.a
    b      = var.b
    remote = module.remote.out
  }
}
