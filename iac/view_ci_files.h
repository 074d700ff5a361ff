/* view_ci_files.h — the files a CI pipeline file calls, for view_ci.c: shell
 * scripts a step runs (`./scripts/push.sh`, `bash scripts/release.sh`), local
 * reusable GitHub workflows (`uses: ./.github/workflows/build.yml`) and GitLab
 * `include: local:` files.
 *
 * Only what the scan was asked to read is read: a path is resolved against the
 * repository root (where the pipeline file says it is), must stay inside it
 * lexically, and its real path (symlinks resolved) must lie inside the scan
 * root the pipeline file was found under (iac_unit.root_real); it must be a
 * regular UTF-8 text file within the file size limit. Anything else is not
 * seen (NULL), never guessed. Every look is logged (base_read_log_probe), so an
 * incremental scan reloads the pipeline when a called file changes. */
#ifndef VIGIL_IAC_VIEW_CI_FILES_H
#define VIGIL_IAC_VIEW_CI_FILES_H

#include <stdbool.h>
#include <stddef.h>

#include "iac.h"

typedef struct iac_ci_repo {
  const char *disk;      /* the repository root on disk ("." for the working directory) */
  const char *rel;       /* its report path prefix: "" or "dir/" */
  const char *root_real; /* the resolved scan root */
} iac_ci_repo;

/* The repository root of pipeline file u: for GitHub the directory holding
 * `.github/workflows/` (the file must be in it), for GitLab the directory of
 * `.gitlab-ci.yml`. False when there is none, or u was not read from a scan
 * (no disk path or scan root): then nothing is followed. */
bool iac_ci_repo_of(const iac_unit *u, bool github, iac_ci_repo *out);

/* Whether a file at path (as walked) may call files: one directly in a
 * `.github/workflows/` directory, or named `.gitlab-ci.yml` / `.gitlab-ci.yaml`
 * (what iac_ci_repo_of accepts). `scan --changed-since` loads only these to
 * learn what they call. */
bool iac_ci_may_call(const char *path);

/* Reads path[0..n) (relative to the repository root; quotes around it
 * dropped; a leading '/' means the repository root, as in GitLab's include)
 * into u's arena: the NUL-terminated text, its length in *len and its report
 * path in *rel. NULL when it cannot be seen (see above; a path with a shell
 * variable, glob or `~` cannot be known) or is larger than max bytes. */
const char *iac_ci_read(iac_unit *u, const iac_ci_repo *r, const char *path, size_t n, size_t max,
                        size_t *len, const char **rel);

#endif
