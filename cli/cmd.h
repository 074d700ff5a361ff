/* cmd.h — the `vigil` command table and its small option parser (binary only:
 * cli/main.c and cli/cmd_*.c).
 *
 * Adding a command: write cli/cmd_NAME.c defining `int cli_cmd_NAME(int argc,
 * char **argv)` (argv[0] is the command name), declare it below, and add one
 * line to the table in cli/main.c. Commands return the process exit status:
 * 0 no failures, 1 failures or unparsable inputs, 2 usage/compile/pack errors. */
#ifndef VIGIL_CLI_CMD_H
#define VIGIL_CLI_CMD_H

#include <stdbool.h>
#include <stdio.h>

enum { CLI_EXIT_OK = 0, CLI_EXIT_FINDINGS = 1, CLI_EXIT_USAGE = 2 };

/* One option of a command. id is returned by cli_opt_next; has_arg options take
 * "--name VALUE", "--name=VALUE", "-x VALUE" or "-xVALUE". */
typedef struct cli_option {
  const char *name; /* long name without "--" */
  char short_name;  /* 0 = none */
  bool has_arg;
  int id;          /* > 0 */
  const char *arg; /* argument placeholder for help ("FILE"), NULL if none */
  const char *help;
} cli_option;

typedef struct cli_optstate {
  int argc;
  char **argv;
  int i;           /* next argv index (starts at 1: argv[0] is the command) */
  bool only_args;  /* after "--" */
  const char *arg; /* option argument, or the positional argument */
} cli_optstate;

enum { CLI_OPT_END = -1, CLI_OPT_ERROR = -2, CLI_OPT_POSITIONAL = 0 };

void cli_opt_init(cli_optstate *st, int argc, char **argv);
/* Next option id, CLI_OPT_POSITIONAL (st->arg = the argument), CLI_OPT_END, or
 * CLI_OPT_ERROR after printing "vigil CMD: ..." to stderr. opts ends with {0}. */
int cli_opt_next(cli_optstate *st, const cli_option *opts);
/* Prints the option table as help text. */
void cli_opt_help(FILE *out, const cli_option *opts);
/* Parses a non-negative integer option value; prints an error and returns -1 if bad. */
long long cli_opt_number(const char *cmd, const char *opt, const char *val);

int cli_cmd_scan(int argc, char **argv);
int cli_cmd_compile(int argc, char **argv);
int cli_cmd_disasm(int argc, char **argv);
int cli_cmd_version(int argc, char **argv);
/* CI and rule-authoring commands (issue 5) */
int cli_cmd_list(int argc, char **argv);
int cli_cmd_explain(int argc, char **argv);
int cli_cmd_init(int argc, char **argv);
int cli_cmd_fmt(int argc, char **argv);
int cli_cmd_test(int argc, char **argv);

#endif
