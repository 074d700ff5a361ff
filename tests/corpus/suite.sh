#!/bin/sh
# corpus/suite.sh — every real-world template in the shared corpus must load
# with zero errors (issue 2: "zero parse errors is expected").
# One case per file through the loader itself (tests/corpus/load_check.c,
# built here against libvigil.a), plus one case for `vigil scan` over the whole
# corpus when the binary exists. Env: BUILD (default build), CORPUS.
BUILD="${BUILD:-build}"
CORPUS="${CORPUS:-/work/shared/corpus/cloudformation}"
here=$(dirname "$0")
if [ ! -d "$CORPUS" ]; then
  echo "ok - corpus $CORPUS not present # SKIP"
  exit 0
fi
checker="$BUILD/tests/corpus_load_check"
if [ ! -x "$checker" ] || [ "$here/load_check.c" -nt "$checker" ] || [ "$BUILD/libvigil.a" -nt "$checker" ]; then
  mkdir -p "$BUILD/tests"
  san=""
  [ "${SAN:-}" = 1 ] && san="-fsanitize=address,undefined"
  # shellcheck disable=SC2046
  if ! ${CC:-cc} -std=c11 $san -Ibase -Iiac "$here/load_check.c" "$BUILD/libvigil.a" \
      $(pkg-config --libs yaml-0.1 yajl libcjson nettle libpcre2-8) -lm -lpthread -o "$checker"; then
    echo "not ok - build corpus load checker"
    exit 0
  fi
fi
find "$CORPUS" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.template' \) |
  LC_ALL=C sort | tr '\n' '\0' | xargs -0 "$checker" | sed -e "s|$CORPUS/||" -e 's/ (\(.*\))$//' -e 's/^\(not \)\{0,1\}ok - /&load /'
if [ -x "${VIGIL:-}" ]; then
  out=$("$VIGIL" scan --format json "$CORPUS" 2>/dev/null)
  n=$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["errors"])' 2>/dev/null)
  if [ "$n" = 0 ]; then
    echo "ok - vigil scan of the corpus reports zero parse errors"
  else
    echo "not ok - vigil scan of the corpus reports zero parse errors"
    echo "  summary.errors = ${n:-unreadable output}"
  fi
fi
