/* cmd_fmt.c — `vigil fmt [--check] FILE...`: canonical layout of rule sources
 * (compiler/fmt.c does the formatting). Rewrites files in place, only when they
 * change; --check rewrites nothing and lists the files that would change (exit 1).
 * `-` (or no file) formats stdin to stdout. Syntax errors: exit 2. */
#include <stdlib.h>
#include <string.h>

#include "cc.h"
#include "cmd.h"

static const cli_command command = {
    .usage = "usage: vigil fmt [--check] [FILE.vgl...]\n\n"
             "Rewrites rule sources in canonical layout (comments kept). With --check, lists\n"
             "the files that are not formatted and exits 1. `-` or no file: stdin to stdout.\n\n",
    /* one flag (cli_option_flag) */
    .options =
        (const cli_option[]){
            {"check", 0, false, 1, NULL, "list files that are not formatted; exit 1 if any"}, {0}},
    .max_args = CLI_ARGS_ANY,
};

static char *slurp(FILE *f, size_t *len) {
  size_t cap = 1 << 14, n = 0, got;
  char *b = malloc(cap);
  while (b && (got = fread(b + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *nb = realloc(b, cap *= 2);
      if (!nb) free(b);
      b = nb;
    }
  }
  if (!b) abort();
  *len = n;
  return b;
}

/* 0 formatted (or rewritten), 1 differs under --check, 2 error */
static int fmt_one(const char *path, bool check) {
  bool std = !strcmp(path, "-");
  FILE *in = std ? stdin : fopen(path, "rb");
  if (!in) {
    fprintf(stderr, "vigil fmt: cannot read %s\n", path);
    return 2;
  }
  size_t len;
  char *text = slurp(in, &len);
  if (!std) fclose(in);
  char *out = NULL;
  size_t olen = 0;
  FILE *mem = open_memstream(&out, &olen);
  cc_source src = {std ? "<stdin>" : path, text, len};
  int errs = cc_format(&src, mem, stderr);
  fclose(mem);
  int rc = 0;
  if (errs)
    rc = 2;
  else if (std)
    fwrite(out, 1, olen, stdout);
  else if (olen != len || memcmp(out, text, len)) {
    if (check) {
      printf("%s\n", path);
      rc = 1;
    } else {
      FILE *w = fopen(path, "wb");
      if (!w || fwrite(out, 1, olen, w) != olen || fclose(w) != 0) {
        fprintf(stderr, "vigil fmt: cannot write %s\n", path);
        rc = 2;
      }
    }
  }
  free(out);
  free(text);
  return rc;
}

int cli_cmd_fmt(int argc, char **argv) {
  bool check = false;
  cli_args a;
  int rc = cli_command_parse(&command, argc, argv, &a, cli_option_flag, &check);
  if (rc >= 0) return rc;
  if (!a.n) a.args[a.n++] = "-";
  int worst = 0;
  for (size_t i = 0; i < a.n; i++) {
    int frc = fmt_one(a.args[i], check);
    if (frc > worst) worst = frc;
  }
  cli_args_free(&a);
  return worst;
}
