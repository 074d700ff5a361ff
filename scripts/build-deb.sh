#!/bin/sh
# build-deb.sh OUT — build the Debian packages (vigil, libvigil0, libvigil-dev)
# with dpkg-buildpackage from debian/, in OUT/vigil-VERSION: a copy of the
# tracked (and untracked, not ignored) files, so the build starts clean and
# dpkg-buildpackage writes its .deb/.changes files into OUT, not beside the
# source tree. Then lintian: any error or warning fails (overrides, with their
# reasons, are in debian/*.lintian-overrides). `make deb` runs this.
set -eu
out="$1"
ver=$(sed -n 's/^#define VIGIL_VERSION "\(.*\)"/\1/p' include/vigil.h)
chver=$(dpkg-parsechangelog -S Version)
if [ "$chver" != "$ver" ]; then
  echo "build-deb: debian/changelog is at $chver but include/vigil.h at $ver: add a changelog entry" >&2
  exit 1
fi
rm -rf "$out"
src="$out/vigil-$ver"
mkdir -p "$src"
if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
  git ls-files -z -co --exclude-standard | tar --null -cf - -T - | tar -xf - -C "$src"
else # an unpacked source tarball: everything but build output
  tar --exclude=./build --exclude=./.git -cf - . | tar -xf - -C "$src"
fi
# -b: binary packages only; -us -uc: unsigned (CI has no key); parallel like make -j2
(cd "$src" && DEB_BUILD_OPTIONS="parallel=${JOBS:-2} ${DEB_BUILD_OPTIONS:-}" \
   dpkg-buildpackage -b -us -uc) > "$out/build.log" 2>&1 ||
  { tail -40 "$out/build.log" >&2; echo "build-deb: dpkg-buildpackage failed; log: $out/build.log" >&2; exit 1; }
changes=$(ls "$out"/vigil_"$ver"_*.changes)
echo "build-deb: built (log $out/build.log):"
for d in "$out"/*.deb; do
  printf '  %-44s %8s bytes\n' "$(basename "$d")" "$(stat -c %s "$d")"
done
echo "build-deb: lintian $(lintian --version | awk '{print $2}') (errors and warnings fail):"
lintian --fail-on error,warning --display-info --suppress-tags-from-file /dev/null "$changes" \
  > "$out/lintian.log" 2>&1 && lrc=0 || lrc=$?
sed 's/^/  /' "$out/lintian.log"
[ -s "$out/lintian.log" ] || echo "  (no tags)"
exit "$lrc"
