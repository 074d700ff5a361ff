/* trace.c — see trace.h. */
#include "trace.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

typedef struct trace_mark {
  const char *what;
  long arg;
  uint64_t wall_ns;    /* since base_trace_init */
  uint64_t cpu_ns;     /* the marking thread's CPU time */
  long maxrss_kb;      /* the process's peak RSS so far */
  _Atomic bool filled; /* written whole: base_trace_report may read it */
} trace_mark;

/* Set once by base_trace_init before any other thread exists. */
static bool trace_on, trace_jobs;
static uint64_t start_ns, start_cpu_ns;
static trace_mark marks[BASE_TRACE_MAX];
static atomic_size_t n_marks;

static uint64_t clock_ns(clockid_t id) {
  struct timespec ts;
  if (clock_gettime(id, &ts) != 0) return 0;
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void base_trace_init(void) {
  const char *v = getenv("VIGIL_TRACE");
  trace_on = v && *v && !(v[0] == '0' && !v[1]);
  if (!trace_on) return;
  trace_jobs = v[0] == '2' && !v[1];
  start_ns = clock_ns(CLOCK_MONOTONIC);
  start_cpu_ns = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}

bool base_trace_on(void) {
  return trace_on;
}

bool base_trace_jobs(void) {
  return trace_jobs;
}

static void mark(const char *what, long arg, bool rss) {
  size_t i = atomic_fetch_add_explicit(&n_marks, 1, memory_order_relaxed);
  if (i >= BASE_TRACE_MAX) return;
  trace_mark *m = &marks[i];
  m->what = what;
  m->arg = arg;
  m->wall_ns = clock_ns(CLOCK_MONOTONIC) - start_ns;
  m->cpu_ns = clock_ns(CLOCK_THREAD_CPUTIME_ID);
  struct rusage ru;
  m->maxrss_kb = rss && getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
  atomic_store_explicit(&m->filled, true, memory_order_release);
}

void base_trace_mark(const char *what, long arg) {
  if (trace_on) mark(what, arg, true);
}

void base_trace_job(const char *what, int worker, size_t job) {
  if (trace_jobs) mark(what, (long)worker * 1000000 + (long)(job < 999999 ? job : 999999), false);
}

static int cmp_wall(const void *a, const void *b) {
  const trace_mark *x = a, *y = b;
  return (x->wall_ns > y->wall_ns) - (x->wall_ns < y->wall_ns);
}

void base_trace_report(void) {
  if (!trace_on) return;
  /* before the printing: thousands of lines (VIGIL_TRACE=2) take a while */
  uint64_t end = clock_ns(CLOCK_MONOTONIC) - start_ns, end_cpu = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
  size_t n = atomic_load(&n_marks), kept = n < BASE_TRACE_MAX ? n : BASE_TRACE_MAX, k = 0;
  trace_mark *v = calloc(kept + 1, sizeof *v);
  if (!v) return;
  for (size_t i = 0; i < kept; i++)
    if (atomic_load_explicit(&marks[i].filled, memory_order_acquire)) {
      v[k].what = marks[i].what;
      v[k].arg = marks[i].arg;
      v[k].wall_ns = marks[i].wall_ns;
      v[k].cpu_ns = marks[i].cpu_ns;
      v[k].maxrss_kb = marks[i].maxrss_kb;
      k++;
    }
  qsort(v, k, sizeof *v, cmp_wall);
  /* the process's clock starts at its fork: exec and dynamic linking, and
   * whatever the parent's side of the fork cost */
  fprintf(stderr, "vigil trace: before main %.3f ms cpu (since the fork)\n", start_cpu_ns / 1e6);
  uint64_t prev = 0;
  for (size_t i = 0; i < k; i++) {
    fprintf(stderr, "vigil trace: %9.3f ms (+%8.3f) %-24s", v[i].wall_ns / 1e6,
            (v[i].wall_ns - prev) / 1e6, v[i].what);
    if (v[i].arg >= 0) fprintf(stderr, " %ld", v[i].arg);
    if (v[i].maxrss_kb >= 0)
      fprintf(stderr, "  [thread cpu %.3f ms, peak rss %.1f MiB]\n", v[i].cpu_ns / 1e6,
              v[i].maxrss_kb / 1024.0);
    else
      fprintf(stderr, "  [thread cpu %.3f ms]\n", v[i].cpu_ns / 1e6);
    prev = v[i].wall_ns;
  }
  if (n > kept) fprintf(stderr, "vigil trace: %zu marks not kept\n", n - kept);
  fprintf(stderr, "vigil trace: %9.3f ms end, process cpu %.3f ms\n", end / 1e6, end_cpu / 1e6);
  free(v);
}
