#!/bin/sh
# suite.sh — the project builds warning-free with clang as well as gcc (the
# Makefile's compiler): every C source of the tree, -fsyntax-only under the
# project's warning flags with -Werror. gcc builds everything in `make`;
# clang catches what gcc does not (-Wparentheses on `a - b ? x : y`, ...).
# Prints one "ok - clang/..." line per directory. Env: BUILD (generated headers).
cd "$(dirname "$0")/../.." || exit 2
BUILD="${BUILD:-build}"
if ! command -v clang > /dev/null; then
  echo "ok - clang/all # SKIP clang not installed (scripts/deps.sh test)"
  exit 0
fi
FLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 -fsyntax-only
  -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes -Werror
  -I. -Ibase -Icompiler -Ivm -Iiac -Iiac/terraform -Iengine -Icli -Iinclude -I$BUILD/gen/compiler \
  -I$BUILD/gen/iac/terraform -I$BUILD/gen
  $(pkg-config --cflags yaml-0.1 yajl libcjson nettle libpcre2-8 cmocka 2> /dev/null)"
for dir in base compiler vm iac iac/terraform engine cli tests/unit tests/bench examples/embed; do
  files=$(ls $dir/*.c 2> /dev/null)
  [ -n "$files" ] || continue
  out=$(for f in $files; do
    # shellcheck disable=SC2086
    clang $FLAGS "$f" 2>&1
  done)
  if [ -z "$out" ]; then
    echo "ok - clang/$dir ($(echo "$files" | wc -w) files)"
  else
    echo "not ok - clang/$dir"
    printf '%s\n' "$out" | head -n 20 | sed 's/^/    /'
  fi
done
