data "aws_iam_policy_document" "pull" {
  statement {
    sid       = "Pull"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    resources = [aws_ecr_repository.r.arn]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-abc"]
    }
  }
  statement {
    effect      = "Deny"
    not_actions = ["ecr:*"]
    resources   = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_ecr_repository" "r" {
  name = "app"
}

resource "aws_ecr_repository_policy" "p" {
  repository = aws_ecr_repository.r.name
  policy     = data.aws_iam_policy_document.pull.json
}

resource "aws_iam_policy" "inline" {
  name = "inline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:*"
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy" "from_local" {
  role   = "r"
  policy = jsonencode(local.doc)
}

resource "aws_kms_key" "heredoc" {
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": {"Effect": "Allow", "Action": "kms:*", "Principal": {"AWS": "*"}, "Resource": "*"}
}
EOT
}

resource "aws_organizations_policy" "scp" {
  name    = "deny-leave"
  content = jsonencode({ Statement = [{ Effect = "Deny", Action = ["organizations:LeaveOrganization"], Resource = "*" }] })
}

resource "aws_organizations_policy" "tags" {
  name    = "tags"
  type    = "TAG_POLICY"
  content = jsonencode({ tags = {} })
}

resource "aws_s3_bucket_policy" "unknown" {
  bucket = "b"
  policy = var.policy
}

variable "policy" {
  type = string
}

data "aws_iam_policy_document" "base" {
  statement {
    sid       = "A"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "A"
    actions   = ["s3:PutObject"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "role" {
  name               = "role"
  assume_role_policy = data.aws_iam_policy_document.merged.json
  inline_policy {
    name   = "x"
    policy = jsonencode({ Statement = [{ Effect = "Allow", NotAction = "iam:*", NotResource = "arn:aws:s3:::b" }] })
  }
}
