variable "partner" {
  type = string
}

resource "aws_ecr_repository_policy" "org" {
  repository = "api"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Org"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage"]
      Condition = { "ForAnyValue:StringEquals" = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_ecr_repository_policy" "partner" {
  repository = "web"
  policy     = <<JSON
{"Statement": [{"Sid": "Partner", "Effect": "Allow",
  "Principal": {"AWS": "arn:aws:iam::999988887777:role/deploy"}, "Action": "ecr:BatchGetImage"}]}
JSON
}

resource "aws_ecr_repository_policy" "variable" {
  repository = "worker"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.partner }
      Action    = "ecr:BatchGetImage"
    }]
  })
}

resource "aws_ecr_registry_policy" "replication" {
  policy = jsonencode({
    Statement = [{
      Sid       = "Replicate"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Action    = ["ecr:CreateRepository", "ecr:ReplicateImage"]
      Resource  = "*"
    }]
  })
}
