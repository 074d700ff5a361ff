variable "tag" {
  default = "1.4.2"
}

variable "sidecar_image" {
  type = string
}

resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    {
      name  = "app"
      image = "111122223333.dkr.ecr.us-east-1.amazonaws.com/app:${var.tag}"
    },
    {
      name  = "sidecar"
      image = var.sidecar_image
    },
    {
      image = "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
    },
  ])
}

resource "aws_ecs_task_definition" "from_string" {
  family                = "json"
  container_definitions = <<EOF
[{"name": "worker", "image": "busybox:latest"}]
EOF
}

resource "aws_ecs_task_definition" "unknown" {
  family                = "u"
  container_definitions = var.sidecar_image
}
