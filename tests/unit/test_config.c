/* test_config.c — .vigil.yaml parsing, discovery, globs, apply, the exit gate, baselines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "baseline.h"
#include "config.h"

static const char *refs[] = {"CKV_AWS_51"};
static vm_rule rules[] = {
    {.id = "AWS_ECR_IMMUTABLE_TAGS",
     .title = "t",
     .refs = refs,
     .n_refs = 1,
     .severity = VM_SEV_HIGH},
    {.id = "ORG_OWNER_TAG", .title = "o", .severity = VM_SEV_LOW},
};
static vm_pack pack = {.rules = rules, .n_rules = 2};

static void report(engine_report *r, engine_result *res, size_t n) {
  memset(r, 0, sizeof *r);
  base_arena_init(&r->arena);
  r->pack = &pack;
  r->results = res;
  r->n_results = n;
  for (size_t i = 0; i < n; i++) {
    r->summary.fail += res[i].status == VM_FAIL;
    r->summary.unknown += res[i].status == VM_UNKNOWN;
    r->summary.pass += res[i].status == VM_PASS;
  }
}

static int parse(cli_config *c, const char *text, char *err) {
  return cli_config_parse(c, "cfg/.vigil.yaml", text, strlen(text), err, 256);
}

static void test_parse_all_keys(void **state) {
  (void)state;
  cli_config c;
  char err[256] = "";
  int rc = parse(&c,
                 "enable: [AWS_ECR_*]\n"
                 "disable: CKV_AWS_51\n"
                 "severity: {ORG_OWNER_TAG: critical}\n"
                 "exclude: ['**/testdata/**', legacy/*.yaml]\n"
                 "sources: [policies]\n"
                 "formats: [text, sarif]\n"
                 "output: {sarif: out/r.sarif}\n"
                 "var_files: [prod.tfvars]\n"
                 "fail_on: medium\n"
                 "soft_fail: true\n"
                 "unknown: fail\n"
                 "inline_suppressions: false\n"
                 "baseline: .vigil-baseline.json\n"
                 "cache: .vigil-cache\n"
                 "suppress:\n"
                 "  - rule: ORG_OWNER_TAG\n"
                 "    paths: [sandbox/**]\n"
                 "    reason: sandbox\n",
                 err);
  assert_string_equal(err, "");
  assert_int_equal(rc, 0);
  assert_int_equal(c.n_enable, 1);
  assert_string_equal(c.enable[0], "AWS_ECR_*");
  assert_string_equal(c.disable[0], "CKV_AWS_51");
  assert_int_equal(c.severity[0].severity, VM_SEV_CRITICAL);
  assert_string_equal(c.exclude[1], "legacy/*.yaml");
  assert_string_equal(c.sources[0], "cfg/policies");
  assert_string_equal(c.formats[1], "sarif");
  assert_string_equal(c.outputs[0], "sarif=cfg/out/r.sarif");
  assert_string_equal(c.var_files[0], "cfg/prod.tfvars");
  assert_true(c.has_fail_on);
  assert_int_equal(c.fail_on, VM_SEV_MEDIUM);
  assert_true(c.soft_fail);
  assert_int_equal(c.unknown, CLI_UNKNOWN_FAIL);
  assert_false(c.inline_suppressions);
  assert_string_equal(c.baseline, "cfg/.vigil-baseline.json");
  assert_string_equal(c.cache, "cfg/.vigil-cache");
  assert_int_equal(c.n_suppress, 1);
  assert_string_equal(c.suppress[0].paths[0], "sandbox/**");
  cli_config_free(&c);
}

static void test_parse_errors(void **state) {
  (void)state;
  cli_config c;
  char err[256];
  assert_int_equal(parse(&c, "fail_on: severe\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:1:10: bad severity 'severe' (expected critical, "
                           "high, medium, low or info)");
  assert_int_equal(parse(&c, "exclude: [a]\nfailon: high\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:2:1: unknown key 'failon' (expected enable, disable, "
                           "severity, exclude, packs, sources, formats, output, var_files, "
                           "fail_on, soft_fail, unknown, inline_suppressions, baseline, suppress, docs_url, params, "
                           "cache)");
  assert_int_equal(parse(&c, "unknown: maybe\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:1:10: 'unknown' must be report, fail or pass");
  assert_int_equal(parse(&c, "suppress:\n  - rule: X\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:2:5: suppression of X needs a 'reason'");
  assert_int_equal(parse(&c, "a: [\n", err), -1);
  /* the scan's own YAML error, with libyaml's context */
  assert_string_equal(err, "cfg/.vigil.yaml:2:1: while parsing a flow node did not find expected "
                           "node content (line 2)");
  /* an empty file is all defaults */
  assert_int_equal(parse(&c, "", err), 0);
  assert_true(c.inline_suppressions);
  cli_config_free(&c);
}

/* Scalars mean what the configuration says, not YAML 1.1: `yes` is a
 * boolean here because the config accepts it, `On` is not one, and a rule id
 * written `010` stays "010" (YAML 1.1 would make it the number 8). */
static void test_parse_scalars_as_written(void **state) {
  (void)state;
  cli_config c;
  char err[256] = "";
  assert_int_equal(parse(&c, "soft_fail: yes\nenable: [010, \'x\']\nseverity: {1e3: low}\n", err),
                   0);
  assert_true(c.soft_fail);
  assert_string_equal(c.enable[0], "010");
  assert_string_equal(c.enable[1], "x");
  assert_string_equal(c.severity[0].rule, "1e3");
  cli_config_free(&c);
  assert_int_equal(parse(&c, "[a]: b\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:1:1: non-scalar mapping key");
  assert_int_equal(parse(&c, "soft_fail: On\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:1:12: 'soft_fail' must be true or false");
  /* anchors and merges are the loader's, as for scanned YAML */
  assert_int_equal(parse(&c, "enable: &r [A, B]\ndisable: *r\n", err), 0);
  assert_int_equal(c.n_disable, 2);
  assert_string_equal(c.disable[1], "B");
  cli_config_free(&c);
}

/* issue 13: a .vigil.yaml nested 100,000 deep took 21 s (libyaml's document
 * loader); the scan's depth limit now stops it at the 513th level, located. */
static void test_parse_depth_limit(void **state) {
  (void)state;
  enum { DEEP = 100000 };
  char *text = malloc(DEEP * 2 + 16);
  size_t o = 0;
  o += (size_t)sprintf(text, "enable: ");
  for (int i = 0; i < DEEP; i++)
    text[o++] = '[';
  for (int i = 0; i < DEEP; i++)
    text[o++] = ']';
  text[o++] = '\n';
  cli_config c;
  char err[256];
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  assert_int_equal(cli_config_parse(&c, "cfg/.vigil.yaml", text, o, err, sizeof err), -1);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  assert_string_equal(err, "cfg/.vigil.yaml:1:520: limit exceeded: nesting deeper than 512 "
                           "levels (--max-depth)");
  double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  assert_true(secs < 1.0);
  free(text);
}

static void test_template_parses(void **state) {
  (void)state;
  cli_config c;
  char err[256] = "";
  assert_int_equal(parse(&c, cli_config_template, err), 0);
  /* issue 16: the template said it listed defaults and set fail_on: low and an
   * exclude; as written it now sets nothing (the ci suite scans with it) */
  assert_int_equal(c.n_exclude, 0);
  assert_false(c.has_fail_on || c.has_soft_fail || c.has_unknown || c.has_inline);
  assert_int_equal(c.n_enable + c.n_disable + c.n_severity + c.n_suppress, 0);
  assert_int_equal(c.n_packs + c.n_sources + c.n_formats + c.n_outputs + c.n_var_files, 0);
  assert_null(c.baseline);
  assert_null(c.docs_url);
  cli_config_free(&c);
}

/* issue 16: packs: selects one shipped pack; more than one, or beside
 * sources:, is a located error (cli_packs_load resolves the name). */
static void test_parse_packs(void **state) {
  (void)state;
  cli_config c;
  char err[256] = "";
  assert_int_equal(parse(&c, "fail_on: low\npacks: [ecr]\n", err), 0);
  assert_int_equal(c.n_packs, 1);
  assert_string_equal(c.packs[0], "ecr");
  assert_int_equal(c.packs_at[0].line, 2);
  assert_int_equal(c.packs_at[0].col, 9);
  cli_config_free(&c);
  assert_int_equal(parse(&c, "packs: ecr\n", err), 0);
  assert_int_equal(c.packs_at[0].col, 8);
  cli_config_free(&c);
  assert_int_equal(parse(&c, "packs: [ecr, default]\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:1:14: 'packs' names more than one pack: a scan runs one "
                           "pack (compile several rule sets into one with `sources:` or `vigil "
                           "compile`)");
  assert_int_equal(parse(&c, "sources: [p]\npacks: [ecr]\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:2:9: 'packs' and 'sources' exclude each other (a "
                           "shipped pack, or rules compiled from sources)");
}

/* issue 16: a key written twice, at any depth, is an error (the loader used
 * to keep the last one with a warning nobody saw). */
static void test_parse_duplicates(void **state) {
  (void)state;
  cli_config c;
  char err[256] = "";
  assert_int_equal(parse(&c, "fail_on: low\nexclude: [a]\nfail_on: high\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:3:1: duplicate key 'fail_on' (first at line 1)");
  assert_int_equal(parse(&c, "severity:\n  A: low\n  A: high\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:3:3: duplicate key 'A' (first at line 2)");
  assert_int_equal(
      parse(&c, "suppress:\n  - rule: A\n    reason: r\n    reason: s\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:4:5: duplicate key 'reason' (first at line 3)");
  assert_int_equal(parse(&c, "output: {sarif: a, sarif: b}\n", err), -1);
  assert_string_equal(err, "cfg/.vigil.yaml:1:20: duplicate key 'sarif' (first at line 1)");
}

/* issue 16: `enable: [NOPE_*]` turned every rule off and exited 0; every rule
 * token must select a rule of the pack, by id, ref or glob. */
static void test_check_tokens(void **state) {
  (void)state;
  cli_config c;
  char err[512] = "";
  assert_int_equal(parse(&c,
                         "enable: [AWS_ECR_*, CKV_AWS_51, ORG_OWNER_TAG]\n"
                         "disable: [AWS_ECR_IMMUTABLE_TAGS]\n"
                         "severity: {'ORG_*': high}\n"
                         "suppress: [{rule: ORG_OWNER_TAG, reason: r}]\n",
                         err),
                   0);
  assert_int_equal(cli_config_check(&c, &pack, err, sizeof err), 0);
  cli_config_free(&c);
  static const struct {
    const char *text, *err;
  } bad[] = {
      {"enable: [NOPE_*]\n", "cfg/.vigil.yaml:1:10: enable: 'NOPE_*' matches no rule of the pack"},
      {"enable: [AWS_ECR_*]\ndisable:\n  - ORG_OWNER_TAG\n  - CKV_AWS_99\n",
       "cfg/.vigil.yaml:4:5: disable: 'CKV_AWS_99' matches no rule of the pack"},
      {"severity:\n  ORG_OWNER_TAG: low\n  AWS_ECR_IMMUTABLE: low\n",
       "cfg/.vigil.yaml:3:3: severity: 'AWS_ECR_IMMUTABLE' matches no rule of the pack"},
      {"suppress:\n  - reason: r\n    rule: aws_ecr_*\n",
       "cfg/.vigil.yaml:3:11: suppress: 'aws_ecr_*' matches no rule of the pack"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    assert_int_equal(parse(&c, bad[i].text, err), 0);
    assert_int_equal(cli_config_check(&c, &pack, err, sizeof err), -1);
    char want[512];
    snprintf(want, sizeof want,
             "%s (an id, a ref or a glob over ids; `vigil list` shows the rules)", bad[i].err);
    assert_string_equal(err, want);
    cli_config_free(&c);
  }
}

static void test_glob(void **state) {
  (void)state;
  assert_true(cli_config_glob("**/testdata/**", "a/b/testdata/x.yaml"));
  assert_true(cli_config_glob("**/testdata/**", "testdata/x.yaml"));
  assert_false(cli_config_glob("**/testdata/**", "a/testdatax/x.yaml"));
  assert_true(cli_config_glob("legacy/*.yaml", "legacy/a.yaml"));
  assert_false(cli_config_glob("legacy/*.yaml", "legacy/sub/a.yaml"));
  assert_true(cli_config_glob("*.json", "deep/dir/p.json")); /* no '/': last segment */
  assert_true(cli_config_glob("a?c", "x/abc"));
  assert_false(cli_config_glob("a?c", "x/ac"));
  cli_config c;
  char err[256];
  assert_int_equal(parse(&c, "exclude: [vendor/**]\n", err), 0);
  assert_true(cli_config_exclude(&c, "vendor", true));
  assert_false(cli_config_exclude(&c, "vendor", false));
  assert_true(cli_config_exclude(&c, "vendor/x.tf", false));
  assert_false(cli_config_exclude(&c, "src/vendor.tf", false));
  cli_config_free(&c);
}

static void test_find(void **state) {
  (void)state;
  char tmpl[] = "/tmp/vigil-cfg-XXXXXX";
  char *dir = mkdtemp(tmpl);
  assert_non_null(dir);
  char sub[512], cfg[512], out[4096], real[4096];
  snprintf(sub, sizeof sub, "%s/a/b", dir);
  snprintf(cfg, sizeof cfg, "%s/a", dir);
  assert_int_equal(mkdir(cfg, 0700), 0);
  assert_int_equal(mkdir(sub, 0700), 0);
  snprintf(cfg, sizeof cfg, "%s/.vigil.yaml", dir);
  FILE *f = fopen(cfg, "w");
  fputs("fail_on: high\n", f);
  fclose(f);
  assert_int_equal(cli_config_find(sub, out, sizeof out), 0);
  assert_non_null(realpath(cfg, real));
  assert_string_equal(out, real);
  unlink(cfg);
  /* nothing above (assuming /tmp has no .vigil.yaml) */
  assert_int_equal(cli_config_find(sub, out, sizeof out), -1);
  rmdir(sub);
  snprintf(sub, sizeof sub, "%s/a", dir);
  rmdir(sub);
  rmdir(dir);
}

static void test_apply(void **state) {
  (void)state;
  engine_result res[] = {
      {.rule = 0, .status = VM_FAIL, .severity = VM_SEV_HIGH, .file = "a.yaml", .resource = "R"},
      {.rule = 1,
       .status = VM_FAIL,
       .severity = VM_SEV_LOW,
       .file = "sandbox/b.yaml",
       .resource = "S"},
      {.rule = 1,
       .status = VM_FAIL,
       .severity = VM_SEV_LOW,
       .file = "prod/b.yaml",
       .resource = "T"},
  };
  engine_report r;
  report(&r, res, 3);
  cli_config c;
  char err[256];
  assert_int_equal(parse(&c,
                         "disable: [CKV_AWS_51]\nseverity: {ORG_*: critical}\n"
                         "suppress: [{rule: ORG_OWNER_TAG, paths: ['sandbox/**'], reason: sb}]\n",
                         err),
                   0);
  cli_config_apply(&c, &r);
  assert_int_equal(r.n_results, 2);
  assert_string_equal(r.results[0].file, "sandbox/b.yaml");
  assert_int_equal(r.results[0].status, VM_SUPPRESSED);
  assert_string_equal(r.results[0].suppression, "sb");
  assert_string_equal(r.results[0].suppression_kind, "config");
  assert_int_equal(r.results[0].severity, VM_SEV_CRITICAL);
  assert_int_equal(r.results[1].status, VM_FAIL);
  assert_int_equal(r.summary.fail, 1);
  assert_int_equal(r.summary.suppressed, 1);
  cli_config_free(&c);
  base_arena_free(&r.arena);
}

static void test_exit_status(void **state) {
  (void)state;
  engine_result res[] = {
      {.rule = 1, .status = VM_FAIL, .severity = VM_SEV_LOW},
      {.rule = 0, .status = VM_UNKNOWN, .severity = VM_SEV_HIGH},
  };
  engine_report r;
  report(&r, res, 2);
  cli_gate_options g = {VM_SEV_INFO, false, CLI_UNKNOWN_REPORT};
  assert_int_equal(cli_exit_status(&r, &g), 1);
  g.fail_on = VM_SEV_MEDIUM;
  assert_int_equal(cli_exit_status(&r, &g), 0); /* low failure below the bar */
  g.unknown = CLI_UNKNOWN_FAIL;
  assert_int_equal(cli_exit_status(&r, &g), 1); /* high unknown counts now */
  g.fail_on = VM_SEV_CRITICAL;
  assert_int_equal(cli_exit_status(&r, &g), 0);
  g.soft_fail = true;
  g.fail_on = VM_SEV_INFO;
  assert_int_equal(cli_exit_status(&r, &g), 0);
  g.soft_fail = false;
  res[0].status = VM_SUPPRESSED;
  g.unknown = CLI_UNKNOWN_REPORT;
  assert_int_equal(cli_exit_status(&r, &g), 0);
  r.summary.failed = 1; /* an unparsable file fails whatever the bar */
  g.fail_on = VM_SEV_CRITICAL;
  assert_int_equal(cli_exit_status(&r, &g), 1);
  r.summary.failed = 0;
  res[0].status = VM_ERROR;
  assert_int_equal(cli_exit_status(&r, &g), 1);
  res[0].status = VM_PASS;
  cli_gate_apply_unknown(&r, CLI_UNKNOWN_PASS);
  assert_int_equal(res[1].status, VM_PASS);
  assert_int_equal(r.summary.unknown, 0);
  assert_int_equal(r.summary.pass, 2);
  base_arena_free(&r.arena);
}

static void test_baseline_round_trip(void **state) {
  (void)state;
  engine_result before[] = {
      {.rule = 0,
       .status = VM_FAIL,
       .severity = VM_SEV_HIGH,
       .file = "t.yaml",
       .line = 5,
       .resource = "R",
       .message = "mutable at line 5"},
      {.rule = 1, .status = VM_PASS, .file = "t.yaml", .line = 9, .resource = "S", .message = ""},
      {.rule = 1,
       .status = VM_UNKNOWN,
       .file = "t.yaml",
       .line = 9,
       .resource = "S",
       .message = "?"},
  };
  engine_report r;
  report(&r, before, 3);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_int_equal(engine_baseline_write(&r, f), 0);
  fclose(f);
  /* two-space indentation, one finding per line (diffs well) */
  assert_non_null(strstr(buf, "{\n  \"vigil_baseline\": 1,\n  \"findings\": [\n    {\"fingerprint\": \""));
  assert_null(strchr(buf, '\t'));
  char err[256];
  engine_baseline *b = engine_baseline_parse(buf, len, err, sizeof err);
  assert_non_null(b);
  assert_int_equal(engine_baseline_size(b), 2);
  base_arena_free(&r.arena);

  /* three lines inserted above: same findings, shifted; plus a new one */
  engine_result after[] = {
      {.rule = 0,
       .status = VM_FAIL,
       .severity = VM_SEV_HIGH,
       .file = "t.yaml",
       .line = 8,
       .resource = "R",
       .message = "mutable at line 8"},
      {.rule = 0,
       .status = VM_FAIL,
       .severity = VM_SEV_HIGH,
       .file = "t.yaml",
       .line = 20,
       .resource = "New",
       .message = "mutable at line 20"},
      {.rule = 1,
       .status = VM_UNKNOWN,
       .file = "t.yaml",
       .line = 12,
       .resource = "S",
       .message = "?"},
  };
  report(&r, after, 3);
  assert_int_equal(engine_baseline_apply(b, &r, "b.json"), 2);
  assert_int_equal(after[0].status, VM_SUPPRESSED);
  assert_string_equal(after[0].suppression_kind, "baseline");
  assert_string_equal(after[0].suppression, "in baseline b.json");
  assert_int_equal(after[1].status, VM_FAIL);
  assert_int_equal(after[2].status, VM_SUPPRESSED);
  assert_int_equal(r.summary.fail, 1);
  assert_int_equal(r.summary.unknown, 0);
  assert_int_equal(r.summary.suppressed, 2);
  cli_gate_options g = {VM_SEV_INFO, false, CLI_UNKNOWN_REPORT};
  assert_int_equal(cli_exit_status(&r, &g), 1); /* the new finding still fails */
  base_arena_free(&r.arena);
  engine_baseline_free(b);
  free(buf);

  assert_null(engine_baseline_parse("{\"findings\": []}", 16, err, sizeof err));
  assert_string_equal(err, "missing \"vigil_baseline\": 1 (not a vigil baseline?)");
  const char *bad = "{\"vigil_baseline\": 1, \"findings\": [{\"fingerprint\": \"xyz\"}]}";
  assert_null(engine_baseline_parse(bad, strlen(bad), err, sizeof err));
  assert_string_equal(err, "findings[0]: \"fingerprint\" must be 64 lowercase hex digits");
  /* read with the scan's JSON loader: located syntax errors and its limits */
  const char *comma = "{\"vigil_baseline\": 1,\n \"findings\": [],}";
  assert_null(engine_baseline_parse(comma, strlen(comma), err, sizeof err));
  assert_string_equal(err, "baseline:2:16: trailing comma");
  char deep[1200];
  for (int i = 0; i < 600; i++) {
    deep[i] = '[';
    deep[600 + i] = ']';
  }
  assert_null(engine_baseline_parse(deep, 1200, err, sizeof err));
  assert_string_equal(
      err, "baseline:1:513: limit exceeded: nesting deeper than 512 levels (--max-depth)");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parse_all_keys),
      cmocka_unit_test(test_parse_errors),
      cmocka_unit_test(test_parse_scalars_as_written),
      cmocka_unit_test(test_parse_depth_limit),
      cmocka_unit_test(test_template_parses),
      cmocka_unit_test(test_parse_packs),
      cmocka_unit_test(test_parse_duplicates),
      cmocka_unit_test(test_check_tokens),
      cmocka_unit_test(test_glob),
      cmocka_unit_test(test_find),
      cmocka_unit_test(test_apply),
      cmocka_unit_test(test_exit_status),
      cmocka_unit_test(test_baseline_round_trip),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
