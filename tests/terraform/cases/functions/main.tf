locals {
  m = { b = 2, a = 1 }
}

resource "test_functions" "f" {
  lower       = lower("ABC")
  upper       = upper("abc")
  format      = format("%s-%03d-%.2f-%q-%t-%v", "x", 7, 3.14159, "q", true, 5)
  join        = join(",", ["a", "b"], ["c"])
  split       = split(",", "a,b,,c")
  concat      = concat([1], [2, 3])
  merge       = merge({ a = 1 }, { b = 2 }, { a = 3 })
  lookup      = lookup(local.m, "a", 0)
  lookup_def  = lookup(local.m, "z", "dflt")
  coalesce    = coalesce("", null, "x")
  contains    = contains(["a", "b"], "b")
  length      = [length("héllo"), length([1, 2]), length(local.m)]
  tostring    = tostring(5)
  tonumber    = tonumber("42")
  tobool      = tobool("true")
  try         = try(local.m.zzz, "fallback")
  can         = [can(local.m.zzz), can(local.m.a)]
  jsonencode  = jsonencode({ b = [1, "x", true, null], a = "<&>" })
  jsondecode  = jsondecode("{\"k\": [1, 2.5, \"s\"]}")
  replace     = replace("a-b-c", "-", "_")
  replace_re  = replace("abc123", "/[0-9]+/", "#")
  trimspace   = trimspace("  x \n")
  element     = element(["a", "b", "c"], 4)
  keys        = keys(local.m)
  values      = values(local.m)
  toset       = toset(["b", "a", "b"])
  tolist      = tolist(["x"])
  tomap       = tomap({ k = "v" })
  flatten     = flatten([[1, [2]], 3])
  distinct    = distinct([1, 2, 1])
  startswith  = startswith("arn:aws", "arn:")
  endswith    = endswith("file.tf", ".json")
  regex       = regex("^arn:aws:([a-z]+):", "arn:aws:ecr:x")
  regex_named = regex("(?P<svc>[a-z]+):(?P<region>[a-z0-9-]+)", "ecr:us-east-1")
  regex_plain = regex("[0-9]+", "abc123def")
  substr      = substr("hello world", 6, 5)
  unsupported = textencodebase64("x", "UTF-16LE")
  provider_fn = provider::aws::arn_parse("arn:aws:s3:::b")
  expand      = max([3, 9, 2]...)
  arith       = [1 + 2 * 3, (1 + 2) * 3, 7 % 3, 10 / 4, -2]
  compare     = [1 < 2, 2 <= 2, "a" == "a", 1 != 1, !true, true && false, false || true]
}
