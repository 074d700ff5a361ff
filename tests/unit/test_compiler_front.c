/* test_compiler_front.c — lexer tokens, parser AST dump, checker diagnostics
 * (exact text) and `vigil fmt` (exact output, idempotence). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ast.h"

static char *lex(const char *text) {
  char *out = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&out, &n);
  cc_source s = {"t.vgl", text, strlen(text)};
  cc_lex_dump(&s, f);
  fclose(f);
  return out;
}

static char *ast(const char *text) {
  char *out = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&out, &n);
  base_arena a;
  base_arena_init(&a);
  cc_diag d = {f, 0, 0, false, 0};
  cc_source s = {"t.vgl", text, strlen(text)};
  cc_file *file = cc_parse_source(&a, &d, &s);
  if (!d.n_errors) cc_ast_dump(file, f);
  fclose(f);
  base_arena_free(&a);
  return out;
}

static char *diags(const char *text) {
  char *out = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&out, &n);
  cc_source s = {"t.vgl", text, strlen(text)};
  cc_options o = {cc_stdlib_lookup, NULL, f, 0};
  vm_pack p = {0};
  base_arena_init(&p.arena);
  cc_build(&s, 1, &o, &p);
  base_arena_free(&p.arena);
  fclose(f);
  return out;
}

static char *format(const char *text) {
  char *out = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&out, &n);
  cc_source s = {"t.vgl", text, strlen(text)};
  assert_int_equal(cc_format(&s, f, stderr), 0);
  fclose(f);
  return out;
}

#define CHECK_STR(call, want)                                                                      \
  do {                                                                                             \
    char *got_ = (call);                                                                           \
    assert_string_equal(got_, want);                                                               \
    free(got_);                                                                                    \
  } while (0)

static void test_lexer_tokens(void **st) {
  (void)st;
  CHECK_STR(lex("let x = a.b ?? -1.5 # hi\n\"s{x}\\{\""),
            "1:1 KW let\n1:5 IDENT x\n1:7 PUNCT =\n1:9 IDENT a\n1:10 PUNCT .\n1:11 IDENT b\n"
            "1:13 QQ\n1:16 PUNCT -\n1:17 NUMBER 1.5\n2:1 STR_OPEN\n2:2 STR_TEXT [s]\n2:3 INTERP_OPEN\n"
            "2:4 IDENT x\n2:5 INTERP_CLOSE\n2:6 STR_TEXT [{]\n2:8 STR_CLOSE\n"
            "1:21 COMMENT trailing # hi\n");
}

static void test_lexer_errors(void **st) {
  (void)st;
  CHECK_STR(lex("a $ \"x\\q\""), "1:1 IDENT a\n"
                                 "t.vgl:1:3: error: unexpected character '$'\n"
                                 "a $ \"x\\q\"\n"
                                 "  ^\n"
                                 "1:5 STR_OPEN\n"
                                 "1:6 STR_TEXT [x]\n"
                                 "t.vgl:1:7: error: unknown escape '\\q' in string\n"
                                 "a $ \"x\\q\"\n"
                                 "      ^\n"
                                 "1:7 STR_TEXT []\n"
                                 "1:9 STR_CLOSE\n");
  CHECK_STR(diags("rule R { title \"a\\q\" }"),
            "t.vgl:1:18: error: unknown escape '\\q' in string\n"
            "rule R { title \"a\\q\" }\n"
            "                 ^\n");
}

static void test_parser_ast(void **st) {
  (void)st;
  CHECK_STR(ast("use aws.iam as i\nconst K = {a: 1, \"b c\": [true]}\nfn f(x, y) = x in y or not "
                "x.z[0] == y[*].q\n"
                "rule R { title \"t\" severity low\n on any resource \"*\", \"b\" as r {\n"
                "  let m = i.actions(r)\n  when all(s in m: s != null)\n  expect m ?? 1 > 0 at m "
                "else \"v {m}\"\n"
                "  for s in r.l { expect s } } }\n"),
            "(use aws.iam as i)\n"
            "(const K (map \"a\":1 \"b c\":(list true)))\n"
            "(fn f (x y) (or (in x y) (not (== ([] (. x z) 0) (. ([*] y) q)))))\n"
            "(rule R\n  (title \"t\")\n  (severity low)\n  (on any resource \"*\" \"b\" as r\n"
            "    (let m (call i.actions r))\n    (when (all s m (!= s null)))\n"
            "    (expect (> (?? m 1) 0) at m else (interp \"v \" m))\n    (for s (. r l)\n"
            "      (expect s at nil else nil)\n    )\n  )\n)\n");
}

static void test_checker_messages(void **st) {
  (void)st;
  CHECK_STR(diags("fn f(a) = a\nrule R {\n  title \"t\"\n  severity high\n  refs \"x\"\n"
                  "  on terraform resource \"aws_s3_bucket\" as r {\n    expect f(r, 1) and "
                  "keys([1]) == []\n"
                  "    let r = 1\n  }\n}\n"),
            "t.vgl:5:8: error: refs must be a list of strings\n"
            "  refs \"x\"\n"
            "       ^\n"
            "t.vgl:7:12: error: function 'f' takes 1 argument, got 2\n"
            "    expect f(r, 1) and keys([1]) == []\n"
            "           ^\n"
            "t.vgl:7:29: error: keys expects a map, got a list\n"
            "    expect f(r, 1) and keys([1]) == []\n"
            "                            ^\n"
            "t.vgl:8:9: error: 'r' is already defined\n"
            "    let r = 1\n"
            "        ^\n"
            "t.vgl:6:44: note: previous definition is here\n"
            "  on terraform resource \"aws_s3_bucket\" as r {\n"
            "                                           ^\n");
}

static const char *const messy =
    "module   org.rules # org\n"
    "const A=[1,2]\n\n\n"
    "# leading\n"
    "rule X { title \"t\" severity low on any resource \"*\" as r { # sel\n"
    "  expect (r.a == 1) and (r.b or r.c) at r.a else \"m {r.a}\\{\"\n"
    "\n"
    "  for s in r.l {expect not (s.x in A)}\n"
    "  # end\n"
    "} }\n";

static const char *const messy_formatted =
    "module org.rules  # org\n"
    "const A = [1, 2]\n"
    "\n"
    "# leading\n"
    "rule X {  # sel\n"
    "  title \"t\"\n"
    "  severity low\n"
    "  on any resource \"*\" as r {\n"
    "    expect (r.a == 1) and (r.b or r.c) at r.a else \"m {r.a}\\{\"\n"
    "\n"
    "    for s in r.l {\n"
    "      expect not (s.x in A)\n"
    "    }\n"
    "    # end\n"
    "  }\n"
    "}\n";

static void test_fmt_exact_and_idempotent(void **st) {
  (void)st;
  char *once = format(messy);
  assert_string_equal(once, messy_formatted);
  char *twice = format(once);
  assert_string_equal(twice, once);
  free(once);
  free(twice);
}

/* Wrapping at 100 columns: breaks before `at`/`else`, after `and`/`or`/`??`,
 * before `then`/`else`, one item per line for lists, calls and type lists;
 * continuation lines 4 columns deeper than the line they continue. */
static const char *const wide =
    "const LONG_LIST_OF_NAMES = [\"alpha-one\", \"bravo-two\", \"charlie-three\", \"delta-four\", "
    "\"echo-five\", \"foxtrot-six\"]\n"
    "fn pick(o) = o.spec.jobTemplate.spec.template.spec ?? o.spec.template.spec ?? o.template.spec "
    "?? o.spec\n"
    "fn mixed(a, b) = a.enabled == true and a.mode == \"strict\" or b.enabled == true and b.mode "
    "== \"strict\" or a.override\n"
    "rule WRAP_ME {\n"
    "  title \"t\"\n"
    "  severity low\n"
    "  on kubernetes resource \"Pod\", \"Deployment\", \"DaemonSet\", \"StatefulSet\", "
    "\"ReplicaSet\", \"ReplicationController\", \"Job\" as o {\n"
    "    let label = if is_missing(o.metadata.labels.team) then \"no team label on this workload\" "
    "else o.metadata.labels.team\n"
    "    expect not (o.kind == \"Pod\") or any(c in o.spec.containers ?? []: "
    "c.securityContext.privileged == false and c.name != \"x\") at o.spec else \"workload "
    "{o.metadata.name} ({label})\"  # why\n"
    "    when any(statement in o.spec.template.spec.containers ?? o.spec.containers ?? []: "
    "statement.securityContext.runAsNonRoot == true)\n"
    "    expect (count(c in o.spec.containers ?? []: c.image == \"nginx\")) == 0 at o else "
    "\"short\"\n"
    "    expect contains_all(o.metadata.labels, [\"team\", \"owner\", \"cost-centre\", "
    "\"data-classification\", \"tier\"]) else \"m\"\n"
    "  }\n"
    "}\n";

static const char *const wide_formatted =
    "const LONG_LIST_OF_NAMES = [\n"
    "    \"alpha-one\",\n"
    "    \"bravo-two\",\n"
    "    \"charlie-three\",\n"
    "    \"delta-four\",\n"
    "    \"echo-five\",\n"
    "    \"foxtrot-six\"\n"
    "]\n"
    "fn pick(o) = o.spec.jobTemplate.spec.template.spec ??\n"
    "    o.spec.template.spec ??\n"
    "    o.template.spec ??\n"
    "    o.spec\n"
    "fn mixed(a, b) = a.enabled == true and a.mode == \"strict\" or\n"
    "    b.enabled == true and b.mode == \"strict\" or\n"
    "    a.override\n"
    "\n"
    "rule WRAP_ME {\n"
    "  title \"t\"\n"
    "  severity low\n"
    "  on kubernetes resource \"Pod\",\n"
    "      \"Deployment\",\n"
    "      \"DaemonSet\",\n"
    "      \"StatefulSet\",\n"
    "      \"ReplicaSet\",\n"
    "      \"ReplicationController\",\n"
    "      \"Job\" as o {\n"
    "    let label = if is_missing(o.metadata.labels.team)\n"
    "        then \"no team label on this workload\"\n"
    "        else o.metadata.labels.team\n"
    "    expect not (o.kind == \"Pod\") or\n"
    "        any(c in o.spec.containers ?? []: c.securityContext.privileged == false and c.name != "
    "\"x\")\n"
    "        at o.spec\n"
    "        else \"workload {o.metadata.name} ({label})\"  # why\n"
    "    when any(statement in o.spec.template.spec.containers ?? o.spec.containers ?? []:\n"
    "        statement.securityContext.runAsNonRoot == true)\n"
    "    expect count(c in o.spec.containers ?? []: c.image == \"nginx\") == 0 at o else "
    "\"short\"\n"
    "    expect contains_all(\n"
    "        o.metadata.labels,\n"
    "        [\"team\", \"owner\", \"cost-centre\", \"data-classification\", \"tier\"]\n"
    "    )\n"
    "        else \"m\"\n"
    "  }\n"
    "}\n";

static void test_fmt_wraps_at_100_columns(void **st) {
  (void)st;
  char *once = format(wide);
  assert_string_equal(once, wide_formatted);
  char *twice = format(once);
  assert_string_equal(twice, once);
  /* every line within the limit: this input has no string wider than it */
  for (const char *l = once; *l;) {
    const char *nl = strchr(l, '\n');
    assert_true(nl - l <= 100);
    l = nl + 1;
  }
  free(once);
  free(twice);
}

/* Formatting keeps meaning and is idempotent on every stdlib module: the
 * syntax tree (which holds no locations or parentheses) of the formatted text
 * is the original's, and formatting it again changes nothing. */
static void test_fmt_stdlib_same_tree(void **st) {
  (void)st;
  assert_true(cc_stdlib_count > 0);
  for (size_t i = 0; i < cc_stdlib_count; i++) {
    const cc_embedded *m = &cc_stdlib[i];
    char *text = strndup(m->text, m->len);
    char *once = format(text);
    char *twice = format(once);
    char *before = ast(text), *after = ast(once);
    if (strcmp(before, after) || strcmp(once, twice))
      fail_msg("%s: formatting changed it", m->path);
    free(text);
    free(once);
    free(twice);
    free(before);
    free(after);
  }
}

/* Parentheses: added under `not` over an operator, kept where written around
 * an operator operand, dropped around a single value. */
static void test_fmt_parentheses(void **st) {
  (void)st;
  CHECK_STR(format("fn f(a, b) = not a.x == 1 and not (a.y) or ((b)) and (a.z or b) or (a.w == 2)\n"
                   "const C = (1 + 2) * 3 - (4 - 5)\n"),
            "fn f(a, b) = not (a.x == 1) and not a.y or b and (a.z or b) or (a.w == 2)\n"
            "const C = (1 + 2) * 3 - (4 - 5)\n");
}

static void test_no_crash_on_garbage(void **st) {
  (void)st;
  static const char *const inputs[] = {"rule",           "rule R {",    "\"{\"{\"{",
                                       "}}}}",           "rule R { on", "fn f(",
                                       "const A = [[[[", "\"\\",        "rule R { title \"{\" }"};
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
    free(diags(inputs[i]));
  char deep[2000];
  memset(deep, '(', sizeof deep - 1);
  deep[sizeof deep - 1] = 0;
  char *d = diags(deep);
  assert_non_null(strstr(d, "nesting too deep"));
  free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lexer_tokens),
      cmocka_unit_test(test_lexer_errors),
      cmocka_unit_test(test_parser_ast),
      cmocka_unit_test(test_checker_messages),
      cmocka_unit_test(test_fmt_exact_and_idempotent),
      cmocka_unit_test(test_fmt_wraps_at_100_columns),
      cmocka_unit_test(test_fmt_stdlib_same_tree),
      cmocka_unit_test(test_fmt_parentheses),
      cmocka_unit_test(test_no_crash_on_garbage),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
