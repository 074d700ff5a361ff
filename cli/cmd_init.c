/* cmd_init.c — `vigil init [DIR]`: writes a commented .vigil.yaml (config.h)
 * into DIR (default .); never overwrites one unless --force. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd.h"
#include "config.h"

static const cli_command command = {
    .usage = "usage: vigil init [--force] [DIR]\n\n"
             "Writes DIR/.vigil.yaml (default: ./.vigil.yaml), a commented configuration for\n"
             "`vigil scan` listing every key, commented out with its default: as written it\n"
             "changes nothing.\n\n",
    /* one flag (cli_option_flag) */
    .options =
        (const cli_option[]){{"force", 0, false, 1, NULL, "overwrite an existing .vigil.yaml"},
                             {0}},
    .max_args = 1,
    .too_many = "one directory at a time",
};

int cli_cmd_init(int argc, char **argv) {
  bool force = false;
  cli_args a;
  int rc = cli_command_parse(&command, argc, argv, &a, cli_option_flag, &force);
  if (rc >= 0) return rc;
  const char *dir = a.n ? a.args[0] : ".";
  cli_args_free(&a);
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
