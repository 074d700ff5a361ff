#!/bin/sh
# tests/action/suite.sh — the GitHub Action and the container image, as far as
# they can be tested without GitHub or a container engine:
#   - the job-summary script on a real scan result (golden) and on bad input;
#   - the Action's scan and install steps, and the whole of action.yml run step
#     by step as the runner would (tests/action/run_action.py);
#   - action.yml and the workflow examples through @action-validator/cli (the
#     published JSON schemas), and a broken action it must reject;
#   - Dockerfile: Vigil's own rules pass on it, dockerfilelint finds nothing,
#     and what it copies out of the build stage is what `make static` makes;
#   - the pre-commit hooks through `pre-commit try-repo` (when pre-commit is installed).
# The npm linters go to build/node/ (scripts/node-tools.sh); without npm or the
# registry those cases print "# SKIP" with the reason.
BUILD="${BUILD:-build}"
VIGIL="${VIGIL:-$BUILD/vigil}"
ROOT=$(pwd)
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
ok() { echo "ok - action/$1"; }
nok() { echo "not ok - action/$1"; }
check() { name=$1; shift; if "$@"; then ok "$name"; else nok "$name"; fi; }

# ---- job summary ----
(cd tests/action && "$ROOT/$VIGIL" scan input --format json -o "$T/fixture.json") > /dev/null 2>&1
scripts/action-summary.py "$T/fixture.json" | sed -E 's/sha256:[0-9a-f]{64}/sha256:PACK/' > "$T/summary.md"
if cmp -s "$T/summary.md" tests/action/summary.expected.md; then ok summary-golden; else
  nok summary-golden; diff tests/action/summary.expected.md "$T/summary.md" | head -20 | sed 's/^/    /'; fi
(cd examples/embed && "$ROOT/$VIGIL" scan --rules ecr.vgl ../../tests/golden/clean_pass/input --format json -o "$T/clean.json") > /dev/null 2>&1
check summary-clean-scan sh -c "scripts/action-summary.py '$T/clean.json' | grep -qx 'No failing, unknown or suppressed results.'"
echo '{"results": [' > "$T/bad.json"
scripts/action-summary.py "$T/bad.json" > "$T/out" 2> "$T/err"
rc=$?
check summary-bad-json-exit-2 [ "$rc" -eq 2 ]
check summary-bad-json-message grep -q "^action-summary: $T/bad.json: Expecting value" "$T/err"

# ---- the scan step, with the inputs action.yml passes ----
scan_step() {
  : > "$T/gh-output"
  (cd tests/action && env GITHUB_OUTPUT="$T/gh-output" RUNNER_TEMP="$T" VIGIL="$ROOT/$VIGIL" "$@" \
     "$ROOT/scripts/action-scan.sh") > "$T/scan.log" 2>&1
}
scan_step VIGIL_PATHS="input" VIGIL_FORMATS="text github" VIGIL_SARIF=true VIGIL_SARIF_FILE="$T/v.sarif"
check scan-step-exits-0 [ $? -eq 0 ]
check scan-step-exit-code-1 grep -qx 'exit-code=1' "$T/gh-output"
check scan-step-json-file grep -qx "json-file=$T/vigil-result.json" "$T/gh-output"
check scan-step-sarif-file sh -c "grep -qx 'sarif-file=$T/v.sarif' '$T/gh-output' &&
  python3 -c 'import json,sys; sys.exit(json.load(open(sys.argv[1]))[\"version\"] != \"2.1.0\")' '$T/v.sarif'"
check scan-step-github-annotations grep -q '^::error file=ecr.yaml,line=18' "$T/scan.log"
scan_step VIGIL_PATHS="input/ecr.yaml" VIGIL_FORMATS="text" VIGIL_FAIL_ON=critical
check scan-step-fail-on-critical-exit-code-0 grep -qx 'exit-code=0' "$T/gh-output"
check scan-step-no-sarif-unless-asked sh -c "! grep -q '^sarif-file=' '$T/gh-output'"
# inputs are data: a path that looks like a command substitution is only a missing path
scan_step VIGIL_PATHS='$(touch${IFS}pwned)' VIGIL_FORMATS="text"
check scan-step-inputs-not-evaluated sh -c "grep -qx 'exit-code=2' '$T/gh-output' && [ ! -e tests/action/pwned ] && [ ! -e pwned ]"
scan_step VIGIL_PATHS="input/ecr.yaml" VIGIL_PACK_DIGEST="sha256:0000000000000000000000000000000000000000000000000000000000000000"
check scan-step-pack-digest-pin-refuses grep -qx 'exit-code=2' "$T/gh-output"

# ---- the install step (path mode; deb and build need root or sudo) ----
: > "$T/gh-output"
mkdir -p "$T/bin" && cp "$VIGIL" "$T/bin/vigil"
PATH="$T/bin:$PATH" GITHUB_ACTION_PATH="$ROOT" GITHUB_OUTPUT="$T/gh-output" VIGIL_INSTALL=path \
  scripts/action-install.sh > "$T/install.log" 2>&1
check install-step-path-mode grep -qx "vigil=$T/bin/vigil" "$T/gh-output"
GITHUB_ACTION_PATH="$ROOT" VIGIL_INSTALL=nosuch scripts/action-install.sh > "$T/out" 2>&1
rc=$?
check install-step-bad-mode sh -c "[ $rc -eq 2 ] && grep -qx \"action-install: install: 'nosuch' is not one of auto, path, deb, build\" '$T/out'"
# issue 19: no route downloads a binary from a GitHub release
GITHUB_ACTION_PATH="$ROOT" VIGIL_INSTALL=release scripts/action-install.sh > "$T/out" 2>&1
rc=$?
check install-step-no-release-route sh -c "[ $rc -eq 2 ] && grep -qx \"action-install: install: 'release' is not one of auto, path, deb, build\" '$T/out'"
check install-step-downloads-nothing sh -c "! grep -nE 'gh release|curl|wget|https?://' scripts/action-install.sh"
GITHUB_ACTION_PATH="$ROOT" VIGIL_INSTALL=deb VIGIL_DEB="$T/none.deb" scripts/action-install.sh > "$T/out" 2>&1
rc=$?
check install-step-deb-missing sh -c "[ $rc -eq 1 ] && grep -qx \"action-install: deb: no .deb at '$T/none.deb' (input deb)\" '$T/out'"

# ---- the whole action, step by step as the runner does it (run_action.py) ----
# action.yml as JSON: PyYAML when python3 has it, else js-yaml from build/node
if python3 -c 'import json, sys, yaml; json.dump(yaml.safe_load(open("action.yml")), sys.stdout)' \
     > "$T/action.json" 2> /dev/null ||
   { scripts/node-tools.sh 2> /dev/null && build/node/node_modules/.bin/js-yaml action.yml > "$T/action.json"; }; then
  run_action() {
    rm -f "$T/step-summary.md"
    (cd tests/action && PATH="$T/bin:$PATH" RUNNER_TEMP="$T" GITHUB_STEP_SUMMARY="$T/step-summary.md" \
       python3 run_action.py "$T/action.json" "$ROOT" . "$@") > "$T/action.log" 2>&1
  }
  run_action paths=input formats=text upload-sarif=true sarif-file="$T/a.sarif"
  rc=$?
  check action-run-fails-on-findings sh -c "[ $rc -eq 1 ] && grep -qx 'step Gate: exit 1' '$T/action.log'"
  check action-run-uploads-sarif grep -qx "uses github/codeql-action/upload-sarif@v3 sarif_file=$T/a.sarif category=vigil" "$T/action.log"
  sed -E 's/sha256:[0-9a-f]{64}/sha256:PACK/' "$T/step-summary.md" > "$T/step-summary.norm" 2> /dev/null
  check action-run-job-summary cmp -s "$T/step-summary.norm" tests/action/summary.expected.md
  run_action paths=input/ecr.yaml fail-on=critical summary=false
  rc=$?
  check action-run-passes-gate sh -c "[ $rc -eq 0 ] && grep -qx 'step Gate: exit 0' '$T/action.log'"
  check action-run-no-upload-unless-asked grep -qx 'step Upload SARIF: skipped' "$T/action.log"
  check action-run-no-summary-when-off sh -c "grep -qx 'step Job summary: skipped' '$T/action.log' && [ ! -e '$T/step-summary.md' ]"
  run_action paths=input pack-name=nosuch
  rc=$?
  check action-run-usage-error-exit-2 sh -c "[ $rc -eq 2 ] && grep -qx 'step Gate: exit 2' '$T/action.log'"
else
  echo "ok - action/action-run # SKIP neither python3-yaml nor npm's js-yaml to read action.yml"
fi

# ---- Dockerfile ----
"$VIGIL" scan Dockerfile > "$T/docker-scan" 2>&1
rc=$?
check dockerfile-passes-vigil-rules sh -c "[ $rc -eq 0 ] && grep -q ' 0 failed, 0 unknown, [1-9][0-9]* passed' '$T/docker-scan'"
check dockerfile-non-root-user grep -qE '^USER [a-z]' Dockerfile
check dockerfile-copies-what-make-static-makes sh -c "grep -q '^COPY --from=build /src/build/static/vigil ' Dockerfile && grep -q '^static: \$(BUILD)/static/vigil' Makefile"

# ---- npm linters ----
if scripts/node-tools.sh 2> "$T/why"; then
  AV="build/node/node_modules/.bin/action-validator"
  for f in action.yml examples/ci/github-actions.yml examples/ci/github-actions-shards.yml; do
    if "$AV" "$f" > "$T/av" 2>&1; then ok "action-validator/$f"; else
      nok "action-validator/$f"; head -30 "$T/av" | sed 's/^/    /'; fi
  done
  mkdir -p "$T/bad" && sed 's/^  using: composite/  using: compost/' action.yml > "$T/bad/action.yml"
  check action-validator-rejects-broken-action sh -c "! '$AV' '$T/bad/action.yml' > /dev/null 2>&1"
  if build/node/node_modules/.bin/dockerfilelint Dockerfile > "$T/dfl" 2>&1 && grep -q 'Issues: None found' "$T/dfl"; then
    ok dockerfilelint; else nok dockerfilelint; sed 's/^/    /' "$T/dfl" | head -20; fi
else
  echo "ok - action/npm-linters # SKIP $(cat "$T/why")"
fi

# ---- pre-commit hooks (language: system: the vigil on PATH) ----
if command -v pre-commit > /dev/null 2>&1 && command -v git > /dev/null 2>&1; then
  P="$T/pc"
  mkdir -p "$P/repo"
  cp tests/golden/cfn_ecr_yaml/input/ecr.yaml "$P/repo/ecr.yaml"
  cp examples/org-rules/rules/ecr.vgl "$P/repo/org.vgl"
  (cd "$P/repo" && git init -q && git add .)
  try_repo() {
    (cd "$P/repo" && PRE_COMMIT_HOME="$P/home" PATH="$T/bin:$PATH" \
       pre-commit try-repo "$ROOT" "$1" --all-files) > "$P/log" 2>&1
  }
  try_repo vigil-scan
  rc=$?
  check pre-commit-scan-fails-on-findings sh -c "[ $rc -eq 1 ] && grep -qE '^vigil scan\\.+Failed\$' '$P/log'"
  try_repo vigil-fmt
  rc=$?
  check pre-commit-fmt-passes sh -c "[ $rc -eq 0 ] && grep -qE '^vigil fmt\\.+Passed\$' '$P/log'"
  printf 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n' > "$P/repo/ecr.yaml"
  (cd "$P/repo" && git add .)
  try_repo vigil-scan
  rc=$?
  check pre-commit-scan-passes-clean-tree sh -c "[ $rc -eq 0 ] && grep -qE '^vigil scan\\.+Passed\$' '$P/log'"
else
  echo "ok - action/pre-commit-try-repo # SKIP pre-commit is not installed (apt-get install pre-commit)"
fi
