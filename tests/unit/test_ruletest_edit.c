/* test_ruletest_edit.c — `vigil test --update`'s text edits (engine_rt_apply):
 * exact output for the layouts the suite (tests/ruletest) does not reach — a
 * key after `expect`, a `-` on a line of its own, a text without a final
 * newline, a flow-map case — and that everything else is copied byte for byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ruletest_edit.h"

static char *apply(const char *text, engine_rt_rewrite *rw, size_t n) {
  size_t len;
  char *out = engine_rt_apply(text, strlen(text), rw, n, &len);
  assert_int_equal(strlen(out), len);
  return out;
}

static const engine_rt_entry fresh_fail = {0, "R", "T.x", "bad: value", "fail", 3};

static void test_key_after_expect(void **st) {
  (void)st;
  const char *text = "cases:\n"
                     "  - name: a\n"
                     "    expect:\n"
                     "      - rule: R   # old\n"
                     "        status: pass\n"
                     "\n"
                     "      - rule: Q\n"
                     "        status: fail\n"
                     "    # about input\n"
                     "    input: {file: x.yaml}\n";
  static const uint32_t items[] = {4, 7};
  engine_rt_entry e[] = {{2, "Q", NULL, NULL, "fail", 0}, fresh_fail};
  engine_rt_rewrite rw = {{2, 5, 0, 3, 5, 4, 7, 10, items, 2}, e, 2, NULL};
  char *out = apply(text, &rw, 1);
  assert_null(rw.error);
  assert_string_equal(out, "cases:\n"
                           "  - name: a\n"
                           "    expect:\n"
                           "      - rule: Q\n"
                           "        status: fail\n"
                           "      - rule: R\n"
                           "        resource: T.x\n"
                           "        status: fail\n"
                           "        line: 3\n"
                           "        message: \"bad: value\"\n"
                           "    # about input\n"
                           "    input: {file: x.yaml}\n");
  free(out);
}

static void test_dash_alone_and_no_final_newline(void **st) {
  (void)st;
  const char *text = "cases:\n"
                     "  - name: a\n"
                     "    expect:\n"
                     "      -\n"
                     "        rule: R\n"
                     "        status: pass\n"
                     "      - {rule: S, status: fail}";
  static const uint32_t items[] = {5, 7};
  engine_rt_entry e[] = {{1, "R", NULL, NULL, "pass", 0}, fresh_fail};
  engine_rt_rewrite rw = {{2, 5, 0, 3, 5, 4, 7, 0, items, 2}, e, 2, NULL};
  char *out = apply(text, &rw, 1);
  assert_string_equal(out, "cases:\n"
                           "  - name: a\n"
                           "    expect:\n"
                           "      -\n"
                           "        rule: R\n"
                           "        status: pass\n"
                           "      - rule: R\n"
                           "        resource: T.x\n"
                           "        status: fail\n"
                           "        line: 3\n"
                           "        message: \"bad: value\"\n");
  free(out);
}

static void test_insert_at_end_without_newline(void **st) {
  (void)st;
  const char *text = "cases:\n  - name: a\n    input: {file: x.yaml}";
  engine_rt_rewrite rw = {{2, 5, 0, 0, 0, 0, 0, 0, NULL, 0}, &fresh_fail, 1, NULL};
  char *out = apply(text, &rw, 1);
  assert_string_equal(out, "cases:\n  - name: a\n    input: {file: x.yaml}\n"
                           "    expect:\n"
                           "      - rule: R\n"
                           "        resource: T.x\n"
                           "        status: fail\n"
                           "        line: 3\n"
                           "        message: \"bad: value\"\n");
  free(out);
}

static void test_flow_case_is_refused_and_untouched(void **st) {
  (void)st;
  const char *text = "cases:\n  - {name: a, input: {file: x.yaml}}\n";
  engine_rt_rewrite rw = {{2, 5, 0, 0, 0, 0, 0, 0, NULL, 0}, &fresh_fail, 1, NULL};
  char *out = apply(text, &rw, 1);
  assert_string_equal(rw.error, "the case is a flow map ({...}): write it in block style to "
                                "update it");
  assert_string_equal(out, text);
  free(out);
}

static void test_emptied_block_list(void **st) {
  (void)st;
  const char *text = "cases:\n"
                     "  - name: a\n"
                     "    expect:   # none now\n"
                     "      - {rule: R, status: fail}\n"
                     "  - name: b\n";
  static const uint32_t items[] = {4};
  engine_rt_rewrite rw = {{2, 5, 5, 3, 5, 4, 7, 0, items, 1}, NULL, 0, NULL};
  char *out = apply(text, &rw, 1);
  assert_string_equal(out, "cases:\n"
                           "  - name: a\n"
                           "    expect: []   # none now\n"
                           "  - name: b\n");
  free(out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_key_after_expect),
      cmocka_unit_test(test_dash_alone_and_no_final_newline),
      cmocka_unit_test(test_insert_at_end_without_newline),
      cmocka_unit_test(test_flow_case_is_refused_and_untouched),
      cmocka_unit_test(test_emptied_block_list),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
