/* tf_fn_collection.c — Terraform's list, map and set functions. Sets are
 * lists without duplicates; sets of strings iterate sorted, as in Terraform. */
#include <stdlib.h>
#include <string.h>

#include "tf_fn.h"

static bool contains_node(const doc_node *list, const doc_node *v) {
  for (uint32_t i = 0; i < list->len; i++)
    if (iac_doc_equal(list->u.items[i], v)) return true;
  return false;
}

/* Sort order of sort() and sets of strings: numbers, then strings, by value. */
static int cmp_nodes(const void *x, const void *y) {
  const doc_node *a = *(const doc_node *const *)x, *b = *(const doc_node *const *)y;
  if (a->kind == DOC_NUMBER && b->kind == DOC_NUMBER)
    return a->u.num < b->u.num ? -1 : a->u.num > b->u.num;
  if (a->kind == DOC_STRING && b->kind == DOC_STRING) return strcmp(a->u.str, b->u.str);
  return (int)a->kind - (int)b->kind;
}

/* The first time each value occurs, in order (sorted when all are strings and
 * `set`); *n = how many. */
typedef struct indexed {
  const doc_node *n;
  uint32_t i;
} indexed;

/* strings by bytes (iac_doc_equal's equality), then list position */
static int cmp_str_pos(const void *x, const void *y) {
  const indexed *a = x, *b = y;
  uint32_t m = a->n->len < b->n->len ? a->n->len : b->n->len;
  int c = memcmp(a->n->u.str, b->n->u.str, m);
  if (!c) c = (a->n->len > b->n->len) - (a->n->len < b->n->len);
  return c ? c : (a->i > b->i) - (a->i < b->i);
}

static int cmp_pos(const void *x, const void *y) {
  const indexed *a = x, *b = y;
  return (a->i > b->i) - (a->i < b->i);
}

/* distinct_items for a list of strings in O(n log n): sorted with their
 * positions, the first of each run kept, back in list order */
static const doc_node **distinct_strings(tf_fcall *f, const doc_node *list, uint32_t *n) {
  indexed *ks = ALLOC(list->len, indexed);
  for (uint32_t i = 0; i < list->len; i++)
    ks[i] = (indexed){list->u.items[i], i};
  qsort(ks, list->len, sizeof *ks, cmp_str_pos);
  uint32_t o = 0;
  for (uint32_t i = 0; i < list->len; i++)
    if (!o || !iac_doc_equal(ks[o - 1].n, ks[i].n)) ks[o++] = ks[i];
  qsort(ks, o, sizeof *ks, cmp_pos);
  const doc_node **v = ALLOC(o, const doc_node *);
  for (uint32_t i = 0; i < o; i++)
    v[i] = ks[i].n;
  *n = o;
  return v;
}

static const doc_node **distinct_items(tf_fcall *f, const doc_node *list, bool set, uint32_t *n) {
  bool all_str = list->len > 16;
  for (uint32_t i = 0; i < list->len && all_str; i++)
    all_str = list->u.items[i]->kind == DOC_STRING;
  if (all_str) {
    const doc_node **v = distinct_strings(f, list, n);
    if (set) qsort(v, *n, sizeof *v, cmp_nodes);
    return v;
  }
  const doc_node **v = ALLOC(list->len, const doc_node *);
  uint32_t o = 0;
  bool strs = true;
  for (uint32_t i = 0; i < list->len; i++) {
    const doc_node *x = list->u.items[i];
    bool dup = false;
    for (uint32_t k = 0; k < o && !dup; k++)
      dup = iac_doc_equal(v[k], x);
    if (!dup) v[o++] = x;
    strs = strs && x->kind == DOC_STRING;
  }
  if (set && strs) qsort(v, o, sizeof *v, cmp_nodes);
  *n = o;
  return v;
}

const doc_node *tf_fn_concat(tf_fcall *f) {
  hcl_vec out = {0};
  for (uint32_t i = 0; i < f->n; i++) {
    if (f->a[i]->kind == DOC_UNKNOWN) return f->a[i];
    if (f->a[i]->kind != DOC_LIST) return ERR("concat: needs lists");
    for (uint32_t k = 0; k < f->a[i]->len; k++)
      iac_hcl_vec_push(ARENA, &out, f->a[i]->u.items[k]);
  }
  return LIST((const doc_node **)out.v, out.n);
}

const doc_node *tf_fn_merge(tf_fcall *f) {
  uint32_t total = 0;
  for (uint32_t i = 0; i < f->n; i++) {
    if (f->a[i]->kind == DOC_UNKNOWN) return f->a[i];
    if (f->a[i]->kind == DOC_NULL) continue;
    if (f->a[i]->kind != DOC_MAP) return ERR("merge: needs maps or objects");
    total += f->a[i]->len;
  }
  doc_entry *es = ALLOC(total, doc_entry);
  uint32_t o = 0;
  for (uint32_t i = 0; i < f->n; i++) {
    if (f->a[i]->kind != DOC_MAP) continue;
    for (uint32_t k = 0; k < f->a[i]->len; k++) {
      const doc_entry *e = &f->a[i]->u.entries[k];
      uint32_t j = 0;
      while (j < o && strcmp(es[j].key, e->key))
        j++;
      es[j] = *e;
      if (j == o) o++;
    }
  }
  return MAP(es, o);
}

const doc_node *tf_fn_lookup(tf_fcall *f) {
  const doc_node *a0 = f->a[0], *a1 = f->a[1];
  if (a0->kind == DOC_UNKNOWN) return a0;
  if (a1->kind == DOC_UNKNOWN) return a1;
  size_t l1;
  const char *key = iac_tf_fn_sarg(f, 1, &l1);
  if (a0->kind != DOC_MAP || !key) return ERR("lookup: needs a map and a key");
  const doc_entry *e = iac_map_entry(a0, base_arena_strndup(ARENA, key, l1));
  if (e) return e->val;
  if (f->n >= 3) return f->a[2];
  return ERR("lookup: no key \"%s\" and no default", key);
}

const doc_node *tf_fn_coalesce(tf_fcall *f) {
  for (uint32_t i = 0; i < f->n; i++) {
    const doc_node *x = f->a[i];
    if (x->kind == DOC_UNKNOWN) return x;
    if (x->kind == DOC_NULL || (x->kind == DOC_STRING && x->len == 0)) continue;
    return x;
  }
  return ERR("coalesce: no non-null, non-empty argument");
}

const doc_node *tf_fn_coalescelist(tf_fcall *f) {
  for (uint32_t i = 0; i < f->n; i++)
    if (f->a[i]->kind == DOC_LIST && f->a[i]->len) return f->a[i];
  return f->n ? f->a[f->n - 1] : LIST(NULL, 0);
}

const doc_node *tf_fn_contains(tf_fcall *f) {
  if (f->a[0]->kind != DOC_LIST) return ERR("contains: needs a list");
  return BOOL(contains_node(f->a[0], f->a[1]));
}

const doc_node *tf_fn_length(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind == DOC_UNKNOWN) return a0;
  if (a0->kind == DOC_LIST || a0->kind == DOC_MAP) return NUM(a0->len);
  if (a0->kind == DOC_STRING) {
    size_t cps = 0;
    for (uint32_t i = 0; i < a0->len; i++)
      cps += ((unsigned char)a0->u.str[i] & 0xC0) != 0x80;
    return NUM((double)cps);
  }
  return ERR("length: needs a collection or a string");
}

const doc_node *tf_fn_element(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  double d1;
  if (a0->kind != DOC_LIST || !iac_tf_fn_narg(f, 1, &d1))
    return ERR("element: needs a list and an index");
  if (!a0->len) return ERR("element: empty list");
  long long i = (long long)d1;
  if (i < 0) return ERR("element: negative index");
  return a0->u.items[(uint64_t)i % a0->len];
}

/* keys() / values(): in key order */
static const doc_node *map_column(tf_fcall *f, bool keys) {
  const doc_node *a0 = f->a[0];
  if (a0->kind != DOC_MAP) return ERR("%s: needs a map", f->fn);
  const doc_entry **es = iac_tf_sorted_entries(f->s, a0);
  const doc_node **v = ALLOC(a0->len, const doc_node *);
  for (uint32_t i = 0; i < a0->len; i++)
    v[i] = keys ? STR(es[i]->key, es[i]->key_len) : es[i]->val;
  return LIST(v, a0->len);
}

const doc_node *tf_fn_keys(tf_fcall *f) {
  return map_column(f, true);
}

const doc_node *tf_fn_values(tf_fcall *f) {
  return map_column(f, false);
}

/* Every node visited is charged: nested lists that share items flatten to
 * far more items than they hold. False past the budget. */
static bool flatten_into(tf_fcall *f, hcl_vec *out, const doc_node *v) {
  if (!iac_tf_charge(f->s, sizeof(void *), f->line, f->col) || out->n >= UINT32_MAX - 1)
    return false;
  if (v->kind != DOC_LIST) {
    iac_hcl_vec_push(ARENA, out, (void *)v);
    return true;
  }
  for (uint32_t i = 0; i < v->len; i++)
    if (!flatten_into(f, out, v->u.items[i])) return false;
  return true;
}

const doc_node *tf_fn_flatten(tf_fcall *f) {
  if (f->a[0]->kind != DOC_LIST) return ERR("flatten: needs a list");
  hcl_vec out = {0};
  if (!flatten_into(f, &out, f->a[0])) return iac_tf_budget_unknown(f->s, f->line, f->col);
  return LIST((const doc_node **)out.v, out.n);
}

const doc_node *tf_fn_distinct(tf_fcall *f) {
  if (f->a[0]->kind != DOC_LIST) return ERR("distinct: needs a list");
  uint32_t n;
  const doc_node **v = distinct_items(f, f->a[0], false, &n);
  return LIST(v, n);
}

const doc_node *tf_fn_compact(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind != DOC_LIST) return ERR("compact: needs a list");
  const doc_node **v = ALLOC(a0->len, const doc_node *);
  uint32_t o = 0;
  for (uint32_t i = 0; i < a0->len; i++) {
    const doc_node *x = a0->u.items[i];
    if (x->kind == DOC_NULL || (x->kind == DOC_STRING && !x->len)) continue;
    v[o++] = x;
  }
  return LIST(v, o);
}

const doc_node *tf_fn_one(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind != DOC_LIST || a0->len > 1) return ERR("one: needs a list of at most one element");
  return a0->len ? a0->u.items[0] : NUL();
}

const doc_node *tf_fn_zipmap(tf_fcall *f) {
  const doc_node *a0 = f->a[0], *a1 = f->a[1];
  if (a0->kind != DOC_LIST || a1->kind != DOC_LIST || a0->len != a1->len)
    return ERR("zipmap: needs two lists of the same length");
  doc_entry *es = ALLOC(a0->len, doc_entry);
  uint32_t o = 0;
  for (uint32_t i = 0; i < a0->len; i++) {
    const doc_node *kn = a0->u.items[i];
    if (kn->kind == DOC_UNKNOWN) return kn;
    size_t kl;
    const char *k = iac_tf_to_string(f->s, kn, &kl);
    if (!k) return ERR("zipmap: keys must be strings");
    uint32_t j = 0;
    while (j < o && strcmp(es[j].key, k))
      j++;
    es[j].key = k;
    es[j].key_len = (uint32_t)kl;
    es[j].line = f->line;
    es[j].col = f->col;
    es[j].val = a1->u.items[i];
    if (j == o) o++;
  }
  return MAP(es, o);
}

const doc_node *tf_fn_slice(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  double st, en;
  if (a0->kind != DOC_LIST || !iac_tf_fn_narg(f, 1, &st) || !iac_tf_fn_narg(f, 2, &en) || st < 0 ||
      en > a0->len || st > en)
    return ERR("slice: bad arguments");
  return LIST((const doc_node **)a0->u.items + (uint32_t)st, (uint32_t)en - (uint32_t)st);
}

const doc_node *tf_fn_reverse(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind != DOC_LIST) return ERR("reverse: needs a list");
  const doc_node **v = ALLOC(a0->len, const doc_node *);
  for (uint32_t i = 0; i < a0->len; i++)
    v[i] = a0->u.items[a0->len - 1 - i];
  return LIST(v, a0->len);
}

const doc_node *tf_fn_sort(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind != DOC_LIST) return ERR("sort: needs a list");
  const doc_node **v = ALLOC(a0->len, const doc_node *);
  for (uint32_t i = 0; i < a0->len; i++) {
    size_t l;
    const char *str = iac_tf_to_string(f->s, a0->u.items[i], &l);
    if (!str) return ERR("sort: needs strings");
    v[i] = STR(str, l);
  }
  qsort(v, a0->len, sizeof *v, cmp_nodes);
  return LIST(v, a0->len);
}

const doc_node *tf_fn_index(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind != DOC_LIST) return ERR("index: needs a list");
  for (uint32_t i = 0; i < a0->len; i++)
    if (iac_doc_equal(a0->u.items[i], f->a[1])) return NUM(i);
  return ERR("index: value not found");
}

/* alltrue() / anytrue(): "true" strings count as true, as Terraform converts */
static const doc_node *all_any(tf_fcall *f, bool all) {
  const doc_node *a0 = f->a[0];
  if (a0->kind != DOC_LIST) return ERR("%s: needs a list", f->fn);
  bool acc = all;
  for (uint32_t i = 0; i < a0->len; i++) {
    const doc_node *x = a0->u.items[i];
    bool b = x->kind == DOC_BOOL ? x->u.b : x->kind == DOC_STRING && !strcmp(x->u.str, "true");
    acc = all ? acc && b : acc || b;
  }
  return BOOL(acc);
}

const doc_node *tf_fn_alltrue(tf_fcall *f) {
  return all_any(f, true);
}

const doc_node *tf_fn_anytrue(tf_fcall *f) {
  return all_any(f, false);
}

const doc_node *tf_fn_setunion(tf_fcall *f) {
  hcl_vec out = {0};
  for (uint32_t i = 0; i < f->n; i++) {
    if (f->a[i]->kind != DOC_LIST) return ERR("setunion: needs sets");
    for (uint32_t k = 0; k < f->a[i]->len; k++) {
      bool dup = false;
      for (uint32_t j = 0; j < out.n && !dup; j++)
        dup = iac_doc_equal(out.v[j], f->a[i]->u.items[k]);
      if (!dup) iac_hcl_vec_push(ARENA, &out, f->a[i]->u.items[k]);
    }
  }
  return LIST((const doc_node **)out.v, out.n);
}

/* tolist() passes unknowns through; toset() needs them known (TF_DEEP) */
const doc_node *tf_fn_tolist(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind == DOC_UNKNOWN || a0->kind == DOC_NULL) return a0;
  if (a0->kind != DOC_LIST) return ERR("tolist: needs a list or set");
  return a0;
}

const doc_node *tf_fn_toset(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind == DOC_UNKNOWN || a0->kind == DOC_NULL) return a0;
  if (a0->kind != DOC_LIST) return ERR("toset: needs a list or set");
  uint32_t n;
  const doc_node **v = distinct_items(f, a0, true, &n);
  return LIST(v, n);
}

const doc_node *tf_fn_tomap(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind == DOC_UNKNOWN || a0->kind == DOC_NULL || a0->kind == DOC_MAP) return a0;
  return ERR("tomap: needs a map");
}
