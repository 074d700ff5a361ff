/* cmd_test.c — `vigil test [--update] [-k PATTERN] [PATH...]`: run rule tests
 * (*.test.yaml; format and semantics in engine/ruletest.h and docs/rule-tests.md).
 * Prints one "ok"/"not ok" line per case (a test file that does not parse is one
 * "not ok" line and counts as a failure), coverage gaps as "# coverage:" lines,
 * then a summary. Exit: 0 all passed, 1 a case failed, 2 a path does not exist,
 * or a test file or its rules are unusable. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd.h"
#include "ruletest.h"

enum { OPT_UPDATE = 1, OPT_PATTERN, OPT_EXPLAIN };

static const cli_command command = {
    .usage = "usage: vigil test [--update] [-k PATTERN] [--explain RULE[@RESOURCE]] [PATH...]\n\n"
             "Runs the rule tests (*.test.yaml) in PATH (files or directories, default .):\n"
             "each case's input is scanned with the rules under test and its results\n"
             "compared with the case's expectations. Coverage is per `expect`: one never\n"
             "evaluated, never failed or never passed is listed. See docs/rule-tests.md.\n\n",
    .options =
        (const cli_option[]){
            {"update", 0, false, OPT_UPDATE, NULL,
             "write each failing case's observed results into its expect (review the diff)"},
            {"match", 'k', true, OPT_PATTERN, "PATTERN",
             "run only the cases whose name contains PATTERN (case-sensitive)"},
            {"explain", 0, true, OPT_EXPLAIN, "RULE[@RESOURCE]",
             "after each case, show each expect and when of RULE as it ran, with the value of "
             "every sub-expression"},
            {0}},
    .max_args = CLI_ARGS_ANY,
};

static int test_option(void *ctx, int id, const char *arg) {
  engine_ruletest_options *o = ctx;
  if (id == OPT_UPDATE)
    o->update = true;
  else if (id == OPT_PATTERN)
    o->pattern = arg;
  else
    o->explain = arg;
  return 0;
}

int cli_cmd_test(int argc, char **argv) {
  engine_ruletest_options o = {0};
  cli_args a;
  int rc = cli_command_parse(&command, argc, argv, &a, test_option, &o);
  if (rc >= 0) return rc;
  if (!a.n) a.args[a.n++] = ".";
  engine_ruletest_totals t = {0};
  int worst = 0;
  for (size_t i = 0; i < a.n; i++) {
    struct stat st;
    if (stat(a.args[i], &st) != 0) {
      fprintf(stderr, "vigil test: %s: %s\n", a.args[i], strerror(errno));
      worst = 2;
      continue;
    }
    char **files;
    size_t nf = engine_ruletest_find(a.args[i], &files);
    if (!nf) {
      fprintf(stderr, "vigil test: no *.test.yaml in %s\n", a.args[i]);
      worst = 2;
    }
    for (size_t k = 0; k < nf; k++) {
      int frc = engine_ruletest_file(files[k], &o, stdout, stderr, &t);
      if (frc > worst) worst = frc;
      free(files[k]);
    }
    free(files);
  }
  if (o.pattern && !t.cases && !worst) {
    fprintf(stderr, "vigil test: no case name contains \"%s\"\n", o.pattern);
    worst = 2;
  }
  printf("%zu passed, %zu failed", t.passed, t.failed);
  if (o.pattern)
    printf("; %zu not selected by -k\n", t.deselected);
  else
    printf("; %zu of %zu expects evaluated, passed and failed\n", t.covered, t.expects);
  cli_args_free(&a);
  return worst;
}
