/* cmd_fmt.c — `vigil fmt [--check] [FILE.vgl... | -]`: canonical layout of rule
 * sources (compiler/fmt.c does the formatting and the wrapping at 100 columns).
 * Rewrites only the files named, in place and only when they change; `-` (or no
 * file) formats stdin to stdout and writes no file. --check writes nothing and
 * lists the inputs that would change (exit 1). Syntax errors: exit 2. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "cc.h"
#include "cmd.h"
#include "writefile.h"

static const cli_command command = {
    .usage = "usage: vigil fmt [--check] [FILE.vgl... | -]\n\n"
             "Prints rule sources in canonical layout: comments kept, lines wrapped at 100\n"
             "columns. Each FILE named is rewritten in place, only when it changes; `-` (or no\n"
             "FILE) reads stdin and prints the result to stdout, writing no file. With --check\n"
             "nothing is written or printed but the inputs that are not formatted (`-` for\n"
             "stdin), and the exit status is 1 if there are any.\n\n",
    /* one flag (cli_option_flag) */
    .options =
        (const cli_option[]){
            {"check", 0, false, 1, NULL, "list inputs that are not formatted; exit 1 if any"}, {0}},
    .max_args = CLI_ARGS_ANY,
};

static char *slurp(FILE *f, size_t *len) {
  size_t cap = 1 << 14, n = 0, got;
  char *b = base_xmalloc(cap);
  while ((got = fread(b + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) b = base_xrealloc(b, cap *= 2);
  }
  *len = n;
  return b;
}

/* In place through a temporary file (writefile.h): an interrupted write never
 * leaves half a source, and the file keeps its permissions. */
static bool replace(const char *path, const char *bytes, size_t len) {
  int err = base_write_file_atomic(path, bytes, len);
  if (err) fprintf(stderr, "vigil fmt: cannot write %s: %s\n", path, strerror(err));
  return !err;
}

/* 0 formatted (or rewritten), 1 differs under --check, 2 error */
static int fmt_one(const char *path, bool check) {
  bool std = !strcmp(path, "-");
  FILE *in = std ? stdin : fopen(path, "rb");
  if (!in) {
    fprintf(stderr, "vigil fmt: cannot read %s: %s\n", path, strerror(errno));
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
  bool same = olen == len && !memcmp(out, text, len);
  if (errs)
    rc = 2;
  else if (std && !check)
    fwrite(out, 1, olen, stdout);
  else if (!same) {
    if (check) {
      printf("%s\n", path);
      rc = 1;
    } else {
      if (!replace(path, out, olen)) rc = 2;
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
