resource "aws_ecr_repository" "bad" {
  name = "unterminated
}
