/* pack_load.c — .vgp bytes → verified, indexed vm_pack (layout: docs/bytecode.md).
 *
 * The input is untrusted (packs travel between teams; the loader is fuzzed):
 * every read is bounds-checked, every count is checked against the bytes left
 * before anything is allocated, the digest is checked before any section is
 * decoded, and vm_verify runs before the pack is handed out. */
#include <nettle/sha2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "pack.h"
#include "pack_format.h"
#include "readfile.h"

typedef struct rd {
  const uint8_t *p;
  size_t len, pos;
  int bad;
} rd;

static size_t left(const rd *r) {
  return r->bad ? 0 : r->len - r->pos;
}

static const uint8_t *take(rd *r, size_t n) {
  if (r->bad || r->len - r->pos < n) {
    r->bad = 1;
    return NULL;
  }
  const uint8_t *q = r->p + r->pos;
  r->pos += n;
  return q;
}

static uint8_t rd8(rd *r) {
  const uint8_t *q = take(r, 1);
  return q ? q[0] : 0;
}

static uint16_t rd16(rd *r) {
  const uint8_t *q = take(r, 2);
  return q ? (uint16_t)(q[0] | q[1] << 8) : 0;
}

static uint32_t rd32(rd *r) {
  const uint8_t *q = take(r, 4);
  return q ? vm_rd32(q) : 0;
}

typedef struct ld {
  vm_pack *p;
  bool in_place; /* vm_pack_load_static: strings and code stay in the caller's bytes */
  const char **strs;
  uint32_t *slen;
  uint32_t n_strs;
  char *err;
  size_t errlen;
  const char *sec; /* section being decoded, for messages */
} ld;

__attribute__((format(printf, 2, 3))) static int fail(ld *l, const char *fmt, ...) {
  if (l->err && l->errlen) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(l->err, l->errlen, fmt, ap);
    va_end(ap);
  }
  return -1;
}

static int str_at(ld *l, rd *r, const char **out, uint32_t *len) {
  uint32_t i = rd32(r);
  if (r->bad) return fail(l, "pack: %s section truncated", l->sec);
  if (i >= l->n_strs)
    return fail(l, "pack: %s section: string index %u out of range (%u strings)", l->sec, i,
                l->n_strs);
  *out = l->strs[i];
  if (len) *len = l->slen[i];
  return 0;
}

/* ---- sections ---- */

static int load_strings(ld *l, rd *r) {
  l->sec = "strings";
  uint32_t n = rd32(r);
  if (r->bad || n > left(r) / 5) return fail(l, "pack: strings section: bad count %u", n);
  l->strs = base_arena_alloc(&l->p->arena, (n ? n : 1) * sizeof *l->strs);
  l->slen = base_arena_alloc(&l->p->arena, (n ? n : 1) * sizeof *l->slen);
  /* one copy of the whole payload (none for static bytes); strings point into it */
  const char *base = (const char *)r->p + r->pos;
  if (!l->in_place) {
    char *copy = base_arena_alloc(&l->p->arena, left(r) + 1);
    memcpy(copy, r->p + r->pos, left(r));
    base = copy;
  }
  size_t start = r->pos;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t len = rd32(r);
    if (r->bad || len >= left(r)) return fail(l, "pack: strings section: string %u truncated", i);
    if (r->p[r->pos + len] != 0)
      return fail(l, "pack: strings section: string %u is not NUL-terminated", i);
    l->strs[i] = base + (r->pos - start);
    l->slen[i] = len;
    r->pos += (size_t)len + 1;
  }
  if (left(r)) return fail(l, "pack: strings section: %zu trailing bytes", left(r));
  l->n_strs = n;
  return 0;
}

static doc_node *load_node(ld *l, rd *r, int depth) {
  if (depth > VM_PACK_MAX_CONST_DEPTH) {
    fail(l, "pack: constants section: nesting deeper than %d", VM_PACK_MAX_CONST_DEPTH);
    return NULL;
  }
  base_arena *a = &l->p->arena;
  uint8_t kind = rd8(r);
  uint32_t line = rd32(r), col = rd32(r);
  if (r->bad) {
    fail(l, "pack: constants section truncated");
    return NULL;
  }
  const char *s;
  uint32_t n;
  switch (kind) {
  case DOC_NULL: return iac_doc_null(a, line, col);
  case DOC_BOOL: {
    uint8_t b = rd8(r);
    if (r->bad || b > 1) break;
    return iac_doc_bool(a, b, line, col);
  }
  case DOC_NUMBER: {
    const uint8_t *q = take(r, 8);
    if (!q) break;
    uint64_t bits = (uint64_t)vm_rd32(q) | (uint64_t)vm_rd32(q + 4) << 32;
    double d;
    memcpy(&d, &bits, sizeof d);
    return iac_doc_number(a, d, line, col);
  }
  case DOC_STRING:
  case DOC_UNKNOWN: {
    if (str_at(l, r, &s, &n)) return NULL;
    doc_node *d = iac_doc_string(a, "", 0, line, col);
    d->kind = kind;
    d->u.str = s; /* shared with the string table (pack-owned, immutable) */
    d->len = n;
    return d;
  }
  case DOC_LIST: {
    n = rd32(r);
    if (r->bad || n > left(r) / 9) break;
    doc_node **items = base_arena_alloc(a, (n ? n : 1) * sizeof *items);
    for (uint32_t i = 0; i < n; i++)
      if (!(items[i] = load_node(l, r, depth + 1))) return NULL;
    doc_node *d = iac_doc_list(a, NULL, 0, line, col);
    d->u.items = items;
    d->len = n;
    return d;
  }
  case DOC_MAP: {
    n = rd32(r);
    if (r->bad || n > left(r) / 21) break;
    doc_entry *es = base_arena_alloc(a, (n ? n : 1) * sizeof *es);
    for (uint32_t i = 0; i < n; i++) {
      if (str_at(l, r, &es[i].key, &es[i].key_len)) return NULL;
      es[i].line = rd32(r);
      es[i].col = rd32(r);
      if (!(es[i].val = load_node(l, r, depth + 1))) return NULL;
    }
    doc_node *d = iac_doc_map(a, NULL, 0, line, col);
    d->u.entries = es;
    d->len = n;
    return d;
  }
  default: fail(l, "pack: constants section: bad node kind %u", kind); return NULL;
  }
  fail(l, "pack: constants section: bad or truncated node");
  return NULL;
}

static int load_consts(ld *l, rd *r) {
  l->sec = "constants";
  uint32_t n = rd32(r);
  if (r->bad || n > left(r) / 9) return fail(l, "pack: constants section: bad count %u", n);
  l->p->consts = base_arena_alloc(&l->p->arena, (n ? n : 1) * sizeof *l->p->consts);
  for (uint32_t i = 0; i < n; i++)
    if (!(l->p->consts[i] = load_node(l, r, 0))) return -1;
  if (left(r)) return fail(l, "pack: constants section: %zu trailing bytes", left(r));
  l->p->n_consts = n;
  return 0;
}

static int load_params(ld *l, rd *r) {
  l->sec = "params";
  uint32_t n = rd32(r);
  if (r->bad || n > left(r) / 8) return fail(l, "pack: params section: bad count %u", n);
  vm_param *ps = base_arena_calloc(&l->p->arena, (n ? n : 1) * sizeof *ps);
  l->p->param_values = base_arena_calloc(&l->p->arena, (n ? n : 1) * sizeof *l->p->param_values);
  for (uint32_t i = 0; i < n; i++) {
    if (str_at(l, r, &ps[i].name, NULL)) return -1;
    ps[i].konst = rd32(r);
    if (r->bad || ps[i].konst >= l->p->n_consts)
      return fail(l, "pack: params section: param %u has no default constant", i);
    for (uint32_t j = 0; j < i; j++)
      if (!strcmp(ps[j].name, ps[i].name))
        return fail(l, "pack: params section: param %s twice", ps[i].name);
    l->p->param_values[i] = l->p->consts[ps[i].konst];
  }
  if (left(r)) return fail(l, "pack: params section: %zu trailing bytes", left(r));
  l->p->params = ps;
  l->p->n_params = n;
  return 0;
}

/* The debug section: decoded here, its offsets checked against the code by
 * the verifier (vm_verify_debug). An empty payload is a stripped pack. */
static int load_debug(ld *l, rd *r) {
  l->sec = "debug";
  if (!left(r)) return 0;
  base_arena *a = &l->p->arena;
  vm_debug *d = base_arena_calloc(a, sizeof *d);
  uint32_t n = rd32(r);
  if (r->bad || n > left(r) / 8) return fail(l, "pack: debug section: bad file count %u", n);
  d->files = base_arena_calloc(a, (n ? n : 1) * sizeof *d->files);
  for (uint32_t i = 0; i < n; i++)
    if (str_at(l, r, &d->files[i].name, NULL) || str_at(l, r, &d->files[i].text, &d->files[i].len))
      return -1;
  d->n_files = n; /* line tables: on first use (vm_dbg_source_line) */
  d->sels = base_arena_calloc(a, (l->p->n_sels ? l->p->n_sels : 1) * sizeof *d->sels);
  for (uint32_t i = 0; i < l->p->n_sels; i++) {
    vm_dbg_sel *s = &d->sels[i];
    s->file = rd32(r);
    s->line = rd32(r);
    s->col = rd32(r);
    s->n_lines = rd32(r);
    if (r->bad || s->n_lines > left(r) / 16)
      return fail(l, "pack: debug section: selector %u has a bad line count", i);
    s->lines = base_arena_alloc(a, (s->n_lines ? s->n_lines : 1) * sizeof *s->lines);
    /* the tables are fixed-size records: one bounds check each (they are
     * most of a pack's debug section, decoded on every load) */
    const uint8_t *q = take(r, (size_t)s->n_lines * 16);
    for (uint32_t j = 0; q && j < s->n_lines; j++, q += 16)
      s->lines[j] = (vm_dbg_line){vm_rd32(q), vm_rd32(q + 4), vm_rd32(q + 8), vm_rd32(q + 12)};
    s->n_locals = rd32(r);
    if (r->bad || s->n_locals > left(r) / 16)
      return fail(l, "pack: debug section: selector %u has a bad local count", i);
    s->locals = base_arena_alloc(a, (s->n_locals ? s->n_locals : 1) * sizeof *s->locals);
    for (uint32_t j = 0; j < s->n_locals; j++) {
      s->locals[j].slot = rd32(r);
      s->locals[j].from = rd32(r);
      s->locals[j].to = rd32(r);
      if (str_at(l, r, &s->locals[j].name, NULL)) return -1;
    }
    s->n_stmts = rd32(r);
    if (r->bad || s->n_stmts > left(r) / 33)
      return fail(l, "pack: debug section: selector %u has a bad statement count", i);
    s->stmts = base_arena_alloc(a, (s->n_stmts ? s->n_stmts : 1) * sizeof *s->stmts);
    q = take(r, (size_t)s->n_stmts * 33);
    for (uint32_t j = 0; q && j < s->n_stmts; j++, q += 33)
      s->stmts[j] = (vm_dbg_stmt){q[0],
                                  vm_rd32(q + 1),
                                  vm_rd32(q + 5),
                                  vm_rd32(q + 9),
                                  vm_rd32(q + 13),
                                  vm_rd32(q + 17),
                                  vm_rd32(q + 21),
                                  vm_rd32(q + 25),
                                  vm_rd32(q + 29)};
    if (r->bad) return fail(l, "pack: debug section truncated");
  }
  if (left(r)) return fail(l, "pack: debug section: %zu trailing bytes", left(r));
  l->p->debug = d;
  return 0;
}

static int load_rules(ld *l, rd *r) {
  l->sec = "rules";
  uint32_t n = rd32(r);
  if (r->bad || n > left(r) / 33) return fail(l, "pack: rules section: bad count %u", n);
  vm_rule *rs = base_arena_calloc(&l->p->arena, (n ? n : 1) * sizeof *rs);
  for (uint32_t i = 0; i < n; i++) {
    vm_rule *x = &rs[i];
    if (str_at(l, r, &x->id, NULL) || str_at(l, r, &x->module, NULL) ||
        str_at(l, r, &x->title, NULL) || str_at(l, r, &x->fix, NULL) ||
        str_at(l, r, &x->docs, NULL))
      return -1;
    x->n_refs = rd32(r);
    if (r->bad || x->n_refs > left(r) / 4) return fail(l, "pack: rules section: bad refs count");
    x->refs = base_arena_alloc(&l->p->arena, (x->n_refs ? x->n_refs : 1) * sizeof *x->refs);
    for (uint32_t j = 0; j < x->n_refs; j++)
      if (str_at(l, r, &x->refs[j], NULL)) return -1;
    x->severity = rd8(r);
    x->first_sel = rd32(r);
    x->n_sels = rd32(r);
    if (r->bad) return fail(l, "pack: rules section truncated");
  }
  if (left(r)) return fail(l, "pack: rules section: %zu trailing bytes", left(r));
  l->p->rules = rs;
  l->p->n_rules = n;
  return 0;
}

static int load_sels(ld *l, rd *r) {
  l->sec = "selectors";
  uint32_t n = rd32(r);
  if (r->bad || n > left(r) / 26) return fail(l, "pack: selectors section: bad count %u", n);
  vm_selector *ss = base_arena_calloc(&l->p->arena, (n ? n : 1) * sizeof *ss);
  for (uint32_t i = 0; i < n; i++) {
    vm_selector *s = &ss[i];
    s->rule = rd32(r);
    uint8_t is_fact = rd8(r);
    if (is_fact > 1) return fail(l, "pack: selectors section: selector %u: bad fact flag", i);
    s->is_fact = is_fact;
    s->format = rd8(r);
    if (str_at(l, r, &s->kind, NULL)) return -1;
    s->n_types = rd32(r);
    if (r->bad || s->n_types > left(r) / 4 || s->n_types > VM_PACK_MAX_TYPES)
      return fail(l, "pack: selectors section: selector %u has a bad type count", i);
    s->types = base_arena_alloc(&l->p->arena, (s->n_types ? s->n_types : 1) * sizeof *s->types);
    for (uint32_t j = 0; j < s->n_types; j++)
      if (str_at(l, r, &s->types[j], NULL)) return -1;
    s->code_off = rd32(r);
    s->code_len = rd32(r);
    s->n_locals = rd16(r);
    s->max_stack = rd16(r);
    if (r->bad) return fail(l, "pack: selectors section truncated");
  }
  if (left(r)) return fail(l, "pack: selectors section: %zu trailing bytes", left(r));
  l->p->sels = ss;
  l->p->n_sels = n;
  return 0;
}

static int load_facts(ld *l, rd *r) {
  l->sec = "facts";
  uint32_t n = rd32(r);
  if (r->bad || n > left(r) / 16) return fail(l, "pack: facts section: bad count %u", n);
  vm_fact *fs = base_arena_calloc(&l->p->arena, (n ? n : 1) * sizeof *fs);
  for (uint32_t i = 0; i < n; i++) {
    vm_fact *f = &fs[i];
    if (str_at(l, r, &f->name, NULL) || str_at(l, r, &f->module, NULL)) return -1;
    f->first_sel = rd32(r);
    f->n_sels = rd32(r);
    if (r->bad) return fail(l, "pack: facts section truncated");
  }
  if (left(r)) return fail(l, "pack: facts section: %zu trailing bytes", left(r));
  l->p->facts = fs;
  l->p->n_facts = n;
  return 0;
}

static bool has_type(const vm_selector *s, const char *t) {
  for (uint32_t j = 0; j < s->n_types; j++)
    if (strcmp(s->types[j], t) == 0) return true;
  return false;
}

static int key_cmp(uint8_t f1, const char *k1, const char *t1, uint8_t f2, const char *k2,
                   const char *t2) {
  if (f1 != f2) return f1 < f2 ? -1 : 1;
  int c = strcmp(k1, k2);
  return c ? c : strcmp(t1, t2);
}

/* The stored index must be exactly the one the selectors imply: sorted keys,
 * ascending ids, every (selector, type) listed once. The runtime hash index is
 * then built from the selectors (build_index), so the two cannot disagree. */
static int check_index(ld *l, rd *r) {
  l->sec = "index";
  const vm_pack *p = l->p;
  uint32_t n = rd32(r);
  if (r->bad || n > left(r) / 13) return fail(l, "pack: index section: bad count %u", n);
  uint64_t listed = 0, expect = 0;
  uint8_t pf = 0;
  const char *pk = NULL, *pt = NULL;
  for (uint32_t i = 0; i < n; i++) {
    uint8_t f = rd8(r);
    const char *k, *t;
    if (str_at(l, r, &k, NULL) || str_at(l, r, &t, NULL)) return -1;
    uint32_t m = rd32(r);
    if (r->bad || m == 0 || m > left(r) / 4)
      return fail(l, "pack: index section: entry %u has a bad id count", i);
    if (f >= IAC_FMT__COUNT) return fail(l, "pack: index section: entry %u: bad format %u", i, f);
    if (pk && key_cmp(pf, pk, pt, f, k, t) >= 0)
      return fail(l, "pack: index section: entry %u out of order", i);
    pf = f, pk = k, pt = t;
    uint32_t prev = 0;
    for (uint32_t j = 0; j < m; j++) {
      uint32_t id = rd32(r);
      if (id >= p->n_sels || (j && id <= prev))
        return fail(l, "pack: index section: entry %u: bad selector id %u", i, id);
      const vm_selector *s = &p->sels[id];
      if (s->is_fact || s->format != f || strcmp(s->kind, k) != 0 || !has_type(s, t))
        return fail(l, "pack: index section: entry %u lists selector %u, which does not match it",
                    i, id);
      prev = id;
    }
    listed += m;
  }
  if (left(r)) return fail(l, "pack: index section: %zu trailing bytes", left(r));
  for (uint32_t i = 0; i < p->n_sels; i++) /* facts' selectors are not indexed */
    for (uint32_t j = 0; j < p->sels[i].n_types && !p->sels[i].is_fact; j++) {
      uint32_t q = 0;
      while (q < j && strcmp(p->sels[i].types[q], p->sels[i].types[j]) != 0)
        q++;
      expect += q == j;
    }
  if (listed != expect)
    return fail(l, "pack: index section lists %llu selector types, the selectors have %llu",
                (unsigned long long)listed, (unsigned long long)expect);
  return 0;
}

/* ---- runtime index: (format, kind, type) → selector ids in rule order ---- */

typedef struct ient {
  uint8_t format;
  const char *kind, *type; /* kind NULL = empty slot */
  uint32_t *ids;
  uint32_t n;
} ient;

typedef struct pindex {
  ient *slots;
  size_t cap; /* power of two */
} pindex;

static uint32_t key_hash(uint8_t f, const char *k, const char *t) {
  uint32_t h = 2166136261u ^ f;
  for (const char *c = k; *c; c++)
    h = (h ^ (unsigned char)*c) * 16777619u;
  h = (h ^ 0xff) * 16777619u;
  for (const char *c = t; *c; c++)
    h = (h ^ (unsigned char)*c) * 16777619u;
  return h;
}

static const ient *index_find(const pindex *x, uint8_t f, const char *k, const char *t) {
  if (!x || !x->cap) return NULL;
  size_t i = key_hash(f, k, t) & (x->cap - 1);
  while (x->slots[i].kind) {
    const ient *e = &x->slots[i];
    if (e->format == f && strcmp(e->kind, k) == 0 && strcmp(e->type, t) == 0) return e;
    i = (i + 1) & (x->cap - 1);
  }
  return NULL;
}

typedef struct kt {
  const char *kind, *type;
  uint32_t sel;
} kt;

static int kt_key_cmp(const kt *x, const kt *y) {
  int c = strcmp(x->kind, y->kind);
  return c ? c : strcmp(x->type, y->type);
}

/* (kind, type) then selector id: each group lists its selectors in rule order */
static int kt_cmp(const void *a, const void *b) {
  const kt *x = a, *y = b;
  int c = kt_key_cmp(x, y);
  return c ? c : (x->sel > y->sel) - (x->sel < y->sel);
}

enum { INDEX_MAX_WORK = 64u << 20 };

/* Cost: O(T log T + D * W) for T (selector, type) pairs, D distinct pairs and W
 * wildcard ("*") selectors — not D * selectors, which made a 1,000-rule pack
 * take 20 ms to load. */
static int build_index(ld *l) {
  vm_pack *p = l->p;
  base_arena *a = &p->arena;
  size_t total = 0;
  for (uint32_t i = 0; i < p->n_sels; i++)
    total += p->sels[i].is_fact ? 0 : p->sels[i].n_types;
  kt *pairs = base_xcalloc(total, sizeof *pairs);
  uint32_t *cand = base_xcalloc(p->n_sels, sizeof *cand);
  uint32_t *wild = base_xcalloc(p->n_sels, sizeof *wild);
  size_t np = 0, nw = 0;
  for (uint32_t i = 0; i < p->n_sels; i++) {
    if (p->sels[i].is_fact) continue; /* run by the facts pass, never by a unit's rules */
    if (has_type(&p->sels[i], "*")) wild[nw++] = i;
    for (uint32_t j = 0; j < p->sels[i].n_types; j++)
      pairs[np++] = (kt){p->sels[i].kind, p->sels[i].types[j], i};
  }
  qsort(pairs, np, sizeof *pairs, kt_cmp);
  size_t nd = 0;
  for (size_t i = 0; i < np; i++)
    if (!i || kt_key_cmp(&pairs[i - 1], &pairs[i]) != 0) nd++;
  if ((uint64_t)nd * (nw + IAC_FMT__COUNT) > INDEX_MAX_WORK) {
    free(pairs);
    free(cand);
    free(wild);
    return fail(l, "pack: index too large (%zu distinct kind/type pairs)", nd);
  }
  pindex *x = base_arena_calloc(a, sizeof *x);
  size_t cap = 16;
  while (cap < nd * IAC_FMT__COUNT * 2)
    cap *= 2;
  x->cap = cap;
  x->slots = base_arena_calloc(a, cap * sizeof *x->slots);
  for (size_t g = 0; g < np;) {
    size_t e = g + 1;
    while (e < np && kt_key_cmp(&pairs[g], &pairs[e]) == 0)
      e++;
    /* merge this group's selectors with the kind's "*" selectors, in rule order */
    uint32_t nc = 0;
    size_t i = g, w = 0;
    for (;;) {
      while (w < nw && strcmp(p->sels[wild[w]].kind, pairs[g].kind) != 0)
        w++;
      uint32_t next;
      if (i < e && (w >= nw || pairs[i].sel <= wild[w]))
        next = pairs[i++].sel;
      else if (w < nw)
        next = wild[w++];
      else
        break;
      if (!nc || cand[nc - 1] != next) cand[nc++] = next;
    }
    for (uint8_t f = 1; f < IAC_FMT__COUNT; f++) {
      uint32_t m = 0;
      for (uint32_t c = 0; c < nc; c++) {
        uint8_t sf = p->sels[cand[c]].format;
        m += sf == f || sf == IAC_FMT_NONE;
      }
      if (!m) continue;
      uint32_t *ids = base_arena_alloc(a, m * sizeof *ids);
      m = 0;
      for (uint32_t c = 0; c < nc; c++) {
        uint8_t sf = p->sels[cand[c]].format;
        if (sf == f || sf == IAC_FMT_NONE) ids[m++] = cand[c];
      }
      size_t h = key_hash(f, pairs[g].kind, pairs[g].type) & (cap - 1);
      while (x->slots[h].kind)
        h = (h + 1) & (cap - 1);
      x->slots[h] = (ient){f, pairs[g].kind, pairs[g].type, ids, m};
    }
    g = e;
  }
  free(pairs);
  free(cand);
  free(wild);
  p->index = x;
  return 0;
}

uint32_t vm_pack_match(const vm_pack *p, iac_format f, const char *kind, const char *type,
                       const uint32_t **ids) {
  *ids = NULL;
  if (!p || !kind || !type || f <= IAC_FMT_NONE || f >= IAC_FMT__COUNT) return 0;
  const ient *e = index_find(p->index, (uint8_t)f, kind, type);
  if (!e) e = index_find(p->index, (uint8_t)f, kind, "*");
  if (!e) return 0;
  *ids = e->ids;
  return e->n;
}

/* ---- entry points ---- */

static int section(ld *l, rd *r, uint32_t want, const char *name, rd *out) {
  uint32_t id = rd32(r), len = rd32(r);
  if (r->bad) return fail(l, "pack: truncated before the %s section", name);
  if (id != want)
    return fail(l, "pack: expected the %s section (id %u), found id %u", name, want, id);
  const uint8_t *q = take(r, len);
  if (!q) return fail(l, "pack: %s section truncated", name);
  *out = (rd){q, len, 0, 0};
  return 0;
}

/* in_place: vm_pack_load_static (pack.h). */
static vm_pack *load(const uint8_t *buf, size_t len, bool in_place, char *err, size_t errlen) {
  vm_pack *p = calloc(1, sizeof *p);
  if (!p) {
    if (err && errlen) snprintf(err, errlen, "pack: out of memory");
    return NULL;
  }
  base_arena_init(&p->arena);
  ld l = {p, in_place, NULL, NULL, 0, err, errlen, ""};
  if (err && errlen) err[0] = 0;
  if (len < 8 || memcmp(buf, VM_PACK_MAGIC, 8) != 0) {
    fail(&l, "pack: bad magic (not a Vigil rule pack)");
    goto bad;
  }
  if (len < VM_PACK_HEADER_SIZE) {
    fail(&l, "pack: truncated header (%zu of %d bytes)", len, VM_PACK_HEADER_SIZE);
    goto bad;
  }
  uint32_t version = vm_rd32(buf + 8), flags = vm_rd32(buf + 12);
  uint32_t nsec = vm_rd32(buf + 48), clen = vm_rd32(buf + 52);
  if (version != VM_PACK_VERSION) {
    /* say which side is old: a version-1 pack predates params and debug info */
    fail(&l, "pack: format version %u, but this build reads only version %u (%s)", version,
         VM_PACK_VERSION,
         version < VM_PACK_VERSION ? "recompile the pack with this vigil"
                                   : "use a newer vigil to read it");
    goto bad;
  }
  if (flags) {
    fail(&l, "pack: unknown flags 0x%x", flags);
    goto bad;
  }
  if (nsec != VM_PACK_SECTIONS) {
    fail(&l, "pack: expected %d sections, found %u", VM_PACK_SECTIONS, nsec);
    goto bad;
  }
  if (clen != len - VM_PACK_HEADER_SIZE) {
    fail(&l, "pack: truncated (content is %zu bytes, header says %u)", len - VM_PACK_HEADER_SIZE,
         clen);
    goto bad;
  }
  uint8_t digest[SHA256_DIGEST_SIZE];
  if (in_place) { /* checked when the bytes were built: the header's digest is theirs */
    memcpy(digest, buf + 16, sizeof digest);
  } else {
    struct sha256_ctx sc;
    sha256_init(&sc);
    sha256_update(&sc, clen, buf + VM_PACK_HEADER_SIZE);
    sha256_digest(&sc, sizeof digest, digest);
    if (memcmp(digest, buf + 16, sizeof digest) != 0) {
      fail(&l, "pack: digest mismatch (content changed after it was built)");
      goto bad;
    }
  }
  memcpy(p->digest, "sha256:", 7);
  for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
    snprintf(p->digest + 7 + 2 * i, 3, "%02x", digest[i]);

  rd r = {buf + VM_PACK_HEADER_SIZE, clen, 0, 0}, s;
  if (section(&l, &r, VM_SEC_STRINGS, "strings", &s) || load_strings(&l, &s)) goto bad;
  if (section(&l, &r, VM_SEC_CONSTS, "constants", &s) || load_consts(&l, &s)) goto bad;
  if (section(&l, &r, VM_SEC_RULES, "rules", &s) || load_rules(&l, &s)) goto bad;
  if (section(&l, &r, VM_SEC_SELECTORS, "selectors", &s) || load_sels(&l, &s)) goto bad;
  if (section(&l, &r, VM_SEC_CODE, "code", &s)) goto bad;
  if (in_place) {
    p->code = s.p;
  } else {
    uint8_t *code = base_arena_alloc(&p->arena, s.len ? s.len : 1);
    memcpy(code, s.p, s.len);
    p->code = code;
  }
  p->code_len = (uint32_t)s.len;
  rd ix;
  if (section(&l, &r, VM_SEC_INDEX, "index", &ix)) goto bad;
  if (section(&l, &r, VM_SEC_PARAMS, "params", &s) || load_params(&l, &s)) goto bad;
  if (section(&l, &r, VM_SEC_FACTS, "facts", &s) || load_facts(&l, &s)) goto bad;
  if (section(&l, &r, VM_SEC_DEBUG, "debug", &s) || load_debug(&l, &s)) goto bad;
  if (left(&r)) {
    fail(&l, "pack: %zu bytes after the last section", left(&r));
    goto bad;
  }
  /* verify before trusting selector fields the index check reads; static
   * bytes were verified, their index checked, when they were built */
  if (!in_place && (vm_verify(p, err, errlen) || check_index(&l, &ix))) goto bad;
  if (build_index(&l)) goto bad;
  return p;
bad:
  vm_pack_free(p);
  return NULL;
}

vm_pack *vm_pack_load(const uint8_t *buf, size_t len, char *err, size_t errlen) {
  return load(buf, len, false, err, errlen);
}

vm_pack *vm_pack_load_static(const uint8_t *buf, size_t len, char *err, size_t errlen) {
  return load(buf, len, true, err, errlen);
}

/* A pack is read like any input (base_read_file: regular files only, never
 * blocking on a FIFO), up to the format's own limit: its sections' size is
 * a 32-bit field after the header. */
vm_pack *vm_pack_load_file(const char *path, char *err, size_t errlen) {
  size_t len;
  const char *why;
  uint8_t *data = (uint8_t *)base_read_file(path, CLI_SIZE_UNKNOWN,
                                            (uint64_t)VM_PACK_HEADER_SIZE + UINT32_MAX, &len, &why);
  if (!data) {
    if (err && errlen) {
      if (!strcmp(why, "unreadable"))
        snprintf(err, errlen, "pack: cannot open %s", path);
      else
        snprintf(err, errlen, "pack: cannot read %s: %s", path, why);
    }
    return NULL;
  }
  vm_pack *p = vm_pack_load(data, len, err, errlen);
  free(data);
  return p;
}

void vm_pack_free(vm_pack *p) {
  if (!p) return;
  base_arena_free(&p->arena);
  free(p);
}
