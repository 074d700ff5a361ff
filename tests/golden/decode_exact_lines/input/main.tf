resource "aws_ecr_repository_policy" "heredoc" {
  repository = "r"
  policy     = <<EOF
{
  "Statement": [
    {"Effect": "Allow", "Principal": "*"}
  ]
}
EOF
}

resource "aws_ecr_repository_policy" "indented" {
  repository = "r"
  policy     = <<-EOT
    {
      "Statement": [{"Effect": "Deny"},
        {"Effect": "Allow", "Principal": "*"}]
    }
  EOT
}

resource "aws_ecr_repository_policy" "escaped" {
  repository = "r"
  policy     = <<EOF
{"Sid": "$${x}",
 "Statement": [{"Effect": "Allow", "Principal": "*"}]}
EOF
}

resource "aws_ecr_repository_policy" "interpolated" {
  repository = "r"
  policy     = <<EOF
{"Sid": "${var.sid}",
 "Statement": [{"Effect": "Allow", "Principal": "*"}]}
EOF
}

resource "aws_ecr_repository_policy" "quoted" {
  repository = "r"
  policy     = "{\n\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\"}]}"
}

resource "aws_ecr_repository_policy" "via_local" {
  repository = "r"
  policy     = local.policy
}

variable "sid" {
  default = "s"
}
