module "again" {
  source = "../x"
}
resource "aws_ecr_repository" "ok" {
  name = "ok"
  image_tag_mutability = "IMMUTABLE"
}
