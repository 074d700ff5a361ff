resource "aws_ecr_repository" "width" {
  name = "width"
  image_tag_mutability = format("%999999999d", 1)
}
resource "aws_ecr_repository" "prec" {
  name = "prec"
  image_tag_mutability = format("%.999999999f", 1)
}
resource "aws_ecr_repository" "big" {
  name = "big"
  image_tag_mutability = format("%d", 1e300)
}
resource "aws_ecr_repository" "str" {
  name = "str"
  image_tag_mutability = format("%-2000000s", "x")
}
resource "aws_ecr_repository" "fine" {
  name = "fine"
  image_tag_mutability = format("%-12s", "IMMUTABLE")
}
resource "aws_ecr_repository" "ok" {
  name = "ok"
  image_tag_mutability = "IMMUTABLE"
}
