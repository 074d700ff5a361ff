/* progress.h — one status line on stderr during long scans.
 *
 *   vigil: 1200/45000 files  38.2 MB/s  3.1s
 *
 * Only when the stream is a terminal and not --quiet, and not while a format
 * streams its results onto the terminal (config.c: the two would tear each
 * other's lines); redrawn at most ten times a second; erased when the scan
 * ends so the report starts on a clean line.
 * Plugs into engine_scan_hooks.progress (scan.h) with the engine_progress as ctx. */
#ifndef VIGIL_CLI_PROGRESS_H
#define VIGIL_CLI_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct engine_progress {
  FILE *out;
  bool enabled;
  bool drawn;   /* a line is on screen */
  double start; /* monotonic seconds */
  double last;  /* last redraw */
} engine_progress;

/* enabled = out is a terminal and !quiet (force = true skips the terminal test, for tests) */
void engine_progress_init(engine_progress *p, FILE *out, bool quiet, bool force);
/* Formats the line (without "\r" and erase codes) into buf; exposed for tests. */
void engine_progress_format(char *buf, size_t cap, size_t done, size_t total, uint64_t bytes,
                            double elapsed);
void engine_progress_update(void *ctx, size_t done, size_t total, uint64_t bytes);
void engine_progress_finish(engine_progress *p);

#endif
