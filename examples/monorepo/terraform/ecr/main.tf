variable "teams" {
  type    = set(string)
  default = ["billing", "search"]
}

locals {
  prefix = "shop"
  # search images are rebuilt nightly and scanned by the registry's
  # continuous scan instead (or so the team says)
  scan_on_push = { billing = true, search = false }
}

resource "aws_kms_key" "ecr" {
  description = "ECR images"
}

resource "aws_ecr_repository" "team" {
  for_each             = var.teams
  name                 = "${local.prefix}/${each.key}"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = local.scan_on_push[each.key]
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}

resource "aws_ecr_lifecycle_policy" "team" {
  for_each   = var.teams
  repository = aws_ecr_repository.team[each.key].name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }
      action       = { type = "expire" }
    }]
  })
}

resource "aws_ecr_repository" "legacy" {
  name                 = "${local.prefix}/legacy"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}

resource "aws_ecr_repository_policy" "legacy" {
  repository = aws_ecr_repository.legacy.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OrgPull"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}
