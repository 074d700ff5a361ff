locals {
  a = "hello
}
