/* test_report_sort.c — engine_report_finish sorts results by the rule ids of
 * the report's own pack with no shared state: reports with different packs
 * finished on several threads at once each come out in their own order (the
 * pack used to travel through a file-scope variable behind a mutex). */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "report.h"

enum { N_RULES = 3, N_RESULTS = 64, N_THREADS = 4, ROUNDS = 200 };

/* two packs whose rule ids sort their indices in opposite orders */
static vm_rule rules_up[N_RULES] = {{.id = "A"}, {.id = "B"}, {.id = "C"}};
static vm_rule rules_down[N_RULES] = {{.id = "C"}, {.id = "B"}, {.id = "A"}};
static vm_pack pack_up = {.rules = rules_up, .n_rules = N_RULES};
static vm_pack pack_down = {.rules = rules_down, .n_rules = N_RULES};

/* One report of N_RESULTS results at one location, rules in index order
 * 0,1,2,0,1,2,...: only the rule ids can order them. */
static void make_report(engine_report *r, const vm_pack *p) {
  memset(r, 0, sizeof *r);
  base_arena_init(&r->arena);
  r->pack = p;
  engine_result res[N_RESULTS];
  memset(res, 0, sizeof res);
  for (size_t i = 0; i < N_RESULTS; i++) {
    res[i].rule = (uint32_t)(i % N_RULES);
    res[i].status = VM_PASS;
    res[i].file = "f.yaml";
    res[i].line = 1;
    res[i].resource = "r";
  }
  engine_report_add_results(r, res, N_RESULTS);
}

/* 0 when r's results are in the order of its pack's rule ids */
static int check_order(const engine_report *r) {
  for (size_t i = 1; i < r->n_results; i++)
    if (strcmp(engine_result_rule_id(r, &r->results[i - 1]),
               engine_result_rule_id(r, &r->results[i])) > 0)
      return 1;
  return 0;
}

static void *worker(void *arg) {
  const vm_pack *p = arg;
  intptr_t bad = 0;
  for (int k = 0; k < ROUNDS; k++) {
    engine_report r;
    make_report(&r, p);
    engine_report_finish(&r);
    bad += check_order(&r);
    engine_report_free(&r);
  }
  return (void *)bad;
}

static void test_sort_uses_own_pack_concurrently(void **state) {
  (void)state;
  pthread_t t[N_THREADS];
  for (int i = 0; i < N_THREADS; i++)
    assert_int_equal(pthread_create(&t[i], NULL, worker, i % 2 ? &pack_down : &pack_up), 0);
  for (int i = 0; i < N_THREADS; i++) {
    void *bad;
    assert_int_equal(pthread_join(t[i], &bad), 0);
    assert_int_equal((intptr_t)bad, 0);
  }
}

static void test_sort_order(void **state) {
  (void)state;
  engine_report r;
  make_report(&r, &pack_down);
  engine_report_finish(&r);
  /* ids C, B, A are rules 0, 1, 2: A (rule 2) first */
  assert_int_equal(r.results[0].rule, 2);
  assert_int_equal(r.results[N_RESULTS - 1].rule, 0);
  assert_int_equal(r.summary.pass, N_RESULTS);
  engine_report_free(&r);
}

static void test_location_order(void **state) {
  (void)state;
  assert_true(engine_location_order("a", 9, 9, "b", 1, 1) < 0);
  assert_true(engine_location_order("a", 2, 1, "a", 1, 9) > 0);
  assert_true(engine_location_order("a", 1, 2, "a", 1, 3) < 0);
  assert_int_equal(engine_location_order(NULL, 1, 1, "", 1, 1), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sort_order),
      cmocka_unit_test(test_sort_uses_own_pack_concurrently),
      cmocka_unit_test(test_location_order),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
