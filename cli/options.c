/* options.c — the option parser and the table-driven front of a command
 * (options.h). */
#include "options.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

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

/* ---- a command's front ---------------------------------------------------------- */

/* The command's options and --help, the last entry of every table (malloc'd). */
static cli_option *with_help(const cli_option *opts) {
  size_t n = 0;
  while (opts && opts[n].id)
    n++;
  cli_option *all = base_xcalloc(n + 2, sizeof *all);
  if (n) memcpy(all, opts, n * sizeof *all);
  all[n] = (cli_option){"help", 'h', false, CLI_OPT_HELP, NULL, "show this help"};
  return all;
}

static void help(const cli_command *c, const cli_option *all, FILE *out) {
  fputs(c->usage, out);
  fputs("options:\n", out);
  cli_opt_help(out, all);
  if (c->notes) fputs(c->notes, out);
}

void cli_command_help(const cli_command *c, FILE *out) {
  cli_option *all = with_help(c->options);
  help(c, all, out);
  free(all);
}

int cli_option_flag(void *ctx, int id, const char *arg) {
  (void)id, (void)arg;
  *(bool *)ctx = true;
  return 0;
}

void cli_args_free(cli_args *a) {
  free(a->args);
  a->args = NULL;
  a->n = 0;
}

/* A positional argument: kept, or -1 after saying there is one too many. */
static int positional(const cli_command *c, const char *cmd, cli_args *a, const char *arg) {
  if (c->max_args != CLI_ARGS_ANY && a->n == c->max_args) {
    fprintf(stderr, "vigil %s: ", cmd);
    fprintf(stderr, c->too_many, arg);
    fputc('\n', stderr);
    return -1;
  }
  a->args[a->n++] = arg;
  return 0;
}

int cli_command_parse(const cli_command *c, int argc, char **argv, cli_args *a, cli_option_fn fn,
                      void *ctx) {
  a->args = base_xcalloc((size_t)argc + 1, sizeof *a->args);
  a->n = 0;
  cli_option *all = with_help(c->options);
  cli_optstate st;
  cli_opt_init(&st, argc, argv);
  int id, rc = -1;
  while (rc < 0 && (id = cli_opt_next(&st, all)) != CLI_OPT_END) {
    if (id == CLI_OPT_HELP) {
      help(c, all, stdout);
      rc = CLI_EXIT_OK;
    } else if (id == CLI_OPT_ERROR) {
      rc = CLI_EXIT_USAGE;
    } else if (id == CLI_OPT_POSITIONAL) {
      if (positional(c, argv[0], a, st.arg) != 0) rc = CLI_EXIT_USAGE;
    } else if (!fn || fn(ctx, id, st.arg) != 0) {
      rc = CLI_EXIT_USAGE;
    }
  }
  if (rc < 0 && c->missing && a->n == 0) {
    fprintf(stderr, "vigil %s: %s\n", argv[0], c->missing);
    rc = CLI_EXIT_USAGE;
  }
  if (rc >= 0) cli_args_free(a);
  free(all);
  return rc;
}
