/* pool.c — worker pool (see pool.h). */
#define _GNU_SOURCE /* sched_getcpu, CPU affinity: where helpers start (start_away) */
#include "pool.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "alloc.h"
#include "lock.h"
#include "trace.h"

/* One run: jobs handed out from one counter. */
typedef struct run {
  atomic_size_t next;
  atomic_size_t done; /* jobs finished: the run is over at n_jobs */
  size_t n_jobs;
  const size_t *order; /* position -> job; NULL: job order */
  engine_pool_fn fn;
  void *ctx;
} run;

/* A job of a stream (engine_pool_stream_add). */
typedef struct stream_job {
  engine_pool_fn fn;
  void *ctx;
  size_t job;
} stream_job;

typedef struct helper {
  engine_pool *p;
  int id;
  bool away;         /* started off the caller's CPU: allowed is restored first */
  cpu_set_t allowed; /* the caller's CPUs */
} helper;

struct engine_pool {
  pthread_mutex_t lock;
  pthread_cond_t work; /* gen moved (a run to join), a stream job added, or stop */
  pthread_cond_t done; /* busy fell to 0, or the last job of a run or stream ended */
  uint64_t gen;        /* runs and streams started */
  int busy;            /* helpers not yet through the current run */
  bool stop;
  int threads; /* the caller and the helpers started */
  pthread_t *tid;
  helper *hs;
  run r; /* written under lock between runs, read by the helpers after it */
  /* the open stream (streaming): a queue of jobs, any thread adds to it */
  bool streaming, closed;
  stream_job *q;
  size_t q_head, q_tail, q_cap; /* jobs q[head..tail) wait */
  size_t in_flight;             /* stream jobs running */
};

static void drain(engine_pool *p, run *r, int id) {
  for (;;) {
    size_t j = atomic_fetch_add_explicit(&r->next, 1, memory_order_relaxed);
    if (j >= r->n_jobs) {
      if (r->n_jobs) base_trace_mark("pool: run's jobs taken, worker idle", id);
      return;
    }
    size_t job = r->order ? r->order[j] : j;
    base_trace_job("pool: job", id, job);
    r->fn(r->ctx, job, id);
    base_trace_job("pool: job done", id, job);
    /* the last job wakes the caller (which may wait for it alone) */
    if (atomic_fetch_add_explicit(&r->done, 1, memory_order_acq_rel) + 1 == r->n_jobs && p) {
      pthread_mutex_lock(&p->lock);
      pthread_cond_broadcast(&p->done);
      pthread_mutex_unlock(&p->lock);
    }
  }
}

/* Runs the stream's jobs until it is closed, empty and no job of it runs (a
 * running job may add more); p->lock held on entry and on return. */
static void stream_drain(engine_pool *p, int id) {
  for (;;) {
    if (p->q_head < p->q_tail) {
      stream_job j = p->q[p->q_head++];
      p->in_flight++;
      pthread_mutex_unlock(&p->lock);
      base_trace_job("pool: stream job", id, j.job);
      j.fn(j.ctx, j.job, id);
      base_trace_job("pool: stream job done", id, j.job);
      pthread_mutex_lock(&p->lock);
      if (--p->in_flight == 0 && p->closed) pthread_cond_broadcast(&p->work);
      continue;
    }
    if (p->closed && !p->in_flight) return;
    base_trace_job("pool: stream waits", id, 0);
    pthread_cond_wait(&p->work, &p->lock);
    base_trace_job("pool: stream woke", id, 0);
  }
}

static void *helper_main(void *arg) {
  helper *h = arg;
  engine_pool *p = h->p;
  /* started away from the caller (start_away): from now on, anywhere */
  if (h->away) pthread_setaffinity_np(pthread_self(), sizeof h->allowed, &h->allowed);
  base_alloc_tune_thread();
  base_trace_mark("pool: helper up", h->id);
  uint64_t seen = 0;
  pthread_mutex_lock(&p->lock);
  for (;;) {
    while (p->gen == seen && !p->stop)
      pthread_cond_wait(&p->work, &p->lock);
    if (p->stop) break;
    seen = p->gen;
    if (p->streaming) {
      stream_drain(p, h->id);
    } else {
      pthread_mutex_unlock(&p->lock);
      drain(p, &p->r, h->id);
      pthread_mutex_lock(&p->lock);
    }
    if (--p->busy == 0) pthread_cond_broadcast(&p->done);
  }
  pthread_mutex_unlock(&p->lock);
  return NULL;
}

/* A new thread is often queued on its creator's CPU, and while the creator
 * keeps running (a scan loads its pack while its helper should walk) it
 * waits there for the scheduler's next balancing, though another CPU is
 * idle: on the 2-CPU test machine the first helper of a process started
 * 1-3 ms late in about one run of three (VIGIL_TRACE=2: the walk then ran
 * on the main thread and the helper sat idle behind it). So a helper is
 * created allowed only on the caller's other CPUs, and takes the caller's
 * full set back as its first act (helper_main). Returns whether attr was
 * so restricted: not when the caller has no other CPU, or when the
 * system will not say. */
static bool start_away(pthread_attr_t *attr, helper *h) {
  if (sched_getaffinity(0, sizeof h->allowed, &h->allowed) != 0) return false;
  int cpu = sched_getcpu();
  if (cpu < 0 || cpu >= CPU_SETSIZE || !CPU_ISSET(cpu, &h->allowed)) return false;
  cpu_set_t others = h->allowed;
  CPU_CLR(cpu, &others);
  if (!CPU_COUNT(&others)) return false;
  return pthread_attr_setaffinity_np(attr, sizeof others, &others) == 0;
}

engine_pool *engine_pool_start(int threads) {
  if (threads < 1) threads = 1;
  engine_pool *p = base_xcalloc(1, sizeof *p);
  base_lock_init_short(&p->lock);
  pthread_cond_init(&p->work, NULL);
  pthread_cond_init(&p->done, NULL);
  p->tid = base_xcalloc((size_t)threads, sizeof *p->tid);
  p->hs = base_xcalloc((size_t)threads, sizeof *p->hs);
  p->threads = 1; /* the caller is worker 0; helpers 1.. join it */
  for (int i = 1; i < threads; i++) {
    p->hs[i] = (helper){.p = p, .id = i};
    pthread_attr_t attr;
    bool made = pthread_attr_init(&attr) == 0;
    if (made) p->hs[i].away = start_away(&attr, &p->hs[i]);
    int rc = pthread_create(&p->tid[i], made ? &attr : NULL, helper_main, &p->hs[i]);
    if (made) pthread_attr_destroy(&attr);
    if (rc != 0 && p->hs[i].away) { /* the placement refused: anywhere, then */
      p->hs[i].away = false;
      rc = pthread_create(&p->tid[i], NULL, helper_main, &p->hs[i]);
    }
    if (rc != 0) break;
    p->threads++;
  }
  return p;
}

int engine_pool_threads(const engine_pool *p) {
  return p->threads;
}

/* Waits (lock held) until every helper is through the last run or stream:
 * only then may p->r or the queue change. A helper that woke late for a run
 * whose jobs were all taken holds up the next run, not the end of its own. */
static void wait_helpers(engine_pool *p) {
  while (p->busy)
    pthread_cond_wait(&p->done, &p->lock);
}

void engine_pool_exec(engine_pool *p, size_t n_jobs, const size_t *order, engine_pool_fn fn,
                      void *ctx) {
  if (p->threads == 1 || n_jobs < 2) { /* nothing to share: no wake-up */
    run r = {.n_jobs = n_jobs, .order = order, .fn = fn, .ctx = ctx};
    atomic_init(&r.next, 0);
    atomic_init(&r.done, 0);
    drain(NULL, &r, 0);
    return;
  }
  pthread_mutex_lock(&p->lock);
  wait_helpers(p);
  p->streaming = false;
  p->r.n_jobs = n_jobs;
  p->r.order = order;
  p->r.fn = fn;
  p->r.ctx = ctx;
  atomic_store_explicit(&p->r.next, 0, memory_order_relaxed);
  atomic_store_explicit(&p->r.done, 0, memory_order_relaxed);
  p->busy = p->threads - 1;
  p->gen++;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->lock);
  drain(p, &p->r, 0);
  /* every job finished, not every helper back: see wait_helpers */
  if (atomic_load_explicit(&p->r.done, memory_order_acquire) < n_jobs) {
    pthread_mutex_lock(&p->lock);
    while (atomic_load_explicit(&p->r.done, memory_order_acquire) < n_jobs)
      pthread_cond_wait(&p->done, &p->lock);
    pthread_mutex_unlock(&p->lock);
  }
}

bool engine_pool_stream_open(engine_pool *p) {
  if (p->threads == 1) return false;
  pthread_mutex_lock(&p->lock);
  wait_helpers(p);
  p->streaming = true;
  p->closed = false;
  p->q_head = p->q_tail = 0;
  p->in_flight = 0;
  p->busy = p->threads - 1;
  p->gen++;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->lock);
  return true;
}

void engine_pool_stream_add(engine_pool *p, engine_pool_fn fn, void *ctx, size_t job) {
  pthread_mutex_lock(&p->lock);
  if (p->q_head == p->q_tail) p->q_head = p->q_tail = 0; /* empty: start over */
  if (p->q_tail == p->q_cap) p->q = base_grow(p->q, &p->q_cap, p->q_tail + 1, sizeof *p->q);
  p->q[p->q_tail++] = (stream_job){fn, ctx, job};
  pthread_cond_broadcast(&p->work); /* the caller too, once it closed the stream */
  pthread_mutex_unlock(&p->lock);
}

void engine_pool_stream_close(engine_pool *p) {
  pthread_mutex_lock(&p->lock);
  p->closed = true;
  pthread_cond_broadcast(&p->work);
  stream_drain(p, 0); /* the helpers leave it on their own (wait_helpers) */
  pthread_mutex_unlock(&p->lock);
}

void engine_pool_quit(engine_pool *p) {
  if (!p) return;
  pthread_mutex_lock(&p->lock);
  p->stop = true;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->lock);
}

void engine_pool_stop(engine_pool *p) {
  if (!p) return;
  engine_pool_quit(p);
  for (int i = 1; i < p->threads; i++)
    pthread_join(p->tid[i], NULL);
  pthread_cond_destroy(&p->done);
  pthread_cond_destroy(&p->work);
  pthread_mutex_destroy(&p->lock);
  free(p->q);
  free(p->tid);
  free(p->hs);
  free(p);
}

int engine_pool_run(size_t n_jobs, int threads, engine_pool_fn fn, void *ctx) {
  return engine_pool_run_order(n_jobs, NULL, threads, fn, ctx);
}

int engine_pool_run_order(size_t n_jobs, const size_t *order, int threads, engine_pool_fn fn,
                          void *ctx) {
  if ((size_t)threads > n_jobs) threads = n_jobs ? (int)n_jobs : 1;
  engine_pool *p = engine_pool_start(threads);
  engine_pool_exec(p, n_jobs, order, fn, ctx);
  int used = p->threads;
  engine_pool_stop(p);
  return used;
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
