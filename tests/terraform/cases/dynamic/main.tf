variable "rules" {
  default = [
    { port = 80, cidr = "0.0.0.0/0" },
    { port = 443, cidr = "10.0.0.0/8" },
  ]
}

resource "aws_security_group" "sg" {
  name = "web"
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      cidr_blocks = [ingress.value.cidr]
      index       = ingress.key
    }
  }
  dynamic "egress" {
    for_each = { all = "-1" }
    iterator = e
    content {
      protocol = e.value
      name     = e.key
    }
  }
  ingress {
    from_port = 22
  }
  lifecycle {
    create_before_destroy = true
  }
}
