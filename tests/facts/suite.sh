#!/bin/sh
# facts/suite.sh — the scan-wide facts pass (engine/facts.h, docs/language.md
# "Facts") as the scan engine runs it, over the cross-file cases of
# tests/rules/facts_* and examples/monorepo:
#   jobs            -j1 and -j2 give the same JSON report
#   cache/flip      a warm --cache after the repository file flips mutability
#                   re-evaluates the image's unit: equal to a cold scan, and
#                   the image's verdict changed; a unit whose lookups find
#                   the same records (an image of another repository) is
#                   reused, and so is a unit that looked nothing up
#   cache/flip/again the warm scan after that reuses every unit (the entries
#                   evaluated again replaced the stale ones)
#   cache/same      a warm --cache with nothing changed reuses every unit
#   shard/N         N shards (the join crosses shards) merged equal one scan;
#                   every shard reports the same facts digest
#   shard/refuse    shards that saw different facts are refused by the merge
#   modes           the whole tree with --cache cold (units that looked the
#                   table up too early evaluated again) and warm (the table
#                   from the entries' records; nothing evaluated) equals the
#                   scan without one
#   many            3,600 records (past 256 KiB a worker: spilled), joined
#                   before and after the table: equal for any -j and cache
#   window          1,500 one-record units over two workers: the spilled
#                   records are read back a 64 KiB window of each worker's
#                   file at a time (VIGIL_TRACE counts the preads), not once
#                   per turn between the workers' files (~3,700)
#   cache/new       a warm --cache after a file declaring a repository is added
#                   takes its record (the new unit's): equal
#                   to a cold scan
# Env: VIGIL. Prints "ok - facts/NAME" / "not ok - facts/NAME".
cd "$(dirname "$0")/../.." || exit 2
VIGIL="${VIGIL:-build/vigil}"
case $VIGIL in /*) ;; *) VIGIL="$(pwd)/$VIGIL" ;; esac
TMP=$(mktemp -d "${TMPDIR:-/tmp}/vigil-facts.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT INT TERM

fail() {
  n=$1
  shift
  echo "not ok - facts/$n"
  for l in "$@"; do printf '%s\n' "$l" | sed 's/^/    /'; done
}

# one tree holding every cross-file case, so joins cross directories and shards
tree="$TMP/tree"
mkdir -p "$tree"
for c in tests/rules/facts_*; do
  cp -R "$c/input" "$tree/$(basename "$c")"
done
cp -R examples/monorepo "$tree/monorepo"

scan() { "$VIGIL" scan -q --no-config --format json "$@"; }

# ---- -j independence ----
scan -j1 "$tree" > "$TMP/j1.json" 2> "$TMP/j1.err"
scan -j2 "$tree" > "$TMP/j2.json" 2> "$TMP/j2.err"
if ! jq -e '.results | map(select(.rule == "IMAGE_FROM_MUTABLE_REPOSITORY" and .status == "fail")) | length >= 4' \
  "$TMP/j1.json" > /dev/null; then
  fail jobs "the join found fewer than 4 failing images" "$(head -n 5 "$TMP/j1.err")"
elif cmp -s "$TMP/j1.json" "$TMP/j2.json"; then
  echo "ok - facts/jobs"
else
  fail jobs "$(diff "$TMP/j1.json" "$TMP/j2.json" | head -n 10)"
fi

# ---- a unit's cache entry holds what its lookups answered ----
verdict() { # verdict REPORT FILE LINE: the image rule's status there
  jq -r --arg f "$2" --argjson l "$3" \
    '[.results[] | select(.rule == "IMAGE_FROM_MUTABLE_REPOSITORY" and .file == $f and .line == $l) | .status] | join(",")' "$1"
}
cp -R tests/rules/facts_k8s_tf/input "$TMP/flip"
cat > "$TMP/flip/k8s/api.yaml" << 'Y'
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/team/jobs:1.0
    - name: elsewhere
      image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/team/nowhere:1.0
Y
mkdir "$TMP/flip/registry"
printf 'resource "aws_ecr_repository" "jobs" {\n  name = "team/jobs"\n}\n' > "$TMP/flip/registry/main.tf"
printf 'kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: plain\n' > "$TMP/flip/k8s/plain.yaml"
cache="$TMP/cache"
(cd "$TMP/flip" && scan --cache "$cache" .) > "$TMP/c1.json"
before=$(verdict "$TMP/c1.json" k8s/deploy.yaml 10)
(cd "$TMP/flip" && scan --cache "$cache" -v .) > "$TMP/c2.json" 2> "$TMP/c2.err"
if cmp -s "$TMP/c1.json" "$TMP/c2.json"; then
  echo "ok - facts/cache/same"
else
  fail cache/same "$(diff "$TMP/c1.json" "$TMP/c2.json" | head -n 10)"
fi
sed 's/^  name = "team\/web"$/  name                 = "team\/web"\n  image_tag_mutability = "IMMUTABLE"/' \
  "$TMP/flip/infra/ecr.tf" > "$TMP/ecr.tf" && mv "$TMP/ecr.tf" "$TMP/flip/infra/ecr.tf"
(cd "$TMP/flip" && "$VIGIL" scan --no-config --format json --cache "$cache" -v .) > "$TMP/c3.json" 2> "$TMP/c3.err"
(cd "$TMP/flip" && scan .) > "$TMP/cold.json"
after=$(verdict "$TMP/c3.json" k8s/deploy.yaml 10)
# ecr.tf changed, deploy.yaml's lookup of team/web answers another record;
# api.yaml's lookups answer as before (team/jobs from registry/, which did
# not change, and team/nowhere, declared nowhere), plain.yaml looked nothing
# up, registry/ is unchanged
reuse="vigil: cache: 3 units reused, 2 evaluated"
if [ "$before" != fail ] || [ "$after" != pass ]; then
  fail cache/flip "k8s/deploy.yaml:10 was '$before' before the flip, '$after' after (want fail, pass)"
elif [ "$(grep '^vigil: cache:' "$TMP/c3.err")" != "$reuse" ]; then
  fail cache/flip "want '$reuse'" "$(grep '^vigil: cache:' "$TMP/c3.err")"
elif ! cmp -s "$TMP/c3.json" "$TMP/cold.json"; then
  fail cache/flip "$(diff "$TMP/cold.json" "$TMP/c3.json" | head -n 10)"
else
  echo "ok - facts/cache/flip"
fi
# the next warm scan takes the entry deploy.yaml's re-evaluation stored in
# place of the one the flip made stale (engine_cache_forget): every unit
# reused, the same output
(cd "$TMP/flip" && "$VIGIL" scan --no-config --format json --cache "$cache" -v .) > "$TMP/c4.json" 2> "$TMP/c4.err"
if [ "$(grep '^vigil: cache:' "$TMP/c4.err")" != "vigil: cache: 5 units reused, 0 evaluated" ]; then
  fail cache/flip/again "want 5 reused, 0 evaluated" "$(grep '^vigil: cache:' "$TMP/c4.err")"
elif ! cmp -s "$TMP/c4.json" "$TMP/cold.json"; then
  fail cache/flip/again "$(diff "$TMP/cold.json" "$TMP/c4.json" | head -n 10)"
else
  echo "ok - facts/cache/flip/again"
fi

# ---- the table built first (--cache) or from the jobs: one answer ----
scan -j2 "$tree" > "$TMP/modes.json" 2> /dev/null
scan -j2 --cache "$TMP/mcache" "$tree" > "$TMP/modes.cold.json" 2> /dev/null
"$VIGIL" scan -v --no-config --format json -j2 --cache "$TMP/mcache" "$tree" \
  > "$TMP/modes.warm.json" 2> "$TMP/modes.warm.err"
if ! cmp -s "$TMP/modes.json" "$TMP/modes.cold.json"; then
  fail modes "cold --cache differs:" "$(diff "$TMP/modes.json" "$TMP/modes.cold.json" | head -n 10)"
elif ! cmp -s "$TMP/modes.json" "$TMP/modes.warm.json"; then
  fail modes "warm --cache differs:" "$(diff "$TMP/modes.json" "$TMP/modes.warm.json" | head -n 10)"
elif ! grep -q ' 0 evaluated' "$TMP/modes.warm.err"; then
  fail modes "the warm scan evaluated units again: $(grep cache: "$TMP/modes.warm.err")"
else
  echo "ok - facts/modes"
fi

# a repository declared in a new file: the warm scan must see it
mkdir -p "$TMP/flip/late"
cat > "$TMP/flip/late/other.tf" << 'EOF2'
resource "aws_ecr_repository" "other" {
  name = "team/other"
}
EOF2
(cd "$TMP/flip" && scan --cache "$cache" .) > "$TMP/c4.json"
(cd "$TMP/flip" && scan .) > "$TMP/cold4.json"
got=$(verdict "$TMP/c4.json" k8s/deploy.yaml 18)
if [ "$got" != fail ]; then
  fail cache/new "k8s/deploy.yaml:18 (team/other) is '$got' after its repository was added (want fail)"
elif ! cmp -s "$TMP/c4.json" "$TMP/cold4.json"; then
  fail cache/new "$(diff "$TMP/cold4.json" "$TMP/c4.json" | head -n 10)"
else
  echo "ok - facts/cache/new"
fi

# ---- shards: every shard computes the facts of the whole tree ----
scan "$tree" > "$TMP/ref.json" 2> /dev/null
for n in 2 3 5; do
  k=1 files=""
  while [ "$k" -le "$n" ]; do
    scan --shard "$k/$n" "$tree" > "$TMP/s$n.$k.json" 2> /dev/null
    files="$files $TMP/s$n.$k.json"
    k=$((k + 1))
  done
  # shellcheck disable=SC2086
  digests=$(jq -r .shard.facts $files | sort -u | wc -l)
  # shellcheck disable=SC2086
  "$VIGIL" merge -q --format json $files > "$TMP/m$n.json" 2> "$TMP/m$n.err"
  if [ "$digests" != 1 ] || [ "$(jq -r .shard.facts "$TMP/s$n.1.json")" = null ]; then
    fail "shard/$n" "the shards report $digests facts digests"
  elif ! cmp -s "$TMP/ref.json" "$TMP/m$n.json"; then
    fail "shard/$n" "$(diff "$TMP/ref.json" "$TMP/m$n.json" | head -n 10)" "$(head -n 3 "$TMP/m$n.err")"
  else
    echo "ok - facts/shard/$n"
  fi
done

# a repository file changed between two shards' scans
cp -R "$tree" "$TMP/tree2"
sed 's/IMMUTABLE/MUTABLE/' "$TMP/tree2/facts_ci_tf/ecr/main.tf" > "$TMP/main.tf" &&
  mv "$TMP/main.tf" "$TMP/tree2/facts_ci_tf/ecr/main.tf"
(cd "$TMP" && scan --shard 1/2 tree > a.json 2> /dev/null)
cp -R "$TMP/tree2/." "$TMP/tree/"
(cd "$TMP" && scan --shard 2/2 tree > b.json 2> /dev/null)
(cd "$TMP" && "$VIGIL" merge -q --format json a.json b.json > /dev/null 2> merge.err)
rc=$?
want="vigil merge: b.json: saw other facts than a.json (a file declaring one changed between the scans)"
if [ "$rc" = 2 ] && [ "$(cat "$TMP/merge.err")" = "$want" ]; then
  echo "ok - facts/shard/refuse"
else
  fail shard/refuse "exit $rc: $(cat "$TMP/merge.err")"
fi


# ---- many records: past 256 KiB a worker's records are in its scratch file ----
# 3,600 repositories in 6 templates (~700 KB of records, so each worker's
# spill), joined by images in a Dockerfile before them (evaluated before the
# table, then again) and one after: the same failures whatever -j, and the
# same with --cache cold and warm (entries encoded from spilled records).
many="$TMP/many"
mkdir -p "$many/a-app" "$many/z-app"
for s in 1 2 3 4 5 6; do
  awk -v s="$s" 'BEGIN {
    print "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:"
    for (i = (s - 1) * 600 + 1; i <= s * 600; i++)
      printf "  Repo%d:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: r/%d\n      ImageTagMutability: %s\n",
        i, i, (i % 2 ? "MUTABLE" : "IMMUTABLE")
  }' > "$many/stack-$s.yaml"
done
for d in a-app z-app; do
  for i in 1 2 1001 3599 3600; do
    echo "FROM 111122223333.dkr.ecr.us-east-1.amazonaws.com/r/$i:latest"
  done > "$many/$d/Dockerfile"
done
fails() { jq '[.results[] | select(.rule == "IMAGE_FROM_MUTABLE_REPOSITORY" and .status == "fail")] | length' "$1"; }
scan -j1 "$many" > "$TMP/many1.json" 2> /dev/null
scan -j2 "$many" > "$TMP/many2.json" 2> /dev/null
scan -j2 --cache "$TMP/many.cache" "$many" > "$TMP/manyc.json" 2> /dev/null
scan -j2 --cache "$TMP/many.cache" "$many" > "$TMP/manyw.json" 2> /dev/null
if [ "$(fails "$TMP/many1.json")" != 6 ]; then
  fail many "$(fails "$TMP/many1.json") failing images, not 6"
elif ! cmp -s "$TMP/many1.json" "$TMP/many2.json"; then
  fail many "-j1 and -j2 differ: $(diff "$TMP/many1.json" "$TMP/many2.json" | head -n 10)"
elif ! cmp -s "$TMP/many1.json" "$TMP/manyc.json" || ! cmp -s "$TMP/many1.json" "$TMP/manyw.json"; then
  fail many "--cache cold or warm differs from the scan without one"
else
  echo "ok - facts/many"
fi

# ---- spilled records read back: a window per worker ----
# The table reads records in plan order, which takes turns between the
# workers' scratch files when units are small: 1,500 templates of one
# repository each (~300 B records, past 256 KiB a worker). One window shared
# by the workers was read again at each turn (~3,700 preads); one each reads
# every 64 KiB once (~30).
win="$TMP/window"
mkdir -p "$win/app"
awk -v d="$win" 'BEGIN {
  for (i = 1; i <= 1500; i++) {
    f = sprintf("%s/stack-%04d.yaml", d, i)
    name = sprintf("team-%04d/", i)
    while (length(name) < 200) name = name "x"
    printf "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: %s\n      ImageTagMutability: %s\n",
      name, (i % 2 ? "MUTABLE" : "IMMUTABLE") > f
    close(f)
  }
}'
echo "FROM 111122223333.dkr.ecr.us-east-1.amazonaws.com/team-0001x:latest" > "$win/app/Dockerfile"
VIGIL_TRACE=1 scan -j2 "$win" > "$TMP/win.json" 2> "$TMP/win.err"
reads=$(sed -n 's/.*facts: spilled records read back *\([0-9]*\).*/\1/p' "$TMP/win.err")
if [ -z "$reads" ]; then
  fail window "no spilled records were read back (VIGIL_TRACE said nothing)" "$(grep -v 'vigil trace' "$TMP/win.err" | head -n 5)"
elif [ "$reads" -gt 40 ]; then
  fail window "$reads preads of spilled records, more than 40"
else
  echo "ok - facts/window"
fi
