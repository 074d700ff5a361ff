resource "aws_ecr_repository" "ok" {
  name = "ok"
}
