#!/bin/sh
# golden/suite.sh — table-driven end-to-end cases for the `vigil` command.
#
# Each directory tests/golden/NAME/ is one case:
#   cmd              the arguments after `vigil`, on one line (shell words)
#   expected         exact stdout
#   expected_status  exit status
#   expected_stderr  exact stderr (optional: only where the message is ours)
#   setup            optional executable run first (for what git cannot hold),
#                    with $VIGIL_BIN the vigil under test (to compile a pack)
#   anything else    inputs: rules.vgl, input/, ...
# The case runs in a scratch copy of its directory, so paths in the output are
# the ones written in `cmd`. A pack digest ("sha256:" + 64 hex digits) in stdout
# reads as sha256:PACK, so rule-compiler changes do not churn every case;
# digests themselves are pinned by the compiler's own tests.
#
# Beyond the table: -j1/-j4 output identity, and the examples/embed program.
# UPDATE=1 rewrites expected/expected_status from the actual output (review the diff!).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
BUILD="${BUILD:-build}"
case "${VIGIL:-}" in
/*) vigil="$VIGIL" ;;
"") vigil="$top/$BUILD/vigil" ;;
*) vigil="$top/$VIGIL" ;;
esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigil-golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

normalise() {
  sed -E 's/sha256:[0-9a-f]{64}/sha256:PACK/g'
}

# report NAME OK-FLAG DETAILS-FILE
report() {
  if [ "$2" = 1 ]; then
    echo "ok - golden/$1"
  else
    echo "not ok - golden/$1"
    sed 's/^/    /' "$3"
  fi
}

if [ ! -x "$vigil" ]; then
  echo "not ok - golden/build"
  echo "    $vigil is not built"
  exit 1
fi

for dir in "$here"/*/; do
  name=$(basename "$dir")
  [ -f "$dir/cmd" ] || continue
  work="$tmp/$name"
  cp -R "$dir" "$work"
  details="$tmp/$name.details"
  : > "$details"
  (
    cd "$work" || exit 1
    if [ -x ./setup ]; then VIGIL_BIN="$vigil" ./setup || echo "setup failed" >> "$details"; fi
    eval "set -- $(cat cmd)"
    "$vigil" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"
    echo $? > "$tmp/$name.status"
  )
  normalise < "$tmp/$name.out" > "$tmp/$name.norm"
  ok=1
  if [ "${UPDATE:-}" = 1 ]; then
    cp "$tmp/$name.norm" "$dir/expected"
    cp "$tmp/$name.status" "$dir/expected_status"
  fi
  if ! diff -u "$dir/expected" "$tmp/$name.norm" > "$tmp/$name.diff" 2>&1; then
    ok=0
    echo "stdout differs (- expected, + actual):" >> "$details"
    cat "$tmp/$name.diff" >> "$details"
  fi
  want=$(cat "$dir/expected_status" 2>/dev/null || echo missing)
  got=$(cat "$tmp/$name.status")
  if [ "$want" != "$got" ]; then
    ok=0
    echo "exit status $got, expected $want; stderr:" >> "$details"
    head -n 20 "$tmp/$name.err" >> "$details"
  fi
  if [ -f "$dir/expected_stderr" ] && ! diff -u "$dir/expected_stderr" "$tmp/$name.err" > "$tmp/$name.ediff" 2>&1; then
    ok=0
    echo "stderr differs (- expected, + actual):" >> "$details"
    cat "$tmp/$name.ediff" >> "$details"
  fi
  # injection cases (inputs with CR, LF, ESC, "::", "%0A"): whatever the
  # expected file says, no raw ESC or CR and no line the input starts may reach
  # stdout (a GitHub runner obeys any line beginning with "::")
  case "$name" in inject_*)
    if LC_ALL=C grep -q "$(printf '[\033\r]')" "$tmp/$name.out" ||
      LC_ALL=C grep -E '^::' "$tmp/$name.out" | grep -qvE '^::(error|warning|notice) '; then
      ok=0
      echo "a raw ESC/CR or a forged '::' line reached stdout" >> "$details"
    fi ;;
  esac
  [ -s "$details" ] && [ "$ok" = 1 ] && ok=0
  report "$name" "$ok" "$details"
done

# Output must be byte-identical whatever the thread count.
details="$tmp/determinism.details"
: > "$details"
(
  cd "$here" || exit 1
  for j in 1 2 4 7; do
    "$vigil" scan -j "$j" --rules cfn_ecr_yaml/rules.vgl --format json . > "$tmp/det.$j" 2>&1
    echo "status $?" >> "$tmp/det.$j"
  done
)
ok=1
for j in 2 4 7; do
  if ! cmp -s "$tmp/det.1" "$tmp/det.$j"; then
    ok=0
    echo "-j1 and -j$j differ:" >> "$details"
    diff "$tmp/det.1" "$tmp/det.$j" | head -n 20 >> "$details"
  fi
done
grep -q '"results"' "$tmp/det.1" || { ok=0; echo "no JSON report:" >> "$details"; head -n 5 "$tmp/det.1" >> "$details"; }
report determinism "$ok" "$details"

# The embedding example builds against the library and finds what `vigil` finds.
details="$tmp/embed.details"
: > "$details"
ok=1
lib="$top/$BUILD/libvigil.a"
cc_flags=$(pkg-config --cflags libcjson 2>/dev/null)
# the library is built with the sanitizers under SAN=1: so must its user be
[ "${SAN:-}" = 1 ] && cc_flags="$cc_flags -fsanitize=address,undefined -fno-omit-frame-pointer"
libs=$(pkg-config --libs yaml-0.1 yajl libcjson nettle libpcre2-8 2>/dev/null)
if ! ${CC:-cc} -std=c11 -Wall -Wextra -Werror -I"$top/include" $cc_flags -o "$tmp/embed" \
  "$top/examples/embed/embed.c" "$lib" $libs -lm -lpthread > "$tmp/embed.cc" 2>&1; then
  ok=0
  head -n 30 "$tmp/embed.cc" > "$details"
else
  (cd "$top/examples/embed" && "$tmp/embed" ecr.vgl ../../tests/golden/cfn_ecr_yaml/input) \
    > "$tmp/embed.out" 2>> "$details"
  echo "status $?" >> "$tmp/embed.out"
  if ! diff -u "$top/examples/embed/expected.txt" "$tmp/embed.out" >> "$details" 2>&1; then ok=0; fi
fi
report embed "$ok" "$details"
