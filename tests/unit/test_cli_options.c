/* test_cli_options.c — the option parser and the table-driven command front
 * (cli/options.h): positional limits and their messages, --help added to
 * every table, option values handed to the command, usage errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "options.h"

/* What fd (1 or 2) received while a parse ran: fd goes to a temporary file. */
typedef struct capture {
  int fd, saved;
  FILE *tmp;
  char text[2048];
} capture;

static void capture_start(capture *c, int fd) {
  fflush(fd == 1 ? stdout : stderr);
  c->fd = fd;
  c->tmp = tmpfile();
  assert_non_null(c->tmp);
  c->saved = dup(fd);
  dup2(fileno(c->tmp), fd);
}

static const char *capture_end(capture *c) {
  fflush(c->fd == 1 ? stdout : stderr);
  dup2(c->saved, c->fd);
  close(c->saved);
  rewind(c->tmp);
  size_t n = fread(c->text, 1, sizeof c->text - 1, c->tmp);
  c->text[n] = '\0';
  fclose(c->tmp);
  return c->text;
}

enum { OPT_OUT = 1, OPT_FLAG };
static const cli_option opts[] = {
    {"out", 'o', true, OPT_OUT, "FILE", "write there"},
    {"flag", 0, false, OPT_FLAG, NULL, "a flag"},
    {0},
};

static const cli_command one_arg = {
    .usage = "usage: vigil demo [--out FILE] [--flag] THING\n\nDemonstrates.\n\n",
    .options = opts,
    .notes = "\nnotes.\n",
    .max_args = 1,
    .too_many = "one thing at a time, not also '%s'",
    .missing = "which thing?",
};

typedef struct seen {
  const char *out;
  int flags;
} seen;

static int on_option(void *ctx, int id, const char *arg) {
  seen *s = ctx;
  if (id == OPT_OUT) {
    if (!strcmp(arg, "bad")) {
      fputs("vigil demo: bad out\n", stderr);
      return -1;
    }
    s->out = arg;
  } else {
    s->flags++;
  }
  return 0;
}

/* Parses argv (NULL-terminated, argv[0] = "demo"); the stderr text in *err. */
static int parse(const cli_command *c, char **argv, cli_args *a, seen *s, const char **err) {
  int argc = 0;
  while (argv[argc])
    argc++;
  static capture cap;
  capture_start(&cap, 2);
  int rc = cli_command_parse(c, argc, argv, a, on_option, s);
  *err = capture_end(&cap);
  return rc;
}

static void test_parse_options_and_argument(void **state) {
  (void)state;
  char *argv[] = {"demo", "-oX", "--flag", "--", "--thing", NULL};
  cli_args a;
  seen s = {0};
  const char *err;
  assert_int_equal(parse(&one_arg, argv, &a, &s, &err), -1);
  assert_string_equal(err, "");
  assert_string_equal(s.out, "X");
  assert_int_equal(s.flags, 1);
  assert_int_equal(a.n, 1);
  assert_string_equal(a.args[0], "--thing"); /* after "--" */
  cli_args_free(&a);
}

static void test_parse_usage_errors(void **state) {
  (void)state;
  static const struct {
    char *argv[5];
    const char *err;
  } cases[] = {
      {{"demo", NULL}, "vigil demo: which thing?\n"},
      {{"demo", "a", "b", NULL}, "vigil demo: one thing at a time, not also 'b'\n"},
      {{"demo", "--nope", NULL}, "vigil demo: unknown option '--nope' (see 'vigil demo --help')\n"},
      {{"demo", "--flag=1", NULL},
       "vigil demo: option '--flag' takes no value (see 'vigil demo --help')\n"},
      {{"demo", "--out", NULL},
       "vigil demo: option '--out' needs a value (see 'vigil demo --help')\n"},
      {{"demo", "--out", "bad", "x", NULL}, "vigil demo: bad out\n"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    cli_args a;
    seen s = {0};
    const char *err;
    assert_int_equal(parse(&one_arg, (char **)cases[i].argv, &a, &s, &err), CLI_EXIT_USAGE);
    assert_string_equal(err, cases[i].err);
    assert_null(a.args); /* freed */
  }
}

static void test_help_is_added(void **state) {
  (void)state;
  char *argv[] = {"demo", "a", "-h", "b", NULL}; /* --help wins before "b" is seen */
  cli_args a;
  seen s = {0};
  capture out;
  capture_start(&out, 1);
  int argc = 4;
  int rc = cli_command_parse(&one_arg, argc, argv, &a, on_option, &s);
  const char *text = capture_end(&out);
  assert_int_equal(rc, CLI_EXIT_OK);
  assert_string_equal(text, "usage: vigil demo [--out FILE] [--flag] THING\n\nDemonstrates.\n\n"
                            "options:\n"
                            "  -o, --out FILE write there\n"
                            "      --flag     a flag\n"
                            "  -h, --help     show this help\n"
                            "\nnotes.\n");
}

static void test_no_options_but_help(void **state) {
  (void)state;
  static const cli_command any = {.usage = "usage: vigil any [X...]\n\n", .max_args = CLI_ARGS_ANY};
  char *argv[] = {"any", "x", "y", "z", NULL};
  cli_args a;
  assert_int_equal(cli_command_parse(&any, 4, argv, &a, NULL, NULL), -1);
  assert_int_equal(a.n, 3);
  a.args[a.n++] = "room for a default";
  cli_args_free(&a);
  bool flag = false;
  char *argv2[] = {"any", "--flag", NULL};
  capture err;
  capture_start(&err, 2);
  assert_int_equal(cli_command_parse(&any, 2, argv2, &a, cli_option_flag, &flag), CLI_EXIT_USAGE);
  assert_string_equal(capture_end(&err),
                      "vigil any: unknown option '--flag' (see 'vigil any --help')\n");
  assert_false(flag);
}

static void test_opt_number(void **state) {
  (void)state;
  assert_int_equal(cli_opt_number("scan", "--jobs", "12"), 12);
  assert_int_equal(cli_opt_number("scan", "--max-file-size", "2k"), 2048);
  assert_int_equal(cli_opt_number("scan", "--max-file-size", "3M"), 3 << 20);
  capture err;
  capture_start(&err, 2);
  assert_int_equal(cli_opt_number("scan", "--jobs", "-1"), -1);
  assert_string_equal(capture_end(&err),
                      "vigil scan: option '--jobs' wants a non-negative number, not '-1'\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_parse_options_and_argument),
      cmocka_unit_test(test_parse_usage_errors),
      cmocka_unit_test(test_help_is_added),
      cmocka_unit_test(test_no_options_but_help),
      cmocka_unit_test(test_opt_number),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
