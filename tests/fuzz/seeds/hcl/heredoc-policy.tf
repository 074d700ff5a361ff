resource "aws_ecr_repository_policy" "p" {
  repository = "r"
  policy     = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": "*", "Action": "ecr:*"}
  ]
}
EOF
  other = <<-YAML
    replicas: 5
    list:
      - a
  YAML
}
