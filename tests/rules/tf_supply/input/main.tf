# ECR registry-wide controls, ECS, EKS and Lambda in Terraform.
resource "aws_ecr_repository_creation_template" "mutable" {
  prefix               = "team-a"
  applied_for          = ["CREATE_ON_PUSH"]
  image_tag_mutability = "MUTABLE"
}

resource "aws_ecr_repository_creation_template" "immutable" {
  prefix               = "ROOT"
  applied_for          = ["PULL_THROUGH_CACHE", "REPLICATION"]
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "app" {
  name         = "app"
  force_delete = true
}

resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecrpublic_repository" "internal" {
  repository_name = "internal-tools"
}

resource "aws_ecrpublic_repository" "cli" {
  repository_name = "cli"
  catalog_data {
    about_text = "The project's command-line tool, released from main."
  }
}

resource "aws_ecr_registry_scanning_configuration" "basic" {
  scan_type = "BASIC"
  rule {
    scan_frequency = "SCAN_ON_PUSH"
    repository_filter {
      filter      = "*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_registry_scanning_configuration" "enhanced" {
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_pull_through_cache_rule" "docker_hub" {
  ecr_repository_prefix = "docker-hub"
  upstream_registry_url = "registry-1.docker.io"
}

resource "aws_ecr_pull_through_cache_rule" "quay" {
  ecr_repository_prefix = "quay"
  upstream_registry_url = "quay.io"
}

resource "aws_ecr_replication_configuration" "dr" {
  replication_configuration {
    rule {
      destination {
        region      = "eu-west-1"
        registry_id = "444455556666"
      }
    }
  }
}

resource "aws_ecs_task_definition" "shop" {
  family   = "shop"
  pid_mode = "host"
  container_definitions = jsonencode([
    {
      name       = "app"
      image      = "111122223333.dkr.ecr.us-east-1.amazonaws.com/app:latest"
      privileged = true
    },
    {
      name                   = "proxy"
      image                  = "public.ecr.aws/nginx/nginx:1.27"
      readonlyRootFilesystem = true
      pidMode                = "host"
      privilege              = true
    }
  ])
}

# Images built from the repositories' URLs: the definitions text is not known
# from the configuration, so the text-searching ECS rules are unknown here.
resource "aws_ecs_task_definition" "by_url" {
  family = "by-url"
  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "${aws_ecr_repository.app.repository_url}:1.4.2"
      readonlyRootFilesystem = true
    },
    {
      name                   = "api"
      image                  = "${aws_ecr_repository.api.repository_url}:1.4.2"
      readonlyRootFilesystem = true
    }
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  container_definitions = <<-DEFS
    [
      {
        "name": "worker",
        "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "privileged": false,
        "readonlyRootFilesystem": true
      }
    ]
  DEFS
}

resource "aws_eks_cluster" "open" {
  name     = "open"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids          = ["subnet-1", "subnet-2"]
    public_access_cidrs = ["0.0.0.0/0"]
  }
  enabled_cluster_log_types = ["api", "audit"]
}

resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-1", "subnet-2"]
    endpoint_public_access = false
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}

resource "aws_lambda_function" "unsigned" {
  function_name = "unsigned"
  role          = "arn:aws:iam::111122223333:role/fn"
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.us-east-1.amazonaws.com/api:2.0.0"
}

resource "aws_lambda_function" "signed" {
  function_name           = "signed"
  role                    = "arn:aws:iam::111122223333:role/fn"
  runtime                 = "python3.12"
  handler                 = "index.handler"
  filename                = "fn.zip"
  code_signing_config_arn = "arn:aws:lambda:us-east-1:111122223333:code-signing-config:csc-0123456789abcdef0"
}
