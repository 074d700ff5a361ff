#!/bin/sh
# Compile-error cases: NAME.vgl must fail to compile (exit 2) with exactly the
# diagnostics in NAME.err (stderr of `vigil compile NAME.vgl -o /dev/null`).
cd "$(dirname "$0")" || exit 1
VIGIL="${VIGIL:-build/vigil}"
case "$VIGIL" in /*) ;; *) VIGIL="$(cd ../.. && pwd)/$VIGIL" ;; esac
for src in *.vgl; do
  name="${src%.vgl}"
  out=$("$VIGIL" compile "$src" -o /dev/null 2>&1 >/dev/null)
  rc=$?
  if [ "$rc" -ne 2 ]; then
    echo "not ok - $name"
    echo "    expected exit 2, got $rc"
  elif [ "$out" != "$(cat "$name.err")" ]; then
    echo "not ok - $name"
    printf '%s\n' "$out" | diff "$name.err" - | sed 's/^/    /'
  else
    echo "ok - $name"
  fi
done
