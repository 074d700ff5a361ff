#!/bin/sh
# tests/install/suite.sh — `make install` into a temporary prefix, then build the
# embedding example against the installed library with pkg-config (static and
# shared) and run the installed binary with a shipped pack by name; check the
# shared library's SONAME and that it exports exactly the vigil_* API of vigil.h.
BUILD="${BUILD:-build}"
[ "${SAN:-}" = 1 ] && { echo "ok - install/SKIP under sanitizers"; exit 0; }
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
P="$T/prefix"
if make -s install PREFIX="$P" > "$T/log" 2>&1; then echo "ok - install/make-install"; else
  echo "not ok - install/make-install"; sed 's/^/    /' "$T/log" | tail -20; exit 0; fi
for f in bin/vigil lib/libvigil.a lib/libvigil.so lib/libvigil.so.0 include/vigil.h \
         lib/pkgconfig/vigil.pc share/man/man1/vigil.1 share/man/man5/vigil-rules.5 \
         share/vigil/packs/default.vgp share/vigil/packs/ecr.vgp share/vigil/stdlib/aws/ecr.vgl \
         share/doc/vigil/rules/AWS_ECR_IMMUTABLE_TAGS.md; do
  if [ -f "$P/$f" ]; then echo "ok - install/has-$f"; else echo "not ok - install/has-$f"; fi
done
# libvigil.so -> libvigil.so.0 -> libvigil.so.0.VERSION (the one real file)
ver=$(sed -n 's/^#define VIGIL_VERSION "\(.*\)"/\1/p' include/vigil.h)
if [ "$(readlink "$P/lib/libvigil.so")" = libvigil.so.0 ] &&
   [ "$(readlink "$P/lib/libvigil.so.0")" = "libvigil.so.0.$ver" ] &&
   [ -f "$P/lib/libvigil.so.0.$ver" ] && [ ! -L "$P/lib/libvigil.so.0.$ver" ]; then
  echo "ok - install/so-symlink-chain"
else
  echo "not ok - install/so-symlink-chain"; ls -l "$P/lib" | sed 's/^/    /'
fi
soname=$(objdump -p "$P/lib/libvigil.so.0.$ver" 2>&1 | awk '$1 == "SONAME" { print $2 }')
if [ "$soname" = libvigil.so.0 ]; then echo "ok - install/soname"; else
  echo "not ok - install/soname"; echo "    got '$soname', want libvigil.so.0"; fi
# Exported: every function vigil.h declares, nothing else (the version node
# VIGIL_0 from libvigil.map is an absolute symbol, not code, and is left out).
grep -oE '^[a-z][a-z_ *]*[ *](vigil_[a-z_]+)\(' include/vigil.h | sed -E 's/.*(vigil_[a-z_]+)\(/\1/' |
  LC_ALL=C sort -u > "$T/want-syms"
nm -D --defined-only "$P/lib/libvigil.so.0.$ver" | awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }' |
  LC_ALL=C sort -u > "$T/got-syms"
if [ -s "$T/want-syms" ] && cmp -s "$T/want-syms" "$T/got-syms"; then
  echo "ok - install/exports-only-vigil-api ($(wc -l < "$T/got-syms") symbols)"
else
  echo "not ok - install/exports-only-vigil-api"
  diff "$T/want-syms" "$T/got-syms" | head -20 | sed 's/^/    /'
fi
export PKG_CONFIG_PATH="$P/lib/pkgconfig"
# debian/ follows the library: its symbols file lists exactly the exports, and
# the changelog's version is VIGIL_VERSION (else `make deb` would refuse to build)
sed -n 's/^ \(vigil_[a-z_]*\)@VIGIL_0 .*/\1/p' debian/libvigil0.symbols | LC_ALL=C sort -u > "$T/deb-syms"
if cmp -s "$T/deb-syms" "$T/got-syms"; then echo "ok - install/debian-symbols-file-matches-exports"; else
  echo "not ok - install/debian-symbols-file-matches-exports"; diff "$T/deb-syms" "$T/got-syms" | head | sed 's/^/    /'; fi
chver=$(sed -n '1s/^vigil (\([^)]*\)).*/\1/p' debian/changelog)
if [ "$chver" = "$ver" ]; then echo "ok - install/debian-changelog-version"; else
  echo "not ok - install/debian-changelog-version"; echo "    debian/changelog $chver, vigil.h $ver"; fi
if cc -o "$T/embed" examples/embed/embed.c $(pkg-config --cflags vigil) \
     $(pkg-config --static --libs vigil | sed 's/-lvigil/-l:libvigil.a/') > "$T/cc" 2>&1 &&
   (cd examples/embed && "$T/embed" ecr.vgl ../monorepo > "$T/out" 2>&1; [ $? -le 1 ]) &&
   grep -q "^fail TEST_ECR_IMMUTABLE cloudformation/ecr.yaml" "$T/out"; then
  echo "ok - install/embed-static-via-pkg-config"
else
  echo "not ok - install/embed-static-via-pkg-config"; cat "$T/cc" "$T/out" 2>/dev/null | sed 's/^/    /' | head -20
fi
if cc -o "$T/embed-so" examples/embed/embed.c $(pkg-config --cflags --libs vigil) > "$T/cc" 2>&1 &&
   (cd examples/embed && LD_LIBRARY_PATH="$P/lib" "$T/embed-so" ecr.vgl ../monorepo > "$T/out2" 2>&1; [ $? -le 1 ]) &&
   cmp -s "$T/out" "$T/out2"; then
  echo "ok - install/embed-shared-same-output"
else
  echo "not ok - install/embed-shared-same-output"; cat "$T/cc" 2>/dev/null | sed 's/^/    /' | head -20
fi
# SARIF links point at the installed docs by default (docs/rules is installed)
"$P/bin/vigil" scan --no-config -f sarif examples > "$T/r.sarif" 2> /dev/null
if python3 - "$T/r.sarif" "$P" > "$T/links" 2>&1 <<'PY'
import json, os, sys, urllib.parse
d = json.load(open(sys.argv[1]))["runs"][0]["tool"]["driver"]
want = "file://" + os.path.realpath(sys.argv[2]) + "/share/doc/vigil/"
links = [d["informationUri"]] + [r["helpUri"] for r in d["rules"] if "helpUri" in r]
assert len(links) > 1, links
for u in links:
    assert u.startswith(want), (u, want)
    path = urllib.parse.unquote(urllib.parse.urlparse(u).path)
    assert os.path.isfile(path), path
PY
then echo "ok - install/sarif-links-to-installed-docs"; else
  echo "not ok - install/sarif-links-to-installed-docs"; sed 's/^/    /' "$T/links" | tail -5; fi
