/* config.h — .vigil.yaml (the gate it configures is gate.h; the scan session
 * that applies it is ci_session.h).
 *
 * Discovery: `vigil scan` looks for .vigil.yaml (then .vigil.yml) in the scan
 * root's directory and each parent up to the filesystem root; --config FILE
 * names one explicitly; --no-config disables discovery. Relative paths inside
 * the file (sources, var_files, baseline, output) are relative to the directory
 * holding it. Command-line options override the file. Every key is documented
 * in the file `vigil init` writes (cli_config_template) and in docs/ci.md.
 * A key written twice (at any depth) is an error, as is an unknown key or a
 * bad value; rule tokens are checked against the pack once it is chosen
 * (cli_config_check), `packs:` is resolved by packs.h.
 *
 * Ownership: every string of a cli_config lives in its arena (cli_config_free). */
#ifndef VIGIL_CLI_CONFIG_H
#define VIGIL_CLI_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "gate.h"
#include "pack.h"
#include "report.h"

/* Where a value is written in the file (messages about it say FILE:LINE:COL). */
typedef struct cli_config_at {
  uint32_t line, col;
} cli_config_at;

typedef struct cli_config_severity {
  const char *rule; /* id, ref or glob over ids */
  int severity;
  cli_config_at at; /* of the rule key */
} cli_config_severity;

typedef struct cli_config_suppress {
  const char *rule;   /* id, ref or glob over ids */
  const char **paths; /* globs over report paths; none = everywhere */
  size_t n_paths;
  const char *reason;
  cli_config_at at; /* of the rule value */
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
  cli_config_at *enable_at, *disable_at; /* where each entry is written */
  cli_config_severity *severity;
  size_t n_severity;
  const char **exclude; /* path globs: '*' within a segment, '**' across, '?' */
  size_t n_exclude;
  /* packs: one shipped pack by name (packs.h cli_packs_find): a scan runs
   * one pack, so the parser refuses a list of more than one and refuses
   * `packs` beside `sources` */
  const char **packs;
  size_t n_packs;
  cli_config_at *packs_at;
  const char **sources; /* rule sources (.vgl files or directories), resolved */
  size_t n_sources;
  const char **formats;
  size_t n_formats;
  const char **outputs; /* "FORMAT=PATH", path resolved */
  size_t n_outputs;
  const char **var_files; /* resolved */
  size_t n_var_files;
  const char *baseline; /* resolved, or NULL */
  const char *cache;    /* cache: the unit cache's directory (engine/cache.h), resolved, or NULL */
  const char *docs_url; /* docs_url: base URL of the docs for SARIF helpUri, or NULL */
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
/* Whether u starts with an RFC 3986 scheme ("https:", "file:"): docs_url, --docs-url. */
bool cli_url_absolute(const char *u);

/* Walker hook (engine_walk_exclude_fn): ctx is a const cli_config *. */
bool cli_config_exclude(void *ctx, const char *rel, bool is_dir);

/* Path glob used by exclude and suppress: '*' and '?' stay inside one segment,
 * '**' spans segments; a pattern without '/' matches the last segment. */
bool cli_config_glob(const char *pattern, const char *path);

/* Every rule token of the config (enable, disable, severity, suppress) must
 * select a rule of p (id, ref or glob over ids): a typo would otherwise turn
 * rules off, or leave a waiver or override doing nothing, in silence. -1 with
 * "FILE:LINE:COL: KEY: 'TOKEN' matches no rule of the pack ..." in err for the
 * first that selects none. */
int cli_config_check(const cli_config *c, const vm_pack *p, char *err, size_t errlen);

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

#endif
