# terraform.tfvars is a directory here: not a variable file (the listing's
# d_type is not trusted for it, stat decides). .terraform holds no
# modules/modules.json: the remote module is not downloaded.
variable "a" { default = "from-default" }

module "remote" {
  source = "example/remote/aws"
}

resource "null_resource" "v" {
  triggers = {
    a      = var.a
    remote = module.remote.out
  }
}
