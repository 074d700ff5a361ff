variable "prod" {}

variable "is_prod" {
  type = bool
}

variable "mode" {
  type = string
  validation {
    condition     = contains(["IMMUTABLE", "MUTABLE"], var.mode)
    error_message = "IMMUTABLE or MUTABLE"
  }
}

variable "safe" {
  validation {
    condition     = var.safe == "IMMUTABLE" || var.safe == "IMMUTABLE_WITH_EXCLUSION"
    error_message = "immutable"
  }
}

variable "unsafe" {
  validation {
    condition     = contains(["MUTABLE", "MUTABLE_WITH_EXCLUSION"], var.unsafe)
    error_message = "mutable"
  }
}

variable "env" {
  validation {
    condition     = contains(["dev", "prod"], var.env)
    error_message = "dev or prod"
  }
}

variable "free" {
  type = string
}

variable "given" {
  type = bool
}

variable "b1" { type = bool }
variable "b2" { type = bool }
variable "b3" { type = bool }
variable "b4" { type = bool }
variable "b5" { type = bool }
variable "b6" { type = bool }
variable "b7" { type = bool }

resource "aws_ecr_repository" "cond_unset" {
  name                 = "cond_unset"
  image_tag_mutability = var.prod ? "IMMUTABLE" : "MUTABLE"
}

resource "aws_ecr_repository" "bool_var" {
  name                 = "bool_var"
  image_tag_mutability = var.is_prod ? "IMMUTABLE" : "MUTABLE"
}

resource "aws_ecr_repository" "given" {
  name                 = "given"
  image_tag_mutability = var.given ? "IMMUTABLE" : "MUTABLE"
}

resource "aws_ecr_repository" "contains" {
  name                 = "contains"
  image_tag_mutability = var.mode
}

resource "aws_ecr_repository" "or_equals" {
  name                 = "or_equals"
  image_tag_mutability = var.safe
}

resource "aws_ecr_repository" "all_unsafe" {
  name                 = "all_unsafe"
  image_tag_mutability = var.unsafe
}

resource "aws_ecr_repository" "env" {
  name                 = "env"
  image_tag_mutability = var.env == "prod" ? "IMMUTABLE" : "MUTABLE"
}

resource "aws_ecr_repository" "free" {
  name                 = "free"
  image_tag_mutability = var.free
}

resource "aws_ecr_repository" "templated" {
  name                 = "templated"
  image_tag_mutability = "${var.mode}"
}

resource "aws_ecr_repository" "resource_cond" {
  name                 = "resource_cond"
  image_tag_mutability = aws_ecr_repository.free.scan_on_push ? "IMMUTABLE" : "MUTABLE"
}

module "app" {
  source = "./app"
}

resource "test_pair" "correlated" {
  a = var.prod ? "x" : "y"
  b = var.prod ? "x" : "y"
}

resource "test_pair" "correlated_var" {
  a = var.is_prod ? "x" : "y"
  b = var.is_prod == true ? "x" : "y"
}

resource "test_pair" "independent" {
  a = var.prod ? "x" : "y"
  b = var.is_prod ? "x" : "y"
}

resource "test_many" "six" {
  p1 = var.b1 ? "a" : "b"
  p2 = var.b2 ? "a" : "b"
  p3 = var.b3 ? "a" : "b"
  p4 = var.b4 ? "a" : "b"
  p5 = var.b5 ? "a" : "b"
  p6 = var.b6 ? "a" : "b"
}

resource "test_many" "seven" {
  p1 = var.b1 ? "a" : "b"
  p2 = var.b2 ? "a" : "b"
  p3 = var.b3 ? "a" : "b"
  p4 = var.b4 ? "a" : "b"
  p5 = var.b5 ? "a" : "b"
  p6 = var.b6 ? "a" : "b"
  p7 = var.b7 ? "a" : "b"
}
