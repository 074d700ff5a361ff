/* facts.c — the table facts("NAME") and facts("NAME", "KEY", value) read
 * (vm.h): each fact's records, and an index of their string fields so a join
 * by value costs a binary search, not a pass over every record. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "vm_internal.h"

/* One (fact, key, string value) of one record, in table order. */
typedef struct fentry {
  uint32_t fact;
  const char *key, *val;
  uint32_t val_len;
  uint32_t order; /* the record's position in its fact's list */
  const doc_node *rec;
} fentry;

/* A group of entries with one (fact, key, value): its records as a list. */
typedef struct fgroup {
  uint32_t fact;
  const char *key, *val;
  uint32_t val_len;
  const doc_node *list;
} fgroup;

struct vm_facts {
  base_arena arena;
  const doc_node *const *lists;
  uint32_t n_lists;
  fgroup *groups;
  size_t n_groups;
};

static int val_cmp(const char *a, uint32_t al, const char *b, uint32_t bl) {
  int c = memcmp(a, b, al < bl ? al : bl);
  return c ? c : (al > bl) - (al < bl);
}

static int key_cmp3(uint32_t fa, const char *ka, const char *va, uint32_t la, uint32_t fb,
                    const char *kb, const char *vb, uint32_t lb) {
  if (fa != fb) return fa < fb ? -1 : 1;
  int c = strcmp(ka, kb);
  return c ? c : val_cmp(va, la, vb, lb);
}

static int fentry_cmp(const void *x, const void *y) {
  const fentry *a = x, *b = y;
  int c = key_cmp3(a->fact, a->key, a->val, a->val_len, b->fact, b->key, b->val, b->val_len);
  return c ? c : (a->order > b->order) - (a->order < b->order);
}

vm_facts *vm_facts_build(const vm_pack *p, const doc_node *const *lists) {
  vm_facts *f = base_xcalloc(1, sizeof *f);
  base_arena_init(&f->arena);
  f->lists = lists;
  f->n_lists = p->n_facts;
  size_t n = 0;
  for (uint32_t i = 0; i < p->n_facts; i++)
    for (uint32_t r = 0; lists[i] && r < lists[i]->len; r++)
      n += lists[i]->u.items[r]->kind == DOC_MAP ? lists[i]->u.items[r]->len : 0;
  fentry *es = base_xcalloc(n + 1, sizeof *es);
  size_t k = 0;
  for (uint32_t i = 0; i < p->n_facts; i++)
    for (uint32_t r = 0; lists[i] && r < lists[i]->len; r++) {
      const doc_node *rec = lists[i]->u.items[r];
      if (rec->kind != DOC_MAP) continue;
      for (uint32_t e = 0; e < rec->len; e++) {
        const doc_node *v = rec->u.entries[e].val;
        if (v && v->kind == DOC_STRING)
          es[k++] = (fentry){i, rec->u.entries[e].key, v->u.str, v->len, r, rec};
      }
    }
  qsort(es, k, sizeof *es, fentry_cmp);
  f->groups = base_arena_alloc(&f->arena, (k + 1) * sizeof *f->groups);
  for (size_t g = 0; g < k;) {
    size_t e = g + 1;
    while (e < k && !key_cmp3(es[g].fact, es[g].key, es[g].val, es[g].val_len, es[e].fact,
                              es[e].key, es[e].val, es[e].val_len))
      e++;
    doc_node **items = base_arena_alloc(&f->arena, (e - g) * sizeof *items);
    for (size_t q = g; q < e; q++)
      items[q - g] = (doc_node *)es[q].rec;
    f->groups[f->n_groups++] = (fgroup){es[g].fact, es[g].key, es[g].val, es[g].val_len,
                                        iac_doc_list(&f->arena, items, (uint32_t)(e - g), 0, 0)};
    g = e;
  }
  free(es);
  return f;
}

void vm_facts_free(vm_facts *f) {
  if (!f) return;
  base_arena_free(&f->arena);
  free(f);
}

const doc_node *vm_facts_list(const vm_facts *f, uint32_t fact) {
  return f && fact < f->n_lists ? f->lists[fact] : NULL;
}

const doc_node *vm_facts_where(const vm_facts *f, uint32_t fact, const char *key, const char *val,
                               uint32_t len) {
  size_t lo = 0, hi = f ? f->n_groups : 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const fgroup *g = &f->groups[mid];
    int c = key_cmp3(g->fact, g->key, g->val, g->val_len, fact, key, val, len);
    if (c == 0) return g->list;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}
