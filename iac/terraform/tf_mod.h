/* tf_mod.h — the Terraform module loader's shared state, inside
 * iac/terraform/ only. The loader is three files, each with one job:
 *   tf_mod_config.c  reading and parsing files, a module's declarations
 *                    (with override files and duplicate checks), tfvars
 *   tf_mod_eval.c    module instances: variables, locals, resource bodies,
 *                    count/for_each; the reference resolvers of tf_refs
 *   tf_mod_calls.c   module calls and outputs, emission, the terraform.h API
 *                    and root finding
 *   tf_mod_provider.c  provider blocks: provider resources, default_tags
 * Evaluation is lazy and memoised: a variable, local, resource or module
 * instance is evaluated the first time something needs it (a state flag turns
 * dependency cycles into errors instead of recursion). Resources are then
 * emitted in declaration order, module by module. */
#ifndef VIGIL_IAC_TF_MOD_H
#define VIGIL_IAC_TF_MOD_H

#include <cjson/cJSON.h>
#include <string.h>

#include "tf_int.h"
#include "tf_parse_cache.h"

enum { TF_MAX_MODULE_DEPTH = 32 };

typedef struct tf_unit {
  iac_unit base; /* first: iac_unit_free frees the whole struct */
  const char **files;
  size_t n_files, cap_files;
  /* the files parsed from bytes without a suppression directive
   * (iac_tf_unit_file_quiet) */
  const char **quiet;
  size_t n_quiet, cap_quiet;
  iac_tf_skipped *skipped;
  size_t n_skipped, cap_skipped;
  /* parsed trees the unit's nodes point into (tf_parse_cache.h): held from
   * the parse to iac_tf_unit_release */
  iac_tf_cache *cache;
  tf_cache_ent **held;
  size_t n_held, cap_held;
} tf_unit;

typedef struct tf_tfvar {
  const hcl_attr *attr;
  uint16_t tag;
} tf_tfvar;

typedef struct tf_cfg_cache {
  const char *dir;
  tf_config *cfg;
} tf_cfg_cache;

typedef struct tf_real_dir {
  const char *dir, *real; /* real NULL: does not resolve */
} tf_real_dir;

typedef struct tf_load {
  tf_eval ev;
  tf_unit *tu;
  tf_tfvar *tfvars; /* precedence order: later wins */
  uint32_t n_tfvars, cap_tfvars;
  tf_cfg_cache *cfgs;
  uint32_t n_cfgs, cap_cfgs;
  tf_real_dir *reals; /* realpath memo (tf_mod_calls.c) when there is no parse cache */
  uint32_t n_reals, cap_reals;
  cJSON *modules_json;
  const iac_limits *lim; /* NULL = defaults */
  size_t max_file;
} tf_load;

static inline tf_load *iac_tf_load_of(tf_scope *s) {
  return (tf_load *)s->ev; /* ev is the first member of tf_load */
}

/* Arena arrays that double (arena memory is never freed one by one). */
#define GROW(a, arr, n, cap)                                                                       \
  do {                                                                                             \
    if ((n) == (cap)) {                                                                            \
      size_t ncap_ = (cap) ? (cap)*2 : 8;                                                          \
      void *nv_ = base_arena_alloc((a), ncap_ * sizeof *(arr));                                    \
      if (n) memcpy(nv_, (arr), (n) * sizeof *(arr));                                              \
      (arr) = nv_;                                                                                 \
      (cap) = ncap_;                                                                               \
    }                                                                                              \
  } while (0)

typedef struct tf_expansion {
  uint8_t mode; /* 0 single, 1 count, 2 for_each, 3 unknown count/for_each */
  uint32_t n;
  const doc_node **keys, **vals;
  const doc_node *unknown;
} tf_expansion;

/* tf_mod_config.c */
/* Whether s (n bytes) ends with suf (m bytes). */
static inline bool iac_tf_ends_with_n(const char *s, size_t n, const char *suf, size_t m) {
  return n >= m && !memcmp(s + n - m, suf, m);
}
/* The same for NUL-terminated strings (suf's length folds for a literal). */
static inline bool iac_tf_ends_with(const char *s, const char *suf) {
  return iac_tf_ends_with_n(s, strlen(s), suf, strlen(suf));
}
char *iac_tf_file_in(base_arena *a, const char *dir, const char *name);
/* The whole file into the arena; NULL with *err = why. */
char *iac_tf_read_text(base_arena *a, const char *path, size_t max, size_t *len, const char **err);
/* dir's listing, through this thread's file table (iac_tf_listing_scope)
 * when it has one, else listed now into *own; logged either way. The caller
 * frees with base_dir_entries_free(&own->e) (zeroed when unused). */
const base_dir_entries *iac_tf_listing(const char *dir, base_dir_seen *own);
/* The names of listing e ending in suf1 or suf2 (not hidden), sorted. */
const char **iac_tf_listed(base_arena *a, const base_dir_entries *e, const char *suf1,
                           const char *suf2, size_t *n);
/* Whether path is a regular file (stat(2) follows links), where name is the
 * entry of listing e that path is (is_entry) or lies under: a name the
 * listing lacks is absent and a regular entry is one, without a system call
 * (the listing is the scan's, checked against the directory's stat); anything
 * else is stat'ed. */
bool iac_tf_listed_file(const base_dir_entries *e, const char *name, bool is_entry,
                        const char *path);
/* dir's file names ending in suf1 or suf2, sorted. */
const char **iac_tf_list_dir(base_arena *a, const char *dir, const char *suf1, const char *suf2,
                             size_t *n);
/* The file table iac_tf_list_dir lists through on this thread (NULL: none,
 * list every time) until the next call; returns the one before, to be put
 * back when the load is done. */
base_file_table *iac_tf_listing_scope(base_file_table *t);
void iac_tf_file_error(tf_load *L, const char *file, uint32_t line, uint32_t col, const char *fmt,
                       ...) __attribute__((format(printf, 5, 6)));
/* A located warning, unless the same one is already recorded there. */
void iac_tf_file_warning_once(tf_load *L, const char *file, uint32_t line, uint32_t col,
                              const char *fmt, ...) __attribute__((format(printf, 5, 6)));
tf_config *iac_tf_load_config(tf_load *L, const char *dir, const char *const *files, size_t n);
void iac_tf_load_tfvars(tf_load *L, const char *path);

/* tf_mod_eval.c */
tf_mod *iac_tf_new_mod(tf_load *L, tf_config *cfg, tf_mod *parent, const char *prefix,
                       const tf_decl *call);
tf_scope iac_tf_mod_scope(tf_load *L, tf_mod *m, uint16_t tag);
tf_expansion iac_tf_expand(tf_scope *s, const hcl_body *b);
const char *iac_tf_key_suffix(base_arena *a, const doc_node *k); /* "[0]" / "[\"k\"]" */
tf_res_state *iac_tf_expand_res(tf_load *L, tf_mod *m, uint32_t i);
const doc_node *iac_tf_ref_var(tf_scope *s, const hcl_expr *at, const char *name);
const doc_node *iac_tf_ref_local(tf_scope *s, const hcl_expr *at, const char *name);
const doc_node *iac_tf_ref_resource(tf_scope *s, const hcl_expr *root, const char *type,
                                    const char *name, bool data);

/* The body of a resource-like block (meta-arguments left out). */
const doc_node *iac_tf_build_body(tf_scope *s, const hcl_body *b);

/* tf_mod_provider.c: provider blocks */
/* Emit a kind "provider" resource per provider block of module instance m. */
void iac_tf_emit_providers(tf_load *L, tf_mod *m);
/* Body of an instance of aws_* resource d with `tags_all` added: the
 * governing provider configuration's default_tags.tags merged with the
 * resource's tags (s: the instance's scope). */
const doc_node *iac_tf_default_tags(tf_load *L, tf_mod *m, const tf_decl *d, tf_scope *s,
                                    const doc_node *body);

/* tf_mod_calls.c */
const doc_node *iac_tf_ref_module(tf_scope *s, const hcl_expr *at, const char *name);

#endif
