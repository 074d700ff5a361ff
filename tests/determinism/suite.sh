#!/bin/sh
# suite.sh — determinism and accounting (issue 7 §5).
#   output/FORMAT      `vigil scan` output is byte-identical across two runs and
#                      for -j1, -j2 and -j8, in every format (json, text, sarif,
#                      junit, github), over examples/, the golden inputs and the
#                      Terraform cases
#   pack/NAME          compiling the same sources twice gives byte-identical
#                      packs (stdlib built-in, every rules/*.pack manifest)
#   corpus/FORMAT      the same over the shared Terraform corpus: -j1 and -j2,
#                      three times each, byte-identical (skipped without it)
#   accounting/mixed   a tree with one file of every outcome: the summary sums
#                      (files = scanned + skipped + failed) and the JSON lists
#                      every skipped file with its reason (exact expected list)
# Env: VIGIL. Prints "ok - determinism/NAME" / "not ok - determinism/NAME".
cd "$(dirname "$0")/../.." || exit 2
VIGIL="${VIGIL:-build/vigil}"
case $VIGIL in /*) ;; *) VIGIL="$(pwd)/$VIGIL" ;; esac
TMP=$(mktemp -d "${TMPDIR:-/tmp}/vigil-determinism.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT INT TERM

fail() {
  n=$1
  shift
  echo "not ok - determinism/$n"
  for l in "$@"; do printf '%s\n' "$l" | sed 's/^/    /'; done
}

# ---- output across runs and thread counts ------------------------------------------
inputs="examples tests/golden tests/terraform/cases"
for fmt in json text sarif junit github; do
  ref=""
  bad=""
  for j in 1 2 8 8 1; do
    # shellcheck disable=SC2086
    "$VIGIL" scan -q --no-config --format "$fmt" -j "$j" $inputs > "$TMP/out.$fmt.$j" 2> "$TMP/err.$fmt.$j"
    rc=$?
    if [ "$rc" -gt 1 ]; then
      bad="-j$j exited $rc: $(head -n 3 "$TMP/err.$fmt.$j")"
      break
    fi
    if [ -z "$ref" ]; then
      ref="$TMP/ref.$fmt"
      cp "$TMP/out.$fmt.$j" "$ref"
      cp "$TMP/err.$fmt.$j" "$ref.err"
    elif ! cmp -s "$ref" "$TMP/out.$fmt.$j"; then
      bad="-j$j output differs from -j1: $(diff "$ref" "$TMP/out.$fmt.$j" | head -n 10)"
      break
    elif ! cmp -s "$ref.err" "$TMP/err.$fmt.$j"; then
      bad="-j$j stderr differs from -j1: $(diff "$ref.err" "$TMP/err.$fmt.$j" | head -n 10)"
      break
    fi
  done
  if [ -n "$bad" ]; then
    fail "output/$fmt" "$bad"
  elif [ ! -s "$ref" ]; then
    fail "output/$fmt" "empty output"
  else
    echo "ok - determinism/output/$fmt"
  fi
done

# ---- the Terraform corpus: -j1 and -j2, three times, in every format ---------------
# (issue 13: at -j2, path.cwd values of other units got mixed in and modules
# were intermittently "not found"; worker threads share no hidden state)
CORPUS_TF="${CORPUS_ROOT:-/work/shared/corpus}/terraform"
for fmt in json sarif junit text github; do
  if [ ! -d "$CORPUS_TF" ]; then
    echo "ok - determinism/corpus/$fmt # SKIP no $CORPUS_TF"
    continue
  fi
  ref=""
  bad=""
  for run in 1 2 3; do
    for j in 1 2; do
      out="$TMP/corpus.$fmt.$run.$j"
      "$VIGIL" scan -q --no-config --format "$fmt" -j "$j" "$CORPUS_TF" > "$out" 2> "$out.err"
      rc=$?
      if [ "$rc" -gt 1 ]; then
        bad="run $run -j$j exited $rc: $(head -n 3 "$out.err")"
        break 2
      fi
      if [ -z "$ref" ]; then
        ref="$out"
      elif ! cmp -s "$ref" "$out" || ! cmp -s "$ref.err" "$out.err"; then
        bad="run $run -j$j differs from run 1 -j1: $(diff "$ref" "$out" | head -n 10)"
        break 2
      fi
    done
  done
  if [ -n "$bad" ]; then
    fail "corpus/$fmt" "$bad"
  elif [ ! -s "$ref" ]; then
    fail "corpus/$fmt" "empty output"
  else
    echo "ok - determinism/corpus/$fmt"
  fi
done

# ---- packs byte-identical across compiles -----------------------------------------
if "$VIGIL" compile -o "$TMP/b1.vgp" > "$TMP/b1.txt" 2>&1 &&
  "$VIGIL" compile -o "$TMP/b2.vgp" > "$TMP/b2.txt" 2>&1; then
  if cmp -s "$TMP/b1.vgp" "$TMP/b2.vgp" && cmp -s "$TMP/b1.txt" "$TMP/b2.txt"; then
    echo "ok - determinism/pack/builtin"
  else
    fail pack/builtin "two compiles of the stdlib differ" "$(cat "$TMP/b1.txt" "$TMP/b2.txt")"
  fi
else
  fail pack/builtin "compile failed: $(cat "$TMP/b1.txt" "$TMP/b2.txt" | head -n 5)"
fi
for m in rules/*.pack; do
  n=$(basename "$m" .pack)
  srcs=$(grep -v '^#' "$m" | grep .)
  # shellcheck disable=SC2086
  if "$VIGIL" compile $srcs -o "$TMP/$n.1.vgp" > /dev/null 2>&1 &&
    "$VIGIL" compile $srcs -o "$TMP/$n.2.vgp" > /dev/null 2>&1; then
    if cmp -s "$TMP/$n.1.vgp" "$TMP/$n.2.vgp"; then
      echo "ok - determinism/pack/$n"
    else
      fail "pack/$n" "two compiles of $m differ"
    fi
  else
    fail "pack/$n" "compile of $m failed"
  fi
done

# ---- accounting ---------------------------------------------------------------------
d="$TMP/mixed"
mkdir -p "$d/sub" "$d/excluded-dir" "$d/tf" "$d/node_modules"
cfn='AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: IMMUTABLE
'
printf '%s' "$cfn" > "$d/good.yaml"                     # scanned
printf '%s' "$cfn" > "$d/sub/good.json.yaml"            # scanned
printf 'a: [1, 2\n' > "$d/broken.yaml"                  # failed
printf '{"a": 1,}' > "$d/broken.json"                   # failed
printf 'x\0y' > "$d/blob.json"                          # skipped binary
printf '# readme\n' > "$d/README.md"                    # skipped not IaC
printf '%s# %04000d\n' "$cfn" 0 > "$d/large.yaml"       # skipped too large
printf '%s' "$cfn" > "$d/excluded-dir/x.yaml"           # skipped excluded
printf 'resource "aws_ecr_repository" "r" {\n  name = "r"\n}\n' > "$d/tf/main.tf" # scanned (one module)
printf 'region = "x"\n' > "$d/orphan.tfvars"            # skipped tfvars not applied
printf '%s' "$cfn" > "$d/node_modules/x.yaml"           # never an input: not counted
ln -s missing.yaml "$d/dangling.yaml"                   # skipped unreadable
mkfifo "$d/pipe.yaml"                                   # skipped not a regular file
ln -s . "$d/sub/loop"                                   # skipped symlink loop
ln -s /etc "$d/etc"                                     # skipped outside the scan root
printf 'exclude: ["excluded-dir"]\n' > "$d/.vigil.yaml"       # the config: skipped, not input
(cd "$d" && "$VIGIL" scan --format json --max-file-size 1k -j2 .) > "$TMP/mixed.json" 2> "$TMP/mixed.err"
rc=$?
expected='files 15 scanned 3 skipped 10 failed 2
error broken.json:1:8: trailing comma
error broken.yaml:2:1: while parsing a flow sequence did not find expected '"','"' or '"']'"' (line 1)
skipped .vigil.yaml: Vigil config
skipped README.md: not IaC
skipped blob.json: binary
skipped dangling.yaml: unreadable
skipped etc: outside the scan root
skipped excluded-dir: excluded
skipped large.yaml: too large
skipped orphan.tfvars: tfvars not applied
skipped pipe.yaml: not a regular file
skipped sub/loop: symlink loop'
if [ "$rc" -gt 1 ]; then
  fail accounting/mixed "exit status $rc: $(head -n 3 "$TMP/mixed.err")"
elif ! python3 tests/hostile/check.py < "$TMP/mixed.json" > "$TMP/mixed.got" 2> "$TMP/mixed.why"; then
  fail accounting/mixed "$(cat "$TMP/mixed.why")"
elif [ "$(cat "$TMP/mixed.got")" != "$expected" ]; then
  fail accounting/mixed "$(printf "%s\n" "$expected" | diff - "$TMP/mixed.got")" "got:" "$(cat "$TMP/mixed.got")"
else
  echo "ok - determinism/accounting/mixed"
fi
exit 0
