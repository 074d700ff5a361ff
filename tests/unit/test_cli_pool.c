/* test_cli_pool.c — the worker pool runs every job exactly once, on worker
 * ids below the thread count, for any thread count. */
#define _GNU_SOURCE /* sched_getaffinity: the helpers' CPUs */
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

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

/* Dearest first inside each block, equal costs in job order, blocks in order. */
static void test_pool_order(void **state) {
  (void)state;
  const uint64_t cost[7] = {5, 9, 5, 1, 0, 7, 7};
  size_t *o = engine_pool_order(cost, 7, 4);
  const size_t want[7] = {1, 0, 2, 3, 5, 6, 4};
  for (size_t i = 0; i < 7; i++)
    assert_int_equal(o[i], want[i]);
  free(o);
  o = engine_pool_order(cost, 7, 0); /* block 0 = 1: job order */
  for (size_t i = 0; i < 7; i++)
    assert_int_equal(o[i], i);
  free(o);
}

/* A permutation runs every job once, whatever the thread count. */
static void test_pool_run_order(void **state) {
  (void)state;
  uint64_t *cost = calloc(N_JOBS, sizeof *cost);
  assert_non_null(cost);
  for (size_t i = 0; i < N_JOBS; i++)
    cost[i] = (i * 7919) % 101;
  size_t *o = engine_pool_order(cost, N_JOBS, 128);
  for (int t = 1; t <= 4; t++) {
    ctx *x = calloc(1, sizeof *x);
    assert_non_null(x);
    x->threads = t;
    engine_pool_run_order(N_JOBS, o, t, job, x);
    for (size_t i = 0; i < N_JOBS; i++)
      assert_int_equal(x->runs[i], 1);
    assert_int_equal(x->bad_worker, 0);
    free(x);
  }
  free(o);
  free(cost);
}

/* A started pool runs run after run on the same helpers (a scan's planning
 * runs, then its units): every job of each run once, worker ids below the
 * pool's threads, runs of 0 and 1 job on the caller, and each run's jobs are
 * its own (no job of the run before it counted again). */
static void test_pool_persistent_runs(void **state) {
  (void)state;
  for (int t = 1; t <= 4; t++) {
    engine_pool *p = engine_pool_start(t);
    int threads = engine_pool_threads(p);
    assert_true(threads >= 1 && threads <= t);
    size_t sizes[] = {N_JOBS, 0, 1, 2, 3, N_JOBS, 7};
    for (size_t r = 0; r < sizeof sizes / sizeof *sizes; r++) {
      ctx *x = calloc(1, sizeof *x);
      assert_non_null(x);
      x->threads = sizes[r] < 2 ? 1 : threads; /* fewer than 2 jobs: the caller only */
      engine_pool_exec(p, sizes[r], NULL, job, x);
      for (size_t i = 0; i < N_JOBS; i++)
        assert_int_equal(x->runs[i], i < sizes[r] ? 1 : 0);
      assert_int_equal(x->bad_worker, 0);
      free(x);
    }
    engine_pool_stop(p);
  }
  engine_pool_stop(NULL);
}

/* A stream: jobs added by the caller and by jobs of the stream itself (a
 * directory's job queuing its files) each run once, on worker ids below the
 * pool's threads; streams and runs follow each other on the same helpers;
 * a pool without helpers opens no stream. */
typedef struct stream_ctx {
  ctx *x;
  engine_pool *p;
} stream_ctx;

static stream_ctx the_stream;

static void stream_job(void *c, size_t j, int w) {
  job(c, j, w);
  if (j % 2 == 0 && j + 1 < N_JOBS) /* the even jobs add the odd ones */
    engine_pool_stream_add(the_stream.p, stream_job, c, j + 1);
}

static void test_pool_stream(void **state) {
  (void)state;
  for (int t = 1; t <= 4; t++) {
    engine_pool *p = engine_pool_start(t);
    int threads = engine_pool_threads(p);
    for (int round = 0; round < 3; round++) {
      ctx *x = calloc(1, sizeof *x);
      assert_non_null(x);
      x->threads = threads;
      the_stream = (stream_ctx){x, p};
      bool open = engine_pool_stream_open(p);
      assert_int_equal(open, threads > 1);
      if (open) {
        for (size_t j = 0; j < N_JOBS; j += 2)
          engine_pool_stream_add(p, stream_job, x, j);
        engine_pool_stream_close(p);
        for (size_t i = 0; i < N_JOBS; i++)
          assert_int_equal(x->runs[i], 1);
        assert_int_equal(x->bad_worker, 0);
      }
      /* then a run on the same helpers */
      memset(x->runs, 0, sizeof x->runs);
      engine_pool_exec(p, 100, NULL, job, x);
      for (size_t i = 0; i < N_JOBS; i++)
        assert_int_equal(x->runs[i], i < 100 ? 1 : 0);
      free(x);
    }
    engine_pool_stop(p);
  }
}

static void test_pool_default_threads(void **state) {
  (void)state;
  assert_true(engine_pool_default_threads() >= 1);
}

/* A helper starts off the caller's CPU (pool.c, start_away) but then runs
 * wherever the caller may: every worker's allowed CPUs are the caller's. */
typedef struct affinity_ctx {
  cpu_set_t want;
  atomic_int differs, ran;
} affinity_ctx;

static void affinity_job(void *c, size_t j, int w) {
  (void)j;
  (void)w;
  affinity_ctx *x = c;
  cpu_set_t mine;
  if (sched_getaffinity(0, sizeof mine, &mine) != 0 || !CPU_EQUAL(&mine, &x->want))
    atomic_fetch_add(&x->differs, 1);
  atomic_fetch_add(&x->ran, 1);
}

static void test_pool_helpers_keep_callers_cpus(void **state) {
  (void)state;
  affinity_ctx x;
  memset(&x, 0, sizeof x);
  assert_int_equal(sched_getaffinity(0, sizeof x.want, &x.want), 0);
  engine_pool *p = engine_pool_start(4);
  assert_true(engine_pool_stream_open(p));
  for (size_t j = 0; j < 64; j++)
    engine_pool_stream_add(p, affinity_job, &x, j);
  engine_pool_stream_close(p);
  engine_pool_exec(p, 64, NULL, affinity_job, &x);
  engine_pool_stop(p);
  assert_int_equal(atomic_load(&x.ran), 128);
  assert_int_equal(atomic_load(&x.differs), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_pool_threads),
      cmocka_unit_test(test_pool_fewer_jobs_than_threads),
      cmocka_unit_test(test_pool_order),
      cmocka_unit_test(test_pool_run_order),
      cmocka_unit_test(test_pool_persistent_runs),
      cmocka_unit_test(test_pool_stream),
      cmocka_unit_test(test_pool_default_threads),
      cmocka_unit_test(test_pool_helpers_keep_callers_cpus),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
