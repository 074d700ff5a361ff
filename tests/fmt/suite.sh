#!/bin/sh
# fmt/suite.sh — `vigil fmt` keeps meaning and is stable on real sources, and
# writes only where told.
#
# Meaning: every stdlib and example source is formatted (a copy) and compiled
# before and after; the pack digests must be equal — per file, and for the
# whole stdlib and each rules directory (a library module alone compiles to an
# empty pack; its rules' users cover it). When `vigil compile` has --strip the
# packs are compared without debug info (source lines move when lines wrap).
# Stability: formatting the formatted copy changes nothing. The committed
# sources are formatted (re-run `vigil fmt` on them after editing; the
# generated stdlib/catalogue/types.vgl is left as its generator writes it).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
case "${VIGIL:-}" in
/*) vigil="$VIGIL" ;;
"") vigil="$top/build/vigil" ;;
*) vigil="$top/$VIGIL" ;;
esac
T=$(mktemp -d "${TMPDIR:-/tmp}/vigil-fmt.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
strip=
"$vigil" compile --help 2>&1 | grep -q -- '--strip' && strip=--strip

check() {
  if [ "$2" = "$3" ]; then echo "ok - fmt/$1"; else
    echo "not ok - fmt/$1"
    echo "    expected $2, got $3"
  fi
}
same() {
  if diff -u "$2" "$3" > "$T/diff" 2>&1; then echo "ok - fmt/$1"; else
    echo "not ok - fmt/$1"
    sed 's/^/    /' "$T/diff" | head -n 40
  fi
}
digest() { "$vigil" compile $strip "$@" 2>&1 | tail -n 1; }

cd "$top" || exit 1
cp -R stdlib examples "$T/"
files=$(find stdlib examples -name '*.vgl' | LC_ALL=C sort)
for f in $files; do
  "$vigil" fmt "$T/$f" 2> "$T/err" || { echo "not ok - fmt/$f"; sed 's/^/    /' "$T/err"; continue; }
  check "same-pack/$f" "$(digest "$f")" "$(digest "$T/$f")"
  "$vigil" fmt - < "$T/$f" > "$T/again"
  same "idempotent/$f" "$T/$f" "$T/again"
done
check same-pack/stdlib "$(digest stdlib)" "$(digest "$T/stdlib")"
for d in examples/org-rules/rules; do
  check "same-pack/$d" "$(digest "$d")" "$(digest "$T/$d")"
done

# The committed sources are formatted (the generated catalogue excepted).
"$vigil" fmt --check $(find stdlib examples -name '*.vgl' ! -path 'stdlib/catalogue/*' | LC_ALL=C sort) > "$T/out" 2>&1
rc=$?
check sources-formatted 0 $rc
[ $rc = 0 ] || { sed 's/^/    /' "$T/out"; echo "    fix: vigil fmt \$(find stdlib examples -name '*.vgl' ! -path 'stdlib/catalogue/*')"; }

# `-` reads stdin and prints to stdout; only named files are written.
printf 'rule R { title "t" severity low on any resource "*" as r { expect not (r.a == "z") } }\n' > "$T/x.vgl"
cp "$T/x.vgl" "$T/x.before"
"$vigil" fmt - < "$T/x.vgl" > "$T/out"; check stdin-status 0 $?
cat > "$T/want" <<'V'
rule R {
  title "t"
  severity low
  on any resource "*" as r {
    expect not (r.a == "z")
  }
}
V
same stdin-to-stdout "$T/want" "$T/out"
same stdin-writes-no-file "$T/x.before" "$T/x.vgl"
"$vigil" fmt --check - < "$T/x.vgl" > "$T/out"; check check-stdin-status 1 $?
echo "-" > "$T/want2"; same check-stdin-lists-dash "$T/want2" "$T/out"
"$vigil" fmt --check "$T/x.vgl" > /dev/null; check check-writes-nothing-status 1 $?
same check-writes-nothing "$T/x.before" "$T/x.vgl"
"$vigil" fmt "$T/x.vgl" > "$T/out"; check in-place-status 0 $?
same in-place "$T/want" "$T/x.vgl"
: > "$T/empty"; same in-place-prints-nothing "$T/empty" "$T/out"
"$vigil" fmt "$T/none.vgl" 2> "$T/err"; check missing-file-status 2 $?
echo "vigil fmt: cannot read $T/none.vgl: No such file or directory" > "$T/want"
same missing-file-message "$T/want" "$T/err"
