/* test_codegen.c — the opcodes the compiler emits, checked instruction by instruction. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ast.h"

static char *listing(const char *text, uint32_t *n_consts) {
  cc_source s = {"t.vgl", text, strlen(text)};
  char *diag = NULL, *out = NULL;
  size_t dl = 0, ol = 0;
  FILE *d = open_memstream(&diag, &dl);
  cc_options o = {cc_stdlib_lookup, NULL, d, 0};
  vm_pack p = {0};
  base_arena_init(&p.arena);
  int e = cc_build(&s, 1, &o, &p);
  fclose(d);
  if (e) fprintf(stderr, "%s", diag);
  assert_int_equal(e, 0);
  free(diag);
  FILE *f = open_memstream(&out, &ol);
  for (uint32_t i = 0; i < p.n_sels; i++)
    cc_disasm_selector(&p, i, f);
  fclose(f);
  if (n_consts) *n_consts = p.n_consts;
  base_arena_free(&p.arena);
  return out;
}

#define RULE(body)                                                                                 \
  "rule R {\n  title \"t\"\n  severity high\n  on cloudformation resource \"T\" as r {\n" body     \
  "\n  }\n}\n"

static void expect_listing(const char *src, const char *want) {
  char *got = listing(src, NULL);
  assert_string_equal(got, want);
  free(got);
}

static void test_expect_with_at_and_message(void **st) {
  (void)st;
  expect_listing("const OK = [\"A\", \"B\"]\n" RULE(
                     "    expect r.x in OK at r.x else \"bad {r.x ?? \"none\"}\""),
                 "; locals 0, stack 4\n"
                 "   0  SUBJECT\n"
                 "   1  FIELD 0  ; \"x\"\n"
                 "   6  CONST 1  ; [\"A\",\"B\"]\n"
                 "  11  IN\n"
                 "  12  UNKNOWN_OR\n"
                 "  13  CHECK 52\n"
                 "  18  SUBJECT\n"
                 "  19  FIELD 0  ; \"x\"\n"
                 "  24  CONST 2  ; \"bad \"\n"
                 "  29  SUBJECT\n"
                 "  30  FIELD 0  ; \"x\"\n"
                 "  35  JPRESENT_KEEP 46\n"
                 "  40  POP\n"
                 "  41  CONST 3  ; \"none\"\n"
                 "  46  CONCAT 2\n"
                 "  51  REPORT\n"
                 "  52  RET\n");
}

static void test_default_at_and_message(void **st) {
  (void)st;
  expect_listing(RULE("    expect lower(r.a.b) == \"x\""),
                 "; locals 0, stack 3\n"
                 "   0  SUBJECT\n"
                 "   1  FIELD 0  ; \"a\"\n"
                 "   6  FIELD 1  ; \"b\"\n"
                 "  11  CALL 1 1  ; lower\n"
                 "  20  CONST 2  ; \"x\"\n"
                 "  25  EQ\n"
                 "  26  UNKNOWN_OR\n"
                 "  27  CHECK 49\n"
                 "  32  SUBJECT\n"
                 "  33  FIELD 0  ; \"a\"\n"
                 "  38  FIELD 1  ; \"b\"\n"
                 "  43  CONST 3  ; \"expected lower(r.a.b) == \\\"x\\\"\"\n"
                 "  48  REPORT_DEF\n"
                 "  49  RET\n");
}

static void test_short_circuit_and_when(void **st) {
  (void)st;
  expect_listing(RULE("    when r.k == 1\n    expect r.a or not r.b and r.c"),
                 "; locals 0, stack 3\n"
                 "   0  SUBJECT\n"
                 "   1  FIELD 0  ; \"k\"\n"
                 "   6  CONST 1  ; 1\n"
                 "  11  EQ\n"
                 "  12  WHEN 66\n"
                 "  17  SUBJECT\n"
                 "  18  FIELD 2  ; \"a\"\n"
                 "  23  JTRUE_KEEP 48\n"
                 "  28  SUBJECT\n"
                 "  29  FIELD 3  ; \"b\"\n"
                 "  34  NOT\n"
                 "  35  JFALSE_KEEP 47\n"
                 "  40  SUBJECT\n"
                 "  41  FIELD 4  ; \"c\"\n"
                 "  46  AND\n"
                 "  47  OR\n"
                 "  48  UNKNOWN_OR\n"
                 "  49  CHECK 66\n"
                 "  54  SUBJECT\n" /* an or chain is located at its first operand */
                 "  55  FIELD 2  ; \"a\"\n"
                 "  60  CONST 5  ; \"expected r.a or not r.b and r.c\"\n"
                 "  65  REPORT_DEF\n"
                 "  66  RET\n");
}

static void test_any_fold_and_inline_fn(void **st) {
  (void)st;
  expect_listing("fn big(x) = x > 10\n" RULE("    expect any(p in r.ports: big(p))"),
                 "; locals 3, stack 4\n"
                 "   0  CONST 0  ; false\n"
                 "   5  STORE 0\n"
                 "  10  SUBJECT\n"
                 "  11  FIELD 1  ; \"ports\"\n"
                 "  16  ITER\n"
                 "  17  NEXT 1 63\n"
                 "  26  LOAD 0\n"
                 "  31  LOAD 1\n"
                 "  36  STORE 2\n"
                 "  41  LOAD 2\n"
                 "  46  CONST 2  ; 10\n"
                 "  51  GT\n"
                 "  52  OR\n"
                 "  53  STORE 0\n"
                 "  58  LOOP 17\n"
                 "  63  LOAD 0\n"
                 "  68  UNKNOWN_OR\n"
                 "  69  CHECK 81\n"
                 "  74  MISSING\n"
                 "  75  CONST 3  ; \"expected any(p in r.ports: big(p))\"\n"
                 "  80  REPORT_DEF\n"
                 "  81  RET\n");
}

static void test_constants_deduplicated(void **st) {
  (void)st;
  uint32_t n = 0;
  char *l = listing(
      RULE("    expect r.a in [\"x\", \"y\"]\n    expect r.b in [\"x\", \"y\"] at r.a else \"x\""),
      &n);
  /* "a", ["x","y"], "expected ...", "b", "x" */
  assert_int_equal(n, 5);
  free(l);
}

/* Guards inside a loop jump to the end of the loop body; two of them share it. */
static void test_whens_in_for(void **st) {
  (void)st;
  expect_listing(RULE("    for x in r.l {\n      when x.a == true\n      let y = x.b\n"
                      "      when y == true\n      expect x.c == true\n    }\n"
                      "    expect r.d == true"),
                 "; locals 2, stack 4\n"
                 "   0  SUBJECT\n"
                 "   1  FIELD 0  ; \"l\"\n"
                 "   6  ITER\n"
                 "   7  NEXT 0 161\n"
                 "  16  LOAD 0\n"
                 "  21  FIELD 1  ; \"a\"\n"
                 "  26  CONST 2  ; true\n"
                 "  31  EQ\n"
                 "  32  UNKNOWN_OR\n"
                 "  33  JFALSE_KEEP 55\n"
                 "  38  JTRUE_KEEP 61\n"
                 "  43  MISSING\n"
                 "  44  CONST 3  ; \"guard is unknown: x.a == true\"\n"
                 "  49  REPORT\n"
                 "  50  JMP 156\n"
                 "  55  POP\n"
                 "  56  JMP 156\n"
                 "  61  POP\n"
                 "  62  LOAD 0\n"
                 "  67  FIELD 4  ; \"b\"\n"
                 "  72  STORE 1\n"
                 "  77  LOAD 1\n"
                 "  82  CONST 2  ; true\n"
                 "  87  EQ\n"
                 "  88  UNKNOWN_OR\n"
                 "  89  JFALSE_KEEP 111\n"
                 "  94  JTRUE_KEEP 117\n"
                 "  99  MISSING\n"
                 " 100  CONST 5  ; \"guard is unknown: y == true\"\n"
                 " 105  REPORT\n"
                 " 106  JMP 156\n"
                 " 111  POP\n"
                 " 112  JMP 156\n"
                 " 117  POP\n"
                 " 118  LOAD 0\n"
                 " 123  FIELD 6  ; \"c\"\n"
                 " 128  CONST 2  ; true\n"
                 " 133  EQ\n"
                 " 134  UNKNOWN_OR\n"
                 " 135  CHECK 156\n"
                 " 140  LOAD 0\n"
                 " 145  FIELD 6  ; \"c\"\n"
                 " 150  CONST 7  ; \"expected x.c == true\"\n"
                 " 155  REPORT_DEF\n"
                 " 156  LOOP 7\n"
                 " 161  SUBJECT\n"
                 " 162  FIELD 8  ; \"d\"\n"
                 " 167  CONST 2  ; true\n"
                 " 172  EQ\n"
                 " 173  UNKNOWN_OR\n"
                 " 174  CHECK 191\n"
                 " 179  SUBJECT\n"
                 " 180  FIELD 8  ; \"d\"\n"
                 " 185  CONST 9  ; \"expected r.d == true\"\n"
                 " 190  REPORT_DEF\n"
                 " 191  RET\n");
}

/* Regression: each `when` inside a `for` used to recurse once in codegen, so
 * a long run of them overflowed the C stack (100,000 guards crashed it). */
static void test_many_whens_in_for(void **st) {
  (void)st;
  enum { N = 100000 };
  const char *head = "rule R {\n  title \"t\"\n  severity high\n"
                     "  on cloudformation resource \"T\" as r {\n    for x in r.l {\n";
  const char *tail = "      expect x.c == true\n    }\n  }\n}\n";
  size_t cap = strlen(head) + strlen(tail) + (size_t)N * 32 + 1, n = 0;
  char *src = malloc(cap);
  assert_non_null(src);
  n += (size_t)snprintf(src + n, cap - n, "%s", head);
  for (int i = 0; i < N; i++)
    n += (size_t)snprintf(src + n, cap - n, "      when x.a%d == true\n", i);
  snprintf(src + n, cap - n, "%s", tail);
  uint32_t n_consts = 0;
  char *got = listing(src, &n_consts);
  /* per guard its field name and its "guard is unknown" message; plus "l",
   * "c", true and "expected x.c == true" */
  assert_int_equal(n_consts, 2 * N + 4);
  assert_non_null(strstr(got, "RET\n"));
  free(got);
  free(src);
}

/* A param is a PARAM of the pack's params (named MODULE.NAME), survives
 * encoding, and an override of the same kind changes its value but not the
 * digest; another kind, or an unknown name, is refused with a reason. */
static void test_params(void **st) {
  (void)st;
  const char *text = "module org.x\nparam MIN = 7\nparam ACC = [\"1\"]\n" RULE(
      "    expect r.d >= MIN and r.a in ACC and r.b >= MIN");
  cc_source s = {"t.vgl", text, strlen(text)};
  cc_options o = {cc_stdlib_lookup, NULL, stderr, 0};
  vm_pack p = {0};
  base_arena_init(&p.arena);
  assert_int_equal(cc_build(&s, 1, &o, &p), 0);
  assert_int_equal(p.n_params, 2);
  assert_string_equal(p.params[0].name, "org.x.MIN");
  assert_string_equal(p.params[1].name, "org.x.ACC");
  uint8_t *buf;
  size_t n;
  assert_int_equal(vm_pack_encode(&p, &buf, &n), 0);
  char err[200];
  vm_pack *l = vm_pack_load(buf, n, err, sizeof err);
  assert_non_null(l);
  char digest[72];
  memcpy(digest, l->digest, sizeof digest);
  assert_int_equal(l->n_params, 2);
  assert_true(l->param_values[0]->kind == DOC_NUMBER && l->param_values[0]->u.num == 7);
  base_arena a;
  base_arena_init(&a);
  assert_int_equal(vm_pack_set_param(l, "MIN", iac_doc_number(&a, 30, 0, 0), err, sizeof err), 0);
  assert_true(l->param_values[0]->u.num == 30);
  assert_string_equal(l->digest, digest);
  assert_int_equal(vm_pack_set_param(l, "org.x.ACC", iac_doc_string(&a, "1", 1, 0, 0), err, sizeof err), -1);
  assert_string_equal(err, "param org.x.ACC is a list, not a string");
  assert_int_equal(vm_pack_set_param(l, "MAX", iac_doc_number(&a, 1, 0, 0), err, sizeof err), -1);
  assert_string_equal(err, "no param 'MAX' in the pack");
  base_arena_free(&a);
  vm_pack_free(l);
  free(buf);
  base_arena_free(&p.arena);
}

static void test_deterministic(void **st) {
  (void)st;
  const char *src = "const L = {a: 1, b: [true, null]}\n" RULE(
      "    expect r.m in L\n    for s in r.l { expect s.x != 2 }");
  char *a = listing(src, NULL), *b = listing(src, NULL);
  assert_string_equal(a, b);
  free(a);
  free(b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_expect_with_at_and_message),
      cmocka_unit_test(test_default_at_and_message),
      cmocka_unit_test(test_short_circuit_and_when),
      cmocka_unit_test(test_any_fold_and_inline_fn),
      cmocka_unit_test(test_constants_deduplicated),
      cmocka_unit_test(test_deterministic),
      cmocka_unit_test(test_whens_in_for),
      cmocka_unit_test(test_params),
      cmocka_unit_test(test_many_whens_in_for),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
