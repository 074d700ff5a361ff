#!/bin/sh
# tests/install/deb.sh — `make deb` (dpkg-buildpackage + lintian), then check
# the packages: contents, SONAME and shlibs dependencies; that apt can resolve
# their dependencies on this system (apt-get -s, nothing installed); install
# them with dpkg into a clean root (its own dpkg database: the system is not
# touched, so this runs as any user); smoke-test the installed files (version,
# scan a copied example with a shipped pack by name, compile org rules, a C
# program built through the installed vigil.pc, shared and static); remove
# them with dpkg and check nothing is left. Not part of `make test` (needs
# `scripts/deps.sh deb`); .ci/run runs it. Ends with "N passed, N failed".
cd "$(dirname "$0")/../.." || exit 2
BUILD="${BUILD:-build}"
pass=0 fail=0
ok() { echo "ok - deb/$1"; pass=$((pass + 1)); }
nok() { echo "not ok - deb/$1"; fail=$((fail + 1)); }
check() { name=$1; shift; if "$@"; then ok "$name"; else nok "$name"; fi; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit $?; }
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
if make -s deb > "$T/make.log" 2>&1; then ok make-deb-lintian-clean; else
  nok make-deb-lintian-clean; tail -30 "$T/make.log" | sed 's/^/    /'
  ls "$BUILD"/deb/*.deb > /dev/null 2>&1 || finish
fi
sed -n '/^build-deb: built/,$p' "$T/make.log" | sed 's/^/# /'
ver=$(sed -n 's/^#define VIGIL_VERSION "\(.*\)"/\1/p' include/vigil.h)
arch=$(dpkg --print-architecture)
ma=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
D="$BUILD/deb"
debs="$D/vigil_${ver}_$arch.deb $D/libvigil0_${ver}_$arch.deb $D/libvigil-dev_${ver}_$arch.deb"
for d in $debs; do check "exists-$(basename "$d")" [ -f "$d" ]; done
check shlibs-depends sh -c "dpkg-deb -f '$D/vigil_${ver}_$arch.deb' Depends | grep -q 'libyaml-0-2' &&
  dpkg-deb -f '$D/libvigil0_${ver}_$arch.deb' Depends | grep -q 'libc6 (>='"
check dev-depends-runtime sh -c "dpkg-deb -f '$D/libvigil-dev_${ver}_$arch.deb' Depends | grep -qF 'libvigil0 (= $ver)'"
check shlibs-file sh -c "dpkg-deb --ctrl-tarfile '$D/libvigil0_${ver}_$arch.deb' | tar -xOf - ./shlibs | grep -qx 'libvigil 0 libvigil0 (>= $ver)'"
# apt can satisfy every dependency from this system's archives (simulation only)
check apt-resolves-depends sh -c "apt-get -s -o Debug::NoLocking=1 install $(for d in $debs; do printf '%s ' "./$d"; done) > '$T/apt.log' 2>&1" ||
  sed 's/^/    /' "$T/apt.log" | tail -5
R="$T/root"
mkdir -p "$R/var/lib/dpkg/updates" "$R/var/lib/dpkg/info"
: > "$R/var/lib/dpkg/status"
# --force-depends: the clean root has no libc6 etc. (apt-resolves-depends covers them)
dpkg="dpkg --root=$R --force-depends --force-not-root --force-script-chrootless --log=/dev/null"
if $dpkg -i $debs > "$T/dpkg.log" 2>&1; then ok dpkg-install; else
  nok dpkg-install; sed 's/^/    /' "$T/dpkg.log" | tail -10; finish; fi
L="$R/usr/lib/$ma"
for f in usr/bin/vigil usr/include/vigil.h "usr/lib/$ma/libvigil.so.0.$ver" "usr/lib/$ma/libvigil.a" \
         "usr/lib/$ma/pkgconfig/vigil.pc" usr/share/man/man1/vigil.1.gz usr/share/vigil/packs/ecr.vgp \
         usr/share/doc/vigil/rules/AWS_ECR_IMMUTABLE_TAGS.md; do
  check "installed-$f" [ -f "$R/$f" ]
done
check installed-soname-link [ "$(readlink "$L/libvigil.so.0")" = "libvigil.so.0.$ver" ]
check installed-soname sh -c "objdump -p '$L/libvigil.so.0.$ver' | grep -qE 'SONAME +libvigil.so.0\$'"
mkdir "$T/work"
cp -r examples/monorepo "$T/work/monorepo"
cp -r examples/org-rules/rules "$T/work/rules"
cp examples/embed/embed.c examples/embed/ecr.vgl "$T/work/"
check version sh -c "'$R/usr/bin/vigil' version | head -n 1 | grep -qx 'vigil $ver'"
(cd "$T/work" && "$R/usr/bin/vigil" scan --pack-name ecr --format json -o scan.json monorepo) > "$T/scan.txt" 2>&1
rc=$?
check scan-pack-name-ecr-exit-1 [ "$rc" -eq 1 ]
check scan-ecr-finding grep -q '"rule": "AWS_ECR_IMMUTABLE_TAGS"' "$T/work/scan.json"
check compile-org-rules sh -c "cd '$T/work' && '$R/usr/bin/vigil' compile rules -o org.vgp | grep -qE '^sha256:[0-9a-f]{64}\$'"
# the installed vigil.pc, relocated into the clean root by PKG_CONFIG_SYSROOT_DIR
export PKG_CONFIG_PATH="$L/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$R"
cflags=$(pkg-config --cflags vigil) libs=$(pkg-config --libs vigil)
check pkg-config-version [ "$(pkg-config --modversion vigil)" = "$ver" ]
if (cd "$T/work" && cc -o embed embed.c $cflags $libs) > "$T/cc.log" 2>&1 &&
   (cd "$T/work" && LD_LIBRARY_PATH="$L" ./embed ecr.vgl monorepo > out-shared.txt 2>&1; [ $? -eq 1 ]) &&
   grep -q '^fail TEST_ECR_IMMUTABLE cloudformation/ecr.yaml' "$T/work/out-shared.txt"; then
  ok embed-shared-via-pkg-config
else
  nok embed-shared-via-pkg-config; cat "$T/cc.log" "$T/work/out-shared.txt" 2>/dev/null | sed 's/^/    /' | head
fi
check embed-uses-installed-so sh -c "cd '$T/work' && LD_LIBRARY_PATH='$L' ldd ./embed | grep -qF '$L/libvigil.so.0'"
slibs=$(pkg-config --static --libs vigil | sed 's/-lvigil/-l:libvigil.a/')
if (cd "$T/work" && cc -o embed-static embed.c $cflags $slibs) > "$T/cc2.log" 2>&1 &&
   (cd "$T/work" && ./embed-static ecr.vgl monorepo > out-static.txt 2>&1; [ $? -eq 1 ]) &&
   cmp -s "$T/work/out-shared.txt" "$T/work/out-static.txt"; then
  ok embed-static-via-pkg-config
else
  nok embed-static-via-pkg-config; cat "$T/cc2.log" | sed 's/^/    /' | head
fi
unset PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
if $dpkg --purge vigil libvigil-dev libvigil0 > "$T/rm.log" 2>&1; then ok dpkg-purge; else
  nok dpkg-purge; sed 's/^/    /' "$T/rm.log" | tail; fi
left=$(cd "$R" && find usr -type f -o -type l 2>/dev/null)
check nothing-left-after-purge [ -z "$left" ]
finish
