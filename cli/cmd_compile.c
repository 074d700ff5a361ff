/* cmd_compile.c — `vigil compile [SRC...] [-o PACK.vgp]`: rule sources (files
 * or directories of *.vgl; none = the embedded stdlib) into one verified pack.
 * Prints the pack's digest: what a pipeline pins (`--pack-digest`). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "cmd.h"
#include "scan.h"
#include "writefile.h"

enum { OPT_OUTPUT = 1, OPT_STRIP };

static const cli_option options[] = {
    {"output", 'o', true, OPT_OUTPUT, "PACK.vgp", "write the pack there"},
    {"strip", 0, false, OPT_STRIP, NULL,
     "leave out the debug info (source lines, local names; docs/bytecode.md)"},
    {0},
};

typedef struct compile_opts {
  const char *output;
  bool strip;
} compile_opts;

static const cli_command command = {
    .usage = "usage: vigil compile [--strip] [SRC...] [-o PACK.vgp]\n\n"
             "Compiles rule sources (.vgl files, or directories searched for them) into one\n"
             "verified rule pack and prints its sha256 digest. Without SRC, compiles every\n"
             "module of the built-in standard library. The same sources always give the\n"
             "same bytes. The pack carries debug info (the sources, which instruction\n"
             "comes from which line) for `vigil disasm`, `explain` and `--explain`\n"
             "unless --strip.\n\n",
    .options = options,
    .max_args = CLI_ARGS_ANY,
};

static int compile_option(void *ctx, int id, const char *arg) {
  compile_opts *o = ctx;
  if (id == OPT_STRIP)
    o->strip = true;
  else
    o->output = arg;
  return 0;
}

/* Writes the pack next to the target and renames it, so a reader never sees
 * half a pack; false after saying why. */
static bool write_pack(const char *output, const uint8_t *bytes, size_t len) {
  int err = base_write_file_atomic(output, bytes, len);
  if (err) fprintf(stderr, "vigil compile: cannot write %s: %s\n", output, strerror(err));
  return !err;
}

int cli_cmd_compile(int argc, char **argv) {
  compile_opts o = {0};
  cli_args a;
  int status = cli_command_parse(&command, argc, argv, &a, compile_option, &o);
  const char *output = o.output;
  if (status >= 0) return status;
  status = CLI_EXIT_USAGE;
  uint8_t *bytes = NULL;
  size_t len = 0;
  vm_pack *p = NULL;
  int color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
  for (size_t i = 0; i < a.n; i++) /* the walker's own message has no command prefix */
    if (access(a.args[i], R_OK) != 0) {
      fprintf(stderr, "vigil compile: %s: %s\n", a.args[i], strerror(errno));
      goto done;
    }
  if (engine_compile_sources(a.args, a.n, stderr, color, &bytes, &len) != 0) goto done;
  /* Load it back: the digest comes from the loader, and a pack the verifier
   * rejects is a compiler bug that must not reach a file. */
  char err[512];
  p = vm_pack_load(bytes, len, err, sizeof err);
  if (!p) {
    fprintf(stderr, "vigil compile: internal error: the compiled pack does not verify: %s\n", err);
    goto done;
  }
  if (o.strip && p->debug) { /* the same pack without its debug section: a new digest */
    p->debug = NULL;
    free(bytes);
    bytes = NULL;
    vm_pack *q = NULL;
    if (vm_pack_encode(p, &bytes, &len) == 0) q = vm_pack_load(bytes, len, err, sizeof err);
    vm_pack_free(p);
    p = q;
    if (!p) {
      fprintf(stderr, "vigil compile: internal error: the stripped pack does not verify\n");
      goto done;
    }
  }
  if (output && !write_pack(output, bytes, len)) goto done;
  printf("%s\n", p->digest);
  status = CLI_EXIT_OK;
done:
  if (p) vm_pack_free(p);
  free(bytes);
  cli_args_free(&a);
  return status;
}
