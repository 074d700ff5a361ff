/* test_tf.c — Terraform evaluation goldens and the HCL tool used by
 * tests/terraform/suite.sh.
 *
 *   test_tf                    cmocka: every tests/terraform/cases/NAME/ is loaded
 *                              as a module (or NAME/plan.json through iac_load_file)
 *                              and its dump compared with expected.txt
 *   test_tf dump DIR [ARGS]    print the dump of the module in DIR
 *                              (ARGS: --var N=V, --var-file F)
 *   test_tf parse FILE...      parse only; print "FILE:LINE:COL: message" per error
 *   test_tf shape FILE         one line per block / attribute (differential test)
 *   test_tf bench FILE...      parse + evaluate each directory of FILEs; print MB/s
 *
 * Dump format, one line per item:
 *   resource NAME kind=K type=T at=FILE:L:C body=JSON
 *   error FILE:L:C: MESSAGE
 *   skipped ADDRESS source=S reason=R at=FILE:L:C
 * JSON bodies are compact, in source order; a top-level key is written
 * "key@L:C" with the location of its value; unknowns are {"unknown":"reason"}. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <cmocka.h>

#include "hcl.h"
#include "iac.h"
#include "terraform.h"
#include "tf_int.h" /* the name tables (tf_index.c) */

typedef struct buf {
  char *p;
  size_t n, cap;
} buf;

static void bput(buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    b->cap = (b->n + n + 1) * 2;
    b->p = realloc(b->p, b->cap);
    if (!b->p) abort();
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}

static void bprintf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bprintf(buf *b, const char *fmt, ...) {
  char tmp[4096];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  bput(b, tmp, n < 0 ? 0 : (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void jstr(buf *b, const char *s, size_t n) {
  bput(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      bput(b, "\\", 1);
      bput(b, (const char *)&c, 1);
    } else if (c == '\n')
      bput(b, "\\n", 2);
    else if (c == '\t')
      bput(b, "\\t", 2);
    else if (c < 0x20)
      bprintf(b, "\\u%04x", c);
    else
      bput(b, (const char *)&c, 1);
  }
  bput(b, "\"", 1);
}

static void jnode(buf *b, const doc_node *n, bool top) {
  switch ((doc_kind)n->kind) {
  case DOC_NULL: bput(b, "null", 4); break;
  case DOC_BOOL: bput(b, n->u.b ? "true" : "false", n->u.b ? 4 : 5); break;
  case DOC_NUMBER: bprintf(b, "%.17g", n->u.num); break;
  case DOC_STRING: jstr(b, n->u.str, n->len); break;
  case DOC_UNKNOWN:
    bput(b, "{\"unknown\":", 11);
    jstr(b, n->u.str, n->len);
    bput(b, "}", 1);
    break;
  case DOC_LIST:
    bput(b, "[", 1);
    for (uint32_t i = 0; i < n->len; i++) {
      if (i) bput(b, ",", 1);
      jnode(b, n->u.items[i], false);
    }
    bput(b, "]", 1);
    break;
  case DOC_MAP:
    bput(b, "{", 1);
    for (uint32_t i = 0; i < n->len; i++) {
      const doc_entry *e = &n->u.entries[i];
      if (i) bput(b, ",", 1);
      if (top) {
        char k[512];
        int kl = snprintf(k, sizeof k, "%s@%u:%u", e->key, e->val->line, e->val->col);
        jstr(b, k, (size_t)kl);
      } else {
        jstr(b, e->key, e->key_len);
      }
      bput(b, ":", 1);
      jnode(b, e->val, false);
    }
    bput(b, "}", 1);
    break;
  }
}

static const char *rel(const char *path, const char *dir) {
  size_t n = strlen(dir);
  if (!strncmp(path, dir, n) && path[n] == '/') return path + n + 1;
  return path;
}

static int cmp_str(const void *x, const void *y) {
  return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static size_t list_tf(const char *dir, char ***out) {
  DIR *d = opendir(dir);
  size_t n = 0;
  *out = NULL;
  if (!d) return 0;
  struct dirent *de;
  while ((de = readdir(d))) {
    size_t l = strlen(de->d_name);
    bool tf = (l > 3 && !strcmp(de->d_name + l - 3, ".tf")) ||
              (l > 8 && !strcmp(de->d_name + l - 8, ".tf.json"));
    if (!tf) continue;
    *out = realloc(*out, (n + 1) * sizeof **out);
    size_t pl = strlen(dir) + l + 2;
    (*out)[n] = malloc(pl);
    snprintf((*out)[n], pl, "%s/%s", dir, de->d_name);
    n++;
  }
  closedir(d);
  if (n) qsort(*out, n, sizeof **out, cmp_str);
  return n;
}

/* The dump of the module in dir (caller frees). */
static char *dump_module(const char *dir, const iac_tf_options *opt) {
  char **files;
  size_t n = list_tf(dir, &files);
  char plan[1100];
  struct stat st;
  snprintf(plan, sizeof plan, "%s/plan.json", dir);
  /* a plan case goes through the loader's view detection, like the scanner */
  iac_unit *u = stat(plan, &st) == 0 ? iac_load_file(plan, NULL)
                                     : iac_tf_load_module(dir, (const char *const *)files, n, opt);
  buf b = {0};
  bput(&b, "", 0);
  for (size_t i = 0; i < u->n_resources; i++) {
    const iac_resource *r = &u->resources[i];
    bprintf(&b, "resource %s kind=%s type=%s at=%s:%u:%u body=", r->name, r->kind, r->type,
            rel(r->file, dir), r->line, r->col);
    jnode(&b, r->body, true);
    bput(&b, "\n", 1);
  }
  for (size_t i = 0; i < u->n_errors; i++) {
    const iac_error *e = &u->errors[i];
    bprintf(&b, "%s %s:%u:%u: %s\n", e->severity == IAC_SEV_WARNING ? "warning" : "error",
            rel(e->file, dir), e->line, e->col, e->message);
  }
  size_t ns;
  const iac_tf_skipped *sk = iac_tf_unit_skipped(u, &ns);
  for (size_t i = 0; i < ns; i++)
    bprintf(&b, "skipped %s source=%s reason=%s at=%s:%u:%u\n", sk[i].address, sk[i].source,
            sk[i].reason, rel(sk[i].file, dir), sk[i].line, sk[i].col);
  iac_unit_free(u);
  for (size_t i = 0; i < n; i++)
    free(files[i]);
  free(files);
  return b.p;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  char *p = malloc((size_t)n + 1);
  size_t got = fread(p, 1, (size_t)n, f);
  fclose(f);
  p[got] = 0;
  if (len) *len = got;
  return p;
}

/* ---- options from a case's "args" file or the command line ------------------------- */

typedef struct opts {
  const char *vars[16], *var_files[16];
  char owned[16][1100]; /* var-file paths joined to the case directory */
  size_t nv, nf, nowned;
  iac_tf_options o;
} opts;

static void add_opt(opts *o, const char *flag, const char *val) {
  if (!strcmp(flag, "--var") && o->nv < 16) o->vars[o->nv++] = val;
  if (!strcmp(flag, "--var-file") && o->nf < 16) o->var_files[o->nf++] = val;
}

static void finish_opts(opts *o) {
  o->o.vars = o->vars;
  o->o.n_vars = o->nv;
  o->o.var_files = o->var_files;
  o->o.n_var_files = o->nf;
  o->o.lim = NULL;
}

/* ---- cmocka: golden cases ----------------------------------------------------------------- */

static const char *cases_dir(void) {
  const char *d = getenv("VIGIL_TF_CASES");
  return d ? d : "tests/terraform/cases";
}

static void run_case(void **state) {
  const char *name = *state;
  char dir[1024], path[1100];
  snprintf(dir, sizeof dir, "%s/%s", cases_dir(), name);
  opts o = {0};
  snprintf(path, sizeof path, "%s/args", dir);
  char *args = slurp(path, NULL);
  char *save = NULL;
  if (args) {
    for (char *line = strtok_r(args, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
      char *sp = strchr(line, ' ');
      if (!sp) continue;
      *sp = 0;
      char *val = sp + 1;
      if (!strcmp(line, "--var-file") && o.nowned < 16) {
        char *p = o.owned[o.nowned++];
        snprintf(p, sizeof o.owned[0], "%s/%s", dir, val);
        val = p;
      }
      add_opt(&o, line, val);
    }
  }
  finish_opts(&o);
  char *got = dump_module(dir, &o.o);
  snprintf(path, sizeof path, "%s/expected.txt", dir);
  char *want = slurp(path, NULL);
  if (!want || strcmp(got, want)) {
    print_message("case %s: dump differs\n--- expected\n%s--- got\n%s", name, want ? want : "",
                  got);
    fail();
  }
  free(got);
  free(want);
  free(args);
}

static int run_cases(void) {
  DIR *d = opendir(cases_dir());
  if (!d) {
    fprintf(stderr, "test_tf: no cases in %s\n", cases_dir());
    return 1;
  }
  char *names[256];
  size_t n = 0;
  struct dirent *de;
  while ((de = readdir(d)) && n < 256)
    if (de->d_name[0] != '.') names[n++] = strdup(de->d_name);
  closedir(d);
  qsort(names, n, sizeof *names, cmp_str);
  struct CMUnitTest *tests = calloc(n, sizeof *tests);
  for (size_t i = 0; i < n; i++) {
    tests[i].name = names[i];
    tests[i].test_func = run_case;
    tests[i].initial_state = names[i];
  }
  int rc = _cmocka_run_group_tests("terraform_cases", tests, n, NULL, NULL);
  for (size_t i = 0; i < n; i++)
    free(names[i]);
  free(tests);
  return rc;
}

/* ---- kinds are flags (issue 12) ---------------------------------------------------------------
 */

static const doc_node *attr_of(const iac_unit *u, const char *res, const char *attr) {
  for (size_t i = 0; i < u->n_resources; i++)
    if (!strcmp(u->resources[i].name, res)) return iac_map_get(u->resources[i].body, attr);
  return NULL;
}

/* References to resources are DOC_F_REF unknowns and evaluation errors
 * DOC_F_EVAL_ERROR unknowns (what refers_to and try/can test); the reason text
 * users read is unchanged. */
static void unknown_kinds_are_flags(void **state) {
  (void)state;
  char dir[1024];
  snprintf(dir, sizeof dir, "%s/references", cases_dir());
  char **files;
  size_t n = list_tf(dir, &files);
  iac_unit *u = iac_tf_load_module(dir, (const char *const *)files, n, NULL);
  const doc_node *ref = attr_of(u, "aws_kms_key.k", "description");
  const doc_node *err = attr_of(u, "aws_kms_key.k", "undeclared");
  const doc_node *by_id = attr_of(u, "aws_ecr_lifecycle_policy.by_id", "repository");
  assert_non_null(ref);
  assert_non_null(err);
  assert_non_null(by_id);
  assert_int_equal(ref->kind, DOC_UNKNOWN);
  assert_int_equal(ref->flags & (DOC_F_REF | DOC_F_EVAL_ERROR), DOC_F_REF);
  assert_string_equal(ref->u.str, "ref:data.aws_caller_identity.me.account_id");
  assert_int_equal(by_id->flags & (DOC_F_REF | DOC_F_EVAL_ERROR), DOC_F_REF);
  assert_string_equal(by_id->u.str, "ref:aws_ecr_repository.foo.id");
  assert_int_equal(err->kind, DOC_UNKNOWN);
  assert_int_equal(err->flags & (DOC_F_REF | DOC_F_EVAL_ERROR), DOC_F_EVAL_ERROR);
  assert_string_equal(err->u.str, "error: reference to undeclared resource aws_nope.nope");
  iac_unit_free(u);
  for (size_t i = 0; i < n; i++)
    free(files[i]);
  free(files);
}

static int run_kinds(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(unknown_kinds_are_flags)};
  return cmocka_run_group_tests_name("terraform_kinds", tests, NULL, NULL);
}

/* ---- name tables (tf_index.c): what the evaluator looks declarations up by ---------------- */

/* The hash reads only the string: equal text, equal hash, wherever it is. */
static void hash_is_of_the_text(void **state) {
  (void)state;
  const char *names[] = {"",
                         "a",
                         "ab",
                         "abc",
                         "abcd",
                         "abcdefg",
                         "abcdefgh",
                         "abcdefghi",
                         "var_one",
                         "create_vpc",
                         "enable_dns_hostnames_and_support_for_the_vpc"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    char copy[64], shifted[80];
    snprintf(copy, sizeof copy, "%s", names[i]);
    snprintf(shifted + 3, sizeof shifted - 3, "%s", names[i]); /* another alignment */
    assert_int_equal(iac_tf_hash(TF_HASH_SEED, names[i]), iac_tf_hash(TF_HASH_SEED, copy));
    assert_int_equal(iac_tf_hash(TF_HASH_SEED, names[i]), iac_tf_hash(TF_HASH_SEED, shifted + 3));
    for (size_t k = 0; k < i; k++) /* these differ (not a property of every pair) */
      assert_int_not_equal(iac_tf_hash(TF_HASH_SEED, names[i]),
                           iac_tf_hash(TF_HASH_SEED, names[k]));
  }
  /* the seed continues a hash: (type, name) pairs differ by where they split */
  assert_int_not_equal(iac_tf_hash(iac_tf_hash(TF_HASH_SEED, "ab"), "c"),
                       iac_tf_hash(iac_tf_hash(TF_HASH_SEED, "a"), "bc"));
}

/* Candidates come in insertion order for one hash, none for another. */
static void index_yields_in_order(void **state) {
  (void)state;
  base_arena a;
  base_arena_init(&a);
  tf_index x = {0};
  uint32_t pos = 0;
  assert_int_equal(iac_tf_index_next(&x, 7, &pos), TF_INDEX_NONE); /* never built: empty */
  iac_tf_index_init(&a, &x, 40);
  for (uint32_t i = 0; i < 40; i++) /* hashes 0..3, ten indices each, interleaved */
    iac_tf_index_put(&x, i % 4, i);
  for (uint32_t h = 0; h < 4; h++) {
    uint32_t i, n = 0;
    pos = 0;
    while ((i = iac_tf_index_next(&x, h, &pos)) != TF_INDEX_NONE) {
      assert_int_equal(i, h + 4 * n);
      n++;
    }
    assert_int_equal(n, 10);
  }
  pos = 0;
  assert_int_equal(iac_tf_index_next(&x, 1000, &pos), TF_INDEX_NONE);
  base_arena_free(&a);
}

static tf_decl *decls(base_arena *a, const char *const *names, uint32_t n) {
  tf_decl *d = base_arena_calloc(a, (n ? n : 1) * sizeof *d);
  for (uint32_t i = 0; i < n; i++)
    d[i].name = names[i];
  return d;
}

/* Small and large configurations (a scan, then a table) find the same
 * declarations: names sharing first bytes, lengths and a missing name. */
static void find_decl_small_and_large(void **state) {
  (void)state;
  static const char *const names[] = {"a",        "ab",        "abc",      "b",           "enabled",
                                      "enable",   "env",       "name",     "name_prefix", "tags",
                                      "tags_all", "x12345678", "x1234567", "vpc_id"};
  for (uint32_t n = 1; n <= sizeof names / sizeof names[0]; n++) { /* 1..8 scan, 9.. table */
    base_arena a;
    base_arena_init(&a);
    tf_config cfg = {0};
    cfg.vars = decls(&a, names, n);
    cfg.n_vars = n;
    cfg.locals = decls(&a, names, n);
    cfg.n_locals = n;
    for (uint32_t i = 0; i < n; i++) {
      assert_int_equal(iac_tf_find_decl(&a, &cfg, TF_DECL_VAR, names[i]), i);
      assert_int_equal(iac_tf_find_decl(&a, &cfg, TF_DECL_LOCAL, names[i]), i);
    }
    for (uint32_t i = n; i < sizeof names / sizeof names[0]; i++)
      assert_int_equal(iac_tf_find_decl(&a, &cfg, TF_DECL_VAR, names[i]), TF_INDEX_NONE);
    assert_int_equal(iac_tf_find_decl(&a, &cfg, TF_DECL_VAR, "abcd"), TF_INDEX_NONE);
    assert_int_equal(iac_tf_find_decl(&a, &cfg, TF_DECL_CALL, "a"), TF_INDEX_NONE); /* no calls */
    base_arena_free(&a);
  }
}

/* A resource is (data or not, type, name): each part tells them apart. */
static void find_res_by_all_three(void **state) {
  (void)state;
  for (uint32_t copies = 1; copies <= 4; copies++) { /* 4..16 declarations: scan and table */
    base_arena a;
    base_arena_init(&a);
    tf_config cfg = {0};
    cfg.n_res = 4 * copies;
    cfg.res = base_arena_calloc(&a, cfg.n_res * sizeof *cfg.res);
    const char *nm[] = {"this", "that", "other", "more"};
    for (uint32_t c = 0; c < copies; c++) {
      tf_decl *d = &cfg.res[4 * c];
      d[0] = (tf_decl){.name = nm[c], .type = "aws_s3_bucket"};
      d[1] = (tf_decl){.name = nm[c], .type = "aws_s3_bucket", .data = true};
      d[2] = (tf_decl){.name = nm[c], .type = "aws_s3_bucket_policy"};
      d[3] = (tf_decl){.name = nm[c], .type = "aws_s3", .data = true};
    }
    for (uint32_t i = 0; i < cfg.n_res; i++)
      assert_int_equal(iac_tf_find_res(&a, &cfg, cfg.res[i].data, cfg.res[i].type, cfg.res[i].name),
                       i);
    assert_int_equal(iac_tf_find_res(&a, &cfg, false, "aws_s3", "this"), TF_INDEX_NONE);
    assert_int_equal(iac_tf_find_res(&a, &cfg, true, "aws_s3_bucket_policy", "this"),
                     TF_INDEX_NONE);
    assert_int_equal(iac_tf_find_res(&a, &cfg, false, "aws_s3_bucket", "nope"), TF_INDEX_NONE);
    base_arena_free(&a);
  }
}

/* A module call's arguments: the first of a repeated name, as
 * iac_hcl_body_attr gives it, for short and long argument lists. */
static void call_args_first_wins(void **state) {
  (void)state;
  for (uint32_t n = 2; n <= 24; n += 11) {
    base_arena a;
    base_arena_init(&a);
    hcl_body body = {0};
    body.n_attrs = n;
    body.attrs = base_arena_calloc(&a, n * sizeof *body.attrs);
    for (uint32_t i = 0; i < n; i++)
      body.attrs[i].name = i == n - 1 ? "arg0" : base_arena_printf(&a, "arg%u", i);
    hcl_block blk = {.type = "module", .body = &body};
    tf_decl call = {.name = "m", .blk = &blk};
    tf_config cfg = {.calls = &call, .n_calls = 1};
    for (uint32_t i = 0; i + 1 < n; i++) {
      const hcl_attr *at = iac_tf_call_arg(&a, &cfg, 0, body.attrs[i].name);
      assert_ptr_equal(at, &body.attrs[i]);
      assert_ptr_equal(at, iac_hcl_body_attr(&body, body.attrs[i].name));
      assert_ptr_equal(iac_tf_attr(&body, body.attrs[i].name), at);
    }
    assert_null(iac_tf_call_arg(&a, &cfg, 0, "arg"));
    assert_null(iac_tf_attr(&body, "missing"));
    base_arena_free(&a);
  }
}

/* ---- value builders (tf_value.c) -------------------------------------------------------- */

/* A scope on its own arena, with the given budget (no unit: the budget must
 * not run out, which would record a warning on it). */
typedef struct value_env {
  base_arena a;
  tf_eval ev;
  tf_scope s;
} value_env;

static void value_env_init(value_env *v, uint64_t max_bytes) {
  memset(v, 0, sizeof *v);
  base_arena_init(&v->a);
  v->ev.a = &v->a;
  v->ev.max_bytes = max_bytes;
  v->s.ev = &v->ev;
  v->s.tag = 3;
}

/* The take builders keep the caller's array (no copy), locate and tag the
 * node as the copying builders do, and charge exactly what they charge. */
static void take_builders_adopt_the_array(void **state) {
  (void)state;
  value_env x, y;
  value_env_init(&x, 1u << 20);
  value_env_init(&y, 1u << 20);
  for (uint32_t n = 0; n <= 3; n++) {
    const doc_node **items = base_arena_alloc(&x.a, (n ? n : 1) * sizeof *items);
    const doc_node **copy = base_arena_alloc(&y.a, (n ? n : 1) * sizeof *copy);
    for (uint32_t i = 0; i < n; i++) {
      items[i] = iac_tf_num(&x.s, i, 1, 1);
      copy[i] = iac_tf_num(&y.s, i, 1, 1);
    }
    uint64_t bx = x.ev.bytes, by = y.ev.bytes;
    const doc_node *l = iac_tf_list_take(&x.s, items, n, 7, 9);
    const doc_node *c = iac_tf_list(&y.s, copy, n, 7, 9);
    assert_ptr_equal(l->u.items, items);
    /* the charge: the array and the node, as a copy's; the count also
     * catches up with the arena, which handed out less without the copy */
    assert_true(x.ev.bytes - bx >= n * sizeof *items + sizeof(doc_node));
    assert_true(x.ev.bytes - bx <= y.ev.bytes - by);
    assert_int_equal(l->kind, DOC_LIST);
    assert_int_equal(l->len, n);
    assert_int_equal(l->tag, 3);
    assert_int_equal(l->flags, c->flags);
    assert_int_equal(l->line, 7);
    assert_int_equal(l->col, 9);
    assert_true(iac_doc_equal(l, c));

    doc_entry *es = base_arena_alloc(&x.a, (n ? n : 1) * sizeof *es);
    doc_entry *ec = base_arena_alloc(&y.a, (n ? n : 1) * sizeof *ec);
    for (uint32_t i = 0; i < n; i++) {
      es[i] = (doc_entry){base_arena_printf(&x.a, "k%u", i), 2, 2, 3, (doc_node *)items[i]};
      ec[i] = (doc_entry){base_arena_printf(&y.a, "k%u", i), 2, 2, 3, (doc_node *)copy[i]};
    }
    bx = x.ev.bytes, by = y.ev.bytes;
    const doc_node *m = iac_tf_map_take(&x.s, es, n, 4, 5);
    const doc_node *mc = iac_tf_map(&y.s, ec, n, 4, 5);
    assert_ptr_equal(m->u.entries, es);
    assert_true(x.ev.bytes - bx >= n * sizeof *es + sizeof(doc_node));
    assert_true(x.ev.bytes - bx <= y.ev.bytes - by);
    assert_int_equal(m->kind, DOC_MAP);
    assert_int_equal(m->len, n);
    assert_int_equal(m->tag, 3);
    assert_int_equal(m->line, 4);
    assert_int_equal(m->col, 5);
    assert_true(iac_doc_equal(m, mc));
  }
  base_arena_free(&x.a);
  base_arena_free(&y.a);
}

/* A list of n copies of v, 64 levels over (a level's items are one
 * pointer): 65 nodes, 2^64 paths from the top to v. */
static const doc_node *shared_tower(value_env *e, const doc_node *v, uint32_t n) {
  for (int level = 0; level < 64; level++) {
    const doc_node **items = base_arena_alloc(&e->a, n * sizeof *items);
    for (uint32_t i = 0; i < n; i++)
      items[i] = v;
    v = iac_tf_list_take(&e->s, items, n, 1, 1);
  }
  return v;
}

/* Walks over a value built by sharing end (each visits a container or pair
 * of containers once; they walked every path, 2^64 of them, and never
 * ended) and give a plain walk's answers: equal towers built apart, the
 * same tower, towers differing at the bottom; an unknown at the bottom
 * found, none reported when there is none. */
static void shared_values_walked_once(void **state) {
  (void)state;
  value_env x;
  value_env_init(&x, 1u << 24);
  const doc_node *a = shared_tower(&x, iac_tf_str(&x.s, "v", 1, 1, 1), 2);
  const doc_node *b = shared_tower(&x, iac_tf_str(&x.s, "v", 1, 1, 1), 2);
  const doc_node *c = shared_tower(&x, iac_tf_str(&x.s, "w", 1, 1, 1), 2);
  const doc_node *u = iac_tf_unknown(&x.s, 5, 6, "bottom");
  const doc_node *d = shared_tower(&x, u, 3);
  assert_true(iac_doc_equal(a, a));
  assert_true(iac_doc_equal(a, b));
  assert_false(iac_doc_equal(a, c));
  assert_false(iac_doc_equal(d, d)); /* an unknown equals nothing */
  const doc_node *first = NULL;
  assert_false(iac_tf_deep_unknown(a, &first));
  assert_null(first);
  assert_true(iac_tf_deep_unknown(d, &first));
  assert_ptr_equal(first, u);
  base_arena_free(&x.a);
}

/* Relocating a value built by sharing copies it as the tree it is (a rule
 * may walk every path of what it is given), up to the budget: the arena
 * hands out no more than the budget and a little (a copied map's entries
 * count, not only its nodes: a map of two was charged a third of its
 * memory, 700 MB for the 256 MB default), and the value is the budget's
 * unknown. */
static void relocation_within_budget(void **state) {
  (void)state;
  enum { BUDGET = 1u << 20 };
  value_env x;
  value_env_init(&x, BUDGET);
  const doc_node *v = iac_tf_str(&x.s, "v", 1, 1, 1);
  for (int level = 0; level < 40; level++) {
    doc_entry *es = base_arena_alloc(&x.a, 2 * sizeof *es);
    es[0] = (doc_entry){"a", 1, 1, 1, (doc_node *)v};
    es[1] = (doc_entry){"b", 1, 1, 1, (doc_node *)v};
    v = iac_tf_map_take(&x.s, es, 2, 1, 1);
  }
  x.ev.bytes = 0; /* the tower's own nodes are not what is measured */
  x.ev.arena_base = x.a.total;
  x.ev.arena_counted = true;
  x.ev.over_reported = true; /* no unit to record the warning on */
  size_t before = x.a.total;
  /* used in another file (tag 4): every node is copied */
  const doc_node *r = iac_tf_relocate_charged(&x.s, v, 4, 1, 1, 9, 9);
  assert_int_equal(r->kind, DOC_UNKNOWN);
  size_t used = x.a.total - before;
  if (used > BUDGET + BUDGET / 8)
    fail_msg("relocation used %zu bytes for a budget of %u", used, BUDGET);
  base_arena_free(&x.a);
}

/* JSON strings as Terraform's jsonencode (Go's encoding/json) writes them:
 * every byte below 0x20, '"', '\\', '<', '>' and '&' escaped, the rest
 * (DEL, UTF-8) as is; escapes at the start, the end and side by side. */
static void json_quote_escapes(void **state) {
  (void)state;
  static const struct {
    const char *in;
    size_t n;
    const char *out;
  } cases[] = {
      {"", 0, "\"\""},
      {"plain", 5, "\"plain\""},
      {"\"", 1, "\"\\\"\""},
      {"a\\b", 3, "\"a\\\\b\""},
      {"\n\r\t", 3, "\"\\n\\r\\t\""},
      {"\x01\x1f", 2, "\"\\u0001\\u001f\""},
      {"<a&b>", 5, "\"\\u003ca\\u0026b\\u003e\""},
      {"\x7f\xc3\xa9 ~", 5, "\"\x7f\xc3\xa9 ~\""},
      {"x\0y", 3, "\"x\\u0000y\""},
      {" !#%'()*+,-./09:;=?@AZ[]^_`az{|}", 32, "\" !#%'()*+,-./09:;=?@AZ[]^_`az{|}\""},
  };
  base_arena a;
  base_arena_init(&a);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    base_strbuf b = {&a, NULL, 0, 0};
    base_strbuf_add(&b, "[", 1); /* appended after text already there */
    iac_tf_json_quote(&b, cases[i].in, cases[i].n);
    assert_int_equal(b.n, strlen(cases[i].out) + 1);
    assert_memory_equal(b.p + 1, cases[i].out, b.n - 1);
    assert_int_equal(b.p[b.n], 0);
  }
  base_arena_free(&a);
}

static int run_values(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(take_builders_adopt_the_array), cmocka_unit_test(shared_values_walked_once),
      cmocka_unit_test(relocation_within_budget), cmocka_unit_test(json_quote_escapes)};
  return cmocka_run_group_tests_name("terraform_values", tests, NULL, NULL);
}

static int run_index(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(hash_is_of_the_text), cmocka_unit_test(index_yields_in_order),
      cmocka_unit_test(find_decl_small_and_large), cmocka_unit_test(find_res_by_all_three),
      cmocka_unit_test(call_args_first_wins)};
  return cmocka_run_group_tests_name("terraform_index", tests, NULL, NULL);
}

/* ---- tool modes ----------------------------------------------------------------------------- */

/* One JSON line per attribute / block: {"k":"attr"|"block","p":[steps]} where
 * the steps from the file's top are, per enclosing block, its type, labels
 * and its index among same-type-and-labels siblings (hcl2json's layout). */
static void jesc(buf *b, const char *s) {
  jstr(b, s, strlen(s));
}

static void shape_body(const hcl_body *b, buf *path) {
  size_t keep = path->n;
  for (uint32_t i = 0; i < b->n_attrs; i++) {
    printf("{\"k\":\"attr\",\"p\":[%s%s", path->p, keep > 0 ? "," : "");
    buf n = {0};
    jesc(&n, b->attrs[i].name);
    printf("%s]}\n", n.p);
    free(n.p);
  }
  for (uint32_t i = 0; i < b->n_blocks; i++) {
    const hcl_block *blk = &b->blocks[i];
    uint32_t idx = 0;
    for (uint32_t k = 0; k < i; k++) {
      const hcl_block *o = &b->blocks[k];
      bool same = !strcmp(o->type, blk->type) && o->n_labels == blk->n_labels;
      for (uint32_t l = 0; same && l < blk->n_labels; l++)
        same = !strcmp(o->labels[l], blk->labels[l]);
      idx += same;
    }
    if (keep) bput(path, ",", 1);
    jesc(path, blk->type);
    for (uint32_t l = 0; l < blk->n_labels; l++) {
      bput(path, ",", 1);
      jesc(path, blk->labels[l]);
    }
    bprintf(path, ",%u", idx);
    printf("{\"k\":\"block\",\"p\":[%s]}\n", path->p);
    shape_body(blk->body, path);
    path->n = keep;
    path->p[keep] = 0;
  }
}

static int tool(int argc, char **argv) {
  if (!strcmp(argv[1], "dump") && argc >= 3) {
    opts o = {0};
    for (int i = 3; i + 1 < argc; i += 2)
      add_opt(&o, argv[i], argv[i + 1]);
    finish_opts(&o);
    char *s = dump_module(argv[2], &o.o);
    fputs(s, stdout);
    free(s);
    return 0;
  }
  if (!strcmp(argv[1], "parse") || !strcmp(argv[1], "shape")) {
    int bad = 0;
    for (int i = 2; i < argc; i++) {
      size_t len;
      char *src = slurp(argv[i], &len);
      if (!src) {
        printf("%s:0:0: cannot read\n", argv[i]);
        bad++;
        continue;
      }
      base_arena a;
      base_arena_init(&a);
      size_t fl = strlen(argv[i]);
      bool json = fl > 5 && !strcmp(argv[i] + fl - 5, ".json");
      hcl_parse_result r = json ? iac_hcl_parse_json(&a, argv[i], src, len, NULL)
                                : iac_hcl_parse(&a, argv[i], src, len, NULL);
      if (!r.body) {
        printf("%s:%u:%u: %s\n", argv[i], r.diag.line, r.diag.col, r.diag.message);
        bad++;
      } else if (r.n_warnings) {
        /* HCL's own parser rejects what these warn about (an attribute set
         * twice): an error here too, as the differential compares with it */
        printf("%s:%u:%u: %s\n", argv[i], r.warnings[0].line, r.warnings[0].col,
               r.warnings[0].message);
        bad++;
      } else if (argv[1][0] == 's') {
        buf path = {0};
        bput(&path, "", 0);
        shape_body(r.body, &path);
        free(path.p);
      }
      base_arena_free(&a);
      free(src);
    }
    return bad ? 1 : 0;
  }
  if (!strcmp(argv[1], "bench")) {
    /* argv: module directories. Pass 1 parses every .tf file once (parse
     * throughput); pass 2 loads each directory as a root module (parse +
     * evaluation, child modules included) and counts every byte it read. */
    double pbytes = 0, ebytes = 0, tparse = 0, teval = 0;
    size_t res = 0, errs = 0;
    struct timespec t0, t1;
    for (int pass = 0; pass < 2; pass++) {
      clock_gettime(CLOCK_MONOTONIC, &t0);
      for (int i = 2; i < argc; i++) {
        char **files;
        size_t n = list_tf(argv[i], &files);
        if (pass == 0) {
          for (size_t k = 0; k < n; k++) {
            size_t len;
            char *src = slurp(files[k], &len);
            base_arena a;
            base_arena_init(&a);
            if (src && !iac_hcl_parse(&a, files[k], src, len, NULL).body) errs++;
            pbytes += (double)len;
            base_arena_free(&a);
            free(src);
          }
        } else {
          iac_unit *u = iac_tf_load_module(argv[i], (const char *const *)files, n, NULL);
          size_t nf;
          const char *const *read = iac_tf_unit_files(u, &nf);
          for (size_t k = 0; k < nf; k++) {
            struct stat st;
            if (!stat(read[k], &st)) ebytes += (double)st.st_size;
          }
          res += u->n_resources;
          errs += u->n_errors;
          iac_unit_free(u);
        }
        for (size_t k = 0; k < n; k++)
          free(files[k]);
        free(files);
      }
      clock_gettime(CLOCK_MONOTONIC, &t1);
      double sec = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
      if (pass == 0)
        tparse = sec;
      else
        teval = sec;
    }
    printf("parse: %.0f bytes in %.4f s = %.1f MB/s\n", pbytes, tparse, pbytes / 1e6 / tparse);
    printf("parse+eval: %d modules, %.0f bytes read (child modules included), %zu resources, "
           "%zu errors, %.4f s = %.1f MB/s\n",
           argc - 2, ebytes, res, errs, teval, ebytes / 1e6 / teval);
    return 0;
  }
  fprintf(stderr, "usage: test_tf [dump DIR [--var N=V] [--var-file F] | parse FILE... | "
                  "shape FILE | bench DIR...]\n");
  return 2;
}

int main(int argc, char **argv) {
  if (argc >= 2) return tool(argc, argv);
  int rc = run_cases();
  rc = run_kinds() || rc;
  rc = run_values() || rc;
  return run_index() || rc;
}
