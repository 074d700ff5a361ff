#!/bin/sh
# action-install.sh — the Action's install step: find or get a vigil of this
# action's version and write its path to $GITHUB_OUTPUT (vigil=PATH).
# VIGIL_INSTALL (action input `install`):
#   path    a vigil already on PATH, of this action's version
#   release the static binary attached to this action's release (tag
#           GITHUB_ACTION_REF of GITHUB_ACTION_REPOSITORY): assets
#           vigil-VERSION-x86_64-linux-static and its .sha256, fetched with the
#           gh CLI and checked against the digest
#   build   build from the action's own source (scripts/deps.sh build installs
#           the Debian/Ubuntu build dependencies, then make)
#   auto    path, then release, then build (the default)
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
case "$mode" in auto|path|release|build) ;; *)
  echo "action-install: install: '$mode' is not one of auto, path, release, build" >&2; exit 2;; esac

if [ "$mode" = auto ] || [ "$mode" = path ]; then
  p=$(command -v vigil 2>/dev/null || true)
  if [ -n "$p" ] && is_wanted "$p"; then found "$p"; fi
  [ "$mode" = path ] && { echo "action-install: no vigil $want on PATH" >&2; exit 1; }
fi

if [ "$mode" = auto ] || [ "$mode" = release ]; then
  asset="vigil-$want-$(uname -m)-linux-static"
  ref="${GITHUB_ACTION_REF:-}"
  if [ -n "$ref" ] && command -v gh > /dev/null 2>&1 &&
     rm -rf "$tmp" && mkdir -p "$tmp" &&
     gh release download "$ref" --repo "${GITHUB_ACTION_REPOSITORY:-}" --dir "$tmp" \
       --pattern "$asset" --pattern "$asset.sha256" > "$tmp/gh.log" 2>&1 &&
     (cd "$tmp" && sha256sum -c "$asset.sha256" > /dev/null) &&
     chmod +x "$tmp/$asset" && is_wanted "$tmp/$asset"; then
    mkdir -p "$tmp/bin" && mv "$tmp/$asset" "$tmp/bin/vigil"
    found "$tmp/bin/vigil"
  fi
  [ "$mode" = release ] &&
    { echo "action-install: no release asset $asset for '$ref'" >&2; cat "$tmp/gh.log" >&2 2>/dev/null; exit 1; }
  echo "action-install: no release asset $asset for '$ref': building from source"
fi

if [ "$(id -u)" = 0 ]; then "$src/scripts/deps.sh" build; else sudo "$src/scripts/deps.sh" build; fi
make -C "$src" -j"$(nproc 2>/dev/null || echo 2)" > "$tmp.build.log" 2>&1 ||
  { tail -40 "$tmp.build.log" >&2; echo "action-install: build failed" >&2; exit 1; }
found "$src/build/vigil"
