/* pool.c — worker pool (see pool.h). */
#include "pool.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#include "alloc.h"

typedef struct pool {
  atomic_size_t next;
  size_t n_jobs;
  const size_t *order; /* position -> job; NULL: job order */
  engine_pool_fn fn;
  void *ctx;
} pool;

typedef struct worker {
  pool *p;
  int id;
} worker;

static void drain(pool *p, int id) {
  for (;;) {
    size_t j = atomic_fetch_add_explicit(&p->next, 1, memory_order_relaxed);
    if (j >= p->n_jobs) return;
    p->fn(p->ctx, p->order ? p->order[j] : j, id);
  }
}

static void *worker_main(void *arg) {
  worker *w = arg;
  base_alloc_tune_thread();
  drain(w->p, w->id);
  return NULL;
}

int engine_pool_run(size_t n_jobs, int threads, engine_pool_fn fn, void *ctx) {
  return engine_pool_run_order(n_jobs, NULL, threads, fn, ctx);
}

int engine_pool_run_order(size_t n_jobs, const size_t *order, int threads, engine_pool_fn fn,
                          void *ctx) {
  pool p = {.n_jobs = n_jobs, .order = order, .fn = fn, .ctx = ctx};
  atomic_init(&p.next, 0);
  if (threads < 1) threads = 1;
  if ((size_t)threads > n_jobs) threads = n_jobs ? (int)n_jobs : 1;
  if (threads == 1) {
    drain(&p, 0);
    return 1;
  }
  /* the calling thread is worker 0; threads-1 helpers join it */
  pthread_t *tid = calloc((size_t)threads, sizeof *tid);
  worker *ws = calloc((size_t)threads, sizeof *ws);
  if (!tid || !ws) abort();
  int started = 1;
  for (int i = 1; i < threads; i++) {
    ws[i].p = &p;
    ws[i].id = started;
    if (pthread_create(&tid[started], NULL, worker_main, &ws[i]) != 0) break;
    started++;
  }
  drain(&p, 0);
  for (int i = 1; i < started; i++)
    pthread_join(tid[i], NULL);
  free(tid);
  free(ws);
  return started;
}

static _Thread_local const uint64_t *tl_cost; /* qsort has no context argument */

/* dearest first; equal costs in job order */
static int cmp_cost(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  if (tl_cost[x] != tl_cost[y]) return tl_cost[x] > tl_cost[y] ? -1 : 1;
  return (x > y) - (x < y);
}

size_t *engine_pool_order(const uint64_t *cost, size_t n_jobs, size_t block) {
  size_t *order = base_xcalloc(n_jobs + 1, sizeof *order);
  for (size_t i = 0; i < n_jobs; i++)
    order[i] = i;
  if (block < 1) block = 1;
  tl_cost = cost;
  for (size_t b = 0; b < n_jobs; b += block)
    qsort(order + b, n_jobs - b < block ? n_jobs - b : block, sizeof *order, cmp_cost);
  tl_cost = NULL;
  return order;
}

int engine_pool_default_threads(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}
