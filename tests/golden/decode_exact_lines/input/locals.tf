locals {
  policy = <<EOF
{"Statement": [{"Effect": "Allow", "Principal": "*"}]}
EOF
}
