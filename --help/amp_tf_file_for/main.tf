resource "aws_ecr_repository" "files" {
  name = "files"
  image_tag_mutability = join("", [for i in range(1000) : file("big.txt")])
}
resource "aws_ecr_repository" "ok" {
  name = "ok"
  image_tag_mutability = "IMMUTABLE"
}
