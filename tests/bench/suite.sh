#!/bin/sh
# suite.sh — CI smoke for the benchmarks (picked up by `make test` via tests/run.sh):
# proves the generators, the floor, the pack-load timer and the whole harness
# still work, with tiny inputs. Prints "ok - bench/NAME" or "not ok - bench/NAME"
# followed by indented details. Timing numbers are never asserted here.
BUILD="${BUILD:-build}"
# Benchmarks measure the optimised build; the sanitizer pass (SAN=1) skips them.
if [ "${SAN:-}" = 1 ]; then echo "ok - bench/SKIP under sanitizers (timings are meaningless there)"; exit 0; fi
VIGIL="${VIGIL:-$BUILD/vigil}"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
smoke_dir="$BUILD/bench-smoke"

ok() { echo "ok - bench/$1"; }
notok() {
  echo "not ok - bench/$1"
  shift
  printf '%s\n' "$@" | sed 's/^/    /'
}
gen() { python3 tests/bench/gen.py "$@" >/dev/null; }
# digest of a tree: every path and its content, in byte order
tree_sum() { (cd "$1" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-64); }
nfiles() { find "$1" -type f | wc -l | tr -d ' '; }
mjson() { python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$@"; }

# ---- the generator --------------------------------------------------------------
bad=""
for n in 1 2 3 5 17 40; do
  gen -n "$n" --seed 5 "$tmp/n$n" || bad="$bad n=$n:gen-failed"
  got=$(nfiles "$tmp/n$n")
  man=$(sed -n 's/^  "files": \([0-9]*\),$/\1/p' "$tmp/n$n.manifest.json")
  [ "$got" = "$n" ] && [ "$man" = "$n" ] || bad="$bad n=$n:files=$got,manifest=$man"
done
[ -z "$bad" ] && ok gen-exact-file-count || notok gen-exact-file-count "wrong counts:$bad"

gen -n 80 --seed 7 "$tmp/a" && gen -n 80 --seed 7 "$tmp/b" && gen -n 80 --seed 8 "$tmp/c"
sa=$(tree_sum "$tmp/a") sb=$(tree_sum "$tmp/b") sc=$(tree_sum "$tmp/c")
if [ "$sa" = "$sb" ] && [ "$sa" != "$sc" ] && cmp -s "$tmp/a.manifest.json" "$tmp/b.manifest.json"; then
  ok gen-deterministic-by-seed
else
  notok gen-deterministic-by-seed "seed 7: $sa / $sb; seed 8: $sc"
fi

if gen -n 5 "$tmp/a" 2>"$tmp/err"; then
  notok gen-refuses-nonempty-dir "exit status 0"
elif grep -q "exists and is not empty" "$tmp/err"; then
  ok gen-refuses-nonempty-dir
else
  notok gen-refuses-nonempty-dir "$(cat "$tmp/err")"
fi

# The manifest's expectations against an independent count of what was written.
d="$tmp/a"
m="$tmp/a.manifest.json"
cfn=$(grep -rhoE 'AWS::ECR::Repository"?,?$' "$d/cloudformation" | wc -l)
ans=$(grep -rhE '^ *(community\.aws\.)?ecs_ecr:$' "$d/ansible" | wc -l)
api=$(grep -rh '"repositoryName"' "$d/awsapi" 2>/dev/null | wc -l)
tfb=$(grep -rh '^resource "aws_ecr_repository"' "$d/terraform" | wc -l)
# shellcheck disable=SC2046
set -- $(mjson "$m" '" ".join(str(sum(m["expected"][f].values())) for f in ("cloudformation", "ansible", "awsapi", "terraform"))')
cfn_m=$1 ans_m=$2 api_m=$3 tf_m=$4
if [ "$cfn" -eq "$cfn_m" ] && [ "$ans" -eq "$ans_m" ] && [ "$api" -eq "$api_m" ] &&
   [ "$tf_m" -ge "$tfb" ] && [ "$cfn" -gt 0 ] && [ "$tfb" -gt 0 ]; then
  ok gen-manifest-matches-files
else
  notok gen-manifest-matches-files "cloudformation $cfn/$cfn_m ansible $ans/$ans_m" \
    "awsapi $api/$api_m terraform blocks $tfb <= instances $tf_m"
fi

# ---- the rule-pack generator ----------------------------------------------------
python3 tests/bench/gen_rules.py -n 10 --seed 3 -o "$tmp/r10.vgl" &&
  python3 tests/bench/gen_rules.py -n 50 --seed 3 -o "$tmp/r50.vgl"
n10=$(grep -c '^rule BENCH_R' "$tmp/r10.vgl")
n50=$(grep -c '^rule BENCH_R' "$tmp/r50.vgl")
# the 10-rule pack is the first 10 rules of the 50-rule pack (headers differ only in -n)
body10=$(sed -n "/^rule /,\$p" "$tmp/r10.vgl" | grep -v "^$" | sha256sum)
body50=$(sed -n '/^rule BENCH_R0001/,/^rule BENCH_R0011/p' "$tmp/r50.vgl" | sed '$d' | grep -v "^$" | sha256sum)
if [ "$n10" = 10 ] && [ "$n50" = 50 ] && [ "$body10" = "$body50" ]; then
  ok gen-rules-count-and-prefix
else
  notok gen-rules-count-and-prefix "rules $n10 and $n50; prefix equal: $([ "$body10" = "$body50" ] && echo yes || echo no)"
fi

# ---- the C helpers ----------------------------------------------------------------
if BENCH_BUILD_ONLY=1 BENCH_DIR="$smoke_dir" BUILD="$BUILD" tests/bench/run.sh >"$tmp/bout" 2>&1; then
  ok helpers-build
else
  notok helpers-build "$(tail -n 20 "$tmp/bout")"
fi

# ---- the whole harness, smoke size ----------------------------------------------
rows="Floor: Guard: Scale: Check: Rules: Pack.load Threads: Terraform: Cache:"
if [ ! -x "$VIGIL" ]; then
  notok harness-smoke "$VIGIL is not built"
else
  # Guard only when the peers are already installed (no network in CI).
  peers_dir="${VIGIL_PEERS_DIR:-$HOME/.cache/vigil-peers}"
  [ -d "$peers_dir/node_modules/@cdklabs" ] || export PEERS_SH=/nonexistent
  BENCH_SMOKE=1 BENCH_DIR="$smoke_dir" BUILD="$BUILD" tests/bench/run.sh >"$tmp/out" 2>"$tmp/err"
  rc=$?
  missing=""
  for r in $rows; do
    grep -q "^| $(echo "$r" | tr . ' ')" "$tmp/out" || missing="$missing $r"
  done
  if [ "$rc" -eq 0 ] && [ -z "$missing" ] && grep -q '^Machine: [0-9]* cores' "$tmp/out"; then
    ok harness-smoke
  else
    notok harness-smoke "exit $rc; rows missing:${missing:- none}" "$(tail -n 15 "$tmp/out")" \
      "$(tail -n 5 "$tmp/err")"
  fi
  # the ECR rule found exactly the violations the generator planted
  if grep -q '^| Check: .* | met |' "$tmp/out" && ! grep -q '^| Check: .* | MISSED |' "$tmp/out"; then
    ok vigil-finds-planted-violations
  else
    notok vigil-finds-planted-violations "$(grep '^| Check:' "$tmp/out")"
  fi
fi

# ---- the helpers run.sh built ---------------------------------------------------
floor="$smoke_dir/yaml_floor"
if [ -x "$floor" ]; then
  find "$tmp/a" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | LC_ALL=C sort >"$tmp/list"
  want=$(mjson "$tmp/a.manifest.json" 'm["yaml_json_files"]')
  got=$("$floor" -l "$tmp/list")
  printf 'a: [1,\n' >"$tmp/broken.yaml"
  got_bad=$("$floor" "$tmp/broken.yaml")
  "$floor" "$tmp/missing.yaml" >/dev/null 2>&1
  rc_missing=$?
  case "$got" in
  "files $want bytes "*" errors 0")
    if [ "$got_bad" = "files 1 bytes 7 events 6 errors 1" ] && [ "$rc_missing" = 1 ]; then
      ok yaml-floor
    else
      notok yaml-floor "broken file: $got_bad; missing file exit $rc_missing"
    fi
    ;;
  *) notok yaml-floor "expected $want files and no errors, got: $got" ;;
  esac
else
  notok yaml-floor "$floor was not built"
fi

pb="$smoke_dir/pack_bench"
if [ -x "$pb" ] && [ -x "$VIGIL" ] && "$VIGIL" compile "$tmp/r50.vgl" -o "$tmp/r50.vgp" >"$tmp/cout" 2>&1; then
  out=$("$pb" "$tmp/r50.vgp" 5)
  head -c 100 /dev/zero >"$tmp/zero.vgp"
  "$pb" "$tmp/zero.vgp" 1 >/dev/null 2>"$tmp/perr"
  rc=$?
  case "$out" in
  "rules 50 bytes "*" iterations 5 median_us "*)
    if [ "$rc" = 1 ] && grep -q '^pack_bench: .*zero.vgp: ' "$tmp/perr"; then ok pack-load-timer
    else notok pack-load-timer "corrupt pack: exit $rc, $(cat "$tmp/perr")"; fi
    ;;
  *) notok pack-load-timer "got: $out" ;;
  esac
else
  notok pack-load-timer "pack_bench or vigil missing, or the 50-rule pack did not compile:" "$(cat "$tmp/cout" 2>/dev/null | head -n 10)"
fi
