/* cmd_compile.c — `vigil compile [SRC...] [-o PACK.vgp]`: rule sources (files
 * or directories of *.vgl; none = the embedded stdlib) into one verified pack.
 * Prints the pack's digest: what a pipeline pins (`--pack-digest`). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "scan.h"

enum { OPT_OUTPUT = 1, OPT_HELP };

static const cli_option options[] = {
    {"output", 'o', true, OPT_OUTPUT, "PACK.vgp", "write the pack there"},
    {"help", 'h', false, OPT_HELP, NULL, "show this help"},
    {0},
};

static void help(FILE *out) {
  fputs("usage: vigil compile [SRC...] [-o PACK.vgp]\n\n"
        "Compiles rule sources (.vgl files, or directories searched for them) into one\n"
        "verified rule pack and prints its sha256 digest. Without SRC, compiles every\n"
        "module of the built-in standard library. The same sources always give the\n"
        "same bytes.\n\noptions:\n",
        out);
  cli_opt_help(out, options);
}

int cli_cmd_compile(int argc, char **argv) {
  const char **srcs = calloc((size_t)argc + 1, sizeof *srcs);
  if (!srcs) abort();
  size_t n = 0;
  const char *output = NULL;
  int status = CLI_EXIT_USAGE;
  uint8_t *bytes = NULL;
  size_t len = 0;
  vm_pack *p = NULL;
  cli_optstate st;
  cli_opt_init(&st, argc, argv);
  int id;
  while ((id = cli_opt_next(&st, options)) != CLI_OPT_END) {
    switch (id) {
    case CLI_OPT_POSITIONAL: srcs[n++] = st.arg; break;
    case OPT_OUTPUT: output = st.arg; break;
    case OPT_HELP:
      help(stdout);
      status = CLI_EXIT_OK;
      goto done;
    default: goto done;
    }
  }
  for (size_t i = 0; i < n; i++) /* the walker's own message has no command prefix */
    if (access(srcs[i], R_OK) != 0) {
      fprintf(stderr, "vigil compile: %s: %s\n", srcs[i], strerror(errno));
      goto done;
    }
  int color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
  if (engine_compile_sources(srcs, n, stderr, color, &bytes, &len) != 0) goto done;
  /* Load it back: the digest comes from the loader, and a pack the verifier
   * rejects is a compiler bug that must not reach a file. */
  char err[512];
  p = vm_pack_load(bytes, len, err, sizeof err);
  if (!p) {
    fprintf(stderr, "vigil compile: internal error: the compiled pack does not verify: %s\n", err);
    goto done;
  }
  if (output) {
    /* write next to the target and rename, so a reader never sees half a pack */
    size_t ol = strlen(output);
    char *tmp = malloc(ol + 8);
    if (!tmp) abort();
    snprintf(tmp, ol + 8, "%s.tmp~", output);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(bytes, 1, len, f) == len;
    int why = errno;
    if (f && fclose(f) != 0 && ok) ok = false, why = errno;
    if (ok && rename(tmp, output) != 0) ok = false, why = errno;
    if (!ok) {
      fprintf(stderr, "vigil compile: cannot write %s: %s\n", output, strerror(why));
      remove(tmp);
      free(tmp);
      goto done;
    }
    free(tmp);
  }
  printf("%s\n", p->digest);
  status = CLI_EXIT_OK;
done:
  if (p) vm_pack_free(p);
  free(bytes);
  free(srcs);
  return status;
}
