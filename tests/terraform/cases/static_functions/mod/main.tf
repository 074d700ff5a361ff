resource "aws_iam_policy" "from_file" {
  name   = "f"
  policy = file("${path.module}/policy.json")
}

output "paths" {
  value = [path.module, path.root]
}
