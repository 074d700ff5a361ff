/* ci_session.h — the CI session of `vigil scan`: everything issue 5 adds to
 * a scan (.vigil.yaml, formats and outputs, gates, baselines, suppressions,
 * progress), behind a handful of calls from cmd_scan.c:
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
 * summary and the gate, and go straight to every requested format and to
 * --write-baseline: no results are kept in memory (report.h, writers). */
#ifndef VIGIL_CLI_CI_SESSION_H
#define VIGIL_CLI_CI_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "arena.h"
#include "config.h"
#include "gate.h"
#include "progress.h"
#include "report.h"
#include "scan.h"
#include "suppress.h"

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
  CLI_CI_OPT_DOCS_URL,
  CLI_CI_OPT_FAIL_ON_EMPTY,
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
       CLI_CI_OPT_WRITE_BASELINE, "FILE",                                                          \
       "record the current fail/unknown results in FILE (and exit 0)"},                            \
      {"no-inline-suppressions", 0, false, CLI_CI_OPT_NO_INLINE, NULL,                             \
       "ignore vigil:ignore / checkov:skip comments and Metadata waivers"},                        \
      {"docs-url", 0, true, CLI_CI_OPT_DOCS_URL, "URL",                                            \
       "sarif: absolute base URL of the docs (rule pages: URL/rules/ID.md; default: the "          \
       "installed docs as a file:// URL)"},                                                        \
  {                                                                                                \
    "fail-on-empty", 0, false, CLI_CI_OPT_FAIL_ON_EMPTY, NULL,                                     \
        "exit 3 when no file Vigil can read was found (a mistyped path, only READMEs)"             \
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
  const char *docs_url;   /* --docs-url, else the config's, else beside the binary */
  char *docs_url_default; /* malloc'd */
  bool fail_on_empty;
  engine_suppress_options supp;
  engine_progress progress;
  const vm_pack *pack; /* set by the caller once chosen: the suppression hook needs it */
  /* set up by cli_ci_start */
  base_arena arena;
  struct engine_baseline *bl; /* --baseline */
  const char *bl_reason;      /* "in baseline FILE" */
  struct engine_baseline_writer *bl_out; /* --write-baseline: the fail/unknown results */
  cli_ci_writer writers[CLI_CI_MAX_FORMATS];
  size_t n_writers;
  bool begun;               /* the writers' heads are out */
  bool gate_hit;            /* a result failed the gate */
} cli_ci;

void cli_ci_init(cli_ci *ci);
int cli_ci_option(cli_ci *ci, int id, const char *arg);
/* The config read by cli_ci_prepare, or NULL: its packs:/sources: choose the
 * pack (packs.h cli_packs_load), and cli_ci_start checks its rule tokens
 * against that pack (config.h cli_config_check). */
const cli_config *cli_ci_config(const cli_ci *ci);
int cli_ci_prepare(cli_ci *ci, const char *const *paths, size_t n, engine_scan_options *so,
                   bool quiet);
int cli_ci_start(cli_ci *ci, engine_scan_options *so, const engine_report_options *ro);
/* true when a format other than text is written to stdout (after cli_ci_prepare): then
 * anything else meant for the reader (--explain) goes to stderr, not into the JSON */
bool cli_ci_machine_stdout(const cli_ci *ci);
int cli_ci_finish(cli_ci *ci, engine_report *r);
/* The docs base URL beside the running binary (file://..., '/'-terminated; malloc'd). */
char *cli_docs_url_default(void);
int cli_ci_exit_status(const cli_ci *ci, const engine_report *r);
void cli_ci_free(cli_ci *ci);

#endif
