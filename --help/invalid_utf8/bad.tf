resource "aws_ecr_repository" "r" {
  name = "â(¡"
}
