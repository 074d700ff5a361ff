# Issue 14: b has no lifecycle policy; a's policy refers to a by id. b must
# fail (it used to be unknown), a passes, c's policy names it literally.

resource "aws_ecr_repository" "a" {
  name                 = "team/a"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "b" {
  name                 = "team/b"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "c" {
  name                 = "team/c"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_lifecycle_policy" "a" {
  repository = aws_ecr_repository.a.id
  policy     = "{}"
}

resource "aws_ecr_lifecycle_policy" "c" {
  repository = "team/c"
  policy     = "{}"
}
