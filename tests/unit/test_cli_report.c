/* test_cli_report.c — report ordering, summary counts, and the exact text and
 * JSON output for a hand-built report (no compiler or VM involved). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "escape.h"
#include "report.h"

static const char *refs_b[] = {"CKV_AWS_51", "SecurityHub:ECR.2"};
static vm_rule rules[] = {
    {.id = "B_RULE",
     .title = "b",
     .fix = "Set it to IMMUTABLE.",
     .docs = "",
     .refs = refs_b,
     .n_refs = 2,
     .severity = VM_SEV_HIGH},
    {.id = "A_RULE",
     .title = "a",
     .fix = "",
     .docs = "",
     .refs = NULL,
     .n_refs = 0,
     .severity = VM_SEV_LOW},
};
static vm_pack pack;

static void build(engine_report *r) {
  memset(r, 0, sizeof *r);
  base_arena_init(&r->arena);
  memset(&pack, 0, sizeof pack);
  pack.rules = rules;
  pack.n_rules = 2;
  strcpy(pack.digest, "sha256:0123");
  r->pack = &pack;
  r->root = "input";
  static engine_result res[5];
  /* deliberately out of order */
  res[0] = (engine_result){.rule = 0,
                           .status = VM_FAIL,
                           .severity = VM_SEV_HIGH,
                           .file = "z.yaml",
                           .line = 3,
                           .col = 5,
                           .resource = "AWS::ECR::Repository.Z",
                           .message = "tags \"mutable\""};
  res[1] = (engine_result){.rule = 0,
                           .status = VM_PASS,
                           .severity = VM_SEV_HIGH,
                           .file = "a.yaml",
                           .line = 7,
                           .col = 3,
                           .resource = "AWS::ECR::Repository.B",
                           .message = ""};
  res[2] = (engine_result){.rule = 0,
                           .status = VM_UNKNOWN,
                           .severity = VM_SEV_HIGH,
                           .file = "a.yaml",
                           .line = 4,
                           .col = 3,
                           .resource = "AWS::ECR::Repository.A",
                           .message = "depends on a parameter"};
  /* same place, two rules: ordered by rule id (A_RULE before B_RULE), not index */
  res[3] = (engine_result){.rule = 1,
                           .status = VM_FAIL,
                           .severity = VM_SEV_LOW,
                           .file = "a.yaml",
                           .line = 4,
                           .col = 3,
                           .resource = "AWS::ECR::Repository.A",
                           .message = "no owner tag"};
  res[4] = (engine_result){.rule = 0,
                           .status = VM_SUPPRESSED,
                           .severity = VM_SEV_HIGH,
                           .file = "m.yaml",
                           .line = 2,
                           .col = 1,
                           .resource = "AWS::ECR::Repository.M",
                           .message = "tags mutable",
                           .suppression = "legacy",
                           .suppression_kind = "inline"};
  r->results = res;
  r->n_results = 5;
  static engine_file_error errs[] = {{"broken.yaml", 2, 9, "mapping values are not allowed here"}};
  r->errors = errs;
  r->n_errors = 1;
  static engine_skip skips[] = {{"notes.md", "not IaC"}, {"blob.json", "binary"}};
  r->skipped = skips;
  r->n_skipped = 2;
  r->summary.scanned = 4;
  r->summary.failed = 1;
  r->summary.resources = 4;
  engine_report_finish(r);
}

static char *render(int (*fn)(const engine_report *, FILE *, const engine_report_options *),
                    const engine_report *r, const engine_report_options *o) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_non_null(f);
  assert_int_equal(fn(r, f, o), 0);
  fclose(f);
  return buf;
}

static void test_order_and_summary(void **state) {
  (void)state;
  engine_report r;
  build(&r);
  const char *order[][2] = {{"a.yaml", "A_RULE"},
                            {"a.yaml", "B_RULE"},
                            {"a.yaml", "B_RULE"},
                            {"m.yaml", "B_RULE"},
                            {"z.yaml", "B_RULE"}};
  for (size_t i = 0; i < 5; i++) {
    assert_string_equal(r.results[i].file, order[i][0]);
    assert_string_equal(engine_result_rule_id(&r, &r.results[i]), order[i][1]);
  }
  assert_int_equal(r.results[2].line, 7);
  assert_string_equal(r.skipped[0].file, "blob.json");
  const engine_summary *m = &r.summary;
  assert_int_equal(m->files, 7);
  assert_int_equal(m->skipped, 2);
  assert_int_equal(m->pass, 1);
  assert_int_equal(m->fail, 2);
  assert_int_equal(m->unknown, 1);
  assert_int_equal(m->suppressed, 1);
  assert_int_equal(m->errors, 1);
  assert_int_equal(engine_report_exit_status(&r), 1);
  engine_report_free(&r);
}

static void test_text(void **state) {
  (void)state;
  engine_report r;
  build(&r);
  engine_report_options o = {.version = "9.9"};
  char *t = render(engine_report_text, &r, &o);
  assert_string_equal(t, "FAIL low A_RULE  a.yaml:4:3\n"
                         "  resource: AWS::ECR::Repository.A\n"
                         "  no owner tag\n"
                         "\n"
                         "UNKNOWN high B_RULE  a.yaml:4:3\n"
                         "  resource: AWS::ECR::Repository.A\n"
                         "  depends on a parameter\n"
                         "  refs: CKV_AWS_51, SecurityHub:ECR.2\n"
                         "\n"
                         "SUPPRESSED high B_RULE  m.yaml:2:1\n"
                         "  resource: AWS::ECR::Repository.M\n"
                         "  suppressed (inline): legacy\n"
                         "\n"
                         "FAIL high B_RULE  z.yaml:3:5\n"
                         "  resource: AWS::ECR::Repository.Z\n"
                         "  tags \"mutable\"\n"
                         "  refs: CKV_AWS_51, SecurityHub:ECR.2\n"
                         "  fix: Set it to IMMUTABLE.\n"
                         "\n"
                         "error: broken.yaml:2:9: mapping values are not allowed here\n"
                         "skipped: blob.json (binary)\n"
                         "\n"
                         "7 files (4 scanned, 2 skipped, 1 unparsable), 4 resources: 2 failed, "
                         "1 unknown, 1 passed, 1 suppressed, 1 error\n");
  free(t);
  o.show_passes = true;
  o.quiet = true;
  t = render(engine_report_text, &r, &o);
  assert_non_null(strstr(t, "PASS high B_RULE  a.yaml:7:3\n  resource: AWS::ECR::Repository.B\n"));
  assert_null(strstr(t, "files ("));
  free(t);
  engine_report_free(&r);
}

static void test_text_color(void **state) {
  (void)state;
  engine_report r;
  build(&r);
  engine_report_options o = {.color = true};
  char *t = render(engine_report_text, &r, &o);
  assert_non_null(strstr(t, "\033[1m\033[31mFAIL\033[0m \033[36mlow\033[0m"));
  free(t);
  engine_report_free(&r);
}

static const char expected_json[] = "{\n"
                                    "  \"schema\": 2,\n"
                                    "  \"vigil\": \"9.9\",\n"
                                    "  \"pack\": \"sha256:0123\",\n"
                                    "  \"results\": [\n"
                                    "    {\n"
                                    "      \"rule\": \"A_RULE\",\n"
                                    "      \"refs\": [],\n"
                                    "      \"severity\": \"low\",\n"
                                    "      \"status\": \"fail\",\n"
                                    "      \"file\": \"a.yaml\",\n"
                                    "      \"line\": 4,\n"
                                    "      \"column\": 3,\n"
                                    "      \"resource\": \"AWS::ECR::Repository.A\",\n"
                                    "      \"message\": \"no owner tag\"\n"
                                    "    },\n"
                                    "    {\n"
                                    "      \"rule\": \"B_RULE\",\n"
                                    "      \"refs\": [\"CKV_AWS_51\", \"SecurityHub:ECR.2\"],\n"
                                    "      \"severity\": \"high\",\n"
                                    "      \"status\": \"unknown\",\n"
                                    "      \"file\": \"a.yaml\",\n"
                                    "      \"line\": 4,\n"
                                    "      \"column\": 3,\n"
                                    "      \"resource\": \"AWS::ECR::Repository.A\",\n"
                                    "      \"message\": \"depends on a parameter\"\n"
                                    "    },\n"
                                    "    {\n"
                                    "      \"rule\": \"B_RULE\",\n"
                                    "      \"refs\": [\"CKV_AWS_51\", \"SecurityHub:ECR.2\"],\n"
                                    "      \"severity\": \"high\",\n"
                                    "      \"status\": \"pass\",\n"
                                    "      \"file\": \"a.yaml\",\n"
                                    "      \"line\": 7,\n"
                                    "      \"column\": 3,\n"
                                    "      \"resource\": \"AWS::ECR::Repository.B\",\n"
                                    "      \"message\": \"\"\n"
                                    "    },\n"
                                    "    {\n"
                                    "      \"rule\": \"B_RULE\",\n"
                                    "      \"refs\": [\"CKV_AWS_51\", \"SecurityHub:ECR.2\"],\n"
                                    "      \"severity\": \"high\",\n"
                                    "      \"status\": \"suppressed\",\n"
                                    "      \"file\": \"m.yaml\",\n"
                                    "      \"line\": 2,\n"
                                    "      \"column\": 1,\n"
                                    "      \"resource\": \"AWS::ECR::Repository.M\",\n"
                                    "      \"message\": \"tags mutable\",\n"
                                    "      \"suppression\": {\n"
                                    "        \"kind\": \"inline\",\n"
                                    "        \"reason\": \"legacy\"\n"
                                    "      }\n"
                                    "    },\n"
                                    "    {\n"
                                    "      \"rule\": \"B_RULE\",\n"
                                    "      \"refs\": [\"CKV_AWS_51\", \"SecurityHub:ECR.2\"],\n"
                                    "      \"severity\": \"high\",\n"
                                    "      \"status\": \"fail\",\n"
                                    "      \"file\": \"z.yaml\",\n"
                                    "      \"line\": 3,\n"
                                    "      \"column\": 5,\n"
                                    "      \"resource\": \"AWS::ECR::Repository.Z\",\n"
                                    "      \"message\": \"tags \\\"mutable\\\"\"\n"
                                    "    }\n"
                                    "  ],\n"
                                    "  \"errors\": [\n"
                                    "    {\n"
                                    "      \"file\": \"broken.yaml\",\n"
                                    "      \"line\": 2,\n"
                                    "      \"column\": 9,\n"
                                    "      \"message\": \"mapping values are not allowed here\"\n"
                                    "    }\n"
                                    "  ],\n"
                                    "  \"skipped\": [\n"
                                    "    {\n"
                                    "      \"file\": \"blob.json\",\n"
                                    "      \"reason\": \"binary\"\n"
                                    "    },\n"
                                    "    {\n"
                                    "      \"file\": \"notes.md\",\n"
                                    "      \"reason\": \"not IaC\"\n"
                                    "    }\n"
                                    "  ],\n"
                                    "  \"warnings\": [],\n"
                                    "  \"summary\": {\n"
                                    "    \"files\": 7,\n"
                                    "    \"resources\": 4,\n"
                                    "    \"pass\": 1,\n"
                                    "    \"fail\": 2,\n"
                                    "    \"unknown\": 1,\n"
                                    "    \"errors\": 1,\n"
                                    "    \"skipped\": 2,\n"
                                    "    \"suppressed\": 1,\n"
                                    "    \"scanned\": 4,\n"
                                    "    \"unparsable\": 1\n"
                                    "  }\n"
                                    "}\n";

static void test_json(void **state) {
  (void)state;
  engine_report r;
  build(&r);
  engine_report_options o = {.version = "9.9"};
  char *t = render(engine_report_json, &r, &o);
  if (getenv("DUMP_JSON")) fputs(t, stderr);
  assert_string_equal(t, expected_json);
  free(t);
  engine_report_free(&r);
}

/* Escaping as cJSON did (the format is a contract): the six short escapes,
 * other control characters as \u00xx, UTF-8 and DEL as they are. */
/* The escaper's reference: byte by byte, as cJSON escapes. */
static void ref_escape(const char *s, char *out) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
    case '"': out += sprintf(out, "\\\""); break;
    case '\\': out += sprintf(out, "\\\\"); break;
    case '\b': out += sprintf(out, "\\b"); break;
    case '\f': out += sprintf(out, "\\f"); break;
    case '\n': out += sprintf(out, "\\n"); break;
    case '\r': out += sprintf(out, "\\r"); break;
    case '\t': out += sprintf(out, "\\t"); break;
    default:
      if (*p < 32)
        out += sprintf(out, "\\u%04x", *p);
      else
        *out++ = (char)*p;
    }
  }
  *out = 0;
}

/* The JSON writer skips plain text sixteen bytes at a time (SSE2), then
 * eight: every byte that needs escaping, at every offset within and across
 * those blocks and words and in the tail after them, with UTF-8 and bytes
 * near the escaped ones around it, comes out as the reference says. */
static void test_json_escapes_every_offset(void **state) {
  (void)state;
  static const char specials[] = "\"\\\n\x01\x1f\t";
  static const char *fillers[] = {"a", "\xc3\xa9", "!", "#", "]", "\x7f", "\xa2", "\xdc"};
  for (size_t f = 0; f < sizeof fillers / sizeof *fillers; f++)
    for (size_t sp = 0; specials[sp]; sp++)
      for (size_t at = 0; at < 40; at++) {
        char msg[128], want[768], line[800];
        size_t n = 0;
        for (size_t i = 0; i < 40; i++) {
          if (i == at)
            msg[n++] = specials[sp];
          else
            for (const char *c = fillers[f]; *c; c++)
              msg[n++] = *c;
        }
        msg[n] = 0;
        engine_report r;
        build(&r);
        r.results[0].message = msg;
        engine_report_options o = {.version = "9.9"};
        char *t = render(engine_report_json, &r, &o);
        ref_escape(msg, want);
        snprintf(line, sizeof line, "\"message\": \"%s\"\n", want);
        if (!strstr(t, line))
          fail_msg("filler %zu special %zu at %zu: %s not in output", f, sp, at, line);
        free(t);
        engine_report_free(&r);
      }
}

/* Every string length from 0 to 47 (the writer tests a string's last bytes,
 * after its sixteen-byte blocks, at once beside plain padding), a byte to
 * escape at every offset, and none. */
static void test_json_escapes_every_length(void **state) {
  (void)state;
  static const char specials[] = "\"\\\n\x01\x1f";
  for (size_t len = 0; len < 48; len++)
    for (size_t sp = 0; sp <= strlen(specials); sp++)
      for (size_t at = 0; at < (specials[sp] ? len : 1); at++) {
        char msg[64], want[512], line[600];
        memset(msg, 'a', len);
        msg[len] = 0;
        if (specials[sp]) msg[at] = specials[sp];
        engine_report r;
        build(&r);
        r.results[0].message = msg;
        engine_report_options o = {.version = "9.9"};
        char *t = render(engine_report_json, &r, &o);
        ref_escape(msg, want);
        snprintf(line, sizeof line, "\"message\": \"%s\"\n", want);
        if (!strstr(t, line))
          fail_msg("length %zu special %zu at %zu: %s not in output", len, sp, at, line);
        free(t);
        engine_report_free(&r);
      }
}

/* JSON rendered apart in batches (the writer's render and put, scan.c's
 * emit_parallel) is what it writes as results come: also when results share
 * a string (one pointer, as a warm scan's decoder gives them: the writer
 * writes it again as the result before rendered it), when a string comes
 * back after another (A B A), and when a different string has the same
 * text or needs escaping. */
static void test_json_render_same_strings(void **state) {
  (void)state;
  static const char msg_a[] = "tags \"mutable\" here", msg_b[] = "no owner tag";
  static char msg_a2[sizeof msg_a]; /* same text, another pointer */
  memcpy(msg_a2, msg_a, sizeof msg_a);
  static const char *const msgs[] = {msg_a, msg_a, msg_b, msg_a, msg_a2, msg_b, msg_b, ""};
  engine_result res[8];
  for (size_t i = 0; i < 8; i++)
    res[i] = (engine_result){.rule = (uint32_t)(i % 2),
                             .status = i % 3 ? VM_FAIL : VM_PASS,
                             .severity = VM_SEV_HIGH,
                             .file = i < 5 ? "dir/f\tile.yaml" : "g.yaml",
                             .line = (uint32_t)(10 * i),
                             .col = 1,
                             .resource = i % 4 < 2 ? "AWS::ECR::Repository.A" : "R\"B",
                             .message = msgs[i]};
  engine_report r;
  build(&r);
  r.results = NULL;
  r.n_results = 0;
  engine_report_options o = {.version = "9.9"};
  const engine_writer_ops *w = &engine_writer_json;
  char *streamed = NULL, *apart = NULL;
  size_t n1 = 0, n2 = 0;
  FILE *f = open_memstream(&streamed, &n1);
  void *st = w->begin(&r, f, &o);
  w->results(st, &r, res, 3);
  w->results(st, &r, res + 3, 5);
  assert_int_equal(w->end(st, &r), 0);
  fclose(f);
  f = open_memstream(&apart, &n2);
  st = w->begin(&r, f, &o);
  engine_rendered one = {0}, two = {0};
  w->render(st, &r, res, 3, &one);
  w->render(st, &r, res + 3, 5, &two);
  w->put(st, one.p, one.n, 3);
  w->put(st, two.p, two.n, 5);
  assert_int_equal(w->end(st, &r), 0);
  fclose(f);
  assert_string_equal(apart, streamed);
  assert_non_null(strstr(streamed, "\"message\": \"tags \\\"mutable\\\" here\""));
  assert_non_null(strstr(streamed, "\"file\": \"dir/f\\tile.yaml\""));
  free(one.p);
  free(two.p);
  free(streamed);
  free(apart);
  engine_report_free(&r);
}

static void test_json_escapes(void **state) {
  (void)state;
  engine_report r;
  build(&r);
  r.results[0].message = "q\" b\\ \b\f\n\r\t \x01\x1f\x7f \xc3\xa9";
  engine_report_options o = {.version = "9.9"};
  char *t = render(engine_report_json, &r, &o);
  assert_non_null(
      strstr(t, "\"message\": \"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001\\u001f\x7f \xc3\xa9\"\n"));
  free(t);
  engine_report_free(&r);
}

static void test_text_context_lines(void **state) {
  (void)state;
  char dir[] = "/tmp/vigil-ctx-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[128];
  snprintf(path, sizeof path, "%s/z.yaml", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("Resources:\n  Z:\n    Properties:\r\n      Tag: MUTABLE\n    Type: x\n", f);
  fclose(f);
  engine_report r;
  build(&r);
  r.root = dir; /* results are relative to the scanned directory */
  engine_report_options o = {.context_lines = 1};
  char *t = render(engine_report_text, &r, &o);
  assert_non_null(strstr(t, "  tags \"mutable\"\n"
                            "        2 |   Z:\n"
                            "        3 >     Properties:\n"
                            "        4 |       Tag: MUTABLE\n"
                            "  refs: "));
  free(t);
  engine_report_free(&r);
  remove(path);
  rmdir(dir);
}

static void test_empty_report(void **state) {
  (void)state;
  engine_report r;
  memset(&r, 0, sizeof r);
  base_arena_init(&r.arena);
  engine_report_finish(&r);
  char *t = render(engine_report_text, &r, NULL);
  assert_string_equal(t, "0 files (0 scanned, 0 skipped, 0 unparsable), 0 resources: 0 failed, "
                         "0 unknown, 0 passed, 0 suppressed, 0 errors\n");
  free(t);
  assert_int_equal(engine_report_exit_status(&r), 0);
  engine_report_free(&r);
}

/* ---- escape.h ----------------------------------------------------------------------- */

static char *esc_str(const char *s, unsigned flags) {
  return engine_escape_dup(s, flags);
}

static void test_escape_text(void **state) {
  (void)state;
  char *e = esc_str("a\n::stop-commands::T\r\n\033[31mx\x7f\x01\tb\\n", ENGINE_ESC_TEXT);
  assert_string_equal(e, "a\\n::stop-commands::T\\r\\n\\x1b[31mx\\x7f\\x01\\tb\\n");
  free(e);
  /* C1 controls (8-bit CSI), bytes that are not UTF-8 and the bidi override
   * U+202E; other UTF-8 kept */
  e = esc_str("\xc2\x9b"
              "2J \xff\xfe \xc3\xa9 \xe2\x80\xae",
              ENGINE_ESC_TEXT);
  assert_string_equal(e, "\\u009b2J \\xff\\xfe \xc3\xa9 \\u202e");
  free(e);
  e = esc_str("a\tb", ENGINE_ESC_KEEP_TAB);
  assert_string_equal(e, "a\tb");
  free(e);
  /* nothing to escape: the same bytes (outputs unchanged for plain input) */
  e = esc_str("plain %0A a:b, c\\d", ENGINE_ESC_TEXT);
  assert_string_equal(e, "plain %0A a:b, c\\d");
  free(e);
  assert_false(engine_escape_needed("plain \xc3\xa9"));
  assert_true(engine_escape_needed("a\x1b"));
  assert_true(engine_escape_needed("\xc2\x85"));
  assert_true(engine_escape_needed("\xff"));
  e = esc_str(NULL, ENGINE_ESC_TEXT);
  assert_string_equal(e, "");
  free(e);
}

/* Invisible format characters: every bidi embedding, override and isolate,
 * the zero-width ones, LS/PS, the BOM and a tag character are escaped, in
 * both forms; their neighbours (U+2029 vs U+2030, U+2065 vs U+2066) are kept. */
static void test_escape_invisible(void **state) {
  (void)state;
  static const char *const cases[][2] = {
      {"\xe2\x80\xaa", "\\u202a"},
      {"\xe2\x80\xab", "\\u202b"},
      {"\xe2\x80\xac", "\\u202c"},
      {"\xe2\x80\xad", "\\u202d"},
      {"\xe2\x80\xae", "\\u202e"},
      {"\xe2\x81\xa6", "\\u2066"},
      {"\xe2\x81\xa7", "\\u2067"},
      {"\xe2\x81\xa8", "\\u2068"},
      {"\xe2\x81\xa9", "\\u2069"},
      {"\xe2\x80\x8b", "\\u200b"},
      {"\xe2\x80\x8f", "\\u200f"},
      {"\xe2\x80\xa8", "\\u2028"},
      {"\xe2\x80\xa9", "\\u2029"},
      {"\xef\xbb\xbf", "\\ufeff"},
      {"\xc2\xad", "\\u00ad"},
      {"\xd8\x9c", "\\u061c"},
      {"\xf3\xa0\x81\x81", "\\U000e0041"},
      {"\xe2\x80\xb0", "\xe2\x80\xb0"},
      {"\xe2\x81\xa5", "\xe2\x81\xa5"},
      {"\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *e = esc_str(cases[i][0], ENGINE_ESC_TEXT);
    assert_string_equal(e, cases[i][1]);
    free(e);
    e = esc_str(cases[i][0], ENGINE_ESC_GITHUB_PROP);
    assert_string_equal(e, cases[i][1]);
    free(e);
    assert_int_equal(engine_escape_needed(cases[i][0]), strcmp(cases[i][0], cases[i][1]) != 0);
  }
  char *e = esc_str("admin\xe2\x80\xae"
                    "txt.exe",
                    ENGINE_ESC_GITHUB);
  assert_string_equal(e, "admin\\u202etxt.exe");
  free(e);
}

static void test_escape_github(void **state) {
  (void)state;
  /* the Actions toolkit's rules: data % CR LF; properties also : and , */
  char *e = esc_str("50% a\r\n::add-mask::x, y:z\033", ENGINE_ESC_GITHUB);
  assert_string_equal(e, "50%25 a%0D%0A::add-mask::x, y:z\\x1b");
  free(e);
  e = esc_str("d/a:b,c%0A\n", ENGINE_ESC_GITHUB_PROP);
  assert_string_equal(e, "d/a%3Ab%2Cc%250A%0A");
  free(e);
}

/* Percent-decoding as a SARIF consumer does (RFC 3986 section 2.1). */
static char *uri_decode(const char *u) {
  char *o = malloc(strlen(u) + 1), *p = o;
  assert_non_null(o);
  for (; *u; u++) {
    if (*u == '%') {
      unsigned v;
      assert_int_equal(sscanf(u + 1, "%2x", &v), 1);
      *p++ = (char)v;
      u += 2;
    } else {
      *p++ = *u;
    }
  }
  *p = 0;
  return o;
}

static void test_uri_round_trip(void **state) {
  (void)state;
  char *u = engine_uri_encode_path("dir/a b#c?.yaml");
  assert_string_equal(u, "dir/a%20b%23c%3F.yaml");
  free(u);
  u = engine_uri_encode_path("C:x/%41/\xff\xfe.yaml");
  assert_string_equal(u, "C%3Ax/%2541/%FF%FE.yaml");
  free(u);
  /* every byte, alone and in company, decodes back to itself; only URI
   * characters come out (no scheme, query, fragment or space) */
  char path[600];
  for (int c = 1; c < 256; c++) {
    snprintf(path, sizeof path, "d/%c.y%c", (char)c, (char)c);
    u = engine_uri_encode_path(path);
    for (const char *q = u; *q; q++)
      assert_non_null(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                             "-._~/!$&'()*+,;=@%",
                             *q));
    char *d = uri_decode(u);
    assert_string_equal(d, path);
    free(d);
    free(u);
  }
  /* two different non-UTF-8 names stay different */
  char *a = engine_uri_encode_path("\xff.yaml"), *b = engine_uri_encode_path("\xfe.yaml");
  assert_string_not_equal(a, b);
  free(a);
  free(b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_escape_text),
      cmocka_unit_test(test_escape_github),
      cmocka_unit_test(test_escape_invisible),
      cmocka_unit_test(test_uri_round_trip),
      cmocka_unit_test(test_order_and_summary),
      cmocka_unit_test(test_text),
      cmocka_unit_test(test_text_color),
      cmocka_unit_test(test_json),
      cmocka_unit_test(test_json_escapes),
      cmocka_unit_test(test_json_escapes_every_offset),
      cmocka_unit_test(test_json_escapes_every_length),
      cmocka_unit_test(test_json_render_same_strings),
      cmocka_unit_test(test_text_context_lines),
      cmocka_unit_test(test_empty_report),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
