/* cmd_scan.c — `vigil scan [OPTIONS] [PATH...]`: read the options, choose the
 * pack (packs.h), run the scan engine (scan.h) inside the CI session
 * (ci_session.h: config, formats, gate), turn it into an exit status. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "alloc.h"
#include "cache.h"
#include "changed.h"
#include "ci_session.h"
#include "cmd.h"
#include "escape.h"
#include "explain.h"
#include "packs.h"
#include "readfile.h"
#include "report.h"
#include "trace.h"
#include "scan.h"
#include "vigil.h"

enum {
  OPT_JOBS = 1,
  OPT_VAR,
  OPT_VAR_FILE,
  OPT_MAX_FILE_SIZE,
  OPT_QUIET,
  OPT_SHOW_PASSES,
  OPT_CONTEXT,
  OPT_MAX_DEPTH,
  OPT_MAX_ALIAS,
  OPT_MAX_TEMPLATE,
  OPT_MAX_STEPS,
  OPT_MAX_EVAL_BYTES,
  OPT_FOLLOW_SYMLINKS,
  OPT_PARAM,
  OPT_VERBOSE,
  OPT_EXPLAIN,
  OPT_SHARD,
  OPT_CACHE,
  OPT_CHANGED_SINCE,
};

static const cli_option options[] = {
    CLI_PACK_OPTIONS("compile and use these rule sources (repeatable)",
                     "use a compiled pack (.vgp)"),
    {"pack-name", 0, true, CLI_PACK_OPT_NAME, "NAME",
     "use a shipped pack (default, ecr, checkov-compat): searched in $VIGIL_PACK_PATH, "
     "BINDIR/packs, BINDIR/../share/vigil/packs"},
    {"pack-digest", 0, true, CLI_PACK_OPT_DIGEST, "sha256:HEX",
     "refuse the pack unless its digest is exactly this (pin a pack like an image)"},
    {"context", 0, true, OPT_CONTEXT, "N",
     "text: lines of source shown around each failure (default 2 on a terminal, else 0)"},
    CLI_CI_SCAN_OPTIONS, /* formats, outputs, gates, config, baseline, suppressions */
    {"jobs", 'j', true, OPT_JOBS, "N", "worker threads (default: online cores)"},
    {"var", 0, true, OPT_VAR, "NAME=VALUE", "set a Terraform input variable (repeatable)"},
    {"var-file", 0, true, OPT_VAR_FILE, "FILE", "read Terraform variables from a .tfvars file"},
    {"param", 0, true, OPT_PARAM, "NAME=JSON",
     "override a rule `param` (NAME or MODULE.NAME; a JSON value of the default's kind; "
     "repeatable)"},
    {"max-file-size", 0, true, OPT_MAX_FILE_SIZE, "BYTES",
     "skip larger files as \"too large\" (k/M/G suffixes; default 64M)"},
    {"max-depth", 0, true, OPT_MAX_DEPTH, "N",
     "nesting depth of YAML/JSON collections and HCL blocks/expressions (default 512)"},
    {"max-alias-expansion", 0, true, OPT_MAX_ALIAS, "N",
     "YAML nodes that aliases may expand to, per file (default 1000000)"},
    {"max-template-depth", 0, true, OPT_MAX_TEMPLATE, "N",
     "HCL ${ } / %{ } template nesting (default 64)"},
    {"max-steps", 0, true, OPT_MAX_STEPS, "N",
     "VM instructions for one rule on one resource (default 10000000)"},
    {"max-eval-bytes", 0, true, OPT_MAX_EVAL_BYTES, "BYTES",
     "bytes that CloudFormation intrinsics and Terraform expressions may produce per unit; "
     "past it values are unknown (k/M/G suffixes; default 256M)"},
    {"follow-symlinks", 0, false, OPT_FOLLOW_SYMLINKS, NULL,
     "follow symlinks that leave the scan path (never into /proc, /sys, /dev)"},
    {"cache", 0, true, OPT_CACHE, "DIR",
     "keep each unit's results in DIR and reuse them while nothing they depend on changed"},
    {"changed-since", 0, true, OPT_CHANGED_SINCE, "GIT_REF",
     "scan only files changed since GIT_REF (and Terraform roots whose modules they are in)"},
    {"quiet", 'q', false, OPT_QUIET, NULL, "no progress or summary; only findings and errors"},
    {"verbose", 'v', false, OPT_VERBOSE, NULL,
     "text: start with the pack digest and its effective params"},
    {"show-passes", 0, false, OPT_SHOW_PASSES, NULL, "text: list passing evaluations too"},
    {"explain", 0, true, OPT_EXPLAIN, "RULE[@RESOURCE]",
     "first print each expect and when of RULE as it ran, with the value of every "
     "sub-expression (on every resource, or the one named; runs one job)"},
    {"shard", 0, true, OPT_SHARD, "K/N",
     "scan only shard K of N (units by a hash of their path); join the shards' --format json "
     "with `vigil merge`"},
    {0},
};

static const cli_command command = {
    .usage =
        "usage: vigil scan [OPTIONS] [PATH...]\n\n"
        "Scans files and directories (default: .) for CloudFormation, Terraform, Kubernetes,\n"
        "Ansible, IAM policy and AWS API documents and evaluates every rule of the pack on\n"
        "every resource it selects. Without --rules or --pack the built-in rules are used.\n\n",
    .options = options,
    .notes = "\nexit status: 0 no failures (or --write-baseline wrote the findings); 1 failures\n"
             "found or files that could not be parsed; 2 usage, rule compile or pack errors;\n"
             "3 no file Vigil can read, with --fail-on-empty.\n",
    .max_args = CLI_ARGS_ANY,
};

/* The limit flags (docs/reliability.md): each takes 1..max; 0 would read as
 * "the default". */
static const struct limit_flag {
  int id;
  const char *name;
  long long max;
} limit_flags[] = {
    {OPT_MAX_DEPTH, "--max-depth", UINT32_MAX},
    {OPT_MAX_ALIAS, "--max-alias-expansion", UINT32_MAX},
    {OPT_MAX_TEMPLATE, "--max-template-depth", UINT32_MAX},
    {OPT_MAX_STEPS, "--max-steps", INT64_MAX},
    {OPT_MAX_EVAL_BYTES, "--max-eval-bytes", INT64_MAX},
};

/* Sets the limit option `id` from its value; -1 after printing why. */
static int set_limit(engine_scan_options *so, int id, const char *val) {
  const struct limit_flag *f = limit_flags;
  while (f->id != id)
    f++;
  long long n = cli_opt_number("scan", f->name, val);
  if (n < 0) return -1;
  if (n < 1 || n > f->max) {
    fprintf(stderr, "vigil scan: %s must be between 1 and %lld, not '%s'\n", f->name, f->max, val);
    return -1;
  }
  switch (id) {
  case OPT_MAX_DEPTH: so->limits.max_depth = (uint32_t)n; break;
  case OPT_MAX_ALIAS: so->limits.max_alias_expansion = (uint64_t)n; break;
  case OPT_MAX_TEMPLATE: so->limits.max_template_depth = (uint32_t)n; break;
  case OPT_MAX_EVAL_BYTES: so->limits.max_eval_bytes = (uint64_t)n; break;
  default: so->vm.max_steps = (uint64_t)n; break;
  }
  return 0;
}

/* What the options of one `vigil scan` set. */
typedef struct scan_cmd {
  cli_packs packs;
  cli_ci ci; /* formats, gates, config, baseline, suppressions: ci_session.h */
  engine_scan_options so;
  engine_report_options ro;
  const char **var_files;
  size_t n_var_files;
  const char **params; /* --param NAME=JSON */
  size_t n_params;
  engine_var *vars;
  size_t n_vars;
  int context;               /* --context; -1 = 2 on a terminal, else 0 */
  const char *cache;         /* --cache DIR (or the config's cache:) */
  const char *changed_since; /* --changed-since GIT_REF */
  bool quiet;
  const char *explain; /* --explain RULE[@RESOURCE] */
  vm_pack *pack;       /* chosen once the config is read */
} scan_cmd;

static void scan_cmd_init(scan_cmd *sc, int argc) {
  memset(sc, 0, sizeof *sc);
  cli_packs_init(&sc->packs, "scan", argc);
  cli_ci_init(&sc->ci);
  sc->ro.version = VIGIL_VERSION;
  sc->var_files = base_xcalloc((size_t)argc + 1, sizeof *sc->var_files);
  sc->vars = base_xcalloc((size_t)argc + 1, sizeof *sc->vars);
  sc->params = base_xcalloc((size_t)argc + 1, sizeof *sc->params);
  sc->context = -1;
}

static void scan_cmd_free(scan_cmd *sc) {
  cli_ci_free(&sc->ci);
  if (sc->pack) vm_pack_free(sc->pack); /* after the session that points into it */
  cli_packs_free(&sc->packs);
  for (size_t i = 0; i < sc->n_vars; i++)
    free((char *)sc->vars[i].name);
  free(sc->vars);
  free(sc->var_files);
  free(sc->params);
}

/* --var NAME=VALUE */
static int add_var(scan_cmd *sc, const char *arg) {
  const char *eq = strchr(arg, '=');
  if (!eq || eq == arg) {
    fprintf(stderr, "vigil scan: --var wants NAME=VALUE, not '%s'\n", arg);
    return -1;
  }
  sc->vars[sc->n_vars++] = (engine_var){base_xstrndup(arg, (size_t)(eq - arg)), eq + 1};
  return 0;
}

static int scan_option(void *ctx, int id, const char *arg) {
  scan_cmd *sc = ctx;
  long long num;
  switch (id) {
  case CLI_PACK_OPT_RULES:
  case CLI_PACK_OPT_FILE:
  case CLI_PACK_OPT_NAME:
  case CLI_PACK_OPT_DIGEST: return cli_packs_option(&sc->packs, id, arg);
  case OPT_CONTEXT:
    if ((num = cli_opt_number("scan", "--context", arg)) < 0) return -1;
    sc->context = num > 50 ? 50 : (int)num;
    return 0;
  case OPT_JOBS:
    if ((num = cli_opt_number("scan", "--jobs", arg)) < 0) return -1;
    sc->so.jobs = num > 1024 ? 1024 : (int)num;
    return 0;
  case OPT_VAR: return add_var(sc, arg);
  case OPT_VAR_FILE: sc->var_files[sc->n_var_files++] = arg; return 0;
  case OPT_MAX_FILE_SIZE:
    if ((num = cli_opt_number("scan", "--max-file-size", arg)) < 0) return -1;
    sc->so.limits.max_file_size = (size_t)num;
    return 0;
  case OPT_MAX_DEPTH:
  case OPT_MAX_ALIAS:
  case OPT_MAX_TEMPLATE:
  case OPT_MAX_STEPS:
  case OPT_MAX_EVAL_BYTES: return set_limit(&sc->so, id, arg);
  case OPT_QUIET: sc->quiet = true; return 0;
  case OPT_SHOW_PASSES: sc->ro.show_passes = true; return 0;
  case OPT_FOLLOW_SYMLINKS: sc->so.follow_symlinks = true; return 0;
  case OPT_PARAM: sc->params[sc->n_params++] = arg; return 0;
  case OPT_VERBOSE: sc->ro.verbose = true; return 0;
  case OPT_EXPLAIN: sc->explain = arg; return 0;
  case OPT_SHARD: {
    char err[128];
    if (engine_shard_parse(arg, &sc->so.shard, err, sizeof err) == 0) return 0;
    fprintf(stderr, "vigil scan: %s\n", err);
    return -1;
  }
  case OPT_CACHE: sc->cache = arg; return 0;
  case OPT_CHANGED_SINCE: sc->changed_since = arg; return 0;
  default: return id >= CLI_CI_OPT_BASE ? cli_ci_option(&sc->ci, id, arg) : -1;
  }
}

/* The scan itself, once the options are read: the exit status. */
/* --param NAME=JSON: each value is parsed by the scanner's JSON loader and
 * must be of its param's kind. 0, or -1 after printing why (a usage error). */
static int apply_params(vm_pack *p, const char *const *params, size_t n) {
  for (size_t i = 0; i < n; i++) {
    const char *eq = strchr(params[i], '=');
    char err[512];
    if (!eq || eq == params[i]) {
      fprintf(stderr, "vigil scan: --param wants NAME=JSON, not '%s'\n", params[i]);
      return -1;
    }
    char *name = base_xstrndup(params[i], (size_t)(eq - params[i]));
    iac_limits lim = {0}; /* 0 = every default */
    iac_unit *u = iac_load_buffer("param.json", eq + 1, strlen(eq + 1), &lim);
    int rc = 0;
    if (u->failed || u->n_docs != 1 || !u->docs[0]) {
      fprintf(stderr, "vigil scan: --param %s: the value is not one JSON value (%s)\n", name,
              u->n_errors ? u->errors[0].message : "empty");
      rc = -1;
    } else if (vm_pack_set_param(p, name, u->docs[0], err, sizeof err) != 0) {
      fprintf(stderr, "vigil scan: --param %s: %s\n", name, err);
      rc = -1;
    }
    iac_unit_free(u);
    free(name);
    if (rc) return -1;
  }
  return 0;
}

/* .vigil.yaml params first, then --param (the command line wins). */
static int set_params(scan_cmd *sc, vm_pack *pack) {
  const cli_ci *ci = &sc->ci;
  for (size_t i = 0; ci->have_cfg && i < ci->cfg.n_params; i++) {
    char err[512];
    if (vm_pack_set_param(pack, ci->cfg.params[i].name, ci->cfg.params[i].value, err, sizeof err)) {
      fprintf(stderr, "vigil scan: %s: params: %s\n", ci->cfg.path, err);
      return -1;
    }
  }
  return apply_params(pack, sc->params, sc->n_params);
}

/* The scan's part of the cache key that the engine cannot see (cache.h): the
 * config file's bytes (params, suppressions), --param values, whether inline
 * suppressions count. Malloc'd. */
static char *cache_context(const scan_cmd *sc) {
  const cli_config *cfg = cli_ci_config(&sc->ci);
  char *cfg_text = NULL;
  size_t cfg_len = 0;
  if (cfg && cfg->path && *cfg->path) {
    const char *why;
    cfg_text =
        base_read_file(cfg->path, CLI_SIZE_UNKNOWN, IAC_DEFAULT_MAX_FILE_SIZE, &cfg_len, &why);
  }
  size_t n = 64 + cfg_len + (cfg ? strlen(cfg->path) : 0);
  for (size_t i = 0; i < sc->n_params; i++)
    n += strlen(sc->params[i]) + 16;
  char *s = base_xmalloc(n), *p = s;
  p += sprintf(p, "no_inline=%d\nconfig=%s\n", sc->ci.no_inline, cfg ? cfg->path : "");
  if (cfg_text) memcpy(p, cfg_text, cfg_len), p += cfg_len;
  for (size_t i = 0; i < sc->n_params; i++)
    p += sprintf(p, "\nparam %zu=%s", strlen(sc->params[i]), sc->params[i]);
  *p = 0;
  free(cfg_text);
  return s;
}

/* A scan that will not run: the walk begun ahead is joined and dropped. */
static int drop_ahead(engine_scan_options *so, int status) {
  engine_scan_ahead_cancel(so->ahead);
  so->ahead = NULL;
  return status;
}

static int run_scan(scan_cmd *sc, cli_args *a) {
  if (sc->packs.pack_file && sc->packs.n_rules) {
    fputs("vigil scan: --pack and --rules exclude each other\n", stderr);
    return CLI_EXIT_USAGE;
  }
  if (sc->so.shard.count && sc->ci.write_baseline) { /* a part of a baseline reads as all of it */
    fputs("vigil scan: --write-baseline with --shard would record only this shard's findings: "
          "write the baseline with vigil merge --write-baseline FILE\n",
          stderr);
    return CLI_EXIT_USAGE;
  }
  for (size_t i = 0; i < sc->n_var_files; i++)
    if (access(sc->var_files[i], R_OK) != 0) {
      fprintf(stderr, "vigil scan: --var-file %s: cannot read it\n", sc->var_files[i]);
      return CLI_EXIT_USAGE;
    }
  if (a->n == 0) a->args[a->n++] = ".";
  engine_scan_options *so = &sc->so;
  so->vars = sc->vars;
  so->n_vars = sc->n_vars;
  so->var_files = sc->var_files;
  so->n_var_files = sc->n_var_files;
  cli_ci *ci = &sc->ci;
  base_trace_mark("scan: options read", -1);
  if (cli_ci_prepare(ci, a->args, a->n, so, sc->quiet) != 0) return CLI_EXIT_USAGE;
  base_trace_mark("scan: config read", -1);
  /* the helpers walk while this thread loads the pack (scan.h); not with a
   * cache (its key holds the pack's digest), a selection (--changed-since)
   * or --explain (one thread) */
  const cli_config *cfg = cli_ci_config(ci);
  bool cached = sc->cache || (cfg && cfg->cache);
  if (!cached && !sc->changed_since && !sc->explain)
    so->ahead = engine_scan_ahead_start(a->args, a->n, so);
  vm_pack *pack = sc->pack = cli_packs_load(&sc->packs, cfg);
  base_trace_mark("scan: pack loaded", -1);
  if (!pack || set_params(sc, pack) != 0) return drop_ahead(so, CLI_EXIT_USAGE);
  base_trace_mark("scan: params set", -1);
  ci->pack = pack;
  vm_explainer *ex = NULL;
  if (sc->explain) { /* traced, on one thread, so explanations come in scan order */
    char why[256];
    /* beside a machine-read report on stdout, explanations go to stderr */
    FILE *to = cli_ci_machine_stdout(ci) ? stderr : stdout;
    const char *at = strchr(sc->explain, '@');
    char *rule = base_xstrndup(sc->explain, at ? (size_t)(at - sc->explain) : strlen(sc->explain));
    ex = vm_explainer_new(pack, rule, at && at[1] ? at + 1 : NULL, to, why, sizeof why);
    free(rule);
    if (!ex) {
      fprintf(stderr, "vigil scan: --explain %s: %s\n", sc->explain, why);
      return drop_ahead(so, CLI_EXIT_USAGE);
    }
    so->jobs = 1;
    so->vm.trace = vm_explain_trace;
    so->vm.trace_ctx = ex;
  }
  engine_report_options *ro = &sc->ro;
  ro->color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR"); /* text on stdout only */
  ro->context_lines = sc->context >= 0 ? sc->context : isatty(STDOUT_FILENO) ? 2 : 0;
  ro->quiet = sc->quiet;
  if (cli_ci_start(ci, so, ro) != 0) {
    vm_explainer_free(ex);
    return drop_ahead(so, CLI_EXIT_USAGE);
  }
  base_trace_mark("scan: formats opened", -1);
  /* results go to the formats as the scan makes them (ci_session.h) */
  int status = CLI_EXIT_USAGE;
  char err[512];
  engine_cache_stats stats = {0};
  char *cache_ctx = NULL;
  if (!sc->cache && cfg && cfg->cache) sc->cache = cfg->cache;
  /* --explain traces evaluations: a unit reused from the cache is not
   * evaluated, so an explained scan neither reads nor writes the cache */
  if (sc->explain) sc->cache = NULL;
  if (sc->cache) {
    so->cache_dir = sc->cache;
    so->cache_context = cache_ctx = cache_context(sc);
    so->cache_diag = stderr;
    so->cache_stats = &stats;
  }
  cli_changed changed = {0};
  if (sc->changed_since) {
    if (cli_changed_prepare(&changed, sc->changed_since, a->args, a->n, so, err, sizeof err) != 0) {
      fprintf(stderr, "vigil scan: %s\n", err);
      cli_changed_free(&changed);
      free(cache_ctx);
      return drop_ahead(so, CLI_EXIT_USAGE);
    }
    so->keep = cli_changed_keep;
    so->keep_ctx = &changed;
  }
  engine_report rep;
  int scanned = engine_scan_paths(pack, a->args, a->n, so, &rep, err, sizeof err);
  so->ahead = NULL; /* the scan took it over */
  base_trace_mark("scan: engine done", -1);
  if (scanned != 0) {
    fputs("vigil scan: ", stderr);
    engine_escape_text(stderr, err); /* may name a file of the repository */
    fputc('\n', stderr);
  } else if (cli_ci_finish(ci, &rep) == 0)
    status = cli_ci_exit_status(ci, &rep);
  base_trace_mark("scan: report written", -1);
  if (sc->cache && !sc->quiet && status != CLI_EXIT_USAGE)
    fprintf(stderr, "vigil: cache: %zu units reused, %zu evaluated\n", stats.hits, stats.misses);
  engine_report_free(&rep);
  if (ex && !vm_explainer_count(ex))
    fprintf(stderr, "vigil scan: --explain %s: the rule ran on no such resource\n", sc->explain);
  vm_explainer_free(ex);
  free(cache_ctx);
  if (sc->changed_since) cli_changed_free(&changed);
  return status;
}

int cli_cmd_scan(int argc, char **argv) {
  scan_cmd sc;
  scan_cmd_init(&sc, argc);
  cli_args a;
  int status = cli_command_parse(&command, argc, argv, &a, scan_option, &sc);
  if (status < 0) {
    status = run_scan(&sc, &a);
    cli_args_free(&a);
  }
  scan_cmd_free(&sc);
  return status;
}
