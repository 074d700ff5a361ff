/* main.c — `vigil COMMAND [OPTIONS] [ARGS]`: the table of commands. Each
 * command lives in cli/cmd_NAME.c; the option parser they share in options.c. */
#include <string.h>

#include "alloc.h"
#include "cmd.h"
#include "trace.h"
#include "vigil.h"

typedef struct command {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
} command;

static int cmd_help(int argc, char **argv);

/* One line per command; keep it sorted as it should appear in `vigil help`. */
static const command commands[] = {
    {"scan", cli_cmd_scan, "scan IaC files with a rule pack"},
    {"merge", cli_cmd_merge, "join the JSON reports of a sharded scan (scan --shard K/N)"},
    {"compile", cli_cmd_compile, "compile rule sources into a pack and print its digest"},
    {"disasm", cli_cmd_disasm, "print a pack's rules and bytecode"},
    {"test", cli_cmd_test, "run rule tests (*.test.yaml) and report coverage"},
    {"list", cli_cmd_list, "list the rules of a pack: id, severity, formats, refs"},
    {"explain", cli_cmd_explain, "show a rule by id or ref (e.g. CKV_AWS_51)"},
    {"fmt", cli_cmd_fmt, "format rule sources canonically (--check for CI)"},
    {"init", cli_cmd_init, "write a commented .vigil.yaml"},
    {"version", cli_cmd_version, "print the version"},
    {"help", cmd_help, "show help for a command"},
};
enum { N_COMMANDS = sizeof commands / sizeof *commands };

static void usage(FILE *out) {
  fputs("usage: vigil COMMAND [OPTIONS] [ARGS]\n\ncommands:\n", out);
  for (size_t i = 0; i < N_COMMANDS; i++)
    fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fputs("\n`vigil COMMAND --help` describes a command. Exit status: 0 no failures,\n"
        "1 failures found or files that could not be parsed, 2 usage, rule or pack errors.\n",
        out);
}

static const command *find(const char *name) {
  for (size_t i = 0; i < N_COMMANDS; i++)
    if (!strcmp(commands[i].name, name)) return &commands[i];
  return NULL;
}

static int cmd_help(int argc, char **argv) {
  if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    usage(stdout);
    return CLI_EXIT_OK;
  }
  const command *c = find(argv[1]);
  if (!c || c->run == cmd_help) {
    if (!c) fprintf(stderr, "vigil help: unknown command '%s'\n", argv[1]);
    usage(c ? stdout : stderr);
    return c ? CLI_EXIT_OK : CLI_EXIT_USAGE;
  }
  char *args[] = {argv[1], "--help", NULL};
  return c->run(2, args);
}

int main(int argc, char **argv) {
  base_trace_init();         /* VIGIL_TRACE: base/trace.h */
  base_alloc_tune_process(); /* huge pages for the heap: base/alloc.h */
  base_trace_mark("main: heap tuned", -1);
  if (argc < 2) {
    usage(stderr);
    return CLI_EXIT_USAGE;
  }
  const char *name = argv[1];
  if (!strcmp(name, "--help") || !strcmp(name, "-h")) {
    usage(stdout);
    return CLI_EXIT_OK;
  }
  if (!strcmp(name, "--version")) name = "version";
  const command *c = find(name);
  if (!c) {
    fprintf(stderr, "vigil: unknown command '%s'\n", name);
    usage(stderr);
    return CLI_EXIT_USAGE;
  }
  /* the command sees argv[0] = its own name */
  argv[1] = (char *)c->name;
  int status = c->run(argc - 1, argv + 1);
  base_trace_report();
  return status;
}
