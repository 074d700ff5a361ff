/* test_report_junit.c — the JUnit writer's external sort (report_junit.c):
 * a report whose records spill into many sorted runs comes out byte for byte
 * as when they all fit in one chunk, and a small report comes out exactly as
 * documented. The writer is included so the test can shrink its chunk. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "engine/report_junit.c"

enum { N_RULES = 5, N_RESULTS = 4000 };

static vm_rule rules[N_RULES] = {
    {.id = "R0", .fix = "fix it"}, {.id = "R1"}, {.id = "R2"}, {.id = "R3"}, {.id = "R4"}};
static vm_pack pack = {.rules = rules, .n_rules = N_RULES};

/* Results in an order far from the document's: rules, files and resources
 * interleaved by a small LCG, every status. */
static void make_report(engine_report *r, size_t n) {
  memset(r, 0, sizeof *r);
  base_arena_init(&r->arena);
  r->pack = &pack;
  uint32_t x = 12345;
  for (size_t i = 0; i < n; i++) {
    engine_result res;
    memset(&res, 0, sizeof res);
    x = x * 1103515245u + 12345u;
    char file[32], resource[32], msg[48];
    snprintf(file, sizeof file, "dir/f%u.yaml", (x >> 8) % 37);
    snprintf(resource, sizeof resource, "Res%u", (x >> 16) % 5);
    snprintf(msg, sizeof msg, "finding %zu <&>", i);
    res.rule = (x >> 4) % N_RULES;
    res.status = (vm_status)((x >> 20) % 5);
    res.severity = (uint8_t)((x >> 24) % 5);
    res.file = file;
    res.resource = resource;
    res.line = (uint32_t)(i % 100) + 1;
    res.col = 3;
    res.message = msg;
    if (res.status == VM_SUPPRESSED) {
      res.suppression_kind = "inline";
      res.suppression = "accepted";
    }
    engine_report_add_results(r, &res, 1);
  }
}

/* The document for a chunk size; *runs: how many runs it spilled. */
static char *write_with_chunk(const engine_report *r, size_t chunk, size_t *runs) {
  junit_chunk = chunk;
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  engine_report_options o = {0};
  void *st = junit_begin(r, out, &o);
  for (size_t i = 0; i < r->n_results; i += 7) /* batches, as units arrive */
    junit_results(st, r, r->results + i, r->n_results - i < 7 ? r->n_results - i : 7);
  *runs = ((junit_out *)st)->n_runs;
  assert_int_equal(junit_end(st, r), 0);
  fclose(out);
  return buf;
}

static void test_spilled_runs_merge_to_the_same_document(void **state) {
  (void)state;
  engine_report r;
  make_report(&r, N_RESULTS);
  size_t runs_one, runs_many;
  char *one = write_with_chunk(&r, 64 << 20, &runs_one);
  char *many = write_with_chunk(&r, 4096, &runs_many);
  assert_int_equal(runs_one, 0);
  assert_true(runs_many > 20);
  assert_string_equal(one, many);
  assert_non_null(strstr(one, "<testsuite name=\"R4\""));
  free(one);
  free(many);
  engine_report_free(&r);
  junit_chunk = 1 << 20;
}

static void test_small_report_exact(void **state) {
  (void)state;
  engine_report r;
  memset(&r, 0, sizeof r);
  base_arena_init(&r.arena);
  r.pack = &pack;
  engine_result res[3] = {
      {.rule = 1, .status = VM_PASS, .file = "b.yaml", .resource = "X", .line = 2, .col = 1},
      {.rule = 0,
       .status = VM_FAIL,
       .severity = VM_SEV_HIGH,
       .file = "a.yaml",
       .resource = "Y",
       .line = 4,
       .col = 5,
       .message = "bad"},
      {.rule = 1,
       .status = VM_UNKNOWN,
       .file = "a.yaml",
       .resource = "Z",
       .line = 1,
       .col = 1,
       .message = "cannot tell"},
  };
  engine_report_add_results(&r, res, 3);
  size_t runs;
  char *doc = write_with_chunk(&r, 64, &runs); /* every record a run of its own */
  assert_true(runs >= 2);
  assert_string_equal(
      doc, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<testsuites name=\"vigil\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\">\n"
           "  <testsuite name=\"R0\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
           "    <testcase classname=\"R0\" name=\"a.yaml Y\" file=\"a.yaml\">\n"
           "      <failure message=\"bad\" type=\"high\">a.yaml:4:5: bad\n"
           "resource: Y\n"
           "fix: fix it</failure>\n"
           "    </testcase>\n"
           "  </testsuite>\n"
           "  <testsuite name=\"R1\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"1\">\n"
           "    <testcase classname=\"R1\" name=\"a.yaml Z\" file=\"a.yaml\">\n"
           "      <skipped message=\"unknown: cannot tell\"/>\n"
           "    </testcase>\n"
           "    <testcase classname=\"R1\" name=\"b.yaml X\" file=\"b.yaml\"/>\n"
           "  </testsuite>\n"
           "</testsuites>\n");
  free(doc);
  engine_report_free(&r);
  junit_chunk = 1 << 20;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_spilled_runs_merge_to_the_same_document),
      cmocka_unit_test(test_small_report_exact),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
