locals {
  names   = [for i in range(10) : "repo-${i}" if i % 2 == 0]
  by_name = { for n in local.names : n => upper(n)... }
  splat   = aws_ecr_repository.r[*].arn
  full    = [for k, v in var.m : { (k) = v.x[0]["y"] }]
  cond    = var.x != null ? var.x : try(local.nope, can(1) ? "a" : "b")
  tpl     = "%{ for x in local.names }${x},%{ endfor }%{ if true }y%{ else }n%{ endif }"
  esc     = "$${not} %%{not} \u00e9 \\ \" \n"
  heredoc = <<-EOT
    {
      "Statement": [{"Effect": "Allow", "Principal": "*"}]
    }
  EOT
  nums    = [1, 1.5e3, 0x10, -(2 * 3) / 4 % 5 >= 1 && !false || null == null]
}
