variable "mutability" {
  default = "IMMUTABLE"
}

locals {
  name = "overridden"
}
