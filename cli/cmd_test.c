/* cmd_test.c — `vigil test [PATH...]`: run rule tests (*.test.yaml; format and
 * semantics in cli/ruletest.h and docs/rule-tests.md). Prints one "ok"/"not ok"
 * line per case, coverage gaps as "# coverage:" lines, then a summary.
 * Exit: 0 all passed, 1 a case failed, 2 a test file or its rules are unusable. */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "ruletest.h"

enum { OPT_HELP = 1 };
static const cli_option options[] = {
    {"help", 'h', false, OPT_HELP, NULL, "show this help"},
    {0},
};

int cli_cmd_test(int argc, char **argv) {
  const char **paths = calloc((size_t)argc + 1, sizeof *paths);
  if (!paths) abort();
  size_t n = 0;
  int id;
  cli_optstate st;
  cli_opt_init(&st, argc, argv);
  while ((id = cli_opt_next(&st, options)) != CLI_OPT_END) {
    switch (id) {
    case CLI_OPT_POSITIONAL: paths[n++] = st.arg; break;
    case OPT_HELP:
      fputs("usage: vigil test [PATH...]\n\n"
            "Runs the rule tests (*.test.yaml) in PATH (files or directories, default .):\n"
            "each case's input is scanned with the rules under test and its results\n"
            "compared with the case's expectations. See docs/rule-tests.md.\n\noptions:\n",
            stdout);
      cli_opt_help(stdout, options);
      free(paths);
      return CLI_EXIT_OK;
    default: free(paths); return CLI_EXIT_USAGE;
    }
  }
  if (!n) paths[n++] = ".";
  engine_ruletest_totals t = {0};
  int worst = 0;
  for (size_t i = 0; i < n; i++) {
    char **files;
    size_t nf = engine_ruletest_find(paths[i], &files);
    if (!nf) {
      fprintf(stderr, "vigil test: no *.test.yaml in %s\n", paths[i]);
      worst = 2;
    }
    for (size_t k = 0; k < nf; k++) {
      int rc = engine_ruletest_file(files[k], stdout, stderr, &t);
      if (rc > worst) worst = rc;
      free(files[k]);
    }
    free(files);
  }
  printf("%zu passed, %zu failed; %zu of %zu selectors evaluated, passed and failed\n", t.passed,
         t.failed, t.covered, t.selectors);
  free(paths);
  return worst;
}
