/* packs.h — where a command's rule pack comes from, in one place: --pack,
 * --pack-name (shipped packs: $VIGIL_PACK_PATH, BINDIR/packs,
 * BINDIR/../share/vigil/packs), --rules, a config's `packs:` or `sources:`,
 * the built-in pack, --pack-digest. Every command that runs rules (scan, list,
 * explain) and `version` go through it, so `list` and `explain` show the rules
 * `scan` runs; only this module knows the built-in pack.
 *
 * Ownership: a cli_packs borrows its argument strings (argv) and owns the
 * rest (cli_packs_free); loaded packs are the caller's (vm_pack_free). */
#ifndef VIGIL_CLI_PACKS_H
#define VIGIL_CLI_PACKS_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "options.h"
#include "pack.h"

/* Option ids for a command's table (options.h); each command writes its own
 * entries (help texts differ) and passes these ids to cli_packs_option. */
enum {
  CLI_PACK_OPT_RULES = 80, /* --rules FILE|DIR, repeatable */
  CLI_PACK_OPT_FILE,       /* --pack FILE.vgp */
  CLI_PACK_OPT_NAME,       /* --pack-name NAME */
  CLI_PACK_OPT_DIGEST,     /* --pack-digest sha256:HEX */
  CLI_PACK_OPT_CONFIG,     /* --config FILE (list, explain; scan has its own) */
  CLI_PACK_OPT_NO_CONFIG,  /* --no-config (list, explain) */
};

/* The --rules and --pack entries of a command's option table. */
#define CLI_PACK_OPTIONS(rules_help, pack_help)                                                    \
  {"rules", 'r', true, CLI_PACK_OPT_RULES, "FILE|DIR", rules_help}, {                              \
    "pack", 'p', true, CLI_PACK_OPT_FILE, "FILE", pack_help                                        \
  }

/* The other pack options of list and explain: the pack `scan` would run. */
#define CLI_PACK_SELECT_OPTIONS                                                                    \
  {"pack-name", 0, true, CLI_PACK_OPT_NAME, "NAME",                                                \
   "a shipped pack (default, ecr, checkov-compat), as for scan"},                                  \
      {"pack-digest", 0, true, CLI_PACK_OPT_DIGEST, "sha256:HEX",                                  \
       "refuse the pack unless its digest is exactly this"},                                       \
      {"config", 'c', true, CLI_PACK_OPT_CONFIG, "FILE",                                           \
       "take packs:/sources: from this .vigil.yaml (default: search upward from .)"},              \
  {                                                                                                \
    "no-config", 0, false, CLI_PACK_OPT_NO_CONFIG, NULL, "do not look for .vigil.yaml"             \
  }

typedef struct cli_packs {
  const char *cmd;    /* messages say "vigil CMD: ..." */
  const char **rules; /* --rules, in order */
  size_t n_rules;
  const char *pack_file; /* --pack, or the last --pack-name resolved */
  char *named;           /* that --pack-name's path (malloc'd) */
  const char *digest;    /* --pack-digest */
  const char *config;    /* --config (list, explain) */
  bool no_config;        /* --no-config (list, explain) */
} cli_packs;

/* argc bounds the number of --rules. */
void cli_packs_init(cli_packs *ps, const char *cmd, int argc);
/* One CLI_PACK_OPT_* option (a cli_option_fn: packs is a cli_packs *); 0, or
 * -1 after printing why (a --pack-name that names no shipped pack, a
 * malformed --pack-digest). */
int cli_packs_option(void *packs, int id, const char *arg);
/* The pack: --pack/--pack-name; else --rules compiled; else the config's
 * `packs:` (one shipped pack name, found as --pack-name; an unknown one is
 * "FILE:LINE:COL: packs: no such shipped pack 'X' (looked in DIRS)"); else
 * its `sources:` compiled; else the built-in pack; else (the stage-0 binary)
 * the stdlib compiled now. cfg may be NULL (no config). A pack whose digest
 * is not --pack-digest is refused. NULL after printing "vigil CMD: ...". */
vm_pack *cli_packs_load(const cli_packs *ps, const cli_config *cfg);
void cli_packs_free(cli_packs *ps);

/* The front of a command whose only options are CLI_PACK_OPTIONS and
 * CLI_PACK_SELECT_OPTIONS (list, explain): parses argv (options.h), reads the
 * .vigil.yaml that scan would (--config, else found upward from ., unless
 * --no-config) for its packs:/sources:, and loads the pack. Returns it with the
 * positional arguments in *a (cli_args_free), or NULL with the exit status in
 * *status (0 after --help). */
vm_pack *cli_packs_command(const cli_command *c, const char *name, int argc, char **argv,
                           cli_args *a, int *status);

/* For commands that print a pack (disasm, explain): every name and text of
 * p's metadata (rule ids, modules, titles, fixes, docs, refs, selector kinds
 * and types, param names, debug file and local names) that has a control or
 * invisible character is replaced by its engine_escape_text form, copied into
 * p's arena. A pack is a file anyone can hand-make: printed as stored, its
 * strings could carry terminal control sequences, bidi overrides or (never
 * from the compiler) a newline that starts a forged CI log line. */
void cli_packs_escape_names(vm_pack *p);

/* A shipped pack's path by name (malloc'd), or NULL: each directory of
 * $VIGIL_PACK_PATH, then BINDIR/packs (the build tree), then
 * BINDIR/../share/vigil/packs (make install). */
char *cli_packs_find(const char *name, char **searched); /* searched: NULL or a malloc'd "A, B" of the directories looked in */

/* The pack embedded in the binary; NULL with err "" when there is none (the
 * stage-0 binary), NULL with the reason in err when it does not load. */
vm_pack *cli_packs_builtin(char *err, size_t errlen);

#endif
