variable "a" { default = "from-default" }
variable "b" { default = "from-default" }
variable "c" { default = "from-default" }
variable "d" { default = "from-default" }
variable "e" { default = "from-default" }
variable "list" {
  type    = list(string)
  default = []
}

resource "null_resource" "v" {
  triggers = {
    a    = var.a
    b    = var.b
    c    = var.c
    d    = var.d
    e    = var.e
    list = join(",", var.list)
  }
}
