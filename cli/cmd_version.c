/* cmd_version.c — `vigil version`: the version, and the built-in pack's digest
 * (what a pipeline pins). */
#include <string.h>

#include "cmd.h"
#include "packs.h"
#include "vigil.h"

int cli_cmd_version(int argc, char **argv) {
  if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
    fputs("usage: vigil version\n\nPrints the version of vigil and the digest of its built-in "
          "rule pack.\n",
          stdout);
    return CLI_EXIT_OK;
  }
  if (argc > 1) {
    fprintf(stderr, "vigil version: unexpected argument '%s'\n", argv[1]);
    return CLI_EXIT_USAGE;
  }
  printf("vigil %s\n", VIGIL_VERSION);
  char err[256];
  vm_pack *p = cli_packs_builtin(err, sizeof err);
  if (p) {
    printf("built-in pack %s (%u rule%s)\n", p->digest, p->n_rules, p->n_rules == 1 ? "" : "s");
    vm_pack_free(p);
  } else if (*err) {
    printf("built-in pack: invalid (%s)\n", err);
  } else {
    printf("built-in pack: none (stage 0: compiles the stdlib on demand)\n");
  }
  return CLI_EXIT_OK;
}
