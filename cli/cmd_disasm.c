/* cmd_disasm.c — `vigil disasm PACK`: a pack's rules, selectors, constants and
 * bytecode, like `luac -l` (the listing itself is vm_disasm's). The pack may
 * be hand-made and hostile: its names are escaped first
 * (cli_packs_escape_names) and the listing, which also quotes the embedded
 * source, is written line by line through engine_escape_write, so nothing
 * from the pack reaches the terminal as a control or invisible character. */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "escape.h"
#include "pack.h"
#include "packs.h"

/* The listing into memory, then each line escaped (TAB kept: source lines). */
static int print_escaped(const vm_pack *p) {
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  if (!mem) return -1;
  vm_disasm(p, mem);
  if (fclose(mem) != 0) {
    free(buf);
    return -1;
  }
  for (const char *s = buf, *end = buf + len; s < end;) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
    engine_escape_write(stdout, s, n, ENGINE_ESC_KEEP_TAB);
    if (nl) putchar('\n');
    s += n + (nl != NULL);
  }
  free(buf);
  return 0;
}

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
  cli_packs_escape_names(p);
  int written = print_escaped(p);
  vm_pack_free(p);
  return written == 0 && fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_USAGE;
}
