resource "aws_s3_bucket" "b" {
  bucket = "logs"
}
module "m" {
  source = "./mod"
}
locals {
  x = file("${path.module}/pipe.txt")
}
