/* report.h — the scan result model shared by the scan engine and the reporters.
 *
 * The scan engine (cli/scan.c) fills a engine_report. Results come in report
 * order: unit by unit in walk order (a unit is one file, or one Terraform root
 * module with the files it reads), each unit's results sorted by (file, line,
 * column, rule id, resource). Errors are sorted by (file, line, column),
 * skipped files by path. Output is byte-identical for any thread count.
 * Reporters (cli/report_<format>.c) only read it.
 *
 * Streaming: a scan with a results hook (scan.h) does not keep its results;
 * the hook hands each unit's results to writers (below) as they arrive, so
 * memory stays bounded by the units in flight, not by the results of the repo.
 *
 * Ownership: every string in a engine_report lives in report->arena; engine_report_free
 * releases everything. The pack is borrowed (owned by the caller). */
#ifndef VIGIL_CLI_REPORT_H
#define VIGIL_CLI_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "pack.h"
#include "vm.h"

typedef struct engine_result {
  uint32_t rule;    /* index into pack->rules */
  vm_status status; /* pass, fail, unknown, suppressed, error */
  uint8_t severity; /* effective severity (config may override the rule's) */
  const char *file; /* relative to the scan root, '/' separators */
  uint32_t line, col;
  const char *resource; /* "AWS::ECR::Repository.MyRepo" */
  const char *resource_type;
  const char *format; /* "cloudformation", ... */
  const char *message;
  const char *reason;           /* why, when status == VM_UNKNOWN (NULL if not known) */
  const char *suppression;      /* reason, when status == VM_SUPPRESSED */
  const char *suppression_kind; /* "inline", "metadata", "checkov", "config", "baseline" */
  const char *fingerprint; /* stable id: sha256 of rule|file|resource|message-shape (no line) */
  uint32_t expect; /* the rule's `expect` (1, 2, ... in source order) that reported it; 0 for
                      passes, unknown guards and errors, or a pack without debug info */
} engine_result;

typedef struct engine_file_error {
  const char *file;
  uint32_t line, col;
  const char *message;
} engine_file_error;

typedef struct engine_skip {
  const char *file;
  const char
      *reason; /* "excluded", "too large", "binary", "unreadable", "not IaC", "remote module" */
} engine_skip;

typedef struct engine_warning {
  const char *file;
  uint32_t line, col;
  const char *message; /* e.g. "suppression for AWS_X matches nothing" */
} engine_warning;

typedef struct engine_summary {
  size_t files;   /* every input file exactly once: scanned + skipped + failed */
  size_t scanned; /* parsed (IaC or not) */
  size_t skipped;
  size_t failed; /* could not be parsed */
  size_t resources;
  size_t pass, fail, unknown, suppressed, errors;
  size_t rule_errors; /* results with status error (part of errors) */
  size_t left_out;    /* files a selection (scan --changed-since) did not scan: not in files */
} engine_summary;

/* A sharded scan (shard.h): the fate of a Terraform file as this shard saw
 * it. A module file may be read by roots of several shards, so its fate is
 * the merge's to decide: failed over scanned over skipped. A shard reports
 * the files its roots read, and the unread files it owns (they may still be
 * read by another shard's root). These are not in its summary or skip list. */
typedef enum engine_tf_status {
  ENGINE_TF_SKIPPED = 1, /* not read by this shard's roots (reason says why, if nobody reads it) */
  ENGINE_TF_SCANNED,
  ENGINE_TF_FAILED /* read, did not parse */
} engine_tf_status;

typedef struct engine_tf_fate {
  const char *file;
  engine_tf_status status;
  const char *reason; /* ENGINE_TF_SKIPPED: "module not called", "tfvars not applied" */
} engine_tf_fate;

typedef struct engine_shard_report {
  uint32_t index, count; /* K/N; count 0 = not a sharded scan */
  size_t units;          /* units of the whole plan */
  size_t units_run;      /* this shard's */
  char plan[72];         /* "sha256:HEX" of the plan's unit names in order */
  engine_tf_fate *tf;    /* in the report's arena */
  size_t n_tf;
} engine_shard_report;

typedef struct engine_report {
  base_arena arena;
  const vm_pack *pack;
  const char *root; /* the scan root as given */
  engine_result *results;
  size_t n_results;
  engine_file_error *errors;
  size_t n_errors;
  engine_skip *skipped;
  size_t n_skipped;
  engine_warning *warnings;
  size_t n_warnings;
  engine_summary summary;
  double elapsed_sec;        /* not printed by byte-stable formats */
  void *owned_results;       /* malloc'd block holding `results` when not in the arena
                              * (the engine's, to avoid a copy); freed by engine_report_free */
  size_t cap_results;        /* of owned_results, while engine_report_add_results grows it */
  bool in_order;             /* results are in report order already: finish keeps them */
  bool streamed;             /* results went to a hook: the summary's pass/fail/unknown/
                              * suppressed/rule_errors counts are the hook's, not recounted */
  engine_shard_report shard; /* a sharded scan's bookkeeping (shard.h) */
  char facts[72];            /* "sha256:HEX" of the scan's facts table (engine/facts.h);
                              * "" when the pack's rules read no facts */
  size_t cur_unit;           /* while a results hook runs: the plan index of the unit whose
                              * results it is given (a sharded JSON report records it) */
} engine_report;

typedef struct engine_report_options {
  bool color;        /* ANSI colours (text) */
  bool show_passes;  /* text: list passes too */
  int context_lines; /* text: lines of source around each failure (0 = none) */
  const char *version;
  bool quiet; /* text: findings and errors only, no skip list or summary */
  /* sarif: absolute base URL of the docs directory (rule pages are
   * BASE + "rules/ID.md"); NULL = ENGINE_DEFAULT_DOCS_URL */
  const char *docs_url;
  bool verbose; /* text: a header with the pack and its effective params */
} engine_report_options;

/* Where `make install` (PREFIX=/usr/local) puts docs/: the library's default;
 * `vigil scan` passes the directory beside its own binary instead. */
#ifndef ENGINE_DEFAULT_DOCS_URL
#define ENGINE_DEFAULT_DOCS_URL "file:///usr/local/share/doc/vigil/"
#endif

/* Bytes a writer rendered apart (engine_writer_ops render): malloc'd p[0..n). */
typedef struct engine_rendered {
  char *p;
  size_t n, cap;
} engine_rendered;

/* ---- writers: a format written as the results arrive ------------------------------
 * begin writes the head, results one batch of results in report order, end
 * everything else (errors, skipped files, warnings, the summary: known only
 * at the end) and frees the state. No writer keeps the results in memory:
 * json, text and github write each result as it comes; sarif and junit,
 * whose documents start with what only the end knows (SARIF's rule table
 * and notifications, JUnit's totals and grouping by rule), spool them to a
 * scratch file (junit: sorted runs, merged at the end) and write the
 * document at end (`at_end`: nothing reaches `out` before it). */
typedef struct engine_writer_ops {
  const char *name; /* the --format name */
  bool at_end;      /* writes the whole document in end */
  void *(*begin)(const engine_report *r, FILE *out, const engine_report_options *o);
  void (*results)(void *state, const engine_report *r, const engine_result *res, size_t n);
  int (*end)(void *state, const engine_report *r); /* 0, or -1 on an I/O error */
  /* Optional (NULL: this format is written in order only), for a report
   * that is not a shard's (r->shard.count 0): `results` in two steps, so
   * that batches are rendered on several threads at once. render appends to
   * *out what results would write for res[0..n) after other results (state
   * only read: any thread, any order); put writes rendered bytes holding n
   * results in report order, as results would have (serialised, like it). */
  void (*render)(const void *state, const engine_report *r, const engine_result *res, size_t n,
                 engine_rendered *out);
  void (*put)(void *state, const char *bytes, size_t len, size_t n);
  /* Frees the state of a report that will not be finished (a scan or merge
   * that failed after begin), writing nothing more: what reached `out` stays
   * a document cut short, which the exit status (2) says. */
  void (*discard)(void *state);
} engine_writer_ops;

extern const engine_writer_ops engine_writer_text, engine_writer_json, engine_writer_sarif,
    engine_writer_junit, engine_writer_github;

/* The writer of a --format name, or NULL. */
const engine_writer_ops *engine_writer_lookup(const char *name);
/* A whole report through one writer: begin, every result, end. */
int engine_writer_write(const engine_writer_ops *w, const engine_report *r, FILE *out,
                        const engine_report_options *o);

/* Each reporter writes the whole report to out; returns 0 or -1 on I/O error
 * (engine_writer_write with that format's writer). */
int engine_report_text(const engine_report *r, FILE *out, const engine_report_options *o);
int engine_report_json(const engine_report *r, FILE *out, const engine_report_options *o);
int engine_report_sarif(const engine_report *r, FILE *out, const engine_report_options *o);
int engine_report_junit(const engine_report *r, FILE *out, const engine_report_options *o);
int engine_report_github(const engine_report *r, FILE *out, const engine_report_options *o);

void engine_report_free(engine_report *r);

/* Shared accessors (cli/report_common.c). */
const char *engine_result_rule_id(const engine_report *r,
                                  const engine_result *res); /* "" if none */
const vm_rule *engine_result_rule(const engine_report *r,
                                  const engine_result *res); /* NULL if none */
/* Exit status a scan earns before gates: 1 if any failure, unparsable file or
 * error, else 0 (gates such as --fail-on/--soft-fail refine it). */
int engine_report_exit_status(const engine_report *r);

/* Report order of two results: file, line, column, rule id, resource (then
 * status and message, so distinct results never compare equal). */
int engine_result_order(const vm_pack *p, const engine_result *a, const engine_result *b);
/* Order of two locations: file (NULL as ""), line, column. */
int engine_location_order(const char *fa, uint32_t la, uint32_t ca, const char *fb, uint32_t lb,
                          uint32_t cb);
/* Puts results (unless in_order), errors, warnings and skips into report
 * order and derives the summary's pass/fail/unknown/suppressed/rule_errors
 * counts from the results (unless streamed), and errors/skipped/files from
 * those and scanned/failed. */
void engine_report_finish(engine_report *r);

/* Appends results to r->results (owned_results), copying their strings into
 * r->arena; strings shared by consecutive results are copied once. */
void engine_report_add_results(engine_report *r, const engine_result *res, size_t n);

/* Adds one result's status to the summary's pass/fail/unknown/suppressed/
 * rule_errors counts (what finish derives when the results are kept). */
void engine_summary_count(engine_summary *m, vm_status s);
/* Those counts afresh from r->results (after results changed status). */
void engine_report_count(engine_report *r);

#endif
