/* cmd_scan.c — `vigil scan [OPTIONS] [PATH...]`: choose the pack, run the scan
 * engine (scan.h), write the report, turn it into an exit status. */
#include <stdlib.h>
#include <string.h>
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
};

static const cli_option options[] = {
    {"rules", 'r', true, OPT_RULES, "FILE|DIR", "compile and use these rule sources (repeatable)"},
    {"pack", 'p', true, OPT_PACK, "FILE", "use a compiled pack (.vgp)"},
    CLI_CI_SCAN_OPTIONS, /* formats, outputs, gates, config, baseline, suppressions */
    {"jobs", 'j', true, OPT_JOBS, "N", "worker threads (default: online cores)"},
    {"var", 0, true, OPT_VAR, "NAME=VALUE", "set a Terraform input variable (repeatable)"},
    {"var-file", 0, true, OPT_VAR_FILE, "FILE", "read Terraform variables from a .tfvars file"},
    {"max-file-size", 0, true, OPT_MAX_FILE_SIZE, "BYTES",
     "skip larger files as \"too large\" (k/M/G suffixes; default 64M)"},
    {"quiet", 'q', false, OPT_QUIET, NULL, "no progress or summary; only findings and errors"},
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
  if (cli_compile_sources(rules, n_rules, stderr, color, &bytes, &len) != 0) return NULL;
  p = vm_pack_load(bytes, len, err, sizeof err);
  if (!p) fprintf(stderr, "vigil scan: compiled pack: %s\n", err);
  free(bytes);
  return p;
}

int cli_cmd_scan(int argc, char **argv) {
  const char **paths = calloc((size_t)argc + 1, sizeof *paths);
  const char **rules = calloc((size_t)argc + 1, sizeof *rules);
  const char **var_files = calloc((size_t)argc + 1, sizeof *var_files);
  cli_var *vars = calloc((size_t)argc + 1, sizeof *vars);
  if (!paths || !rules || !var_files || !vars) abort();
  size_t n_paths = 0, n_rules = 0, n_var_files = 0, n_vars = 0;
  const char *pack_file = NULL;
  cli_ci ci; /* formats, gates, config, baseline, suppressions: config.h */
  cli_ci_init(&ci);
  cli_scan_options so = {0};
  cli_report_options ro = {.version = VIGIL_VERSION};
  bool quiet = false;
  int status = CLI_EXIT_USAGE;
  vm_pack *pack = NULL;
  cli_report rep;
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
      vars[n_vars++] = (cli_var){name, eq + 1};
      break;
    }
    case OPT_VAR_FILE: var_files[n_var_files++] = st.arg; break;
    case OPT_MAX_FILE_SIZE:
      if ((num = cli_opt_number("scan", "--max-file-size", st.arg)) < 0) goto done;
      so.limits.max_file_size = (size_t)num;
      break;
    case OPT_QUIET: quiet = true; break;
    case OPT_SHOW_PASSES: ro.show_passes = true; break;
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
  ci.pack = pack;

  char err[512];
  have_report = true;
  if (cli_scan_paths(pack, paths, n_paths, &so, &rep, err, sizeof err) != 0) {
    fprintf(stderr, "vigil scan: %s\n", err);
    goto done;
  }
  if (cli_ci_finish(&ci, &rep) != 0) goto done;
  ro.color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR"); /* text on stdout only */
  ro.quiet = quiet;
  if (cli_ci_write(&ci, &rep, &ro) != 0) goto done;
  status = cli_ci_exit_status(&ci, &rep);

done:
  cli_ci_free(&ci);
  if (have_report) cli_report_free(&rep);
  if (pack) vm_pack_free(pack);
  for (size_t i = 0; i < n_vars; i++)
    free((char *)vars[i].name);
  free(vars);
  free(var_files);
  free(rules);
  free(paths);
  return status;
}
