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
