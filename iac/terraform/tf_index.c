/* tf_index.c — name -> declaration lookup by hash (tf_int.h): a module's
 * variables, locals, resources and module calls are looked up on every
 * reference, and a linear scan with strcmp over a module of hundreds of
 * variables was the largest cost of evaluating it. */
#include <string.h>

#include "tf_int.h"

void iac_tf_index_init(base_arena *a, tf_index *x, uint32_t n) {
  uint32_t cap = 8;
  while (cap < 2 * (uint64_t)n + 2)
    cap *= 2;
  x->slots = base_arena_calloc(a, cap * sizeof *x->slots);
  x->mask = cap - 1;
}

void iac_tf_index_put(tf_index *x, uint32_t hash, uint32_t i) {
  uint32_t p = hash & x->mask;
  while (x->slots[p].idx1)
    p = (p + 1) & x->mask;
  x->slots[p].hash = hash;
  x->slots[p].idx1 = i + 1;
}

/* Inline for the lookups below (iac_tf_index_next is the same, for others). */
static inline uint32_t index_next(const tf_index *x, uint32_t hash, uint32_t *pos) {
  if (!x->slots) return TF_INDEX_NONE;
  /* *pos counts probes from the home slot; the table is at most half full,
   * so an empty slot ends every run */
  for (;;) {
    const tf_index_slot *sl = &x->slots[(hash + (*pos)++) & x->mask];
    if (!sl->idx1) return TF_INDEX_NONE;
    if (sl->hash == hash) return sl->idx1 - 1;
  }
}

uint32_t iac_tf_index_next(const tf_index *x, uint32_t hash, uint32_t *pos) {
  return index_next(x, hash, pos);
}

const hcl_attr *iac_tf_attr(const hcl_body *b, const char *name) {
  if (!b) return NULL;
  for (uint32_t i = 0; i < b->n_attrs; i++) {
    const char *n = b->attrs[i].name;
    if (n[0] == name[0] && !strcmp(n, name)) return &b->attrs[i];
  }
  return NULL;
}

/* ---- a configuration's declarations ---------------------------------------------------- */

static uint32_t res_hash(bool data, const char *type, const char *name) {
  return iac_tf_hash(iac_tf_hash(TF_HASH_SEED ^ (uint32_t)data, type), name);
}

/* Up to this many declarations a scan comparing first bytes is cheaper than
 * hashing the name. */
enum { TF_INDEX_LINEAR = 8 };

/* The configuration's tables, allocated by the first lookup (the loader
 * fills the configuration first); each kind's table is filled by the first
 * lookup of that kind. A configuration belongs to one load, on one thread. */
static tf_config_index *config_index(base_arena *a, tf_config *cfg) {
  if (!cfg->index) {
    tf_config_index *ix = base_arena_calloc(a, sizeof *ix);
    ix->call_args = base_arena_calloc(a, (cfg->n_calls ? cfg->n_calls : 1) * sizeof *ix->call_args);
    cfg->index = ix;
  }
  return cfg->index;
}

const hcl_attr *iac_tf_call_arg(base_arena *a, tf_config *cfg, uint32_t call, const char *name) {
  const hcl_body *b = cfg->calls[call].blk->body;
  if (b->n_attrs <= TF_INDEX_LINEAR) return iac_tf_attr(b, name);
  tf_index *x = &config_index(a, cfg)->call_args[call];
  if (!x->slots) {
    iac_tf_index_init(a, x, b->n_attrs);
    for (uint32_t i = 0; i < b->n_attrs; i++)
      iac_tf_index_put(x, iac_tf_hash(TF_HASH_SEED, b->attrs[i].name), i);
  }
  uint32_t h = iac_tf_hash(TF_HASH_SEED, name), pos = 0, i;
  while ((i = index_next(x, h, &pos)) != TF_INDEX_NONE)
    if (!strcmp(b->attrs[i].name, name)) return &b->attrs[i]; /* the first, as iac_hcl_body_attr */
  return NULL;
}

static uint32_t find_name(base_arena *a, tf_index *x, const tf_decl *d, uint32_t n,
                          const char *name) {
  if (n <= TF_INDEX_LINEAR) {
    for (uint32_t i = 0; i < n; i++)
      if (d[i].name[0] == name[0] && !strcmp(d[i].name, name)) return i;
    return TF_INDEX_NONE;
  }
  if (!x->slots) {
    iac_tf_index_init(a, x, n);
    for (uint32_t i = 0; i < n; i++)
      iac_tf_index_put(x, iac_tf_hash(TF_HASH_SEED, d[i].name), i);
  }
  uint32_t h = iac_tf_hash(TF_HASH_SEED, name), pos = 0, i;
  while ((i = index_next(x, h, &pos)) != TF_INDEX_NONE)
    if (!strcmp(d[i].name, name)) return i;
  return TF_INDEX_NONE;
}

uint32_t iac_tf_find_decl(base_arena *a, tf_config *cfg, tf_decl_kind kind, const char *name) {
  tf_config_index *ix = config_index(a, cfg);
  switch (kind) {
  case TF_DECL_VAR: return find_name(a, &ix->vars, cfg->vars, cfg->n_vars, name);
  case TF_DECL_LOCAL: return find_name(a, &ix->locals, cfg->locals, cfg->n_locals, name);
  case TF_DECL_CALL: return find_name(a, &ix->calls, cfg->calls, cfg->n_calls, name);
  }
  return TF_INDEX_NONE;
}

uint32_t iac_tf_find_res(base_arena *a, tf_config *cfg, bool data, const char *type,
                         const char *name) {
  if (cfg->n_res <= TF_INDEX_LINEAR) {
    for (uint32_t i = 0; i < cfg->n_res; i++) {
      const tf_decl *d = &cfg->res[i];
      if (d->data == data && !strcmp(d->type, type) && !strcmp(d->name, name)) return i;
    }
    return TF_INDEX_NONE;
  }
  tf_index *x = &config_index(a, cfg)->res;
  if (!x->slots) {
    iac_tf_index_init(a, x, cfg->n_res);
    for (uint32_t i = 0; i < cfg->n_res; i++)
      iac_tf_index_put(x, res_hash(cfg->res[i].data, cfg->res[i].type, cfg->res[i].name), i);
  }
  uint32_t h = res_hash(data, type, name), pos = 0, i;
  while ((i = index_next(x, h, &pos)) != TF_INDEX_NONE) {
    const tf_decl *d = &cfg->res[i];
    if (d->data == data && !strcmp(d->type, type) && !strcmp(d->name, name)) return i;
  }
  return TF_INDEX_NONE;
}
