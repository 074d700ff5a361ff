#!/bin/sh
# run.sh — `make bench`: Vigil's benchmarks, one table, every ratio measured side
# by side in this run (see docs/performance.md).
#   make bench                    1k and 10k synthetic files, 5 runs per median
#   BENCH_FULL=1 make bench       adds 100k files; Guard's 237 rules 3 times
#   BENCH_SMOKE=1 tests/bench/run.sh   CI smoke (tests/bench/suite.sh): tiny N, 1 run
#   BENCH_BUILD_ONLY=1 tests/bench/run.sh   only build the C helpers
# Set-up done here: builds the C helpers (libyaml floor, pack-load timer,
# HCL parse timer: build/bench/hcl_parse_bench DIR [N])
# into $BUILD/bench and installs the peer tools
# with ../shared/bench/peers.sh (Guard rows are skipped when that fails).
set -eu
BUILD="${BUILD:-build}"
BENCH_DIR="${BENCH_DIR:-$BUILD/bench}"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
export BUILD BENCH_DIR
mkdir -p "$BENCH_DIR"

CC="${CC:-cc}"
FLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 -I. -Ibase -Ivm -Iiac -Icompiler -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes -Werror"
PKGS="yaml-0.1 yajl libcjson nettle libpcre2-8"
# shellcheck disable=SC2086
$CC $FLAGS -o "$BENCH_DIR/yaml_floor" tests/bench/yaml_floor.c $(pkg-config --cflags --libs yaml-0.1)
# The pack-load timer links libvigil like the unit tests do.
extra=""
[ -f "$BUILD/obj/gen/builtin_pack.o" ] && extra="$BUILD/obj/gen/builtin_pack.o"
# shellcheck disable=SC2086
$CC $FLAGS $(pkg-config --cflags $PKGS) -o "$BENCH_DIR/pack_bench" tests/bench/pack_bench.c \
  $extra "$BUILD/libvigil.a" $(pkg-config --libs $PKGS) -lm -lpthread
# shellcheck disable=SC2086
$CC $FLAGS -Iiac/terraform $(pkg-config --cflags $PKGS) -o "$BENCH_DIR/hcl_parse_bench" \
  tests/bench/hcl_parse_bench.c "$BUILD/libvigil.a" $(pkg-config --libs $PKGS) -lm -lpthread
[ "${BENCH_BUILD_ONLY:-}" = 1 ] && exit 0


peers="${PEERS_SH:-$root/../shared/bench/peers.sh}"
if [ -z "${CFN_GUARD:-}" ] && [ -x "$peers" ]; then
  if vars=$("$peers" 2>/dev/null); then
    eval "$vars"
    export CFN_GUARD CT_RULES
  else
    echo "# $peers failed: Guard rows skipped" >&2
  fi
fi

exec python3 tests/bench/harness.py
