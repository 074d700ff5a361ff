/* scan.h — the scan engine: walk → plan units → load → run the pack →
 * engine_report.
 *
 * Units (one YAML/JSON/Dockerfile file, or one Terraform root module with the
 * files it reads) are planned from the walk by iac/plan.h, which alone knows
 * Terraform's module bookkeeping; they are the jobs of a worker pool (pool.h),
 * taken in walk order. Each worker owns a
 * vm_state and a scratch arena; a unit is read once, loaded, evaluated, its
 * results sorted, and freed before the worker takes the next one. Results
 * leave in walk order, unit by unit: a unit whose turn has come hands them on
 * straight from the worker's arena (always so with one thread); one that
 * finished early parks a copy until the units ahead of it are out, and no
 * worker runs more than a window of units ahead. So the output is
 * byte-identical for any number of threads, and with a results hook memory
 * is bounded by the units in flight, not by the size of the tree or of its
 * results. Errors, warnings and skips (a few per file at most) are kept and
 * sorted at the end.
 *
 * Also here: turning rule sources into a pack (shared by `vigil compile`,
 * `vigil scan --rules` and the library API). */
#ifndef VIGIL_CLI_SCAN_H
#define VIGIL_CLI_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "iac.h"
#include "pack.h"
#include "vm.h"
#include "report.h"
#include "shard.h"
#include "walk.h"

/* --var NAME=VALUE (Terraform input variables). */
typedef struct engine_var {
  const char *name, *value;
} engine_var;

/* The results of one unit while a worker holds it (strings in `arena`, the
 * worker's scratch, valid until the hook returns). Hooks may change statuses
 * (suppressions), severities, and add warnings. */
typedef struct engine_unit_results {
  base_arena *arena;
  const char *file; /* the unit's report path (a directory for Terraform) */
  engine_result *results;
  size_t n_results, cap_results;
  engine_file_error *errors;
  size_t n_errors, cap_errors;
  engine_warning *warnings;
  size_t n_warnings, cap_warnings;
  /* Set while the unit_done hook runs on a Terraform unit: the report path of
   * a file the loader opened (a module file may lie outside the root's
   * directory), mapped as the results' files are; NULL otherwise. The string
   * lives in `arena`. */
  const char *(*report_path)(void *ctx, const char *path);
  void *report_ctx;
} engine_unit_results;

void engine_unit_warn(engine_unit_results *r, const char *file, uint32_t line, uint32_t col,
                      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

typedef struct engine_scan_hooks {
  /* On a worker thread, after the unit's resources were evaluated and before
   * the unit is freed (u->text is still there for inline suppressions). */
  void (*unit_done)(void *ctx, const iac_unit *u, engine_unit_results *r);
  /* After each job, serialised (called under the report lock): files accounted
   * so far of files_total, bytes read so far. */
  void (*progress)(void *ctx, size_t files_done, size_t files_total, uint64_t bytes);
  /* When set, results are not kept in the report: each unit's results come
   * here instead, in report order, serialised (under the report lock). The
   * strings live until the call returns; the hook may change the results.
   * The report's summary result counts are then the hook's to keep
   * (engine_summary_count); r->streamed is set. */
  void (*results)(void *ctx, engine_report *r, engine_result *res, size_t n);
  /* Optional, with results: the same in two steps, for results that wait
   * until the end of the run (the facts table's: facts.h) to be rendered on
   * every thread. prepares is asked once, serialised, before any prepare
   * (false: results it is); prepare, on any thread in any order (ctx only
   * read), makes of a batch of results what put, serialised in report
   * order, hands on (and frees): together what results would have done. */
  bool (*prepares)(void *ctx, engine_report *r);
  void *(*prepare)(void *ctx, const engine_report *r, engine_result *res, size_t n);
  void (*put)(void *ctx, engine_report *r, void *prepared);
  void *ctx;
} engine_scan_hooks;

typedef struct engine_scan_ahead engine_scan_ahead;

typedef struct engine_scan_options {
  int jobs;          /* worker threads; 0 = online cores */
  iac_limits limits; /* 0 fields = defaults; max_file_size also bounds the walker */
  vm_options vm;
  const engine_var *vars; /* Terraform variables, applied after var files */
  size_t n_vars;
  const char *const *var_files; /* .tfvars files applied to every root module */
  size_t n_var_files;
  engine_walk_exclude_fn exclude; /* config exclusions (walk.h) */
  void *exclude_ctx;
  bool follow_symlinks; /* symlinks out of a scan root too (walk.h) */
  engine_shard shard;   /* --shard K/N: only this shard's units (shard.h); count 0 = all */
  /* only the files this keeps are scanned (walk.h; `--changed-since`) */
  bool (*keep)(void *ctx, const char *path);
  void *keep_ctx;
  engine_scan_hooks hooks;
  /* Incremental scans (cache.h): units are kept in cache_dir and reused while
   * nothing that decided them changed. cache_context is what the caller adds
   * to the key (its config, rule params, suppression settings); cache_diag
   * gets the warnings about entries not trusted; cache_stats (when set) what
   * was reused. NULL cache_dir: no cache. */
  const char *cache_dir;
  const char *cache_context;
  FILE *cache_diag;
  struct engine_cache_stats *cache_stats;
  /* The scan's threads and walk, begun before its pack was loaded
   * (engine_scan_ahead_start with the same paths and options); NULL: none.
   * engine_scan_paths takes it over (and frees it). */
  engine_scan_ahead *ahead;
} engine_scan_options;

/* Begins a scan of paths while the caller still loads its pack: the pool's
 * threads start and a helper walks (finding Terraform root modules as it
 * goes, as engine_scan_paths does) while the caller's thread is free. Only
 * for a scan on several threads without a cache or a selection (keep); else
 * NULL, and engine_scan_paths does it all. Reads of o, now: jobs, limits,
 * exclude and exclude_ctx (called on the helper: it must be safe to call
 * while the caller goes on), follow_symlinks, keep, cache_dir. paths (and
 * its strings) must live until the scan ends. Set the result as o->ahead
 * for engine_scan_paths, or drop it with engine_scan_ahead_cancel. */
engine_scan_ahead *engine_scan_ahead_start(const char *const *paths, size_t n,
                                           const engine_scan_options *o);
/* Ends a scan begun ahead without scanning (the pack could not be loaded):
 * joins its threads and frees it. NULL: nothing. */
void engine_scan_ahead_cancel(engine_scan_ahead *a);

/* Scans paths (n >= 1) with pack p into *out (initialised here; free with
 * engine_report_free even on error). Returns 0, or -1 with a one-line reason in
 * err when a scan path does not exist (a usage error: exit status 2). */
int engine_scan_paths(const vm_pack *p, const char *const *paths, size_t n,
                      const engine_scan_options *o, engine_report *out, char *err, size_t errlen);

/* Scans one document held in memory; `name` is its file name in results and
 * decides the loader by extension (as the walker would). */
void engine_scan_buffer(const vm_pack *p, const char *name, const char *buf, size_t len,
                        const engine_scan_options *o, engine_report *out);

/* ---- rule sources -> pack ---------------------------------------------------- */

/* Compiles rule sources: each path a .vgl file or a directory searched
 * recursively for *.vgl (sorted). With n == 0, the embedded stdlib (every
 * module of cc_stdlib). `use` resolves against the embedded stdlib.
 * Diagnostics go to diag. Returns 0 and a malloc'd pack, or the number of
 * errors (> 0). */
int engine_compile_sources(const char *const *paths, size_t n, FILE *diag, int color,
                           uint8_t **pack, size_t *pack_len);

#endif
