locals {
  x = "IMMUTABLE"
}
