/* facts.c — the table facts("NAME") and facts("NAME", "KEY", value) read
 * (vm.h): each fact's records, kept as bytes by the caller (read back
 * through vm_fact_read_fn: engine/facts.c keeps most in a scratch file), and
 * an index of the string fields the pack joins on, so a join by value costs
 * a hash probe, not a pass over every record.
 *
 * A record becomes nodes only when a rule reads it (once, shared by every
 * later read): a join reads the few records of one value, and only a rule
 * that reads a whole list makes all of that fact's. At 100k files (35,620
 * records) a table of nodes with an index of every string field was about
 * 90 MB; the bytes are 9 MB (in the scratch file) and the table about 60
 * bytes per record (its sizes, the index and its copies of the values).
 *
 * Only the (fact, field) pairs some FACTS_WHERE of the pack names are
 * indexed (the default pack joins on one: ecr_repository's name); a query on
 * another field (a cache entry's lookup of an older pack) indexes that one
 * then, under the table's lock. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "bytes.h"
#include "hash.h"
#include "opcodes.h"
#include "pack_format.h"
#include "vm_internal.h"

/* The records of one fact whose field is one string (val: in their bytes). */
typedef struct fgroup {
  const uint8_t *val; /* a copy, in the table's arena */
  uint32_t len;
  uint32_t first, n;              /* members[first..first+n): record numbers */
  _Atomic(const doc_node *) list; /* made on the first query */
} fgroup;

/* One (fact, field) index: open addressing, slots hold a group's number + 1. */
typedef struct findex {
  uint32_t fact;
  const char *key;
  fgroup *groups;
  uint32_t n_groups;
  uint32_t *members;
  uint32_t *slots;
  uint32_t mask; /* slots - 1, a power of two minus one */
  struct findex *next;
} findex;

struct vm_facts {
  base_arena arena; /* nodes made from records (under lock) */
  const vm_fact_bytes *recs;
  size_t n_recs;
  vm_fact_read_fn read;
  void *read_ctx;
  uint8_t *buf; /* the record read last (at build, or under lock) */
  size_t buf_cap;
  uint32_t n_lists;
  uint32_t *first, *count; /* per fact: its records are recs[by_fact[first..+count)] */
  uint32_t *by_fact;
  _Atomic(const doc_node *) *nodes; /* per record, once made */
  _Atomic(const doc_node *) *lists; /* per fact, once asked */
  findex *idx;                      /* the pack's joins, built with the table */
  _Atomic(findex *) extra;          /* others, built on a query (under lock) */
  pthread_mutex_t lock;
};

/* ---- a record's bytes ---------------------------------------------------------- */

static const char *get_str(base_rbuf *r, uint32_t *len) {
  uint32_t n = base_rbuf_u32(r);
  const uint8_t *p = base_rbuf_take(r, n);
  if (len) *len = p ? n : 0;
  if (!r->a) return NULL;
  return p ? base_arena_strndup(r->a, (const char *)p, n) : "";
}

doc_node *vm_fact_node_decode(base_rbuf *r, int depth) {
  static doc_node none = {.kind = DOC_NULL}, map = {.kind = DOC_MAP};
  base_arena *a = r->a;
  const uint8_t *k = base_rbuf_take(r, 1);
  if (!k || depth > VM_FACT_MAX_DEPTH) {
    r->bad = true;
    return a ? iac_doc_null(a, 0, 0) : &none;
  }
  switch ((doc_kind)*k) {
  case DOC_NULL: return a ? iac_doc_null(a, 0, 0) : &none;
  case DOC_BOOL: {
    const uint8_t *b = base_rbuf_take(r, 1);
    return a ? iac_doc_bool(a, b && *b, 0, 0) : &none;
  }
  case DOC_NUMBER: {
    double v = 0;
    const uint8_t *p = base_rbuf_take(r, sizeof v);
    if (p) memcpy(&v, p, sizeof v);
    return a ? iac_doc_number(a, v, 0, 0) : &none;
  }
  case DOC_STRING: {
    uint32_t n;
    const char *s = get_str(r, &n);
    return a ? iac_doc_string(a, s, n, 0, 0) : &none;
  }
  case DOC_UNKNOWN: {
    const char *why = get_str(r, NULL);
    const uint8_t *fl = base_rbuf_take(r, 1);
    if (!a) return &none;
    doc_node *u = iac_doc_unknown(a, why, 0, 0);
    u->flags = fl && *fl ? DOC_F_EVAL_ERROR : 0;
    return u;
  }
  case DOC_LIST: {
    uint32_t n = base_rbuf_u32(r);
    if ((size_t)(r->end - r->p) < n) n = 0, r->bad = true;
    doc_node **items = a ? base_arena_alloc(a, (n ? n : 1) * sizeof *items) : NULL;
    for (uint32_t i = 0; i < n; i++) {
      doc_node *v = vm_fact_node_decode(r, depth + 1);
      if (a) items[i] = v;
    }
    return a ? iac_doc_list(a, items, n, 0, 0) : &none;
  }
  case DOC_MAP: {
    uint32_t n = base_rbuf_u32(r);
    if ((size_t)(r->end - r->p) / 5 < n) n = 0, r->bad = true;
    doc_entry *es = a ? base_arena_alloc(a, (n ? n : 1) * sizeof *es) : NULL;
    for (uint32_t i = 0; i < n; i++) {
      uint32_t kl;
      const char *key = get_str(r, &kl);
      doc_node *v = vm_fact_node_decode(r, depth + 1);
      if (a) es[i] = (doc_entry){key, kl, 0, 0, v};
    }
    return a ? iac_doc_map(a, es, n, 0, 0) : &map;
  }
  }
  r->bad = true;
  return a ? iac_doc_null(a, 0, 0) : &none;
}

/* Calls fn for each entry of record rec's map named key whose value is a
 * string (its bytes, in the record's bytes), in order. */
static void each_str_field(const uint8_t *p, uint32_t len, const char *key,
                           void (*fn)(void *ctx, const uint8_t *v, uint32_t len), void *ctx) {
  base_rbuf r = {p, p + len, false, NULL};
  base_rbuf_u32(&r); /* the fact */
  if (base_rbuf_u8(&r) != DOC_MAP) return;
  uint32_t n = base_rbuf_u32(&r);
  size_t kl = strlen(key);
  for (uint32_t i = 0; i < n && !r.bad; i++) {
    uint32_t l = base_rbuf_u32(&r);
    const uint8_t *k = base_rbuf_take(&r, l);
    bool match = k && l == kl && !memcmp(k, key, kl);
    if (match && r.p < r.end && *r.p == DOC_STRING) {
      r.p++;
      uint32_t vl = base_rbuf_u32(&r);
      const uint8_t *v = base_rbuf_take(&r, vl);
      if (v) fn(ctx, v, vl);
    } else {
      vm_fact_node_decode(&r, 1);
    }
  }
}

/* ---- nodes, once --------------------------------------------------------------- */

/* Record i's bytes in f->buf (NULL: they cannot be read). */
static const uint8_t *fetch(vm_facts *f, size_t i) {
  uint32_t len = f->recs[i].len;
  if (len > f->buf_cap) f->buf = base_grow(f->buf, &f->buf_cap, len, 1);
  return f->read(f->read_ctx, i, f->buf) ? f->buf : NULL;
}

/* Record i's map (lock held). */
static const doc_node *node_locked(vm_facts *f, uint32_t i) {
  const doc_node *n = atomic_load_explicit(&f->nodes[i], memory_order_acquire);
  if (n) return n;
  const uint8_t *p = fetch(f, i);
  base_rbuf r = {p, p + f->recs[i].len, false, &f->arena};
  base_rbuf_u32(&r);
  n = p ? vm_fact_node_decode(&r, 0)
        : iac_doc_unknown(&f->arena,
                          "a fact's record could not be read back from the scan's scratch file", 0,
                          0);
  atomic_store_explicit(&f->nodes[i], n, memory_order_release);
  return n;
}

/* A list of records recs[ids[0..n)] (made once into *slot). */
static const doc_node *list_of(vm_facts *f, _Atomic(const doc_node *) *slot, const uint32_t *ids,
                               uint32_t n) {
  const doc_node *l = atomic_load_explicit(slot, memory_order_acquire);
  if (l) return l;
  pthread_mutex_lock(&f->lock);
  l = atomic_load_explicit(slot, memory_order_relaxed);
  if (!l) {
    doc_node **items = base_arena_alloc(&f->arena, (n ? n : 1) * sizeof *items);
    for (uint32_t i = 0; i < n; i++)
      items[i] = (doc_node *)node_locked(f, ids[i]);
    l = iac_doc_list(&f->arena, items, n, 0, 0);
    atomic_store_explicit(slot, l, memory_order_release);
  }
  pthread_mutex_unlock(&f->lock);
  return l;
}

/* ---- the index ----------------------------------------------------------------- */

static uint32_t *probe(const findex *x, const uint8_t *v, uint32_t len) {
  size_t j = (size_t)base_fnv1a(v, len) & x->mask;
  for (;; j = (j + 1) & x->mask) {
    uint32_t g = x->slots[j];
    if (!g) return &x->slots[j];
    const fgroup *gr = &x->groups[g - 1];
    if (gr->len == len && !memcmp(gr->val, v, len)) return &x->slots[j];
  }
}

typedef struct build_ctx {
  findex *x;
  base_arena *arena;
  uint32_t rec;
  bool fill; /* second pass: members, in table order */
  size_t n;
} build_ctx;

static void on_field(void *ctx, const uint8_t *v, uint32_t len) {
  build_ctx *c = ctx;
  findex *x = c->x;
  if (!x->slots) { /* counting */
    c->n++;
    return;
  }
  uint32_t *slot = probe(x, v, len);
  if (!*slot) {
    uint8_t *val = base_arena_alloc(c->arena, len ? len : 1);
    memcpy(val, v, len);
    x->groups[x->n_groups] = (fgroup){.val = val, .len = len};
    *slot = ++x->n_groups;
  }
  fgroup *g = &x->groups[*slot - 1];
  if (c->fill)
    x->members[g->first + g->n++] = c->rec;
  else
    g->n++;
}

/* The index of (fact, key): a record is in the group of each of its entries
 * named key whose value is a string (as many times as it has such
 * entries), in table order. */
static findex *index_build(vm_facts *f, uint32_t fact, const char *key) {
  findex *x = base_arena_calloc(&f->arena, sizeof *x);
  x->fact = fact;
  x->key = key;
  build_ctx c = {x, &f->arena, 0, false, 0};
  const uint32_t *ids = f->by_fact + f->first[fact];
  for (uint32_t i = 0; i < f->count[fact]; i++) {
    const uint8_t *p = fetch(f, ids[i]); /* unread: in no group (an unknown) */
    if (p) each_str_field(p, f->recs[ids[i]].len, key, on_field, &c);
  }
  size_t cap = 16;
  while (cap < 2 * c.n + 2)
    cap *= 2;
  x->mask = (uint32_t)(cap - 1);
  x->slots = base_xcalloc(cap, sizeof *x->slots);
  x->groups = base_xcalloc(c.n + 1, sizeof *x->groups);
  x->members = base_xcalloc(c.n + 1, sizeof *x->members);
  for (int pass = 0; pass < 2; pass++) {
    c.fill = pass == 1;
    for (uint32_t i = 0; i < f->count[fact]; i++) {
      c.rec = ids[i];
      const uint8_t *p = fetch(f, ids[i]);
      if (p) each_str_field(p, f->recs[ids[i]].len, key, on_field, &c);
    }
    if (pass) break;
    uint32_t at = 0; /* the groups' places in members, then fill from 0 */
    for (uint32_t g = 0; g < x->n_groups; g++) {
      x->groups[g].first = at;
      at += x->groups[g].n;
      x->groups[g].n = 0;
    }
  }
  return x;
}

static void index_free(findex *x) {
  for (; x; x = x->next) {
    free(x->slots);
    free(x->groups);
    free(x->members);
  }
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
      findex *x = index_build(f, fact, key);
      x->next = f->idx;
      f->idx = x;
    }
  }
}

/* ---- the table ----------------------------------------------------------------- */

vm_facts *vm_facts_build(const vm_pack *p, const vm_fact_bytes *recs, size_t n,
                         vm_fact_read_fn read, void *ctx) {
  vm_facts *f = base_xcalloc(1, sizeof *f);
  base_arena_init_sized(&f->arena, 4096);
  pthread_mutex_init(&f->lock, NULL);
  f->read = read;
  f->read_ctx = ctx;
  f->recs = recs;
  f->n_recs = n;
  f->n_lists = p->n_facts;
  f->first = base_xcalloc(p->n_facts + 1, sizeof *f->first);
  f->count = base_xcalloc(p->n_facts + 1, sizeof *f->count);
  f->by_fact = base_xcalloc(n + 1, sizeof *f->by_fact);
  f->nodes = base_xcalloc(n + 1, sizeof *f->nodes);
  f->lists = base_xcalloc(p->n_facts + 1, sizeof *f->lists);
  for (size_t i = 0; i < n; i++)
    f->count[recs[i].fact]++;
  for (uint32_t i = 1; i < p->n_facts; i++)
    f->first[i] = f->first[i - 1] + f->count[i - 1];
  uint32_t *at = base_xcalloc(p->n_facts + 1, sizeof *at);
  for (size_t i = 0; i < n; i++)
    f->by_fact[f->first[recs[i].fact] + at[recs[i].fact]++] = (uint32_t)i;
  free(at);
  index_pack(f, p);
  return f;
}

void vm_facts_free(vm_facts *f) {
  if (!f) return;
  index_free(f->idx);
  index_free(atomic_load(&f->extra));
  free(f->first);
  free(f->count);
  free(f->by_fact);
  free((void *)f->nodes);
  free((void *)f->lists);
  free(f->buf);
  pthread_mutex_destroy(&f->lock);
  base_arena_free(&f->arena);
  free(f);
}

const doc_node *vm_facts_list(const vm_facts *cf, uint32_t fact) {
  vm_facts *f = (vm_facts *)cf; /* made once, under its lock */
  if (!f || fact >= f->n_lists) return NULL;
  return list_of(f, &f->lists[fact], f->by_fact + f->first[fact], f->count[fact]);
}

static const doc_node *index_where(vm_facts *f, findex *x, const char *val, uint32_t len) {
  uint32_t g = *probe(x, (const uint8_t *)val, len);
  if (!g) return NULL;
  fgroup *gr = &x->groups[g - 1];
  return list_of(f, &gr->list, x->members + gr->first, gr->n);
}

const doc_node *vm_facts_where(const vm_facts *cf, uint32_t fact, const char *key, const char *val,
                               uint32_t len) {
  vm_facts *f = (vm_facts *)cf;
  if (!f || fact >= f->n_lists) return NULL;
  for (findex *x = f->idx; x; x = x->next)
    if (x->fact == fact && !strcmp(x->key, key)) return index_where(f, x, val, len);
  /* a field no join of the pack names: indexed now, once */
  findex *x = atomic_load_explicit(&f->extra, memory_order_acquire);
  while (x && !(x->fact == fact && !strcmp(x->key, key)))
    x = x->next;
  if (!x) {
    pthread_mutex_lock(&f->lock);
    x = atomic_load_explicit(&f->extra, memory_order_relaxed);
    while (x && !(x->fact == fact && !strcmp(x->key, key)))
      x = x->next;
    if (!x) {
      x = index_build(f, fact, base_arena_strdup(&f->arena, key));
      x->next = atomic_load_explicit(&f->extra, memory_order_relaxed);
      atomic_store_explicit(&f->extra, x, memory_order_release);
    }
    pthread_mutex_unlock(&f->lock);
  }
  return index_where(f, x, val, len);
}
