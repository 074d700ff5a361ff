n = 3
m = { a = { x = [{ t = "KMS" }] } }
s = <<EOT
x
EOT
