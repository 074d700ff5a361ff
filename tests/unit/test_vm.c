/* test_vm.c — values (three-valued operator tables, display forms), every
 * builtin, and the interpreter running hand-assembled selectors over small
 * document trees with exact findings. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <cmocka.h>

#include "vm_internal.h"
#include "test_vm_asm.h"

static char err[256];
static base_arena ar;

/* ---- value helpers ---- */

static vm_value S(const char *s) {
  return vm_v_str(s, (uint32_t)strlen(s));
}

static vm_value N(double d) {
  return vm_value_from_node(iac_doc_number(&ar, d, 0, 0), 0, 0);
}

static vm_value T(void) {
  return vm_v_bool(true);
}

static vm_value F(void) {
  return vm_v_bool(false);
}

static vm_value U(void) {
  return vm_v_unknown("why");
}

static vm_value M(void) {
  return vm_v_missing();
}

static doc_node *ns(const char *s) {
  return iac_doc_string(&ar, s, strlen(s), 0, 0);
}

/* list of nodes, NULL-terminated */
static vm_value L(doc_node *first, ...) {
  doc_node *items[16];
  uint32_t n = 0;
  va_list ap;
  va_start(ap, first);
  for (doc_node *x = first; x; x = va_arg(ap, doc_node *))
    items[n++] = x;
  va_end(ap);
  return vm_value_from_node(iac_doc_list(&ar, items, n, 0, 0), 0, 0);
}

static const char *tv(vm_value v) {
  if (v.tag == VV_UNKNOWN) return "U";
  if (v.tag != VV_BOOL) return "?";
  return v.u.b ? "T" : "F";
}

static const char *disp(vm_value v) {
  static char buf[256];
  vm_value_display(&v, buf, sizeof buf);
  return buf;
}

static int setup(void **st) {
  (void)st;
  base_arena_init(&ar);
  return 0;
}

static int teardown(void **st) {
  (void)st;
  base_arena_free(&ar);
  return 0;
}

static void test_and_or_not_tables(void **st) {
  (void)st;
  vm_value v[3] = {T(), F(), U()};
  char and_s[16] = "", or_s[16] = "";
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) {
      strcat(and_s, tv(vm_v_and(v[i], v[j])));
      strcat(or_s, tv(vm_v_or(v[i], v[j])));
    }
  /* rows a = T, F, U; columns b = T, F, U (Kleene) */
  assert_string_equal(and_s, "TFUFFFUFU");
  assert_string_equal(or_s, "TTTTFUTUU");
  assert_string_equal(tv(vm_v_not(T())), "F");
  assert_string_equal(tv(vm_v_not(F())), "T");
  assert_string_equal(tv(vm_v_not(U())), "U");
  assert_string_equal(tv(vm_v_not(S("x"))), "U"); /* non-bool */
  assert_string_equal(tv(vm_v_not(M())), "U");
  assert_string_equal(tv(vm_v_and(M(), F())), "F");
  assert_string_equal(tv(vm_v_or(N(1), T())), "T");
  /* an unknown keeps its reason through the operators */
  assert_string_equal(vm_v_and(T(), U()).u.s, "why");
}

static void test_eq_table(void **st) {
  (void)st;
  assert_string_equal(tv(vm_v_eq(NULL, M(), M())), "F"); /* missing equals nothing */
  assert_string_equal(tv(vm_v_eq(NULL, M(), S("x"))), "F");
  assert_string_equal(tv(vm_v_eq(NULL, S("x"), S("x"))), "T");
  assert_string_equal(tv(vm_v_eq(NULL, S("x"), S("xy"))), "F");
  assert_string_equal(tv(vm_v_eq(NULL, N(1), S("1"))), "T");
  assert_string_equal(tv(vm_v_eq(NULL, N(1), N(1))), "T");
  assert_string_equal(tv(vm_v_eq(NULL, U(), S("x"))), "U");
  assert_string_equal(tv(vm_v_eq(NULL, U(), M())), "U");
  assert_string_equal(tv(vm_v_eq(NULL, U(), U())), "U");
  doc_node *un = iac_doc_unknown(&ar, "r", 0, 0);
  assert_string_equal(tv(vm_v_eq(NULL, L(ns("a"), ns("b"), NULL), L(ns("a"), ns("b"), NULL))), "T");
  assert_string_equal(tv(vm_v_eq(NULL, L(ns("a"), un, NULL), L(ns("a"), ns("b"), NULL))), "U");
  assert_string_equal(tv(vm_v_eq(NULL, L(ns("x"), un, NULL), L(ns("a"), ns("b"), NULL))), "F");
  assert_string_equal(tv(vm_v_eq(NULL, L(ns("a"), un, NULL), L(ns("a"), NULL))), "F");
  vm_value null = vm_value_from_node(iac_doc_null(&ar, 0, 0), 0, 0);
  assert_string_equal(tv(vm_v_eq(NULL, null, null)), "T");
  assert_string_equal(tv(vm_v_eq(NULL, null, M())), "F");
}

static void test_in_table(void **st) {
  (void)st;
  doc_node *un = iac_doc_unknown(&ar, "r", 0, 0);
  assert_string_equal(tv(vm_v_in(S("x"), L(ns("x"), un, NULL))), "T");
  assert_string_equal(tv(vm_v_in(S("y"), L(ns("x"), un, NULL))), "U");
  assert_string_equal(tv(vm_v_in(S("y"), L(ns("x"), NULL))), "F");
  assert_string_equal(tv(vm_v_in(U(), L(ns("x"), NULL))), "U");
  assert_string_equal(tv(vm_v_in(M(), L(ns("x"), NULL))), "F");
  assert_string_equal(tv(vm_v_in(S("x"), M())), "F");
  assert_string_equal(tv(vm_v_in(S("x"), U())), "U");
  assert_string_equal(tv(vm_v_in(S("at"), S("cat"))), "T");
  assert_string_equal(tv(vm_v_in(S("dog"), S("cat"))), "F");
  doc_entry e = {"k", 1, 0, 0, ns("v")};
  vm_value m = vm_value_from_node(iac_doc_map(&ar, &e, 1, 0, 0), 0, 0);
  assert_string_equal(tv(vm_v_in(S("k"), m)), "T");
  assert_string_equal(tv(vm_v_in(S("v"), m)), "F");
}

static void test_compare_table(void **st) {
  (void)st;
  assert_string_equal(tv(vm_v_cmp(NULL, N(1), N(2), 0)), "T");
  assert_string_equal(tv(vm_v_cmp(NULL, N(2), N(2), 1)), "T");
  assert_string_equal(tv(vm_v_cmp(NULL, N(2), N(2), 2)), "F");
  assert_string_equal(tv(vm_v_cmp(NULL, N(3), N(2), 3)), "T");
  assert_string_equal(tv(vm_v_cmp(NULL, S("a"), S("b"), 0)), "T");
  assert_string_equal(tv(vm_v_cmp(NULL, S("ab"), S("a"), 2)), "T");
  assert_string_equal(tv(vm_v_cmp(NULL, N(1), S("a"), 0)), "U");
  assert_string_equal(tv(vm_v_cmp(NULL, U(), N(1), 0)), "U");
  assert_string_equal(tv(vm_v_cmp(NULL, M(), N(1), 0)), "F");
}

static void test_display(void **st) {
  (void)st;
  assert_string_equal(disp(N(1)), "1");
  assert_string_equal(disp(N(-3)), "-3");
  assert_string_equal(disp(N(2.5)), "2.5");
  assert_string_equal(disp(N(0.1)), "0.1");
  assert_string_equal(disp(N(1e20)), "1e+20");
  assert_string_equal(disp(S("raw \"s\"")), "raw \"s\"");
  assert_string_equal(disp(T()), "true");
  assert_string_equal(disp(M()), "<missing>");
  assert_string_equal(disp(U()), "<unknown>");
  doc_entry e = {"k", 1, 0, 0, ns("a\"b\n")};
  doc_node *map = iac_doc_map(&ar, &e, 1, 0, 0);
  assert_string_equal(
      disp(L(ns("x"), iac_doc_number(&ar, 1, 0, 0), map, iac_doc_null(&ar, 0, 0), NULL)),
      "[\"x\",1,{\"k\":\"a\\\"b\\n\"},null]");
  char small[4];
  vm_value v = S("abcdef");
  assert_int_equal(vm_value_display(&v, small, sizeof small), 6);
  assert_string_equal(small, "abc");
  assert_int_equal(vm_value_display(&v, NULL, 0), 6);
}

static void test_from_node(void **st) {
  (void)st;
  vm_value v = vm_value_from_node(NULL, 3, 4);
  assert_int_equal(v.tag, VV_MISSING);
  v = vm_value_from_node(iac_doc_string(&ar, "s", 1, 7, 8), 0, 0);
  assert_int_equal(v.tag, VV_STR);
  assert_int_equal(v.line, 7); /* unlocated callers get the node's own place */
  v = vm_value_from_node(iac_doc_string(&ar, "s", 1, 7, 8), 2, 3);
  assert_int_equal(v.line, 2);
  assert_int_equal(v.col, 3);
  v = vm_value_from_node(iac_doc_unknown(&ar, "ref:P", 0, 0), 0, 0);
  assert_int_equal(v.tag, VV_UNKNOWN);
  assert_string_equal(v.u.s, "ref:P");
}

/* ---- builtins ---- */

static vm_state *bstate(asm_t **a) {
  *a = asm_new();
  vm_pack *p = asm_load(*a, err, sizeof err);
  assert_non_null(p);
  return vm_state_new(p, NULL);
}

static void bfree(vm_state *s, asm_t *a) {
  vm_pack *p = (vm_pack *)s->pack;
  vm_state_free(s);
  vm_pack_free(p);
  asm_free(a);
}

static vm_value call1(vm_state *s, vm_builtin b, vm_value x) {
  return vm_builtin_call(s, b, &x);
}

static vm_value call2(vm_state *s, vm_builtin b, vm_value x, vm_value y) {
  vm_value args[2] = {x, y};
  return vm_builtin_call(s, b, args);
}

static void test_builtins_basic(void **st) {
  (void)st;
  asm_t *a;
  vm_state *s = bstate(&a);
  doc_entry es[2] = {{"k", 1, 2, 3, ns("v")}, {"u", 1, 4, 5, ns("w")}};
  vm_value m = vm_value_from_node(iac_doc_map(&ar, es, 2, 0, 0), 0, 0);
  vm_value l = L(ns("a"), ns("b"), ns("c"), NULL);
  assert_string_equal(disp(call1(s, VM_BI_LEN, l)), "3");
  assert_string_equal(disp(call1(s, VM_BI_LEN, m)), "2");
  assert_string_equal(disp(call1(s, VM_BI_LEN, S("hello"))), "5");
  assert_int_equal(call1(s, VM_BI_LEN, N(4)).tag, VV_MISSING);
  assert_int_equal(call1(s, VM_BI_LEN, U()).tag, VV_UNKNOWN);
  assert_string_equal(disp(call1(s, VM_BI_LOWER, S("MuTaBLE"))), "mutable");
  assert_string_equal(disp(call1(s, VM_BI_UPPER, S("mutable_1"))), "MUTABLE_1");
  /* the first changed byte anywhere; the bytes around the letter ranges stay */
  assert_string_equal(disp(call1(s, VM_BI_LOWER, S("ecr:putimage"))), "ecr:putimage");
  assert_string_equal(disp(call1(s, VM_BI_LOWER, S("ecr:putimagE"))), "ecr:putimage");
  assert_string_equal(disp(call1(s, VM_BI_LOWER, S("@AZ[`az{\xc3\x89"))), "@az[`az{\xc3\x89");
  assert_string_equal(disp(call1(s, VM_BI_UPPER, S("@AZ[`az{"))), "@AZ[`AZ{");
  assert_string_equal(disp(call1(s, VM_BI_LOWER, N(3))), "3");
  assert_int_equal(call1(s, VM_BI_UPPER, U()).tag, VV_UNKNOWN);
  assert_string_equal(tv(call2(s, VM_BI_STARTS_WITH, S("ecr:Put"), S("ecr:"))), "T");
  assert_string_equal(tv(call2(s, VM_BI_STARTS_WITH, S("ec"), S("ecr:"))), "F");
  assert_string_equal(tv(call2(s, VM_BI_STARTS_WITH, N(1), S("1"))), "F");
  assert_string_equal(tv(call2(s, VM_BI_STARTS_WITH, U(), S("1"))), "U");
  assert_string_equal(tv(call2(s, VM_BI_ENDS_WITH, S("a.yaml"), S(".yaml"))), "T");
  assert_string_equal(tv(call2(s, VM_BI_ENDS_WITH, S("a.yml"), S(".yaml"))), "F");
  assert_string_equal(tv(call2(s, VM_BI_CONTAINS, S("ecr:*"), S(":*"))), "T");
  assert_string_equal(tv(call2(s, VM_BI_CONTAINS, l, S("b"))), "T");
  assert_string_equal(tv(call2(s, VM_BI_CONTAINS, l, S("z"))), "F");
  assert_string_equal(tv(call2(s, VM_BI_CONTAINS, m, S("u"))), "T");
  assert_string_equal(tv(call2(s, VM_BI_CONTAINS, N(1), S("u"))), "F");
  assert_string_equal(tv(call2(s, VM_BI_CONTAINS, l, U())), "U");
  assert_string_equal(tv(call1(s, VM_BI_IS_STRING, S("x"))), "T");
  assert_string_equal(tv(call1(s, VM_BI_IS_STRING, N(1))), "F");
  assert_string_equal(tv(call1(s, VM_BI_IS_STRING, U())), "U");
  assert_string_equal(tv(call1(s, VM_BI_IS_NUMBER, N(1))), "T");
  assert_string_equal(tv(call1(s, VM_BI_IS_BOOL, F())), "T");
  assert_string_equal(tv(call1(s, VM_BI_IS_LIST, l)), "T");
  assert_string_equal(tv(call1(s, VM_BI_IS_LIST, m)), "F");
  assert_string_equal(tv(call1(s, VM_BI_IS_MAP, m)), "T");
  assert_string_equal(tv(call1(s, VM_BI_IS_MISSING, M())), "T");
  assert_string_equal(tv(call1(s, VM_BI_IS_MISSING, U())), "F");
  assert_string_equal(tv(call1(s, VM_BI_IS_MISSING, S(""))), "F");
  assert_string_equal(tv(call1(s, VM_BI_IS_UNKNOWN, U())), "T");
  assert_string_equal(tv(call1(s, VM_BI_IS_UNKNOWN, M())), "F");
  assert_string_equal(disp(call1(s, VM_BI_TO_LIST, M())), "[]");
  assert_string_equal(disp(call1(s, VM_BI_TO_LIST, S("ecr:*"))), "[\"ecr:*\"]");
  assert_string_equal(disp(call1(s, VM_BI_TO_LIST, l)), "[\"a\",\"b\",\"c\"]");
  assert_int_equal(call1(s, VM_BI_TO_LIST, U()).tag, VV_UNKNOWN);
  vm_value k = call1(s, VM_BI_KEYS, m);
  assert_string_equal(disp(k), "[\"k\",\"u\"]");
  assert_int_equal(k.u.node->u.items[1]->line, 4); /* keys keep their locations */
  assert_int_equal(call1(s, VM_BI_KEYS, S("x")).tag, VV_MISSING);
  assert_string_equal(disp(call1(s, VM_BI_STR, N(42))), "42");
  assert_int_equal(call1(s, VM_BI_STR, N(42)).tag, VV_STR);
  assert_string_equal(disp(call1(s, VM_BI_STR, l)), "[\"a\",\"b\",\"c\"]");
  assert_int_equal(call1(s, VM_BI_STR, U()).tag, VV_UNKNOWN);
  bfree(s, a);
}

static void test_builtin_matches(void **st) {
  (void)st;
  asm_t *a;
  vm_state *s = bstate(&a);
  assert_string_equal(tv(call2(s, VM_BI_MATCHES, S("arn:aws:ecr:eu-west-1:1:repo/x"),
                               S("^arn:aws:ecr:[a-z0-9-]+:"))),
                      "T");
  assert_string_equal(tv(call2(s, VM_BI_MATCHES, S("abc"), S("^b"))), "F");
  assert_string_equal(tv(call2(s, VM_BI_MATCHES, S("abc"), S("b"))),
                      "T"); /* search, not anchored */
  assert_string_equal(tv(call2(s, VM_BI_MATCHES, N(1), S("1"))), "F");
  assert_string_equal(tv(call2(s, VM_BI_MATCHES, U(), S("1"))), "U");
  /* bad patterns at run time are unknown (twice: the failure is cached) */
  assert_string_equal(tv(call2(s, VM_BI_MATCHES, S("aa"), S("(a)\\1"))), "U");
  assert_string_equal(tv(call2(s, VM_BI_MATCHES, S("aa"), S("(a)\\1"))), "U");
  assert_string_equal(tv(call2(s, VM_BI_MATCHES, S("aa"), S("("))), "U");
  bfree(s, a);
}

static void test_builtin_glob(void **st) {
  (void)st;
  asm_t *a;
  vm_state *s = bstate(&a);
  static const struct {
    const char *s, *p, *want;
  } cases[] = {
      {"ecr:PutImage", "ecr:*", "T"},
      {"ecr:PutImage", "ecr:Put*", "T"},
      {"ecr:PutImage", "s3:*", "F"},
      {"", "*", "T"},
      {"abc", "a?c", "T"},
      {"abc", "a?", "F"},
      {"axxbyyc", "a*b*c", "T"},
      {"ab", "a*b", "T"},
      {"bbb", "*a*", "F"},
      {"abc", "ab", "F"},
      {"abcbc", "a*bc", "T"},
      {"abcbd", "a*bc", "F"},
      {"*", "*", "T"},
      {"a", "**", "T"},
      {"xay", "*?a?*", "T"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *got = tv(call2(s, VM_BI_GLOB, S(cases[i].s), S(cases[i].p)));
    if (strcmp(got, cases[i].want) != 0)
      fail_msg("glob(%s, %s) = %s, want %s", cases[i].s, cases[i].p, got, cases[i].want);
  }
  assert_string_equal(tv(call2(s, VM_BI_GLOB, U(), S("*"))), "U");
  /* no backtracking blowup on a pathological pattern */
  size_t n = 100000;
  char *big = malloc(n + 1);
  memset(big, 'a', n);
  big[n] = 0;
  clock_t t0 = clock();
  assert_string_equal(tv(call2(s, VM_BI_GLOB, S(big), S("*a*a*a*a*a*a*a*b"))), "F");
  assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
  free(big);
  bfree(s, a);
}

/* ---- the interpreter ---- */

typedef struct rec {
  char text[4096];
  const vm_pack *p;
} rec;

static void record(void *ctx, const vm_finding *f) {
  rec *r = ctx;
  size_t n = strlen(r->text);
  snprintf(r->text + n, sizeof r->text - n, "%s %s %s %u:%u %s\n", r->p->rules[f->rule].id,
           f->res->name, vm_status_name(f->status), f->line, f->col, f->message);
}

typedef struct fx {
  iac_unit u;
  iac_resource res[8];
} fx;

static iac_resource *add_res(fx *x, iac_format f, const char *kind, const char *type,
                             const char *name, uint32_t line, const doc_node *body) {
  iac_resource *r = &x->res[x->u.n_resources++];
  memset(r, 0, sizeof *r);
  r->format = f;
  r->kind = kind;
  r->type = type;
  r->name = name;
  r->file = "t.yaml";
  r->line = line;
  r->col = 3;
  r->body = body;
  x->u.resources = x->res;
  return r;
}

/* { Type: ..., Properties: { ImageTagMutability: v } } with keys on lines line+1, line+2 */
static doc_node *ecr_body(uint32_t line, doc_node *v) {
  doc_entry pe = {"ImageTagMutability", 18, line + 2, 7, v};
  doc_node *props = iac_doc_map(&ar, &pe, v ? 1 : 0, line + 2, 7);
  doc_entry es[2] = {{"Type", 4, line + 1, 5, ns("AWS::ECR::Repository")},
                     {"Properties", 10, line + 2, 5, props}};
  return iac_doc_map(&ar, es, 2, line + 1, 5);
}

static const char *run_budget(asm_t *a, fx *x, uint64_t max_steps, uint64_t max_bytes) {
  static rec r;
  memset(&r, 0, sizeof r);
  vm_pack *p = asm_load(a, err, sizeof err);
  if (!p) fail_msg("%s", err);
  r.p = p;
  vm_options o = {.max_steps = max_steps, .max_bytes = max_bytes};
  vm_state *s = vm_state_new(p, &o);
  size_t n = vm_run_unit(s, &x->u, record, &r);
  size_t lines = 0;
  for (const char *c = r.text; *c; c++)
    lines += *c == '\n';
  assert_int_equal(n, lines);
  vm_state_free(s);
  vm_pack_free(p);
  return r.text;
}

static const char *run(asm_t *a, fx *x, uint64_t max_steps) {
  return run_budget(a, x, max_steps, 0);
}

/* let s = "ab"; 40 times: let s = "{s}{s}"; expect s == "x" — 2^41 bytes
 * unbounded; under a 64 KiB byte budget the string becomes unknown with a
 * reason, and stays unknown (its display form does not restart the growth). */
static void test_run_byte_budget(void **st) {
  (void)st;
  asm_t *a = asm_new();
  uint32_t kab = asm_str(a, "ab"), kx = asm_str(a, "x");
  asm_rule(a, "BIG", VM_SEV_LOW, "big strings");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "*", NULL);
  asm_op(a, VM_OP_CONST, kab);
  asm_op(a, VM_OP_STORE, 0u);
  for (int i = 0; i < 40; i++) {
    asm_op(a, VM_OP_LOAD, 0u);
    asm_op(a, VM_OP_LOAD, 0u);
    asm_op(a, VM_OP_CONCAT, 2u);
    asm_op(a, VM_OP_STORE, 0u);
  }
  asm_op(a, VM_OP_LOAD, 0u);
  asm_op(a, VM_OP_CONST, kx);
  asm_op(a, VM_OP_EQ);
  asm_op(a, VM_OP_UNKNOWN_OR);
  asm_op(a, VM_OP_CHECK, LBL(0));
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_REPORT);
  asm_label(a, 0);
  asm_op(a, VM_OP_RET);
  asm_end(a, 1, 3);
  fx x = {0};
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::S3::Bucket", "B", 5, ns("x"));
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::S3::Bucket", "C", 9, ns("x"));
  assert_string_equal(run_budget(a, &x, 0, 65536),
                      "BIG B unknown 5:3 big strings (unknown: limit exceeded: more than 65536 "
                      "bytes built for one rule on one resource)\n"
                      "BIG C unknown 9:3 big strings (unknown: limit exceeded: more than 65536 "
                      "bytes built for one rule on one resource)\n");
  asm_free(a);
}

/* APPEND grows only lists made by NEWLIST: a constant of the shared pack (or a
 * document list) is pushed back unchanged, so a hand-made pack cannot write
 * into memory other states read. Here: APPEND "x" to the constant [] and to a
 * NEWLIST, then report both lengths. */
static void test_run_append_only_builders(void **st) {
  (void)st;
  asm_t *a = asm_new();
  uint32_t kempty = asm_const(a, iac_doc_list(&a->arena, NULL, 0, 0, 0));
  uint32_t kx = asm_str(a, "x"), ksep = asm_str(a, " ");
  asm_rule(a, "APP", VM_SEV_LOW, "append");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "*", NULL);
  asm_op(a, VM_OP_CONST, kempty);
  asm_op(a, VM_OP_CONST, kx);
  asm_op(a, VM_OP_APPEND);
  asm_op(a, VM_OP_CALL, (uint32_t)VM_BI_LEN, 1u);
  asm_op(a, VM_OP_CONST, ksep);
  asm_op(a, VM_OP_NEWLIST);
  asm_op(a, VM_OP_CONST, kx);
  asm_op(a, VM_OP_APPEND);
  asm_op(a, VM_OP_CONST, kx);
  asm_op(a, VM_OP_APPEND);
  asm_op(a, VM_OP_CONST, kx);
  asm_op(a, VM_OP_APPEND);
  asm_op(a, VM_OP_CALL, (uint32_t)VM_BI_LEN, 1u);
  asm_op(a, VM_OP_CONST, ksep);
  asm_op(a, VM_OP_CONST, kempty);
  asm_op(a, VM_OP_CALL, (uint32_t)VM_BI_LEN, 1u);
  asm_op(a, VM_OP_CONCAT, 5u);
  asm_op(a, VM_OP_STORE, 0u);
  asm_op(a, VM_OP_CONST, asm_const(a, iac_doc_bool(&a->arena, false, 0, 0)));
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_LOAD, 0u);
  asm_op(a, VM_OP_REPORT);
  asm_op(a, VM_OP_RET);
  asm_end(a, 1, 5);
  fx x = {0};
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::S3::Bucket", "B", 5, ns("x"));
  assert_string_equal(run(a, &x, 0), "APP B fail 5:3 0 3 0\n");
  asm_free(a);
}

/* PICK: c true -> a, false -> b, unknown -> a when a == b, else c (its reason kept) */
static void test_run_pick(void **st) {
  (void)st;
  asm_t *a = asm_new();
  uint32_t k1 = asm_str(a, "one"), k2 = asm_str(a, "two");
  uint32_t kt = asm_const(a, iac_doc_bool(&a->arena, true, 0, 0));
  uint32_t kf = asm_const(a, iac_doc_bool(&a->arena, false, 0, 0));
  uint32_t ku = asm_const(a, iac_doc_unknown(&a->arena, "var.v has no value", 0, 0));
  uint32_t ksep = asm_str(a, ",");
  asm_rule(a, "PICK", VM_SEV_LOW, "pick");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "*", NULL);
  uint32_t conds[4] = {kt, kf, ku, ku};
  for (int i = 0; i < 4; i++) {
    if (i) asm_op(a, VM_OP_CONST, ksep);
    asm_op(a, VM_OP_CONST, k1);
    asm_op(a, VM_OP_CONST, i == 3 ? k1 : k2);
    asm_op(a, VM_OP_CONST, conds[i]);
    asm_op(a, VM_OP_PICK);
  }
  asm_op(a, VM_OP_CONCAT, 7u);
  asm_op(a, VM_OP_STORE, 0u);
  asm_op(a, VM_OP_CONST, kf);
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_LOAD, 0u);
  asm_op(a, VM_OP_REPORT);
  asm_op(a, VM_OP_RET);
  asm_end(a, 1, 9);
  fx x = {0};
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::S3::Bucket", "B", 5, ns("x"));
  assert_string_equal(run(a, &x, 0), "PICK B fail 5:3 one,two,<unknown>,one\n");
  asm_free(a);
}

/* expect m in IMMUTABLE at m else "tags mutable ({m ?? "MUTABLE by default"})" */
static asm_t *ecr_rule(void) {
  asm_t *a = asm_new();
  doc_node *imm[2] = {ns("IMMUTABLE"), ns("IMMUTABLE_WITH_EXCLUSION")};
  uint32_t kl = asm_const(a, iac_doc_list(&a->arena, imm, 2, 0, 0));
  uint32_t kp = asm_str(a, "Properties"), kt = asm_str(a, "ImageTagMutability");
  uint32_t k1 = asm_str(a, "tags mutable ("), k2 = asm_str(a, "MUTABLE by default"),
           k3 = asm_str(a, ")");
  asm_rule(a, "ECR", VM_SEV_HIGH, "ECR tags must be immutable");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", NULL);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, kp);
  asm_op(a, VM_OP_FIELD, kt);
  asm_op(a, VM_OP_STORE, 0u);
  asm_op(a, VM_OP_LOAD, 0u);
  asm_op(a, VM_OP_CONST, kl);
  asm_op(a, VM_OP_IN);
  asm_op(a, VM_OP_UNKNOWN_OR);
  asm_op(a, VM_OP_CHECK, LBL(0));
  asm_op(a, VM_OP_LOAD, 0u);
  asm_op(a, VM_OP_CONST, k1);
  asm_op(a, VM_OP_LOAD, 0u);
  asm_op(a, VM_OP_JPRESENT_KEEP, LBL(1));
  asm_op(a, VM_OP_POP);
  asm_op(a, VM_OP_CONST, k2);
  asm_label(a, 1);
  asm_op(a, VM_OP_CONST, k3);
  asm_op(a, VM_OP_CONCAT, 3u);
  asm_op(a, VM_OP_REPORT);
  asm_label(a, 0);
  asm_op(a, VM_OP_RET);
  asm_end(a, 1, 5);
  return a;
}

static void test_run_ecr(void **st) {
  (void)st;
  asm_t *a = ecr_rule();
  fx x = {0};
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", "Mut", 10,
          ecr_body(10, iac_doc_string(&ar, "MUTABLE", 7, 12, 27)));
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", "Imm", 20,
          ecr_body(20, ns("IMMUTABLE")));
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", "Def", 30,
          ecr_body(30, NULL));
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", "Unk", 40,
          ecr_body(40, iac_doc_unknown(&ar, "ref:TagParam", 42, 27)));
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::S3::Bucket", "Bucket", 50, ns("x"));
  add_res(&x, IAC_FMT_TERRAFORM, "resource", "AWS::ECR::Repository", "Tf", 60, ns("x"));
  assert_string_equal(run(a, &x, 0), "ECR Mut fail 12:7 tags mutable (MUTABLE)\n"
                                     "ECR Imm pass 20:3 \n"
                                     "ECR Def fail 30:3 tags mutable (MUTABLE by default)\n"
                                     "ECR Unk unknown 42:7 tags mutable (<unknown>)\n");
  asm_free(a);
}

/* for s in r.Statements { expect s.Effect == "Deny" }  (default message); an
 * unknown Statements iterates once over one unknown item: unknown, not a pass */
static void test_run_loop(void **st) {
  (void)st;
  asm_t *a = asm_new();
  uint32_t ks = asm_str(a, "Statements"), ke = asm_str(a, "Effect"), kd = asm_str(a, "Deny");
  asm_rule(a, "LOOP", VM_SEV_LOW, "statements deny");
  asm_sel(a, IAC_FMT_POLICY, "statement", "*", NULL);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, ks);
  asm_op(a, VM_OP_ITER);
  asm_label(a, 0);
  asm_op(a, VM_OP_NEXT, 0u, LBL(2));
  asm_op(a, VM_OP_LOAD, 0u);
  asm_op(a, VM_OP_FIELD, ke);
  asm_op(a, VM_OP_CONST, kd);
  asm_op(a, VM_OP_EQ);
  asm_op(a, VM_OP_UNKNOWN_OR);
  asm_op(a, VM_OP_CHECK, LBL(1));
  asm_op(a, VM_OP_LOAD, 0u);
  asm_op(a, VM_OP_FIELD, ke);
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_REPORT);
  asm_label(a, 1);
  asm_op(a, VM_OP_LOOP, LBL(0));
  asm_label(a, 2);
  asm_op(a, VM_OP_RET);
  asm_end(a, 1, 4);

  doc_entry s1 = {"Effect", 6, 7, 9, ns("Deny")};
  doc_entry s2 = {"Effect", 6, 8, 9, ns("Allow")};
  doc_entry s3 = {"Effect", 6, 9, 9, iac_doc_unknown(&ar, "ref:Eff", 0, 0)};
  doc_node *items[3] = {iac_doc_map(&ar, &s1, 1, 7, 7), iac_doc_map(&ar, &s2, 1, 8, 7),
                        iac_doc_map(&ar, &s3, 1, 9, 7)};
  doc_entry top = {"Statements", 10, 6, 5, iac_doc_list(&ar, items, 3, 7, 5)};
  fx x = {0};
  add_res(&x, IAC_FMT_POLICY, "statement", "Allow", "P", 5, iac_doc_map(&ar, &top, 1, 6, 5));
  add_res(&x, IAC_FMT_POLICY, "statement", "Deny", "Empty", 15, iac_doc_map(&ar, NULL, 0, 16, 5));
  doc_entry unk = {"Statements", 10, 26, 5, iac_doc_unknown(&ar, "ref:S", 26, 17)};
  add_res(&x, IAC_FMT_POLICY, "statement", "Deny", "Unk", 25, iac_doc_map(&ar, &unk, 1, 26, 5));
  assert_string_equal(run(a, &x, 0), "LOOP P fail 8:9 statements deny\n"
                                     "LOOP P unknown 9:9 statements deny (unknown: ref:Eff)\n"
                                     "LOOP Empty pass 15:3 \n"
                                     "LOOP Unk unknown 26:5 statements deny (unknown: ref:S)\n");
  /* the same rule under a tiny budget stops with an error, and no pass */
  assert_string_equal(run(a, &x, 10),
                      "LOOP P error 5:3 limit exceeded: more than 10 instructions for one rule on "
                      "one resource (--max-steps)\n"
                      "LOOP Empty pass 15:3 \n"
                      "LOOP Unk error 25:3 limit exceeded: more than 10 instructions for one rule "
                      "on one resource (--max-steps)\n");
  asm_free(a);
}

/* when r.Enabled == true; expect false */
static void test_run_when(void **st) {
  (void)st;
  asm_t *a = asm_new();
  uint32_t ken = asm_str(a, "Enabled");
  uint32_t kt = asm_const(a, iac_doc_bool(&a->arena, true, 0, 0));
  uint32_t kf = asm_const(a, iac_doc_bool(&a->arena, false, 0, 0));
  asm_rule(a, "WHEN", VM_SEV_MEDIUM, "guarded");
  asm_sel(a, IAC_FMT_KUBERNETES, "resource", "Pod", NULL);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, ken);
  asm_op(a, VM_OP_CONST, kt);
  asm_op(a, VM_OP_EQ);
  asm_op(a, VM_OP_WHEN, LBL(0));
  asm_op(a, VM_OP_CONST, kf);
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_REPORT);
  asm_label(a, 0);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 3);
  doc_entry on = {"Enabled", 7, 2, 1, iac_doc_bool(&ar, true, 2, 10)};
  doc_entry off = {"Enabled", 7, 4, 1, iac_doc_bool(&ar, false, 4, 10)};
  doc_entry unk = {"Enabled", 7, 6, 1, iac_doc_unknown(&ar, "var.enabled", 6, 10)};
  fx x = {0};
  add_res(&x, IAC_FMT_KUBERNETES, "resource", "Pod", "On", 1, iac_doc_map(&ar, &on, 1, 2, 1));
  add_res(&x, IAC_FMT_KUBERNETES, "resource", "Pod", "Off", 3, iac_doc_map(&ar, &off, 1, 4, 1));
  add_res(&x, IAC_FMT_KUBERNETES, "resource", "Pod", "Unk", 5, iac_doc_map(&ar, &unk, 1, 6, 1));
  assert_string_equal(run(a, &x, 0), "WHEN On fail 1:3 guarded\n"
                                     "WHEN Unk unknown 5:3 guarded (unknown: var.enabled)\n");
  asm_free(a);
}

/* The trace hook: a begin event per evaluation (pc VM_NO_PC), then each
 * instruction with the value it left on top; findings name their REPORT. */
typedef struct trace_rec {
  char text[2048];
  uint32_t report_pc, report_sel;
} trace_rec;

static void on_trace(void *ctx, const vm_trace_event *ev) {
  trace_rec *t = ctx;
  size_t n = strlen(t->text);
  char v[64] = "-";
  if (ev->top) vm_value_display(ev->top, v, sizeof v);
  if (ev->pc == VM_NO_PC)
    snprintf(t->text + n, sizeof t->text - n, "begin %s\n", ev->res->name);
  else
    snprintf(t->text + n, sizeof t->text - n, "%u %s\n", ev->pc, v);
}

static void on_finding(void *ctx, const vm_finding *f) {
  trace_rec *t = ctx;
  t->report_pc = f->pc;
  t->report_sel = f->sel;
}

static void test_run_trace(void **st) {
  (void)st;
  asm_t *a = asm_new();
  uint32_t ken = asm_str(a, "Enabled");
  uint32_t kt = asm_const(a, iac_doc_bool(&a->arena, true, 0, 0));
  asm_rule(a, "T", VM_SEV_MEDIUM, "traced");
  asm_sel(a, IAC_FMT_KUBERNETES, "resource", "Pod", NULL);
  asm_op(a, VM_OP_SUBJECT);        /* 0 */
  asm_op(a, VM_OP_FIELD, ken);     /* 1 */
  asm_op(a, VM_OP_CONST, kt);      /* 6 */
  asm_op(a, VM_OP_EQ);             /* 11 */
  asm_op(a, VM_OP_CHECK, LBL(0));  /* 12 */
  asm_op(a, VM_OP_MISSING);        /* 17 */
  asm_op(a, VM_OP_MISSING);        /* 18 */
  asm_op(a, VM_OP_REPORT);         /* 19 */
  asm_label(a, 0);
  asm_op(a, VM_OP_RET);            /* 20 */
  asm_end(a, 0, 3);
  doc_entry off = {"Enabled", 7, 4, 1, iac_doc_bool(&ar, false, 4, 10)};
  fx x = {0};
  add_res(&x, IAC_FMT_KUBERNETES, "resource", "Pod", "Off", 3, iac_doc_map(&ar, &off, 1, 4, 1));
  vm_pack *p = asm_load(a, err, sizeof err);
  if (!p) fail_msg("%s", err);
  trace_rec t = {0};
  vm_options o = {.trace = on_trace, .trace_ctx = &t};
  vm_state *s = vm_state_new(p, &o);
  assert_int_equal(vm_run_unit(s, &x.u, on_finding, &t), 1);
  assert_string_equal(t.text, "begin Off\n"
                              "0 {\"Enabled\":false}\n"
                              "1 false\n"
                              "6 true\n"
                              "11 false\n"
                              "12 false\n"
                              "17 <missing>\n"
                              "18 <missing>\n"
                              "19 -\n");
  assert_int_equal(t.report_pc, 19);
  assert_int_equal(t.report_sel, 0);
  vm_state_free(s);
  /* untraced: the same finding, no events */
  memset(&t, 0, sizeof t);
  s = vm_state_new(p, NULL);
  assert_int_equal(vm_run_unit(s, &x.u, on_finding, &t), 1);
  assert_string_equal(t.text, "");
  assert_int_equal(t.report_pc, 19);
  vm_state_free(s);
  vm_pack_free(p);
  asm_free(a);
}

/* a message built from projections: r.Items[*].Name, and r.Items[*].Name[0], where
 * INDEX maps over the projection (each Name[0]; "c"[0] is absent and dropped) */
static void test_run_projection(void **st) {
  (void)st;
  asm_t *a = asm_new();
  uint32_t ki = asm_str(a, "Items"), kn = asm_str(a, "Name");
  uint32_t kz = asm_const(a, iac_doc_number(&a->arena, 0, 0, 0));
  uint32_t kf = asm_const(a, iac_doc_bool(&a->arena, false, 0, 0));
  uint32_t ksep = asm_str(a, " / ");
  asm_rule(a, "PROJ", VM_SEV_INFO, "proj");
  asm_sel(a, IAC_FMT_ANSIBLE, "task", "t", NULL);
  asm_op(a, VM_OP_CONST, kf);
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, ki);
  asm_op(a, VM_OP_WILDCARD);
  asm_op(a, VM_OP_FIELD, kn);
  asm_op(a, VM_OP_CONST, ksep);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, ki);
  asm_op(a, VM_OP_WILDCARD);
  asm_op(a, VM_OP_FIELD, kn);
  asm_op(a, VM_OP_CONST, kz);
  asm_op(a, VM_OP_INDEX);
  asm_op(a, VM_OP_CONCAT, 3u);
  asm_op(a, VM_OP_REPORT);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 6);
  doc_node *names[2] = {ns("a"), ns("b")};
  doc_entry e1 = {"Name", 4, 3, 5, iac_doc_list(&ar, names, 2, 3, 11)};
  doc_entry e2 = {"Other", 5, 4, 5, ns("x")};
  doc_entry e3 = {"Name", 4, 5, 5, ns("c")};
  doc_node *items[3] = {iac_doc_map(&ar, &e1, 1, 3, 5), iac_doc_map(&ar, &e2, 1, 4, 5),
                        iac_doc_map(&ar, &e3, 1, 5, 5)};
  doc_entry top = {"Items", 5, 2, 1, iac_doc_list(&ar, items, 3, 3, 3)};
  fx x = {0};
  add_res(&x, IAC_FMT_ANSIBLE, "task", "t", "T", 1, iac_doc_map(&ar, &top, 1, 2, 1));
  assert_string_equal(run(a, &x, 0), "PROJ T fail 1:3 [[\"a\",\"b\"],\"c\"] / [\"a\"]\n");
  asm_free(a);
}

/* refers_to(r.Repo, resources("AWS::ECR::Repository")[0]) */
static void test_run_refers_to(void **st) {
  (void)st;
  asm_t *a = asm_new();
  uint32_t kr = asm_str(a, "Repo"), kt = asm_str(a, "AWS::ECR::Repository");
  uint32_t kz = asm_const(a, iac_doc_number(&a->arena, 0, 0, 0));
  asm_rule(a, "REF", VM_SEV_HIGH, "policy targets the repository");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::RepositoryPolicy", NULL);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, kr);
  asm_op(a, VM_OP_RESOURCES, kt);
  asm_op(a, VM_OP_CONST, kz);
  asm_op(a, VM_OP_INDEX);
  asm_op(a, VM_OP_CALL, (uint32_t)VM_BI_REFERS_TO, 2u);
  asm_op(a, VM_OP_UNKNOWN_OR);
  asm_op(a, VM_OP_CHECK, LBL(0));
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_REPORT);
  asm_label(a, 0);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 3);
  fx x = {0};
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", "MyRepo", 1,
          ecr_body(1, ns("IMMUTABLE")));
  doc_entry good = {"Repo", 4, 11, 5, iac_doc_unknown(&ar, "ref:MyRepo.Arn", 11, 11)};
  doc_entry bad = {"Repo", 4, 21, 5, iac_doc_unknown(&ar, "ref:MyRepo2", 21, 11)};
  /* the same text without the flag is not a reference: kinds are flags */
  doc_entry text = {"Repo", 4, 31, 5, iac_doc_unknown(&ar, "ref:MyRepo.Arn", 31, 11)};
  good.val->flags |= DOC_F_REF;
  bad.val->flags |= DOC_F_REF;
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::RepositoryPolicy", "Good", 10,
          iac_doc_map(&ar, &good, 1, 11, 5));
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::RepositoryPolicy", "Bad", 20,
          iac_doc_map(&ar, &bad, 1, 21, 5));
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::RepositoryPolicy", "Text", 30,
          iac_doc_map(&ar, &text, 1, 31, 5));
  assert_string_equal(run(a, &x, 0), "REF Good pass 10:3 \n"
                                     "REF Bad fail 20:3 policy targets the repository\n"
                                     "REF Text fail 30:3 policy targets the repository\n");
  asm_free(a);
}

/* Two selectors of one rule matching one resource are one evaluation: one pass. */
static void test_run_aggregate_selectors(void **st) {
  (void)st;
  asm_t *a = asm_new();
  asm_rule(a, "AGG", VM_SEV_HIGH, "agg");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", NULL);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 0);
  asm_sel(a, IAC_FMT_NONE, "resource", "*", NULL);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 0);
  asm_rule(a, "SECOND", VM_SEV_LOW, "second");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "*", NULL);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 0);
  fx x = {0};
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "AWS::ECR::Repository", "R", 1, ns("x"));
  add_res(&x, IAC_FMT_TERRAFORM, "resource", "aws_s3_bucket", "B", 9, ns("x"));
  assert_string_equal(run(a, &x, 0), "AGG R pass 1:3 \n"
                                     "SECOND R pass 1:3 \n"
                                     "AGG B pass 9:3 \n");
  asm_free(a);
}

/* MKLIST and CALL: len([SUBJECT.a, missing]) == 2; INDEX with a negative number */
static void test_run_mklist_index(void **st) {
  (void)st;
  asm_t *a = asm_new();
  uint32_t ka = asm_str(a, "a");
  uint32_t km1 = asm_const(a, iac_doc_number(&a->arena, -1, 0, 0));
  uint32_t kf = asm_const(a, iac_doc_bool(&a->arena, false, 0, 0));
  asm_rule(a, "MK", VM_SEV_LOW, "mk");
  asm_sel(a, IAC_FMT_CLOUDFORMATION, "resource", "T", NULL);
  asm_op(a, VM_OP_CONST, kf);
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, ka);
  asm_op(a, VM_OP_CONST, km1);
  asm_op(a, VM_OP_INDEX); /* at = a[-1], located at that item */
  asm_op(a, VM_OP_SUBJECT);
  asm_op(a, VM_OP_FIELD, ka);
  asm_op(a, VM_OP_MISSING);
  asm_op(a, VM_OP_MKLIST, 2u);
  asm_op(a, VM_OP_DUP);
  asm_op(a, VM_OP_CALL, (uint32_t)VM_BI_LEN, 1u);
  asm_op(a, VM_OP_CONCAT, 2u);
  asm_op(a, VM_OP_REPORT);
  asm_op(a, VM_OP_RET);
  asm_end(a, 0, 5);
  doc_node *items[2] = {iac_doc_number(&ar, 1, 3, 6), iac_doc_number(&ar, 2, 4, 6)};
  doc_entry e = {"a", 1, 2, 3, iac_doc_list(&ar, items, 2, 3, 4)};
  fx x = {0};
  add_res(&x, IAC_FMT_CLOUDFORMATION, "resource", "T", "R", 1, iac_doc_map(&ar, &e, 1, 2, 3));
  assert_string_equal(run(a, &x, 0), "MK R fail 4:6 [[1,2],null]2\n");
  asm_free(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_and_or_not_tables),
      cmocka_unit_test(test_eq_table),
      cmocka_unit_test(test_in_table),
      cmocka_unit_test(test_compare_table),
      cmocka_unit_test(test_display),
      cmocka_unit_test(test_from_node),
      cmocka_unit_test(test_builtins_basic),
      cmocka_unit_test(test_builtin_matches),
      cmocka_unit_test(test_builtin_glob),
      cmocka_unit_test(test_run_byte_budget),
      cmocka_unit_test(test_run_append_only_builders),
      cmocka_unit_test(test_run_pick),
      cmocka_unit_test(test_run_ecr),
      cmocka_unit_test(test_run_loop),
      cmocka_unit_test(test_run_when),
      cmocka_unit_test(test_run_trace),
      cmocka_unit_test(test_run_projection),
      cmocka_unit_test(test_run_refers_to),
      cmocka_unit_test(test_run_aggregate_selectors),
      cmocka_unit_test(test_run_mklist_index),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
