resource "aws_ecr_repository" "r" {
  name = "a"
}
resource "aws_ecr_repository" "r" {
  name = "b"
}
