resource "aws_ecr_repository" "repo" {
  force_delete = false
  tags         = { team = "platform" }

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "missing" {
  name = "nope"
}
