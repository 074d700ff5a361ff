/* builtins.c — the C primitives of vm/builtins.h. Results that need memory
 * (strings, lists) come from the state's scratch arena, which the interpreter
 * resets after each (rule, resource): no malloc on this path except the first
 * compilation of a regex pattern per state (regex.c caches it). */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "builtins.h"
#include "unit.h"
#include "yaml_load.h"
#include "vm_internal.h"

typedef vm_value (*builtin_fn)(vm_state *s, const vm_value *a);

static bool is_seq(const vm_value *v) {
  return v->tag == VV_LIST || v->tag == VV_PROJ;
}

/* An unknown argument makes the result unknown (its reason is kept). */
static const vm_value *first_unknown(const vm_value *a, int n) {
  for (int i = 0; i < n; i++)
    if (a[i].tag == VV_UNKNOWN) return &a[i];
  return NULL;
}

static vm_value unknown_of(const vm_value *u) {
  return vm_v_unknown_of(u);
}

static vm_value num(double d) {
  vm_value v = vm_v_missing();
  v.tag = VV_NUM;
  v.u.n = d;
  return v;
}

static vm_value bi_len(vm_state *s, const vm_value *a) {
  (void)s;
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  if (is_seq(a) || a->tag == VV_MAP) return num(a->u.node->len);
  if (a->tag == VV_STR) return num(a->len);
  return vm_v_missing();
}

/* The high bit of each byte of w that is an ASCII letter in lo..lo+25 (the
 * low 7 bits compared with two additions that carry into no neighbour). */
static inline uint64_t letters_in(uint64_t w, unsigned char lo) {
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  uint64_t x = w & ~high;
  uint64_t ge = x + ones * (uint64_t)(0x80 - lo);      /* high bit: x >= lo */
  uint64_t gt = x + ones * (uint64_t)(0x80 - lo - 26); /* high bit: x > lo + 25 */
  return ge & ~gt & ~w & high;
}

static vm_value recase(vm_state *s, const vm_value *a, bool up) {
  if (a->tag != VV_STR) return *a;
  const unsigned char from = up ? 'a' : 'A';
  const char *src = a->u.s;
  uint32_t i = 0, n = a->len;
  uint64_t w;
  /* eight bytes a step to the first letter to change: many strings are in
   * that case already (the same string comes back) */
  for (; i + 8 <= n; i += 8) {
    memcpy(&w, src + i, 8);
    if (letters_in(w, from)) break;
  }
  if (i + 8 > n) {
    while (i < n && (unsigned char)(src[i] - from) > 25)
      i++;
    if (i == n) return *a;
  }
  char *p = vm_build_alloc(s, (size_t)n + 1);
  if (!p) return vm_budget_unknown(s);
  memcpy(p, src, i);
  /* an ASCII letter changes case with its 0x20 bit: the high bit of each
   * letter's byte in letters_in, shifted down by two */
  for (; i + 8 <= n; i += 8) {
    memcpy(&w, src + i, 8);
    w ^= letters_in(w, from) >> 2;
    memcpy(p + i, &w, 8);
  }
  for (; i < n; i++) {
    char c = src[i];
    p[i] = (unsigned char)(c - from) <= 25 ? (char)(c ^ 0x20) : c;
  }
  p[n] = 0;
  vm_value v = vm_v_str(p, n);
  v.line = a->line;
  v.col = a->col;
  return v;
}

static vm_value bi_lower(vm_state *s, const vm_value *a) {
  return recase(s, a, false);
}

static vm_value bi_upper(vm_state *s, const vm_value *a) {
  return recase(s, a, true);
}

static vm_value affix(const vm_value *a, bool prefix) {
  const vm_value *u = first_unknown(a, 2);
  if (u) return unknown_of(u);
  if (a[0].tag != VV_STR || a[1].tag != VV_STR || a[1].len > a[0].len) return vm_v_bool(false);
  const char *at = prefix ? a[0].u.s : a[0].u.s + (a[0].len - a[1].len);
  return vm_v_bool(memcmp(at, a[1].u.s, a[1].len) == 0);
}

static vm_value bi_starts_with(vm_state *s, const vm_value *a) {
  (void)s;
  return affix(a, true);
}

static vm_value bi_ends_with(vm_state *s, const vm_value *a) {
  (void)s;
  return affix(a, false);
}

static vm_value bi_contains(vm_state *s, const vm_value *a) {
  (void)s;
  if (a[0].tag == VV_STR || is_seq(&a[0]) || a[0].tag == VV_MAP || a[0].tag == VV_UNKNOWN)
    return vm_v_in(a[1], a[0]);
  if (a[1].tag == VV_UNKNOWN) return unknown_of(&a[1]);
  return vm_v_bool(false);
}

static vm_value bi_matches(vm_state *s, const vm_value *a) {
  const vm_value *u = first_unknown(a, 2);
  if (u) return unknown_of(u);
  if (a[1].tag != VV_STR) return vm_v_unknown("matches: pattern is not a string");
  if (a[0].tag != VV_STR) return vm_v_bool(false);
  int r = vm_regex_match(s->rx, a[1].u.s, a[1].len, a[0].u.s, a[0].len);
  if (r < 0) return vm_v_unknown("matches: bad pattern");
  return vm_v_bool(r == 1);
}

static bool seg_at(const char *s, const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != '?' && p[i] != s[i]) return false;
  return true;
}

/* Whole-string glob with * and ?. The pattern splits at '*' into segments: the
 * first anchors at the start, the last at the end, and each middle one is
 * matched at its leftmost position — correct for star-only patterns and never
 * backtracking, so time is O(|s| * |p|) at worst, with no exponential blowup. */
static bool glob(const char *s, size_t sn, const char *p, size_t pn) {
  const char *first = memchr(p, '*', pn);
  if (!first) return sn == pn && seg_at(s, p, pn);
  size_t star = (size_t)(first - p), last = pn - 1;
  while (p[last] != '*')
    last--;
  size_t suf = pn - last - 1;
  if (sn < star + suf || !seg_at(s, p, star) || !seg_at(s + sn - suf, p + last + 1, suf))
    return false;
  size_t si = star, send = sn - suf, pi = star + 1;
  while (pi < last) {
    size_t q = pi;
    while (p[q] != '*')
      q++;
    size_t m = q - pi;
    if (m) {
      size_t j = si;
      while (j + m <= send && !seg_at(s + j, p + pi, m))
        j++;
      if (j + m > send) return false;
      si = j + m;
    }
    pi = q + 1;
  }
  return true;
}

static vm_value bi_glob(vm_state *s, const vm_value *a) {
  (void)s;
  const vm_value *u = first_unknown(a, 2);
  if (u) return unknown_of(u);
  if (a[0].tag != VV_STR || a[1].tag != VV_STR) return vm_v_bool(false);
  return vm_v_bool(glob(a[0].u.s, a[0].len, a[1].u.s, a[1].len));
}

static vm_value is_tag(const vm_value *a, bool ok) {
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  return vm_v_bool(ok);
}

static vm_value bi_is_string(vm_state *s, const vm_value *a) {
  (void)s;
  return is_tag(a, a->tag == VV_STR);
}

static vm_value bi_is_number(vm_state *s, const vm_value *a) {
  (void)s;
  return is_tag(a, a->tag == VV_NUM);
}

static vm_value bi_is_bool(vm_state *s, const vm_value *a) {
  (void)s;
  return is_tag(a, a->tag == VV_BOOL);
}

static vm_value bi_is_list(vm_state *s, const vm_value *a) {
  (void)s;
  return is_tag(a, is_seq(a));
}

static vm_value bi_is_map(vm_state *s, const vm_value *a) {
  (void)s;
  return is_tag(a, a->tag == VV_MAP);
}

static vm_value bi_is_missing(vm_state *s, const vm_value *a) {
  (void)s;
  return vm_v_bool(a->tag == VV_MISSING);
}

static vm_value bi_is_unknown(vm_state *s, const vm_value *a) {
  (void)s;
  return vm_v_bool(a->tag == VV_UNKNOWN);
}

static const doc_node empty_list = {DOC_LIST, 0, 0, 0, 0, 0, {.items = NULL}};

static vm_value bi_to_list(vm_state *s, const vm_value *a) {
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  if (is_seq(a)) {
    vm_value v = *a;
    v.tag = VV_LIST;
    return v;
  }
  if (a->tag == VV_MISSING) return vm_v_list(&empty_list);
  doc_node *item = vm_v_to_node(&s->scratch, *a);
  vm_value v = vm_v_list(iac_doc_list(&s->scratch, &item, 1, a->line, a->col));
  v.line = a->line;
  v.col = a->col;
  return v;
}

static vm_value bi_keys(vm_state *s, const vm_value *a) {
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  if (a->tag != VV_MAP) return vm_v_missing();
  const doc_node *m = a->u.node;
  doc_node **items = vm_build_alloc(s, (m->len ? m->len : 1) * (sizeof *items + sizeof **items));
  if (!items) return vm_budget_unknown(s);
  for (uint32_t i = 0; i < m->len; i++) {
    const doc_entry *e = &m->u.entries[i];
    items[i] = iac_doc_string(&s->scratch, e->key, e->key_len, e->line, e->col);
  }
  vm_value v = vm_v_list(iac_doc_list(&s->scratch, items, m->len, m->line, m->col));
  v.line = a->line;
  v.col = a->col;
  return v;
}

static vm_value bi_str(vm_state *s, const vm_value *a) {
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  if (a->tag == VV_STR) return *a;
  size_t n = vm_value_display(a, NULL, 0);
  char *p = n < UINT32_MAX ? vm_build_alloc(s, n + 1) : NULL;
  if (!p) return vm_budget_unknown(s);
  vm_value_display(a, p, n + 1);
  vm_value v = vm_v_str(p, (uint32_t)n);
  v.line = a->line;
  v.col = a->col;
  return v;
}

/* v is a reference to the resource whose body is res: an unknown flagged
 * DOC_F_REF whose reason is DOC_REF_PREFIX + NAME [+ ".attr"], NAME that
 * resource's name. The flag decides what v is; the text after the prefix is
 * only read for the address. Never unknown: a reference names res or not. */
static vm_value bi_refers_to(vm_state *s, const vm_value *a) {
  const vm_value *v = &a[0], *res = &a[1];
  if (v->tag != VV_UNKNOWN || !(v->flags & DOC_F_REF) || !v->u.s || v->len < DOC_REF_PREFIX_LEN)
    return vm_v_bool(false);
  if ((res->tag != VV_MAP && res->tag != VV_LIST) || !s->unit) return vm_v_bool(false);
  const char *ref = v->u.s + DOC_REF_PREFIX_LEN;
  size_t rn = v->len - DOC_REF_PREFIX_LEN;
  for (size_t i = 0; i < s->unit->n_resources; i++) {
    const iac_resource *r = &s->unit->resources[i];
    if (r->body != res->u.node || !r->name) continue;
    size_t nn = strlen(r->name);
    if (rn >= nn && memcmp(ref, r->name, nn) == 0 && (rn == nn || ref[nn] == '.'))
      return vm_v_bool(true);
  }
  return vm_v_bool(false);
}

/* "cannot convert string \"abc\" to number" */
static vm_value no_conversion(vm_state *s, const vm_value *a, const char *to) {
  char shown[64];
  size_t n = vm_value_display(a, shown, sizeof shown);
  if (a->tag == VV_STR)
    return vm_v_unknown(base_arena_printf(&s->scratch, "cannot convert string \"%s%s\" to %s",
                                          shown, n >= sizeof shown ? "..." : "", to));
  static const char *const kinds[] = {"missing", "unknown", "null", "boolean", "number",
                                      "string",  "list",    "map",  "list",    "iterator"};
  return vm_v_unknown(base_arena_printf(&s->scratch, "cannot convert %s%s%s to %s", kinds[a->tag],
                                        a->tag == VV_BOOL ? " " : "",
                                        a->tag == VV_BOOL ? shown : "", to));
}

static vm_value bi_number(vm_state *s, const vm_value *a) {
  if (a->tag == VV_NUM || a->tag == VV_MISSING || a->tag == VV_UNKNOWN) return *a;
  double d;
  if (a->tag == VV_STR && vm_str_number(a->u.s, a->len, &d)) {
    vm_value v = num(d);
    v.line = a->line;
    v.col = a->col;
    return v;
  }
  return no_conversion(s, a, "number");
}

static vm_value bi_bool(vm_state *s, const vm_value *a) {
  if (a->tag == VV_BOOL || a->tag == VV_MISSING || a->tag == VV_UNKNOWN) return *a;
  int b = a->tag == VV_STR ? vm_str_bool(a->u.s, a->len) : -1;
  if (b >= 0) {
    vm_value v = vm_v_bool(b == 1);
    v.line = a->line;
    v.col = a->col;
    return v;
  }
  return no_conversion(s, a, "boolean");
}

/* ---- lists ---- */

static vm_value list_of(vm_state *s, doc_node **items, uint32_t n, const vm_value *from) {
  vm_value v = vm_v_list(iac_doc_list(&s->scratch, items, n, from->line, from->col));
  v.line = from->line;
  v.col = from->col;
  return v;
}

static vm_value bi_flatten(vm_state *s, const vm_value *a) {
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  if (!is_seq(a)) return vm_v_missing();
  const doc_node *l = a->u.node;
  size_t n = 0;
  for (uint32_t i = 0; i < l->len; i++)
    n += l->u.items[i] && l->u.items[i]->kind == DOC_LIST ? l->u.items[i]->len : 1;
  doc_node **items = n < UINT32_MAX / 2 ? vm_build_alloc(s, (n ? n : 1) * sizeof *items) : NULL;
  if (!items) return vm_budget_unknown(s);
  n = 0;
  for (uint32_t i = 0; i < l->len; i++) {
    doc_node *it = l->u.items[i];
    if (it && it->kind == DOC_LIST)
      for (uint32_t j = 0; j < it->len; j++)
        items[n++] = it->u.items[j];
    else
      items[n++] = it;
  }
  return list_of(s, items, (uint32_t)n, a);
}

enum { MAX_DISTINCT = 10000 }; /* distinct() compares pairs: bounded work */

static vm_value bi_distinct(vm_state *s, const vm_value *a) {
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  if (!is_seq(a)) return vm_v_missing();
  const doc_node *l = a->u.node;
  if (l->len > MAX_DISTINCT)
    return vm_v_unknown("limit exceeded: distinct() of more than 10000 items");
  doc_node **items = vm_build_alloc(s, (l->len ? l->len : 1) * sizeof *items);
  if (!items) return vm_budget_unknown(s);
  uint32_t n = 0;
  for (uint32_t i = 0; i < l->len; i++) {
    vm_value x = vm_value_from_node(l->u.items[i], 0, 0);
    bool dup = false;
    for (uint32_t j = 0; j < n && !dup; j++) {
      vm_value e = vm_v_eq(&s->scratch, x, vm_value_from_node(items[j], 0, 0));
      if (e.tag == VV_UNKNOWN) return e;
      dup = e.u.b;
    }
    if (!dup) items[n++] = l->u.items[i];
  }
  return list_of(s, items, n, a);
}

/* sum/min/max: op 0 sum, 1 min, 2 max */
static vm_value fold_numbers(vm_state *s, const vm_value *a, int op) {
  static const char *const name[] = {"sum", "min", "max"};
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  if (!is_seq(a)) return vm_v_missing();
  const doc_node *l = a->u.node;
  if (op && l->len == 0) return vm_v_missing();
  double acc = 0;
  for (uint32_t i = 0; i < l->len; i++) {
    vm_value x = vm_value_from_node(l->u.items[i], 0, 0);
    double d;
    if (x.tag == VV_UNKNOWN) return unknown_of(&x);
    if (x.tag == VV_NUM)
      d = x.u.n;
    else if (x.tag != VV_STR || !vm_str_number(x.u.s, x.len, &d)) {
      vm_value r = no_conversion(s, &x, "number");
      r.u.s = base_arena_printf(&s->scratch, "%s: %s", name[op], r.u.s);
      r.len = (uint32_t)strlen(r.u.s);
      return r;
    }
    if (op == 0)
      acc += d;
    else if (i == 0 || (op == 1 ? d < acc : d > acc))
      acc = d;
  }
  return num(acc);
}

static vm_value bi_sum(vm_state *s, const vm_value *a) {
  return fold_numbers(s, a, 0);
}

static vm_value bi_min(vm_state *s, const vm_value *a) {
  return fold_numbers(s, a, 1);
}

static vm_value bi_max(vm_state *s, const vm_value *a) {
  return fold_numbers(s, a, 2);
}

static vm_value bi_values(vm_state *s, const vm_value *a) {
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  if (a->tag != VV_MAP) return vm_v_missing();
  const doc_node *m = a->u.node;
  doc_node **items = vm_build_alloc(s, (m->len ? m->len : 1) * sizeof *items);
  if (!items) return vm_budget_unknown(s);
  for (uint32_t i = 0; i < m->len; i++)
    items[i] = m->u.entries[i].val;
  return list_of(s, items, m->len, a);
}

/* ---- joins ---- */

static const iac_resource *resource_of(vm_state *s, const vm_value *v) {
  if ((v->tag != VV_MAP && v->tag != VV_LIST) || !s->unit) return NULL;
  return vm_resource_by_body(s, v->u.node);
}

/* Keys that name or label a resource itself: not pointers at another one. */
static bool own_key(const char *k, uint32_t n) {
  return (n == 4 && !memcmp(k, "name", 4)) || (n == 4 && !memcmp(k, "tags", 4)) ||
         (n == 4 && !memcmp(k, "Tags", 4)) || (n == 8 && !memcmp(k, "tags_all", 8)) ||
         (n >= 4 && !memcmp(k + n - 4, "Name", 4));
}

/* The literals that identify `to`: its name/id/arn/bucket attributes
 * (Terraform), its Properties' *Name values (CloudFormation). */
static uint32_t identities(const iac_resource *to, const doc_node **out, uint32_t cap) {
  static const char *const keys[] = {"name", "id", "arn", "bucket"};
  uint32_t n = 0;
  const doc_node *b = to->body;
  if (!b || b->kind != DOC_MAP) return 0;
  for (size_t k = 0; k < sizeof keys / sizeof keys[0] && n < cap; k++) {
    const doc_node *v = iac_map_get(b, keys[k]);
    if (v && v->kind == DOC_STRING && v->len) out[n++] = v;
  }
  const doc_node *props = iac_map_get(b, "Properties");
  for (uint32_t i = 0; props && props->kind == DOC_MAP && i < props->len && n < cap; i++) {
    const doc_entry *e = &props->u.entries[i];
    if (e->key_len > 4 && !memcmp(e->key + e->key_len - 4, "Name", 4) && e->val &&
        e->val->kind == DOC_STRING && e->val->len)
      out[n++] = e->val;
  }
  return n;
}

enum { JOIN_DEPTH = 32 }; /* how deep into a body a pointer is looked for */

/* Whether node n (part of another resource's body) points at `to`. */
static bool points_at(const doc_node *n, const iac_resource *to, const doc_node **ids,
                      uint32_t n_ids, int depth) {
  if (!n || depth > JOIN_DEPTH) return false;
  switch ((doc_kind)n->kind) {
  case DOC_UNKNOWN: {
    /* a reference is a flag (DOC_F_REF); the address follows DOC_REF_PREFIX */
    size_t nn = to->name ? strlen(to->name) : 0, pl = DOC_REF_PREFIX_LEN;
    return nn && (n->flags & DOC_F_REF) && n->len >= pl + nn &&
           !memcmp(n->u.str + pl, to->name, nn) && (n->len == pl + nn || n->u.str[pl + nn] == '.');
  }
  case DOC_STRING:
    for (uint32_t i = 0; i < n_ids; i++)
      if (ids[i]->len == n->len && !memcmp(ids[i]->u.str, n->u.str, n->len)) return true;
    return false;
  case DOC_LIST:
    for (uint32_t i = 0; i < n->len; i++)
      if (points_at(n->u.items[i], to, ids, n_ids, depth + 1)) return true;
    return false;
  case DOC_MAP:
    for (uint32_t i = 0; i < n->len; i++)
      if (!own_key(n->u.entries[i].key, n->u.entries[i].key_len) &&
          points_at(n->u.entries[i].val, to, ids, n_ids, depth + 1))
        return true;
    return false;
  default: return false;
  }
}

static int unit_order(const void *a, const void *b) {
  const iac_resource *x = *(const iac_resource *const *)a, *y = *(const iac_resource *const *)b;
  return x < y ? -1 : x > y;
}

/* referrers (from_r false: the others point at r) or references (r points at
 * them). Only resources of the named types are visited (vm_type_range), so a
 * call costs the candidates, not the unit; the result is in unit order. */
static vm_value join(vm_state *s, const vm_value *a, bool from_r) {
  if (a[0].tag == VV_UNKNOWN) return unknown_of(&a[0]);
  const iac_resource *r = resource_of(s, &a[0]);
  if (!r) return vm_v_missing();
  const doc_node *types = is_seq(&a[1]) ? a[1].u.node : NULL;
  size_t cand = 0;
  for (uint32_t t = 0; types && t < types->len; t++) {
    const doc_node *tn = types->u.items[t];
    const iac_resource *const *rs;
    if (tn && tn->kind == DOC_STRING) cand += vm_type_range(s, r->format, tn->u.str, &rs);
  }
  const iac_resource **hits = vm_build_alloc(s, (cand + 1) * sizeof *hits);
  if (!hits) return vm_budget_unknown(s);
  size_t n = 0;
  const doc_node *ids[8];
  uint32_t n_ids = from_r ? 0 : identities(r, ids, 8);
  for (uint32_t t = 0; types && t < types->len; t++) {
    const doc_node *tn = types->u.items[t];
    if (!tn || tn->kind != DOC_STRING) continue;
    bool again = false; /* a type named twice is visited once */
    for (uint32_t e = 0; e < t && !again; e++)
      again = types->u.items[e] && types->u.items[e]->kind == DOC_STRING &&
              !strcmp(types->u.items[e]->u.str, tn->u.str);
    if (again) continue;
    const iac_resource *const *rs;
    size_t m = vm_type_range(s, r->format, tn->u.str, &rs);
    for (size_t i = 0; i < m; i++) {
      const iac_resource *x = rs[i];
      if (x == r) continue;
      bool hit;
      if (from_r) {
        const doc_node *xids[8];
        uint32_t nx = identities(x, xids, 8);
        hit = points_at(r->body, x, xids, nx, 0);
      } else {
        hit = points_at(x->body, r, ids, n_ids, 0);
      }
      if (hit) hits[n++] = x;
    }
  }
  if (n > 1) qsort(hits, n, sizeof *hits, unit_order);
  doc_node **items = vm_build_alloc(s, (n + 1) * sizeof *items);
  if (!items) return vm_budget_unknown(s);
  for (size_t i = 0; i < n; i++)
    items[i] = (doc_node *)hits[i]->body;
  return vm_v_list(iac_doc_list(&s->scratch, items, (uint32_t)n, 0, 0));
}

static vm_value bi_referrers(vm_state *s, const vm_value *a) {
  return join(s, a, false);
}

static vm_value bi_references(vm_state *s, const vm_value *a) {
  return join(s, a, true);
}

static vm_value bi_address(vm_state *s, const vm_value *a) {
  if (a->tag == VV_UNKNOWN) return unknown_of(a);
  const iac_resource *r = resource_of(s, a);
  if (!r || !r->name) return vm_v_missing();
  return vm_v_str(r->name, (uint32_t)strlen(r->name));
}

/* ---- decoding ---- */

void vm_decoded_reset(vm_state *s) {
  for (uint32_t i = 0; i < s->n_decoded; i++)
    iac_unit_free(s->decoded[i].unit);
  s->n_decoded = 0;
}

/* Every node of a decoded text is located where the text is written: its
 * lines count from the string, not from the file. A verbatim string (a
 * heredoc or YAML literal block scalar, DOC_F_VERBATIM) is the file's text
 * line for line: its nodes move to their exact file line and column
 * (text_line > 0); any other string's nodes all take the attribute's
 * location (never a guessed line). Flags of verbatim strings inside the
 * decoded text are cleared: their lines count from the text. Depth is
 * bounded by the loader's max_depth. */
static void relocate(doc_node *n, uint32_t line, uint32_t col, uint32_t text_line,
                     uint32_t indent) {
  if (!n) return;
  n->flags &= (uint8_t)~DOC_F_VERBATIM;
  if (text_line) {
    n->line = text_line + n->line - 1;
    n->col += indent;
  } else {
    n->line = line;
    n->col = col;
  }
  if (n->kind == DOC_LIST)
    for (uint32_t i = 0; i < n->len; i++)
      relocate(n->u.items[i], line, col, text_line, indent);
  else if (n->kind == DOC_MAP)
    for (uint32_t i = 0; i < n->len; i++) {
      if (text_line) {
        n->u.entries[i].line = text_line + n->u.entries[i].line - 1;
        n->u.entries[i].col += indent;
      } else {
        n->u.entries[i].line = line;
        n->u.entries[i].col = col;
      }
      relocate(n->u.entries[i].val, line, col, text_line, indent);
    }
}

static vm_value decode(vm_state *s, const vm_value *a, bool yaml) {
  if (a->tag == VV_MISSING || a->tag == VV_UNKNOWN) return *a;
  if (a->tag != VV_STR) return no_conversion(s, a, yaml ? "a YAML document" : "a JSON document");
  for (uint32_t i = 0; i < s->n_decoded; i++) { /* the same text decoded again */
    vm_decoded *d = &s->decoded[i];
    if (d->text == a->u.s && d->len == a->len && d->yaml == yaml &&
        d->verbatim == ((a->flags & DOC_F_VERBATIM) != 0)) {
      vm_value v = d->value;
      v.line = a->line;
      v.col = a->col;
      return v;
    }
  }
  /* the tree costs several times the text: count it against the budget */
  if (!vm_build_charge(s, 8 * (size_t)a->len)) return vm_budget_unknown(s);
  iac_unit *u = iac_unit_new(yaml ? "<yaml>" : "<json>");
  char *text = base_arena_strndup(&u->arena, a->u.s, a->len);
  iac_limits lim = {IAC_DEFAULT_MAX_FILE_SIZE, IAC_DEFAULT_MAX_DEPTH,
                    IAC_DEFAULT_MAX_ALIAS_EXPANSION, IAC_DEFAULT_MAX_TEMPLATE_DEPTH,
                    IAC_DEFAULT_MAX_EVAL_BYTES};
  vm_value v;
  if (a->len > lim.max_file_size) {
    v = vm_v_unknown("limit exceeded: text larger than the file size limit");
  } else if (!iac_yaml_load(u, text, a->len, &lim, !yaml) || u->n_docs != 1 || !u->docs[0]) {
    const iac_error *e = NULL;
    for (size_t i = 0; i < u->n_errors && !e; i++)
      if (u->errors[i].severity != IAC_SEV_WARNING) e = &u->errors[i];
    const char *what = yaml ? "YAML" : "JSON";
    if (e && e->line)
      v = vm_v_unknown(base_arena_printf(&s->scratch,
                                         "invalid %s: %s (line %u, column %u of the text)", what,
                                         e->message, e->line, e->col));
    else if (e)
      v = vm_v_unknown(base_arena_printf(&s->scratch, "invalid %s: %s", what, e->message));
    else
      v = vm_v_unknown(base_arena_printf(&s->scratch, "invalid %s: %s", what,
                                         u->n_docs ? "more than one document" : "no document"));
  } else {
    uint32_t text_line = 0, indent = 0;
    if (a->flags & DOC_F_VERBATIM) iac_doc_verbatim_at(a->u.s, a->len, &text_line, &indent);
    relocate((doc_node *)u->docs[0], a->line, a->col, text_line, indent);
    v = vm_value_from_node(u->docs[0], a->line, a->col);
  }
  if (s->n_decoded == s->cap_decoded) {
    s->cap_decoded = s->cap_decoded ? 2 * s->cap_decoded : 4;
    s->decoded = base_xrealloc(s->decoded, s->cap_decoded * sizeof *s->decoded);
  }
  s->decoded[s->n_decoded++] =
      (vm_decoded){a->u.s, a->len, yaml, (a->flags & DOC_F_VERBATIM) != 0, u, v};
  return v;
}

static vm_value bi_json(vm_state *s, const vm_value *a) {
  return decode(s, a, false);
}

static vm_value bi_yaml(vm_state *s, const vm_value *a) {
  return decode(s, a, true);
}

static const builtin_fn fns[VM_BI__COUNT] = {
#define VM_BI_FN(id, name, arity, ret, a0, a1, doc) [VM_BI_##id] = bi_##id,
#define bi_LEN bi_len
#define bi_LOWER bi_lower
#define bi_UPPER bi_upper
#define bi_STARTS_WITH bi_starts_with
#define bi_ENDS_WITH bi_ends_with
#define bi_CONTAINS bi_contains
#define bi_MATCHES bi_matches
#define bi_GLOB bi_glob
#define bi_IS_STRING bi_is_string
#define bi_IS_NUMBER bi_is_number
#define bi_IS_BOOL bi_is_bool
#define bi_IS_LIST bi_is_list
#define bi_IS_MAP bi_is_map
#define bi_IS_MISSING bi_is_missing
#define bi_IS_UNKNOWN bi_is_unknown
#define bi_TO_LIST bi_to_list
#define bi_KEYS bi_keys
#define bi_STR bi_str
#define bi_REFERS_TO bi_refers_to
#define bi_NUMBER bi_number
#define bi_BOOL bi_bool
#define bi_FLATTEN bi_flatten
#define bi_DISTINCT bi_distinct
#define bi_SUM bi_sum
#define bi_MIN bi_min
#define bi_MAX bi_max
#define bi_VALUES bi_values
#define bi_JSON bi_json
#define bi_YAML bi_yaml
#define bi_REFERRERS bi_referrers
#define bi_REFERENCES bi_references
#define bi_ADDRESS bi_address
    VM_BUILTINS(VM_BI_FN)
#undef VM_BI_FN
};

vm_value vm_builtin_call(vm_state *s, unsigned id, const vm_value *args) {
  if (id >= VM_BI__COUNT || !fns[id]) return vm_v_unknown("builtin: bad id");
  return fns[id](s, args);
}
