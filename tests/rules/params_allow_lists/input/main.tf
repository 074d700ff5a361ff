resource "aws_ecr_replication_configuration" "r" {
  replication_configuration {
    rule {
      destination {
        region      = "eu-west-1"
        registry_id = "444455556666"
      }
      destination {
        region      = "us-west-2"
        registry_id = "777788889999"
      }
    }
  }
}

resource "aws_ecr_pull_through_cache_rule" "ecr_public" {
  ecr_repository_prefix = "ecr-public"
  upstream_registry_url = "public.ecr.aws"
}

resource "aws_ecr_pull_through_cache_rule" "quay" {
  ecr_repository_prefix = "quay"
  upstream_registry_url = "quay.io"
}
