/* cmd_disasm.c — `vigil disasm PACK`: a pack's rules, selectors, constants and
 * bytecode, like `luac -l` (the listing itself is vm_disasm's). */
#include "cmd.h"
#include "pack.h"

static const cli_command command = {
    .usage = "usage: vigil disasm PACK.vgp\n\n"
             "Verifies a rule pack and prints it rule by rule: metadata, selectors, the\n"
             "constants they use and their bytecode (docs/bytecode.md explains each opcode).\n\n",
    .max_args = 1,
    .too_many = "one pack at a time",
    .missing = "which pack? (usage: vigil disasm PACK.vgp)",
};

int cli_cmd_disasm(int argc, char **argv) {
  cli_args a;
  int rc = cli_command_parse(&command, argc, argv, &a, NULL, NULL);
  if (rc >= 0) return rc;
  const char *path = a.args[0];
  cli_args_free(&a);
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
