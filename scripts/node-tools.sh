#!/bin/sh
# node-tools.sh — install the npm linters the tests use into build/node/
# (git-ignored), pinned, once: @action-validator/cli (GitHub workflow and
# action files against their published JSON schemas) and dockerfilelint.
# Exit 0 when the tools are there, 3 when npm is missing or the registry is
# unreachable (callers report a SKIP with the reason from stderr).
set -u
dir="${NODE_TOOLS:-build/node}"
pkgs="@action-validator/cli@0.6.0 dockerfilelint@1.8.0"
bin="$dir/node_modules/.bin"
[ -x "$bin/action-validator" ] && [ -x "$bin/dockerfilelint" ] && exit 0
command -v npm > /dev/null 2>&1 || { echo "npm is not installed (apt-get install npm)" >&2; exit 3; }
mkdir -p "$dir"
# shellcheck disable=SC2086
if ! (cd "$dir" && npm install --no-audit --no-fund --no-save --prefix . $pkgs) > "$dir/npm.log" 2>&1; then
  echo "npm install failed (registry unreachable?): $(tail -n 3 "$dir/npm.log" | tr '\n' ' ')" >&2
  exit 3
fi
[ -x "$bin/action-validator" ] && [ -x "$bin/dockerfilelint" ]
