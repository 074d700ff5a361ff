/* cmd.h — the `vigil` commands (binary only: cli/main.c and cli/cmd_*.c).
 *
 * Adding a command: write cli/cmd_NAME.c defining `int cli_cmd_NAME(int argc,
 * char **argv)` (argv[0] is the command name) around a cli_command
 * (options.h: usage, option table, arguments), declare it below, and add one
 * line to the table in cli/main.c. Commands return the process exit status
 * (CLI_EXIT_*): 0 no failures, 1 failures or unparsable inputs, 2
 * usage/compile/pack errors. */
#ifndef VIGIL_CLI_CMD_H
#define VIGIL_CLI_CMD_H

#include "options.h"

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
/* scale (issue 17) */
int cli_cmd_merge(int argc, char **argv);

#endif
