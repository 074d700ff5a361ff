/* progress.c — see progress.h. */
#include "progress.h"

#include "escape.h"

#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void engine_progress_init(engine_progress *p, FILE *out, bool quiet, bool force) {
  p->out = out;
  p->enabled = !quiet && out && (force || isatty(fileno(out)));
  p->drawn = false;
  p->start = now();
  p->last = 0;
}

void engine_progress_format(char *buf, size_t cap, size_t done, size_t total, uint64_t bytes,
                            double elapsed) {
  double mbs = elapsed > 0 ? (double)bytes / (1024.0 * 1024.0) / elapsed : 0;
  snprintf(buf, cap, "vigil: %zu/%zu files  %.1f MB/s  %.1fs", done, total, mbs, elapsed);
}

void engine_progress_update(void *ctx, size_t done, size_t total, uint64_t bytes) {
  engine_progress *p = ctx;
  if (!p || !p->enabled) return;
  double t = now();
  if (done < total && p->drawn && t - p->last < 0.1) return; /* at most 10 redraws a second */
  p->last = t;
  char line[160];
  engine_progress_format(line, sizeof line, done, total, bytes, t - p->start);
  fputs("\r\033[K", p->out);
  /* numbers only today; escaped like every other line on the terminal */
  engine_escape_write(p->out, line, strlen(line), ENGINE_ESC_TEXT);
  fflush(p->out);
  p->drawn = true;
}

void engine_progress_finish(engine_progress *p) {
  if (!p || !p->enabled || !p->drawn) return;
  fputs("\r\033[K", p->out);
  fflush(p->out);
  p->drawn = false;
}
