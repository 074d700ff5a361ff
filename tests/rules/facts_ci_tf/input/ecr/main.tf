resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "tools" {
  name = "tools"
}
