variable "mutability" {
  type    = string
  default = "IMMUTABLE"
}

variable "no_default" {
  type = string
}

variable "port" {
  type    = number
  default = "8080"
}

variable "settings" {
  type = object({
    scan    = optional(bool, true)
    kms_key = optional(string)
    name    = string
  })
  default = { name = "app" }
}

variable "nullable" {
  default = null
}

resource "aws_ecr_repository" "a" {
  name                 = var.settings.name
  image_tag_mutability = var.mutability
  force_delete         = var.nullable
  image_scanning_configuration {
    scan_on_push = var.settings.scan
  }
  tags = {
    Port    = var.port
    Owner   = var.no_default
    Missing = var.settings.kms_key
  }
}
