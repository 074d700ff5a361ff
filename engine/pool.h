/* pool.h — a fixed pool of worker threads over an array of independent jobs.
 *
 * Jobs are handed out in order from one atomic counter (dynamic scheduling: a
 * slow job never holds up the others); worker w (0 <= w < threads) runs
 * fn(ctx, job, w), so callers keep per-worker state (a vm_state) indexed by w.
 * With threads <= 1 everything runs on the calling thread, no thread created.
 * Results must not depend on which worker ran a job: callers sort at the end. */
#ifndef VIGIL_CLI_POOL_H
#define VIGIL_CLI_POOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef void (*engine_pool_fn)(void *ctx, size_t job, int worker);

/* Runs jobs 0..n_jobs-1 and returns when all are done. threads is clamped to
 * [1, n_jobs]. Returns the number of threads actually used; if a thread cannot
 * be created the remaining work is done by the threads that exist. */
int engine_pool_run(size_t n_jobs, int threads, engine_pool_fn fn, void *ctx);

/* The same, handing out order[0], order[1], ... (a permutation of the jobs)
 * instead of 0, 1, ...; NULL = job order. */
int engine_pool_run_order(size_t n_jobs, const size_t *order, int threads, engine_pool_fn fn,
                          void *ctx);

/* A pool whose threads outlive one run: a scan starts it before its walk, so
 * the helpers (and their heaps, base_alloc_tune_thread) are up by the time
 * planning hands out its first jobs, and planning's runs and the units' run
 * share them instead of each starting and joining threads of its own.
 * Owned by the caller (engine_pool_stop joins and frees it); one caller
 * thread runs it at a time. */
typedef struct engine_pool engine_pool;

/* Starts threads - 1 helpers (threads clamped to at least 1), idle until a
 * run; fewer if a thread cannot be created. Each starts on one of the
 * caller's other CPUs, then may run on any of them (pool.c, start_away). */
engine_pool *engine_pool_start(int threads);
/* The threads a run uses: the caller and the helpers started. */
int engine_pool_threads(const engine_pool *p);
/* engine_pool_run_order on the pool's threads: the caller is worker 0, the
 * helpers 1..engine_pool_threads-1; returns when every job is done (not
 * when every helper noticed: one that wakes late holds up the next run, not
 * this one). Fewer than two jobs run on the caller alone, no helper woken. */
void engine_pool_exec(engine_pool *p, size_t n_jobs, const size_t *order, engine_pool_fn fn,
                      void *ctx);
/* A stream: jobs handed to the pool one by one while the caller goes on
 * with other work (the walk finding Terraform directories, root finding
 * starting on each as it is found). The helpers run the jobs as they come;
 * engine_pool_stream_close makes the caller join them and returns when the
 * queue is empty and no job of the stream runs. Jobs run in any order on
 * any thread (worker ids as for engine_pool_exec). open returns false (and
 * starts nothing) when the pool has no helper: there is no one to hand jobs
 * to, and the caller does the work itself, later. */
bool engine_pool_stream_open(engine_pool *p);
/* Queues fn(ctx, job, worker); any thread, a job of the stream included,
 * until the stream is closed and drained. */
void engine_pool_stream_add(engine_pool *p, engine_pool_fn fn, void *ctx, size_t job);
void engine_pool_stream_close(engine_pool *p);
/* Tells the helpers to end, without waiting for them: they exit while the
 * caller does its last work (a scan's report), and engine_pool_stop then
 * joins threads that are gone. No run or stream after it. NULL: nothing. */
void engine_pool_quit(engine_pool *p);
/* Ends the helpers and frees the pool (NULL: nothing). */
void engine_pool_stop(engine_pool *p);

/* An order for engine_pool_run_order (malloc'd, the caller frees it): each
 * run of `block` consecutive jobs dearest first by cost[] (equal costs in job
 * order), the runs themselves in job order. Handing the dearest jobs out
 * first keeps every thread busy to the end (a big job started last would run
 * alone); reordering only inside blocks keeps a job within 2 * block of the
 * oldest unfinished one, which bounds how far a caller that emits results in
 * job order must buffer. */
size_t *engine_pool_order(const uint64_t *cost, size_t n_jobs, size_t block);

/* Online processors (sysconf), at least 1: the default for -j. */
int engine_pool_default_threads(void);

#endif
