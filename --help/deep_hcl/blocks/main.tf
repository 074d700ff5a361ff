resource "aws_s3_bucket" "b" {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
x {
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
