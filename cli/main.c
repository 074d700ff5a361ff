/* main.c — `vigil COMMAND [OPTIONS] [ARGS]`: a table of commands and the
 * option parser they share (cmd.h). Each command lives in cli/cmd_NAME.c. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
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

/* ---- options ----------------------------------------------------------------------- */

void cli_opt_init(cli_optstate *st, int argc, char **argv) {
  memset(st, 0, sizeof *st);
  st->argc = argc;
  st->argv = argv;
  st->i = 1;
}

static int opt_error(cli_optstate *st, const char *fmt, const char *what) {
  fprintf(stderr, "vigil %s: ", st->argv[0]);
  fprintf(stderr, fmt, what);
  fprintf(stderr, " (see 'vigil %s --help')\n", st->argv[0]);
  return CLI_OPT_ERROR;
}

int cli_opt_next(cli_optstate *st, const cli_option *opts) {
  st->arg = NULL;
  if (st->i >= st->argc) return CLI_OPT_END;
  char *a = st->argv[st->i++];
  if (st->only_args || a[0] != '-' || a[1] == 0) {
    st->arg = a;
    return CLI_OPT_POSITIONAL;
  }
  if (!strcmp(a, "--")) {
    st->only_args = true;
    return cli_opt_next(st, opts);
  }
  const cli_option *o = NULL;
  const char *inline_val = NULL;
  if (a[1] == '-') {
    const char *name = a + 2;
    const char *eq = strchr(name, '=');
    size_t n = eq ? (size_t)(eq - name) : strlen(name);
    for (const cli_option *p = opts; p->id; p++)
      if (p->name && strlen(p->name) == n && !strncmp(p->name, name, n)) o = p;
    if (!o) return opt_error(st, "unknown option '%s'", a);
    if (eq) {
      if (!o->has_arg) return opt_error(st, "option '--%s' takes no value", o->name);
      inline_val = eq + 1;
    }
  } else {
    for (const cli_option *p = opts; p->id; p++)
      if (p->short_name && p->short_name == a[1]) o = p;
    if (!o) return opt_error(st, "unknown option '%s'", a);
    if (a[2]) {
      if (!o->has_arg) return opt_error(st, "option '%s' takes no value", a);
      inline_val = a + 2;
    }
  }
  if (o->has_arg) {
    if (inline_val) {
      st->arg = inline_val;
    } else if (st->i < st->argc) {
      st->arg = st->argv[st->i++];
    } else {
      return opt_error(st, "option '%s' needs a value", a);
    }
  }
  return o->id;
}

static void opt_left(const cli_option *p, char *buf, size_t cap) {
  if (p->short_name)
    snprintf(buf, cap, "-%c, --%s%s%s", p->short_name, p->name, p->arg ? " " : "",
             p->arg ? p->arg : "");
  else
    snprintf(buf, cap, "    --%s%s%s", p->name, p->arg ? " " : "", p->arg ? p->arg : "");
}

void cli_opt_help(FILE *out, const cli_option *opts) {
  /* one column for the option names, as wide as the widest (within reason) */
  int width = 0;
  char left[96];
  for (const cli_option *p = opts; p->id; p++) {
    opt_left(p, left, sizeof left);
    int n = (int)strlen(left);
    if (n > width && n <= 34) width = n;
  }
  for (const cli_option *p = opts; p->id; p++) {
    opt_left(p, left, sizeof left);
    fprintf(out, "  %-*s %s\n", width, left, p->help);
  }
}

long long cli_opt_number(const char *cmd, const char *opt, const char *val) {
  errno = 0;
  char *end;
  long long v = strtoll(val, &end, 10);
  long long mul = 1;
  if (end != val && *end && !end[1]) {
    switch (*end) {
    case 'k':
    case 'K':
      mul = 1ll << 10;
      end++;
      break;
    case 'm':
    case 'M':
      mul = 1ll << 20;
      end++;
      break;
    case 'g':
    case 'G':
      mul = 1ll << 30;
      end++;
      break;
    default: break;
    }
  }
  if (errno || end == val || *end || v < 0 || v > (1ll << 40)) {
    fprintf(stderr, "vigil %s: option '%s' wants a non-negative number, not '%s'\n", cmd, opt, val);
    return -1;
  }
  return v * mul;
}

int main(int argc, char **argv) {
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
  return c->run(argc - 1, argv + 1);
}
