#!/bin/sh
# action-scan.sh — the Action's scan step: run vigil with the action's inputs
# (VIGIL_* environment variables set by action.yml, never spliced into shell
# text), always writing the JSON result (for the job summary) and, when asked,
# the SARIF result. It records vigil's exit status in $GITHUB_OUTPUT and exits
# 0 itself, so the summary and the SARIF upload still run; the Gate step fails.
set -u
set -f # inputs are split on blanks, never glob-expanded
out="${GITHUB_OUTPUT:-/dev/null}"
json="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/vigil-result.json"
rm -f "$json"
set -- scan
[ -n "${VIGIL_PACK:-}" ] && set -- "$@" --pack "$VIGIL_PACK"
[ -n "${VIGIL_PACK_NAME:-}" ] && set -- "$@" --pack-name "$VIGIL_PACK_NAME"
for r in ${VIGIL_RULES:-}; do set -- "$@" --rules "$r"; done
[ -n "${VIGIL_PACK_DIGEST:-}" ] && set -- "$@" --pack-digest "$VIGIL_PACK_DIGEST"
[ -n "${VIGIL_CONFIG:-}" ] && set -- "$@" --config "$VIGIL_CONFIG"
[ -n "${VIGIL_FAIL_ON:-}" ] && set -- "$@" --fail-on "$VIGIL_FAIL_ON"
sarif=""
for f in ${VIGIL_FORMATS:-text}; do
  case "$f" in
    json) ;; # always written to the result file below
    sarif) sarif="${VIGIL_SARIF_FILE:-vigil.sarif}" ;;
    *) set -- "$@" --format "$f" ;;
  esac
done
[ "${VIGIL_SARIF:-false}" = true ] && sarif="${VIGIL_SARIF_FILE:-vigil.sarif}"
set -- "$@" --format json --output "json=$json"
[ -n "$sarif" ] && set -- "$@" --format sarif --output "sarif=$sarif"
set -- "$@" --
for p in ${VIGIL_PATHS:-.}; do set -- "$@" "$p"; done
echo "+ vigil $*"
"${VIGIL:-vigil}" "$@"
rc=$?
echo "exit-code=$rc" >> "$out"
[ -s "$json" ] && echo "json-file=$json" >> "$out"
[ -n "$sarif" ] && [ -s "$sarif" ] && echo "sarif-file=$sarif" >> "$out"
exit 0
