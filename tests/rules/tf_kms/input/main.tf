# CKV_AWS_136 (AWS_ECR_KMS_ENCRYPTION) passes KMS with the AWS managed key;
# AWS_ECR_KMS_CMK (Security Hub ECR.5) wants a customer managed key.
resource "aws_ecr_repository" "aws_managed" {
  name                 = "kms/aws-managed"
  image_tag_mutability = "IMMUTABLE"
  encryption_configuration {
    encryption_type = "KMS"
  }
}

resource "aws_ecr_repository" "dual_layer" {
  name                 = "kms/dsse"
  image_tag_mutability = "IMMUTABLE"
  encryption_configuration {
    encryption_type = "KMS_DSSE"
    kms_key         = aws_kms_key.ecr.arn
  }
}

resource "aws_kms_key" "ecr" {}
