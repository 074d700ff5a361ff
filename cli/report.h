/* report.h — the scan result model shared by the scan engine and the reporters.
 *
 * The scan engine (cli/scan.c) fills a cli_report: results sorted by (file, line,
 * column, rule id, resource), errors sorted by (file, line, column), skipped
 * files sorted by path — so output is byte-identical for any thread count.
 * Reporters (cli/report_<format>.c) only read it.
 *
 * Ownership: every string in a cli_report lives in report->arena; cli_report_free
 * releases everything. The pack is borrowed (owned by the caller). */
#ifndef VIGIL_CLI_REPORT_H
#define VIGIL_CLI_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../iac/arena.h"
#include "../vm/pack.h"
#include "../vm/vm.h"

typedef struct cli_result {
  uint32_t rule;    /* index into pack->rules */
  vm_status status; /* pass, fail, unknown, suppressed, error */
  uint8_t severity; /* effective severity (config may override the rule's) */
  const char *file; /* relative to the scan root, '/' separators */
  uint32_t line, col;
  const char *resource; /* "AWS::ECR::Repository.MyRepo" */
  const char *resource_type;
  const char *format; /* "cloudformation", ... */
  const char *message;
  const char *suppression;      /* reason, when status == VM_SUPPRESSED */
  const char *suppression_kind; /* "inline", "metadata", "checkov", "config", "baseline" */
  const char *fingerprint; /* stable id: sha256 of rule|file|resource|message-shape (no line) */
} cli_result;

typedef struct cli_file_error {
  const char *file;
  uint32_t line, col;
  const char *message;
} cli_file_error;

typedef struct cli_skip {
  const char *file;
  const char
      *reason; /* "excluded", "too large", "binary", "unreadable", "not IaC", "remote module" */
} cli_skip;

typedef struct cli_warning {
  const char *file;
  uint32_t line, col;
  const char *message; /* e.g. "suppression for AWS_X matches nothing" */
} cli_warning;

typedef struct cli_summary {
  size_t files;   /* every input file exactly once: scanned + skipped + failed */
  size_t scanned; /* parsed (IaC or not) */
  size_t skipped;
  size_t failed; /* could not be parsed */
  size_t resources;
  size_t pass, fail, unknown, suppressed, errors;
} cli_summary;

typedef struct cli_report {
  iac_arena arena;
  const vm_pack *pack;
  const char *root; /* the scan root as given */
  cli_result *results;
  size_t n_results;
  cli_file_error *errors;
  size_t n_errors;
  cli_skip *skipped;
  size_t n_skipped;
  cli_warning *warnings;
  size_t n_warnings;
  cli_summary summary;
  double elapsed_sec;  /* not printed by byte-stable formats */
  void *owned_results; /* malloc'd block holding `results` when not in the arena
                        * (the engine's, to avoid a copy); freed by cli_report_free */
} cli_report;

typedef struct cli_report_options {
  bool color;        /* ANSI colours (text) */
  bool show_passes;  /* text: list passes too */
  int context_lines; /* text: lines of source around each failure (0 = none) */
  const char *version;
  bool quiet; /* text: findings and errors only, no skip list or summary */
} cli_report_options;

/* Each reporter writes the whole report to out; returns 0 or -1 on I/O error. */
int cli_report_text(const cli_report *r, FILE *out, const cli_report_options *o);
int cli_report_json(const cli_report *r, FILE *out, const cli_report_options *o);
int cli_report_sarif(const cli_report *r, FILE *out, const cli_report_options *o);
int cli_report_junit(const cli_report *r, FILE *out, const cli_report_options *o);
int cli_report_github(const cli_report *r, FILE *out, const cli_report_options *o);

void cli_report_free(cli_report *r);

/* Shared accessors (cli/report_common.c). */
const char *cli_result_rule_id(const cli_report *r, const cli_result *res); /* "" if none */
const vm_rule *cli_result_rule(const cli_report *r, const cli_result *res); /* NULL if none */
/* Exit status a scan earns before gates: 1 if any failure, unparsable file or
 * error, else 0 (gates such as --fail-on/--soft-fail refine it). */
int cli_report_exit_status(const cli_report *r);

/* Report order of two results: file, line, column, rule id, resource (then
 * status and message, so distinct results never compare equal). */
int cli_result_order(const vm_pack *p, const cli_result *a, const cli_result *b);
/* Puts results, errors, warnings and skips into report order (a no-op for the
 * engine's already-sorted arrays) and derives the summary's pass/fail/unknown/
 * suppressed/errors/skipped/files counts from them and scanned/failed. */
void cli_report_finish(cli_report *r);

#endif
