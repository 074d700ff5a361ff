/* readfile.h — reading one input file for the scan engine: one open, (usually)
 * one read, close; and the cheap content checks made before a loader runs.
 *
 * Ownership: base_read_file returns a malloc'd, NUL-terminated buffer the
 * caller frees (or hands to iac_load_owned). */
#ifndef VIGIL_CLI_READFILE_H
#define VIGIL_CLI_READFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The size to pass when no walker stat'ed the file as a regular file. */
#define CLI_SIZE_UNKNOWN UINT64_MAX

/* The size the walker gives a file that readdir said is regular (d_type)
 * without a stat: base_read_file reads it with one read() into a buffer that
 * fits most files, takes a short read as its end, and asks fstat only when
 * the buffer fills (then "too large" is decided) or nothing came back. */
#define ENGINE_SIZE_REGULAR (UINT64_MAX - 1)

/* Reads a whole file, NUL-terminated, into a malloc'd buffer (*len bytes).
 * `size` is what the walker saw, ENGINE_SIZE_REGULAR or CLI_SIZE_UNKNOWN. Files over `max` bytes,
 * non-regular files and read errors return NULL with the skip reason in *why
 * ("too large", "not a regular file", "unreadable"). */
char *base_read_file(const char *path, uint64_t size, uint64_t max, size_t *len, const char **why);

/* The same, name relative to the open directory dirfd (openat). */
char *base_read_file_at(int dirfd, const char *name, uint64_t size, uint64_t max, size_t *len,
                        const char **why);

/* One open directory per scan worker. Walk order keeps a directory's files
 * together, so a worker opens each directory once and its files relative to
 * it: the kernel then resolves one name per file instead of every component
 * of its path (a third of the read time on the synthetic repo). `dir` is
 * compared by pointer: the walker gives all files of a directory one copy. */
typedef struct base_dir_cache {
  const char *dir; /* NULL: nothing open */
  int fd;          /* -1 when dir could not be opened */
} base_dir_cache;

#define CLI_DIR_CACHE_INIT                                                                         \
  { NULL, -1 }

/* The descriptor for dir (opened now unless it is the cached one), or -1. */
int base_dir_cache_fd(base_dir_cache *c, const char *dir);
void base_dir_cache_close(base_dir_cache *c);

/* NUL bytes in the first 8000 bytes (git's heuristic), unless a UTF-16 BOM. */
bool base_looks_binary(const char *buf, size_t len);

/* Nothing but spaces, tabs and line breaks. */
bool base_is_blank(const char *buf, size_t len);

#endif
