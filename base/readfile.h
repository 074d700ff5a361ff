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

/* ---- the read log (incremental scans: engine/cache.h) -------------------------------
 *
 * While a thread records (base_read_log_begin .. _end), every file it reads
 * through base_read_file, every directory listing a loader bases a choice on
 * (base_read_log_dir) and every file a Terraform function looks at
 * (base_read_log_probe) is logged with a SHA-256 of what was seen: the bytes,
 * or the failure (reason and errno). base_read_entry_current tells whether an
 * entry still holds by looking again, so a cached result is reused only when
 * everything that decided it is unchanged. Recording is per thread: scan
 * workers each log their own unit. */
typedef enum base_read_kind {
  BASE_READ_FILE = 1, /* base_read_file(path, max): bytes, or the skip reason */
  BASE_READ_DIR,      /* the names (and d_type) of a directory's entries, sorted */
  BASE_READ_PROBE     /* realpath(path) and the bytes there (max), or the failure */
} base_read_kind;

/* What stat says of a file or directory: when it is the same on lookup, the
 * content is taken to be the same without reading it (git's index does the
 * same). Only recorded when the file's mtime and ctime are over 2 seconds
 * older than the read: a change within the file system's timestamp
 * granularity could otherwise leave it equal. valid = 0: always re-digest. */
typedef struct base_file_sig {
  uint64_t valid, dev, ino, size;
  int64_t mtime_s, mtime_ns, ctime_s, ctime_ns;
} base_file_sig;

typedef struct base_read_entry {
  base_read_kind kind;
  char *path; /* malloc'd */
  uint64_t max;
  uint8_t digest[32];
  base_file_sig sig;
} base_read_entry;

typedef struct base_read_log {
  base_read_entry *e; /* malloc'd, in first-read order, each (kind, path) once */
  size_t n, cap;
} base_read_log;

/* The digest the log gives a read: of its bytes (buf), or of its failure
 * (buf NULL: the reason why and errno). */
void base_read_digest(const char *buf, size_t len, const char *why, int err, uint8_t out[32]);

/* base_read_file(path, CLI_SIZE_UNKNOWN, ...) without logging, and the
 * file's signature as fstat saw it before the read (invalid when it could
 * not be read or changed too recently to be told apart from a change to
 * come): while stat gives path that signature, the bytes are those read. */
char *base_read_file_signed(const char *path, uint64_t max, size_t *len, const char **why,
                            base_file_sig *sig);
/* The signature of what stat gave (no racy check, as base_file_sig_now). */
struct stat;
base_file_sig base_file_sig_of_stat(const struct stat *st);
/* The same with base_file_sig_racy's check: invalid when what stat gave
 * changed within the last two seconds. */
base_file_sig base_file_sig_of_stat_racy(const struct stat *st);
/* What stat says of path now (valid = 0: it cannot be stat'ed); no racy check. */
base_file_sig base_file_sig_now(const char *path);

/* path's signature now, or an invalid one when it changed within the last
 * two seconds (a change to come could leave it equal). */
base_file_sig base_file_sig_racy(const char *path);

/* A directory's entries but . and .., sorted by name, each with its d_type
 * (DT_UNKNOWN on file systems that do not say); err = errno when it cannot
 * be listed. Ownership: the caller frees with base_dir_entries_free. */
typedef struct base_dir_entry {
  char *name;
  unsigned char type;
} base_dir_entry;
typedef struct base_dir_entries {
  base_dir_entry *v;
  size_t n;
  int err;
} base_dir_entries;
void base_dir_list(const char *dir, base_dir_entries *out);
void base_dir_entries_free(base_dir_entries *e);
/* The digest the read log gives a listing (base_read_log_dir). */
void base_dir_digest(const base_dir_entries *e, uint8_t out[32]);

/* This thread records into l (emptied first) until base_read_log_end. */
void base_read_log_begin(base_read_log *l);
void base_read_log_end(void);
/* Whether this thread records (between base_read_log_begin and _end). */
bool base_read_log_recording(void);
void base_read_log_clear(base_read_log *l); /* empties it, keeps its room */
void base_read_log_free(base_read_log *l);

/* A read made without base_read_file (base_read_file_at): what it gave
 * (buf, or NULL and the reason why). No-op unless this thread records. */
void base_read_log_note(const char *path, uint64_t max, const char *buf, size_t len,
                        const char *why, int err);
/* A read whose digest (base_read_digest) and signature are known already:
 * the bytes were read earlier in the scan and are unchanged since
 * (base_file_table). No-op unless this thread records. */
void base_read_log_note_known(const char *path, uint64_t max, const uint8_t digest[32],
                              const base_file_sig *sig);
/* A listing of dir whose digest (base_dir_digest) and signature are known
 * already (base_file_table_list). No-op unless this thread records. */
void base_read_log_dir_known(const char *dir, const uint8_t digest[32], const base_file_sig *sig);
/* Logs the listing of dir / realpath and content of path, looked at now. No-op
 * unless this thread records. */
void base_read_log_dir(const char *dir);
void base_read_log_probe(const char *path, uint64_t max);
/* Whether e still holds: stat gives its signature, or the file, listing or
 * probe looked at again gives the same digest. */
bool base_read_entry_current(const base_read_entry *e);

#endif
