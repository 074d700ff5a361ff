#!/bin/sh
# deps.sh — make sure the Debian packages Vigil builds and tests with are present.
# As root: installs what is missing with apt-get. Otherwise: prints the exact
# apt-get line and fails, so `make scan` / `make test` stop with a clear message.
#   scripts/deps.sh build   -> compiler toolchain and libraries
#   scripts/deps.sh test    -> the above plus cmocka, valgrind, clang (sanitizers/fuzzers)
#   scripts/deps.sh deb     -> the build set plus the Debian packaging tools (make deb)
set -eu
what="${1:-build}"
pkgs="gcc make flex bison pkg-config libyaml-dev libyajl-dev libcjson-dev nettle-dev libpcre2-dev"
if [ "$what" = test ]; then
  pkgs="$pkgs libcmocka-dev valgrind clang libclang-rt-14-dev python3"
fi
if [ "$what" = deb ]; then
  pkgs="$pkgs build-essential debhelper dpkg-dev fakeroot lintian"
fi
missing=""
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "deps: installing:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends $missing >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends $missing; }
else
  echo "deps: missing Debian packages. Run:" >&2
  echo "  sudo apt-get install -y$missing" >&2
  exit 1
fi
