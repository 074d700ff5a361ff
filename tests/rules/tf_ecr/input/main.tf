resource "aws_kms_key" "ecr" {}

resource "aws_ecr_repository" "good" {
  name                 = "shop/api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}

resource "aws_ecr_lifecycle_policy" "good" {
  repository = aws_ecr_repository.good.name
  policy     = jsonencode({ rules = [] })
}

resource "aws_ecr_repository" "bare" {
  name = "shop/bare"
}

resource "aws_ecr_repository" "mutable" {
  name                 = "shop/mutable"
  image_tag_mutability = "MUTABLE"

  image_scanning_configuration {
    scan_on_push = false
  }

  encryption_configuration {
    encryption_type = "AES256"
  }
}

resource "aws_ecr_repository" "excluded" {
  name                 = "shop/excluded"
  image_tag_mutability = "IMMUTABLE_WITH_EXCLUSION"

  image_tag_mutability_exclusion_filter {
    filter      = "pr-*"
    filter_type = "WILDCARD"
  }

  image_tag_mutability_exclusion_filter {
    filter      = "release*"
    filter_type = "WILDCARD"
  }
}

resource "aws_ecr_lifecycle_policy" "excluded" {
  repository = "shop/excluded"
  policy     = jsonencode({ rules = [] })
}

resource "aws_ecr_repository_policy" "public" {
  repository = aws_ecr_repository.mutable.name
  policy     = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]},
      "Action": "ecr:BatchGetImage"
    }
  ]
}
EOT
}

resource "aws_ecr_repository_policy" "org_only" {
  repository = aws_ecr_repository.good.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "ecr:BatchGetImage"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
    }]
  })
}

resource "aws_ecr_repository" "scratch" {
  name                 = "shop/scratch"
  image_tag_mutability = "IMMUTABLE_WITH_EXCLUSION"

  image_tag_mutability_exclusion_filter {
    filter      = "pr-*"
    filter_type = "WILDCARD"
  }

  image_tag_mutability_exclusion_filter {
    filter      = "*-SNAPSHOT"
    filter_type = "WILDCARD"
  }
}
