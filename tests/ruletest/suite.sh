#!/bin/sh
# ruletest/suite.sh — `vigil test` beyond the language cases: --update (the
# rewritten test file and the run's output, exact), -k selection, a broken
# test file and a missing path, params per file and per case and their errors
# (exact messages and exit status).
# update/repo.test.yaml.in is the out-of-date test file (not named *.test.yaml
# so `vigil test` over the tree leaves it alone); update/expected.yaml is it
# after --update, update/expected.out the output of that run.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
case "${VIGIL:-}" in
/*) vigil="$VIGIL" ;;
"") vigil="$top/build/vigil" ;;
*) vigil="$top/$VIGIL" ;;
esac
T=$(mktemp -d "${TMPDIR:-/tmp}/vigil-ruletest.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

# check NAME WANT_STATUS GOT_STATUS: the exit status
check() {
  if [ "$2" = "$3" ]; then echo "ok - ruletest/$1"; else
    echo "not ok - ruletest/$1"
    echo "    expected exit $2, got $3"
  fi
}
# same NAME WANT_FILE GOT_FILE: exact contents
same() {
  if diff -u "$2" "$3" > "$T/diff" 2>&1; then echo "ok - ruletest/$1"; else
    echo "not ok - ruletest/$1"
    sed 's/^/    /' "$T/diff" | head -n 40
  fi
}

# --- --update -----------------------------------------------------------------------
mkdir "$T/u" && cp "$here/update/rules.vgl" "$T/u/" && cp "$here/update/repo.test.yaml.in" "$T/u/repo.test.yaml"
(cd "$T/u" && "$vigil" test --update repo.test.yaml > "$T/out" 2> "$T/err"); check update-status 1 $?
same update-output "$here/update/expected.out" "$T/out"
same update-file "$here/update/expected.yaml" "$T/u/repo.test.yaml"
: > "$T/empty"; same update-no-stderr "$T/empty" "$T/err"
(cd "$T/u" && "$vigil" test repo.test.yaml > "$T/out" 2>&1); check updated-file-passes 0 $?
cp "$T/u/repo.test.yaml" "$T/again"
(cd "$T/u" && "$vigil" test --update repo.test.yaml > "$T/out" 2>&1); check update-again-status 0 $?
same update-again-unchanged "$T/again" "$T/u/repo.test.yaml"
if grep -q '^# updated' "$T/out"; then echo "not ok - ruletest/update-again-writes-nothing"; else
  echo "ok - ruletest/update-again-writes-nothing"; fi

# an expect list in flow style over several lines is not rewritten: said, exit 2
cat > "$T/u/flow.test.yaml" <<'Y'
rules: [rules.vgl]
cases:
  - name: flow
    rules: [T_SCAN]
    input: {inline: {filename: a.yaml, content: "Resources:\n  R: {Type: AWS::ECR::Repository}\n"}}
    expect: [
      {rule: T_SCAN, status: pass}]
Y
cp "$T/u/flow.test.yaml" "$T/flow.before"
(cd "$T/u" && "$vigil" test --update flow.test.yaml > /dev/null 2> "$T/err"); check update-flow-status 2 $?
echo "flow.test.yaml:3:5: cannot update case 'flow': its expect is a flow list ([...]) over several lines: write it in block style to update it" > "$T/want"
same update-flow-message "$T/want" "$T/err"
same update-flow-untouched "$T/flow.before" "$T/u/flow.test.yaml"

# --- -k -----------------------------------------------------------------------------
(cd "$T/u" && "$vigil" test -k "flow list" repo.test.yaml > "$T/out" 2>&1); check k-status 0 $?
cat > "$T/want" <<'Y'
ok - repo.test.yaml: empty flow list: "no: findings"
1 passed, 0 failed; 4 not selected by -k
Y
same k-output "$T/want" "$T/out"
(cd "$T/u" && "$vigil" test --match=Flow repo.test.yaml > "$T/out" 2> "$T/err"); check k-no-match-status 2 $?
echo 'vigil test: no case name contains "Flow"' > "$T/want"
same k-no-match-message "$T/want" "$T/err"

# --- a broken test file: reported before the summary, counted as a failure ----------
mkdir "$T/b"
printf 'cases:\n  - name: x\n    input: {file: a.yaml\n' > "$T/b/bad.test.yaml"
(cd "$T/b" && "$vigil" test . > "$T/out" 2> "$T/err"); check broken-yaml-status 2 $?
cat > "$T/want" <<'Y'
not ok - ./bad.test.yaml: not a valid test file (the error is above)
0 passed, 1 failed; 0 of 0 expects evaluated, passed and failed
Y
same broken-yaml-output "$T/want" "$T/out"
echo "./bad.test.yaml:4:1: while parsing a flow mapping did not find expected ',' or '}' (line 3)" > "$T/want"
same broken-yaml-message "$T/want" "$T/err"
(cd "$T/b" && "$vigil" test . > "$T/both" 2>&1)
cat "$T/err" "$T/out" > "$T/want"
same broken-yaml-error-first "$T/want" "$T/both"

# --- a missing path ------------------------------------------------------------------
(cd "$T" && "$vigil" test no/such.test.yaml > "$T/out" 2> "$T/err"); check missing-path-status 2 $?
echo "vigil test: no/such.test.yaml: No such file or directory" > "$T/want"
same missing-path-message "$T/want" "$T/err"

# --- params: per file and per case, checked like --param ----------------------------
mkdir "$T/p" && cp "$here/params/rules.vgl" "$here/params/p.test.yaml" "$T/p/"
(cd "$T/p" && "$vigil" test p.test.yaml > "$T/out" 2>&1); check params-status 0 $?
cat > "$T/want" <<'Y'
ok - p.test.yaml: the file's params
ok - p.test.yaml: a case's params over the file's
ok - p.test.yaml: the next case is back to the file's
3 passed, 0 failed; 1 of 1 expects evaluated, passed and failed
Y
same params-output "$T/want" "$T/out"
# params_error NAME SED-SCRIPT WANT-STDERR WANT-VERDICT: a broken variant of p.test.yaml
params_error() {
  sed "$2" "$T/p/p.test.yaml" > "$T/p/$1.test.yaml"
  (cd "$T/p" && "$vigil" test "$1.test.yaml" > "$T/out" 2> "$T/err"); check "params-$1-status" 2 $?
  echo "$3" > "$T/want"
  same "params-$1-message" "$T/want" "$T/err"
  printf 'not ok - %s.test.yaml: %s\n0 passed, 1 failed; 0 of 0 expects evaluated, passed and failed\n' \
    "$1" "$4" > "$T/want"
  same "params-$1-output" "$T/want" "$T/out"
}
params_error unknown 's/^    params:$/    params:\n      NOPE: 3/' \
  "unknown.test.yaml:12:7: params: no param 'NOPE' in the pack" \
  "a param does not fit the rules under test (the error is above)"
params_error kind 's/MAX_TAGS: 2$/MAX_TAGS: "2"/' \
  "kind.test.yaml:12:7: params: param MAX_TAGS is a number, not a string" \
  "a param does not fit the rules under test (the error is above)"
params_error file-kind 's/^params: .*/params: {MAX_TAGS: [1]}/' \
  "file-kind.test.yaml:4:10: params: param MAX_TAGS is a number, not a list" \
  "a param does not fit the rules under test (the error is above)"
params_error not-a-map 's/^params: .*/params: [MAX_TAGS]/' \
  "not-a-map.test.yaml:4:9: 'params' must be a map of NAME: value" \
  "not a valid test file (the error is above)"
