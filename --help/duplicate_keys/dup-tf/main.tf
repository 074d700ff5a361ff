resource "aws_ecr_repository" "r" {
  name = "a"
  name = "b"
}
