#!/bin/sh
# tests/install/static.sh — `make static`, then run build/static/vigil copied
# alone into an empty directory (no build tree, no packs, no rule sources
# beside it): version, compile the built-in rules, scan a copied example and
# compile + scan with copied org rules. Not part of `make test` (the first
# `make static` fetches cJSON's Debian source); .ci/run runs it.
# Prints "ok - NAME" / "not ok - NAME" and ends with "N passed, N failed".
cd "$(dirname "$0")/../.." || exit 2
BUILD="${BUILD:-build}"
pass=0 fail=0
ok() { echo "ok - static/$1"; pass=$((pass + 1)); }
nok() { echo "not ok - static/$1"; fail=$((fail + 1)); }
check() { name=$1; shift; if "$@"; then ok "$name"; else nok "$name"; fi; }
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
if make -s static > "$T/make.log" 2>&1; then ok make-static; else
  nok make-static; tail -20 "$T/make.log" | sed 's/^/    /'
  echo "$pass passed, $fail failed"; exit 1
fi
check not-dynamic sh -c "file '$BUILD/static/vigil' | grep -q 'statically linked' &&
  ! readelf -d '$BUILD/static/vigil' 2>/dev/null | grep -q NEEDED"
mkdir "$T/empty" "$T/src"
cp "$BUILD/static/vigil" "$T/empty/vigil"
cp -r examples/monorepo "$T/src/monorepo"
cp -r examples/org-rules/rules "$T/src/rules"
ver=$(sed -n 's/^#define VIGIL_VERSION "\(.*\)"/\1/p' include/vigil.h)
# env -i: nothing from this tree leaks in through the environment either
run() { (cd "$T/empty" && env -i PATH=/usr/bin:/bin ./vigil "$@"); }
check version sh -c "(cd '$T/empty' && env -i ./vigil version) | head -n 1 | grep -qx 'vigil $ver'"
check compile-builtin sh -c "(cd '$T/empty' && env -i ./vigil compile -o builtin.vgp) | grep -qE '^sha256:[0-9a-f]{64}\$' && [ -s '$T/empty/builtin.vgp' ]"
run scan ../src/monorepo --format json -o "$T/scan.json" > "$T/scan.txt" 2>&1
rc=$?
check scan-example-exit-1 [ "$rc" -eq 1 ]
check scan-example-ecr-finding grep -q '"rule": "AWS_ECR_IMMUTABLE_TAGS"' "$T/scan.json"
# the static binary gives the same JSON as the dynamically linked build/vigil
(cd "$T/empty" && env -i "$OLDPWD/$BUILD/vigil" scan ../src/monorepo --format json -o "$T/scan-dyn.json") > /dev/null 2>&1
check same-json-as-build-vigil cmp -s "$T/scan.json" "$T/scan-dyn.json"
check compile-org-rules sh -c "(cd '$T/empty' && env -i ./vigil compile ../src/rules -o org.vgp) | grep -qE '^sha256:'"
run scan --pack org.vgp ../src/monorepo > "$T/org.txt" 2>&1
rc=$?
check scan-org-pack [ "$rc" -le 1 ]
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
