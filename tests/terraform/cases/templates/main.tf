variable "items" { default = ["a", "b"] }

resource "test_templates" "t" {
  interp   = "x-${upper("y")}-${1 + 1}"
  escapes  = "tab\tquote\" dollar $${x} percent %%{y} uni \u00e9"
  ifelse   = "%{if length(var.items) > 1}many%{else}one%{endif}"
  loop     = "%{for i, v in var.items}${i}=${v};%{endfor}"
  strip    = "a  %{~ if true ~}  b  %{~ endif ~}  c"
  heredoc  = <<EOT
line1
  ${var.items[0]}
EOT
  indented = <<-EOT
    first
      second
    %{ for v in var.items ~}
    - ${v}
    %{ endfor ~}
  EOT
}
