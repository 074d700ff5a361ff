#!/bin/sh
# action-install.sh — the Action's install step: find or get a vigil of this
# action's version and write its path to $GITHUB_OUTPUT (vigil=PATH).
# Nothing is downloaded from outside the distribution's package registry: there
# is no route that fetches a binary from a GitHub release (docs/install.md).
# VIGIL_INSTALL (action input `install`):
#   path    a vigil already on PATH, of this action's version
#   deb     the vigil .deb at VIGIL_DEB (action input `deb`), built earlier in
#           the same job (`make deb`), installed with apt-get (its dependencies
#           come from the runner's Debian/Ubuntu archive)
#   build   build from the action's own source (scripts/deps.sh build installs
#           the Debian/Ubuntu build dependencies, then make)
#   auto    path, then deb when VIGIL_DEB is set, then build (the default)
set -eu
src="${GITHUB_ACTION_PATH:?not run as an action}"
mode="${VIGIL_INSTALL:-auto}"
tmp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/vigil-install"
want=$(sed -n 's/^#define VIGIL_VERSION "\(.*\)"/\1/p' "$src/include/vigil.h")
found() {
  echo "vigil=$1" >> "${GITHUB_OUTPUT:-/dev/null}"
  echo "action-install: using $1 ($("$1" version | head -n 1))"
  exit 0
}
is_wanted() { [ -x "$1" ] && [ "$("$1" version 2>/dev/null | head -n 1)" = "vigil $want" ]; }
case "$mode" in auto|path|deb|build) ;; *)
  echo "action-install: install: '$mode' is not one of auto, path, deb, build" >&2; exit 2;; esac
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ "$mode" = auto ] || [ "$mode" = path ]; then
  p=$(command -v vigil 2>/dev/null || true)
  if [ -n "$p" ] && is_wanted "$p"; then found "$p"; fi
  [ "$mode" = path ] && { echo "action-install: no vigil $want on PATH" >&2; exit 1; }
fi

if [ "$mode" = deb ] || { [ "$mode" = auto ] && [ -n "${VIGIL_DEB:-}" ]; }; then
  deb="${VIGIL_DEB:-}"
  [ -f "$deb" ] || { echo "action-install: deb: no .deb at '$deb' (input deb)" >&2; exit 1; }
  case $deb in /*) ;; *) deb="./$deb" ;; esac
  as_root apt-get install -y --no-install-recommends "$deb" > "$tmp.deb.log" 2>&1 ||
    { tail -20 "$tmp.deb.log" >&2; echo "action-install: apt-get install $deb failed" >&2; exit 1; }
  is_wanted /usr/bin/vigil || { echo "action-install: $deb is not vigil $want" >&2; exit 1; }
  found /usr/bin/vigil
fi

as_root "$src/scripts/deps.sh" build
make -C "$src" -j"$(nproc 2>/dev/null || echo 2)" > "$tmp.build.log" 2>&1 ||
  { tail -40 "$tmp.build.log" >&2; echo "action-install: build failed" >&2; exit 1; }
found "$src/build/vigil"
