#!/bin/sh
# conformance/suite.sh — KICS's own ECR fixtures against the built-in rules.
#
# For every query under $KICS (default ../shared/conformance/kics), the rule
# that carries the ref KICS:<query id> (from metadata.json) is found in the
# built-in pack; the query's test directory is scanned; and, per test file:
#   positive*  the rule's fail/unknown results are exactly the (file, line)
#              pairs listed in positive_expected_result.json, no more, no fewer;
#   negative*  the rule reports nothing.
# A query that no rule carries is reported as skipped ("# SKIP"), so a KICS
# control we do not ship is visible rather than silently passing.
# One line per test file: "ok - conformance/PLATFORM/QUERY/FILE".
#
# Then Checkov's own fixtures ($CHECKOV, default ../shared/conformance/checkov)
# against the checkov-compat pack (checkov.py; one line per case): every case
# whose check a rule of the pack carries must pass, except the known gaps in
# checkov-known-gaps.txt, which must still fail.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
BUILD="${BUILD:-build}"
case "${VIGIL:-}" in
/*) vigil="$VIGIL" ;;
"") vigil="$top/$BUILD/vigil" ;;
*) vigil="$top/$VIGIL" ;;
esac
KICS="${KICS:-$top/../shared/conformance/kics}"
CHECKOV="${CHECKOV:-$top/../shared/conformance/checkov}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigil-conformance.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ ! -x "$vigil" ]; then
  echo "not ok - conformance/build"
  echo "    $vigil is not built"
  exit 1
fi
if [ ! -d "$KICS" ]; then
  echo "not ok - conformance/fixtures"
  echo "    no KICS fixtures at $KICS"
  exit 1
fi

"$vigil" list > "$tmp/rules.txt" 2>&1 || {
  echo "not ok - conformance/list"
  sed 's/^/    /' "$tmp/rules.txt"
  exit 1
}

find "$KICS" -name metadata.json | LC_ALL=C sort > "$tmp/queries"
[ -s "$tmp/queries" ] || { echo "not ok - conformance/fixtures"; echo "    no metadata.json under $KICS"; exit 1; }

while read -r meta; do
  qdir=$(dirname "$meta")
  name=${qdir#"$KICS"/}
  id=$(jq -r .id "$meta")
  rule=$(grep -F "KICS:$id" "$tmp/rules.txt" | awk '{print $1}' | head -n 1)
  if [ -z "$rule" ]; then
    echo "ok - conformance/$name # SKIP no rule carries KICS:$id ($(jq -r .queryName "$meta"))"
    continue
  fi
  expected="$qdir/test/positive_expected_result.json"
  # expected (file, line) pairs, one "FILE:LINE" per line
  jq -r '.[] | "\(.filename):\(.line)"' "$expected" | LC_ALL=C sort > "$tmp/want"
  (cd "$qdir/test" && "$vigil" scan -q --format json .) > "$tmp/scan.json" 2> "$tmp/scan.err"
  status=$?
  if [ "$status" -gt 1 ] || ! jq -e .summary "$tmp/scan.json" > /dev/null 2>&1; then
    echo "not ok - conformance/$name"
    echo "    vigil scan exited $status:"
    sed 's/^/    /' "$tmp/scan.err" | head -n 20
    continue
  fi
  jq -r --arg r "$rule" '.results[] | select(.rule == $r and (.status == "fail" or .status == "unknown"))
      | "\(.file | sub("^\\./"; "")):\(.line)"' "$tmp/scan.json" | LC_ALL=C sort > "$tmp/got"
  failed=$(jq -r '.summary.unparsable' "$tmp/scan.json")
  for f in "$qdir"/test/*; do
    base=$(basename "$f")
    case "$base" in
    positive_expected_result.json) continue ;;
    positive* | negative*) ;;
    *) continue ;;
    esac
    grep -F "$base:" "$tmp/want" > "$tmp/w1" || true
    grep -F "$base:" "$tmp/got" > "$tmp/g1" || true
    if [ "$failed" = 0 ] && cmp -s "$tmp/w1" "$tmp/g1"; then
      echo "ok - conformance/$name/$base ($rule)"
    else
      echo "not ok - conformance/$name/$base ($rule)"
      [ "$failed" = 0 ] || echo "    $failed file(s) failed to parse: $(sed 's/^/ /' "$tmp/scan.err" | head -n 3)"
      echo "    expected fail/unknown at (- KICS, + vigil):"
      diff "$tmp/w1" "$tmp/g1" | grep '^[<>]' | sed 's/^</    -/; s/^>/    +/'
    fi
  done
done < "$tmp/queries"

pack="$top/$BUILD/packs/checkov-compat.vgp"
if [ ! -d "$CHECKOV" ]; then
  echo "not ok - conformance/checkov/fixtures"
  echo "    no Checkov fixtures at $CHECKOV"
elif [ ! -f "$pack" ]; then
  echo "not ok - conformance/checkov/pack"
  echo "    $pack is not built"
else
  python3 "$here/checkov.py" "$vigil" "$pack" "$CHECKOV" "$here/checkov-known-gaps.txt" > "$tmp/checkov.out" 2>&1
  status=$?
  cat "$tmp/checkov.out"
  if [ "$status" != 0 ]; then
    echo "not ok - conformance/checkov/runner"
    echo "    checkov.py exited $status"
  fi
fi
