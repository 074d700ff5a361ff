locals {
  ports = [80, 443]
}

resource "null_resource" "paths" {
  triggers = {
    basename   = basename("a/b/c.txt")
    basename2  = basename("/a/b/")
    dirname    = dirname("a/b/c.txt")
    dirname2   = dirname("c.txt")
    abs        = abspath("/a/b/../c")
    abs_rel    = abspath("x/y") == "${path.cwd}/x/y"
    pathexpand = pathexpand("~/.ssh/id_rsa")
    plainpath  = pathexpand("/etc/x")
    module     = path.module
    root       = path.root
    cwd        = startswith(path.cwd, "/") && endswith(path.cwd, "/static_functions")
  }
}

resource "null_resource" "files" {
  triggers = {
    file        = file("${path.module}/hello.txt")
    relative    = file("hello.txt")
    exists      = fileexists("${path.module}/hello.txt")
    missing     = fileexists("${path.module}/nope.txt")
    missing_rd  = file("${path.module}/nope.txt")
    outside     = file("${path.module}/../../../../Makefile")
    symlink     = file("${path.module}/escape.txt")
    b64         = filebase64("${path.module}/hello.txt")
    filemd5     = filemd5("${path.module}/hello.txt")
    filesha256  = filesha256("${path.module}/hello.txt")
    fileb64sha  = filebase64sha256("${path.module}/hello.txt")
    template    = templatefile("${path.module}/templates/cfg.tpl", { name = "web", ports = local.ports })
    tpl_unknown = templatefile("${path.module}/templates/cfg.tpl", { name = var.unset, ports = [] })
    # the same paths again: answered from the root's memo of real paths
    # (tf_fn_file.c real_file), with the same errno and the same verdicts
    missing_rd2 = file("${path.module}/nope.txt")
    missing2    = fileexists("${path.module}/nope.txt")
    outside2    = file("${path.module}/../../../../Makefile")
    symlink2    = file("${path.module}/escape.txt")
    file2       = file("${path.module}/hello.txt")
  }
}

variable "unset" {
  type = string
}

resource "null_resource" "encodings" {
  triggers = {
    b64enc    = base64encode("Hello, World!")
    b64dec    = base64decode("SGVsbG8sIFdvcmxkIQ==")
    md5       = md5("hello")
    sha1      = sha1("hello")
    sha256    = sha256("hello")
    sha512    = sha512("hello")
    b64sha256 = base64sha256("hello")
    url       = urlencode("a b&c=d/é~")
    yaml      = yamldecode(file("${path.module}/simple.yaml"))
    yaml_yes  = yamldecode(file("${path.module}/yes.yaml"))
    yaml_anch = yamldecode("a: &x 1\nb: *x\n")
  }
}

resource "null_resource" "cidr" {
  triggers = {
    subnet     = cidrsubnet("10.1.0.0/16", 8, 2)
    subnet2    = cidrsubnet("172.16.0.0/12", 4, 15)
    subnet6    = cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)
    host       = cidrhost("10.12.112.0/20", 16)
    host_neg   = cidrhost("10.12.112.0/20", -2)
    host6      = cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)
    netmask    = cidrnetmask("172.16.0.0/12")
  }
}

resource "null_resource" "clock" {
  triggers = {
    ts   = timestamp()
    uuid = uuid()
  }
}

module "m" {
  source = "./mod"
}

resource "null_resource" "module_paths" {
  triggers = {
    paths = module.m.paths
  }
}

resource "null_resource" "errors" {
  b64bad     = base64decode("%%%")
  too_far    = cidrsubnet("10.0.0.0/30", 4, 1)
  not_a_cidr = cidrhost("10.0.0.0", 1)
  host_range = cidrhost("10.0.0.0/30", 4)
  yaml_bad   = yamldecode("a: [")
  can_file   = can(file("nope.txt"))
  recursive  = templatefile("${path.module}/rec.tpl", {})
}
