/* options.h — the option parser every `vigil` command shares, and the
 * table-driven front of a command (usage, --help, positional arguments).
 *
 * A command describes itself once in a cli_command (usage text, option table,
 * how many positional arguments it takes and what to say otherwise);
 * cli_command_parse runs the option loop: --help prints the help and ends the
 * command with status 0, a usage error with status 2, and each other option
 * goes to the command's callback. */
#ifndef VIGIL_CLI_OPTIONS_H
#define VIGIL_CLI_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Exit status of a command (docs/cli.md): 0 no failures, 1 failures or
 * unparsable inputs, 2 usage/compile/pack errors. */
enum { CLI_EXIT_OK = 0, CLI_EXIT_FINDINGS = 1, CLI_EXIT_USAGE = 2 };
/* Exit status of a scan that found no file Vigil can read, under --fail-on-empty. */
#define CLI_EXIT_EMPTY 3

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

/* Option ids: each command numbers its own from 1; the shared families take
 * their own ranges (CLI_PACK_OPT_* 80.., CLI_CI_OPT_* 100..) and --help is
 * CLI_OPT_HELP, the last entry of every table (CLI_OPTION_HELP). */
enum { CLI_OPT_HELP = 1000 };
#define CLI_OPTION_HELP                                                                            \
  { "help", 'h', false, CLI_OPT_HELP, NULL, "show this help" }

void cli_opt_init(cli_optstate *st, int argc, char **argv);
/* Next option id, CLI_OPT_POSITIONAL (st->arg = the argument), CLI_OPT_END, or
 * CLI_OPT_ERROR after printing "vigil CMD: ..." to stderr. opts ends with {0}. */
int cli_opt_next(cli_optstate *st, const cli_option *opts);
/* Prints the option table as help text. */
void cli_opt_help(FILE *out, const cli_option *opts);
/* Parses a non-negative integer option value; prints an error and returns -1 if bad. */
long long cli_opt_number(const char *cmd, const char *opt, const char *val);

/* ---- a command's front ---------------------------------------------------------- */

enum { CLI_ARGS_ANY = (size_t)-1 };

typedef struct cli_command {
  const char *usage;         /* "usage: vigil NAME ...\n\nWhat it does.\n\n" */
  const cli_option *options; /* ends with {0}; NULL = none but --help */
  const char *notes;         /* printed after the options, or NULL */
  size_t max_args;           /* positional arguments it takes, or CLI_ARGS_ANY */
  const char *too_many;      /* printf format for one more ("%s": that argument) */
  const char *missing;       /* with max_args 1: the message when there is none; NULL = optional */
} cli_command;

/* Positional arguments in order (args has room for argc + 1 entries, so a
 * command may add its default). Free with cli_args_free. */
typedef struct cli_args {
  const char **args;
  size_t n;
} cli_args;

/* Called for each option but --help; returns 0, or -1 after printing why
 * (the command then ends with status 2). */
typedef int (*cli_option_fn)(void *ctx, int id, const char *arg);
/* The cli_option_fn of a command whose one option is a flag: ctx is a bool,
 * set to true. */
int cli_option_flag(void *ctx, int id, const char *arg);

/* Prints the command's help to out. */
void cli_command_help(const cli_command *c, FILE *out);
/* Runs the option loop of argv (argv[0] = the command's name). Returns -1
 * when the command should go on (a->args filled), else the exit status to end
 * it with (0 after --help, 2 after a usage error: a is then freed). */
int cli_command_parse(const cli_command *c, int argc, char **argv, cli_args *a, cli_option_fn fn,
                      void *ctx);
void cli_args_free(cli_args *a);

#endif
