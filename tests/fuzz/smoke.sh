#!/bin/sh
# smoke.sh — the CI form of the fuzzers (`make fuzz-smoke`, run by .ci/run):
#   1. every harness once over its seed corpus and the crash regressions in
#      tests/hostile/regress/<harness>/ (run.sh --regress: no fuzzing, so a
#      fixed crash that comes back fails CI deterministically);
#   2. every harness fuzzed for FUZZ_SECONDS (default 10) from those seeds,
#      proving the harnesses build and run (the long runs are `make fuzz`).
# Prints "ok - fuzz/STEP/HARNESS" or "not ok - ..." per line, then
# "N passed, N failed". Env: FUZZ_SECONDS, CLANG.
cd "$(dirname "$0")/../.." || exit 2
pass=0
fail=0
tally() { # STEP: read run.sh's summary lines
  while read -r h rest; do
    case $rest in
    *CRASH*)
      echo "not ok - fuzz/$1/$h"
      echo "    $rest"
      fail=$((fail + 1))
      ;;
    *)
      echo "ok - fuzz/$1/$h # $(echo "$rest" | sed 's/ ok$//')"
      pass=$((pass + 1))
      ;;
    esac
  done < build/fuzz/summary.txt
}
mkdir -p build/fuzz
rm -f build/fuzz/summary.txt
if tests/fuzz/run.sh --regress > build/fuzz-smoke.log 2>&1 || [ -s build/fuzz/summary.txt ]; then
  tally regress
else
  echo "not ok - fuzz/build"
  tail -n 20 build/fuzz-smoke.log | sed 's/^/    /'
  fail=$((fail + 1))
fi
if [ "$fail" = 0 ]; then
  rm -f build/fuzz/summary.txt
  FUZZ_SECONDS="${FUZZ_SECONDS:-10}" tests/fuzz/run.sh >> build/fuzz-smoke.log 2>&1
  if [ -s build/fuzz/summary.txt ]; then
    tally fuzz
  else
    echo "not ok - fuzz/run"
    tail -n 20 build/fuzz-smoke.log | sed 's/^/    /'
    fail=$((fail + 1))
  fi
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
