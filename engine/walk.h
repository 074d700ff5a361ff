/* walk.h — the file walker: turns scan paths into an ordered list of input
 * files, each classified once.
 *
 * Every regular file found is listed exactly once: as a candidate for a loader
 * (YAML/JSON, Terraform, Dockerfile) or as skipped with a reason ("excluded",
 * "too large", "unreadable", "not IaC", "symlink loop", "outside the scan
 * root", "system directory", ...). Binary content is only
 * detected when the scan engine reads the file. Regular files are not stat'ed
 * when readdir's d_type says what they are: a YAML/JSON or Dockerfile candidate
 * found that way has size ENGINE_SIZE_REGULAR (readfile.h), and base_read_file
 * finds its size, and whether it is "too large", when it reads it. Each scan
 * path's files are listed in byte order of their relative paths (a directory's
 * entries are sorted with directories as "name/"), so the list is the same on
 * every run and is the order results stream in; .git,
 * node_modules and .terraform are not entered (they are not inputs). Symlinks
 * are followed only where they resolve (realpath) inside the scan root they
 * were found under; the others are skipped as "outside the scan root" (a
 * repository must not make a CI scan read the runner's files). With
 * follow_symlinks they are followed anywhere but /proc, /sys and /dev. Either
 * way a directory already visited (same st_dev/st_ino) is never entered
 * twice, so symlink loops terminate. A scan path named on the command line
 * is the user's choice and is followed wherever it leads.
 *
 * Directories are opened relative to their parent (openat) and read with
 * getdents64, so the kernel resolves one name per directory, not the path.
 *
 * Paths: `path` is what to open (the scan path joined with the relative part);
 * `rel` is what reports show: relative to the scan path when a single directory
 * is scanned, otherwise the path as given (normalised), always with '/'.
 *
 * Ownership: everything lives in walk->arena; engine_walk_free releases it. */
#ifndef VIGIL_CLI_WALK_H
#define VIGIL_CLI_WALK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "readfile.h"

typedef enum engine_file_kind {
  ENGINE_FILE_SKIP = 0,  /* not scanned: see skip_reason */
  ENGINE_FILE_DOC,       /* .yaml .yml .json .template: iac_load_buffer */
  ENGINE_FILE_TERRAFORM, /* .tf .tf.json .tfvars .tfvars.json: grouped per directory */
  ENGINE_FILE_DOCKERFILE /* Dockerfile, Dockerfile.*, *.dockerfile (any case) */
} engine_file_kind;

typedef struct engine_walk_file {
  const char *path; /* to open */
  const char *rel;  /* to report */
  const char *dir;  /* directory part of path ("." for none): groups Terraform modules */
  uint64_t size;    /* bytes, or ENGINE_SIZE_REGULAR: not stat'ed (see above) */
  /* one or the other (a record per file: 48 bytes, not 64) */
  union {
    /* not ENGINE_FILE_SKIP: the scan path it was found under, resolved
     * (realpath; the file itself for a file named as a scan path; NULL when
     * it cannot be resolved): a loader that follows a file's references (CI
     * scripts) reads only inside it */
    const char *root_real;
    const char *skip_reason; /* ENGINE_FILE_SKIP only */
  };
  /* where in path its last component starts (engine_walk_file_name), 0 for a
   * file named as a scan path: an offset, not a pointer (8 bytes a file) */
  uint32_t name_at;
  uint8_t kind; /* engine_file_kind */
} engine_walk_file;

/* The last component of f's path, to open relative to an open `dir`
 * (readfile.h); NULL for a file named as a scan path. */
static inline const char *engine_walk_file_name(const engine_walk_file *f) {
  return f->name_at ? f->path + f->name_at : NULL;
}

/* A directory's entries as getdents gave them ("." and ".." left out, in the
 * walk's order: byte order, a directory's name with '/' after it), and what
 * stat said of the directory before they were read. */
typedef struct engine_walk_name {
  const char *name;
  unsigned char type; /* d_type */
} engine_walk_name;

typedef struct engine_walk_listing {
  const char *path; /* as opened */
  /* valid only when the directory's mtime and ctime were over 2 s old: the
   * listing then holds while stat says the same (an entry added, removed or
   * renamed changes both; git's untracked cache relies on the same) */
  base_file_sig sig;
  const engine_walk_name *names;
  size_t n;
} engine_walk_listing;

/* Optional exclusion hook (config globs): true = skip the file or directory
 * (rel, '/'-separated) with reason "excluded". Called from the walking thread. */
typedef bool (*engine_walk_exclude_fn)(void *ctx, const char *rel, bool is_dir);

typedef struct engine_walk_options {
  uint64_t max_file_size; /* 0 = IAC_DEFAULT_MAX_FILE_SIZE */
  engine_walk_exclude_fn exclude;
  void *exclude_ctx;
  /* false: a symlink that resolves outside its scan root is skipped as
   * "outside the scan root"; true: followed, except into /proc, /sys and
   * /dev ("system directory") */
  bool follow_symlinks;
  /* Optional selection (`scan --changed-since`): when set, only the files it
   * keeps (path as opened) are listed, skipped ones included; the others are
   * left out silently and counted in n_left_out. */
  bool (*keep)(void *ctx, const char *path);
  void *keep_ctx;
  /* keep what stat said of every file and directory the walk stat'ed
   * (walk->stats): an incremental scan takes them as looked at (cache.h) */
  bool keep_stats;
  /* Optional (incremental scans, cache.h): a listing of path an earlier walk
   * kept, or NULL. When its sig is valid and what stat says of the
   * directory now, its entries are walked without reading the directory,
   * and stat'ed by their paths below the scan root, relative to the root
   * (opened once per root), not from the working directory.
   * Called from the walking thread; what it returns outlives the walk. */
  const engine_walk_listing *(*listed)(void *ctx, const char *path);
  void *listed_ctx;
  /* Optional: called with a directory's `dir` string (engine_walk_file.dir,
   * the same pointer) when the walk lists its first Terraform module file
   * (ENGINE_FILE_TERRAFORM, ".tfvars" nowhere in its rel: what the unit
   * plan groups into modules), once per directory, on the walking thread
   * (the scan starts root finding there while the walk goes on). */
  void (*tf_dir)(void *ctx, const char *dir);
  void *tf_dir_ctx;
  /* Optional: a directory read now (not taken from `listed`) that holds a
   * Terraform module file (a name ending in .tf or .tf.json, not starting
   * with a dot: what root finding lists a directory for), its path as
   * opened (`dir` of its files), its entries as readdir gives them, sorted
   * by strcmp (the callee takes e: base_dir_entries_free), and what stat
   * said of it before it was read. Called on the walking thread, before
   * tf_dir: the scan's file table keeps the listing, and root finding does
   * not list the directory again. */
  void (*tf_listing)(void *ctx, const char *dir, base_dir_entries *e, const struct stat *st);
  /* Optional: a Terraform file (ENGINE_FILE_TERRAFORM) and what stat said of
   * it (the walk stats them to weigh their modules), its path as opened;
   * on the walking thread, before tf_dir: the scan's file table reads it
   * with that size and signature, without an fstat of its own. */
  void (*tf_file)(void *ctx, const char *path, const struct stat *st);
  void *tf_seen_ctx; /* of tf_listing and tf_file */
} engine_walk_options;

/* A file or directory the walk stat'ed (following symlinks), as it was then. */
typedef struct engine_walk_stat {
  const char *path; /* as opened (engine_walk_file.path; a directory's likewise) */
  base_file_sig sig;
} engine_walk_stat;

typedef struct engine_walk {
  base_arena arena;
  engine_walk_file *files; /* in walk order */
  size_t n_files, cap;
  /* a scan path that does not exist is a usage error: its message (arena-owned) */
  const char *error;
  size_t n_left_out;       /* files the keep hook left out */
  engine_walk_stat *stats; /* keep_stats: malloc'd, in walk order */
  size_t n_stats, cap_stats;
  /* keep_stats: every directory walked and its entries, in walk order
   * (malloc'd; names in the arena, or the `listed` hook's) */
  engine_walk_listing *listings;
  size_t n_listings, cap_listings;
  size_t n_listed; /* of them, taken from the `listed` hook */
} engine_walk;

/* Walks paths (n >= 1). Returns 0, or -1 when a scan path does not exist
 * (walk->error says which); the walk is then still valid and must be freed. */
int engine_walk_paths(engine_walk *w, const char *const *paths, size_t n,
                      const engine_walk_options *o);
void engine_walk_free(engine_walk *w);

/* Classification by file name alone (exposed for tests and the library API). */
engine_file_kind engine_walk_classify(const char *name);

#endif
