/* cmd_test.c — `vigil test [PATH...]`: run rule tests (*.test.yaml; format and
 * semantics in engine/ruletest.h and docs/rule-tests.md). Prints one "ok"/"not ok"
 * line per case, coverage gaps as "# coverage:" lines, then a summary.
 * Exit: 0 all passed, 1 a case failed, 2 a test file or its rules are unusable. */
#include <stdlib.h>

#include "cmd.h"
#include "ruletest.h"

enum { OPT_EXPLAIN = 1 };

static const cli_option options[] = {
    {"explain", 0, true, OPT_EXPLAIN, "RULE[@RESOURCE]",
     "after each case, show each expect and when of RULE as it ran, with the value of every "
     "sub-expression"},
    {0},
};

static int test_option(void *ctx, int id, const char *arg) {
  (void)id; /* --explain is its only option */
  ((engine_ruletest_options *)ctx)->explain = arg;
  return 0;
}

static const cli_command command = {
    .usage = "usage: vigil test [--explain RULE[@RESOURCE]] [PATH...]\n\n"
             "Runs the rule tests (*.test.yaml) in PATH (files or directories, default .):\n"
             "each case's input is scanned with the rules under test and its results\n"
             "compared with the case's expectations. Coverage is per `expect`: one never\n"
             "evaluated, never failed or never passed is listed. See docs/rule-tests.md.\n\n",
    .options = options,
    .max_args = CLI_ARGS_ANY,
};

int cli_cmd_test(int argc, char **argv) {
  cli_args a;
  engine_ruletest_options o = {0};
  int rc = cli_command_parse(&command, argc, argv, &a, test_option, &o);
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
      int frc = engine_ruletest_file_opts(files[k], stdout, stderr, &t, &o);
      if (frc > worst) worst = frc;
      free(files[k]);
    }
    free(files);
  }
  printf("%zu passed, %zu failed; %zu of %zu expects evaluated, passed and failed\n", t.passed,
         t.failed, t.covered, t.expects);
  cli_args_free(&a);
  return worst;
}
