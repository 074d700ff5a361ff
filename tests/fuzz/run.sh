#!/bin/sh
# run.sh — build and run the libFuzzer harnesses (issue 7, docs/reliability.md).
#
#   tests/fuzz/run.sh [HARNESS...]      fuzz each harness for FUZZ_SECONDS (default 60)
#   tests/fuzz/run.sh --regress         run every harness once over its seeds and
#                                       tests/hostile/regress/<harness>/ (no fuzzing)
#   make fuzz FUZZ_SECONDS=600          the same as the first form, via make
#
# Harnesses: tests/fuzz/fuzz_<name>.c, linked with clang's libFuzzer + ASan + UBSan
# against the library sources compiled here (not build/libvigil.a: the library
# must carry the coverage instrumentation). Generated flex/bison/stdlib sources
# come from build/gen, so `make` runs first.
#
# Layout under build/fuzz/: obj/ (instrumented objects), fuzz_<name> (binaries),
# corpus/<name>/ (working corpus: seeds from the test data, grown by the fuzzer
# and kept between runs), artifacts/<name>/ (crash/leak/timeout inputs),
# logs/<name>.log, and summary.txt: one line per harness with libFuzzer's
# final executions, coverage and exec/s.
#
# Env: FUZZ_SECONDS (per harness), FUZZ_JOBS (harnesses run at once, default 2),
# FUZZ_RSS_MB (libFuzzer's -rss_limit_mb and -malloc_limit_mb for every harness,
# default 2048: ASan's shadow and quarantine on top of the 256 MiB evaluation
# budget), CLANG (default clang).
# Exit status: 0 when no harness found a crash, 1 otherwise.
set -eu
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=build/fuzz
CLANG="${CLANG:-clang}"
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
FUZZ_JOBS="${FUZZ_JOBS:-2}"
FUZZ_RSS_MB="${FUZZ_RSS_MB:-2048}"
ALL="yaml json hcl terraform compile pack vm cache merge"

regress=0
if [ "${1:-}" = --regress ]; then
  regress=1
  shift
fi
harnesses="${*:-$ALL}"

command -v "$CLANG" >/dev/null || { echo "fuzz: $CLANG not found (scripts/deps.sh test)" >&2; exit 2; }
if ! make -s all >/dev/null 2>&1; then
  # a shared tree is often mid-edit: go on with the last good generated sources
  [ -f build/gen/builtin_pack.c ] && [ -x build/vigil ] || { echo "fuzz: make failed" >&2; exit 2; }
  echo "fuzz: warning: make failed; using the existing build/gen and build/vigil" >&2
fi

# ---- instrumented library objects ---------------------------------------------
SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
FLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 -g -fno-omit-frame-pointer
  -I. -Ibase -Icompiler -Ivm -Iiac -Iiac/terraform -Iengine -Icli -Iinclude
  -Ibuild/gen/compiler -Ibuild/gen/iac/terraform -Ibuild/gen
  $(pkg-config --cflags yaml-0.1 yajl libcjson nettle libpcre2-8)"
LIBS="$(pkg-config --libs yaml-0.1 yajl libcjson nettle libpcre2-8) -lm -lpthread"
mkdir -p "$OUT/obj"
# cli/ but its main (the merge harness runs `vigil merge` as cli_cmd_merge)
srcs=$(ls base/*.c compiler/*.c vm/*.c iac/*.c iac/terraform/*.c engine/*.c build/gen/compiler/*.c \
  build/gen/iac/terraform/*.c build/gen/stdlib_embed.c build/gen/builtin_pack.c cli/*.c | grep -v '^cli/main\.c$')
newest_h=$(ls -t base/*.h compiler/*.h vm/*.h iac/*.h iac/terraform/*.h engine/*.h cli/*.h include/*.h \
  build/gen/*/*.h build/gen/*/*/*.h | head -n 1)
objs=""
todo=""
for s in $srcs; do
  o="$OUT/obj/$(echo "$s" | tr / _ | sed 's/\.c$/.o/')"
  objs="$objs $o"
  if [ ! -f "$o" ] || [ "$s" -nt "$o" ] || [ "$newest_h" -nt "$o" ]; then todo="$todo $s:$o"; fi
done
if [ -n "$todo" ]; then
  echo "fuzz: compiling $(echo $todo | wc -w) instrumented sources"
  # shellcheck disable=SC2086
  printf '%s\n' $todo | xargs -P 2 -I{} sh -c \
    's=${1%%:*}; o=${1#*:}; '"$CLANG"' '"$SAN"' $2 -w -c -o "$o" "$s"' _ {} "$(echo $FLAGS)"
fi
for h in $harnesses; do
  [ -f "tests/fuzz/fuzz_$h.c" ] || { echo "fuzz: no harness tests/fuzz/fuzz_$h.c" >&2; exit 2; }
  if [ ! -x "$OUT/fuzz_$h" ] || [ "tests/fuzz/fuzz_$h.c" -nt "$OUT/fuzz_$h" ] ||
    [ tests/fuzz/fuzz_docs.h -nt "$OUT/fuzz_$h" ] || [ -n "$todo" ]; then
    # shellcheck disable=SC2086
    $CLANG -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined $FLAGS \
      -Wall -Wextra -Werror -o "$OUT/fuzz_$h" "tests/fuzz/fuzz_$h.c" $objs $LIBS
  fi
done

# ---- seed corpora ---------------------------------------------------------------
# Small inputs only (libFuzzer mutates small inputs far faster); a deterministic
# sample of the shared real-world corpus. The grammar-aware seeds written by hand
# for each harness live in tests/fuzz/seeds/<harness>/ (CloudFormation mappings
# and intrinsics, Terraform locals/for/modules/heredocs, YAML anchors and merge
# keys, Ansible templates, the whole rule language, decoded policy text) and are
# passed to every run as a second, read-only corpus directory; the pack harness
# gets the compiled form of tests/fuzz/seeds/compile/*.vgl. Each harness has a
# dictionary, tests/fuzz/<harness>.dict.
SHARED="${SHARED:-$ROOT/../shared}"
seed_files() { # $1 = find -name patterns
  { find tests examples stdlib -type f \( "$@" \) ! -path '*/fuzz/*' 2>/dev/null
    for d in "$SHARED/corpus" "$SHARED/conformance/kics"; do
      [ -d "$d" ] && find "$d" -type f \( "$@" \) 2>/dev/null | LC_ALL=C sort | awk 'NR % 7 == 1'
    done; } | while read -r f; do
    [ "$(wc -c < "$f")" -le 65536 ] && echo "$f"
  done
}
put_seed() { # $1 = harness, $2 = file, [$3 = prefix byte as octal escape]
  d="$OUT/corpus/$1"
  n=$(cksum < "$2" | cut -d' ' -f1)
  if [ -n "${3:-}" ]; then
    { printf "$3"; cat "$2"; } > "$d/seed-$n"
  else
    cp "$2" "$d/seed-$n"
  fi
}
# Pack seeds are pack contents of one format version: a corpus grown under
# another version would only exercise the version check.
pack_format=$(sed -n 's/^#define VM_PACK_VERSION \([0-9]*\)u.*/\1/p' vm/pack.h)
# Cache seeds likewise: packs of this Vigil's cache format and version (an
# older one is refused at its header, and nothing past it is reached).
cache_format="$(sed -n 's/.* FORMAT = \([0-9]*\),.*/\1/p' engine/cache.c) $(build/vigil --version 2>/dev/null)"
seed() {
  h=$1
  d="$OUT/corpus/$h"
  if [ "$h" = pack ] && [ "$(cat "$OUT/corpus/.pack-format" 2>/dev/null)" != "$pack_format" ]; then
    rm -rf "$d"
  fi
  if [ "$h" = cache ] && [ "$(cat "$OUT/corpus/.cache-format" 2>/dev/null)" != "$cache_format" ]; then
    rm -rf "$d"
  fi
  [ -d "$d" ] && [ -n "$(ls "$d")" ] && return 0
  mkdir -p "$d"
  case $h in
  yaml) seed_files -name '*.yaml' -o -name '*.yml' | while read -r f; do put_seed yaml "$f"; done ;;
  json) seed_files -name '*.json' | while read -r f; do put_seed json "$f"; done ;;
  hcl) seed_files -name '*.tf' -o -name '*.tfvars' | while read -r f; do put_seed hcl "$f"; done ;;
  terraform)
    seed_files -name '*.tf' | while read -r f; do put_seed terraform "$f" '\000'; done
    seed_files -name '*.tf.json' | while read -r f; do put_seed terraform "$f" '\001'; done ;;
  compile) seed_files -name '*.vgl' | while read -r f; do put_seed compile "$f"; done ;;
  pack)
    tmp=$(mktemp -d)
    for p in build/packs/*.vgp; do tail -c +57 "$p" > "$tmp/$(basename "$p").content"; done
    i=0
    { seed_files -name '*.vgl'; ls tests/fuzz/seeds/compile/*.vgl; } | while read -r f; do
      i=$((i + 1))
      if build/vigil compile "$f" -o "$tmp/p$i.vgp" >/dev/null 2>&1; then
        tail -c +57 "$tmp/p$i.vgp" > "$tmp/p$i.content"
      fi
      # every fifth also stripped: the empty debug section is a case of its own
      if [ $((i % 5)) = 1 ] && build/vigil compile --strip "$f" -o "$tmp/s$i.vgp" >/dev/null 2>&1; then
        tail -c +57 "$tmp/s$i.vgp" > "$tmp/s$i.content"
      fi
    done
    for f in "$tmp"/*.content; do put_seed pack "$f"; done
    echo "$pack_format" > "$OUT/corpus/.pack-format"
    rm -rf "$tmp" ;;
  vm)
    docs=$(seed_files -name '*.yaml' -o -name '*.yml' -o -name '*.json' | awk 'NR % 5 == 1' | head -n 40)
    tmp=$(mktemp)
    for r in $(seed_files -name '*.vgl'); do
      for f in $docs; do
        { cat "$r"; printf '\n%%%%\n'; cat "$f"; } > "$tmp"
        [ "$(wc -c < "$tmp")" -le 65536 ] && put_seed vm "$tmp"
      done
    done
    rm -f "$tmp" ;;
  cache)
    # the packs of small scans (each a few KB): examples, the cross-file rule
    # cases (entries with facts), a Terraform root with a child module
    tmp=$(mktemp -d)
    i=0
    for t in examples/* tests/rules/*/input tests/terraform/cases/*; do
      [ -d "$t" ] || continue
      i=$((i + 1))
      build/vigil scan -q --no-config --format json --cache "$tmp/c$i" "$t" > /dev/null 2>&1 || :
      for p in "$tmp/c$i"/*.pack; do
        [ -f "$p" ] && [ "$(wc -c < "$p")" -le 65536 ] && put_seed cache "$p"
      done
    done
    echo "$cache_format" > "$OUT/corpus/.cache-format"
    rm -rf "$tmp" ;;
  merge)
    # the shard reports of small scans, joined as the harness splits them:
    # every shard of a scan (a merge that goes through), and one fewer (a gap)
    tmp=$(mktemp -d)
    i=0
    for t in examples/monorepo examples/org-rules tests/rules/facts_*/input; do
      [ -d "$t" ] || continue
      for n in 1 2 3; do
        i=$((i + 1))
        k=1
        while [ $k -le $n ]; do
          build/vigil scan -q --no-config --format json --shard "$k/$n" "$t" > "$tmp/s$i.$k" 2> /dev/null || :
          k=$((k + 1))
        done
        { printf '\000'; k=1; while [ $k -le $n ]; do
            [ $k -gt 1 ] && printf '\n%%%%SHARD%%%%\n'
            cat "$tmp/s$i.$k"; k=$((k + 1)); done; } > "$tmp/m$i"
        [ "$(wc -c < "$tmp/m$i")" -le 65536 ] && put_seed merge "$tmp/m$i"
        if [ $n -gt 1 ]; then
          { printf '\002'; cat "$tmp/s$i.1"; } > "$tmp/g$i"
          [ "$(wc -c < "$tmp/g$i")" -le 65536 ] && put_seed merge "$tmp/g$i"
        fi
      done
    done
    rm -rf "$tmp" ;;
  esac
}

# ---- run --------------------------------------------------------------------------
mkdir -p "$OUT/logs"
run_one() {
  h=$1
  log="$OUT/logs/$h.log"
  art="$OUT/artifacts/$h"
  mkdir -p "$art"
  extra=""
  [ -f "tests/fuzz/$h.dict" ] && extra="-dict=tests/fuzz/$h.dict"
  reg=""
  [ -d "tests/fuzz/seeds/$h" ] && [ -n "$(ls "tests/fuzz/seeds/$h")" ] && reg="tests/fuzz/seeds/$h"
  [ -d "tests/hostile/regress/$h" ] && reg="$reg tests/hostile/regress/$h"
  if [ "$regress" = 1 ]; then
    # shellcheck disable=SC2086
    "$OUT/fuzz_$h" -runs=0 -rss_limit_mb="$FUZZ_RSS_MB" -malloc_limit_mb="$FUZZ_RSS_MB" -timeout=30 \
      "$OUT/corpus/$h" $reg > "$log" 2>&1
  else
    # shellcheck disable=SC2086
    "$OUT/fuzz_$h" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb="$FUZZ_RSS_MB" -malloc_limit_mb="$FUZZ_RSS_MB" -timeout=10 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$art/" $extra \
      "$OUT/corpus/$h" $reg > "$log" 2>&1
  fi
  rc=$?
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1)
  [ -n "$done_line" ] || done_line=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
  execs=$(echo "$done_line" | sed -n 's/^#\([0-9]*\).*/\1/p')
  cov=$(echo "$done_line" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$done_line" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
  eps=$(grep -E '^stat::average_exec_per_sec' "$log" | sed 's/.*: //' | tail -n 1)
  [ -n "$eps" ] || eps=$(echo "$done_line" | sed -n 's/.*exec\/s: \([0-9]*\).*/\1/p')
  if [ "$rc" = 0 ]; then result=ok; else result="CRASH (rc $rc, see $log and $art/)"; fi
  printf '%-10s seconds=%s execs=%s cov=%s ft=%s exec/s=%s %s\n' "$h" \
    "$([ "$regress" = 1 ] && echo 0 || echo "$FUZZ_SECONDS")" "${execs:-?}" "${cov:-?}" \
    "${ft:-?}" "${eps:-?}" "$result"
}

for h in $harnesses; do seed "$h"; done
: > "$OUT/summary.txt"
# FUZZ_JOBS harnesses at a time: start a batch, wait for it
set -- $harnesses
while [ $# -gt 0 ]; do
  pids=""
  j=0
  while [ $# -gt 0 ] && [ $j -lt "$FUZZ_JOBS" ]; do
    (set +e; run_one "$1" > "$OUT/logs/$1.summary") &
    pids="$pids $!"
    j=$((j + 1))
    shift
  done
  for p in $pids; do wait "$p" || true; done
done
for h in $harnesses; do cat "$OUT/logs/$h.summary" >> "$OUT/summary.txt"; done
cat "$OUT/summary.txt"
! grep -q CRASH "$OUT/summary.txt"
