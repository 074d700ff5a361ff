# Evaluation edge cases the fast paths must keep: namespace roots next to
# resource types that start like them, JSON escapes of every class, and
# resources with no instance (count = 0) next to ones referencing them.
variable "on" { default = false }

locals {
  text = "q\" b\\ n\n r\r t\t c\u0001 lt< gt> amp& del\u007f e\u00e9 end"
}

resource "vars" "x" {
  name = "vars-x"
}

resource "each_thing" "y" {
  name = "each-y"
}

resource "pathx" "z" {
  name = "pathx-z"
}

resource "aws_s3_bucket" "off" {
  count  = var.on ? 1 : 0
  bucket = "never"
}

resource "test_edges" "e" {
  root_lookalikes = [vars.x.name, each_thing.y.name, pathx.z.name]
  escaped         = jsonencode({ s = local.text, "k\"<" = [local.text, "\t"] })
  literal         = "plain"
  none            = length(aws_s3_bucket.off)
  none_list       = aws_s3_bucket.off[*].bucket
  none_try        = try(aws_s3_bucket.off[0].bucket, "fallback")
  past_end        = [1, 2][2]
  far_past        = [1, 2][10000000000]
  negative        = [1, 2][-1]
  negative_zero   = [][-0]
}
