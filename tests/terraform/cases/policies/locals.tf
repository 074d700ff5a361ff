locals {
  doc = {
    Version = "2012-10-17"
    Statement = [
      { Sid = "Local", Effect = "Allow", Action = ["ec2:*"], Resource = "*" },
    ]
  }
}
