/* plan.h — the unit plan: which units a list of input files makes, and
 * loading them.
 *
 * A caller that found files (the scan engine's walker) says what each one is;
 * the plan decides the units: every YAML/JSON/Dockerfile file is a unit of its
 * own; Terraform files are grouped by directory, and each root module
 * directory (one no other planned directory calls as a local module) is one
 * unit reading its .tf/.tf.json files (tfvars files are not units: a module
 * reads the ones it applies). Units come in the order of their first file.
 *
 * After the units ran, every Terraform file has a fate: scanned (some module
 * read it), failed (it did not parse) or skipped with a reason ("tfvars not
 * applied", "module not called"). A module's findings name files by the
 * loader's paths; iac_plan_report_path turns them back into the caller's
 * report names.
 *
 * Terraform files are parsed once per plan: root finding and every module
 * load share the plan's parse cache (terraform.h, iac_tf_cache), so a child
 * module called by many roots is parsed once, not once per caller.
 *
 * Threads: after iac_plan_new everything is read-only except the read marks
 * iac_plan_unit_done sets (atomically) and the parse cache (thread-safe), so
 * units may be loaded and finished on several threads at once;
 * iac_plan_file_status is for after they all finished.
 *
 * Ownership: the plan borrows the files (and their strings) and the options' arrays
 * (they must outlive it); everything else is its own (iac_plan_free). */
#ifndef VIGIL_IAC_PLAN_H
#define VIGIL_IAC_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "iac.h"
#include "terraform.h"

typedef enum iac_plan_input {
  IAC_PLAN_IGNORE = 0, /* not planned (the caller skipped it) */
  IAC_PLAN_DOC,        /* YAML/JSON/Dockerfile: a unit of its own (iac_load_owned) */
  IAC_PLAN_TERRAFORM   /* .tf, .tf.json, .tfvars, .tfvars.json */
} iac_plan_input;

typedef struct iac_plan_file {
  const char *path; /* to open */
  const char *rel;  /* to report */
  const char *dir;  /* directory part of path: groups Terraform modules (one
                       shared string per directory is compared by pointer first) */
  iac_plan_input kind;
  const char *root_real; /* the resolved scan root it was found under, or NULL:
                            a document's unit gets it with path (iac_load_source) */
} iac_plan_file;

typedef struct iac_plan_var {
  const char *name, *value; /* a Terraform input variable (--var NAME=VALUE) */
} iac_plan_var;

typedef struct iac_plan_options {
  const char *const *var_files; /* .tfvars applied to every root module, in order */
  size_t n_var_files;
  const iac_plan_var *vars; /* applied after the var files */
  size_t n_vars;
  const iac_limits *lim; /* resolved limits (no 0 fields); NULL = defaults */
  /* the threads planning may use (root finding parses files): NULL = the
   * calling thread only */
  const iac_tf_runner *runner;
  /* Decides which Terraform directories are roots (and their costs) instead
   * of iac_tf_find_roots (same contract, same cache and runner passed on);
   * NULL = iac_tf_find_roots. The scan engine's cache keeps the answer
   * (engine/cache.h). */
  void (*find_roots)(void *ctx, const char *const *dirs, size_t n, bool *is_root, uint64_t *cost,
                     iac_tf_cache *cache, const iac_tf_runner *runner);
  void *find_roots_ctx;
  /* Root finding the caller began during its walk (terraform.h; NULL:
   * none): the plan parses through its cache (which it borrows) and takes
   * what its jobs did. Not with find_roots. */
  iac_tf_roots_pre *roots_pre;
  /* The parse cache to read through when there is no roots_pre (NULL: the
   * plan's own), borrowed: the caller's walk put its listings in its file
   * table (iac_tf_cache_files). */
  iac_tf_cache *cache;
} iac_plan_options;

typedef struct iac_plan_unit {
  size_t first;        /* index of its first file */
  size_t n_files;      /* 1 for a document; a root module's own .tf/.tf.json files */
  const size_t *files; /* their indices, in file order */
  const char *name;    /* report name: the file's rel; a module's directory ("." at the top) */
  bool terraform;      /* a Terraform root module: its diagnostics and findings name
                          files by loader paths (iac_plan_report_path maps them) */
  uint64_t cost;       /* scheduling hint: a root module's bytes of .tf/.tf.json
                          in its module tree (terraform.h); 0 for a document */
} iac_plan_unit;

typedef struct iac_plan iac_plan;

/* The planned files where the caller keeps them: file i (< n) is at(ctx, i),
 * the same on every call. The plan reads them through `at` for as long as it
 * lives, on any thread, instead of keeping a copy of the list (at 100k files
 * the copy was 4 MB). */
typedef struct iac_plan_files {
  iac_plan_file (*at)(const void *ctx, size_t i);
  const void *ctx;
  size_t n;
} iac_plan_files;

/* Plans the units of files[0..n) (the array must outlive the plan). Never NULL. */
iac_plan *iac_plan_new(const iac_plan_file *files, size_t n, const iac_plan_options *opt);
/* Plans the units of the files a view shows (copied; its ctx must outlive
 * the plan). Never NULL. */
iac_plan *iac_plan_new_view(const iac_plan_files *files, const iac_plan_options *opt);
void iac_plan_free(iac_plan *p);

size_t iac_plan_count(const iac_plan *p);
/* Unit k (< iac_plan_count), made from what the plan keeps (a document's is
 * its file's index: 8 bytes a unit); its files and name live as long as the
 * plan. */
iac_plan_unit iac_plan_unit_get(const iac_plan *p, size_t k);

/* Loads unit k. A document takes `text` (its file's bytes, read by the caller
 * under its own limits: malloc'd, text[len] == 0, owned by the unit from here
 * on) and is named by its rel; a Terraform module is read from disk (text
 * NULL) and carries, besides the loader's diagnostics, one located warning per
 * module call it could not follow ("module.x not scanned: REASON (source
 * \"S\")"). Never NULL; free with iac_unit_free. */
iac_unit *iac_plan_load(const iac_plan *p, size_t k, char *text, size_t len);

/* Frees a unit iac_plan_load made (p may be NULL: iac_unit_free), giving the
 * parsed files it held back to the plan's parse cache. */
void iac_plan_unit_free(const iac_plan *p, iac_unit *u);

/* The report name of a loader path: the rel of the planned file it is, else
 * the path lexically normalised (a module outside the planned files), in
 * scratch. NULL stays NULL. Read-only: any thread. */
const char *iac_plan_report_path(const iac_plan *p, const char *path, base_arena *scratch);

/* Records which planned files a loaded Terraform unit read and which of them
 * did not parse (a no-op for other units); scratch is for the lookups. Any
 * thread, concurrently. */
void iac_plan_unit_done(iac_plan *p, const iac_unit *u, base_arena *scratch);

/* The marks iac_plan_unit_done makes for u (the loader paths it read, and
 * whether each did not parse), in scratch: a cached unit replays them with
 * iac_plan_mark instead of loading again (engine/cache.h). 0 for a document. */
size_t iac_plan_unit_marks(const iac_unit *u, base_arena *scratch, const char ***paths, bool **bad);
void iac_plan_mark(iac_plan *p, const char *path, bool bad, base_arena *scratch);

typedef enum iac_plan_status {
  IAC_PLAN_OWN_UNIT = 0, /* a document or an ignored file: its unit (or caller) accounts for it */
  IAC_PLAN_SCANNED,      /* a Terraform file some module read */
  IAC_PLAN_FAILED,       /* a Terraform file that did not parse */
  IAC_PLAN_SKIPPED       /* a Terraform file no module read: *reason says why */
} iac_plan_status;

/* The fate of file i once every unit is done. */
iac_plan_status iac_plan_file_status(const iac_plan *p, size_t i, const char **reason);

#endif
