/* cmd_scan.c — `vigil scan [OPTIONS] [PATH...]`: choose the pack, run the scan
 * engine (scan.h), write the report, turn it into an exit status. */
#define _GNU_SOURCE /* asprintf */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "builtin_pack.h"
#include "cmd.h"
#include "config.h"
#include "pool.h"
#include "report.h"
#include "scan.h"
#include "vigil.h"

enum {
  OPT_RULES = 1,
  OPT_PACK,
  OPT_JOBS,
  OPT_VAR,
  OPT_VAR_FILE,
  OPT_MAX_FILE_SIZE,
  OPT_QUIET,
  OPT_SHOW_PASSES,
  OPT_HELP,
  OPT_PACK_NAME,
  OPT_PACK_DIGEST,
  OPT_CONTEXT,
  OPT_MAX_DEPTH,
  OPT_MAX_ALIAS,
  OPT_MAX_TEMPLATE,
  OPT_MAX_STEPS,
  OPT_PARAM,
  OPT_VERBOSE,
};

static const cli_option options[] = {
    {"rules", 'r', true, OPT_RULES, "FILE|DIR", "compile and use these rule sources (repeatable)"},
    {"pack", 'p', true, OPT_PACK, "FILE", "use a compiled pack (.vgp)"},
    {"pack-name", 0, true, OPT_PACK_NAME, "NAME",
     "use a shipped pack (default, ecr, checkov-compat): searched in $VIGIL_PACK_PATH, "
     "BINDIR/packs, BINDIR/../share/vigil/packs"},
    {"pack-digest", 0, true, OPT_PACK_DIGEST, "sha256:HEX",
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
    {"quiet", 'q', false, OPT_QUIET, NULL, "no progress or summary; only findings and errors"},
    {"verbose", 'v', false, OPT_VERBOSE, NULL,
     "text: start with the pack digest and its effective params"},
    {"show-passes", 0, false, OPT_SHOW_PASSES, NULL, "text: list passing evaluations too"},
    {"help", 'h', false, OPT_HELP, NULL, "show this help"},
    {0},
};

static void help(FILE *out) {
  fputs("usage: vigil scan [OPTIONS] [PATH...]\n\n"
        "Scans files and directories (default: .) for CloudFormation, Terraform, Kubernetes,\n"
        "Ansible, IAM policy and AWS API documents and evaluates every rule of the pack on\n"
        "every resource it selects. Without --rules or --pack the built-in rules are used.\n\n"
        "options:\n",
        out);
  cli_opt_help(out, options);
  fputs("\nexit status: 0 no failures; 1 failures found or files that could not be parsed;\n"
        "2 usage, rule compile or pack errors.\n",
        out);
}

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
  default: so->vm.max_steps = (uint64_t)n; break;
  }
  return 0;
}

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
    char *name = strndup(params[i], (size_t)(eq - params[i]));
    if (!name) abort();
    iac_limits lim = {IAC_DEFAULT_MAX_FILE_SIZE, IAC_DEFAULT_MAX_DEPTH,
                      IAC_DEFAULT_MAX_ALIAS_EXPANSION, IAC_DEFAULT_MAX_TEMPLATE_DEPTH};
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

/* Finds a shipped pack by name. Search order: each directory of
 * $VIGIL_PACK_PATH, then BINDIR/packs (the build tree: build/packs), then
 * BINDIR/../share/vigil/packs (make install). Returns a malloc'd path or NULL. */
static char *find_pack(const char *name) {
  if (!*name || strchr(name, '/') || strstr(name, "..")) return NULL;
  char exe[4096], dirs[3][4096 + 32];
  size_t nd = 0;
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    snprintf(dirs[nd++], sizeof dirs[0], "%s/packs", exe);
    snprintf(dirs[nd++], sizeof dirs[0], "%s/../share/vigil/packs", exe);
  }
  const char *env = getenv("VIGIL_PACK_PATH");
  char *try = NULL;
  if (env && *env) {
    char *copy = strdup(env), *save = NULL;
    if (!copy) abort();
    for (char *d = strtok_r(copy, ":", &save); d && !try; d = strtok_r(NULL, ":", &save)) {
      if (asprintf(&try, "%s/%s.vgp", d, name) < 0) abort();
      if (access(try, R_OK) != 0) {
        free(try);
        try = NULL;
      }
    }
    free(copy);
    if (try) return try;
  }
  for (size_t i = 0; i < nd; i++) {
    if (asprintf(&try, "%s/%s.vgp", dirs[i], name) < 0) abort();
    if (access(try, R_OK) == 0) return try;
    free(try);
  }
  return NULL;
}

/* Loads the pack the options ask for; NULL after printing why. */
static vm_pack *load_pack(const char **rules, size_t n_rules, const char *pack_file) {
  char err[512];
  vm_pack *p = NULL;
  if (pack_file) {
    p = vm_pack_load_file(pack_file, err, sizeof err);
    if (!p) fprintf(stderr, "vigil scan: %s: %s\n", pack_file, err);
    return p;
  }
  if (!n_rules && cli_builtin_pack_len) {
    p = vm_pack_load(cli_builtin_pack, cli_builtin_pack_len, err, sizeof err);
    if (!p) fprintf(stderr, "vigil scan: built-in pack: %s\n", err);
    return p;
  }
  /* --rules, or a stage-0 binary without an embedded pack: compile now */
  uint8_t *bytes = NULL;
  size_t len = 0;
  int color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
  if (engine_compile_sources(rules, n_rules, stderr, color, &bytes, &len) != 0) return NULL;
  p = vm_pack_load(bytes, len, err, sizeof err);
  if (!p) fprintf(stderr, "vigil scan: compiled pack: %s\n", err);
  free(bytes);
  return p;
}

int cli_cmd_scan(int argc, char **argv) {
  const char **paths = calloc((size_t)argc + 1, sizeof *paths);
  const char **rules = calloc((size_t)argc + 1, sizeof *rules);
  const char **var_files = calloc((size_t)argc + 1, sizeof *var_files);
  const char **params = calloc((size_t)argc + 1, sizeof *params);
  size_t n_params = 0;
  engine_var *vars = calloc((size_t)argc + 1, sizeof *vars);
  if (!paths || !rules || !var_files || !vars || !params) abort();
  size_t n_paths = 0, n_rules = 0, n_var_files = 0, n_vars = 0;
  const char *pack_file = NULL;
  char *pack_name_path = NULL;    /* --pack-name resolved; pack_file points at it */
  const char *pack_digest = NULL; /* --pack-digest */
  int context = -1;               /* --context; -1 = 2 on a terminal, else 0 */
  cli_ci ci;                      /* formats, gates, config, baseline, suppressions: config.h */
  cli_ci_init(&ci);
  engine_scan_options so = {0};
  engine_report_options ro = {.version = VIGIL_VERSION};
  bool quiet = false;
  int status = CLI_EXIT_USAGE;
  vm_pack *pack = NULL;
  engine_report rep;
  bool have_report = false;

  cli_optstate st;
  cli_opt_init(&st, argc, argv);
  int id;
  long long num;
  while ((id = cli_opt_next(&st, options)) != CLI_OPT_END) {
    switch (id) {
    case CLI_OPT_ERROR: goto done;
    case CLI_OPT_POSITIONAL: paths[n_paths++] = st.arg; break;
    case OPT_RULES: rules[n_rules++] = st.arg; break;
    case OPT_PACK: pack_file = st.arg; break;
    case OPT_PACK_NAME:
      free(pack_name_path);
      if (!(pack_name_path = find_pack(st.arg))) {
        fprintf(stderr,
                "vigil scan: --pack-name %s: no such shipped pack (looked in $VIGIL_PACK_PATH, "
                "BINDIR/packs and BINDIR/../share/vigil/packs)\n",
                st.arg);
        goto done;
      }
      pack_file = pack_name_path;
      break;
    case OPT_PACK_DIGEST:
      if (strncmp(st.arg, "sha256:", 7) != 0 || strlen(st.arg) != 71) {
        fprintf(stderr, "vigil scan: --pack-digest wants sha256: and 64 hex digits, not '%s'\n",
                st.arg);
        goto done;
      }
      pack_digest = st.arg;
      break;
    case OPT_CONTEXT:
      if ((num = cli_opt_number("scan", "--context", st.arg)) < 0) goto done;
      context = num > 50 ? 50 : (int)num;
      break;
    case OPT_JOBS:
      if ((num = cli_opt_number("scan", "--jobs", st.arg)) < 0) goto done;
      so.jobs = num > 1024 ? 1024 : (int)num;
      break;
    case OPT_VAR: {
      const char *eq = strchr(st.arg, '=');
      if (!eq || eq == st.arg) {
        fprintf(stderr, "vigil scan: --var wants NAME=VALUE, not '%s'\n", st.arg);
        goto done;
      }
      char *name = strndup(st.arg, (size_t)(eq - st.arg));
      if (!name) abort();
      vars[n_vars++] = (engine_var){name, eq + 1};
      break;
    }
    case OPT_VAR_FILE: var_files[n_var_files++] = st.arg; break;
    case OPT_PARAM: params[n_params++] = st.arg; break;
    case OPT_MAX_FILE_SIZE:
      if ((num = cli_opt_number("scan", "--max-file-size", st.arg)) < 0) goto done;
      so.limits.max_file_size = (size_t)num;
      break;
    case OPT_MAX_DEPTH:
    case OPT_MAX_ALIAS:
    case OPT_MAX_TEMPLATE:
    case OPT_MAX_STEPS:
      if (set_limit(&so, id, st.arg) != 0) goto done;
      break;
    case OPT_QUIET: quiet = true; break;
    case OPT_SHOW_PASSES: ro.show_passes = true; break;
    case OPT_VERBOSE: ro.verbose = true; break;
    case OPT_HELP:
      help(stdout);
      status = CLI_EXIT_OK;
      goto done;
    default:
      if (id >= CLI_CI_OPT_BASE && cli_ci_option(&ci, id, st.arg) == 0) break;
      goto done;
    }
  }
  if (pack_file && n_rules) {
    fputs("vigil scan: --pack and --rules exclude each other\n", stderr);
    goto done;
  }
  for (size_t i = 0; i < n_var_files; i++)
    if (access(var_files[i], R_OK) != 0) {
      fprintf(stderr, "vigil scan: --var-file %s: cannot read it\n", var_files[i]);
      goto done;
    }
  if (n_paths == 0) paths[n_paths++] = ".";
  so.vars = vars;
  so.n_vars = n_vars;
  so.var_files = var_files;
  so.n_var_files = n_var_files;

  if (cli_ci_prepare(&ci, paths, n_paths, &so, quiet) != 0) goto done;
  size_t n_cfg_sources;
  const char *const *cfg_sources = cli_ci_sources(&ci, &n_cfg_sources);
  if (!n_rules && !pack_file && cfg_sources)
    pack = load_pack((const char **)cfg_sources, n_cfg_sources, NULL);
  else
    pack = load_pack(rules, n_rules, pack_file);
  if (!pack) goto done;
  if (pack_digest && strcasecmp(pack_digest, pack->digest) != 0) {
    fprintf(stderr, "vigil scan: pack digest %s does not match the pinned %s: refusing it\n",
            pack->digest, pack_digest);
    goto done;
  }
  /* .vigil.yaml params first, then --param (the command line wins) */
  for (size_t i = 0; ci.have_cfg && i < ci.cfg.n_params; i++) {
    char err[512];
    if (vm_pack_set_param(pack, ci.cfg.params[i].name, ci.cfg.params[i].value, err, sizeof err)) {
      fprintf(stderr, "vigil scan: %s: params: %s\n", ci.cfg.path, err);
      goto done;
    }
  }
  if (apply_params(pack, params, n_params) != 0) goto done;
  ci.pack = pack;
  ro.color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR"); /* text on stdout only */
  ro.context_lines = context >= 0 ? context : isatty(STDOUT_FILENO) ? 2 : 0;
  ro.quiet = quiet;
  if (cli_ci_start(&ci, &so, &ro) != 0) goto done;

  /* results go to the formats as the scan makes them (config.h) */
  char err[512];
  have_report = true;
  if (engine_scan_paths(pack, paths, n_paths, &so, &rep, err, sizeof err) != 0) {
    fprintf(stderr, "vigil scan: %s\n", err);
    goto done;
  }
  if (cli_ci_finish(&ci, &rep) != 0) goto done;
  status = cli_ci_exit_status(&ci, &rep);

done:
  cli_ci_free(&ci);
  if (have_report) engine_report_free(&rep);
  if (pack) vm_pack_free(pack);
  for (size_t i = 0; i < n_vars; i++)
    free((char *)vars[i].name);
  free(vars);
  free(var_files);
  free(params);
  free(rules);
  free(paths);
  free(pack_name_path);
  return status;
}
