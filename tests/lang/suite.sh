#!/bin/sh
# lang/suite.sh — the rule language's run-time semantics (docs/language.md),
# as `vigil test` cases: cases/*.vgl are the rules, cases/*.test.yaml give
# inputs and the exact status, line and message of every expected result.
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
case "${VIGIL:-}" in
/*) vigil="$VIGIL" ;;
"") vigil="$top/build/vigil" ;;
*) vigil="$top/$VIGIL" ;;
esac
out=$(cd "$here" && "$vigil" test cases 2>&1)
rc=$?
printf '%s\n' "$out" | grep -E '^(ok|not ok)'
printf '%s\n' "$out" | grep -E '^    ' || true
if [ "$rc" -eq 0 ] && printf '%s\n' "$out" | grep -qE '^[0-9]+ passed, 0 failed'; then
  echo "ok - lang/all-cases-ran"
else
  echo "not ok - lang/all-cases-ran"
  printf '%s\n' "$out" | tail -n 20 | sed 's/^/    /'
fi
