/* tree_build.h — the tree builder under both structured-text front ends
 * (internal to iac/: yaml_events.c feeds it libyaml events, json_events.c
 * yajl callbacks; yaml_load.c runs one of them).
 *
 * A front end reports values in text order: iac_tb_push (a map or list
 * starts), iac_tb_deliver (a finished value), iac_tb_key (a map key),
 * iac_tb_end (the collection closes). The builder owns everything that must be
 * the same whatever the syntax:
 *   - an explicit frame stack (no recursion: nesting costs heap, not C stack)
 *     capped by iac_limits.max_depth, with per-depth child buffers reused for
 *     the whole load (only a finished array is copied into the arena);
 *   - duplicate keys (the last one wins, each earlier one is a located
 *     warning) and YAML `<<` merges;
 *   - anchors, and the alias expansion budget (iac_limits.max_alias_expansion)
 *     that makes a billion-laughs document fail quickly;
 *   - located errors: the first one fails the load (iac_unit_error on the
 *     unit, line:col of the offending token), warnings never do.
 * Nodes and strings go into the unit's arena; the scratch is malloc'd and kept
 * per thread from one load to the next (tree_build.c). */
#ifndef VIGIL_IAC_TREE_BUILD_H
#define VIGIL_IAC_TREE_BUILD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "alloc.h"
#include "iac.h"

/* Key sentinel marking a `<<` merge entry until the map is finished. */
extern const char iac_tb_merge_key[];

typedef struct tb_frame {
  bool is_map;
  uint16_t tag;
  uint32_t line, col;
  char *anchor;    /* malloc'd, NULL if none */
  uint64_t weight; /* nodes this subtree stands for (aliases expanded) */
  /* children: doc_node* for lists, doc_entry for maps; buffer reused per depth */
  void *buf;
  size_t n, cap; /* cap in bytes */
  /* maps: 0 = expecting key, 1 = key pending, 2 = key dropped (skip the value).
   * A pending key is written straight into buf[n] (iac_tb_pending), which
   * its value's delivery completes and counts: no copy of the entry, whose
   * read-back right after its field-by-field stores stalled (store
   * forwarding) on every map entry. */
  int key_state;
  bool has_merge;
} tb_frame;

typedef struct tb_anchor {
  char *name; /* malloc'd; NULL = empty slot */
  doc_node *node;
  uint64_t weight;
} tb_anchor;

typedef struct tb_loader {
  iac_unit *u;
  base_arena *a;
  const char *text;
  size_t len;
  uint32_t max_depth;
  uint64_t max_alias, alias_used;
  tb_frame *frames;
  size_t depth, frames_cap;
  tb_anchor *anchors;
  size_t anchors_cap, anchors_n;
  doc_node **docs;
  size_t n_docs, docs_cap;
  doc_node *root;
  bool have_root;
  /* duplicate/merge detection scratch: open-addressed table of entry indices */
  uint32_t *set;
  size_t set_cap, set_n; /* allocated slots; slots in use (a power of two) */
  bool failed;
  bool quiet;           /* embedded documents: no diagnostics, just success or not */
  bool raw_scalars;     /* YAML scalars stay strings as written (see yaml_load.h) */
  bool keep_duplicates; /* duplicate keys kept in source order, not reported */
  bool strict_keys;     /* a non-scalar key fails the load instead of a warning */
} tb_loader;

/* Records the load's first error (line0, col0: 0-based) and fails the load. */
void iac_tb_fail(tb_loader *L, size_t line0, size_t col0, const char *fmt, const char *arg);
/* A collection starts at line:col (1-based); false once the depth limit is hit.
 * anchor: copied, or NULL. */
bool iac_tb_push(tb_loader *L, uint32_t line, uint32_t col, bool is_map, const char *anchor,
                 uint16_t tag);
/* Hands a finished node to its parent (or makes it the document root). */
void iac_tb_deliver(tb_loader *L, doc_node *node, uint64_t weight);
/* The innermost collection closes: its node is built and delivered. */
void iac_tb_end(tb_loader *L);
/* The current document's root joins the documents (nothing if it has none). */
void iac_tb_add_doc(tb_loader *L);
/* Anchors (YAML), reset per document; name is adopted (malloc'd). */
void iac_tb_anchor_set(tb_loader *L, char *name, doc_node *node, uint64_t weight);
const tb_anchor *iac_tb_anchor_get(tb_loader *L, const char *name);
void iac_tb_anchors_clear(tb_loader *L);
/* Grows f's child buffer to hold at least n + 1 children of `size` bytes. */
void iac_tb_grow(tb_frame *f, size_t size);
/* Charges `weight` expanded nodes to the alias budget; false (a located
 * failure at line0:col0) once it is spent. */
bool iac_tb_charge_alias(tb_loader *L, uint64_t weight, size_t line0, size_t col0);

/* Scratch: a loader with this thread's kept buffers (iac_tb_start), emptied
 * and kept again (iac_tb_done); iac_tb_free releases them outright. */
void iac_tb_start(tb_loader *L);
void iac_tb_done(tb_loader *L);
void iac_tb_free(tb_loader *L);

/* The front ends (one run over text; documents collected in L->docs). */
void iac_yaml_events_run(tb_loader *L);
void iac_json_events_run(tb_loader *L);

/* ---- hot helpers, inline in both front ends --------------------------------- */

static inline tb_frame *iac_tb_top(tb_loader *L) {
  return L->depth ? &L->frames[L->depth - 1] : NULL;
}

static inline doc_node *iac_tb_node(tb_loader *L, doc_kind kind, uint32_t line, uint32_t col) {
  doc_node *n = base_arena_alloc_fast(L->a, sizeof *n);
  memset(n, 0, sizeof *n);
  n->kind = (uint8_t)kind;
  n->line = line;
  n->col = col;
  return n;
}

/* A NUL-terminated arena copy of s[0..n). */
static inline char *iac_tb_copy(tb_loader *L, const char *s, size_t n) {
  char *p = base_arena_alloc_fast(L->a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

/* A string node and its text in one allocation (the text right behind it). */
static inline doc_node *iac_tb_str(tb_loader *L, const char *s, size_t n, uint32_t line,
                                   uint32_t col) {
  doc_node *node = base_arena_alloc_fast(L->a, sizeof *node + n + 1);
  char *p = (char *)(node + 1);
  memset(node, 0, sizeof *node);
  node->kind = DOC_STRING;
  node->line = line;
  node->col = col;
  node->len = (uint32_t)n;
  memcpy(p, s, n);
  p[n] = 0;
  node->u.str = p;
  return node;
}

static inline doc_node *iac_tb_bool(tb_loader *L, bool b, uint32_t line, uint32_t col) {
  doc_node *n = iac_tb_node(L, DOC_BOOL, line, col);
  n->u.b = b;
  return n;
}

static inline doc_node *iac_tb_num(tb_loader *L, double d, uint32_t line, uint32_t col) {
  doc_node *n = iac_tb_node(L, DOC_NUMBER, line, col);
  n->u.num = d;
  return n;
}

/* Where map frame f's next entry is built: buf[n], not yet counted. */
static inline doc_entry *iac_tb_pending(tb_frame *f) {
  if ((f->n + 1) * sizeof(doc_entry) > f->cap) iac_tb_grow(f, sizeof(doc_entry));
  return (doc_entry *)f->buf + f->n;
}

/* The innermost map's next key (key: arena-owned, or iac_tb_merge_key). */
static inline void iac_tb_key(tb_loader *L, const char *key, uint32_t key_len, uint32_t line,
                              uint32_t col) {
  tb_frame *f = &L->frames[L->depth - 1];
  doc_entry *k = iac_tb_pending(f);
  k->key = key;
  k->key_len = key_len;
  k->line = line;
  k->col = col;
  k->val = NULL;
  f->key_state = 1;
  f->weight++;
}

#endif
