output "out" {
  value = "from-the-downloaded-module"
}
