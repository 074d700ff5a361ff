#!/bin/sh
# tests/valgrind/run.sh — memcheck over the end-to-end paths (run by .ci/run):
# compile the stdlib, disassemble it, scan the examples and the conformance
# fixtures in every output format, run the org rule tests. Any memcheck error
# or leak fails the case. Ends with "N passed, N failed".
BUILD="${BUILD:-build}"
V="$BUILD/vigil"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
vg() { # NAME EXPECTED_STATUS ARGS...
  name=$1 want=$2; shift 2
  valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    "$V" "$@" > "$T/out" 2> "$T/err"
  st=$?
  if [ "$st" = "$want" ]; then echo "ok - valgrind/$name"; pass=$((pass + 1)); else
    echo "not ok - valgrind/$name (exit $st, want $want)"; sed 's/^/    /' "$T/err" | head -40
    fail=$((fail + 1)); fi
}
vg compile-stdlib 0 compile -o "$T/p.vgp"
vg disasm 0 disasm "$T/p.vgp"
vg scan-text 1 scan -j 2 examples
vg scan-json 1 scan -j 1 --format json examples
vg scan-sarif-junit 1 scan --format sarif --format junit --output junit="$T/j.xml" examples/monorepo
[ -d ../shared/conformance/kics ] && vg scan-kics 1 scan --format json ../shared/conformance/kics
vg scan-pack 1 scan --pack "$T/p.vgp" --format github examples/monorepo
vg rule-tests 0 test examples/org-rules
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
