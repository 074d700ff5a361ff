/* report.h — the scan result model shared by the scan engine and the reporters.
 *
 * The scan engine (cli/scan.c) fills a cli_report. Results come in report
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
  size_t rule_errors; /* results with status error (part of errors) */
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
  double elapsed_sec;     /* not printed by byte-stable formats */
  void *owned_results;    /* malloc'd block holding `results` when not in the arena
                           * (the engine's, to avoid a copy); freed by cli_report_free */
  size_t cap_results;     /* of owned_results, while cli_report_add_results grows it */
  bool in_order;          /* results are in report order already: finish keeps them */
  bool streamed;          /* results went to a hook: the summary's pass/fail/unknown/
                           * suppressed/rule_errors counts are the hook's, not recounted */
  uint8_t *rule_severity; /* optional, per pack rule: the effective severity of
                           * its first result, 0xFF none (set by a hook that keeps
                           * only some results; malloc'd, freed by cli_report_free) */
} cli_report;

typedef struct cli_report_options {
  bool color;        /* ANSI colours (text) */
  bool show_passes;  /* text: list passes too */
  int context_lines; /* text: lines of source around each failure (0 = none) */
  const char *version;
  bool quiet; /* text: findings and errors only, no skip list or summary */
} cli_report_options;

/* ---- writers: a format written as the results arrive ------------------------------
 * begin writes the head, results one batch of results in report order, end
 * everything else (errors, skipped files, warnings, the summary: known only
 * at the end) and frees the state. json, text and github stream: they keep
 * nothing per result. sarif and junit need every result at once (SARIF's rule
 * table carries each rule's effective severity and its notifications come
 * before its results; JUnit groups by rule with totals first): they ignore
 * `results` and write r->results at end, so whoever drives them must collect
 * the results into the report; `keeps` says which. */
typedef enum cli_writer_keeps {
  CLI_KEEP_NONE = 0, /* streams */
  CLI_KEEP_FINDINGS, /* every result but passes (sarif) */
  CLI_KEEP_ALL       /* every result (junit: passes are test cases) */
} cli_writer_keeps;

typedef struct cli_writer_ops {
  const char *name; /* the --format name */
  cli_writer_keeps keeps;
  void *(*begin)(const cli_report *r, FILE *out, const cli_report_options *o);
  void (*results)(void *state, const cli_report *r, const cli_result *res, size_t n);
  int (*end)(void *state, const cli_report *r); /* 0, or -1 on an I/O error */
} cli_writer_ops;

extern const cli_writer_ops cli_writer_text, cli_writer_json, cli_writer_sarif, cli_writer_junit,
    cli_writer_github;
/* The three steps of a format written whole at the end (sarif, junit):
 * begin and results only remember where to write; end calls write_all on the
 * collected report and frees the state. */
void *cli_whole_begin(const cli_report *r, FILE *out, const cli_report_options *o);
void cli_whole_results(void *state, const cli_report *r, const cli_result *res, size_t n);
int cli_whole_end(void *state, const cli_report *r,
                  int (*write_all)(const cli_report *, FILE *, const cli_report_options *));

/* The writer of a --format name, or NULL. */
const cli_writer_ops *cli_writer_lookup(const char *name);
/* A whole report through one writer: begin, every result, end. */
int cli_writer_write(const cli_writer_ops *w, const cli_report *r, FILE *out,
                     const cli_report_options *o);

/* Each reporter writes the whole report to out; returns 0 or -1 on I/O error
 * (cli_writer_write with that format's writer). */
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
/* Puts results (unless in_order), errors, warnings and skips into report
 * order and derives the summary's pass/fail/unknown/suppressed/rule_errors
 * counts from the results (unless streamed), and errors/skipped/files from
 * those and scanned/failed. */
void cli_report_finish(cli_report *r);

/* Appends results to r->results (owned_results), copying their strings into
 * r->arena; strings shared by consecutive results are copied once. */
void cli_report_add_results(cli_report *r, const cli_result *res, size_t n);

/* Adds one result's status to the summary's pass/fail/unknown/suppressed/
 * rule_errors counts (what finish derives when the results are kept). */
void cli_summary_count(cli_summary *m, vm_status s);
/* Those counts afresh from r->results (after results changed status). */
void cli_report_count(cli_report *r);

#endif
