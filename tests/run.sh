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
  name=$(basename "$t")
  echo "# unit $name" | tee -a "$log"
  out="$BUILD/tests/.$name.out"
  "$t" > "$out" 2>&1
  rc=$?
  cat "$out" >> "$log"
  grep -E '^not ok' "$out" || true
  # a crash or a failing exit with no "not ok" line is still a failure
  if [ $rc -ne 0 ] && ! grep -q '^not ok' "$out"; then
    echo "not ok - $name exited with status $rc" | tee -a "$log"
    tail -n 20 "$out" | sed 's/^/    /'
  fi
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
