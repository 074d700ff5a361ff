#!/bin/sh
# run.sh — runs every test and ends with "N passed, N failed".
# Protocol: each unit test binary prints TAP (cmocka with CMOCKA_MESSAGE_OUTPUT=TAP);
# each suite script tests/*/suite.sh prints one line per case: "ok - NAME" or
# "not ok - NAME" (details for failures go to the lines after, indented).
# Env: BUILD (default build), SAN=1 when run under sanitizers.
BUILD="${BUILD:-build}"
export BUILD VIGIL="$BUILD/vigil"
export CMOCKA_MESSAGE_OUTPUT=TAP
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
log="$BUILD/test.log"
mkdir -p "$BUILD"
: > "$log"
for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  echo "# unit $(basename "$t")" | tee -a "$log"
  "$t" 2>&1 | tee -a "$log" | grep -E '^(not ok|# )' || true
  # a crashed binary has fewer "ok" lines than planned: record it as a failure
  rc=$(tail -n 50 "$log" | grep -c '^not ok')
  "$t" >/dev/null 2>&1 || [ "$rc" -gt 0 ] || echo "not ok - $(basename "$t") exited with failure" | tee -a "$log"
done
for s in tests/*/suite.sh; do
  [ -x "$s" ] || continue
  echo "# suite $s" | tee -a "$log"
  "$s" 2>&1 | tee -a "$log" | grep -vE '^ok( |$)' || true
done
pass=$(grep -cE '^ok ' "$log")
fail=$(grep -cE '^not ok' "$log")
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
