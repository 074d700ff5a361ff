/* pool.c — worker pool (see pool.h). */
#include "pool.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct pool {
  atomic_size_t next;
  size_t n_jobs;
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
    p->fn(p->ctx, j, id);
  }
}

static void *worker_main(void *arg) {
  worker *w = arg;
  drain(w->p, w->id);
  return NULL;
}

int engine_pool_run(size_t n_jobs, int threads, engine_pool_fn fn, void *ctx) {
  pool p = {.n_jobs = n_jobs, .fn = fn, .ctx = ctx};
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

int engine_pool_default_threads(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}
