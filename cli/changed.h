/* changed.h — `vigil scan --changed-since GIT_REF`: which files a pull
 * request's scan reads.
 *
 * The changed files are what `git diff --name-only REF` (the working tree
 * against REF: committed, staged and unstaged changes, deletions included)
 * and `git ls-files --others --exclude-standard` (untracked) name, git run as
 * a subprocess (posix_spawnp, no shell) in the first scan path's directory.
 * The scan keeps every changed file, and every Terraform root module whose
 * module closure holds a change: the root's directory and each local module
 * it calls, transitively (module sources "./" and "../", read from the .tf
 * files as text: a `source = "./x"` line counts as a call wherever it is, so
 * the closure may be larger than Terraform's, never smaller). A change counts
 * for a root when it is a Terraform file (.tf, .tfvars, their .json) in a
 * closure directory, any other file at or below one (file() and templatefile()
 * read them), or one of the --var-file files. Such a root is scanned whole:
 * the Terraform files of every directory of its closure. A CI pipeline
 * (iac_ci_may_call) is kept when a file its view looked at changed: the view
 * is run on it under a read log (base_read_log), and every probe is compared
 * with the changes by path and by real path, so a script, a reusable
 * workflow or a GitLab include it calls selects it, with the view's own call
 * graph and limits. Everything else is left out (counted, not listed as
 * skipped).
 *
 * Ownership: everything is in c->arena; cli_changed_free releases it. */
#ifndef VIGIL_CLI_CHANGED_H
#define VIGIL_CLI_CHANGED_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "scan.h"

typedef struct cli_changed {
  base_arena arena;
  const char **keep; /* absolute, lexically normalised paths, sorted */
  size_t n_keep;
  const char *cwd;
  size_t n_changed; /* files git named */
} cli_changed;

/* Works out the selection for a scan of paths with options so (its walk
 * options and var files). 0, or -1 with a one-line reason in err ("not a git
 * repository", "unknown git ref 'X'"): a usage error. */
int cli_changed_prepare(cli_changed *c, const char *ref, const char *const *paths, size_t n,
                        const engine_scan_options *so, char *err, size_t errlen);
/* The walk's keep hook (walk.h): ctx is the cli_changed. */
bool cli_changed_keep(void *ctx, const char *path);
void cli_changed_free(cli_changed *c);

#endif
