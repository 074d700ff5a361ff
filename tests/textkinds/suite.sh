#!/bin/sh
# suite.sh — kinds are data, never message text (issue 12 §2).
#   no-prefix-compare   no C source in base/ compiler/ vm/ iac/ engine/ cli/
#                       decides a kind by comparing text against a message
#                       prefix ("warning: ", "error: ", "note: ", "ref:" or
#                       DOC_REF_PREFIX) with strncmp/memcmp/strstr/strcmp...:
#                       severities are iac_error.severity, references and
#                       evaluation errors are doc_node flags (DOC_F_REF,
#                       DOC_F_EVAL_ERROR). Rewording a message must not change
#                       behaviour.
#   self-check          the same check finds such a comparison in a sample
#                       (so the check above can fail)
# Prints "ok - textkinds/NAME" / "not ok - textkinds/NAME".
cd "$(dirname "$0")/../.." || exit 2
TMP=$(mktemp -d "${TMPDIR:-/tmp}/vigil-textkinds.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT INT TERM

# A comparison function called with a message-prefix literal (or the
# reference-prefix macro) among its arguments, on one line.
PATTERN='(strn?cmp|strn?casecmp|memcmp|strstr|strncasecmp|memmem|bcmp)[[:space:]]*\([^;]*("(warning|error|note): |"ref:|DOC_REF_PREFIX)'

scan() {
  grep -rnE --include='*.c' --include='*.h' --include='*.l' --include='*.y' "$PATTERN" "$@"
}

hits=$(scan base compiler vm iac engine cli)
if [ -z "$hits" ]; then
  echo "ok - textkinds/no-prefix-compare"
else
  echo "not ok - textkinds/no-prefix-compare"
  printf '%s\n' "$hits" | sed 's/^/    /'
fi

mkdir -p "$TMP/src"
cat >"$TMP/src/sample.c" <<'C'
static int is_err(const char *m) { return !strncmp(m, "error: ", 7); }
static int is_ref(const char *m) { return memcmp(m, "ref:", 4) == 0; }
static int is_ref2(const char *m) { return !memcmp(m, DOC_REF_PREFIX, DOC_REF_PREFIX_LEN); }
static int is_warn(const char *m) { return strstr(m, "warning: ") != 0; }
C
n=$(scan "$TMP/src" | wc -l)
if [ "$n" -eq 4 ]; then
  echo "ok - textkinds/self-check"
else
  echo "not ok - textkinds/self-check"
  echo "    expected 4 hits in the sample, got $n"
fi
