/* test_tf_cache.c — the Terraform parse cache (iac/terraform/tf_parse_cache.h):
 * one parse per path and content, what is kept and dropped, root finding and
 * module loads through it, and threads asking for one file at once. */
#include "test_tree_util.h"

#include <pthread.h>

#include "terraform.h"
#include "tf_parse_cache.h"

static const char MAIN[] = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n";

static const tf_parsed *parse(iac_tf_cache *c, const char *path, const char *text,
                              const iac_limits *lim, tf_cache_ent **held) {
  base_arena a;
  base_arena_init(&a);
  const tf_parsed *r = iac_tf_cache_parse(c, &a, path, text, strlen(text), lim, held);
  base_arena_free(&a);
  return r;
}

static void assert_stats(iac_tf_cache *c, size_t hits, size_t misses) {
  size_t h, m;
  iac_tf_cache_stats(c, &h, &m);
  assert_int_equal(h, hits);
  assert_int_equal(m, misses);
}

/* The same bytes at the same file (however the path is spelled) are parsed
 * once; other bytes, another file or other limits are parsed again. */
static void test_cache_keys(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  tf_cache_ent *h1, *h2, *h3, *h4, *h5;
  const tf_parsed *a = parse(c, "m/main.tf", MAIN, NULL, &h1);
  const tf_parsed *b = parse(c, "x/../m/./main.tf", MAIN, NULL, &h2);
  assert_non_null(a->body);
  assert_ptr_equal(a, b);
  assert_stats(c, 1, 1);
  const tf_parsed *d = parse(c, "m/main.tf", "variable \"v\" {}\n", NULL, &h3);
  assert_ptr_not_equal(a, d);
  assert_int_equal(d->body->n_blocks, 1);
  assert_string_equal(d->body->blocks[0].type, "variable");
  const tf_parsed *e = parse(c, "n/main.tf", MAIN, NULL, &h4);
  assert_ptr_not_equal(a, e);
  iac_limits lim = {.max_depth = 3};
  const tf_parsed *f = parse(c, "m/main.tf", MAIN, &lim, &h5);
  assert_ptr_not_equal(a, f);
  assert_stats(c, 1, 4);
  tf_cache_ent *held[] = {h1, h2, h3, h4, h5};
  for (size_t i = 0; i < 5; i++)
    iac_tf_cache_release(c, held[i]);
  iac_tf_cache_free(c);
}

/* The cache's arenas start at a chunk of the size asked (rounded to 16). */
static void test_arena_sized(void **state) {
  (void)state;
  base_arena a;
  base_arena_init_sized(&a, 100);
  assert_non_null(a.head);
  assert_int_equal(a.head->cap, 112);
  base_arena_chunk *first = a.head;
  base_arena_alloc(&a, 112); /* fits */
  assert_ptr_equal(a.head, first);
  base_arena_alloc(&a, 1); /* does not: a new chunk, double the first */
  assert_ptr_not_equal(a.head, first);
  assert_int_equal(a.head->cap, 224);
  base_arena_free(&a);
  base_arena_init_sized(&a, 0);
  assert_null(a.head);
  base_arena_free(&a);
}

/* try_parse parses a file nobody is parsing and finds a parsed one. */
static void test_cache_try(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  base_arena a;
  base_arena_init(&a);
  tf_cache_ent *h1, *h2;
  const tf_parsed *x = iac_tf_cache_try_parse(c, &a, "m/main.tf", MAIN, strlen(MAIN), NULL, &h1);
  const tf_parsed *y = iac_tf_cache_try_parse(c, &a, "m/main.tf", MAIN, strlen(MAIN), NULL, &h2);
  assert_non_null(x);
  assert_ptr_equal(x, y);
  assert_stats(c, 1, 1);
  iac_tf_cache_release(c, h1);
  iac_tf_cache_release(c, h2);
  base_arena_free(&a);
  iac_tf_cache_free(c);
}

/* A file that does not parse is cached as its error, located. */
static void test_cache_errors(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  tf_cache_ent *h1, *h2, *h3;
  const tf_parsed *a = parse(c, "m/bad.tf", "resource \"x\" \"y\" {\n", NULL, &h1);
  const tf_parsed *b = parse(c, "m/bad.tf", "resource \"x\" \"y\" {\n", NULL, &h2);
  assert_ptr_equal(a, b);
  assert_null(a->body);
  assert_non_null(a->message);
  assert_int_equal(a->line, 2);
  const tf_parsed *t = parse(c, "m/bin.tf", "a = 1\n\xff\n", NULL, &h3);
  assert_null(t->body);
  assert_non_null(t->bad);
  assert_int_equal(t->line, 2);
  iac_tf_cache_release(c, h1);
  iac_tf_cache_release(c, h2);
  iac_tf_cache_release(c, h3);
  iac_tf_cache_free(c);
}

/* A released tree is kept only while more reads of its path are expected. */
static void test_cache_expect(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  tf_cache_ent *h;
  parse(c, "m/main.tf", MAIN, NULL, &h);
  iac_tf_cache_release(c, h); /* nobody said it would be read again: dropped */
  parse(c, "m/main.tf", MAIN, NULL, &h);
  iac_tf_cache_release(c, h);
  assert_stats(c, 0, 2);
  iac_tf_cache_expect(c, "m/main.tf", 2, true);
  parse(c, "m/main.tf", MAIN, NULL, &h); /* read 1 of 2: kept */
  iac_tf_cache_release(c, h);
  parse(c, "m/main.tf", MAIN, NULL, &h); /* read 2 of 2: hit, then dropped */
  iac_tf_cache_release(c, h);
  parse(c, "m/main.tf", MAIN, NULL, &h);
  iac_tf_cache_release(c, h);
  assert_stats(c, 1, 4);
  iac_tf_cache_free(c);
}

/* Over its byte budget the cache drops kept trees nobody holds. */
static void test_cache_budget(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(1); /* one byte: nothing stays */
  tf_cache_ent *h, *h2;
  iac_tf_cache_expect(c, "m/main.tf", 5, true);
  parse(c, "m/main.tf", MAIN, NULL, &h);
  parse(c, "m/main.tf", MAIN, NULL, &h2); /* held: still there */
  iac_tf_cache_release(c, h);
  iac_tf_cache_release(c, h2);
  parse(c, "m/main.tf", MAIN, NULL, &h);
  iac_tf_cache_release(c, h);
  assert_stats(c, 1, 2);
  iac_tf_cache_free(c);
}

/* Threads asking for one file at once get one parse and one tree. */
typedef struct race {
  iac_tf_cache *c;
  const tf_parsed *got;
  tf_cache_ent *held;
} race;

static void *racer(void *arg) {
  race *r = arg;
  r->got = parse(r->c, "m/main.tf", MAIN, NULL, &r->held);
  return NULL;
}

static void test_cache_threads(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  enum { N = 8 };
  race rs[N];
  pthread_t t[N];
  for (int i = 0; i < N; i++) {
    rs[i] = (race){c, NULL, NULL};
    assert_int_equal(pthread_create(&t[i], NULL, racer, &rs[i]), 0);
  }
  for (int i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++) {
    assert_ptr_equal(rs[i].got, rs[0].got);
    iac_tf_cache_release(c, rs[i].held);
  }
  assert_stats(c, N - 1, 1);
  iac_tf_cache_free(c);
}

/* Two roots calling one module: root finding and both loads share the
 * module's parse, and the units are what they are without a cache. */
static void test_cache_roots(void **state) {
  (void)state;
  tree_make("tfcache");
  tree_put_str("mod/main.tf", "variable \"n\" {}\n"
                              "resource \"aws_s3_bucket\" \"b\" {\n  bucket = var.n\n}\n");
  tree_put_str("a/main.tf", "module \"m\" {\n  source = \"../mod\"\n  n = \"a\"\n}\n");
  tree_put_str("b/main.tf", "module \"m\" {\n  source = \"../mod\"\n  n = \"b\"\n}\n");
  char d[3][512];
  snprintf(d[0], sizeof d[0], "%s/a", root);
  snprintf(d[1], sizeof d[1], "%s/b", root);
  snprintf(d[2], sizeof d[2], "%s/mod", root);
  const char *dirs[3] = {d[0], d[1], d[2]};
  bool is_root[3];
  uint64_t cost[3];
  iac_tf_cache *c = iac_tf_cache_new(0);
  iac_tf_find_roots(dirs, 3, is_root, cost, c, NULL);
  assert_true(is_root[0] && is_root[1] && !is_root[2]);
  size_t mod_bytes = strlen("variable \"n\" {}\n"
                            "resource \"aws_s3_bucket\" \"b\" {\n  bucket = var.n\n}\n");
  size_t call_bytes = strlen("module \"m\" {\n  source = \"../mod\"\n  n = \"a\"\n}\n");
  assert_int_equal(cost[0], call_bytes + mod_bytes);
  assert_int_equal(cost[2], 0);
  assert_stats(c, 0, 2); /* a/main.tf and b/main.tf call a module; mod/main.tf does not */
  for (int k = 0; k < 2; k++) {
    char f[600];
    snprintf(f, sizeof f, "%s/main.tf", dirs[k]);
    const char *files[1] = {f};
    iac_tf_options with = {.cache = c}, without = {0};
    iac_unit *u = iac_tf_load_module(dirs[k], files, 1, &with);
    iac_unit *v = iac_tf_load_module(dirs[k], files, 1, &without);
    assert_int_equal(u->n_resources, 1);
    assert_int_equal(v->n_resources, 1);
    assert_string_equal(u->resources[0].name, v->resources[0].name);
    assert_string_equal(u->resources[0].file, v->resources[0].file);
    assert_int_equal(u->resources[0].line, v->resources[0].line);
    iac_tf_unit_release(u);
    iac_unit_free(u);
    iac_unit_free(v);
  }
  /* each root's own file: root finding held its tree for the root (under
   * half the cache's budget: 1 hit each, no parse); the module's: parsed by
   * the first root, kept for the second (1 miss, 1 hit) */
  assert_stats(c, 3, 3);
  iac_tf_cache_free(c);
  tree_teardown(NULL);
}

/* The same roots with a cache budget too small for any tree: root finding
 * holds none (it would be over half the budget), so each root parses its own
 * file again, and the module's tree, dropped when over budget, is parsed by
 * each root; the units are the same. */
static void test_cache_roots_over_budget(void **state) {
  (void)state;
  tree_make("tfbudget");
  tree_put_str("mod/main.tf", "variable \"n\" {}\n"
                              "resource \"aws_s3_bucket\" \"b\" {\n  bucket = var.n\n}\n");
  tree_put_str("a/main.tf", "module \"m\" {\n  source = \"../mod\"\n  n = \"a\"\n}\n");
  tree_put_str("b/main.tf", "module \"m\" {\n  source = \"../mod\"\n  n = \"b\"\n}\n");
  char d[3][512];
  snprintf(d[0], sizeof d[0], "%s/a", root);
  snprintf(d[1], sizeof d[1], "%s/b", root);
  snprintf(d[2], sizeof d[2], "%s/mod", root);
  const char *dirs[3] = {d[0], d[1], d[2]};
  bool is_root[3];
  iac_tf_cache *c = iac_tf_cache_new(64);
  iac_tf_find_roots(dirs, 3, is_root, NULL, c, NULL);
  assert_true(is_root[0] && is_root[1] && !is_root[2]);
  assert_stats(c, 0, 2);
  for (int k = 0; k < 2; k++) {
    char f[600];
    snprintf(f, sizeof f, "%s/main.tf", dirs[k]);
    const char *files[1] = {f};
    iac_tf_options with = {.cache = c};
    iac_unit *u = iac_tf_load_module(dirs[k], files, 1, &with);
    assert_int_equal(u->n_resources, 1);
    assert_string_equal(u->resources[0].name, "module.m.aws_s3_bucket.b");
    iac_tf_unit_release(u);
    iac_unit_free(u);
  }
  assert_stats(c, 0, 6);
  iac_tf_cache_free(c);
  tree_teardown(NULL);
}

/* Root finding parses only the files whose text can hold a local module
 * source: each way of writing one is found ("./", "..", HCL's unicode
 * escape, JSON's escaped slash, "module" as the file's first word), and
 * the files that cannot call a module are not parsed. */
static void test_cache_root_spellings(void **state) {
  (void)state;
  tree_make("tfspell");
  static const char VAR[] = "variable \"n\" {\n  default = \"./not-a-call\"\n}\n";
  tree_put_str("s1/main.tf", "module \"m\" {\n  source = \"./m1\"\n}\n");
  tree_put_str("s1/m1/main.tf", VAR);
  tree_put_str("s2/main.tf", VAR);
  tree_put_str("s2/c/main.tf", "# calls its parent\nmodule \"up\" {\n  source = \"..\"\n}\n");
  tree_put_str("s5/main.tf", "locals {}\nmodule \"m\" {\n  source = \"\\u002e/m5\"\n}\n");
  tree_put_str("s5/m5/main.tf", VAR);
  tree_put_str("s6/main.tf.json", "{\"module\": {\"m\": {\"source\": \".\\/m6\"}}}\n");
  tree_put_str("s6/m6/main.tf", VAR);
  const char *rel[8] = {"s1", "s1/m1", "s2", "s2/c", "s5", "s5/m5", "s6", "s6/m6"};
  const bool want[8] = {true, false, false, true, true, false, true, false};
  char d[8][512];
  const char *dirs[8];
  for (int i = 0; i < 8; i++) {
    snprintf(d[i], sizeof d[i], "%s/%s", root, rel[i]);
    dirs[i] = d[i];
  }
  bool is_root[8];
  iac_tf_cache *c = iac_tf_cache_new(0);
  iac_tf_find_roots(dirs, 8, is_root, NULL, c, NULL);
  for (int i = 0; i < 8; i++)
    assert_int_equal(is_root[i], want[i]);
  /* the four callers are parsed; the variables files (one says "./", none
   * says "module") are not */
  assert_stats(c, 0, 4);
  iac_tf_cache_free(c);
  tree_teardown(NULL);
}

/* Root finding begun during a walk (iac_tf_roots_pre): some directories
 * announced, their jobs run in another order than queued, one announced
 * directory that root finding is not asked about; the answer, the costs and
 * the parses are those of root finding from scratch. */
typedef struct test_queue {
  void *task[64];
  size_t file[64], n;
} test_queue;

static void test_queue_add(void *ctx, void *task, size_t file) {
  test_queue *q = ctx;
  assert_true(q->n < 64);
  q->task[q->n] = task;
  q->file[q->n++] = file;
}

static void test_cache_roots_pre(void **state) {
  (void)state;
  tree_make("tfpre");
  static const char VAR[] = "variable \"n\" {\n  default = \"./not-a-call\"\n}\n";
  tree_put_str("s1/main.tf", "module \"m\" {\n  source = \"./m1\"\n}\n");
  tree_put_str("s1/vars.tf", VAR);
  tree_put_str("s1/m1/main.tf", VAR);
  tree_put_str("s1/m1/out.tf", "output \"o\" {\n  value = 1\n}\n");
  tree_put_str("s2/main.tf", VAR);
  tree_put_str("s2/c/main.tf", "module \"up\" {\n  source = \"..\"\n}\n");
  tree_put_str("other/main.tf", "module \"x\" {\n  source = \"../s2\"\n}\n");
  const char *rel[4] = {"s1", "s1/m1", "s2", "s2/c"};
  char d[5][512];
  const char *dirs[4];
  for (int i = 0; i < 4; i++) {
    snprintf(d[i], sizeof d[i], "%s/%s", root, rel[i]);
    dirs[i] = d[i];
  }
  snprintf(d[4], sizeof d[4], "%s/other", root);
  bool want[4], got[4];
  uint64_t want_cost[4], got_cost[4];
  iac_tf_cache *c0 = iac_tf_cache_new(0);
  iac_tf_find_roots(dirs, 4, want, want_cost, c0, NULL);
  assert_true(want[0] && !want[1] && !want[2] && want[3]);
  iac_tf_cache *c = iac_tf_cache_new(0);
  test_queue q = {.n = 0};
  iac_tf_queue tq = {test_queue_add, &q};
  iac_tf_roots_pre *pre = iac_tf_roots_pre_new(c, &tq);
  iac_tf_roots_pre_dir(pre, dirs[3]);
  iac_tf_roots_pre_dir(pre, d[4]); /* not asked about below */
  iac_tf_roots_pre_dir(pre, dirs[0]);
  iac_tf_roots_pre_dir(pre, dirs[1]);
  while (q.n) { /* last queued first; a directory's job queues its files */
    q.n--;
    iac_tf_roots_pre_run(q.task[q.n], q.file[q.n]);
  }
  iac_tf_find_roots_pre(pre, dirs, 4, got, got_cost, c, NULL);
  for (int i = 0; i < 4; i++) {
    assert_int_equal(got[i], want[i]);
    assert_int_equal(got_cost[i], want_cost[i]);
  }
  /* s1/main.tf, s2/c/main.tf parsed by both; other/main.tf by the stream only */
  assert_stats(c0, 0, 2);
  assert_stats(c, 0, 3);
  /* s1's unit finds its main.tf parsed (held by root finding, by the stream
   * too: it once dropped its trees, and -j2 parsed every caller twice) and
   * parses vars.tf and m1's two files */
  iac_tf_cache *caches[2] = {c0, c};
  for (int k = 0; k < 2; k++) {
    char f[2][600];
    snprintf(f[0], sizeof f[0], "%s/main.tf", dirs[0]);
    snprintf(f[1], sizeof f[1], "%s/vars.tf", dirs[0]);
    const char *files[2] = {f[0], f[1]};
    iac_tf_options opt = {.cache = caches[k]};
    iac_unit *u = iac_tf_load_module(dirs[0], files, 2, &opt);
    assert_non_null(u);
    iac_tf_unit_release(u);
    iac_unit_free(u);
  }
  assert_stats(c0, 1, 2 + 3);
  assert_stats(c, 1, 3 + 3);
  iac_tf_roots_pre_free(pre);
  iac_tf_cache_free(c);
  iac_tf_cache_free(c0);
  tree_teardown(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_arena_sized),
      cmocka_unit_test(test_cache_keys),
      cmocka_unit_test(test_cache_try),
      cmocka_unit_test(test_cache_errors),
      cmocka_unit_test(test_cache_expect),
      cmocka_unit_test(test_cache_budget),
      cmocka_unit_test(test_cache_threads),
      cmocka_unit_test(test_cache_roots),
      cmocka_unit_test(test_cache_roots_over_budget),
      cmocka_unit_test(test_cache_root_spellings),
      cmocka_unit_test(test_cache_roots_pre),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
