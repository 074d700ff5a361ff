variable "mode" {
  validation {
    condition     = contains(["IMMUTABLE", "MUTABLE"], var.mode)
    error_message = "IMMUTABLE or MUTABLE"
  }
}

resource "aws_ecr_repository" "in_module" {
  name                 = "in_module"
  image_tag_mutability = var.mode
}
