/* baseline.h — adopting vigil on a codebase with existing findings.
 *
 * `vigil scan --write-baseline FILE` records the fingerprints (fingerprint.h)
 * of every current fail and unknown result; `vigil scan --baseline FILE` then
 * marks results whose fingerprint is recorded as status `suppressed`, kind
 * "baseline" — kept visible in every format (SARIF shows them as external
 * suppressions) but no longer failing the gate. New findings still fail.
 * Fingerprints ignore line numbers, so edits elsewhere in a file do not
 * resurrect baselined findings. A fingerprint recorded N times suppresses at
 * most N results (a second identical finding on the same resource is new).
 *
 * File format (JSON in report order, two-space indented, one finding per line
 * so it diffs well; older tab-indented baselines read the same):
 *   {"vigil_baseline": 1,
 *    "findings": [{"fingerprint": "<64 hex>", "rule": "ID", "file": "path",
 *                  "resource": "name"}, ...]}
 * Only "fingerprint" is read back; the other keys are for humans. */
#ifndef VIGIL_CLI_BASELINE_H
#define VIGIL_CLI_BASELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "report.h"

typedef struct engine_baseline engine_baseline;

/* Writes the baseline of r's fail/unknown results. Returns 0 or -1 on I/O error. */
int engine_baseline_write(const engine_report *r, FILE *out);
int engine_baseline_write_file(const engine_report *r, const char *path, char *err, size_t errlen);

/* --write-baseline while the scan streams: each result in report order goes
 * through _add (fail/unknown ones are recorded, in a scratch file, so memory
 * stays flat); _finish writes the baseline to path (the same bytes as
 * engine_baseline_write of those results) and frees the writer; -1 with
 * the reason in err when it cannot. _free drops one unfinished. */
typedef struct engine_baseline_writer engine_baseline_writer;
engine_baseline_writer *engine_baseline_writer_new(void);
void engine_baseline_writer_add(engine_baseline_writer *w, const engine_report *r,
                                const engine_result *res);
int engine_baseline_writer_finish(engine_baseline_writer *w, const char *path, char *err,
                                  size_t errlen);
void engine_baseline_writer_free(engine_baseline_writer *w);

/* Parses a baseline; NULL with a one-line reason in err on failure. */
engine_baseline *engine_baseline_parse(const char *text, size_t len, char *err, size_t errlen);
engine_baseline *engine_baseline_load(const char *path, char *err, size_t errlen);
size_t engine_baseline_size(const engine_baseline *b);

/* Marks matching fail/unknown results of r as suppressed (kind "baseline",
 * reason "in baseline <name>") and updates r->summary. Returns how many.
 * Starts with every recorded fingerprint unused. */
size_t engine_baseline_apply(engine_baseline *b, engine_report *r, const char *name);

/* One result at a time, in report order (a streamed scan): when res is a
 * fail/unknown whose fingerprint is recorded and not used up, marks it
 * suppressed (kind "baseline", this reason, which must outlive res) and
 * returns true. r gives the pack for the fingerprint. engine_baseline_reset
 * makes every recorded fingerprint unused again. */
bool engine_baseline_match(engine_baseline *b, const engine_report *r, engine_result *res,
                           const char *reason);
void engine_baseline_reset(engine_baseline *b);
void engine_baseline_free(engine_baseline *b);

#endif
