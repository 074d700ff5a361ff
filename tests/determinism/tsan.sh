#!/bin/sh
# tsan.sh — the ThreadSanitizer step of .ci/run (issue 13): builds vigil with
# -fsanitize=thread (make SAN=thread, in build/tsan) and runs under it
#   determinism/*   the determinism suite (every format, -j1/-j2/-j8, the
#                   Terraform corpus, accounting)
#   tsan/corpus/X   a -j2 scan of the shared corpus X (cloudformation,
#                   terraform; skipped when absent)
# A data race, or any other ThreadSanitizer report, fails the case (TSan
# exits 66 and its report is shown). Prints "ok - ..." / "not ok - ..." and a
# "N passed, N failed" tally. Env: CORPUS_ROOT (default /work/shared/corpus).
cd "$(dirname "$0")/../.." || exit 2
BUILD=build/tsan
VIGIL="$(pwd)/$BUILD/vigil"
TSAN_OPTIONS="exitcode=66 halt_on_error=0 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
export TSAN_OPTIONS
TMP=$(mktemp -d "${TMPDIR:-/tmp}/vigil-tsan.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT INT TERM

if ! make --no-print-directory -j2 SAN=thread all > "$TMP/build.log" 2>&1; then
  echo "not ok - tsan/build"
  tail -n 20 "$TMP/build.log" | sed 's/^/    /'
  echo "0 passed, 1 failed"
  exit 1
fi
{
  echo "ok - tsan/build"
  # the suite reads VIGIL; a race anywhere makes that scan exit 66 (> 1: not ok)
  VIGIL="$VIGIL" tests/determinism/suite.sh 2> "$TMP/suite.err"
  if grep -q 'ThreadSanitizer' "$TMP/suite.err"; then
    echo "not ok - tsan/determinism-reports"
    grep -A 12 'WARNING: ThreadSanitizer' "$TMP/suite.err" | head -n 40 | sed 's/^/    /'
  fi
  CORPUS="${CORPUS_ROOT:-/work/shared/corpus}"
  for c in cloudformation terraform; do
    if [ ! -d "$CORPUS/$c" ]; then
      echo "ok - tsan/corpus/$c # SKIP no $CORPUS/$c"
      continue
    fi
    "$VIGIL" scan -q --no-config --format json -j2 "$CORPUS/$c" > "$TMP/$c.json" 2> "$TMP/$c.err"
    rc=$?
    if [ "$rc" -gt 1 ] || grep -q 'ThreadSanitizer' "$TMP/$c.err"; then
      echo "not ok - tsan/corpus/$c"
      echo "    exit status $rc"
      grep -A 12 'WARNING: ThreadSanitizer' "$TMP/$c.err" | head -n 40 | sed 's/^/    /'
    else
      echo "ok - tsan/corpus/$c"
    fi
  done
} > "$TMP/results" 2>&1
cat "$TMP/results"
p=$(grep -c '^ok ' "$TMP/results")
f=$(grep -c '^not ok ' "$TMP/results")
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
