#!/bin/sh
# shard/suite.sh — `vigil scan --shard K/N` + `vigil merge` (issue 17 item 5).
#   equal/N/FORMAT   N shard processes (--format json) merged into FORMAT equal
#                    one unsharded scan byte for byte, N = 1, 2, 3, 7, in every
#                    format, over examples/, the golden inputs and the Terraform
#                    cases (child modules read by roots of several shards)
#   equal/params     the same with a --rules pack and --param values (sarif)
#   equal/corpus     N = 4 over the shared Terraform corpus, json (skipped without it)
#   stable           adding a file moves no other unit to another shard
#   k8s/indexed-job  deploy/kubernetes: each pod's script with its JOB_COMPLETION_INDEX,
#                    then the merge Job's, give one scan's text and SARIF
#   k8s/passes-vigil-rules  the manifests pass Vigil's own Kubernetes rules
#   schema           a shard's report is valid against docs/vigil-output.schema.json
#   latin1/N/FORMAT  a scratch tree with latin-1 (non-UTF-8) file names: merged =
#                    one scan in every format (file_raw carries the bytes)
#   latin1/file_raw  the shards wrote the exact bytes of each such name
#   many             40 shards merged under `ulimit -n 20` (one scratch file)
#   baseline/*       merge --write-baseline = one scan's --write-baseline, also
#                    after shards applied a --baseline
#   refuse/NAME      merge refusals: exact message, exit 2 (gap, overlap, other
#                    N, other pack, other params, other tree, not a shard report,
#                    a bad --shard, a file_raw that is not its file's bytes,
#                    scan --shard with --write-baseline)
# Env: VIGIL. Prints "ok - shard/NAME" / "not ok - shard/NAME".
cd "$(dirname "$0")/../.." || exit 2
VIGIL="${VIGIL:-build/vigil}"
case $VIGIL in /*) ;; *) VIGIL="$(pwd)/$VIGIL" ;; esac
TOP=$(pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/vigil-shard.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT INT TERM

fail() { # no variable of its own: callers loop over n
  echo "not ok - shard/$1"
  shift
  for l in "$@"; do printf '%s\n' "$l" | sed 's/^/    /'; done
}

# shards N PREFIX ARGS...: N shard reports PREFIX.K.json
shards() {
  n=$1 p=$2
  shift 2
  k=1
  while [ "$k" -le "$n" ]; do
    "$VIGIL" scan -q --no-config --format json --shard "$k/$n" "$@" > "$p.$k.json" 2> "$p.$k.err"
    [ $? -le 1 ] || { cat "$p.$k.err"; return 1; }
    k=$((k + 1))
  done
}

list() { # list N PREFIX: the shard files
  k=1
  while [ "$k" -le "$1" ]; do
    printf '%s ' "$2.$k.json"
    k=$((k + 1))
  done
}

inputs="examples tests/golden tests/terraform/cases"
for fmt in json text sarif junit github; do
  # shellcheck disable=SC2086
  "$VIGIL" scan -q --no-config --format "$fmt" $inputs > "$TMP/ref.$fmt" 2> /dev/null
  echo $? > "$TMP/ref.$fmt.rc"
done
for n in 1 2 3 7; do
  # shellcheck disable=SC2086
  if ! shards "$n" "$TMP/s$n" $inputs > "$TMP/shards.err"; then
    fail "equal/$n" "a shard scan failed: $(head -n 3 "$TMP/shards.err")"
    continue
  fi
  for fmt in json text sarif junit github; do
    # shellcheck disable=SC2046
    "$VIGIL" merge -q --format "$fmt" $(list "$n" "$TMP/s$n") > "$TMP/m.$fmt" 2> "$TMP/m.err"
    rc=$?
    if ! cmp -s "$TMP/ref.$fmt" "$TMP/m.$fmt"; then
      fail "equal/$n/$fmt" "$(diff "$TMP/ref.$fmt" "$TMP/m.$fmt" | head -n 10)" "$(head -n 3 "$TMP/m.err")"
    elif [ "$rc" != "$(cat "$TMP/ref.$fmt.rc")" ]; then
      fail "equal/$n/$fmt" "merge exited $rc, the scan $(cat "$TMP/ref.$fmt.rc")"
    else
      echo "ok - shard/equal/$n/$fmt"
    fi
  done
done

# --rules and --param: the params travel in the shards' JSON
g=tests/golden/params_json
( cd "$g" && "$VIGIL" scan -q --no-config --rules rules.vgl --param MIN_DAYS=3 \
    --param 'org.p.ACCOUNTS=["9"]' --format sarif input > "$TMP/pref.sarif" 2> /dev/null
  k=1
  while [ $k -le 3 ]; do
    "$VIGIL" scan -q --no-config --rules rules.vgl --param MIN_DAYS=3 --param 'org.p.ACCOUNTS=["9"]' \
      --format json --shard $k/3 input > "$TMP/p.$k.json" 2> /dev/null
    k=$((k + 1))
  done
  "$VIGIL" merge --rules rules.vgl --format sarif "$TMP/p.1.json" "$TMP/p.2.json" "$TMP/p.3.json" \
    > "$TMP/pm.sarif" 2> "$TMP/pm.err" )
if cmp -s "$TMP/pref.sarif" "$TMP/pm.sarif"; then
  echo "ok - shard/equal/params"
else
  fail "equal/params" "$(diff "$TMP/pref.sarif" "$TMP/pm.sarif" | head -n 10)" "$(cat "$TMP/pm.err")"
fi

corpus=/work/shared/corpus/terraform
if [ -d "$corpus" ]; then
  "$VIGIL" scan -q --no-config --format json "$corpus" > "$TMP/cref.json" 2> /dev/null
  shards 4 "$TMP/c" "$corpus" > /dev/null
  # shellcheck disable=SC2046
  "$VIGIL" merge -q --format json $(list 4 "$TMP/c") > "$TMP/cm.json" 2> /dev/null
  if [ -s "$TMP/cref.json" ] && cmp -s "$TMP/cref.json" "$TMP/cm.json"; then
    echo "ok - shard/equal/corpus"
  else
    fail "equal/corpus" "$(diff "$TMP/cref.json" "$TMP/cm.json" | head -n 10)"
  fi
else
  echo "ok - shard/equal/corpus # SKIP no shared corpus"
fi

# ---- stable under file additions: every unit stays in its shard ----------------------
mkdir -p "$TMP/tree"
cp -r examples "$TMP/tree/"
( cd "$TMP/tree" && shards 3 "$TMP/a" examples > /dev/null )
cp examples/cloudformation/*.yaml "$TMP/tree/examples/zz-added.yaml" 2> /dev/null ||
  printf 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n' > "$TMP/tree/examples/zz-added.yaml"
( cd "$TMP/tree" && shards 3 "$TMP/b" examples > /dev/null )
bad=""
for k in 1 2 3; do
  jq -r '.results[].file' "$TMP/a.$k.json" | sort -u > "$TMP/a.$k.files"
  jq -r '.results[].file' "$TMP/b.$k.json" | grep -v zz-added | sort -u > "$TMP/b.$k.files"
  cmp -s "$TMP/a.$k.files" "$TMP/b.$k.files" || bad="$bad shard $k/3 changed"
done
if [ -z "$bad" ] && [ -s "$TMP/a.1.files" ]; then echo "ok - shard/stable"; else fail stable "$bad"; fi

# ---- the shipped Kubernetes Indexed Job, run here: each pod's script with its
# JOB_COMPLETION_INDEX, then the merge Job's, equal one scan ---------------------------
k8s=deploy/kubernetes
if python3 -c 'import yaml' 2> /dev/null; then
  python3 - "$k8s" "$TMP/k8s" << 'PY'
import os, sys, yaml
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
job = [d for d in yaml.safe_load_all(open(os.path.join(src, "vigil-shards.yaml"))) if d["kind"] == "Job"][0]
spec = job["spec"]
assert spec["completionMode"] == "Indexed", "not an Indexed Job"
c = spec["template"]["spec"]["containers"][0]
env = {e["name"]: e["value"] for e in c.get("env", [])}
assert int(env["SHARDS"]) == spec["completions"] == spec["parallelism"], "SHARDS != completions"
open(os.path.join(out, "shard.sh"), "w").write(c["args"][0])
open(os.path.join(out, "n"), "w").write(env["SHARDS"])
m = yaml.safe_load(open(os.path.join(src, "vigil-merge.yaml")))
open(os.path.join(out, "merge.sh"), "w").write(m["spec"]["template"]["spec"]["containers"][0]["args"][0])
PY
  if [ $? != 0 ]; then
    fail k8s/indexed-job "the manifests do not read as an Indexed Job and a merge Job"
  else
    mkdir -p "$TMP/k8s/tree" "$TMP/k8s/results"
    cp -r examples tests/terraform/cases "$TMP/k8s/tree/"
    for f in shard merge; do sed "s|/results|$TMP/k8s/results|g" "$TMP/k8s/$f.sh" > "$TMP/k8s/$f.run"; done
    bindir=$(dirname "$VIGIL")
    bad=""
    i=0
    while [ "$i" -lt "$(cat "$TMP/k8s/n")" ]; do
      (cd "$TMP/k8s/tree" && PATH="$bindir:$PATH" SHARDS=$(cat "$TMP/k8s/n") JOB_COMPLETION_INDEX=$i \
        sh "$TMP/k8s/shard.run") > /dev/null 2>&1 || bad="$bad pod $i failed;"
      i=$((i + 1))
    done
    (cd "$TMP/k8s/tree" && "$VIGIL" scan --format text --format sarif --output "sarif=$TMP/k8s/ref.sarif" .) \
      > "$TMP/k8s/ref.txt" 2> /dev/null
    (cd "$TMP/k8s/tree" && PATH="$bindir:$PATH" sh "$TMP/k8s/merge.run") > "$TMP/k8s/merged.txt" 2> /dev/null
    cmp -s "$TMP/k8s/ref.txt" "$TMP/k8s/merged.txt" || bad="$bad text differs;"
    cmp -s "$TMP/k8s/ref.sarif" "$TMP/k8s/results/vigil.sarif" || bad="$bad sarif differs;"
    if [ -z "$bad" ]; then echo "ok - shard/k8s/indexed-job"; else fail k8s/indexed-job "$bad"; fi
  fi
else
  echo "ok - shard/k8s/indexed-job # SKIP no python3 yaml"
fi
"$VIGIL" scan --no-config -q "$k8s" > "$TMP/k8s.scan" 2>&1
if [ $? = 0 ]; then echo "ok - shard/k8s/passes-vigil-rules"; else fail k8s/passes-vigil-rules "$(head -n 8 "$TMP/k8s.scan")"; fi

# ---- the shard object in docs/vigil-output.schema.json (ajv, installed by tests/ci) -------
AJV=build/node/node_modules/.bin/ajv
if [ -x "$AJV" ]; then
  if "$AJV" validate --spec=draft7 -s docs/vigil-output.schema.json -d "$TMP/s3.2.json" \
    > "$TMP/ajv.out" 2>&1; then
    echo "ok - shard/schema"
  else
    fail schema "$(head -n 10 "$TMP/ajv.out")"
  fi
else
  echo "ok - shard/schema # SKIP no ajv in build/node (tests/ci installs it)"
fi

# ---- refusals ---------------------------------------------------------------------------
# refuse NAME EXPECTED-STDERR ARGS...
refuse() {
  name=$1 want=$2
  shift 2
  "$VIGIL" "$@" > "$TMP/r.out" 2> "$TMP/r.err"
  rc=$?
  got=$(sed "s|$TMP/||g" "$TMP/r.err")
  if [ "$rc" = 2 ] && [ "$got" = "$want" ] && [ ! -s "$TMP/r.out" ]; then
    echo "ok - shard/refuse/$name"
  else
    fail "refuse/$name" "exit $rc" "want: $want" "got:  $got"
  fi
}
# Shards through one --cache, cold then warm: a sharded job index is not the
# plan's unit index, and the cache once keyed and replayed units by the job
# index (a warm shard served other units' results). Each warm shard report
# must equal its cold one, and their merge one unsharded scan.
for n in 2 3; do
  c=$TMP/cache$n
  for round in cold warm; do
    k=1 ok=1
    while [ "$k" -le "$n" ]; do
      # shellcheck disable=SC2086
      "$VIGIL" scan -q --no-config --cache "$c" --format json --shard "$k/$n" $inputs \
        > "$TMP/c$n.$round.$k.json" 2> /dev/null
      k=$((k + 1))
    done
  done
  k=1
  while [ "$k" -le "$n" ]; do
    cmp -s "$TMP/c$n.cold.$k.json" "$TMP/c$n.warm.$k.json" || ok=0
    cmp -s "$TMP/s$n.$k.json" "$TMP/c$n.warm.$k.json" || ok=0
    k=$((k + 1))
  done
  # shellcheck disable=SC2046
  "$VIGIL" merge -q --format json $(list "$n" "$TMP/c$n.warm") > "$TMP/cm.json" 2> /dev/null
  cmp -s "$TMP/ref.json" "$TMP/cm.json" || ok=0
  if [ "$ok" = 1 ]; then echo "ok - shard/cache-warm/$n"; else
    fail "cache-warm/$n" "a warm shard (or its merge) differs from the cold / unsharded scan"
  fi
done

# ---- non-UTF-8 file names (latin-1): a shard's JSON carries their bytes in
# "file_raw", so two names that both show as U+FFFD stay two files through
# the merge: results, errors, skipped files, Terraform roots and modules ------------
L=$TMP/latin1
mkdir -p "$L/tree" "$L/out"
( cd "$L/tree" || exit 2
  for b in 350 351 377; do
    printf 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: r\n' \
      > "$(printf "caf\\$b.yaml")"
    printf 'Resources: [\n' > "$(printf "bad\\$b.yaml")"
    printf 'hello\n' > "$(printf "notes\\$b.txt")"
    mkdir -p "$(printf "tf/mod\\$b")"
    printf 'resource "aws_ecr_repository" "r" {\n  name = "x"\n}\n' > "$(printf "tf/mod\\$b/main.tf")"
  done
  printf 'module "m" {\n  source = "./mod\351"\n}\n' > tf/main.tf )
for fmt in json text sarif junit github; do
  (cd "$L/tree" && "$VIGIL" scan -q --no-config --format "$fmt" .) > "$L/ref.$fmt" 2> /dev/null
done
for n in 2 3 5; do
  (cd "$L/tree" && shards "$n" "$L/out/s$n" .) > /dev/null
  for fmt in json text sarif junit github; do
    # shellcheck disable=SC2046
    "$VIGIL" merge -q --format "$fmt" $(list "$n" "$L/out/s$n") > "$L/m.$fmt" 2> "$L/m.err"
    if cmp -s "$L/ref.$fmt" "$L/m.$fmt" && [ -s "$L/ref.$fmt" ]; then
      echo "ok - shard/latin1/$n/$fmt"
    else
      fail "latin1/$n/$fmt" "$(diff "$L/ref.$fmt" "$L/m.$fmt" | head -n 10)" "$(head -n 3 "$L/m.err")"
    fi
  done
done
# the names are the files' own bytes in every format that can carry them
if grep -q 'caf\\xe9.yaml:4:5' "$L/ref.text" && grep -q 'caf%E9.yaml' "$L/ref.sarif" &&
  [ "$(jq -r '[.results[], .errors[], .shard.terraform[]] | .[].file_raw // empty' "$L/out/s3".*.json |
    sort -u | tr '\n' ' ')" = \
    "bad%E8.yaml bad%E9.yaml bad%FF.yaml caf%E8.yaml caf%E9.yaml caf%FF.yaml tf/mod%E8/main.tf tf/mod%E9/main.tf tf/mod%FF/main.tf " ]; then
  echo "ok - shard/latin1/file_raw"
else
  fail latin1/file_raw "$(jq -c '.results[] | [.file, .file_raw]' "$L/out/s3".*.json | sort -u | head -n 12)"
fi

# ---- many shards: every shard's results share one scratch file, so N may be
# larger than the open-file limit (40 shards under `ulimit -n 20`) ------------------
M=$TMP/many
mkdir -p "$M"
"$VIGIL" scan -q --no-config --format json examples/monorepo > "$M/ref.json" 2> /dev/null
shards 40 "$M/s" examples/monorepo > /dev/null
# shellcheck disable=SC2046
(ulimit -n 20 && "$VIGIL" merge -q --format json $(list 40 "$M/s")) > "$M/m.json" 2> "$M/m.err"
if [ -s "$M/ref.json" ] && cmp -s "$M/ref.json" "$M/m.json"; then
  echo "ok - shard/many"
else
  fail many "$(head -n 3 "$M/m.err")" "$(diff "$M/ref.json" "$M/m.json" | head -n 6)"
fi

# ---- --write-baseline: vigil merge writes the baseline one scan would write,
# also when the shards applied a --baseline (what it suppressed is still a
# finding); a shard alone refuses to write a part of one -------------------------------
B=$TMP/bl
mkdir -p "$B"
# shellcheck disable=SC2086
"$VIGIL" scan -q --no-config --write-baseline "$B/ref.bl" $inputs > /dev/null 2>&1
rc_ref=$?
# shellcheck disable=SC2046
"$VIGIL" merge -q --write-baseline "$B/m.bl" $(list 3 "$TMP/s3") > /dev/null 2>&1
rc=$?
if cmp -s "$B/ref.bl" "$B/m.bl" && [ "$rc" = "$rc_ref" ] && [ "$(jq '.findings | length' "$B/m.bl")" -gt 100 ]; then
  echo "ok - shard/baseline/write"
else
  fail baseline/write "merge exited $rc, the scan $rc_ref" "$(diff "$B/ref.bl" "$B/m.bl" | head -n 6)"
fi
jq '.findings |= .[0:100]' "$B/ref.bl" > "$B/old.bl"
# shellcheck disable=SC2086
"$VIGIL" scan -q --no-config --baseline "$B/old.bl" --write-baseline "$B/ref2.bl" --format sarif \
  $inputs > "$B/ref2.sarif" 2> /dev/null
k=1
while [ $k -le 3 ]; do
  # shellcheck disable=SC2086
  "$VIGIL" scan -q --no-config --baseline "$B/old.bl" --format json --shard $k/3 $inputs \
    > "$B/t.$k.json" 2> /dev/null
  k=$((k + 1))
done
# shellcheck disable=SC2046
"$VIGIL" merge -q --format sarif --write-baseline "$B/m2.bl" $(list 3 "$B/t") > "$B/m2.sarif" 2> /dev/null
if cmp -s "$B/ref2.bl" "$B/m2.bl" && cmp -s "$B/ref2.sarif" "$B/m2.sarif" &&
  cmp -s "$B/ref.bl" "$B/m2.bl" && grep -q '"kind":[[:space:]]*"external"' "$B/m2.sarif"; then
  echo "ok - shard/baseline/after-baseline"
else
  fail baseline/after-baseline "$(diff "$B/ref2.bl" "$B/m2.bl" | head -n 6)"
fi

s3=$TMP/s3
refuse shard-write-baseline "vigil scan: --write-baseline with --shard would record only this shard's findings: write the baseline with vigil merge --write-baseline FILE" \
  scan --shard 1/2 --write-baseline "$B/x.bl" examples
# a file_raw that does not give back the name its file shows
for k in 1 2 3; do
  grep -q '"file_raw": "caf%E9.yaml"' "$L/out/s3.$k.json" && bad_k=$k
done
sed 's/"file_raw": "caf%E9.yaml"/"file_raw": "cof%E9.yaml"/' "$L/out/s3.$bad_k.json" > "$L/out/bad.json"
case $bad_k in
  1) set -- "$L/out/bad.json" "$L/out/s3.2.json" "$L/out/s3.3.json" ;;
  2) set -- "$L/out/s3.1.json" "$L/out/bad.json" "$L/out/s3.3.json" ;;
  *) set -- "$L/out/s3.1.json" "$L/out/s3.2.json" "$L/out/bad.json" ;;
esac
refuse file-raw "vigil merge: latin1/out/bad.json: a malformed shard report (a \"file_raw\" is not the bytes of its \"file\")" \
  merge "$@"
refuse gap "vigil merge: gap: shard 2/3 is missing" merge "$s3.1.json" "$s3.3.json"
refuse overlap "vigil merge: overlap: s3.1.json and s3.1.json are both shard 1/3" \
  merge "$s3.1.json" "$s3.2.json" "$s3.1.json" "$s3.3.json"
refuse count "vigil merge: s2.1.json is shard 1/2 but s3.1.json is shard 1/3: every shard must come from the same --shard K/N count" \
  merge "$s3.1.json" "$TMP/s2.1.json"
refuse pack "vigil merge: p.1.json: scanned with another pack than s3.1.json" \
  merge "$s3.1.json" "$TMP/p.1.json" "$s3.3.json"
# the same pack, other params
( cd "$g" && "$VIGIL" scan -q --no-config --rules rules.vgl --format json --shard 2/3 input \
    > "$TMP/q.2.json" 2> /dev/null )
refuse params "vigil merge: q.2.json: scanned with other params than p.1.json" \
  merge "$TMP/p.1.json" "$TMP/q.2.json" "$TMP/p.3.json"
# another tree: examples alone
"$VIGIL" scan -q --no-config --format json --shard 2/3 examples > "$TMP/e.2.json" 2> /dev/null
refuse tree "vigil merge: e.2.json: scanned another tree (or other paths) than s3.1.json" \
  merge "$s3.1.json" "$TMP/e.2.json" "$s3.3.json"
"$VIGIL" scan -q --no-config --format json examples > "$TMP/whole.json" 2> /dev/null
refuse not-shard 'vigil merge: whole.json: not a shard'"'"'s report (no "shard": write it with vigil scan --shard K/N --format json)' \
  merge "$TMP/whole.json"
refuse pack-given "vigil merge: the pack $(jq -r .pack "$TMP/p.1.json") is not the shards' pack $(jq -r .pack "$s3.1.json") (give the scan's --pack, --rules or --pack-name)" \
  merge --rules "$g/rules.vgl" "$s3.1.json" "$s3.2.json" "$s3.3.json"
refuse no-files "vigil merge: no shard reports given (vigil merge FILE...)" merge
# a result naming no rule of the pack, in the shard's last unit: found while
# the results are written (the ones before it are out already), so the
# document is cut short and the exit status says it; the writers' state is
# freed (make test SAN=1: LeakSanitizer; fuzz_merge found it leaked)
jq '.results[-1].rule = "NO_SUCH_RULE"' "$s3.2.json" > "$TMP/badrule.json"
"$VIGIL" merge --format json "$s3.1.json" "$TMP/badrule.json" "$s3.3.json" > "$TMP/r.out" 2> "$TMP/r.err"
rc=$?
got=$(sed "s|$TMP/||g" "$TMP/r.err")
want="vigil merge: badrule.json: a result names no rule of the pack (NO_SUCH_RULE)"
if [ "$rc" = 2 ] && [ "$got" = "$want" ] && ! jq -e . "$TMP/r.out" > /dev/null 2>&1; then
  echo "ok - shard/refuse/unknown-rule"
else
  fail refuse/unknown-rule "exit $rc" "want: $want" "got:  $got"
fi
# numbers from another machine: a column that is not a count, a line past
# 32 bits (each was a cast out of range: fuzz_merge), a unit count that is not
# an integer
for case in 'column=.results[-1].column = -1' 'line=.results[-1].line = 1e20' \
  'units=.shard.results[-1][1] = 1.5'; do
  name=${case%%=*} expr=${case#*=}
  jq "$expr" "$s3.2.json" > "$TMP/bad-$name.json"
  "$VIGIL" merge --format json "$s3.1.json" "$TMP/bad-$name.json" "$s3.3.json" > "$TMP/r.out" 2> "$TMP/r.err"
  rc=$?
  got=$(sed "s|$TMP/||g" "$TMP/r.err")
  case $name in
  units) want="vigil merge: bad-$name.json: a malformed shard report" ;;
  *) want="vigil merge: bad-$name.json: a malformed shard report (a result of $(jq -r '.results[-1].rule' "$s3.2.json") has no valid severity, status, file, line or column)" ;;
  esac
  if [ "$rc" = 2 ] && [ "$got" = "$want" ]; then
    echo "ok - shard/refuse/number-$name"
  else
    fail "refuse/number-$name" "exit $rc" "want: $want" "got:  $got"
  fi
done
refuse bad-shard "vigil scan: --shard wants K/N with 1 <= K <= N <= 65536, not '4/3'" \
  scan --shard 4/3 examples
refuse zero-shard "vigil scan: --shard wants K/N with 1 <= K <= N <= 65536, not '0/3'" \
  scan --shard 0/3 examples
exit 0
