/* terraform.h — Terraform modules as Vigil units: the public face of
 * iac/terraform/ (everything else there is internal to the room).
 *
 * A directory of .tf / .tf.json files is a module. iac_tf_load_module parses
 * it, evaluates it the way `terraform plan` would before talking to a provider
 * (variables, locals, templates, functions, count/for_each, dynamic blocks,
 * local child modules) and exposes one iac_resource per resource instance:
 *   format TERRAFORM, kind "resource" or "data", type "aws_ecr_repository",
 *   name "module.app.aws_ecr_repository.this[\"billing\"]" (the Checkov-style
 *   address), file/line/col = the resource block in the file it is written in,
 *   body = the evaluated arguments as a map in source order; nested blocks are
 *   lists of maps under the block type (as in `terraform show -json`); meta-
 *   arguments (count, for_each, provider, depends_on, lifecycle, provisioner,
 *   connection) are left out; a null argument is absent (missing).
 * Values Terraform would only know at apply time are DOC_UNKNOWN with a reason.
 * What kind of unknown it is lives in the node's flags, never in the text:
 * DOC_F_REF for a resource attribute not set in the configuration (reason
 * "ref:ADDRESS.attr", ADDRESS = the referenced instance's iac_resource.name,
 * e.g. "aws_ecr_repository.foo"; "ref:data.TYPE.NAME.attr" for data sources),
 * DOC_F_EVAL_ERROR when Terraform itself would reject the expression (reason
 * "error: ..."); other reasons read "var.NAME has no value", "unsupported
 * function NAME", ... docs/terraform.md has more.
 *
 * Ownership: the returned unit owns everything (free it with iac_unit_free);
 * the strings returned by the accessors below live in the unit. */
#ifndef VIGIL_IAC_TERRAFORM_H
#define VIGIL_IAC_TERRAFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "iac.h"

/* A parse cache: each Terraform file parsed once per scan, whatever number of
 * root modules read it and on whatever thread (keyed by normalised path, the
 * SHA-256 of the bytes read and the parse limits; files are still read on
 * every use, so an edited file is parsed again). Released trees stay cached
 * while the cache holds at most `budget` bytes of them (0 = the default).
 * Thread-safe. Free it after every unit loaded with it was released. */
typedef struct iac_tf_cache iac_tf_cache;
#define IAC_TF_CACHE_DEFAULT_BUDGET ((size_t)8 << 20)
iac_tf_cache *iac_tf_cache_new(size_t budget);
void iac_tf_cache_free(iac_tf_cache *c);
/* The file table the cache reads and lists through (base/filetab.h): a
 * caller that listed a directory already gives it the listing
 * (base_file_table_put_list), and root finding and the loads take it. */
struct base_file_table *iac_tf_cache_files(iac_tf_cache *c);
/* Parses done and parses saved so far. */
void iac_tf_cache_stats(iac_tf_cache *c, size_t *hits, size_t *misses);

/* Runs fn(fn_ctx, j) for j in [0, n_jobs), in any order and on any threads,
 * and returns when all are done (the scan engine's worker pool). */
typedef void (*iac_tf_job_fn)(void *fn_ctx, size_t job);
typedef struct iac_tf_runner {
  void (*run)(void *run_ctx, size_t n_jobs, iac_tf_job_fn fn, void *fn_ctx);
  void *run_ctx;
} iac_tf_runner;

typedef struct iac_tf_options {
  const char *const *var_files; /* --var-file, applied in order (later wins) */
  size_t n_var_files;
  const char *const *vars; /* --var "NAME=VALUE", applied last */
  size_t n_vars;
  const iac_limits *lim; /* NULL = defaults */
  iac_tf_cache *cache;   /* parsed files shared with other loads (NULL: none) */
} iac_tf_options;

/* Load the module in `dir` whose .tf/.tf.json files are `files` (paths as the
 * walker gives them; used in locations). terraform.tfvars and *.auto.tfvars
 * are read from dir; local child modules are read from disk. A syntax error
 * in a file is reported as that file's located error ("... ; the module is
 * evaluated without this file") and the rest is still evaluated. Never NULL;
 * opt may be NULL. unit->format = IAC_FMT_TERRAFORM. */
iac_unit *iac_tf_load_module(const char *dir, const char *const *files, size_t n_files,
                             const iac_tf_options *opt);

/* is_root[i] = false when dirs[i] is called as a local module (source "./x",
 * "../x") by a module in another of the dirs: it is evaluated through its
 * callers, with their arguments. Everything else is a root. cost (NULL: not
 * wanted) gets, for each root, the bytes of the .tf/.tf.json files of the
 * directories its module tree holds among dirs (0 for the others): what
 * loading it will parse and evaluate, for scheduling. Files are parsed
 * through cache (NULL: a cache of the call's own), on runner's threads
 * (NULL: this thread); the cache is told how often the roots will read each
 * file, and keeps a tree until its last reader is done. */
void iac_tf_find_roots(const char *const *dirs, size_t n, bool *is_root, uint64_t *cost,
                       iac_tf_cache *cache, const iac_tf_runner *runner);

/* Root finding begun before the directory list is complete: a walker
 * announces each directory that has .tf files as it finds it
 * (iac_tf_roots_pre_dir), and the directory is listed and its files read
 * (what iac_tf_find_roots does first) by jobs handed to q while the walk goes
 * on; iac_tf_find_roots_pre then takes what those jobs did instead of doing
 * it again, and does the rest as iac_tf_find_roots: the same answer, the
 * same reads. The jobs are (task, file) pairs for iac_tf_roots_pre_run;
 * q->add is called from any thread, the announcing one and the jobs'. Every
 * job must have run before iac_tf_find_roots_pre (the caller drains q).
 * pre borrows cache (the plan's parse cache) and the announced strings. */
typedef struct iac_tf_queue {
  void (*add)(void *ctx, void *task, size_t file);
  void *ctx;
} iac_tf_queue;
typedef struct iac_tf_roots_pre iac_tf_roots_pre;
iac_tf_roots_pre *iac_tf_roots_pre_new(iac_tf_cache *cache, const iac_tf_queue *q);
/* dir: as it will be in iac_tf_find_roots_pre's dirs (the same string). */
void iac_tf_roots_pre_dir(iac_tf_roots_pre *pre, const char *dir);
void iac_tf_roots_pre_run(void *task, size_t file);
iac_tf_cache *iac_tf_roots_pre_cache(const iac_tf_roots_pre *pre);
void iac_tf_roots_pre_free(iac_tf_roots_pre *pre);
/* iac_tf_find_roots after pre's jobs (pre NULL: iac_tf_find_roots itself). */
void iac_tf_find_roots_pre(iac_tf_roots_pre *pre, const char *const *dirs, size_t n, bool *is_root,
                           uint64_t *cost, iac_tf_cache *cache, const iac_tf_runner *runner);

/* Gives the parsed trees a unit holds back to its cache (opt->cache): after
 * this only iac_unit_free may touch the unit. A no-op for other units. */
void iac_tf_unit_release(iac_unit *u);

/* True for units made by iac_tf_load_module (the accessors below need one). */
bool iac_tf_is_module_unit(const iac_unit *u);

/* Every file the unit read: its .tf/.tf.json files, tfvars files and the
 * files of the local child modules it evaluated (in read order, no duplicates). */
const char *const *iac_tf_unit_files(const iac_unit *u, size_t *n);

/* True when the unit parsed path (one of its files, as its resources name
 * it) from bytes that hold no suppression directive
 * (iac_text_may_hold_directive): the suppression pass need not read it again
 * to find none. False for any other path or unit. */
bool iac_tf_unit_file_quiet(const iac_unit *u, const char *path);

/* Module calls that were not scanned: registry/git/http sources with no
 * .terraform/modules/modules.json entry, or local sources that do not exist. */
typedef struct iac_tf_skipped {
  const char *address; /* "module.vpc" (with the caller's prefix) */
  const char *source;  /* as written */
  const char *reason;  /* "remote module not downloaded (run terraform init)", ... */
  const char *file;
  uint32_t line, col;
} iac_tf_skipped;

const iac_tf_skipped *iac_tf_unit_skipped(const iac_unit *u, size_t *n);

#endif
