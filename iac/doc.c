/* doc.c — document tree constructors and lookups (see doc.h). */
#include "doc.h"

#include <stddef.h>
#include <string.h>

#include "ptrset.h"

static doc_node *node(base_arena *a, doc_kind k, uint32_t line, uint32_t col) {
  doc_node *n = base_arena_alloc_fast(a, sizeof *n);
  memset(n, 0, sizeof *n);
  n->kind = (uint8_t)k;
  n->line = line;
  n->col = col;
  return n;
}

doc_node *iac_doc_null(base_arena *a, uint32_t line, uint32_t col) {
  return node(a, DOC_NULL, line, col);
}

doc_node *iac_doc_bool(base_arena *a, bool b, uint32_t line, uint32_t col) {
  doc_node *n = node(a, DOC_BOOL, line, col);
  n->u.b = b;
  return n;
}

doc_node *iac_doc_number(base_arena *a, double v, uint32_t line, uint32_t col) {
  doc_node *n = node(a, DOC_NUMBER, line, col);
  n->u.num = v;
  return n;
}

doc_node *iac_doc_string(base_arena *a, const char *s, size_t len, uint32_t line, uint32_t col) {
  doc_node *n = node(a, DOC_STRING, line, col);
  char *p = base_arena_alloc_fast(a, len + 1); /* base_arena_strndup, inline */
  if (len) memcpy(p, s, len);
  p[len] = 0;
  n->u.str = p;
  n->len = (uint32_t)len;
  return n;
}

void iac_doc_set_verbatim(base_arena *a, doc_node *n, uint32_t text_line, uint32_t indent) {
  char *t = base_arena_alloc(a, (size_t)n->len + 1 + 2 * sizeof(uint32_t));
  memcpy(t, n->u.str, n->len);
  t[n->len] = 0;
  memcpy(t + n->len + 1, &text_line, sizeof text_line);
  memcpy(t + n->len + 1 + sizeof text_line, &indent, sizeof indent);
  n->u.str = t;
  n->flags |= DOC_F_VERBATIM;
}

void iac_doc_verbatim_at(const char *str, uint32_t len, uint32_t *text_line, uint32_t *indent) {
  memcpy(text_line, str + len + 1, sizeof *text_line);
  memcpy(indent, str + len + 1 + sizeof *text_line, sizeof *indent);
}

doc_node *iac_doc_unknown(base_arena *a, const char *why, uint32_t line, uint32_t col) {
  doc_node *n = node(a, DOC_UNKNOWN, line, col);
  n->u.str = base_arena_strdup(a, why ? why : "");
  n->len = (uint32_t)strlen(n->u.str);
  return n;
}

doc_node *iac_doc_list(base_arena *a, doc_node **items, uint32_t cnt, uint32_t line, uint32_t col) {
  doc_node *n = node(a, DOC_LIST, line, col);
  n->len = cnt;
  n->u.items = base_arena_alloc_fast(a, (cnt ? cnt : 1) * sizeof *items);
  if (cnt) memcpy(n->u.items, items, cnt * sizeof *items);
  return n;
}

doc_node *iac_doc_map(base_arena *a, const doc_entry *entries, uint32_t cnt, uint32_t line,
                      uint32_t col) {
  doc_node *n = node(a, DOC_MAP, line, col);
  n->len = cnt;
  n->u.entries = base_arena_alloc_fast(a, (cnt ? cnt : 1) * sizeof *entries);
  if (cnt) memcpy(n->u.entries, entries, cnt * sizeof *entries);
  return n;
}

const doc_entry *iac_map_entry(const doc_node *map, const char *key) {
  if (!map || map->kind != DOC_MAP) return NULL;
  size_t klen = strlen(key);
  /* Last one wins for duplicate keys, as in most YAML/JSON consumers
   * (CloudFormation and Terraform reject duplicates; loaders report them). */
  for (uint32_t i = map->len; i-- > 0;) {
    const doc_entry *e = &map->u.entries[i];
    if (e->key_len == klen && (!klen || e->key[0] == key[0]) && memcmp(e->key, key, klen) == 0)
      return e;
  }
  return NULL;
}

const doc_node *iac_map_get(const doc_node *map, const char *key) {
  const doc_entry *e = iac_map_entry(map, key);
  return e ? e->val : NULL;
}

/* 1: equal, 0: not; -1: more than *left container pairs and no set to
 * skip the ones seen (iac_doc_equal walks again with one). Values are DAGs
 * (built bottom up, never cyclic), so a pair met again was compared whole
 * and found equal (a difference ends the walk): skipping it is exact. */
static int equal_walk(const doc_node *a, const doc_node *b, uint32_t *left, base_ptrset *seen) {
  if (!a || !b) return a == b;
  if (a->kind != b->kind || a->kind == DOC_UNKNOWN) return 0;
  switch ((doc_kind)a->kind) {
  case DOC_NULL: return 1;
  case DOC_BOOL: return a->u.b == b->u.b;
  case DOC_NUMBER: return a->u.num == b->u.num;
  case DOC_STRING: return a->len == b->len && memcmp(a->u.str, b->u.str, a->len) == 0;
  case DOC_LIST:
  case DOC_MAP:
    if (a->len != b->len) return 0;
    if (seen ? !base_ptrset_add(seen, a, b) : !(*left)--) return seen ? 1 : -1;
    for (uint32_t i = 0; i < a->len; i++) {
      int r = a->kind == DOC_LIST ? equal_walk(a->u.items[i], b->u.items[i], left, seen)
                                  : equal_walk(a->u.entries[i].val,
                                               iac_map_get(b, a->u.entries[i].key), left, seen);
      if (r != 1) return r;
    }
    return 1;
  case DOC_UNKNOWN: return 0;
  }
  return 0;
}

/* Container pairs compared without a set: every comparison a configuration
 * makes of the values it writes out (a set costs a malloc per comparison). */
enum { EQUAL_PLAIN = 1 << 16 };

bool iac_doc_equal(const doc_node *a, const doc_node *b) {
  uint32_t left = EQUAL_PLAIN;
  int r = equal_walk(a, b, &left, NULL);
  if (r >= 0) return r;
  base_ptrset seen = {0}; /* values built by sharing (base/ptrset.h) */
  r = equal_walk(a, b, NULL, &seen);
  base_ptrset_free(&seen);
  return r == 1;
}

/* ---- alternatives ---- */

doc_node *iac_doc_alt(base_arena *a, const char *why, const char *choice, uint32_t n,
                      doc_node **branches, const char *const *phrases, uint32_t line,
                      uint32_t col) {
  size_t wl = strlen(why);
  doc_alt *alt = base_arena_alloc(a, sizeof *alt + wl + 1);
  alt->choice = choice;
  alt->n = n;
  alt->branches = branches;
  alt->phrases = phrases;
  memcpy(alt->reason, why, wl + 1);
  doc_node *d = node(a, DOC_UNKNOWN, line, col);
  d->flags = DOC_F_ALT;
  d->u.str = alt->reason;
  d->len = (uint32_t)wl;
  return d;
}

const doc_alt *iac_doc_alt_of(const doc_node *n) {
  if (!n || n->kind != DOC_UNKNOWN || !(n->flags & DOC_F_ALT)) return NULL;
  /* the reason is the flexible member of the doc_alt that holds it */
  return (const doc_alt *)(const void *)(n->u.str - offsetof(doc_alt, reason));
}

doc_node *iac_doc_alt_plain(base_arena *a, const doc_node *n) {
  doc_node *d = node(a, DOC_UNKNOWN, n->line, n->col);
  d->u.str = n->u.str;
  d->len = n->len;
  d->flags = n->flags & (uint8_t)~DOC_F_ALT;
  return d;
}
