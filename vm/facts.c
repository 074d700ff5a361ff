/* facts.c — the table facts("NAME") and facts("NAME", "KEY", value) read
 * (vm.h): each fact's records, and an index of the string fields the pack
 * joins on, so a join by value costs a hash probe, not a pass over every
 * record.
 *
 * Only the (fact, field) pairs some FACTS_WHERE of the pack names are
 * indexed (the default pack joins on one: ecr_repository's name); a query on
 * another field (a cache entry's lookup of an older pack) is answered by a
 * pass over the fact's records, kept in the table under its lock. At 100k
 * files the index of every string field was 14.6 MB; this one is about 60
 * bytes per distinct value joined on. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "hash.h"
#include "opcodes.h"
#include "pack_format.h"
#include "vm_internal.h"

/* The records of one fact whose field is one string: a list in table order. */
typedef struct fgroup {
  doc_node list;
  const char *val;
  uint32_t len;
} fgroup;

/* One (fact, field) index: open addressing, slots hold a group's number + 1. */
typedef struct findex {
  uint32_t fact;
  const char *key;
  fgroup *groups;
  uint32_t n_groups;
  uint32_t *slots;
  uint32_t mask; /* slots - 1, a power of two minus one */
  struct findex *next;
} findex;

struct vm_facts {
  base_arena arena;
  const doc_node *const *lists;
  uint32_t n_lists;
  findex *idx;          /* the pack's joins, built with the table: read-only */
  findex *extra;        /* built on a query of another field, under lock */
  pthread_mutex_t lock; /* extra */
};

static uint64_t val_hash(const char *v, uint32_t len) {
  return base_fnv1a(v, len);
}

/* The string value of field key in record rec, one per matching entry. */
static bool entry_str(const doc_entry *e, const char *key) {
  return e->val && e->val->kind == DOC_STRING && !strcmp(e->key, key);
}

static uint32_t *probe(const findex *x, const char *v, uint32_t len) {
  size_t j = (size_t)val_hash(v, len) & x->mask;
  for (;; j = (j + 1) & x->mask) {
    uint32_t g = x->slots[j];
    if (!g) return &x->slots[j];
    const fgroup *gr = &x->groups[g - 1];
    if (gr->len == len && !memcmp(gr->val, v, len)) return &x->slots[j];
  }
}

/* The index of (fact, key) over list: a record is in the group of each of
 * its entries named key whose value is a string (as many times as it has
 * such entries), groups in order of first appearance. */
static findex *index_build(base_arena *a, const doc_node *list, uint32_t fact, const char *key) {
  findex *x = base_arena_calloc(a, sizeof *x);
  x->fact = fact;
  x->key = key;
  size_t n = 0;
  for (uint32_t r = 0; list && r < list->len; r++) {
    const doc_node *rec = list->u.items[r];
    if (rec->kind != DOC_MAP) continue;
    for (uint32_t e = 0; e < rec->len; e++)
      n += entry_str(&rec->u.entries[e], key);
  }
  size_t cap = 16;
  while (cap < 2 * n + 2)
    cap *= 2;
  x->mask = (uint32_t)(cap - 1);
  x->slots = base_xcalloc(cap, sizeof *x->slots);
  x->groups = base_xcalloc(n + 1, sizeof *x->groups);
  uint32_t *count = base_xcalloc(n + 1, sizeof *count);
  /* the groups and their sizes, then their items in table order */
  for (uint32_t r = 0; list && r < list->len; r++) {
    const doc_node *rec = list->u.items[r];
    if (rec->kind != DOC_MAP) continue;
    for (uint32_t e = 0; e < rec->len; e++) {
      if (!entry_str(&rec->u.entries[e], key)) continue;
      const doc_node *v = rec->u.entries[e].val;
      uint32_t *slot = probe(x, v->u.str, v->len);
      if (!*slot) {
        x->groups[x->n_groups] = (fgroup){.val = v->u.str, .len = v->len};
        *slot = ++x->n_groups;
      }
      count[*slot - 1]++;
    }
  }
  for (uint32_t g = 0; g < x->n_groups; g++) {
    fgroup *gr = &x->groups[g];
    gr->list.kind = DOC_LIST;
    gr->list.u.items = base_arena_alloc(a, count[g] * sizeof *gr->list.u.items);
  }
  for (uint32_t r = 0; list && r < list->len; r++) {
    doc_node *rec = list->u.items[r];
    if (rec->kind != DOC_MAP) continue;
    for (uint32_t e = 0; e < rec->len; e++) {
      if (!entry_str(&rec->u.entries[e], key)) continue;
      const doc_node *v = rec->u.entries[e].val;
      fgroup *gr = &x->groups[*probe(x, v->u.str, v->len) - 1];
      gr->list.u.items[gr->list.len++] = rec;
    }
  }
  free(count);
  /* the groups in the table's arena, not the heap's (freed with it) */
  fgroup *g = base_arena_alloc(a, (x->n_groups ? x->n_groups : 1) * sizeof *g);
  memcpy(g, x->groups, x->n_groups * sizeof *g);
  free(x->groups);
  x->groups = g;
  return x;
}

static void index_free(findex *x) {
  for (; x; x = x->next)
    free(x->slots);
}

/* Adds the pack's joins: each FACTS_WHERE's (fact, field), once. */
static void index_pack(vm_facts *f, const vm_pack *p) {
  for (uint32_t i = 0; i < p->n_sels; i++) {
    const vm_selector *s = &p->sels[i];
    const uint8_t *code = p->code + s->code_off;
    for (uint32_t pc = 0; pc < s->code_len;
         pc += 1 + 4u * (uint32_t)vm_opinfo_table[code[pc]].nops) {
      if (code[pc] != VM_OP_FACTS_WHERE) continue;
      const char *name = p->consts[vm_rd32(code + pc + 1)]->u.str;
      const char *key = p->consts[vm_rd32(code + pc + 5)]->u.str;
      uint32_t fact = 0;
      while (fact < p->n_facts && strcmp(p->facts[fact].name, name))
        fact++;
      if (fact >= f->n_lists) continue;
      bool have = false;
      for (const findex *x = f->idx; x && !have; x = x->next)
        have = x->fact == fact && !strcmp(x->key, key);
      if (have) continue;
      findex *x = index_build(&f->arena, f->lists[fact], fact, key);
      x->next = f->idx;
      f->idx = x;
    }
  }
}

vm_facts *vm_facts_build(const vm_pack *p, const doc_node *const *lists) {
  vm_facts *f = base_xcalloc(1, sizeof *f);
  base_arena_init_sized(&f->arena, 4096);
  pthread_mutex_init(&f->lock, NULL);
  f->lists = lists;
  f->n_lists = p->n_facts;
  index_pack(f, p);
  return f;
}

void vm_facts_free(vm_facts *f) {
  if (!f) return;
  index_free(f->idx);
  index_free(f->extra);
  pthread_mutex_destroy(&f->lock);
  base_arena_free(&f->arena);
  free(f);
}

const doc_node *vm_facts_list(const vm_facts *f, uint32_t fact) {
  return f && fact < f->n_lists ? f->lists[fact] : NULL;
}

static const doc_node *index_where(const findex *x, const char *val, uint32_t len) {
  uint32_t g = *probe(x, val, len);
  return g ? &x->groups[g - 1].list : NULL;
}

const doc_node *vm_facts_where(const vm_facts *f, uint32_t fact, const char *key, const char *val,
                               uint32_t len) {
  if (!f || fact >= f->n_lists) return NULL;
  for (const findex *x = f->idx; x; x = x->next)
    if (x->fact == fact && !strcmp(x->key, key)) return index_where(x, val, len);
  /* a field no join of the pack names: indexed now, once */
  vm_facts *m = (vm_facts *)f;
  pthread_mutex_lock(&m->lock);
  findex *x = m->extra;
  while (x && !(x->fact == fact && !strcmp(x->key, key)))
    x = x->next;
  if (!x) {
    x = index_build(&m->arena, f->lists[fact], fact, base_arena_strdup(&m->arena, key));
    x->next = m->extra;
    m->extra = x;
  }
  const doc_node *l = index_where(x, val, len);
  pthread_mutex_unlock(&m->lock);
  return l;
}
