/* path.h — lexical path arithmetic, shared by the walker, the scan engine and
 * the Terraform module loader. Lexical only: nothing here touches the file
 * system (symlinks are the caller's business), and nothing keeps hidden
 * state, so worker threads may call it freely.
 *
 * Ownership: results are allocated in the arena passed in. */
#ifndef VIGIL_BASE_PATH_H
#define VIGIL_BASE_PATH_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

/* Drops empty and "." segments and repeated slashes: "./a//b/" -> "a/b",
 * "." -> "". With resolve_dotdot, ".." also removes the segment before it
 * ("a/b/../c" -> "a/c"); a ".." with nothing to remove is kept in a relative
 * path ("../x") and dropped in an absolute one ("/../x" -> "/x"). */
char *base_path_normalise(base_arena *a, const char *path, bool resolve_dotdot);
/* Whether base_path_normalise would give path (n bytes) back as it is,
 * either way of resolve_dotdot: no empty, "." or ".." segment and no
 * trailing '/' (nearly every path a scan makes). A caller that only needs
 * the normal form can then use path itself. */
bool base_path_is_normal(const char *path, size_t n);

/* rel resolved against dir (rel itself when absolute), normalised with ".."
 * resolved; an empty result is ".": "a/b" + "../c" -> "a/c". */
char *base_path_join(base_arena *a, const char *dir, const char *rel);

/* The part of path below dir (dir_len bytes, "" never), as a name to open
 * relative to dir's descriptor: "r/a/b" below "r" or "r/" is "a/b". NULL
 * when path is not below dir, or what follows is empty or starts with '/'
 * ("r//a": resolved from the working directory instead). */
const char *base_path_below(const char *path, const char *dir, size_t dir_len);

#endif
