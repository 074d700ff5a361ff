# ECS clusters, services and task definitions, and EKS node groups and
# versions: one failing and one passing resource per rule where they fit.

resource "aws_ecs_account_setting_default" "insights" {
  name  = "containerInsights"
  value = "enhanced"
}

resource "aws_ecs_cluster" "quiet" {
  name = "quiet"
  setting {
    name  = "containerInsights"
    value = "disabled"
  }
  configuration {
    execute_command_configuration {
      logging = "NONE"
    }
  }
}

# no setting: the account default above turns Container Insights on
resource "aws_ecs_cluster" "exec" {
  name = "exec"
  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"
      log_configuration {
        cloud_watch_log_group_name = "/ecs/exec"
      }
    }
  }
}

resource "aws_ecs_cluster" "sealed" {
  name = "sealed"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.exec.arn
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = "/ecs/exec"
      }
    }
  }
}

resource "aws_kms_key" "exec" {
  description = "ECS Exec"
}

resource "aws_iam_role" "execution" {
  name               = "execution"
  assume_role_policy = "{}"
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = "{}"
}

resource "aws_ecs_task_definition" "shared_role" {
  family                = "shared"
  container_definitions = jsonencode([{ name = "app", image = "registry.example.com/app:1.0", readonlyRootFilesystem = true }])
  execution_role_arn    = aws_iam_role.execution.arn
  task_role_arn         = aws_iam_role.execution.arn
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id = "fs-0123456789abcdef0"
    }
  }
}

resource "aws_ecs_task_definition" "separate_roles" {
  family                = "separate"
  container_definitions = jsonencode([{ name = "app", image = "registry.example.com/app:1.0", readonlyRootFilesystem = true }])
  execution_role_arn    = aws_iam_role.execution.arn
  task_role_arn         = aws_iam_role.app.arn
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = "ENABLED"
    }
  }
}

resource "aws_ecs_service" "pinned" {
  name             = "pinned"
  launch_type      = "FARGATE"
  platform_version = "1.3.0"
  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = true
  }
}

resource "aws_ecs_service" "spot" {
  name = "spot"
  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = false
  }
}

resource "aws_eks_cluster" "old" {
  name     = "old"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  version  = "1.27"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}

resource "aws_eks_cluster" "current" {
  name     = "current"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  version  = "1.34"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
}

resource "aws_eks_node_group" "ssh_open" {
  cluster_name    = aws_eks_cluster.current.name
  node_group_name = "ssh-open"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-0123456789abcdef0"]
  remote_access {
    ec2_ssh_key = "ops"
  }
  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }
}

resource "aws_eks_node_group" "ssh_bastion" {
  cluster_name    = aws_eks_cluster.current.name
  node_group_name = "ssh-bastion"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = ["subnet-0123456789abcdef0"]
  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = ["sg-0123456789abcdef0"]
  }
  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }
}

# Security Hub's container checks (ECS.20, ECS.8, ECS.9), container_definitions
# decoded: a non-root user and a log driver pass; an access key in
# environment fails, the same name in secrets passes.
resource "aws_ecs_task_definition" "hardened" {
  family = "hardened"
  container_definitions = jsonencode([{
    name                   = "app"
    image                  = "111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"
    user                   = "1000:1000"
    readonlyRootFilesystem = true
    logConfiguration       = { logDriver = "awslogs", options = { awslogs-group = "/ecs/app" } }
    environment            = [{ name = "AWS_SECRET_ACCESS_KEY", value = "wJalrXUtnFEMI" }]
    secrets                = [{ name = "AWS_ACCESS_KEY_ID", valueFrom = "arn:aws:ssm:us-east-1:111122223333:parameter/ci" }]
  }])
}
