/* plan.c — the unit plan (plan.h): documents one by one, Terraform by root
 * module, over the public calls of terraform.h. */
#include "plan.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "hash.h"
#include "path.h"
#include "terraform.h"

/* A planned Terraform file -> its index, by lexically normalised path. */
typedef struct plan_key {
  const char *key;
  size_t idx;
} plan_key;

/* A Terraform root module's unit: its directory is its first file's, and
 * the open paths of its files follow its pub.files in the plan's arena
 * (module_paths). Documents have none: a unit is its first file's index
 * and a bit (iac_plan_unit_get makes the rest), 8 bytes, not 48 (4 MB at
 * 100k files, 84k units). */
typedef struct plan_unit {
  iac_plan_unit pub;
} plan_unit;

/* The open paths of a Terraform unit's files (n_files + 1, NULL last). */
static const char *const *module_paths(const plan_unit *u) {
  return (const char *const *)(u->pub.files + u->pub.n_files);
}

/* read marks, per file */
enum { READ = 1, BAD = 2 };

struct iac_plan {
  base_arena arena;   /* units' file lists, keys, "NAME=VALUE" strings */
  iac_plan_files src; /* the caller's files, read through src.at */
  size_t n_files;
  iac_plan_options opt;
  const char **vars; /* "NAME=VALUE", as iac_tf_load_module wants them */
  /* unit k: its first file (a document's one file: its files point here),
   * in order; bit k of is_module says it is a Terraform root module, in
   * modules (sorted by first, as the units are) */
  size_t *unit_first;
  unsigned char *is_module;
  size_t n_units;
  plan_unit *modules;
  size_t n_modules;
  plan_key *keys;
  size_t n_keys;
  atomic_uchar *read;
  iac_tf_cache *cache; /* every Terraform file parsed once (terraform.h) */
  bool borrowed_cache; /* opt.roots_pre's or opt.cache */
};

/* Module sources like "../modules/x" make paths like "a/./b//../c". */
static char *norm_path(base_arena *a, const char *p) {
  return base_path_normalise(a, p, true);
}

static int cmp_key(const void *a, const void *b) {
  return strcmp(((const plan_key *)a)->key, ((const plan_key *)b)->key);
}

/* Index of the planned Terraform file at a loader path, or (size_t)-1. */
static size_t lookup(const iac_plan *p, const char *path, base_arena *scratch) {
  if (!p->n_keys || !path) return (size_t)-1;
  plan_key k = {norm_path(scratch, path), 0};
  const plan_key *hit = bsearch(&k, p->keys, p->n_keys, sizeof k, cmp_key);
  return hit ? hit->idx : (size_t)-1;
}

/* Planned file i, as the caller's view has it. */
static inline iac_plan_file file_at(const iac_plan *p, size_t i) {
  return p->src.at(p->src.ctx, i);
}

/* .tfvars files are applied by modules, never modules themselves. */
static bool is_module_file(const iac_plan_file *f) {
  return f->kind == IAC_PLAN_TERRAFORM && !strstr(f->rel, ".tfvars");
}

/* A module unit for directory d (its first file's): its .tf/.tf.json files
 * from `first` on. */
static plan_unit *add_module(iac_plan *p, size_t first, size_t count, const size_t *dir_of,
                             size_t d) {
  plan_unit *u = &p->modules[p->n_modules++];
  memset(u, 0, sizeof *u);
  u->pub.first = first;
  u->pub.terraform = true;
  /* the indices, then the paths (module_paths) */
  _Static_assert(sizeof(size_t) == sizeof(const char *), "paths follow the indices");
  size_t *files = base_arena_alloc(&p->arena, (2 * count + 1) * sizeof *files);
  const char **paths = (const char **)(files + count);
  for (size_t i = first; i < p->n_files && u->pub.n_files < count; i++) {
    if (dir_of[i] != d) continue; /* (size_t)-1 for a file not of a module */
    paths[u->pub.n_files] = file_at(p, i).path;
    files[u->pub.n_files++] = i;
  }
  paths[u->pub.n_files] = NULL;
  u->pub.files = files;
  /* a module's report name is its directory */
  const char *rel = file_at(p, first).rel, *slash = strrchr(rel, '/');
  u->pub.name = slash ? base_arena_strndup(&p->arena, rel, (size_t)(slash - rel)) : ".";
  return u;
}

/* Groups the module files by directory (in file order) and adds a unit per
 * root module directory. */
static void plan_modules(iac_plan *p, size_t n_tf) {
  const char **dirs = base_xcalloc(n_tf, sizeof *dirs);
  size_t *first = base_xcalloc(n_tf, sizeof *first);
  size_t *count = base_xcalloc(n_tf, sizeof *count);
  size_t *dir_of = base_xcalloc(p->n_files + 1, sizeof *dir_of);
  size_t n_dirs = 0;
  /* directory -> its index + 1, open-addressed (a scan over every earlier
   * directory was quadratic: 10k directories at 100k files) */
  size_t n_slots = 16;
  while (n_slots < 2 * n_tf)
    n_slots *= 2;
  size_t *slot = base_xcalloc(n_slots, sizeof *slot);
  for (size_t i = 0; i < p->n_files; i++) {
    dir_of[i] = (size_t)-1;
    iac_plan_file fi = file_at(p, i);
    const iac_plan_file *f = &fi;
    if (!is_module_file(f)) continue;
    /* the walker keeps a directory's files together and shares one dir
     * string per directory: the last directory, by pointer, nearly always */
    size_t d;
    if (n_dirs && dirs[n_dirs - 1] == f->dir) {
      d = n_dirs - 1;
    } else {
      size_t h = (size_t)base_fnv1a_str(f->dir) & (n_slots - 1);
      while (slot[h] && strcmp(dirs[slot[h] - 1], f->dir) != 0)
        h = (h + 1) & (n_slots - 1);
      if (!slot[h]) {
        dirs[n_dirs] = f->dir;
        first[n_dirs] = i;
        slot[h] = ++n_dirs;
      }
      d = slot[h] - 1;
    }
    count[d]++;
    dir_of[i] = d;
  }
  free(slot);
  p->modules = base_xcalloc(n_dirs + 1, sizeof *p->modules);
  bool *is_root = base_xcalloc(n_dirs + 1, sizeof *is_root);
  uint64_t *cost = base_xcalloc(n_dirs + 1, sizeof *cost);
  if (n_dirs && p->opt.find_roots)
    p->opt.find_roots(p->opt.find_roots_ctx, dirs, n_dirs, is_root, cost, p->cache, p->opt.runner);
  else if (n_dirs)
    iac_tf_find_roots_pre(p->opt.roots_pre, dirs, n_dirs, is_root, cost, p->cache, p->opt.runner);
  for (size_t d = 0; d < n_dirs; d++)
    if (is_root[d]) add_module(p, first[d], count[d], dir_of, d)->pub.cost = cost[d];
  free(is_root);
  free(cost);
  free(dirs);
  free(first);
  free(count);
  free(dir_of);
}

/* Every Terraform file (tfvars too) and every file the caller skipped, by
 * normalised path, for the lookups. */
static void index_terraform(iac_plan *p) {
  size_t n = 0;
  for (size_t i = 0; i < p->n_files; i++) {
    iac_plan_input kind = file_at(p, i).kind;
    n += kind == IAC_PLAN_TERRAFORM || kind == IAC_PLAN_IGNORE;
  }
  p->keys = base_xcalloc(n + 1, sizeof *p->keys);
  /* a path that is normal already (nearly all: the walker joins names to a
   * scan path) is its own key; only the others are copied (at 100k files the
   * copies were 4 MB) */
  base_arena scratch;
  base_arena_init(&scratch);
  for (size_t i = 0; i < p->n_files; i++) {
    iac_plan_file f = file_at(p, i);
    if (f.kind != IAC_PLAN_TERRAFORM && f.kind != IAC_PLAN_IGNORE) continue;
    const char *path = f.path, *norm = norm_path(&scratch, path);
    p->keys[p->n_keys++] =
        (plan_key){strcmp(norm, path) ? base_arena_strdup(&p->arena, norm) : path, i};
    base_arena_reset(&scratch);
  }
  base_arena_free(&scratch);
  qsort(p->keys, p->n_keys, sizeof *p->keys, cmp_key);
  p->vars = base_arena_alloc(&p->arena, (p->opt.n_vars + 1) * sizeof *p->vars);
  for (size_t i = 0; i < p->opt.n_vars; i++)
    p->vars[i] = base_arena_printf(&p->arena, "%s=%s", p->opt.vars[i].name, p->opt.vars[i].value);
}

/* Units run in the order of their first file (the order results leave in):
 * the documents' first files (unit_first[0..n_docs), in file order) and the
 * modules' (in file order too: a directory's first file) merged, from the
 * end, into unit_first, grown to hold both. */
static void order_units(iac_plan *p, size_t n_docs) {
  size_t n = n_docs + p->n_modules;
  p->unit_first = base_xrealloc(p->unit_first, (n + 1) * sizeof *p->unit_first);
  p->is_module = base_xcalloc(n / 8 + 1, 1);
  size_t d = n_docs, m = p->n_modules, k = n;
  while (k--) {
    if (m && (!d || p->modules[m - 1].pub.first > p->unit_first[d - 1])) {
      p->unit_first[k] = p->modules[--m].pub.first;
      p->is_module[k / 8] |= (unsigned char)(1u << (k % 8));
    } else {
      p->unit_first[k] = p->unit_first[--d];
    }
  }
  p->n_units = n;
}

/* Unit k's module, or NULL for a document. */
static const plan_unit *module_of(const iac_plan *p, size_t k) {
  if (!(p->is_module[k / 8] >> (k % 8) & 1)) return NULL;
  size_t lo = 0, hi = p->n_modules, first = p->unit_first[k];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->modules[mid].pub.first < first)
      lo = mid + 1;
    else
      hi = mid;
  }
  return &p->modules[lo];
}

static iac_plan_file array_at(const void *ctx, size_t i) {
  return ((const iac_plan_file *)ctx)[i];
}

iac_plan *iac_plan_new(const iac_plan_file *files, size_t n, const iac_plan_options *opt) {
  return iac_plan_new_view(&(iac_plan_files){array_at, files, n}, opt);
}

iac_plan *iac_plan_new_view(const iac_plan_files *files, const iac_plan_options *opt) {
  iac_plan *p = base_xcalloc(1, sizeof *p);
  static const iac_plan_options defaults;
  base_arena_init(&p->arena);
  p->src = *files;
  size_t n = p->n_files = files->n;
  p->opt = opt ? *opt : defaults;
  /* a unit per document (counted first: no slot per file) */
  size_t n_docs = 0, n_tf = 0;
  for (size_t i = 0; i < n; i++)
    n_docs += file_at(p, i).kind == IAC_PLAN_DOC;
  p->unit_first = base_xcalloc(n_docs + 1, sizeof *p->unit_first);
  p->read = base_xcalloc(n + 1, sizeof *p->read);
  for (size_t i = 0, d = 0; i < n; i++) {
    iac_plan_input kind = file_at(p, i).kind;
    if (kind == IAC_PLAN_DOC) p->unit_first[d++] = i;
    n_tf += kind == IAC_PLAN_TERRAFORM;
  }
  if (n_tf) {
    p->borrowed_cache = p->opt.roots_pre || p->opt.cache;
    p->cache = p->opt.roots_pre ? iac_tf_roots_pre_cache(p->opt.roots_pre)
               : p->opt.cache   ? p->opt.cache
                                : iac_tf_cache_new(0);
    index_terraform(p);
    plan_modules(p, n_tf);
  }
  order_units(p, n_docs);
  return p;
}

void iac_plan_free(iac_plan *p) {
  if (!p) return;
  free(p->unit_first);
  free(p->is_module);
  free(p->modules);
  free(p->keys);
  free(p->read);
  if (!p->borrowed_cache) iac_tf_cache_free(p->cache);
  base_arena_free(&p->arena);
  free(p);
}

size_t iac_plan_count(const iac_plan *p) {
  return p->n_units;
}

iac_plan_unit iac_plan_unit_get(const iac_plan *p, size_t k) {
  const plan_unit *m = module_of(p, k);
  if (m) return m->pub;
  size_t first = p->unit_first[k];
  return (iac_plan_unit){
      .first = first, .n_files = 1, .files = &p->unit_first[k], .name = file_at(p, first).rel};
}

/* Module calls the module could not follow: located warnings of the unit. */
static void warn_skipped_calls(iac_unit *u) {
  size_t n = 0;
  const iac_tf_skipped *sk = iac_tf_unit_skipped(u, &n);
  for (size_t i = 0; i < n; i++) {
    iac_unit_warning(u, sk[i].line, sk[i].col, "%s not scanned: %s (source \"%s\")", sk[i].address,
                     sk[i].reason, sk[i].source)
        ->file = sk[i].file;
  }
}

/* A file the caller skipped (a FIFO or socket in a called module's directory,
 * a file too large) is accounted for once, by that skip and its reason: the
 * module loader's file-level error about the same file ("cannot read: not a
 * regular file") goes. Errors located inside a file stay. */
static void drop_skipped_file_errors(const iac_plan *p, iac_unit *u) {
  base_arena scratch;
  base_arena_init(&scratch);
  size_t kept = 0;
  for (size_t i = 0; i < u->n_errors; i++) {
    const iac_error *e = &u->errors[i];
    size_t idx =
        e->severity == IAC_SEV_ERROR && e->line == 0 ? lookup(p, e->file, &scratch) : (size_t)-1;
    if (idx == (size_t)-1 || file_at(p, idx).kind != IAC_PLAN_IGNORE) u->errors[kept++] = *e;
  }
  u->n_errors = kept;
  base_arena_free(&scratch);
}

iac_unit *iac_plan_load(const iac_plan *p, size_t k, char *text, size_t len) {
  const plan_unit *pu = module_of(p, k);
  if (!pu) {
    iac_plan_file f = file_at(p, p->unit_first[k]);
    iac_load_source src = {f.path, f.root_real};
    return iac_load_owned_from(f.rel, text, len, p->opt.lim, &src);
  }
  free(text);
  iac_tf_options to = {p->opt.var_files, p->opt.n_var_files, p->vars,
                       p->opt.n_vars,    p->opt.lim,         p->cache};
  iac_unit *u =
      iac_tf_load_module(file_at(p, pu->pub.first).dir, module_paths(pu), pu->pub.n_files, &to);
  drop_skipped_file_errors(p, u);
  if (iac_tf_is_module_unit(u)) warn_skipped_calls(u);
  return u;
}

void iac_plan_unit_free(const iac_plan *p, iac_unit *u) {
  (void)p; /* the unit knows its cache */
  iac_tf_unit_release(u);
  iac_unit_free(u);
}

const char *iac_plan_report_path(const iac_plan *p, const char *path, base_arena *scratch) {
  if (!path) return NULL;
  size_t i = lookup(p, path, scratch);
  return i != (size_t)-1 ? file_at(p, i).rel : norm_path(scratch, path);
}

static void mark(iac_plan *p, size_t idx, unsigned char how) {
  if (idx != (size_t)-1) atomic_fetch_or_explicit(&p->read[idx], how, memory_order_relaxed);
}

void iac_plan_unit_done(iac_plan *p, const iac_unit *u, base_arena *scratch) {
  if (!iac_tf_is_module_unit(u)) return;
  /* which planned files the module read (its own, tfvars, local child modules) */
  size_t nf = 0;
  const char *const *files = iac_tf_unit_files(u, &nf);
  for (size_t i = 0; i < nf; i++)
    mark(p, lookup(p, files[i], scratch), READ);
  /* a file with a located error could not be parsed (the module went on without it) */
  for (size_t i = 0; i < u->n_errors; i++)
    if (u->errors[i].severity != IAC_SEV_WARNING) /* a warning: read all the same */
      mark(p, lookup(p, u->errors[i].file, scratch), BAD);
}

size_t iac_plan_unit_marks(const iac_unit *u, base_arena *scratch, const char ***paths,
                           bool **bad) {
  *paths = NULL;
  *bad = NULL;
  if (!iac_tf_is_module_unit(u)) return 0;
  size_t nf = 0, n = 0;
  const char *const *files = iac_tf_unit_files(u, &nf);
  *paths = base_arena_alloc(scratch, (nf + u->n_errors + 1) * sizeof **paths);
  *bad = base_arena_alloc(scratch, nf + u->n_errors + 1);
  for (size_t i = 0; i < nf; i++)
    (*paths)[n] = files[i], (*bad)[n++] = false;
  for (size_t i = 0; i < u->n_errors; i++)
    if (u->errors[i].severity != IAC_SEV_WARNING && u->errors[i].file)
      (*paths)[n] = u->errors[i].file, (*bad)[n++] = true;
  return n;
}

void iac_plan_mark(iac_plan *p, const char *path, bool bad, base_arena *scratch) {
  mark(p, lookup(p, path, scratch), bad ? BAD : READ);
}

iac_plan_status iac_plan_file_status(const iac_plan *p, size_t i, const char **reason) {
  *reason = NULL;
  iac_plan_file f = file_at(p, i);
  if (f.kind != IAC_PLAN_TERRAFORM) return IAC_PLAN_OWN_UNIT;
  unsigned char r = atomic_load_explicit(&p->read[i], memory_order_relaxed);
  if (r & BAD) return IAC_PLAN_FAILED;
  if (r) return IAC_PLAN_SCANNED;
  *reason = strstr(f.rel, ".tfvars") ? "tfvars not applied" : "module not called";
  return IAC_PLAN_SKIPPED;
}
