#!/bin/sh
# rules/suite.sh — golden cases for every built-in rule in every format it
# covers, failing and passing, with exact lines and messages.
#
# Each directory tests/rules/NAME/ is one case: input/ holds the files to
# scan; `expected` holds every result of the built-in pack on them, one per
# line, sorted: "RULE STATUS FILE:LINE MESSAGE" (passes have no message), and
# every loader warning as "warning FILE:LINE MESSAGE".
# The scan runs from the case directory over input/, so FILE is relative to
# input/. UPDATE=1 rewrites `expected` from the actual output (review the diff).
#
# Beyond the table: `coverage` checks that together the cases make every
# built-in rule both fail and pass at least once.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
BUILD="${BUILD:-build}"
case "${VIGIL:-}" in
/*) vigil="$VIGIL" ;;
"") vigil="$top/$BUILD/vigil" ;;
*) vigil="$top/$VIGIL" ;;
esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigil-rules.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ ! -x "$vigil" ]; then
  echo "not ok - rules/build"
  echo "    $vigil is not built"
  exit 1
fi

: > "$tmp/all"
for dir in "$here"/*/; do
  name=$(basename "$dir")
  [ -d "$dir/input" ] || continue
  (cd "$dir" && "$vigil" scan -q --format json input) > "$tmp/$name.json" 2> "$tmp/$name.err"
  status=$?
  if [ "$status" -gt 1 ] || ! jq -e .summary "$tmp/$name.json" > /dev/null 2>&1; then
    echo "not ok - rules/$name"
    echo "    vigil scan exited $status:"
    sed 's/^/    /' "$tmp/$name.err" | head -n 20
    continue
  fi
  jq -r '(.results[] | "\(.rule) \(.status) \(.file):\(.line)" + (if (.message // "") != "" then " " + .message else "" end)),
         (.warnings[]? | "warning \(.file):\(.line) \(.message)")' \
    "$tmp/$name.json" | LC_ALL=C sort > "$tmp/$name.got"
  cat "$tmp/$name.got" >> "$tmp/all"
  [ "${UPDATE:-}" = 1 ] && cp "$tmp/$name.got" "$dir/expected"
  failed=$(jq -r .summary.unparsable "$tmp/$name.json")
  if [ "$failed" = 0 ] && diff -u "$dir/expected" "$tmp/$name.got" > "$tmp/$name.diff" 2>&1; then
    echo "ok - rules/$name"
  else
    echo "not ok - rules/$name"
    [ "$failed" = 0 ] || { echo "    $failed input file(s) did not parse:"; sed 's/^/    /' "$tmp/$name.err" | head -n 10; }
    sed 's/^/    /' "$tmp/$name.diff"
  fi
done

# `vigil test` cases over the stdlib sources (cases/*.test.yaml): many small
# inputs per rule, each with its exact status, line and message.
out=$(cd "$here" && "$vigil" test cases 2>&1)
rc=$?
printf '%s\n' "$out" | grep -E '^(ok|not ok)' | sed 's|^\(not \)\{0,1\}ok - |&rules/|'
printf '%s\n' "$out" | grep -E '^  ' | sed 's/^/  /' || true
if [ "$rc" -eq 0 ] && printf '%s\n' "$out" | grep -qE '^[0-9]+ passed, 0 failed'; then
  echo "ok - rules/cases-ran"
else
  echo "not ok - rules/cases-ran"
  printf '%s\n' "$out" | grep -v '^# coverage' | tail -n 20 | sed 's/^/    /'
fi

# Every built-in rule fails somewhere and passes somewhere.
"$vigil" list | awk 'NR > 1 {print $1}' > "$tmp/rules"
missing=""
while read -r rule; do
  grep -q "^$rule fail " "$tmp/all" || missing="$missing $rule:never-fails"
  grep -q "^$rule pass " "$tmp/all" || missing="$missing $rule:never-passes"
done < "$tmp/rules"
if [ -s "$tmp/rules" ] && [ -z "$missing" ]; then
  echo "ok - rules/coverage"
else
  echo "not ok - rules/coverage"
  for m in $missing; do echo "    $m"; done
  [ -s "$tmp/rules" ] || echo "    vigil list printed no rules"
fi
