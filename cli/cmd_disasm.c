/* cmd_disasm.c — `vigil disasm PACK`: a pack's rules, selectors, constants and
 * bytecode, like `luac -l` (the listing itself is vm_disasm's). */
#include <string.h>

#include "cmd.h"
#include "pack.h"

enum { OPT_HELP = 1 };

static const cli_option options[] = {
    {"help", 'h', false, OPT_HELP, NULL, "show this help"},
    {0},
};

static void help(FILE *out) {
  fputs("usage: vigil disasm PACK.vgp\n\n"
        "Verifies a rule pack and prints it rule by rule: metadata, selectors, the\n"
        "constants they use and their bytecode (docs/bytecode.md explains each opcode).\n\n"
        "options:\n",
        out);
  cli_opt_help(out, options);
}

int cli_cmd_disasm(int argc, char **argv) {
  const char *path = NULL;
  cli_optstate st;
  cli_opt_init(&st, argc, argv);
  int id;
  while ((id = cli_opt_next(&st, options)) != CLI_OPT_END) {
    switch (id) {
    case CLI_OPT_POSITIONAL:
      if (path) {
        fputs("vigil disasm: one pack at a time\n", stderr);
        return CLI_EXIT_USAGE;
      }
      path = st.arg;
      break;
    case OPT_HELP: help(stdout); return CLI_EXIT_OK;
    default: return CLI_EXIT_USAGE;
    }
  }
  if (!path) {
    fputs("vigil disasm: which pack? (usage: vigil disasm PACK.vgp)\n", stderr);
    return CLI_EXIT_USAGE;
  }
  char err[512];
  vm_pack *p = vm_pack_load_file(path, err, sizeof err);
  if (!p) {
    fprintf(stderr, "vigil disasm: %s: %s\n", path, err);
    return CLI_EXIT_USAGE;
  }
  vm_disasm(p, stdout);
  vm_pack_free(p);
  return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_USAGE;
}
