#!/bin/sh
# cjson-source.sh DIR — put cJSON.c and cJSON.h in DIR for `make static`.
# Debian ships no static libcjson.a (libcjson-dev has only the .so), so the
# static binary compiles cJSON from the Debian source package of the very
# version libcjson-dev installed. The source comes through apt-get from the
# deb-src twins of this machine's own apt sources, using a private apt state
# under DIR: the system's apt configuration and lists are left untouched.
set -eu
mkdir -p "$1"
out=$(cd "$1" && pwd)
[ -f "$out/cJSON.c" ] && [ -f "$out/cJSON.h" ] && exit 0
ver=$(dpkg-query -W -f='${source:Version}' libcjson-dev 2>/dev/null) ||
  { echo "cjson-source: libcjson-dev is not installed (scripts/deps.sh build)" >&2; exit 1; }
apt="$out/apt"
rm -rf "$apt"
mkdir -p "$apt/parts" "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/src"
: > "$apt/none.list"
# deb822 .sources files: same archives, source type; one-line sources.list: deb -> deb-src
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && sed 's/^Types:.*/Types: deb-src/' "$f" > "$apt/parts/$(basename "$f")"
done
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  [ -f "$f" ] && sed -n 's/^deb[[:space:]]/deb-src /p' "$f" >> "$apt/parts/src.list"
done
opts="-o Dir::Etc::SourceList=$apt/none.list -o Dir::Etc::SourceParts=$apt/parts
      -o Dir::State::Lists=$apt/lists -o Dir::Cache=$apt/cache -o APT::Sandbox::User=root -qq"
# shellcheck disable=SC2086
apt-get $opts update >&2
# shellcheck disable=SC2086
(cd "$apt/src" && { apt-get $opts --download-only source "cjson=$ver" >&2 ||
  { echo "cjson-source: cjson $ver is not in the archive; taking its current version" >&2;
    apt-get $opts --download-only source cjson >&2; }; })
dsc=$(ls "$apt"/src/cjson_*.dsc | head -n 1)
dpkg-source --no-check -x "$dsc" "$apt/src/tree" >&2
cp "$apt/src/tree/cJSON.c" "$apt/src/tree/cJSON.h" "$out/"
cp "$apt/src/tree/LICENSE" "$out/cJSON.LICENSE" 2>/dev/null || true
echo "cjson-source: cJSON $(basename "$dsc" .dsc | sed 's/^cjson_//') in $out" >&2
rm -rf "$apt"
