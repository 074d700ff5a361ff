/* tree_build.c — the located doc_node tree both front ends build (see
 * tree_build.h): frames, anchors, duplicate keys and merges, limits, and the
 * scratch kept per thread.
 *
 * Aliases share the anchored subtree (no copy) but are charged the number of
 * nodes they stand for against iac_limits.max_alias_expansion, so a
 * billion-laughs document fails quickly with a located error instead of
 * producing a tree that explodes every later walk. */
#include "tree_build.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"

const char iac_tb_merge_key[] = "<<";

void iac_tb_fail(tb_loader *L, size_t line0, size_t col0, const char *fmt, const char *arg) {
  if (L->failed) return;
  L->failed = true;
  if (!L->quiet) iac_unit_error(L->u, (uint32_t)line0 + 1, (uint32_t)col0 + 1, fmt, arg);
}

/* ---- anchors: open-addressed hash by name, reset per document -------------- */

static uint64_t hash_bytes(const char *s, size_t n) {
  return base_fnv1a(s, n);
}

void iac_tb_anchors_clear(tb_loader *L) {
  for (size_t i = 0; i < L->anchors_cap; i++) {
    free(L->anchors[i].name);
    L->anchors[i].name = NULL;
  }
  L->anchors_n = 0;
}

static tb_anchor *anchor_slot(tb_anchor *tab, size_t cap, const char *name) {
  size_t mask = cap - 1, i = (size_t)hash_bytes(name, strlen(name)) & mask;
  while (tab[i].name && strcmp(tab[i].name, name) != 0)
    i = (i + 1) & mask;
  return &tab[i];
}

void iac_tb_anchor_set(tb_loader *L, char *name, doc_node *node, uint64_t weight) {
  if ((L->anchors_n + 1) * 2 > L->anchors_cap) {
    size_t ncap = L->anchors_cap ? L->anchors_cap * 2 : 64;
    tb_anchor *nt = base_xcalloc(ncap, sizeof *nt);
    for (size_t i = 0; i < L->anchors_cap; i++)
      if (L->anchors[i].name) *anchor_slot(nt, ncap, L->anchors[i].name) = L->anchors[i];
    free(L->anchors);
    L->anchors = nt;
    L->anchors_cap = ncap;
  }
  tb_anchor *s = anchor_slot(L->anchors, L->anchors_cap, name);
  if (s->name) {
    free(s->name); /* redefinition: the latest anchor wins (YAML spec) */
  } else {
    L->anchors_n++;
  }
  s->name = name;
  s->node = node;
  s->weight = weight;
}

const tb_anchor *iac_tb_anchor_get(tb_loader *L, const char *name) {
  if (!L->anchors_cap) return NULL;
  tb_anchor *s = anchor_slot(L->anchors, L->anchors_cap, name);
  return s->name ? s : NULL;
}

static void alias_limit(tb_loader *L, size_t line0, size_t col0) {
  char lim[32];
  snprintf(lim, sizeof lim, "%llu", (unsigned long long)L->max_alias);
  iac_tb_fail(L, line0, col0,
              "limit exceeded: alias expansion over %s nodes (--max-alias-expansion)", lim);
}

bool iac_tb_charge_alias(tb_loader *L, uint64_t weight, size_t line0, size_t col0) {
  L->alias_used += weight;
  if (L->alias_used > L->max_alias || weight > L->max_alias) {
    alias_limit(L, line0, col0);
    return false;
  }
  return true;
}

/* ---- frames -------------------------------------------------------------------- */

void iac_tb_grow(tb_frame *f, size_t size) {
  size_t cap = f->cap ? f->cap : 16 * size;
  while ((f->n + 1) * size > cap)
    cap *= 2;
  f->buf = base_xrealloc(f->buf, cap);
  f->cap = cap;
}

bool iac_tb_push(tb_loader *L, uint32_t line, uint32_t col, bool is_map, const char *anchor,
                 uint16_t tag) {
  if (L->depth >= L->max_depth) {
    char lim[32];
    snprintf(lim, sizeof lim, "%u", L->max_depth);
    iac_tb_fail(L, line - 1, col - 1, "limit exceeded: nesting deeper than %s levels (--max-depth)",
                lim);
    return false;
  }
  if (L->depth == L->frames_cap) {
    size_t ncap = L->frames_cap ? L->frames_cap * 2 : 32;
    L->frames = base_xrealloc(L->frames, ncap * sizeof *L->frames);
    memset(L->frames + L->frames_cap, 0, (ncap - L->frames_cap) * sizeof *L->frames);
    L->frames_cap = ncap;
  }
  tb_frame *f = &L->frames[L->depth++];
  f->is_map = is_map;
  f->tag = tag;
  f->line = line;
  f->col = col;
  f->anchor = anchor ? base_xstrndup(anchor, strlen(anchor)) : NULL;
  f->weight = 1;
  f->n = 0;
  f->key_state = 0;
  f->has_merge = false;
  return true;
}

void iac_tb_deliver(tb_loader *L, doc_node *node, uint64_t weight) {
  tb_frame *f = iac_tb_top(L);
  if (!f) {
    L->root = node;
    L->have_root = true;
    return;
  }
  f->weight += weight;
  if (!f->is_map) {
    if ((f->n + 1) * sizeof node > f->cap) iac_tb_grow(f, sizeof node);
    ((doc_node **)f->buf)[f->n++] = node;
    return;
  }
  if (f->key_state == 0) {
    /* a collection (or non-string alias) used as a key: nothing can select it */
    if (L->strict_keys) {
      iac_tb_fail(L, node->line - 1, node->col - 1, "non-scalar mapping key%s", "");
      return;
    }
    if (!L->quiet) iac_unit_warning(L->u, node->line, node->col, "non-scalar mapping key ignored");
    f->key_state = 2;
    return;
  }
  if (f->key_state == 1) {
    doc_entry *e = (doc_entry *)f->buf + f->n++; /* its key is there (iac_tb_pending) */
    e->val = node;
    if (e->key == iac_tb_merge_key) f->has_merge = true;
  }
  f->key_state = 0;
}

/* ---- maps: duplicate keys and `<<` merges ------------------------------------ */

/* Set values: i+1 refers to ents[i]; OUT_BIT|(i+1) to out[i] (merged keys). */
#define OUT_BIT 0x80000000u
static size_t set_slot(tb_loader *L, const doc_entry *ents, const doc_entry *out, const char *key,
                       uint32_t klen, bool *found) {
  size_t mask = L->set_n - 1, i = (size_t)hash_bytes(key, klen) & mask;
  for (;;) {
    uint32_t v = L->set[i];
    if (!v) {
      *found = false;
      return i;
    }
    const doc_entry *e = v & OUT_BIT ? &out[(v & ~OUT_BIT) - 1] : &ents[v - 1];
    if (e->key_len == klen && memcmp(e->key, key, klen) == 0) {
      *found = true;
      return i;
    }
    i = (i + 1) & mask;
  }
}

/* An empty table for n keys: only the slots this map uses are cleared (the
 * table may be larger, kept from an earlier map or file). */
static void set_reset(tb_loader *L, size_t n) {
  size_t cap = 16;
  while (cap < n * 2)
    cap *= 2;
  if (cap > L->set_cap) {
    free(L->set);
    L->set = base_xmalloc(cap * sizeof *L->set);
    L->set_cap = cap;
  }
  L->set_n = cap;
  memset(L->set, 0, cap * sizeof *L->set);
}

/* Maps with at most this many entries are checked for duplicate keys pairwise. */
enum { SMALL_MAP = 8 };

/* ents[i] repeats the key of `kept`, which wins: drop ents[i] and say so. */
static void duplicate(tb_loader *L, const doc_entry *ents, size_t n, size_t i,
                      const doc_entry *kept, bool **drop) {
  if (!*drop) *drop = base_xcalloc(n, sizeof **drop);
  (*drop)[i] = true;
  char where[32];
  snprintf(where, sizeof where, "%u", (unsigned)kept->line);
  if (!L->quiet)
    iac_unit_warning(L->u, ents[i].line, ents[i].col,
                     "duplicate key '%s' (the one at line %s wins)", ents[i].key, where);
}

/* Marks in *drop every explicit key repeated later in the map (the last one wins). */
static void find_duplicates(tb_loader *L, const tb_frame *f, size_t total, bool **drop) {
  const doc_entry *ents = f->buf;
  size_t n = f->n;
  if (!f->has_merge && n <= SMALL_MAP) {
    /* Small maps (most of them): pairwise comparison beats hashing. Same
     * outcome as the set below: the kept occurrence is the last one. */
    for (size_t i = n; i-- > 0;) {
      const doc_entry *kept = NULL;
      for (size_t j = n; j-- > i + 1 && !kept;)
        if (ents[j].key_len == ents[i].key_len &&
            memcmp(ents[j].key, ents[i].key, ents[i].key_len) == 0)
          kept = &ents[j];
      if (kept) duplicate(L, ents, n, i, kept, drop);
    }
    return;
  }
  /* The set maps key -> index into ents (+1); iterate backwards so the kept
   * occurrence is found first. It stays filled for the merges. */
  set_reset(L, total);
  for (size_t i = n; i-- > 0;) {
    if (ents[i].key == iac_tb_merge_key) continue;
    bool found;
    size_t s = set_slot(L, ents, NULL, ents[i].key, ents[i].key_len, &found);
    if (!found) {
      L->set[s] = (uint32_t)i + 1;
      continue;
    }
    if (!L->keep_duplicates) duplicate(L, ents, n, i, &ents[L->set[s] - 1], drop);
  }
}

/* The entries a `<<` value brings (maps, or lists of maps) into out[*o..total),
 * skipping keys present already; false when the alias budget runs out. */
static bool merge_into(tb_loader *L, const doc_entry *ents, const doc_entry *m, doc_entry *out,
                       size_t *o, size_t total) {
  const doc_node *v = m->val;
  uint32_t nsrc = v->kind == DOC_LIST ? v->len : 1;
  for (uint32_t k = 0; k < nsrc; k++) {
    const doc_node *src = v->kind == DOC_LIST ? v->u.items[k] : v;
    if (src->kind != DOC_MAP) {
      if (!L->quiet)
        iac_unit_warning(L->u, src->line, src->col, "'<<' merge of a non-mapping ignored");
      continue;
    }
    for (uint32_t j = 0; j < src->len; j++) {
      const doc_entry *e = &src->u.entries[j];
      /* present explicitly, or merged already (earlier sources win) */
      bool found;
      size_t s = set_slot(L, ents, out, e->key, e->key_len, &found);
      if (found || *o >= total) continue;
      L->set[s] = OUT_BIT | (uint32_t)(*o + 1);
      if (++L->alias_used > L->max_alias) {
        alias_limit(L, m->line - 1, m->col - 1);
        return false;
      }
      out[(*o)++] = *e;
    }
  }
  return true;
}

static doc_node *finish_map(tb_loader *L, tb_frame *f) {
  doc_entry *ents = f->buf;
  size_t n = f->n;
  /* Count what the final map can hold: explicit keys plus merged ones. */
  size_t total = n;
  if (f->has_merge)
    for (size_t i = 0; i < n; i++) {
      if (ents[i].key != iac_tb_merge_key) continue;
      const doc_node *v = ents[i].val;
      if (v->kind == DOC_MAP)
        total += v->len;
      else if (v->kind == DOC_LIST)
        for (uint32_t k = 0; k < v->len; k++)
          if (v->u.items[k]->kind == DOC_MAP) total += v->u.items[k]->len;
    }
  if (total > UINT32_MAX / 4) total = UINT32_MAX / 4;
  doc_entry *out = base_arena_alloc_fast(L->a, (total ? total : 1) * sizeof *out);
  size_t o = 0;
  bool *drop = NULL;
  if (!L->keep_duplicates || f->has_merge) find_duplicates(L, f, total, &drop);
  /* Then the output in source order, merged entries where their `<<` was. */
  for (size_t i = 0; i < n; i++) {
    if (drop && drop[i]) continue;
    if (ents[i].key != iac_tb_merge_key) {
      out[o++] = ents[i];
    } else if (!merge_into(L, ents, &ents[i], out, &o, total)) {
      break; /* the partial map is returned; the load has failed */
    }
  }
  if (drop) free(drop); /* nearly always NULL: no call per map */
  doc_node *node = iac_tb_node(L, DOC_MAP, f->line, f->col);
  node->u.entries = out; /* already in the arena: adopt instead of copying */
  node->len = (uint32_t)o;
  return node;
}

void iac_tb_end(tb_loader *L) {
  tb_frame *f = iac_tb_top(L);
  doc_node *node;
  if (f->is_map) {
    node = finish_map(L, f);
  } else {
    node = iac_tb_node(L, DOC_LIST, f->line, f->col);
    node->len = (uint32_t)f->n;
    node->u.items = base_arena_alloc_fast(L->a, (f->n ? f->n : 1) * sizeof *node->u.items);
    if (f->n) memcpy(node->u.items, f->buf, f->n * sizeof *node->u.items);
  }
  node->tag = f->tag;
  uint64_t weight = f->weight;
  if (f->anchor) {
    iac_tb_anchor_set(L, f->anchor, node, weight);
    f->anchor = NULL;
  }
  L->depth--;
  iac_tb_deliver(L, node, weight);
}

void iac_tb_add_doc(tb_loader *L) {
  doc_node *root = L->have_root && L->root ? L->root : NULL;
  if (!root) return;
  if (L->n_docs == L->docs_cap) {
    L->docs_cap = L->docs_cap ? L->docs_cap * 2 : 4;
    L->docs = base_xrealloc(L->docs, L->docs_cap * sizeof *L->docs);
  }
  L->docs[L->n_docs++] = root;
}

/* ---- scratch kept per thread from one load to the next ------------------------
 * A scan loads thousands of small files on each worker thread: the frame stack,
 * the per-depth child buffers, the anchor and key tables are kept (emptied)
 * instead of being allocated, zeroed and freed for every file. What one huge
 * file grew them to is not kept (it would cost memory, and clearing a large
 * key table, for every later file). A load nested in another on the same
 * thread simply gets fresh scratch. */

void iac_tb_free(tb_loader *Lp) {
  tb_loader L = *Lp;
  for (size_t i = 0; i < L.frames_cap; i++) {
    free(L.frames[i].buf);
    free(L.frames[i].anchor);
  }
  free(L.frames);
  iac_tb_anchors_clear(&L);
  free(L.anchors);
  free(L.docs);
  free(L.set);
}

/* Largest scratch kept: child buffer bytes, anchor slots, key-table slots. */
enum { KEEP_BUF = 64 * 1024, KEEP_SLOTS = 1024 };

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void scratch_destroy(void *p) {
  iac_tb_free(p);
  free(p);
}

static void scratch_init(void) {
  if (pthread_key_create(&scratch_key, scratch_destroy) != 0) base_oom();
}

/* Hands the reusable buffers (frames, anchors, documents, key set) from one
 * loader to another. */
static void scratch_move(tb_loader *dst, const tb_loader *src) {
  dst->frames = src->frames;
  dst->frames_cap = src->frames_cap;
  dst->anchors = src->anchors;
  dst->anchors_cap = src->anchors_cap;
  dst->docs = src->docs;
  dst->docs_cap = src->docs_cap;
  dst->set = src->set;
  dst->set_cap = src->set_cap;
}

void iac_tb_start(tb_loader *L) {
  memset(L, 0, sizeof *L);
  pthread_once(&scratch_once, scratch_init);
  tb_loader *kept = pthread_getspecific(scratch_key);
  if (!kept) return;
  pthread_setspecific(scratch_key, NULL); /* in use until iac_tb_done */
  scratch_move(L, kept);
  free(kept);
}

void iac_tb_done(tb_loader *L) {
  for (size_t i = 0; i < L->frames_cap; i++) {
    tb_frame *f = &L->frames[i];
    free(f->anchor); /* left by a failed load */
    f->anchor = NULL;
    if (f->cap > KEEP_BUF) {
      free(f->buf);
      f->buf = NULL;
      f->cap = 0;
    }
  }
  iac_tb_anchors_clear(L);
  if (L->anchors_cap > KEEP_SLOTS) {
    free(L->anchors);
    L->anchors = NULL;
    L->anchors_cap = 0;
  }
  if (L->set_cap > KEEP_SLOTS) {
    free(L->set);
    L->set = NULL;
    L->set_cap = 0;
  }
  tb_loader *keep = pthread_getspecific(scratch_key) ? NULL : malloc(sizeof *keep);
  if (!keep) {
    iac_tb_free(L); /* another load's scratch is kept already */
    return;
  }
  memset(keep, 0, sizeof *keep);
  scratch_move(keep, L);
  if (pthread_setspecific(scratch_key, keep) != 0) scratch_destroy(keep);
}
