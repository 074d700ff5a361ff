/* tf_mod_calls.c — local and downloaded child modules, module outputs, the
 * emission of resources, the terraform.h API and root finding (see tf_mod.h). */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "lock.h"
#include "hash.h"
#include "path.h"
#include "readfile.h"
#include "tf_mod.h"
#include "trace.h"

/* "./x", "../x": a module Terraform reads from disk instead of downloading */
static bool is_local_source(const char *s) {
  return !strncmp(s, "./", 2) || !strncmp(s, "../", 3) || !strcmp(s, ".") || !strcmp(s, "..");
}

/* A tf unit's docs point here: how iac_tf_is_module_unit recognises one. */
static const doc_node *tf_unit_marker[1];

/* ---- module calls ---------------------------------------------------------------------- */

static const char *call_key(const tf_mod *m, const char *name, base_arena *a) {
  /* modules.json keys: call names from the root joined with "." */
  if (!m || !m->call) return name;
  return base_arena_printf(a, "%s.%s", call_key(m->parent, m->call->name, a), name);
}

static const char *remote_dir(tf_load *L, const char *key) {
  if (!L->modules_json) return NULL;
  cJSON *mods = cJSON_GetObjectItemCaseSensitive(L->modules_json, "Modules");
  cJSON *it;
  cJSON_ArrayForEach(it, mods) {
    cJSON *k = cJSON_GetObjectItemCaseSensitive(it, "Key");
    cJSON *dir = cJSON_GetObjectItemCaseSensitive(it, "Dir");
    if (cJSON_IsString(k) && cJSON_IsString(dir) && !strcmp(k->valuestring, key))
      return base_path_join(L->ev.a, L->ev.root_dir, dir->valuestring);
  }
  return NULL;
}

static void skip_call(tf_load *L, tf_mod *m, const tf_decl *d, const char *source,
                      const char *reason) {
  tf_unit *tu = L->tu;
  GROW(L->ev.a, tu->skipped, tu->n_skipped, tu->cap_skipped);
  iac_tf_skipped *sk = &tu->skipped[tu->n_skipped++];
  sk->address = base_arena_printf(L->ev.a, "%smodule.%s", m->prefix, d->name);
  sk->source = source;
  sk->reason = reason;
  sk->file = L->ev.files[d->tag - 1];
  sk->line = d->blk->line;
  sk->col = d->blk->col;
}

static const doc_node *module_outputs(tf_load *L, tf_mod *child);

/* Module instances per root (docs/terraform.md): a module calling the next one
 * twice doubles them at each level. */
enum { TF_MAX_MODULE_INSTANCES = 10000 };

/* realpath(dir), remembered for the scan (the parse cache) or the load (NULL
 * when it cannot resolve): a call compares its directory with every
 * caller's, and roots call the same directories again and again. */
static const char *real_dir(tf_load *L, const char *dir) {
  if (L->tu->cache) return iac_tf_cache_realpath(L->tu->cache, dir); /* once per scan */
  for (uint32_t i = 0; i < L->n_reals; i++)
    if (!strcmp(L->reals[i].dir, dir)) return L->reals[i].real;
  char *r = realpath(dir, NULL);
  GROW(L->ev.a, L->reals, L->n_reals, L->cap_reals);
  L->reals[L->n_reals].dir = dir;
  L->reals[L->n_reals].real = r ? base_arena_strdup(L->ev.a, r) : NULL;
  free(r);
  return L->reals[L->n_reals++].real;
}

/* Whether a and b are the same directory: compared by realpath, so a symlink
 * to `.` is the module itself (path strings only when one cannot resolve). */
static bool same_dir(tf_load *L, const char *a, const char *real_b, const char *b) {
  if (!strcmp(a, b)) return true;
  if (!real_b) return false;
  const char *ra = real_dir(L, a);
  return ra && !strcmp(ra, real_b);
}

/* The configuration of dir when this load has read it already (NULL: not). */
static tf_config *loaded_config(tf_load *L, const char *dir) {
  for (uint32_t i = 0; i < L->n_cfgs; i++)
    if (!strcmp(L->cfgs[i].dir, dir)) return L->cfgs[i].cfg;
  return NULL;
}

/* The first call past the cap is reported; the others are left out silently
 * (a fan-out would list thousands). */
static void over_instances(tf_load *L, tf_mod *m, const tf_decl *d, const char *source) {
  if (L->ev.inst_reported) return;
  L->ev.inst_reported = true;
  skip_call(L, m, d, source,
            "more than 10000 module instances in this root; later calls past it are not scanned "
            "either");
}

static struct tf_call_state *expand_call(tf_load *L, tf_mod *m, uint32_t i) {
  struct tf_call_state *cs = &m->calls[i];
  if (cs->state != TF_TODO) return cs;
  cs->state = TF_BUSY;
  const tf_decl *d = &m->cfg->calls[i];
  base_arena *a = L->ev.a;
  tf_scope s = iac_tf_mod_scope(L, m, d->tag);
  const hcl_attr *src = iac_tf_attr(d->blk->body, "source");
  const doc_node *sv = src ? iac_tf_eval(&s, src->expr) : NULL;
  const char *source = sv && sv->kind == DOC_STRING ? sv->u.str : NULL;
  const char *dir = NULL;
  uint32_t depth = 0;
  for (tf_mod *p = m; p; p = p->parent)
    depth++;
  if (!source) {
    skip_call(L, m, d, "", "module source is not a literal string");
  } else if (is_local_source(source)) {
    dir = base_path_join(a, m->cfg->dir, source);
  } else {
    dir = remote_dir(L, call_key(m, d->name, a));
    if (!dir)
      skip_call(L, m, d, source, "remote module not downloaded (no .terraform/modules entry)");
  }
  size_t nf = 0;
  const char **names = NULL;
  tf_config *cfg = NULL;
  if (dir) {
    bool loop = false;
    const char *real = real_dir(L, dir);
    for (tf_mod *p = m; p && !loop; p = p->parent)
      loop = same_dir(L, p->cfg->dir, real, dir);
    if (loop || depth > TF_MAX_MODULE_DEPTH) {
      skip_call(L, m, d, source, "module calls itself (recursion)");
      dir = NULL;
    } else if (L->ev.n_module_inst >= TF_MAX_MODULE_INSTANCES) {
      over_instances(L, m, d, source);
      dir = NULL;
    } else if (!(cfg = loaded_config(L, dir))) { /* read once per load */
      names = iac_tf_list_dir(a, dir, ".tf", ".tf.json", &nf);
      if (!nf) {
        skip_call(L, m, d, source, "module directory not found or has no .tf files");
        dir = NULL;
      }
    }
  }
  if (!dir) {
    cs->skipped = true;
    cs->value = iac_tf_unknown(&s, d->blk->line, d->blk->col, "module.%s not scanned", d->name);
    cs->state = TF_DONE;
    return cs;
  }
  if (!cfg) {
    const char **paths = base_arena_alloc(a, nf * sizeof *paths);
    for (size_t k = 0; k < nf; k++)
      paths[k] = iac_tf_file_in(a, dir, names[k]);
    cfg = iac_tf_load_config(L, dir, paths, nf);
  }
  tf_expansion x = iac_tf_expand(&s, d->blk->body);
  if (x.n > TF_MAX_MODULE_INSTANCES - L->ev.n_module_inst) {
    over_instances(L, m, d, source);
    cs->skipped = true;
    cs->value = iac_tf_unknown(&s, d->blk->line, d->blk->col, "module.%s not scanned", d->name);
    cs->state = TF_DONE;
    return cs;
  }
  L->ev.n_module_inst += x.n;
  cs->mode = x.mode;
  cs->n = x.n;
  cs->inst = base_arena_calloc(a, (x.n ? x.n : 1) * sizeof *cs->inst);
  cs->keys = base_arena_calloc(a, (x.n ? x.n : 1) * sizeof *cs->keys);
  for (uint32_t k = 0; k < x.n; k++) {
    const doc_node *key = x.mode == 1 || x.mode == 2 ? x.keys[k] : NULL;
    const char *prefix =
        base_arena_printf(a, "%smodule.%s%s.", m->prefix, d->name, iac_tf_key_suffix(a, key));
    tf_mod *c = iac_tf_new_mod(L, cfg, m, prefix, d);
    if (x.mode == 1) c->count_index = x.keys[k];
    if (x.mode == 2) {
      c->each_key = x.keys[k];
      c->each_value = x.vals[k];
    }
    if (x.mode == 3) {
      if (iac_tf_attr(d->blk->body, "count"))
        c->count_index = x.unknown;
      else
        c->each_key = c->each_value = x.unknown;
    }
    cs->inst[k] = c;
    cs->keys[k] = key;
  }
  cs->state = TF_DONE;
  return cs;
}

static const doc_node *module_outputs(tf_load *L, tf_mod *c) {
  base_arena *a = L->ev.a;
  uint32_t n = c->cfg->n_outputs;
  doc_entry *es = base_arena_alloc(a, (n ? n : 1) * sizeof *es);
  for (uint32_t i = 0; i < n; i++) {
    const tf_decl *d = &c->cfg->outputs[i];
    tf_scope s = iac_tf_mod_scope(L, c, d->tag);
    if (c->out_state[i] == TF_TODO) {
      c->out_state[i] = TF_BUSY;
      const hcl_attr *v = iac_tf_attr(d->blk->body, "value");
      c->out_val[i] = v ? iac_tf_eval(&s, v->expr) : iac_tf_null(&s, d->blk->line, d->blk->col);
      c->out_state[i] = TF_DONE;
    } else if (c->out_state[i] == TF_BUSY) {
      c->out_val[i] =
          iac_tf_unknown(&s, d->blk->line, d->blk->col, "%soutput.%s (cycle)", c->prefix, d->name);
    }
    es[i].key = d->name;
    es[i].key_len = (uint32_t)strlen(d->name);
    es[i].line = d->blk->line;
    es[i].col = d->blk->col;
    es[i].val = (doc_node *)c->out_val[i];
  }
  tf_scope s = iac_tf_mod_scope(L, c, 0);
  return iac_tf_map_take(&s, es, n, 0, 0);
}

const doc_node *iac_tf_ref_module(tf_scope *s, const hcl_expr *at, const char *name) {
  tf_mod *m = s->m;
  tf_load *L = iac_tf_load_of(s);
  uint32_t i = iac_tf_find_decl(L->ev.a, m->cfg, TF_DECL_CALL, name);
  if (i != TF_INDEX_NONE) {
    if (m->calls[i].state == TF_BUSY)
      return iac_tf_unknown(s, at->line, at->col, "module.%s (cycle)", name);
    struct tf_call_state *cs = expand_call(L, m, i);
    if (cs->value) return cs->value;
    if (cs->mode == 0)
      cs->value = module_outputs(L, cs->inst[0]);
    else if (cs->mode == 3)
      cs->value = iac_tf_unknown(s, at->line, at->col, "module.%s instances unknown", name);
    else if (cs->mode == 1) {
      const doc_node **items = base_arena_alloc(L->ev.a, (cs->n ? cs->n : 1) * sizeof *items);
      for (uint32_t k = 0; k < cs->n; k++)
        items[k] = module_outputs(L, cs->inst[k]);
      cs->value = iac_tf_list_take(s, items, cs->n, at->line, at->col);
    } else {
      doc_entry *es = base_arena_alloc(L->ev.a, (cs->n ? cs->n : 1) * sizeof *es);
      for (uint32_t k = 0; k < cs->n; k++) {
        es[k].key = cs->keys[k]->u.str;
        es[k].key_len = cs->keys[k]->len;
        es[k].line = at->line;
        es[k].col = at->col;
        es[k].val = (doc_node *)module_outputs(L, cs->inst[k]);
      }
      cs->value = iac_tf_map_take(s, es, cs->n, at->line, at->col);
    }
    return cs->value;
  }
  return iac_tf_error(s, at->line, at->col, "undeclared module call module.%s", name);
}

/* ---- emission -------------------------------------------------------------------------- */

static void emit(tf_load *L, tf_mod *m) {
  iac_tf_emit_providers(L, m);
  for (uint32_t i = 0; i < m->cfg->n_res; i++) {
    const tf_decl *d = &m->cfg->res[i];
    tf_res_state *rs = iac_tf_expand_res(L, m, i);
    for (uint32_t k = 0; k < rs->n; k++) {
      iac_resource *r = iac_unit_add_resource(&L->tu->base);
      r->format = IAC_FMT_TERRAFORM;
      r->kind = d->data ? "data" : "resource";
      r->type = d->type;
      r->name = rs->inst[k].addr;
      r->file = L->ev.files[d->tag - 1];
      r->line = d->blk->line;
      r->col = d->blk->col;
      r->body = rs->inst[k].body;
      if (!d->data)
        iac_tf_extras(&L->ev, d->tag, d->blk->line,
                      d->blk->end_line ? d->blk->end_line : d->blk->line, d->type, rs->inst[k].addr,
                      rs->inst[k].body);
    }
  }
  for (uint32_t i = 0; i < m->cfg->n_calls; i++) {
    struct tf_call_state *cs = expand_call(L, m, i);
    for (uint32_t k = 0; !cs->skipped && k < cs->n; k++)
      emit(L, cs->inst[k]);
  }
}

static const char *ref_real_dir(tf_scope *s, const char *dir) {
  return real_dir(iac_tf_load_of(s), dir);
}

/* How expressions reach this module's declarations (tf_int.h). */
static const tf_refs MODULE_REFS = {iac_tf_ref_var, iac_tf_ref_local, iac_tf_ref_module,
                                    iac_tf_ref_resource, ref_real_dir};

/* ---- public API ------------------------------------------------------------------------- */

iac_unit *iac_tf_load_module(const char *dir, const char *const *files, size_t n_files,
                             const iac_tf_options *opt) {
  tf_unit *tu = base_xcalloc(1, sizeof *tu);
  iac_unit *u = &tu->base;
  base_arena_init(&u->arena);
  u->path = base_arena_strdup(&u->arena, dir ? dir : ".");
  u->format = IAC_FMT_TERRAFORM;
  u->docs = tf_unit_marker;
  u->n_docs = 0;

  tu->cache = opt ? opt->cache : NULL;
  /* module directories listed once per scan (the scan's file table) */
  base_file_table *listing = iac_tf_listing_scope(tu->cache ? iac_tf_cache_files(tu->cache) : NULL);

  tf_load L = {0};
  L.tu = tu;
  L.ev.u = u;
  L.ev.a = &u->arena;
  L.ev.opt = opt;
  L.ev.root_dir = u->path;
  L.ev.refs = &MODULE_REFS;
  const iac_limits *lim = opt ? opt->lim : NULL;
  L.lim = lim;
  L.max_file = lim && lim->max_file_size ? lim->max_file_size : IAC_DEFAULT_MAX_FILE_SIZE;
  L.ev.max_file = L.max_file;
  L.ev.max_bytes = lim && lim->max_eval_bytes ? lim->max_eval_bytes : IAC_DEFAULT_MAX_EVAL_BYTES;

  const char **paths = base_arena_alloc(&u->arena, (n_files ? n_files : 1) * sizeof *paths);
  for (size_t i = 0; i < n_files; i++)
    paths[i] = base_arena_strdup(&u->arena, files[i]);
  tf_config *cfg = iac_tf_load_config(&L, u->path, paths, n_files);

  /* variable values: terraform.tfvars, *.auto.tfvars (lexical), --var-file;
   * whether each is there, and .terraform, from the scan's listing of the
   * directory (logged: what it holds decides the results) */
  base_dir_seen own;
  const base_dir_entries *here = iac_tf_listing(u->path, &own);
  char *tfv = iac_tf_file_in(&u->arena, u->path, "terraform.tfvars");
  if (iac_tf_listed_file(here, "terraform.tfvars", true, tfv)) iac_tf_load_tfvars(&L, tfv);
  tfv = iac_tf_file_in(&u->arena, u->path, "terraform.tfvars.json");
  if (iac_tf_listed_file(here, "terraform.tfvars.json", true, tfv)) iac_tf_load_tfvars(&L, tfv);
  size_t na;
  const char **autos = iac_tf_listed(&u->arena, here, ".auto.tfvars", ".auto.tfvars.json", &na);
  for (size_t i = 0; i < na; i++)
    iac_tf_load_tfvars(&L, iac_tf_file_in(&u->arena, u->path, autos[i]));
  for (size_t i = 0; opt && i < opt->n_var_files; i++)
    iac_tf_load_tfvars(&L, base_arena_strdup(&u->arena, opt->var_files[i]));

  char *mj = iac_tf_file_in(&u->arena, u->path, ".terraform/modules/modules.json");
  size_t mlen;
  const char *err;
  base_read_log_probe(mj, L.max_file); /* its absence decides too (incremental scans) */
  char *mtext = iac_tf_listed_file(here, ".terraform", false, mj)
                    ? iac_tf_read_text(&u->arena, mj, L.max_file, &mlen, &err)
                    : NULL;
  if (mtext) L.modules_json = cJSON_ParseWithLength(mtext, mlen);
  base_dir_entries_free(&own.e);

  tf_mod *root = iac_tf_new_mod(&L, cfg, NULL, "", NULL);
  emit(&L, root);
  if (L.modules_json) cJSON_Delete(L.modules_json);
  iac_tf_listing_scope(listing);
  return u;
}

void iac_tf_unit_release(iac_unit *u) {
  if (!iac_tf_is_module_unit(u)) return;
  tf_unit *tu = (tf_unit *)u;
  for (size_t i = 0; i < tu->n_held; i++)
    iac_tf_cache_release(tu->cache, tu->held[i]);
  tu->n_held = 0;
}

bool iac_tf_is_module_unit(const iac_unit *u) {
  return u && u->docs == tf_unit_marker;
}

const char *const *iac_tf_unit_files(const iac_unit *u, size_t *n) {
  if (!iac_tf_is_module_unit(u)) {
    *n = 0;
    return NULL;
  }
  const tf_unit *tu = (const tf_unit *)u;
  *n = tu->n_files;
  return tu->files;
}

bool iac_tf_unit_file_quiet(const iac_unit *u, const char *path) {
  if (!iac_tf_is_module_unit(u)) return false;
  const tf_unit *tu = (const tf_unit *)u;
  for (size_t i = 0; i < tu->n_quiet; i++)
    if (tu->quiet[i] == path || !strcmp(tu->quiet[i], path)) return true;
  return false;
}

const iac_tf_skipped *iac_tf_unit_skipped(const iac_unit *u, size_t *n) {
  if (!iac_tf_is_module_unit(u)) {
    *n = 0;
    return NULL;
  }
  const tf_unit *tu = (const tf_unit *)u;
  *n = tu->n_skipped;
  return tu->skipped;
}

/* A call from one planned module directory to another. */
typedef struct root_edge {
  size_t from, to;
} root_edge;

typedef struct root_edges {
  root_edge *v;
  size_t n, cap;
} root_edges;

/* The source of a module block when it is a local path literal, else NULL. */
static const char *local_call_source(const hcl_block *blk) {
  if (strcmp(blk->type, "module")) return NULL;
  const hcl_attr *src_attr = iac_hcl_body_attr(blk->body, "source");
  if (!src_attr || src_attr->expr->kind != HX_LIT || src_attr->expr->lit->kind != DOC_STRING)
    return NULL;
  const char *source = src_attr->expr->lit->u.str;
  return is_local_source(source) ? source : NULL;
}

/* The planned directories by normalised path: a call's target is found by
 * hash, not compared with every directory (calls x directories strcmp was
 * 309,000 compares, 3.6% of a scan of the 10k repo's terraform/, and grows
 * with the square of the repository). Open addressing, linear probing, no
 * deletions: equal paths are met in the order they were added. */
typedef struct dir_index {
  size_t *slot; /* directory index + 1; 0: empty */
  size_t mask;
} dir_index;

static void dir_index_build(dir_index *x, base_arena *a, const char *const *norm, size_t n) {
  size_t cap = 16;
  while (cap < 2 * n)
    cap *= 2;
  x->slot = base_arena_calloc(a, cap * sizeof *x->slot);
  x->mask = cap - 1;
  for (size_t k = 0; k < n; k++) {
    size_t h = (size_t)base_fnv1a_str(norm[k]) & x->mask;
    while (x->slot[h])
      h = (h + 1) & x->mask;
    x->slot[h] = k + 1;
  }
}

/* A module call of dirs[i] with a local source: its target is not a root. */
static void mark_called(const char *source, base_arena *a, const char *const *norm,
                        const dir_index *x, size_t i, bool *is_root, root_edges *edges) {
  const char *target = base_path_join(a, norm[i], source);
  for (size_t h = (size_t)base_fnv1a_str(target) & x->mask; x->slot[h]; h = (h + 1) & x->mask) {
    size_t k = x->slot[h] - 1;
    if (k != i && !strcmp(norm[k], target)) {
      is_root[k] = false;
      GROW(a, edges->v, edges->n, edges->cap);
      edges->v[edges->n++] = (root_edge){i, k};
    }
  }
}

static int cmp_edge(const void *x, const void *y) {
  const root_edge *a = x, *b = y;
  return a->from < b->from ? -1 : a->from > b->from;
}

/* uses[d] = the roots whose module tree holds directory d (each root loads a
 * directory's configuration once, however often it calls it): the number of
 * times the units will read d's files. cost[r] of a root = the bytes of its
 * module tree's directories (dir_bytes). */
static void count_uses(base_arena *a, size_t n, const bool *is_root, root_edges *edges,
                       const uint64_t *dir_bytes, uint32_t *uses, uint64_t *cost) {
  if (edges->n > 1) qsort(edges->v, edges->n, sizeof *edges->v, cmp_edge);
  size_t *first =
      base_arena_alloc(a, (n + 1) * sizeof *first); /* edges of d: [first[d], first[d+1]) */
  for (size_t d = 0, e = 0; d <= n; d++) {
    while (e < edges->n && edges->v[e].from < d)
      e++;
    first[d] = e;
  }
  size_t *seen = base_arena_calloc(a, n * sizeof *seen); /* root number + 1 that reached it last */
  size_t *stack = base_arena_alloc(a, (n + 1) * sizeof *stack);
  for (size_t r = 0; r < n; r++) {
    if (!is_root[r]) continue;
    size_t top = 0;
    stack[top++] = r;
    seen[r] = r + 1;
    while (top) {
      size_t d = stack[--top];
      uses[d]++;
      cost[r] += dir_bytes[d];
      for (size_t e = first[d]; e < first[d + 1]; e++)
        if (seen[edges->v[e].to] != r + 1) {
          seen[edges->v[e].to] = r + 1;
          stack[top++] = edges->v[e].to;
        }
    }
  }
}

/* Bytes root finding read and did not parse, and the signature they were
 * read under (root_file.kept). */
typedef struct root_src {
  char *src;
  base_file_sig sig;
} root_src;

/* One file root finding reads: its module's index, path, and the local
 * module sources its parse gave (calls: n_calls NUL-terminated strings one
 * after the other, malloc'd; NULL: it calls no local module, or did not
 * parse). The tree itself is held for its units only while the trees held
 * stay under half the cache's budget (root_scan.trees_max, in file order;
 * with the sources kept, a quarter, that is less than the cache keeps of
 * trees while units run), else released as soon as the sources are copied:
 * holding every tree to the end of root finding was the scan's peak (52 MB
 * of trees at 100k files, 2,936 files that may call a module), and even
 * holding trees up to the whole cache's budget kept the peak 8 MB over
 * 64 MiB. The units parse the files whose trees were released again; on the
 * Terraform corpus those parses were 13% of a scan (66 files, 389 KB of the
 * 1.37 MB, the roots' main.tf files, the largest; their trees take ~3 MB). */
typedef struct root_file {
  size_t dir;
  size_t bytes;     /* read */
  const char *name; /* in its directory's listing; the path is made when
                       needed (root_path): 2.2 MB of paths at 100k files */
  char *calls;
  size_t n_calls;
  /* not parsed: its bytes and the signature they were read under, kept for
   * its first unit (malloc'd; NULL: not kept); apart, as few files have
   * them (a signature is 64 bytes, 1.5 MB of the array at 100k files) */
  root_src *kept;
  tf_cache_ent *tree; /* its parse, held for its units (NULL: released) */
} root_file;

typedef struct root_scan {
  root_file *files;
  iac_tf_cache *cache;
  bool keep;            /* the scan's cache: its units read what root finding did not parse */
  _Atomic size_t kept;  /* bytes of root_file.kept */
  size_t keep_max;      /* iac_tf_cache_source_budget */
  _Atomic size_t trees; /* bytes of the trees held (root_file.tree) */
  size_t trees_max;     /* half the cache's budget */
  const char *const *dirs;
  const char **norm;              /* dirs[i] lexically normalised */
  const base_dir_seen **listings; /* of dirs[i] */
  /* listings the table did not keep (malloc'd; NULL for the others: few
   * directories changed in the last two seconds, and a listing is 120
   * bytes, 1.2 MB for every directory at 100k files) */
  base_dir_seen **own;
} root_scan;

/* The path of file f, in a. */
static const char *root_path(const root_scan *rs, const root_file *f, base_arena *a) {
  return iac_tf_file_in(a, rs->norm[f->dir], f->name);
}

/* A job of the runner: list one directory (through the scan's file table:
 * the units find the listing there). */
static void root_dir_job(void *ctx, size_t i) {
  root_scan *rs = ctx;
  base_dir_seen mine;
  rs->listings[i] = base_file_table_list(iac_tf_cache_files(rs->cache), rs->dirs[i], &mine);
  if (rs->listings[i] == &mine) {
    rs->own[i] = base_xmalloc(sizeof mine);
    *rs->own[i] = mine;
    rs->listings[i] = rs->own[i];
  }
}

/* Where "module" is in src[0..len), or NULL: memchr (vectorised) for its
 * 'u', the rarest of its letters in Terraform text, then a compare around it
 * (memmem's general search was 1.8% of a corpus scan). */
static const char *find_module_word(const char *src, size_t len) {
  const char *end = src + len;
  for (const char *p = len >= 6 ? src + 3 : end; p + 3 <= end;) {
    const char *u = memchr(p, 'u', (size_t)(end - 3 - p) + 1);
    if (!u) return NULL;
    if (!memcmp(u - 3, "module", 6)) return u - 3;
    p = u + 1;
  }
  return NULL;
}

/* Whether the text can hold a module block whose source is a local path
 * literal ("./x", "../x", "." or ".."): it says "module", and a path like
 * that is in it as written, or behind an escape (HCL's unicode escape, JSON's
 * escaped slash) that could spell one. Most files
 * fail this (a module's variables and outputs), and are not parsed here.
 * After "module", one memchr pass over the dots finds ./ "." and "..", one
 * over the backslashes \u and \/ (five memmem calls over the whole text
 * before). */
static bool may_call_local(const char *src, size_t len) {
  if (!find_module_word(src, len)) return false;
  const char *end = src + len;
  /* each '.' (memchr: a few in a hundred bytes of Terraform) */
  for (const char *p = src; (p = memchr(p, '.', (size_t)(end - p))); p++) {
    if (p + 1 < end && p[1] == '/') return true; /* ./ */
    /* "." or "..": the quote before the first dot, the quote after the last */
    if (p > src && p[-1] == '"' && p + 1 < end &&
        (p[1] == '"' || (p + 2 < end && p[1] == '.' && p[2] == '"')))
      return true;
  }
  for (const char *p = src; (p = memchr(p, '\\', (size_t)(end - p))); p++)
    if (p + 1 < end && (p[1] == 'u' || p[1] == '/')) return true;
  return false;
}

/* The local module sources of a parse, copied into f->calls: the tree
 * need not outlive the job. */
static void keep_calls(root_file *f, const tf_parsed *parsed) {
  if (!parsed || !parsed->body) return;
  size_t bytes = 0;
  for (uint32_t b = 0; b < parsed->body->n_blocks; b++) {
    const char *src = local_call_source(&parsed->body->blocks[b]);
    if (src) bytes += strlen(src) + 1, f->n_calls++;
  }
  if (!f->n_calls) return;
  char *o = f->calls = base_xmalloc(bytes);
  for (uint32_t b = 0; b < parsed->body->n_blocks; b++) {
    const char *src = local_call_source(&parsed->body->blocks[b]);
    if (!src) continue;
    size_t len = strlen(src) + 1;
    memcpy(o, src, len);
    o += len;
  }
}

/* A job of the runner: read one file and parse it when it may call a module
 * (the parse gives its local module sources, keep_calls; the tree is not
 * kept, see root_file; the read is recorded in the scan's file table, hashed
 * only with --cache, see base_file_table_lazy). A file that cannot call a
 * module is neither hashed nor recorded: its first unit reads it anyway (no
 * tree of it exists), and that read is the one recorded. The other files are
 * left for the units to parse: parsing them here too would keep every tree
 * from root finding to its last unit (measured on the Terraform corpus:
 * +2.3 MB peak, +30% page faults, for 166 reads saved). */
/* Holds f's tree for its units while the trees held fit (see root_file),
 * else releases it (nobody expects it yet: the cache drops it). */
static void hold_tree(root_scan *rs, root_file *f, tf_cache_ent *held) {
  if (!held) return;
  size_t b = iac_tf_cache_ent_bytes(held);
  if (rs->keep && atomic_fetch_add(&rs->trees, b) + b <= rs->trees_max) {
    f->tree = held;
    return;
  }
  if (rs->keep) atomic_fetch_sub(&rs->trees, b);
  iac_tf_cache_release(rs->cache, held);
}

static void root_file_read(root_scan *rs, root_file *f, const char *path, base_arena *scratch) {
  base_file_table *files = iac_tf_cache_files(rs->cache);
  tf_source s = {0};
  base_file_sig sig;
  s.src = base_file_table_read_raw(files, path, IAC_DEFAULT_MAX_FILE_SIZE, &s.len, &s.err, &sig);
  if (!s.src) { /* recorded: an earlier read of it no longer holds */
    int err = errno;
    base_file_table_record(files, path, IAC_DEFAULT_MAX_FILE_SIZE, NULL, 0, s.err, err, &sig,
                           &s.seen);
    return;
  }
  f->bytes = s.len;
  if (!may_call_local(s.src, s.len)) {
    /* its first unit parses it: these bytes are kept for it (in file
     * order, while they fit the cache's room for sources) */
    if (rs->keep && sig.valid && atomic_fetch_add(&rs->kept, s.len) + s.len <= rs->keep_max) {
      f->kept = base_xmalloc(sizeof *f->kept);
      *f->kept = (root_src){s.src, sig};
      return;
    }
    if (rs->keep && sig.valid) atomic_fetch_sub(&rs->kept, s.len);
  } else {
    base_file_table_record(files, path, IAC_DEFAULT_MAX_FILE_SIZE, s.src, s.len, NULL, 0, &sig,
                           &s.seen);
    s.known = true;
    tf_cache_ent *held = NULL;
    const tf_parsed *parsed = iac_tf_cache_read(rs->cache, scratch, path, IAC_DEFAULT_MAX_FILE_SIZE,
                                                NULL, true, &s, &held);
    keep_calls(f, parsed);
    hold_tree(rs, f, held);
  }
  iac_tf_source_done(&s);
}

static void root_file_job(void *ctx, size_t j) {
  root_scan *rs = ctx;
  base_arena scratch; /* the path, and the cache key's normalised path */
  base_arena_init_sized(&scratch, 1024);
  root_file_read(rs, &rs->files[j], root_path(rs, &rs->files[j], &scratch), &scratch);
  base_arena_free(&scratch);
}

/* What iac_tf_list_dir gives the units, and so what root finding reads. */
static bool is_listed_tf(const char *name) {
  return name[0] != '.' && (iac_tf_ends_with(name, ".tf") || iac_tf_ends_with(name, ".tf.json"));
}

/* ---- root finding begun while the walk goes on (iac_tf_roots_pre) ---- */

/* One directory the walk announced: listed, then its files read by jobs of
 * their own (a directory of many files is not one long job). Malloc'd one
 * by one: jobs hold it while the directory list grows. */
typedef struct pre_dir {
  iac_tf_roots_pre *pre;
  const char *dir; /* the caller's string (find_roots' dirs[i], same pointer) */
  char *norm;      /* dir lexically normalised, as find_roots makes it */
  const base_dir_seen *listing;
  base_dir_seen *own; /* the listing when the table did not keep it (malloc'd) */
  root_file *files;   /* the listing's .tf/.tf.json files (calls and kept owned) */
  size_t n_files;
  bool taken; /* by find_roots (pre_take) */
} pre_dir;

struct iac_tf_roots_pre {
  root_scan rs; /* its cache, and the bytes kept (root_file.kept) */
  iac_tf_queue q;
  pthread_mutex_t lock; /* the list below */
  pre_dir **dirs;
  size_t n_dirs, cap_dirs;
};

iac_tf_roots_pre *iac_tf_roots_pre_new(iac_tf_cache *cache, const iac_tf_queue *q) {
  iac_tf_roots_pre *pre = base_xcalloc(1, sizeof *pre);
  pre->rs.cache = cache;
  pre->rs.keep = true;
  pre->rs.keep_max = iac_tf_cache_source_budget(cache);
  /* as iac_tf_find_roots_pre's own: without it every tree the stream
   * parsed was dropped and its units parsed it again (-j2 over the
   * Terraform corpus: 16% more instructions than -j1, all of it parsing) */
  pre->rs.trees_max = iac_tf_cache_budget(cache) / 2;
  pre->q = *q;
  base_lock_init_short(&pre->lock);
  return pre;
}

/* A job of the queue: list the directory (file SIZE_MAX) and queue its
 * files, or read one of them (file k). */
void iac_tf_roots_pre_run(void *task, size_t file) {
  pre_dir *d = task;
  iac_tf_roots_pre *pre = d->pre;
  if (file != SIZE_MAX) {
    root_file *f = &d->files[file];
    base_arena scratch;
    base_arena_init_sized(&scratch, 1024);
    root_file_read(&pre->rs, f, iac_tf_file_in(&scratch, d->norm, f->name), &scratch);
    base_arena_free(&scratch);
    return;
  }
  base_dir_seen mine;
  d->listing = base_file_table_list(iac_tf_cache_files(pre->rs.cache), d->dir, &mine);
  if (d->listing == &mine) {
    d->own = base_xmalloc(sizeof mine);
    *d->own = mine;
    d->listing = d->own;
  }
  const base_dir_entries *e = &d->listing->e;
  for (size_t k = 0; k < e->n; k++)
    d->n_files += is_listed_tf(e->v[k].name);
  d->files = base_xcalloc(d->n_files + 1, sizeof *d->files);
  size_t nf = 0;
  for (size_t k = 0; k < e->n; k++)
    if (is_listed_tf(e->v[k].name)) d->files[nf++] = (root_file){.name = e->v[k].name};
  /* the first file here, the others to whichever thread is free */
  for (size_t k = 1; k < nf; k++)
    pre->q.add(pre->q.ctx, d, k);
  if (nf) iac_tf_roots_pre_run(d, 0);
}

void iac_tf_roots_pre_dir(iac_tf_roots_pre *pre, const char *dir) {
  pre_dir *d = base_xcalloc(1, sizeof *d);
  d->pre = pre;
  d->dir = dir;
  base_arena a;
  base_arena_init_sized(&a, 256);
  const char *norm = base_path_join(&a, dir, ".");
  d->norm = base_xstrndup(norm, strlen(norm));
  base_arena_free(&a);
  pthread_mutex_lock(&pre->lock);
  pre->dirs = base_grow(pre->dirs, &pre->cap_dirs, pre->n_dirs + 1, sizeof *pre->dirs);
  pre->dirs[pre->n_dirs++] = d;
  pthread_mutex_unlock(&pre->lock);
  pre->q.add(pre->q.ctx, d, SIZE_MAX);
}

static void pre_dir_free(pre_dir *d) {
  for (size_t k = 0; k < d->n_files; k++) {
    free(d->files[k].calls);
    if (d->files[k].kept) free(d->files[k].kept->src);
    free(d->files[k].kept);
  }
  free(d->files);
  if (d->own) {
    base_dir_entries_free(&d->own->e);
    free(d->own);
  }
  free(d->norm);
  free(d);
}

void iac_tf_roots_pre_free(iac_tf_roots_pre *pre) {
  if (!pre) return;
  for (size_t i = 0; i < pre->n_dirs; i++)
    pre_dir_free(pre->dirs[i]);
  free(pre->dirs);
  pthread_mutex_destroy(&pre->lock);
  free(pre);
}

iac_tf_cache *iac_tf_roots_pre_cache(const iac_tf_roots_pre *pre) {
  return pre->rs.cache;
}

static int cmp_pre_dir(const void *a, const void *b) {
  return strcmp((*(pre_dir *const *)a)->dir, (*(pre_dir *const *)b)->dir);
}

/* The directory dir announced to pre (once: its files move to the caller),
 * or NULL. pre's list is sorted. */
static pre_dir *pre_take(iac_tf_roots_pre *pre, const char *dir) {
  if (!pre || !pre->n_dirs) return NULL;
  pre_dir key = {.dir = dir}, *kp = &key;
  pre_dir **hit = bsearch(&kp, pre->dirs, pre->n_dirs, sizeof *pre->dirs, cmp_pre_dir);
  if (!hit || (*hit)->taken) return NULL;
  (*hit)->taken = true;
  return *hit;
}

/* A job of the runner over the directories nobody listed yet. */
typedef struct todo_jobs {
  root_scan *rs;
  const size_t *idx;
} todo_jobs;

static void todo_dir_job(void *ctx, size_t j) {
  const todo_jobs *t = ctx;
  root_dir_job(t->rs, t->idx[j]);
}

static void todo_file_job(void *ctx, size_t j) {
  const todo_jobs *t = ctx;
  root_file_job(t->rs, t->idx[j]);
}

void iac_tf_find_roots(const char *const *dirs, size_t n, bool *is_root, uint64_t *cost,
                       iac_tf_cache *cache, const iac_tf_runner *runner) {
  iac_tf_find_roots_pre(NULL, dirs, n, is_root, cost, cache, runner);
}

void iac_tf_find_roots_pre(iac_tf_roots_pre *pre, const char *const *dirs, size_t n, bool *is_root,
                           uint64_t *cost, iac_tf_cache *cache, const iac_tf_runner *runner) {
  base_arena a;
  base_arena_init(&a);
  iac_tf_cache *own = cache ? NULL : iac_tf_cache_new(0);
  root_scan rs = {.cache = cache ? cache : own, .dirs = dirs, .keep = cache != NULL};
  rs.keep_max = iac_tf_cache_source_budget(rs.cache);
  rs.trees_max = iac_tf_cache_budget(rs.cache) / 2;
  bool pool = runner && runner->run;
  /* what the walk's stream did already (its kept bytes count) */
  if (pre) {
    atomic_store(&rs.kept, atomic_load(&pre->rs.kept));
    atomic_store(&rs.trees, atomic_load(&pre->rs.trees));
    pthread_mutex_lock(&pre->lock);
    if (pre->n_dirs > 1) qsort(pre->dirs, pre->n_dirs, sizeof *pre->dirs, cmp_pre_dir);
    pthread_mutex_unlock(&pre->lock);
  }
  pre_dir **done = base_arena_calloc(&a, (n ? n : 1) * sizeof *done);
  size_t *todo = base_arena_alloc(&a, (n ? n : 1) * sizeof *todo), n_todo = 0;
  /* the directories listed on the runner's threads too (system calls) */
  rs.listings = base_arena_calloc(&a, (n ? n : 1) * sizeof *rs.listings);
  rs.own = base_arena_calloc(&a, (n ? n : 1) * sizeof *rs.own);
  const char **norm = rs.norm = base_arena_alloc(&a, (n ? n : 1) * sizeof *norm);
  for (size_t i = 0; i < n; i++) {
    if ((done[i] = pre_take(pre, dirs[i]))) {
      rs.listings[i] = done[i]->listing;
      rs.own[i] = done[i]->own;
      done[i]->own = NULL;
    } else {
      todo[n_todo++] = i;
    }
  }
  todo_jobs tj = {&rs, todo};
  if (pool && n_todo > 1)
    runner->run(runner->run_ctx, n_todo, todo_dir_job, &tj);
  else
    for (size_t j = 0; j < n_todo; j++)
      todo_dir_job(&tj, j);
  base_trace_mark("roots: directories listed", (long)n_todo);
  size_t nf = 0;
  /* counted first: the array made once, its size (GROW in the arena kept
   * every smaller copy: 14 MB of arena at 100k files) */
  for (size_t pass = 0; pass < 2; pass++) {
    if (pass) rs.files = base_xcalloc(nf + 1, sizeof *rs.files);
    nf = 0;
    n_todo = 0;
    for (size_t i = 0; i < n; i++) {
      if (pass) {
        norm[i] = base_path_join(&a, dirs[i], ".");
        is_root[i] = true;
        if (cost) cost[i] = 0;
      }
      if (done[i]) { /* read already: its files as the stream left them */
        if (pass)
          for (size_t k = 0; k < done[i]->n_files; k++) {
            rs.files[nf + k] = done[i]->files[k];
            rs.files[nf + k].dir = i;
          }
        nf += done[i]->n_files;
        continue;
      }
      const base_dir_entries *e = &rs.listings[i]->e; /* sorted */
      for (size_t k = 0; k < e->n; k++) {
        const char *name = e->v[k].name;
        if (!is_listed_tf(name)) continue;
        if (pass) rs.files[nf] = (root_file){.dir = i, .name = name};
        nf++;
      }
    }
    if (pass) { /* the files still to read */
      todo = base_arena_alloc(&a, (nf + 1) * sizeof *todo);
      for (size_t j = 0; j < nf; j++)
        if (!done[rs.files[j].dir]) todo[n_todo++] = j;
    }
  }
  for (size_t i = 0; i < n; i++)
    if (done[i]) { /* its files moved to rs.files */
      free(done[i]->files);
      done[i]->files = NULL;
      done[i]->n_files = 0;
    }
  tj.idx = todo;
  if (pool && n_todo > 1)
    runner->run(runner->run_ctx, n_todo, todo_file_job, &tj);
  else
    for (size_t j = 0; j < n_todo; j++)
      todo_file_job(&tj, j);
  base_trace_mark("roots: files read", (long)n_todo);
  /* in file order, on this thread: the marks do not depend on the threads */
  root_edges edges = {0};
  dir_index index;
  dir_index_build(&index, &a, norm, n);
  for (size_t j = 0; j < nf; j++) {
    const root_file *f = &rs.files[j];
    const char *src = f->calls;
    for (size_t c = 0; c < f->n_calls; c++, src += strlen(src) + 1)
      mark_called(src, &a, norm, &index, f->dir, is_root, &edges);
  }
  uint32_t *uses = base_arena_calloc(&a, (n ? n : 1) * sizeof *uses);
  uint64_t *dir_bytes = base_arena_calloc(&a, (n ? n : 1) * sizeof *dir_bytes);
  uint64_t *own_cost = base_arena_calloc(&a, (n ? n : 1) * sizeof *own_cost);
  for (size_t j = 0; j < nf; j++)
    dir_bytes[rs.files[j].dir] += rs.files[j].bytes;
  count_uses(&a, n, is_root, &edges, dir_bytes, uses, cost ? cost : own_cost);
  base_arena scratch; /* the paths, one at a time */
  base_arena_init(&scratch);
  if (cache) /* the units to come read each file this often */
    for (size_t j = 0; j < nf; j++) {
      iac_tf_cache_expect(cache, root_path(&rs, &rs.files[j], &scratch), uses[rs.files[j].dir],
                          rs.files[j].tree != NULL);
      iac_tf_cache_release(cache, rs.files[j].tree); /* kept while expected, under budget */
      base_arena_reset(&scratch);
    }
  for (size_t j = 0; j < nf; j++) {
    root_file *f = &rs.files[j];
    if (f->kept &&
        !iac_tf_cache_keep_source(cache, root_path(&rs, f, &scratch), IAC_DEFAULT_MAX_FILE_SIZE,
                                  f->kept->src, f->bytes, &f->kept->sig))
      free(f->kept->src);
    free(f->kept);
    base_arena_reset(&scratch);
  }
  base_arena_free(&scratch);
  for (size_t j = 0; j < nf; j++)
    free(rs.files[j].calls);
  free(rs.files);
  for (size_t i = 0; i < n; i++)
    if (rs.own[i]) {
      base_dir_entries_free(&rs.own[i]->e);
      free(rs.own[i]);
    }
  iac_tf_cache_free(own);
  base_arena_free(&a);
}
