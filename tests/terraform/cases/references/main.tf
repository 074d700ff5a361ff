resource "aws_ecr_repository" "foo" {
  name = "foo"
}

resource "aws_ecr_lifecycle_policy" "by_name" {
  repository = aws_ecr_repository.foo.name
}

resource "aws_ecr_lifecycle_policy" "by_id" {
  repository = aws_ecr_repository.foo.id
  arn        = "${aws_ecr_repository.foo.arn}/x"
}

resource "aws_kms_key" "k" {
  description = data.aws_caller_identity.me.account_id
  policy      = data.aws_iam_policy_document.p.json
  undeclared  = aws_nope.nope.id
}

data "aws_caller_identity" "me" {}
data "aws_iam_policy_document" "p" {
  statement {
    actions = ["ecr:*"]
  }
}
