/* config.h — .vigil.yaml, and the exit-status gate.
 *
 * Discovery: `vigil scan` looks for .vigil.yaml (then .vigil.yml) in the scan
 * root's directory and each parent up to the filesystem root; --config FILE
 * names one explicitly; --no-config disables discovery. Relative paths inside
 * the file (sources, var_files, baseline, output) are relative to the directory
 * holding it. Command-line options override the file. Every key is documented
 * in the file `vigil init` writes (cli_config_template) and in docs/ci.md.
 *
 * Ownership: every string of a cli_config lives in its arena (cli_config_free). */
#ifndef VIGIL_CLI_CONFIG_H
#define VIGIL_CLI_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "../iac/arena.h"
#include "report.h"

typedef enum cli_unknown_policy {
  CLI_UNKNOWN_REPORT = 0, /* show unknowns, never fail on them (default) */
  CLI_UNKNOWN_FAIL,       /* an unknown at or above --fail-on fails the gate */
  CLI_UNKNOWN_PASS        /* unknowns become passes (not shown as findings) */
} cli_unknown_policy;

/* "report"/"fail"/"pass" -> policy; -1 if none of them. */
int cli_unknown_policy_lookup(const char *name);

typedef struct cli_gate_options {
  int fail_on;    /* vm_severity: failures below it do not fail the gate (default info = all) */
  bool soft_fail; /* exit 0 whatever was found (usage and compile errors still exit 2) */
  cli_unknown_policy unknown;
} cli_gate_options;

/* The exit status of a finished scan (docs/ci.md, vigil(1)):
 *   0  nothing at or above fail_on failed and every file parsed (or soft_fail)
 *   1  a fail result with severity >= fail_on; with unknown=fail also an
 *      unknown result with severity >= fail_on; a rule runtime error; a file
 *      that could not be parsed (parse errors ignore fail_on)
 * Status 2 (usage, compile, pack errors) is decided before a report exists. */
int cli_exit_status(const cli_report *r, const cli_gate_options *g);

/* --unknown=pass: turns unknown results into passes (summary updated). */
void cli_gate_apply_unknown(cli_report *r, cli_unknown_policy p);

typedef struct cli_config_severity {
  const char *rule; /* id, ref or glob over ids */
  int severity;
} cli_config_severity;

typedef struct cli_config_suppress {
  const char *rule;   /* id, ref or glob over ids */
  const char **paths; /* globs over report paths; none = everywhere */
  size_t n_paths;
  const char *reason;
} cli_config_suppress;

typedef struct cli_config {
  iac_arena arena;
  const char *path; /* the file it came from ("" for an in-memory parse) */
  const char *dir;  /* its directory: base of relative paths */
  const char **enable, **disable; /* ids, refs or globs over ids */
  size_t n_enable, n_disable;
  cli_config_severity *severity;
  size_t n_severity;
  const char **exclude; /* path globs: '*' within a segment, '**' across, '?' */
  size_t n_exclude;
  const char **packs;   /* shipped pack names (rules/NAME.pack) */
  size_t n_packs;
  const char **sources; /* rule sources (.vgl files or directories), resolved */
  size_t n_sources;
  const char **formats;
  size_t n_formats;
  const char **outputs; /* "FORMAT=PATH", path resolved */
  size_t n_outputs;
  const char **var_files; /* resolved */
  size_t n_var_files;
  const char *baseline;   /* resolved, or NULL */
  cli_config_suppress *suppress;
  size_t n_suppress;
  bool has_fail_on, has_soft_fail, has_unknown, has_inline;
  int fail_on;
  bool soft_fail;
  cli_unknown_policy unknown;
  bool inline_suppressions;
} cli_config;

/* Finds the config for a scan root: writes its path into out and returns 0,
 * or returns -1 when there is none. */
int cli_config_find(const char *root, char *out, size_t outlen);

/* Parse (name is used in messages and as the base of relative paths). On error
 * returns -1 with "NAME:LINE:COL: message" in err; c is then freed. */
int cli_config_parse(cli_config *c, const char *name, const char *text, size_t len, char *err,
                     size_t errlen);
int cli_config_load(cli_config *c, const char *path, char *err, size_t errlen);
void cli_config_free(cli_config *c);

/* Walker hook (cli_walk_exclude_fn): ctx is a const cli_config *. */
bool cli_config_exclude(void *ctx, const char *rel, bool is_dir);

/* Path glob used by exclude and suppress: '*' and '?' stay inside one segment,
 * '**' spans segments; a pattern without '/' matches the last segment. */
bool cli_config_glob(const char *pattern, const char *path);

/* Applies enable/disable (results of other rules are dropped), severity
 * overrides and config suppressions (status suppressed, kind "config") to a
 * finished report, then recomputes its summary counts. */
void cli_config_apply(const cli_config *c, cli_report *r);

/* The commented .vigil.yaml that `vigil init` writes. */
extern const char cli_config_template[];

#endif
