/* test_cli_scan.c — the scan engine and the library API end to end: rule
 * sources -> pack, a real tree on disk, accounting, thread-count independence,
 * in-memory documents, pack pinning. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fingerprint.h"
#include "report.h"
#include "scan.h"
#include "test_tree_util.h"
#include "vigil.h"

static const char rules[] =
    "rule T_ECR {\n"
    "  title \"immutable tags\"\n"
    "  severity high\n"
    "  refs [\"CKV_AWS_51\"]\n"
    "  on cloudformation resource \"AWS::ECR::Repository\" as r {\n"
    "    let m = r.Properties.ImageTagMutability\n"
    "    expect m in [\"IMMUTABLE\", \"IMMUTABLE_WITH_EXCLUSION\"] at m else \"mutable: {m ?? "
    "\"unset\"}\"\n"
    "  }\n"
    "  on terraform resource \"aws_ecr_repository\" as r {\n"
    "    expect r.image_tag_mutability == \"IMMUTABLE\" at r.image_tag_mutability\n"
    "  }\n"
    "}\n";

static const char cfn[] = "Resources:\n"
                          "  A:\n"
                          "    Type: AWS::ECR::Repository\n"
                          "    Properties:\n"
                          "      ImageTagMutability: MUTABLE\n"
                          "  B:\n"
                          "    Type: AWS::ECR::Repository\n";

#define PUT(rel, s) tree_put(rel, s, sizeof s - 1)

static int setup(void **state) {
  (void)state;
  tree_make("scan");
  PUT("rules/ecr.vgl", rules);
  PUT("tree/a/template.yaml", cfn);
  for (int i = 0; i < 40; i++) { /* enough units for the pool to interleave */
    char name[64];
    snprintf(name, sizeof name, "tree/many/t%02d.yaml", i);
    PUT(name, cfn);
  }
  PUT("tree/b/broken.json", "{\"Resources\": [}");
  PUT("tree/b/binary.yaml", "Resources:\0\1\2");
  PUT("tree/README.md", "# docs\n");
  PUT("vars/main.tf", "variable \"mut\" {\n  default = \"MUTABLE\"\n}\n"
                      "resource \"aws_ecr_repository\" \"r\" {\n"
                      "  image_tag_mutability = var.mut\n}\n");
  PUT("tree/node_modules/x/y.yaml", cfn);
  PUT("tree/tf/main.tf", "resource \"aws_ecr_repository\" \"r\" {\n"
                         "  image_tag_mutability = \"MUTABLE\"\n"
                         "}\n");
  PUT("tree/tf/unused.tfvars", "x = 1\n");
  /* more units than the engine's reorder window (256), some much slower than
   * the rest, so that with threads units finish out of order and park */
  for (int i = 0; i < 600; i++) {
    char name[64];
    snprintf(name, sizeof name, "stream/d%d/f%03d.yaml", i % 3, i);
    if (i % 97 == 5) {
      size_t cap = 200000, n = 0;
      char *big = malloc(cap);
      assert_non_null(big);
      n += (size_t)snprintf(big + n, cap - n, "Resources:\n");
      for (int k = 0; k < 2000; k++)
        n += (size_t)snprintf(big + n, cap - n,
                              "  R%d:\n    Type: AWS::ECR::Repository\n    Properties:\n"
                              "      ImageTagMutability: %s\n",
                              k, k % 2 ? "MUTABLE" : "IMMUTABLE");
      tree_put(name, big, n);
      free(big);
    } else {
      PUT(name, cfn);
    }
  }
  return 0;
}

static vm_pack *compile_rules(void) {
  char path[512];
  snprintf(path, sizeof path, "%s/rules", root);
  const char *paths[] = {path};
  uint8_t *bytes = NULL;
  size_t len = 0;
  assert_int_equal(engine_compile_sources(paths, 1, stderr, 0, &bytes, &len), 0);
  char err[256];
  vm_pack *p = vm_pack_load(bytes, len, err, sizeof err);
  free(bytes);
  assert_non_null(p);
  return p;
}

/* ahead: the scan begun before p was at hand (engine_scan_ahead_start) */
static char *scan_json_ahead(const vm_pack *p, int jobs, engine_report *rep, bool ahead) {
  char path[512];
  snprintf(path, sizeof path, "%s/tree", root);
  const char *paths[] = {path};
  engine_scan_options o = {.jobs = jobs};
  if (ahead) assert_non_null(o.ahead = engine_scan_ahead_start(paths, 1, &o));
  char err[256];
  assert_int_equal(engine_scan_paths(p, paths, 1, &o, rep, err, sizeof err), 0);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  engine_report_options ro = {.version = "test"};
  assert_int_equal(engine_report_json(rep, f, &ro), 0);
  fclose(f);
  return buf;
}

static char *scan_json(const vm_pack *p, int jobs, engine_report *rep) {
  return scan_json_ahead(p, jobs, rep, false);
}

static void test_scan_accounting(void **state) {
  (void)state;
  vm_pack *p = compile_rules();
  engine_report r;
  char *json = scan_json(p, 1, &r);
  free(json);
  const engine_summary *m = &r.summary;
  /* 41 templates + broken + binary + README + main.tf + unused.tfvars; not node_modules */
  assert_int_equal(m->files, 46);
  assert_int_equal(m->files, m->scanned + m->skipped + m->failed);
  assert_int_equal(m->scanned, 42);
  assert_int_equal(m->failed, 1);
  assert_int_equal(m->skipped, 3);
  assert_int_equal(m->resources, 83);
  assert_int_equal(m->fail, 83); /* A mutable, B unset, 41 times; the Terraform one */
  assert_int_equal(m->errors, 1);
  assert_string_equal(r.errors[0].file, "b/broken.json");
  assert_int_equal(r.errors[0].line, 1);
  const char *skips[][2] = {{"README.md", "not IaC"},
                            {"b/binary.yaml", "binary"},
                            {"tf/unused.tfvars", "tfvars not applied"}};
  for (size_t i = 0; i < 3; i++) {
    assert_string_equal(r.skipped[i].file, skips[i][0]);
    assert_string_equal(r.skipped[i].reason, skips[i][1]);
  }
  /* first result: a/template.yaml, A's attribute line, then B at its declaration */
  assert_string_equal(r.results[0].file, "a/template.yaml");
  assert_int_equal(r.results[0].line, 5);
  assert_int_equal(r.results[0].col, 7);
  assert_string_equal(r.results[0].message, "mutable: MUTABLE");
  assert_int_equal(r.results[1].line, 6);
  assert_string_equal(r.results[1].message, "mutable: unset");
  char fp[ENGINE_FINGERPRINT_LEN + 1];
  assert_int_equal(strlen(engine_result_fingerprint(&r, &r.results[1], fp)), 64);
  const engine_result *last = &r.results[r.n_results - 1];
  assert_string_equal(last->file, "tf/main.tf");
  assert_int_equal(last->line, 2);
  assert_string_equal(last->resource, "aws_ecr_repository.r");
  assert_int_equal(engine_report_exit_status(&r), 1);
  engine_report_free(&r);
  vm_pack_free(p);
}

static void test_scan_thread_independent(void **state) {
  (void)state;
  vm_pack *p = compile_rules();
  engine_report r1, r4;
  char *a = scan_json(p, 1, &r1);
  for (int round = 0; round < 3; round++) {
    char *b = scan_json(p, 4, &r4);
    assert_string_equal(a, b);
    free(b);
    engine_report_free(&r4);
  }
  free(a);
  engine_report_free(&r1);
  vm_pack_free(p);
}

/* A scan begun ahead (the walk on a helper while the caller loads its
 * pack) reports what a scan begun with its pack does; it is begun only with
 * threads to spare, no cache and no selection; dropped, it ends cleanly. */
static bool keep_all(void *ctx, const char *path) {
  (void)ctx;
  (void)path;
  return true;
}

static void test_scan_ahead(void **state) {
  (void)state;
  vm_pack *p = compile_rules();
  engine_report r1, r2;
  char *a = scan_json(p, 1, &r1);
  for (int jobs = 2; jobs <= 4; jobs += 2) {
    char *b = scan_json_ahead(p, jobs, &r2, true);
    assert_string_equal(a, b);
    free(b);
    engine_report_free(&r2);
  }
  free(a);
  engine_report_free(&r1);
  char path[512];
  snprintf(path, sizeof path, "%s/tree", root);
  const char *paths[] = {path};
  engine_scan_options one = {.jobs = 1}, cached = {.jobs = 2, .cache_dir = "/nonexistent"},
                      kept = {.jobs = 2, .keep = keep_all};
  assert_null(engine_scan_ahead_start(paths, 1, &one));
  assert_null(engine_scan_ahead_start(paths, 1, &cached));
  assert_null(engine_scan_ahead_start(paths, 1, &kept));
  engine_scan_options two = {.jobs = 2};
  engine_scan_ahead_cancel(engine_scan_ahead_start(paths, 1, &two));
  engine_scan_ahead_cancel(NULL);
  /* a missing path: the same usage error as without */
  const char *missing[] = {"/no/such/vigil/tree"};
  two.ahead = engine_scan_ahead_start(missing, 1, &two);
  assert_non_null(two.ahead);
  char err[256];
  engine_report r;
  assert_int_equal(engine_scan_paths(p, missing, 1, &two, &r, err, sizeof err), -1);
  assert_string_equal(err, "/no/such/vigil/tree: No such file or directory");
  engine_report_free(&r);
  vm_pack_free(p);
}

/* What a results hook saw: one line per result, in the order it came. */
typedef struct seen {
  char *buf;
  size_t len;
  FILE *f;
  size_t n;
} seen;

static void record(void *ctx, engine_report *r, engine_result *res, size_t n) {
  seen *sn = ctx;
  for (size_t i = 0; i < n; i++)
    fprintf(sn->f, "%s:%u:%u %s %s %s\n", res[i].file, res[i].line, res[i].col,
            engine_result_rule_id(r, &res[i]), vm_status_name(res[i].status), res[i].resource);
  sn->n += n;
}

static char *stream_scan(const vm_pack *p, int jobs,
                         void (*hook)(void *, engine_report *, engine_result *, size_t),
                         engine_report *rep, seen *sn) {
  char path[512];
  snprintf(path, sizeof path, "%s/stream", root);
  const char *paths[] = {path};
  sn->buf = NULL;
  sn->n = 0;
  sn->f = open_memstream(&sn->buf, &sn->len);
  engine_scan_options o = {.jobs = jobs, .hooks = {.results = hook, .ctx = sn}};
  char err[256];
  assert_int_equal(engine_scan_paths(p, paths, 1, &o, rep, err, sizeof err), 0);
  if (!hook) { /* collected: the same lines from the report */
    engine_result *all = rep->results;
    record(sn, rep, all, rep->n_results);
  }
  fclose(sn->f);
  return sn->buf;
}

static void test_scan_streams_in_walk_order(void **state) {
  (void)state;
  vm_pack *p = compile_rules();
  engine_report r1, r4, rc;
  seen s1, s4, sc;
  char *one = stream_scan(p, 1, record, &r1, &s1);
  char *four = stream_scan(p, 4, record, &r4, &s4);
  char *kept = stream_scan(p, 4, NULL, &rc, &sc);
  /* 593 small files x 2 results + 7 big ones (i % 97 == 5) x 2000 */
  assert_int_equal(s1.n, 593 * 2 + 7 * 2000);
  assert_string_equal(one, four); /* the reorder window gives walk order for any -j */
  assert_string_equal(one, kept); /* a hook sees what a kept report holds */
  /* streamed: the report keeps no result; the counts are the hook's (none here) */
  assert_true(r4.streamed);
  assert_int_equal(r4.n_results, 0);
  assert_int_equal(r4.summary.pass + r4.summary.fail, 0);
  assert_false(rc.streamed);
  assert_int_equal(rc.summary.pass + rc.summary.fail, s1.n);
  /* walk order: d0/... before d1/... before d2/...; each file's results together */
  const char *d1 = strstr(one, "d1/"), *d2 = strstr(one, "d2/");
  assert_non_null(d1);
  assert_non_null(d2);
  assert_true(d1 < d2);
  assert_null(strstr(d1, "d0/"));
  assert_null(strstr(d2, "d1/"));
  assert_true(strstr(one, "d0/f000.yaml") < strstr(one, "d0/f003.yaml"));
  free(one);
  free(four);
  free(kept);
  engine_report_free(&r1);
  engine_report_free(&r4);
  engine_report_free(&rc);
  vm_pack_free(p);
}

static void test_scan_missing_path(void **state) {
  (void)state;
  vm_pack *p = compile_rules();
  const char *paths[] = {"/no/such/vigil/tree"};
  engine_report r;
  char err[256];
  assert_int_equal(engine_scan_paths(p, paths, 1, NULL, &r, err, sizeof err), -1);
  assert_string_equal(err, "/no/such/vigil/tree: No such file or directory");
  engine_report_free(&r);
  vm_pack_free(p);
}

static void test_compile_errors(void **state) {
  (void)state;
  char path[512];
  snprintf(path, sizeof path, "%s/tree/b", root);
  const char *paths[] = {path};
  uint8_t *bytes = NULL;
  size_t len = 0;
  char *diag = NULL;
  size_t dlen = 0;
  FILE *f = open_memstream(&diag, &dlen);
  /* a directory without *.vgl: nothing to compile is an error, not an empty pack */
  assert_int_equal(engine_compile_sources(paths, 1, f, 0, &bytes, &len), 1);
  fclose(f);
  assert_string_equal(diag, "vigil: no rule sources (*.vgl) found\n");
  free(diag);
  assert_null(bytes);
}

static void test_api(void **state) {
  (void)state;
  char err[256] = "";
  vigil_pack *p = vigil_pack_compile("t.vgl", rules, sizeof rules - 1, err, sizeof err);
  assert_non_null(p);
  assert_int_equal(vigil_pack_rule_count(p), 1);
  const char *digest = vigil_pack_digest(p);
  assert_int_equal(strlen(digest), 71);
  assert_memory_equal(digest, "sha256:", 7);

  vigil_results *rs = vigil_scan_buffer(p, "mem/t.yaml", cfn, sizeof cfn - 1, NULL);
  assert_int_equal(vigil_results_count(rs), 2);
  const vigil_result *r0 = vigil_results_get(rs, 0);
  assert_string_equal(r0->rule, "T_ECR");
  assert_string_equal(r0->status, "fail");
  assert_string_equal(r0->severity, "high");
  assert_string_equal(r0->file, "mem/t.yaml");
  assert_int_equal(r0->line, 5);
  assert_int_equal(r0->column, 7);
  assert_string_equal(r0->resource, "AWS::ECR::Repository.A");
  assert_string_equal(r0->message, "mutable: MUTABLE");
  assert_null(vigil_results_get(rs, 2));
  assert_int_equal(vigil_results_files(rs), 1);
  assert_int_equal(vigil_results_failures(rs), 2);
  assert_int_equal(vigil_results_exit_status(rs), 1);
  vigil_results_free(rs);

  rs = vigil_scan_buffer(p, "bad.json", "{", 1, NULL);
  assert_int_equal(vigil_results_count(rs), 0);
  assert_int_equal(vigil_results_error_count(rs), 1);
  assert_string_equal(vigil_results_error(rs, 0)->file, "bad.json");
  assert_int_equal(vigil_results_exit_status(rs), 1);
  vigil_results_free(rs);

  /* Terraform needs its module directory: accounted as skipped, not misparsed */
  rs = vigil_scan_buffer(p, "main.tf", "resource \"a\" \"b\" {}\n", 22, NULL);
  assert_int_equal(vigil_results_count(rs), 0);
  assert_int_equal(vigil_results_error_count(rs), 0);
  assert_int_equal(vigil_results_files(rs), 1);
  assert_int_equal(vigil_results_exit_status(rs), 0);
  vigil_results_free(rs);

  char path[512];
  snprintf(path, sizeof path, "%s/tree/a", root);
  vigil_scan_options o = {.threads = 3};
  rs = vigil_scan_path(p, path, &o, err, sizeof err);
  assert_non_null(rs);
  assert_int_equal(vigil_results_count(rs), 2);
  assert_string_equal(vigil_results_get(rs, 0)->file, "template.yaml");
  vigil_results_free(rs);
  assert_null(vigil_scan_path(p, "/no/such/dir", NULL, err, sizeof err));
  assert_string_equal(err, "/no/such/dir: No such file or directory");

  /* Terraform variables and limits through the options */
  snprintf(path, sizeof path, "%s/vars", root);
  rs = vigil_scan_path(p, path, NULL, err, sizeof err);
  assert_int_equal(vigil_results_count(rs), 1);
  assert_string_equal(vigil_results_get(rs, 0)->status, "fail");
  vigil_results_free(rs);
  const char *tf_vars[] = {"mut=IMMUTABLE"};
  vigil_scan_options to = {.tf_vars = tf_vars, .n_tf_vars = 1};
  rs = vigil_scan_path(p, path, &to, err, sizeof err);
  assert_int_equal(vigil_results_count(rs), 1);
  assert_string_equal(vigil_results_get(rs, 0)->status, "pass");
  vigil_results_free(rs);
  const char *bad_vars[] = {"=x"};
  to.tf_vars = bad_vars;
  assert_null(vigil_scan_path(p, path, &to, err, sizeof err));
  assert_string_equal(err, "Terraform variable '=x' is not NAME=VALUE");
  vigil_scan_options lo = {.max_depth = 2};
  const char *deep = "a:\n  b:\n    c: [1]\n";
  rs = vigil_scan_buffer(p, "deep.yaml", deep, strlen(deep), &lo);
  assert_int_equal(vigil_results_error_count(rs), 1);
  assert_string_equal(vigil_results_error(rs, 0)->message,
                      "limit exceeded: nesting deeper than 2 levels (--max-depth)");
  vigil_results_free(rs);
  lo = (vigil_scan_options){.max_steps = 1};
  rs = vigil_scan_buffer(p, "mem/t.yaml", cfn, sizeof cfn - 1, &lo);
  assert_int_equal(vigil_results_count(rs), 2);
  assert_string_equal(vigil_results_get(rs, 0)->status, "error");
  assert_string_equal(vigil_results_get(rs, 0)->message,
                      "limit exceeded: more than 1 instructions for one rule on one resource "
                      "(--max-steps)");
  vigil_results_free(rs);

  /* pinning: the same pack reloaded by digest, refused under another digest */
  snprintf(path, sizeof path, "%s/p.vgp", root);
  uint8_t *bytes = NULL;
  size_t len = 0;
  char src[512];
  snprintf(src, sizeof src, "%s/rules/ecr.vgl", root);
  const char *srcs[] = {src};
  assert_int_equal(engine_compile_sources(srcs, 1, stderr, 0, &bytes, &len), 0);
  FILE *f = fopen(path, "wb");
  fwrite(bytes, 1, len, f);
  fclose(f);
  free(bytes);
  /* the digest covers the debug info, which names the source file: this
   * pack's own digest, not the one compiled from memory as "t.vgl" */
  vigil_pack *q = vigil_pack_load_file(path, NULL, err, sizeof err);
  assert_non_null(q);
  assert_string_not_equal(vigil_pack_digest(q), digest);
  char own[80];
  snprintf(own, sizeof own, "%s", vigil_pack_digest(q));
  digest = own;
  vigil_pack_free(q);
  q = vigil_pack_load_file(path, digest, err, sizeof err);
  assert_non_null(q);
  assert_string_equal(vigil_pack_digest(q), digest);
  vigil_pack_free(q);
  const char *other = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
  assert_null(vigil_pack_load_file(path, other, err, sizeof err));
  char expect[300];
  snprintf(expect, sizeof expect, "pack digest %s does not match the expected %s", digest, other);
  assert_string_equal(err, expect);
  assert_null(vigil_pack_load_memory("garbage", 7, NULL, err, sizeof err));
  assert_true(strlen(err) > 0);

  assert_null(vigil_pack_compile("x.vgl", "rule {", 6, err, sizeof err));
  assert_memory_equal(err, "x.vgl:1:", 8);
  vigil_pack_free(p);

  /* NULL handles are harmless */
  assert_int_equal(vigil_results_count(NULL), 0);
  vigil_results_free(NULL);
  vigil_pack_free(NULL);
  assert_string_equal(vigil_version(), VIGIL_VERSION);
}

static void test_api_stdlib(void **state) {
  (void)state;
  char err[256];
  vigil_pack *p = vigil_pack_stdlib(err, sizeof err);
  assert_non_null(p);
  assert_true(vigil_pack_rule_count(p) >= 1);
  vigil_pack_free(p);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_scan_accounting),
      cmocka_unit_test(test_scan_thread_independent),
      cmocka_unit_test(test_scan_ahead),
      cmocka_unit_test(test_scan_streams_in_walk_order),
      cmocka_unit_test(test_scan_missing_path),
      cmocka_unit_test(test_compile_errors),
      cmocka_unit_test(test_api),
      cmocka_unit_test(test_api_stdlib),
  };
  return cmocka_run_group_tests(tests, setup, tree_teardown);
}
