#!/bin/sh
# tests/terraform/suite.sh — Terraform parser suites (the evaluation goldens are
# the cmocka binary build/tests/test_tf over tests/terraform/cases/).
#   - every .tf under the shared Terraform corpus parses with zero errors
#   - the TF_FUNCTIONS table is sorted (tf_call.c looks names up with bsearch)
#   - differential against HashiCorp's parser (hcl2json, needs node): the same
#     blocks, labels and attribute names in every corpus file and every case
# Prints "ok - NAME" / "not ok - NAME" (details indented).
BUILD="${BUILD:-build}"
TOOL="$BUILD/tests/test_tf"
CORPUS="${VIGIL_CORPUS:-../shared/corpus}/terraform"
here=$(dirname "$0")

if [ ! -x "$TOOL" ]; then
  echo "not ok - terraform suite: $TOOL not built"
  exit 0
fi

if [ -d "$CORPUS" ]; then
  files=$(find "$CORPUS" -name '*.tf' -type f | LC_ALL=C sort)
  n=$(echo "$files" | grep -c .)
  out=$(echo "$files" | tr '\n' '\0' | xargs -0 "$TOOL" parse 2>&1)
  if [ -z "$out" ]; then
    echo "ok - corpus: $n .tf files parse with zero errors"
  else
    echo "not ok - corpus: parse errors"
    echo "$out" | sed 's/^/  /'
  fi
else
  echo "ok - SKIP corpus: $CORPUS not found"
fi

# the TF_FUNCTIONS rows (iac/terraform/tf_fn.h) are in strcmp order: tf_call.c
# finds a function with bsearch, which misses names in a row out of order
rows=$(sed -n '/^#define TF_FUNCTIONS(X)/,/^\/\* clang-format on/p' "$here/../../iac/terraform/tf_fn.h" |
  sed -n 's/^ *X(\([a-z0-9_]*\),.*/\1/p')
nrows=$(echo "$rows" | grep -c .)
if [ "$nrows" -gt 0 ] && echo "$rows" | LC_ALL=C sort -c 2>/dev/null &&
  [ "$(echo "$rows" | LC_ALL=C sort -u | grep -c .)" = "$nrows" ]; then
  echo "ok - function table: $nrows rows, sorted, no duplicates"
else
  echo "not ok - function table: rows out of strcmp order or duplicated ($nrows rows)"
  echo "$rows" | LC_ALL=C sort -c 2>&1 | sed 's/^/  /'
fi

# hostile and edge inputs: located errors, never a crash
check_err() { # NAME FILE-CONTENT EXPECTED-MESSAGE
  f=$(mktemp -d)/t.tf
  printf '%b' "$2" > "$f"
  got=$("$TOOL" parse "$f" 2>&1 | sed "s|^$f:||")
  if [ "$got" = "$3" ]; then echo "ok - error: $1"; else
    echo "not ok - error: $1"; echo "  want: $3"; echo "  got:  $got"; fi
  rm -rf "$(dirname "$f")"
}
check_err "unterminated string" 'a = "x\n' '1:7: unterminated string (newline in a quoted string)'
check_err "unterminated heredoc" 'a = <<EOT\nx\n' '3:1: unterminated heredoc'
check_err "unbalanced brace" 'resource "a" "b" {\n  x = 1\n' '3:1: unexpected end of file, expecting '"'"'}'"'"''
check_err "stray close brace" '}\n' "1:1: unexpected '}'"
check_err "missing value" 'a =\n' '1:4: unexpected newline'
check_err "bad escape" 'a = "\\q"\n' '1:6: invalid escape sequence in string'
check_err "endif without if" 'a = "%{endif}"\n' '1:6: %{endif} without %{if}'
check_err "deep nesting" "a = $(printf '[%.0s' $(seq 600))\n" '1:517: limit exceeded: nesting deeper than 512 levels (--max-depth)'
check_err "invalid character" 'a = 1 @ 2\n' '1:7: invalid character'
check_err "legacy index with a fraction" 'a = b.0.1\n' '1:7: invalid legacy index: use [N] for each index'

# in-source suppressions in the files of a root and of the child module two
# roots call: a file parsed without a directive in it is not read again by the
# suppression pass (iac_tf_unit_file_quiet), one with a directive is; both
# must give what reading every file gave (a waiver applied, a stale one
# warned about, a quiet file's failure kept), at -j1 and -j2
VIGIL="${VIGIL:-$BUILD/vigil}"
case "$VIGIL" in /*) ;; *) VIGIL="$(pwd)/$VIGIL" ;; esac
if [ -x "$VIGIL" ]; then
  s=$(mktemp -d)
  mkdir -p "$s/r1" "$s/r2" "$s/m"
  printf 'module "a" {\n  source = "../m"\n}\nresource "aws_ecr_repository" "root_quiet" {\n  name                 = "q"\n  image_tag_mutability = "MUTABLE"\n}\n' > "$s/r1/main.tf"
  printf 'module "b" {\n  source = "../m"\n}\nresource "aws_ecr_repository" "root_waived" {\n  name                 = "w"\n  image_tag_mutability = "MUTABLE" # vigil:ignore AWS_ECR_IMMUTABLE_TAGS root waiver\n}\n' > "$s/r2/main.tf"
  printf 'resource "aws_ecr_repository" "waived" {\n  #checkov:skip=CKV_AWS_51:child waiver\n  name                 = "w"\n  image_tag_mutability = "MUTABLE"\n}\nresource "aws_ecr_repository" "stale" {\n  name                 = "s"\n  image_tag_mutability = "IMMUTABLE" // vigil:ignore AWS_ECR_IMMUTABLE_TAGS nothing to waive\n}\n' > "$s/m/main.tf"
  printf 'resource "aws_ecr_repository" "plain" {\n  name                 = "p"\n  image_tag_mutability = "MUTABLE"\n}\n' > "$s/m/other.tf"
  want='m/main.tf 4 module.a.aws_ecr_repository.waived suppressed checkov child waiver
m/main.tf 6 module.a.aws_ecr_repository.stale pass
m/other.tf 3 module.a.aws_ecr_repository.plain fail
r1/main.tf 6 aws_ecr_repository.root_quiet fail
m/main.tf 4 module.b.aws_ecr_repository.waived suppressed checkov child waiver
m/main.tf 6 module.b.aws_ecr_repository.stale pass
m/other.tf 3 module.b.aws_ecr_repository.plain fail
r2/main.tf 6 aws_ecr_repository.root_waived suppressed inline root waiver
warning m/main.tf 8 suppression for AWS_ECR_IMMUTABLE_TAGS matches nothing
warning m/main.tf 8 suppression for AWS_ECR_IMMUTABLE_TAGS matches nothing'
  for j in 1 2; do
    got=$(cd "$s" && "$VIGIL" scan -j$j --no-config --format json . 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
for r in d["results"]:
    if r["rule"] == "AWS_ECR_IMMUTABLE_TAGS":
        sup = r.get("suppression")
        print(r["file"], r["line"], r["resource"], r["status"],
              *( [sup["kind"], sup["reason"]] if sup else []))
# (the warning names the file of the module, outside the folders of both roots,
# as the results do)
for w in d.get("warnings", []):
    print("warning", w["file"], w["line"], w["message"])
')
    if [ "$got" = "$want" ]; then echo "ok - suppressions in root and child module files (-j$j)"; else
      echo "not ok - suppressions in root and child module files (-j$j)"
      echo "$want" | sed 's/^/  want: /'; echo "$got" | sed 's/^/  got:  /'; fi
  done
  rm -rf "$s"
else
  echo "not ok - suppressions: $VIGIL not built"
fi

if command -v node >/dev/null 2>&1 && [ -x /work/shared/bench/peers.sh ] &&
   eval "$(/work/shared/bench/peers.sh 2>/dev/null)" && [ -n "${HCL2JSON:-}" ]; then
  files=$( { [ -d "$CORPUS" ] && find "$CORPUS" -name '*.tf' -type f; find "$here/cases" -name '*.tf' -type f; } | LC_ALL=C sort)
  # files that must fail to parse are compared too: both parsers must reject them
  out=$(echo "$files" | tr '\n' '\0' | xargs -0 python3 "$here/diff_hcl2json.py" "$TOOL" "$(dirname "$HCL2JSON")" 2>&1)
  summary=$(echo "$out" | tail -n 1)
  if echo "$summary" | grep -q ', 0 mismatches$'; then
    echo "ok - differential vs hcl2json: $summary"
  else
    echo "not ok - differential vs hcl2json: $summary"
    echo "$out" | sed 's/^/  /'
  fi
else
  echo "ok - SKIP differential: node not found"
fi
