# The repository is declared in a child module: a root is a producer when a
# file of its module tree names the type, not only its own files.
module "registry" {
  source = "../modules/registry"
  name   = "team/batch"
}
