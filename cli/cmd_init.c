/* cmd_init.c — `vigil init [DIR]`: writes a commented .vigil.yaml (config.h)
 * into DIR (default .); never overwrites one unless --force. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd.h"
#include "config.h"

enum { OPT_FORCE = 1, OPT_HELP };
static const cli_option options[] = {
    {"force", 0, false, OPT_FORCE, NULL, "overwrite an existing .vigil.yaml"},
    {"help", 'h', false, OPT_HELP, NULL, "show this help"},
    {0},
};

int cli_cmd_init(int argc, char **argv) {
  const char *dir = ".";
  bool force = false, have_dir = false;
  int id;
  cli_optstate st;
  cli_opt_init(&st, argc, argv);
  while ((id = cli_opt_next(&st, options)) != CLI_OPT_END) {
    switch (id) {
    case OPT_FORCE: force = true; break;
    case OPT_HELP:
      fputs("usage: vigil init [--force] [DIR]\n\n"
            "Writes DIR/.vigil.yaml (default: ./.vigil.yaml), a commented configuration for\n"
            "`vigil scan` listing every key with its default.\n\noptions:\n",
            stdout);
      cli_opt_help(stdout, options);
      return CLI_EXIT_OK;
    case CLI_OPT_POSITIONAL:
      if (!have_dir) {
        dir = st.arg;
        have_dir = true;
        break;
      }
      fprintf(stderr, "vigil init: one directory at a time\n");
      /* fall through */
    default: return CLI_EXIT_USAGE;
    }
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/.vigil.yaml", dir);
  struct stat sb;
  if (!force && stat(path, &sb) == 0) {
    fprintf(stderr, "vigil init: %s exists (use --force to overwrite it)\n", path);
    return CLI_EXIT_USAGE;
  }
  FILE *f = fopen(path, "w");
  if (!f) {
    fprintf(stderr, "vigil init: cannot write %s: %s\n", path, strerror(errno));
    return CLI_EXIT_USAGE;
  }
  bool ok = fputs(cli_config_template, f) >= 0;
  if (fclose(f) != 0 || !ok) {
    fprintf(stderr, "vigil init: error writing %s\n", path);
    return CLI_EXIT_USAGE;
  }
  printf("wrote %s\n", path);
  return CLI_EXIT_OK;
}
