# The TF_FUNCTIONS table: arity errors come from the table, unknown names are
# unsupported (never a guess), try/can see table errors, policies hold.
resource "null_resource" "table" {
  too_few     = upper()
  too_many    = upper("a", "b")
  lookup_two  = lookup({ a = 1 }, "a")
  lookup_dflt = lookup({ a = 1 }, "b", 2)
  nosuch      = nosuch(1)
  provider_fn = provider::aws::arn_parse("x")
  tried       = try(upper(), "fallback")
  can_arity   = can(upper())
  can_ok      = can(upper("x"))
  deep        = join(",", ["a", aws_s3_bucket.b.arn])
  pass        = length([aws_s3_bucket.b.arn, "x"])
  strict      = upper(aws_s3_bucket.b.arn)
  expanded    = max([3, 9, 4]...)
}

resource "aws_s3_bucket" "b" {
  bucket = "b"
}
