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

#include "arena.h"
#include "progress.h"
#include "report.h"
#include "scan.h"
#include "suppress.h"

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
int cli_exit_status(const engine_report *r, const cli_gate_options *g);
/* Whether one result fails the gate (a rule error; a failure, or with
 * unknown=fail an unknown, at or above fail_on). */
bool cli_gate_fails(const engine_result *res, const cli_gate_options *g);

/* --unknown=pass: turns unknown results into passes (summary updated). */
void cli_gate_apply_unknown(engine_report *r, cli_unknown_policy p);

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

typedef struct cli_config_param {
  const char *name; /* NAME or MODULE.NAME */
  const doc_node *value;
} cli_config_param;

typedef struct cli_config {
  base_arena arena;
  const char *path;               /* the file it came from ("" for an in-memory parse) */
  const char *dir;                /* its directory: base of relative paths */
  const char **enable, **disable; /* ids, refs or globs over ids */
  size_t n_enable, n_disable;
  cli_config_severity *severity;
  size_t n_severity;
  const char **exclude; /* path globs: '*' within a segment, '**' across, '?' */
  size_t n_exclude;
  const char **packs; /* shipped pack names (rules/NAME.pack) */
  size_t n_packs;
  const char **sources; /* rule sources (.vgl files or directories), resolved */
  size_t n_sources;
  const char **formats;
  size_t n_formats;
  const char **outputs; /* "FORMAT=PATH", path resolved */
  size_t n_outputs;
  const char **var_files; /* resolved */
  size_t n_var_files;
  const char *baseline; /* resolved, or NULL */
  cli_config_suppress *suppress;
  size_t n_suppress;
  bool has_fail_on, has_soft_fail, has_unknown, has_inline;
  int fail_on;
  bool soft_fail;
  cli_unknown_policy unknown;
  bool inline_suppressions;
  cli_config_param *params; /* params: overrides of rule params (vm_pack_set_param) */
  size_t n_params;
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

/* Walker hook (engine_walk_exclude_fn): ctx is a const cli_config *. */
bool cli_config_exclude(void *ctx, const char *rel, bool is_dir);

/* Path glob used by exclude and suppress: '*' and '?' stay inside one segment,
 * '**' spans segments; a pattern without '/' matches the last segment. */
bool cli_config_glob(const char *pattern, const char *path);

/* Applies enable/disable (results of other rules are dropped), severity
 * overrides and config suppressions (status suppressed, kind "config") to a
 * finished report, then recomputes its summary counts. */
void cli_config_apply(const cli_config *c, engine_report *r);
/* The same for one result: false when the config drops it (a rule not
 * enabled, or disabled); severity and suppression set in place (the
 * suppression reason points into the config). */
bool cli_config_result(const cli_config *c, const vm_pack *p, engine_result *res);

/* The commented .vigil.yaml that `vigil init` writes. */
extern const char cli_config_template[];

/* ---- the CI layer of `vigil scan` ---------------------------------------------------
 * Everything issue 5 adds to a scan, behind a handful of calls from cmd_scan.c:
 *   cli_ci_init; per option cli_ci_option (ids >= CLI_CI_OPT_BASE, table entries
 *   from CLI_CI_SCAN_OPTIONS; --format/--output go through it too);
 *   cli_ci_prepare (config discovery, exclusions, var files, suppression and
 *   progress hooks) before the pack is chosen; ci.pack = the pack;
 *   cli_ci_start (loads the baseline, opens every output, installs the
 *   results hook); the scan; cli_ci_finish (writes the rest of every format
 *   and --write-baseline); cli_ci_exit_status; cli_ci_free. Each returns -1
 *   after printing "vigil scan: ..." on stderr when the user must fix
 *   something (exit 2).
 *
 * The scan streams (scan.h): each unit's results pass, in report order,
 * through the config (enable/disable, severities, suppressions), the unknown
 * policy, --write-baseline's record and the baseline, are counted for the
 * summary and the gate, and go straight to every requested format. Only
 * sarif and junit, which need all results at once, make the report keep
 * them; --write-baseline keeps its fail/unknown results. */
enum {
  CLI_CI_OPT_BASE = 100,
  CLI_CI_OPT_FORMAT = CLI_CI_OPT_BASE,
  CLI_CI_OPT_OUTPUT,
  CLI_CI_OPT_FAIL_ON,
  CLI_CI_OPT_SOFT_FAIL,
  CLI_CI_OPT_UNKNOWN,
  CLI_CI_OPT_CONFIG,
  CLI_CI_OPT_NO_CONFIG,
  CLI_CI_OPT_BASELINE,
  CLI_CI_OPT_WRITE_BASELINE,
  CLI_CI_OPT_NO_INLINE,
};

/* cli_option entries (cmd.h) for the scan command's table. */
#define CLI_CI_SCAN_OPTIONS                                                                        \
  {"format",          'f',      true,                                                              \
   CLI_CI_OPT_FORMAT, "FORMAT", "text (default), json, sarif, junit, github; repeatable"},         \
      {"output",                                                                                   \
       'o',                                                                                        \
       true,                                                                                       \
       CLI_CI_OPT_OUTPUT,                                                                          \
       "[FORMAT=]FILE",                                                                            \
       "write FORMAT (default: the only format) to FILE; repeatable"},                             \
      {"fail-on",  0,                                                                              \
       true,       CLI_CI_OPT_FAIL_ON,                                                             \
       "SEVERITY", "exit 1 only for failures at or above SEVERITY (default info: any)"},           \
      {"soft-fail", 0,                                                                             \
       false,       CLI_CI_OPT_SOFT_FAIL,                                                          \
       NULL,        "exit 0 whatever was found (usage and rule errors still exit 2)"},             \
      {"unknown",                                                                                  \
       0,                                                                                          \
       true,                                                                                       \
       CLI_CI_OPT_UNKNOWN,                                                                         \
       "POLICY",                                                                                   \
       "report (default): show unknowns; fail: they fail the gate; pass: treat as passes"},        \
      {"config",          'c',    true,                                                            \
       CLI_CI_OPT_CONFIG, "FILE", "use this .vigil.yaml (default: search upward)"},                \
      {"no-config", 0, false, CLI_CI_OPT_NO_CONFIG, NULL, "do not look for .vigil.yaml"},          \
      {"baseline",          0,      true,                                                          \
       CLI_CI_OPT_BASELINE, "FILE", "results recorded in FILE are suppressed (kind baseline)"},    \
      {"write-baseline",          0,      true,                                                    \
       CLI_CI_OPT_WRITE_BASELINE, "FILE", "record the current fail/unknown results in FILE"},      \
  {                                                                                                \
    "no-inline-suppressions", 0, false, CLI_CI_OPT_NO_INLINE, NULL,                                \
        "ignore vigil:ignore / checkov:skip comments and Metadata waivers"                         \
  }

#define CLI_CI_MAX_FORMATS 8

typedef struct cli_ci_writer {
  const engine_writer_ops *ops;
  const char *path; /* NULL = stdout */
  FILE *out;
  engine_report_options o;
  void *st;
} cli_ci_writer;

typedef struct cli_ci {
  cli_config cfg;
  bool have_cfg;
  const char *config_path;
  bool no_config;
  const char *formats[CLI_CI_MAX_FORMATS];
  size_t n_formats;
  const char *out_format[CLI_CI_MAX_FORMATS]; /* NULL = the only/first format */
  const char *out_path[CLI_CI_MAX_FORMATS];
  size_t n_outputs;
  cli_gate_options gate;
  bool set_fail_on, set_soft_fail, set_unknown;
  const char *baseline, *write_baseline;
  bool no_inline;
  engine_suppress_options supp;
  engine_progress progress;
  const vm_pack *pack; /* set by the caller once chosen: the suppression hook needs it */
  /* set up by cli_ci_start */
  base_arena arena;
  struct engine_baseline *bl; /* --baseline */
  const char *bl_reason;      /* "in baseline FILE" */
  engine_report bl_rep;       /* --write-baseline: the fail/unknown results */
  cli_ci_writer writers[CLI_CI_MAX_FORMATS];
  size_t n_writers;
  engine_writer_keeps keep; /* what the formats that need results at once make the report keep */
  bool begun;               /* the writers' heads are out */
  bool gate_hit;            /* a result failed the gate */
} cli_ci;

void cli_ci_init(cli_ci *ci);
int cli_ci_option(cli_ci *ci, int id, const char *arg);
/* Rule sources from the config when the command line named none (else NULL). */
const char *const *cli_ci_sources(const cli_ci *ci, size_t *n);
int cli_ci_prepare(cli_ci *ci, const char *const *paths, size_t n, engine_scan_options *so,
                   bool quiet);
int cli_ci_start(cli_ci *ci, engine_scan_options *so, const engine_report_options *ro);
int cli_ci_finish(cli_ci *ci, engine_report *r);
int cli_ci_exit_status(const cli_ci *ci, const engine_report *r);
void cli_ci_free(cli_ci *ci);

#endif
