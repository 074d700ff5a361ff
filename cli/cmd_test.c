/* cmd_test.c — `vigil test [PATH...]`: run rule tests (*.test.yaml; format and
 * semantics in engine/ruletest.h and docs/rule-tests.md). Prints one "ok"/"not ok"
 * line per case, coverage gaps as "# coverage:" lines, then a summary.
 * Exit: 0 all passed, 1 a case failed, 2 a test file or its rules are unusable. */
#include <stdlib.h>

#include "cmd.h"
#include "ruletest.h"

static const cli_command command = {
    .usage = "usage: vigil test [PATH...]\n\n"
             "Runs the rule tests (*.test.yaml) in PATH (files or directories, default .):\n"
             "each case's input is scanned with the rules under test and its results\n"
             "compared with the case's expectations. See docs/rule-tests.md.\n\n",
    .max_args = CLI_ARGS_ANY,
};

int cli_cmd_test(int argc, char **argv) {
  cli_args a;
  int rc = cli_command_parse(&command, argc, argv, &a, NULL, NULL);
  if (rc >= 0) return rc;
  if (!a.n) a.args[a.n++] = ".";
  engine_ruletest_totals t = {0};
  int worst = 0;
  for (size_t i = 0; i < a.n; i++) {
    char **files;
    size_t nf = engine_ruletest_find(a.args[i], &files);
    if (!nf) {
      fprintf(stderr, "vigil test: no *.test.yaml in %s\n", a.args[i]);
      worst = 2;
    }
    for (size_t k = 0; k < nf; k++) {
      int frc = engine_ruletest_file(files[k], stdout, stderr, &t);
      if (frc > worst) worst = frc;
      free(files[k]);
    }
    free(files);
  }
  printf("%zu passed, %zu failed; %zu of %zu selectors evaluated, passed and failed\n", t.passed,
         t.failed, t.covered, t.selectors);
  cli_args_free(&a);
  return worst;
}
