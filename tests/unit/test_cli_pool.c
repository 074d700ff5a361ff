/* test_cli_pool.c — the worker pool runs every job exactly once, on worker
 * ids below the thread count, for any thread count. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "pool.h"

enum { N_JOBS = 5000 };

typedef struct ctx {
  atomic_int runs[N_JOBS];
  atomic_int bad_worker;
  int threads;
} ctx;

static void job(void *c, size_t j, int w) {
  ctx *x = c;
  atomic_fetch_add(&x->runs[j], 1);
  if (w < 0 || w >= x->threads) atomic_fetch_add(&x->bad_worker, 1);
}

static void run_with(int threads, size_t n) {
  ctx *x = calloc(1, sizeof *x);
  assert_non_null(x);
  x->threads = threads < 1 ? 1 : threads;
  int used = engine_pool_run(n, threads, job, x);
  assert_true(used >= 1 && used <= x->threads);
  for (size_t i = 0; i < N_JOBS; i++)
    assert_int_equal(x->runs[i], i < n ? 1 : 0);
  assert_int_equal(x->bad_worker, 0);
  free(x);
}

static void test_pool_threads(void **state) {
  (void)state;
  for (int t = 0; t <= 9; t++)
    run_with(t, N_JOBS);
}

static void test_pool_fewer_jobs_than_threads(void **state) {
  (void)state;
  run_with(8, 3);
  run_with(8, 1);
  run_with(8, 0);
}

static void test_pool_default_threads(void **state) {
  (void)state;
  assert_true(engine_pool_default_threads() >= 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_pool_threads),
      cmocka_unit_test(test_pool_fewer_jobs_than_threads),
      cmocka_unit_test(test_pool_default_threads),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
