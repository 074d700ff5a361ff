#!/bin/sh
# conformance_checkov/suite.sh — Checkov's own Kubernetes image fixtures
# (CKV_K8S_14 image tag fixed, CKV_K8S_43 image digest; manifests and the
# Terraform kubernetes provider) against the checkov-compat pack, through
# tests/conformance/checkov.py. Only these cases: the full Checkov run, with
# its list of known gaps, is wired into tests/conformance/suite.sh; this
# suite keeps the Kubernetes image cases from regressing on their own.
# One line per case: "ok - conformance/checkov/CASE (RULE, PACK)".
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
BUILD="${BUILD:-build}"
case "${VIGIL:-}" in
/*) vigil="$VIGIL" ;;
"") vigil="$top/$BUILD/vigil" ;;
*) vigil="$top/$VIGIL" ;;
esac
CHECKOV="${CHECKOV:-$top/../shared/conformance/checkov}"
pack="$(dirname "$vigil")/packs/checkov-compat.vgp"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigil-checkov.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ ! -x "$vigil" ] || [ ! -f "$pack" ]; then
  echo "not ok - conformance_checkov/build"
  echo "    $vigil or $pack is not built"
  exit 1
fi
if ! command -v python3 > /dev/null 2>&1; then
  echo "ok - conformance_checkov # SKIP python3 not found"
  exit 0
fi

# the selected cases, linked into a directory of their own (checkov.py runs
# every case of the directory it is given)
n=0
for d in "$CHECKOV"/CKV_K8S_14-* "$CHECKOV"/CKV_K8S_43-*; do
  [ -f "$d/expected.json" ] || continue
  ln -s "$d" "$tmp/$(basename "$d")"
  n=$((n + 1))
done
if [ "$n" -ne 4 ]; then
  echo "not ok - conformance_checkov/fixtures"
  echo "    expected the 4 CKV_K8S_14 / CKV_K8S_43 cases under $CHECKOV, found $n"
  exit 1
fi
python3 "$top/tests/conformance/checkov.py" "$vigil" "$pack" "$tmp" > "$tmp/out" 2>&1
status=$?
cat "$tmp/out"
if [ "$status" -ne 0 ]; then
  echo "not ok - conformance_checkov/runner"
  echo "    checkov.py exited $status"
  exit 1
fi
# a skipped case here means the pack lost its CKV_K8S_14 / 43 rule
grep -q "# SKIP" "$tmp/out" && exit 1
grep -q "^not ok" "$tmp/out" && exit 1
exit 0
