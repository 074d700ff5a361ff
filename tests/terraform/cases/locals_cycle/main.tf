locals {
  a = local.b
  b = local.a
  c = "fine"
}

resource "aws_s3_bucket" "b" {
  bucket = local.a
  acl    = local.c
}
