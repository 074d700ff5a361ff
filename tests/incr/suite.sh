#!/bin/sh
# tests/incr/suite.sh — incremental scans (docs/scale.md "Incremental scans"):
#   --cache: output byte-identical to a scan without it (every format, -j1/-j2,
#     cold and warm); what is reused and what is evaluated again after a
#     document, a child module or a tfvars file changes (also in place with
#     size and mtime kept), and after .terraform/modules/modules.json comes
#     and goes; files and directories added and removed (directory listings
#     reused while unchanged); corrupt, truncated and
#     foreign caches ignored with a warning; two processes on one cache; the
#     config's cache: key; an unwritable cache directory.
#   --changed-since: a scratch git repository with modules and tfvars: which
#     files are scanned, the count left out, and the usage errors.
# Prints "ok - incr/NAME" / "not ok - incr/NAME" (details indented).
VIGIL="${VIGIL:-build/vigil}"
case "$VIGIL" in /*) ;; *) VIGIL="$(pwd)/$VIGIL" ;; esac
ROOT="$(pwd)"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT

ok() { echo "ok - incr/$1"; }
bad() { echo "not ok - incr/$1"; shift; for l in "$@"; do echo "  $l"; done; }
same() { # NAME EXPECTED ACTUAL
  if cmp -s "$2" "$3"; then ok "$1"; else bad "$1" "$2 and $3 differ:"; diff "$2" "$3" | head -20 | sed 's/^/  /'; fi
}
expect() { # NAME EXPECTED ACTUAL (strings)
  if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "expected: $2" "got:      $3"; fi
}
stats() { grep '^vigil: cache:' "$1"; }

# a small synthetic monorepo: every format, Terraform roots with child modules and tfvars
python3 "$ROOT/tests/bench/gen.py" -n 400 --seed 7 "$T/repo" > /dev/null
cd "$T" || exit 1
R=repo

# ---- byte-identical output ------------------------------------------------------------------
for f in json sarif junit text github; do
  "$VIGIL" scan -q -j1 -f "$f" -o "plain.$f" "$R" 2> /dev/null
done
for j in 1 2; do
  rm -rf "c$j"
  for run in cold warm; do
    for f in json sarif junit text github; do
      "$VIGIL" scan -q -j"$j" --cache "c$j" -f "$f" -o "$run$j.$f" "$R" 2> /dev/null
      same "output $f -j$j $run cache = no cache" "plain.$f" "$run$j.$f"
    done
  done
done

# Results that wait for the facts table (every warm unit that looked a fact
# up, and those after it) are rendered on every thread at the end and put in
# order (scan.h prepare/put): what a config, --unknown pass and a baseline do
# to them is the same as in order, one by one.
cat > cfg.yaml <<'YAML'
severity: {AWS_ECR_IMMUTABLE_TAGS: low}
disable: [AWS_ECS_READONLY_ROOT]
suppress:
  - {rule: AWS_ECS_PRIVILEGED, paths: ["cloudformation/**"], reason: waived here}
YAML
"$VIGIL" scan -q -j1 --config cfg.yaml --unknown pass -f json -f text -o json=cfg0.json \
  -o text=cfg0.txt "$R" 2> /dev/null
"$VIGIL" scan -q -j1 -f json -o bl.json --write-baseline bl0.json "$R" 2> /dev/null
"$VIGIL" scan -q -j1 --baseline bl0.json -f json -o blp.json "$R" 2> /dev/null
rm -rf cc
for run in cold warm; do
  "$VIGIL" scan -q -j2 --cache cc --config cfg.yaml --unknown pass -f json -f text \
    -o json=cfg$run.json -o text=cfg$run.txt "$R" 2> /dev/null
  same "config, --unknown pass, -j2 $run cache: json = -j1 no cache" cfg0.json cfg$run.json
  same "config, --unknown pass, -j2 $run cache: text = -j1 no cache" cfg0.txt cfg$run.txt
  "$VIGIL" scan -q -j2 --cache cc --baseline bl0.json -f json -o bl$run.json "$R" 2> /dev/null
  same "baseline, -j2 $run cache = -j1 no cache" blp.json bl$run.json
done
expect "config: a severity changed" "yes" \
  "$(grep -A3 '"rule": "AWS_ECR_IMMUTABLE_TAGS"' cfgwarm.json | grep -q '"severity": "low"' && echo yes)"
expect "config: a rule disabled" "" "$(grep '"rule": "AWS_ECS_READONLY_ROOT"' cfgwarm.json)"
expect "config: a suppression" "yes" "$(grep -q '"reason": "waived here"' cfgwarm.json && echo yes)"
expect "baseline: findings suppressed" "yes" "$(grep -q '"kind": "baseline"' blwarm.json && echo yes)"

rm -rf c
"$VIGIL" scan -f json -o a.json --cache c "$R" 2> cold.err
units=$(stats cold.err | sed 's/.*reused, \([0-9]*\) evaluated/\1/')
expect "cold: every unit evaluated" "vigil: cache: 0 units reused, $units evaluated" "$(stats cold.err)"
"$VIGIL" scan -f json -o b.json --cache c "$R" 2> warm.err
expect "warm: every unit reused" "vigil: cache: $units units reused, 0 evaluated" "$(stats warm.err)"
expect "warm: no warning" "" "$(grep -v '^vigil: cache:' warm.err)"

# --explain with a warm cache: the traced rule must run (a reused unit is not
# evaluated, so an explained scan leaves the cache alone)
"$VIGIL" scan -q --no-config --explain AWS_ECR_IMMUTABLE_TAGS -f json -o /dev/null "$R" \
  > explain0.txt 2> /dev/null
"$VIGIL" scan -q --no-config --cache c --explain AWS_ECR_IMMUTABLE_TAGS -f json -o /dev/null "$R" \
  > explain1.txt 2> explain1.err
expect "explain: the rule is explained" "yes" "$([ -s explain0.txt ] && echo yes)"
same "explain with a warm cache = explain without" explain0.txt explain1.txt
expect "explain with a cache: the cache is not used" "" "$(stats explain1.err)"

# ---- what changes what --------------------------------------------------------------------------
doc=$(cd "$R" && find . -name '*.yaml' -path '*cloudformation*' | LC_ALL=C sort | head -1)
printf '# touched\n' >> "$R/$doc"
"$VIGIL" scan -f json -o c.json --cache c "$R" 2> one.err
expect "one document changed: only its unit evaluated" \
  "vigil: cache: $((units - 1)) units reused, 1 evaluated" "$(stats one.err)"
"$VIGIL" scan -q -f json -o c0.json "$R" 2> /dev/null
same "one document changed: output = no cache" c0.json c.json

# a child module: every root calling it (and nothing else) is evaluated again
# (the generator's roots call "../modules/NAME" of their team: the first module two roots call)
for mod in $(cd "$R" && find . -path '*/modules/*' -name 'main.tf' | LC_ALL=C sort); do
  moddir=$(dirname "$mod")
  callers=$(cd "$R/$(dirname "$moddir")/.." && grep -rl --include='*.tf' \
    "source *= *\"\.\./modules/$(basename "$moddir")\"" . | xargs -n1 dirname | sort -u | wc -l)
  [ "$callers" -ge 2 ] && break
done
printf 'variable "added_by_test" {}\n' >> "$R/$mod"
"$VIGIL" scan -f json -o d.json --cache c "$R" 2> mod.err
expect "child module changed: its $callers calling roots evaluated" \
  "vigil: cache: $((units - callers)) units reused, $callers evaluated" "$(stats mod.err)"
"$VIGIL" scan -q -f json -o d0.json "$R" 2> /dev/null
same "child module changed: output = no cache" d0.json d.json

# a root's terraform.tfvars: that root only
tfv=$(cd "$R" && find . -name terraform.tfvars | LC_ALL=C sort | head -1)
printf '\n' >> "$R/$tfv"
"$VIGIL" scan -f json -o e.json --cache c "$R" 2> tfv.err
expect "tfvars changed: its root evaluated" \
  "vigil: cache: $((units - 1)) units reused, 1 evaluated" "$(stats tfv.err)"
# a new *.auto.tfvars (the directory listing decided what was read)
printf 'unused_by_test = 1\n' > "$R/$(dirname "$tfv")/z.auto.tfvars"
"$VIGIL" scan -f json -o f.json --cache c "$R" 2> auto.err
expect "new auto.tfvars: its root evaluated" \
  "vigil: cache: $((units - 1)) units reused, 1 evaluated" "$(stats auto.err)"
"$VIGIL" scan -q -f json -o f0.json "$R" 2> /dev/null
same "new auto.tfvars: output = no cache" f0.json f.json

# another pack, another param, another config: not the same cache entries
"$VIGIL" scan -f json -o g.json --cache c --pack-name ecr "$R" 2> pack.err
expect "another pack: nothing reused" "0" "$(stats pack.err | sed 's/.*cache: \([0-9]*\) units.*/\1/')"

# ---- caches not trusted -----------------------------------------------------------------------
rm -rf c
"$VIGIL" scan -q -f json -o /dev/null --cache c "$R" 2> /dev/null
pack=$(ls c/*.pack)
cp "$pack" pack.bak
size=$(wc -c < "$pack")
# one byte of the last entry's results flipped: that entry is refused, the rest used
python3 - "$pack" << 'P'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
b[len(b) - 100] ^= 0x55
open(p, "wb").write(b)
P
"$VIGIL" scan -f json -o h.json --cache c "$R" 2> corrupt.err
same "corrupt entry: output = no cache" f0.json h.json
n=$(grep -c 'warning: cache .*\.pack: entry [0-9a-f]\{16\} ignored: corrupt (its digest does not match)' corrupt.err)
expect "corrupt entry: one warning" "1" "$n"
expect "corrupt entry: the others reused" \
  "vigil: cache: $((units - 1)) units reused, 1 evaluated" "$(stats corrupt.err)"
"$VIGIL" scan -f json -o /dev/null --cache c "$R" 2> healed.err
expect "corrupt entry: rewritten" "vigil: cache: $units units reused, 0 evaluated" "$(stats healed.err)"

head -c $((size / 2)) pack.bak > "$pack"
"$VIGIL" scan -f json -o i.json --cache c "$R" 2> trunc.err
same "truncated cache: output = no cache" f0.json i.json
if grep -q "^vigil: warning: cache $pack is truncated at byte [0-9]*: the units after it are evaluated again$" trunc.err; then
  ok "truncated cache: warning"
else bad "truncated cache: warning" "$(cat trunc.err)"; fi

# the same pack name, written by another Vigil version
sed 's/^\(VIGILPACK\)/\1/' pack.bak > /dev/null
python3 - pack.bak "$pack" << 'P'
import sys, struct
b = bytearray(open(sys.argv[1], "rb").read())
n = struct.unpack_from("<I", b, 14)[0]
b[18:18 + n] = b"9" * n
open(sys.argv[2], "wb").write(b)
P
"$VIGIL" scan -f json -o j.json --cache c "$R" 2> foreign.err
same "foreign version: output = no cache" f0.json j.json
ver=$("$VIGIL" version | sed -n 's/^vigil \([^ ]*\).*/\1/p' | head -1)
nines=$(printf '%s' "$ver" | tr -c '' '9' | head -c ${#ver})
expect "foreign version: warning" \
  "vigil: warning: cache $pack ignored: written by another Vigil version ($nines, cache format 4)" \
  "$(grep warning foreign.err)"
expect "foreign version: nothing trusted" "vigil: cache: 0 units reused, $units evaluated" \
  "$(stats foreign.err)"
# packs of format 1 (strings without their NUL, copied on lookup), 2
# (entries ending in a SHA-256, not a UMAC-128 tag; results without their
# `expect`) and 3 (a facts entry for the scan; units' entries without their
# records and lookups) are not read as format 4
for f in 1 2 3; do
  python3 - pack.bak "$pack" "$f" << 'P'
import sys, struct
b = bytearray(open(sys.argv[1], "rb").read())
struct.pack_into("<I", b, 10, int(sys.argv[3]))
open(sys.argv[2], "wb").write(b)
P
  "$VIGIL" scan -f json -o j1.json --cache c "$R" 2> format$f.err
  same "cache format $f: output = no cache" f0.json j1.json
  expect "cache format $f: warning" \
    "vigil: warning: cache $pack ignored: written by another Vigil version ($ver, cache format $f)" \
    "$(grep warning format$f.err)"
  expect "cache format $f: nothing trusted" "vigil: cache: 0 units reused, $units evaluated" \
    "$(stats format$f.err)"
done

printf 'not a cache' > "$pack"
"$VIGIL" scan -f json -o /dev/null --cache c "$R" 2> junk.err
expect "junk file: warning" "vigil: warning: cache $pack ignored: not a Vigil cache" \
  "$(grep warning junk.err)"

# ---- two processes on one cache -----------------------------------------------------------------
rm -rf cc
"$VIGIL" scan -q -j2 -f json -o p1.json --cache cc "$R" 2> p1.err &
"$VIGIL" scan -q -j2 -f json -o p2.json --cache cc "$R" 2> p2.err &
wait
same "concurrent: first process output = no cache" f0.json p1.json
same "concurrent: second process output = no cache" f0.json p2.json
expect "concurrent: no warning" "" "$(cat p1.err p2.err)"
"$VIGIL" scan -f json -o p3.json --cache cc "$R" 2> p3.err
expect "concurrent: the cache left is whole" "vigil: cache: $units units reused, 0 evaluated" \
  "$(stats p3.err)"
expect "concurrent: no temporary file left" "" "$(ls -A cc | grep -v '\.pack$')"

# ---- stat identities and probes -----------------------------------------------------------------
# An entry's files are taken as unchanged without reading them when stat says
# what it said (device, inode, size, mtime and ctime to the nanosecond), and
# only files over 2 s old are recorded so: this repo is made, then aged.
S=srepo
# (.terraform/modules is there from the start: what comes and goes in it is
# seen by the root's probe of modules.json alone, not by its directory listing)
mkdir -p "$S/cfn" "$S/tf/m" "$S/tf/.terraform/modules" "$S/tf/flags"
cat > "$S/cfn/a.yaml" <<'YAML'
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: repo-one
      ImageTagMutability: MUTABLE
YAML
cat > "$S/tf/main.tf" <<'TF'
module "m" {
  source = "./m"
}
resource "aws_ecr_repository" "flagged" {
  name                 = "flagged"
  image_tag_mutability = fileexists("${path.module}/flags/on") ? "IMMUTABLE" : "MUTABLE"
}
TF
cat > "$S/tf/m/main.tf" <<'TF'
resource "aws_ecr_repository" "r" {
  name                 = "repo-one"
  image_tag_mutability = "MUTABLE"
}
TF
# a root without .terraform: a warm scan knows its modules.json is absent from
# its directory's listing, without a stat
mkdir -p "$S/tf2"
cat > "$S/tf2/main.tf" <<'TF'
resource "aws_ecr_repository" "two" {
  name                 = "two"
  image_tag_mutability = "MUTABLE"
}
TF
sleep 3
# The ecr pack: its rules read no facts(), so a unit's entry is its own
# inputs alone. (With the default pack, IMAGE_FROM_MUTABLE_REPOSITORY reads
# the scan-wide ecr_repository facts: an edit that changes a repository
# record, as most edits below do, also re-evaluates the units whose lookups
# find that record; tests/facts cache/flip.)
SP="--pack-name ecr"
"$VIGIL" scan $SP -f json -o /dev/null --cache cs "$S" 2> s0.err
sunits=$(stats s0.err | sed 's/.*reused, \([0-9]*\) evaluated/\1/')
# in place, same size, mtime put back: only ctime tells (and the digest)
same_size_edit() { # FILE OLD NEW (same length)
  python3 - "$1" "$2" "$3" <<'PY'
import os, sys
p, old, new = sys.argv[1:]
st = os.stat(p)
with open(p, "r+") as f:
    t = f.read()
    assert len(old) == len(new) and old in t
    f.seek(0)
    f.write(t.replace(old, new))
os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
PY
}
sscan() { # NAME: a warm scan of $S, its output compared with one without the cache
  "$VIGIL" scan $SP -f json -o "$1.json" --cache cs "$S" 2> "$1.err"
  "$VIGIL" scan $SP -q -f json -o "$1.plain.json" "$S" 2> /dev/null
  same "$1: output = no cache" "$1.plain.json" "$1.json"
}
same_size_edit "$S/cfn/a.yaml" repo-one repo-two
sscan s1
expect "document changed in place, same size and mtime: evaluated" \
  "vigil: cache: $((sunits - 1)) units reused, 1 evaluated" "$(stats s1.err)"
expect "same size and mtime: the change is in the output" "yes" \
  "$(grep -q repo-two s1.json && echo yes)"
touch "$S/cfn/a.yaml"
sscan s2
expect "touched, content unchanged: reused" "vigil: cache: $sunits units reused, 0 evaluated" \
  "$(stats s2.err)"
same_size_edit "$S/tf/m/main.tf" repo-one repo-two
sscan s3
expect "child module changed in place, same size and mtime: its root evaluated" \
  "vigil: cache: $((sunits - 1)) units reused, 1 evaluated" "$(stats s3.err)"
# .terraform/modules/modules.json: absent, then present, then absent again
printf '{"Modules":[{"Key":"","Source":"","Dir":"."}]}\n' > "$S/tf/.terraform/modules/modules.json"
sscan s4
expect "modules.json appears: its root evaluated" \
  "vigil: cache: $((sunits - 1)) units reused, 1 evaluated" "$(stats s4.err)"
rm "$S/tf/.terraform/modules/modules.json"
sscan s5
expect "modules.json goes: its root evaluated" \
  "vigil: cache: $((sunits - 1)) units reused, 1 evaluated" "$(stats s5.err)"
sscan s6
expect "modules.json still absent: reused" "vigil: cache: $sunits units reused, 0 evaluated" \
  "$(stats s6.err)"
# a dangling symlink is as absent as nothing (stat and realpath both fail)
ln -s nowhere "$S/tf/.terraform/modules/modules.json"
sscan s7
expect "modules.json a dangling symlink: reused" \
  "vigil: cache: $sunits units reused, 0 evaluated" "$(stats s7.err)"
ln -sf ../../m/main.tf "$S/tf/.terraform/modules/modules.json"
sscan s8
expect "modules.json a symlink to a file: its root evaluated" \
  "vigil: cache: $((sunits - 1)) units reused, 1 evaluated" "$(stats s8.err)"
# fileexists() in a directory no listing covers: only its probe sees the change
: > "$S/tf/flags/on"
sscan s9
expect "fileexists() file appears: its root evaluated" \
  "vigil: cache: $((sunits - 1)) units reused, 1 evaluated" "$(stats s9.err)"
rm "$S/tf/flags/on"
sscan s10
expect "fileexists() file goes: its root evaluated" \
  "vigil: cache: $((sunits - 1)) units reused, 1 evaluated" "$(stats s10.err)"
sscan s11
expect "fileexists() file still absent: reused" "vigil: cache: $sunits units reused, 0 evaluated" \
  "$(stats s11.err)"

# directory listings: a directory whose stat is unchanged is not read again;
# an entry added or removed changes its mtime and ctime, so it is
sleep 3 # (what the scans above changed is old enough to be signed again)
sscan s12
cp "$S/cfn/a.yaml" "$S/cfn/b.yaml"
sscan s13
expect "new document: its unit evaluated" "vigil: cache: $sunits units reused, 1 evaluated" \
  "$(stats s13.err)"
mkdir "$S/cfn/sub"
cp "$S/cfn/a.yaml" "$S/cfn/sub/c.yaml"
sscan s14
expect "new directory with a document: its unit evaluated" \
  "vigil: cache: $((sunits + 1)) units reused, 1 evaluated" "$(stats s14.err)"
rm "$S/cfn/b.yaml"
sscan s15
expect "document removed: the others reused" "vigil: cache: $((sunits + 1)) units reused, 0 evaluated" \
  "$(stats s15.err)"
expect "document removed: not in the output" "" "$(grep -o 'cfn/b.yaml' s15.json | head -1)"
# a file made and a scan run within the directory's timestamp granularity:
# that listing is not signed, so the next file is seen however soon it comes
cp "$S/cfn/a.yaml" "$S/cfn/d.yaml"
sscan s16
cp "$S/cfn/a.yaml" "$S/cfn/e.yaml"
sscan s17
expect "files added in quick succession: each seen" \
  "vigil: cache: $((sunits + 2)) units reused, 1 evaluated" "$(stats s17.err)"
# the probe answered by a listing: .terraform made in the root changes the
# listing (the directory's mtime), so the root is evaluated again
sscan s18
expect "root without .terraform, warm: reused" \
  "vigil: cache: $((sunits + 3)) units reused, 0 evaluated" "$(stats s18.err)"
mkdir -p "$S/tf2/.terraform/modules"
printf '{"Modules":[{"Key":"","Source":"","Dir":"."}]}\n' > "$S/tf2/.terraform/modules/modules.json"
sscan s19
expect ".terraform with modules.json made in a root: the root evaluated" \
  "vigil: cache: $((sunits + 2)) units reused, 1 evaluated" "$(stats s19.err)"
rm -rf "$S/tf2/.terraform"
sscan s20
expect ".terraform removed from a root: the root evaluated" \
  "vigil: cache: $((sunits + 2)) units reused, 1 evaluated" "$(stats s20.err)"
sscan s21
expect ".terraform still gone (listing not signed yet): reused" \
  "vigil: cache: $((sunits + 3)) units reused, 0 evaluated" "$(stats s21.err)"

unsigned_reads() { # PACK: files of its units' read logs whose signature is not valid (each once:
  # the facts entry logs the documents its table was built from too)
  python3 - "$1" << 'P'
import struct, sys
b = open(sys.argv[1], "rb").read()
vn = struct.unpack_from("<I", b, 14)[0]
at, n, first = 18 + vn + 32, set(), True
while at + 4 <= len(b):
    (ln,) = struct.unpack_from("<I", b, at)
    e, at = at + 4, at + 4 + ln
    if first:  # the walk's listings, laid out otherwise
        first = False
        continue
    p = e + 11 + 8 + vn + 32  # magic, format, version, key
    (nl,) = struct.unpack_from("<I", b, p)
    p += 4
    for _ in range(nl):
        (sl,) = struct.unpack_from("<I", b, p + 1)
        path = b[p + 5 : p + 5 + sl] if sl != 0xFFFFFFFF else b""
        p += 1 + 4 + (sl + 1 if sl != 0xFFFFFFFF else 0) + 8 + 32
        if struct.unpack_from("<Q", b, p)[0] == 0:  # base_file_sig.valid
            n.add(path)
        p += 64
print(len(n))
P
}
# a scan right after its files were written cannot sign them (a change within
# the time stamps' granularity would keep the signature): the first warm scan
# once they are old enough digests them and signs them, writing the pack back;
# the one after it reads none of them and leaves the pack as it is
rm -rf racy rc && mkdir racy && cp "$R"/cloudformation/billing/api/*.yaml racy/
"$VIGIL" scan -q -f json -o racy0.json --cache rc racy 2> /dev/null
expect "racy cold scan: its files not signed" "$(ls racy | wc -l)" "$(unsigned_reads rc/*.pack)"
sleep 3
"$VIGIL" scan -f json -o racy1.json --cache rc racy 2> racy1.err
nracy=$(ls racy | wc -l)
expect "racy cold scan, warm once old enough: reused" \
  "vigil: cache: $nracy units reused, 0 evaluated" "$(stats racy1.err)"
same "racy cold scan, warm: output = cold" racy0.json racy1.json
signed=$(ls -i rc/*.pack)
expect "racy cold scan: the warm scan signs every file it digested" "0" "$(unsigned_reads rc/*.pack)"
"$VIGIL" scan -f json -o racy2.json --cache rc racy 2> racy2.err
expect "racy cold scan, warm again: reused" \
  "vigil: cache: $nracy units reused, 0 evaluated" "$(stats racy2.err)"
expect "racy cold scan, warm again: the pack left as it is" "$signed" "$(ls -i rc/*.pack)"

# ---- config and errors ------------------------------------------------------------------------
printf 'cache: .vc\n' > "$R/.vigil.yaml"
"$VIGIL" scan -f json -o /dev/null "$R" 2> /dev/null
"$VIGIL" scan -f json -o k.json "$R" 2> cfg.err
# (.vigil.yaml is one unit more: skipped as "Vigil config")
expect "config cache: key" "vigil: cache: $((units + 1)) units reused, 0 evaluated" "$(stats cfg.err)"
rm -rf "$R/.vigil.yaml" "$R/.vc"

: > notadir
"$VIGIL" scan -f json -o /dev/null --cache notadir/x "$R" > /dev/null 2> nd.err
rc=$?
expect "cache path not a directory: exit 2" "2" "$rc"
expect "cache path not a directory: message" "vigil scan: --cache notadir/x: Not a directory" \
  "$(cat nd.err)"

# ---- --changed-since ------------------------------------------------------------------------------
G="$T/git"
mkdir -p "$G/live/app" "$G/modules/bucket" "$G/modules/naming" "$G/other" "$G/k8s"
cd "$G" || exit 1
git init -q . && git config user.email t@example.com && git config user.name t
cat > live/app/main.tf << 'EOF'
module "bucket" {
  source = "../../modules/bucket"
  name   = var.name
}
variable "name" {}
EOF
printf 'name = "app"\n' > live/app/terraform.tfvars
cat > modules/bucket/main.tf << 'EOF'
variable "name" {}
module "naming" {
  source = "../naming"
}
resource "aws_ecr_repository" "r" {
  name                 = "${module.naming.prefix}-${var.name}"
  image_tag_mutability = "MUTABLE"
}
EOF
printf 'output "prefix" {\n  value = "org"\n}\n' > modules/naming/main.tf
printf 'resource "aws_ecr_repository" "o" {\n  name = "o"\n}\n' > other/main.tf
for p in a b; do
  printf 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: %s\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n' "$p" > "k8s/$p.yaml"
done
git add -A && git commit -qm base

files() { # scanned file names, from the JSON results
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join(sorted({r["file"] for r in d["results"]})))' "$1"
}
summary() { tail -n 1 "$1" | sed 's/), .*/)/'; }

"$VIGIL" scan -q --changed-since HEAD -f json -o "$T/n0.json" . 2> /dev/null
expect "changed-since: nothing changed, nothing scanned" "" "$(files "$T/n0.json")"

printf '# edited\n' >> k8s/a.yaml
"$VIGIL" scan --changed-since HEAD -o json="$T/n1.json" -o text="$T/n1.txt" . 2> /dev/null
expect "changed-since: a document" "k8s/a.yaml" "$(files "$T/n1.json")"
expect "changed-since: the summary counts what was left out" \
  "1 file (1 scanned, 0 skipped, 0 unparsable, 6 left out as unchanged)" "$(summary "$T/n1.txt")"
git checkout -q .

printf '\n' >> modules/naming/main.tf
"$VIGIL" scan -q --changed-since HEAD -f json -o "$T/n2.json" . 2> /dev/null
expect "changed-since: a module two calls down selects its root" "modules/bucket/main.tf" \
  "$(files "$T/n2.json")"
"$VIGIL" scan --changed-since HEAD -f text -o "$T/n2.txt" . 2> /dev/null
expect "changed-since: the root's closure is scanned whole" \
  "4 files (4 scanned, 0 skipped, 0 unparsable, 3 left out as unchanged)" "$(summary "$T/n2.txt")"
git checkout -q .

printf 'name = "changed"\n' > live/app/terraform.tfvars
"$VIGIL" scan --changed-since HEAD -f text -o "$T/n3.txt" . 2> /dev/null
expect "changed-since: a tfvars file selects its root" \
  "4 files (4 scanned, 0 skipped, 0 unparsable, 3 left out as unchanged)" "$(summary "$T/n3.txt")"
git add -A && git commit -qm second
"$VIGIL" scan --changed-since HEAD~1 -f text -o "$T/n4.txt" . 2> /dev/null
expect "changed-since: committed changes count" "$(cat "$T/n3.txt" | tail -n 1)" "$(tail -n 1 "$T/n4.txt")"

printf 'resource "aws_ecr_repository" "n" {\n  name = "n"\n}\n' > other/new.tf
"$VIGIL" scan --changed-since HEAD -f text -o "$T/n5.txt" . 2> /dev/null
expect "changed-since: an untracked file selects its root" \
  "2 files (2 scanned, 0 skipped, 0 unparsable, 6 left out as unchanged)" "$(summary "$T/n5.txt")"
rm other/new.tf

"$VIGIL" scan --changed-since no-such-ref . > "$T/out.txt" 2> "$T/err.txt"
rc=$?
expect "changed-since: unknown ref exits 2" "2" "$rc"
expect "changed-since: unknown ref message" "vigil scan: --changed-since: unknown git ref 'no-such-ref'" \
  "$(cat "$T/err.txt")"
# a ref that git would take for an option (--output=FILE writes a file) is
# refused before git runs, and nothing is written
"$VIGIL" scan "--changed-since=--output=$T/injected" . > "$T/out.txt" 2> "$T/err.txt"
rc=$?
expect "changed-since: an option-like ref exits 2" "2 no file" "$rc $([ -e "$T/injected" ] && echo file || echo no file)"
expect "changed-since: an option-like ref message" \
  "vigil scan: --changed-since: '--output=$T/injected' is not a git ref" "$(cat "$T/err.txt")"
"$VIGIL" scan --changed-since HEAD no-such-dir > "$T/out.txt" 2> "$T/err.txt"
rc=$?
expect "changed-since: a missing scan path exits 2" "2" "$rc"
expect "changed-since: a missing scan path message" \
  "vigil scan: no-such-dir: No such file or directory" "$(cat "$T/err.txt")"
mkdir -p "$T/nogit"
(cd "$T/nogit" && GIT_CEILING_DIRECTORIES="$T" "$VIGIL" scan --changed-since HEAD . > "$T/out.txt" 2> "$T/err.txt"
  echo $? > rc.txt)
expect "changed-since: not a git repository exits 2" "2" "$(cat "$T/nogit/rc.txt")"
expect "changed-since: not a git repository message" \
  "vigil scan: --changed-since: . is not in a git repository" "$(cat "$T/err.txt")"

# --changed-since through what a CI pipeline calls: a script (run through
# bash -c, sourcing another), a local reusable workflow, a GitLab local
# include; the same call graph and limits as the scan (iac/view_ci_files.h)
C="$T/cigit"
mkdir -p "$C/.github/workflows" "$C/scripts" "$C/ci"
cd "$C" || exit 1
git init -q . && git config user.email t@example.com && git config user.name t
cat > .github/workflows/release.yml << 'EOF'
on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - run: bash -c "./scripts/push.sh"
  reuse:
    uses: ./.github/workflows/build.yml
EOF
cat > .github/workflows/build.yml << 'EOF'
on: workflow_call
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: docker push ghcr.io/acme/build:latest
EOF
cat > .github/workflows/other.yml << 'EOF'
on: push
jobs:
  other:
    runs-on: ubuntu-latest
    steps:
      - run: docker push ghcr.io/acme/other:latest
EOF
printf 'docker push ghcr.io/acme/api:latest\n. scripts/lib.sh\n' > scripts/push.sh
printf 'REPO=ghcr.io/acme/lib\n' > scripts/lib.sh
printf 'docker push ghcr.io/acme/unused:latest\n' > scripts/unused.sh
printf 'include:\n  - local: ci/jobs.yml\nstages: [b]\n' > .gitlab-ci.yml
printf 'push:\n  stage: b\n  script:\n    - docker push registry.example.com/app:latest\n' > ci/jobs.yml
git add -A && git commit -qm base
resources() { # the resources with results, sorted (a CI result is located in the called file)
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" | ".join(sorted({r["resource"] for r in d["results"]})))' "$1"
}

printf '# edited\n' >> scripts/lib.sh
"$VIGIL" scan -q --changed-since HEAD -f json -o "$T/c1.json" . 2> /dev/null
expect "changed-since: a script sourced by a script a workflow runs selects the workflow" \
  "image ghcr.io/acme/api | reuse/build ghcr.io/acme/build" "$(resources "$T/c1.json")"
"$VIGIL" scan --changed-since HEAD -f text -o "$T/c1.txt" . 2> /dev/null
expect "changed-since: the script itself is skipped, the rest left out" \
  "2 files (1 scanned, 1 skipped, 0 unparsable, 6 left out as unchanged)" "$(summary "$T/c1.txt")"
git checkout -q .

printf '# edited\n' >> .github/workflows/build.yml
"$VIGIL" scan -q --changed-since HEAD -f json -o "$T/c2.json" . 2> /dev/null
expect "changed-since: a local reusable workflow selects its caller" \
  "build ghcr.io/acme/build | image ghcr.io/acme/api | reuse/build ghcr.io/acme/build" \
  "$(resources "$T/c2.json")"
git checkout -q .

printf '# edited\n' >> ci/jobs.yml
"$VIGIL" scan -q --changed-since HEAD -f json -o "$T/c3.json" . 2> /dev/null
expect "changed-since: a GitLab local include selects .gitlab-ci.yml" \
  "push registry.example.com/app" "$(resources "$T/c3.json")"
git checkout -q .

git rm -q scripts/push.sh
"$VIGIL" scan -q --changed-since HEAD -f json -o "$T/c4.json" . 2> /dev/null
expect "changed-since: a deleted script selects the workflow that ran it" \
  "reuse/build ghcr.io/acme/build" "$(resources "$T/c4.json")"
git reset -q --hard

printf '# edited\n' >> scripts/unused.sh
"$VIGIL" scan --changed-since HEAD -f text -o "$T/c5.txt" . 2> /dev/null
expect "changed-since: a script no pipeline calls selects nothing else" \
  "1 file (0 scanned, 1 skipped, 0 unparsable, 7 left out as unchanged)" "$(summary "$T/c5.txt")"
git checkout -q .

# beyond the view's depth (4 levels of scripts), a change is not a call: as in the scan
for i in 1 2 3 4 5; do printf './scripts/d%s.sh\n' $((i + 1)) > "scripts/d$i.sh"; done
printf 'docker push ghcr.io/acme/deep:latest\n' > scripts/d6.sh
sed -i 's|bash -c "./scripts/push.sh"|./scripts/d1.sh|' .github/workflows/release.yml
git add -A && git commit -qm deep
printf '# edited\n' >> scripts/d4.sh
"$VIGIL" scan -q --changed-since HEAD -f json -o "$T/c6.json" . 2> /dev/null
expect "changed-since: a script 4 levels down selects the workflow" \
  "reuse/build ghcr.io/acme/build" "$(resources "$T/c6.json")"
git checkout -q .
printf '# edited\n' >> scripts/d5.sh
"$VIGIL" scan -q --changed-since HEAD -f json -o "$T/c7.json" . 2> /dev/null
expect "changed-since: a script 5 levels down is past the view's depth" "" "$(resources "$T/c7.json")"
git checkout -q .
