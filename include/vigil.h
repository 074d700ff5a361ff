/* vigil.h — libvigil, the embedding API: load a verified rule pack, scan a
 * directory tree or a document held in memory, read the results.
 *
 *   char err[256];
 *   vigil_pack *p = vigil_pack_load_file("org.vgp", "sha256:...", err, sizeof err);
 *   vigil_results *rs = vigil_scan_path(p, "infra", NULL, err, sizeof err);
 *   for (size_t i = 0; i < vigil_results_count(rs); i++) {
 *     const vigil_result *r = vigil_results_get(rs, i);
 *     printf("%s %s %s:%u:%u %s\n", r->status, r->rule, r->file, r->line, r->column, r->message);
 *   }
 *   vigil_results_free(rs);
 *   vigil_pack_free(p);
 *
 * Link with `pkg-config --libs vigil` (libvigil.so or libvigil.a). The shared
 * library's SONAME is libvigil.so.0 (bumped when this ABI breaks) and it exports
 * only the vigil_* functions declared here, under the symbol version VIGIL_0.
 *
 * What a scan applies, and what it does not: in-source suppressions
 * (`# vigil:ignore RULE reason`, `#checkov:skip=ID:reason`, CloudFormation
 * Metadata waivers; docs/ci.md) are applied as `vigil scan` applies them,
 * unless vigil_scan_options.no_inline_suppressions is set: a waived result has
 * status "suppressed" and does not count as a failure. Nothing else of the
 * command line is: no .vigil.yaml is read (no enable/disable, severity
 * overrides, exclude, config suppressions, packs or sources), no baseline,
 * no --fail-on or --unknown gate. An embedder wanting those passes them itself
 * (the pack it loads, the results it keeps); so vigil_results_exit_status
 * agrees with `vigil scan --no-config` with the same pack, not necessarily
 * with a `vigil scan` that reads a .vigil.yaml.
 *
 * Handles are opaque. A pack is immutable once loaded and may be shared by any
 * number of threads scanning at the same time; a results set belongs to the
 * caller and every string it hands out lives until vigil_results_free.
 * Every function is safe to call with NULL handles (they return 0/NULL). */
#ifndef VIGIL_H
#define VIGIL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define VIGIL_VERSION "0.1.0"

typedef struct vigil_pack vigil_pack;
typedef struct vigil_results vigil_results;

/* One (rule, resource) evaluation. Strings are never NULL. */
typedef struct vigil_result {
  const char *rule;     /* "AWS_ECR_IMMUTABLE_TAGS" */
  const char *status;   /* "pass", "fail", "unknown", "suppressed", "error" */
  const char *severity; /* "critical", "high", "medium", "low", "info" */
  const char *file;     /* relative to the scanned directory, '/' separators */
  uint32_t line, column;
  const char *resource; /* "AWS::ECR::Repository.Repo" */
  const char *message;  /* "" for passes */
} vigil_result;

/* A file that could not be parsed, or another located input error. */
typedef struct vigil_error {
  const char *file;
  uint32_t line, column;
  const char *message;
} vigil_error;

/* Zero-initialise and set what you need: every 0/NULL field is the default,
 * the same as `vigil scan` without that flag. */
typedef struct vigil_scan_options {
  int threads;            /* 0 = one per online core */
  uint64_t max_file_size; /* bytes; 0 = default (64 MiB) */
  /* Terraform input variables, "NAME=VALUE" (--var), applied after the
   * .tfvars files of tf_var_files (--var-file), which every root module reads. */
  const char *const *tf_vars;
  size_t n_tf_vars;
  const char *const *tf_var_files;
  size_t n_tf_var_files;
  /* Limits (see docs/reliability.md); a file that hits one is a located error
   * "limit exceeded: ...", a rule that runs out of steps an "error" result. */
  uint32_t max_depth;           /* collection / HCL nesting; 0 = 512 */
  uint64_t max_alias_expansion; /* YAML alias nodes per file; 0 = 1,000,000 */
  uint32_t max_template_depth;  /* HCL ${ } / %{ } nesting; 0 = 64 */
  uint64_t max_steps;           /* VM instructions per (rule, resource); 0 = 10,000,000 */
  /* 0 (default): in-source suppressions apply, as in `vigil scan`; non-zero:
   * ignore them (--no-inline-suppressions). With NULL options they apply. */
  int no_inline_suppressions;
} vigil_scan_options;

const char *vigil_version(void);

/* Loads and verifies a pack (.vgp). expected_digest ("sha256:<hex>") may be
 * NULL; when given, a pack with another digest is refused. On failure returns
 * NULL with a one-line reason in err (err may be NULL). */
vigil_pack *vigil_pack_load_file(const char *path, const char *expected_digest, char *err,
                                 size_t errlen);
vigil_pack *vigil_pack_load_memory(const void *buf, size_t len, const char *expected_digest,
                                   char *err, size_t errlen);
/* Compiles rule source text (the Vigil rule language; `use` resolves against
 * the built-in stdlib). Diagnostics go into err (first one). */
vigil_pack *vigil_pack_compile(const char *name, const char *source, size_t len, char *err,
                               size_t errlen);
/* The built-in standard library rules, compiled from the embedded sources. */
vigil_pack *vigil_pack_stdlib(char *err, size_t errlen);
const char *vigil_pack_digest(const vigil_pack *p); /* "sha256:<64 hex>" */
size_t vigil_pack_rule_count(const vigil_pack *p);
void vigil_pack_free(vigil_pack *p);

/* Scans a file or directory (opts may be NULL). NULL with err when the path
 * does not exist or a tf_vars entry is not NAME=VALUE; unparsable files are
 * results-level errors, not failures. */
vigil_results *vigil_scan_path(const vigil_pack *p, const char *path,
                               const vigil_scan_options *opts, char *err, size_t errlen);
/* Scans one document in memory; name is its file name, used in results and to
 * pick the loader (Dockerfile names; JSON by extension; the content decides the
 * format). Terraform needs a directory: a .tf name is reported as skipped.
 * NULL for bad arguments (no pack or name, a NULL buf with a length, a tf_vars
 * entry that is not NAME=VALUE). */
vigil_results *vigil_scan_buffer(const vigil_pack *p, const char *name, const void *buf, size_t len,
                                 const vigil_scan_options *opts);

size_t vigil_results_count(const vigil_results *rs);
const vigil_result *vigil_results_get(const vigil_results *rs, size_t i); /* NULL if out of range */
size_t vigil_results_error_count(const vigil_results *rs);
const vigil_error *vigil_results_error(const vigil_results *rs, size_t i);
/* Summary counts of the scan. */
size_t vigil_results_files(const vigil_results *rs);
size_t vigil_results_failures(const vigil_results *rs);
/* 0 no failures, 1 failures (suppressed results are not) or unparsable files:
 * what `vigil scan --no-config` exits with on the same pack and path. */
int vigil_results_exit_status(const vigil_results *rs);
void vigil_results_free(vigil_results *rs);

#ifdef __cplusplus
}
#endif

#endif
