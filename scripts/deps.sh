#!/bin/sh
# deps.sh — make sure the Debian packages Vigil builds and tests with are present.
# As root: installs what is missing with apt-get. Otherwise: prints the exact
# apt-get line and fails, so `make scan` / `make test` stop with a clear message.
#   scripts/deps.sh build        -> compiler toolchain and libraries
#   scripts/deps.sh test         -> the above plus cmocka, valgrind, clang (sanitizers/fuzzers)
#   scripts/deps.sh list build   -> print the build packages, one line (the CI examples
#                                   in examples/ci/ install exactly these: tests/ci checks it)
#   scripts/deps.sh deb          -> the build set plus the Debian packaging tools (make deb)
set -eu
build_pkgs="gcc make flex bison pkg-config libyaml-dev libyajl-dev libcjson-dev nettle-dev libpcre2-dev"
if [ "${1:-}" = list ]; then
  echo "$build_pkgs"
  exit 0
fi
what="${1:-build}"

# The sanitizer and fuzzer runtimes are packaged per clang major version
# (libclang-rt-14-dev, -15-, ...): take it from the clang that is installed.
clang_rt() {
  command -v clang > /dev/null 2>&1 || return 0
  v=$(clang -dumpversion 2> /dev/null | cut -d. -f1)
  [ -n "$v" ] && echo "libclang-rt-$v-dev"
  return 0
}

missing_of() {
  out=""
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2> /dev/null | grep -q "install ok installed"; then
      out="$out $p"
    fi
  done
  echo "$out"
}

get_pkgs() { # PACKAGES...: as root installs them, else says how and fails
  if [ "$(id -u)" = 0 ]; then
    echo "deps: installing: $*" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "$@" > /dev/null 2>&1 ||
      { apt-get update > /dev/null 2>&1 && apt-get install -y --no-install-recommends "$@"; }
  else
    echo "deps: missing Debian packages. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y $*" >&2
    exit 1
  fi
}

pkgs="$build_pkgs"
[ "$what" = test ] && pkgs="$pkgs libcmocka-dev valgrind clang python3"
[ "$what" = deb ] && pkgs="$pkgs build-essential debhelper dpkg-dev fakeroot lintian"
missing=$(missing_of $pkgs)
[ -n "$missing" ] && get_pkgs $missing
if [ "$what" = test ]; then
  rt=$(clang_rt)
  missing=$(missing_of $rt)
  [ -n "$missing" ] && get_pkgs $missing
fi
exit 0
