/* tf_value.c — Terraform values (see tf_value.h): builders, unknowns and
 * errors (flagged, never recognised by their text), conversions, to-string,
 * JSON encoding, the JSON-text memo, relocation and the scope's directories.
 * Depends on nothing else in iac/terraform/ but the shared structs. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "path.h"
#include "ptrset.h"
#include "tf_int.h"

/* ---- constructors ------------------------------------------------------------- */

static doc_node *tagged(tf_scope *s, doc_node *n) {
  n->tag = s->tag;
  return n;
}

/* ---- the evaluation budget -------------------------------------------------------- */

bool iac_tf_charge(tf_scope *s, uint64_t n, uint32_t line, uint32_t col) {
  tf_eval *ev = s->ev;
  /* The budget bounds memory, not only the values kept: copies, file() reads
   * and the buffers a growing string left behind are in the arena too, and
   * counting only the values let the arena reach twice the budget (issue 13,
   * amp_tf_file_for: 536 MB for 256 MiB). So the count is never below the
   * bytes the arena handed out since evaluation began. */
  if (!ev->arena_counted) {
    ev->arena_counted = true;
    ev->arena_base = ev->a->total;
  }
  uint64_t real = ev->a->total - ev->arena_base;
  if (ev->bytes <= ev->max_bytes && real > ev->bytes) ev->bytes = real;
  if (ev->bytes <= ev->max_bytes && n <= ev->max_bytes - ev->bytes) {
    ev->bytes += n;
    return true;
  }
  ev->bytes = ev->max_bytes + 1; /* stays spent: later values are unknown too */
  if (!ev->over_reported) {
    ev->over_reported = true;
    iac_error *e = iac_unit_warning(ev->u, line, col,
                                    "limit exceeded: evaluation produces more than %llu bytes "
                                    "(--max-eval-bytes); values past it are unknown",
                                    (unsigned long long)ev->max_bytes);
    if (e && s->tag && s->tag <= ev->n_files) e->file = ev->files[s->tag - 1];
  }
  return false;
}

/* iac_tf_charge's common case inline (the builders charge every node):
 * the same arithmetic, the slow path from the same state otherwise. */
static inline bool charge(tf_scope *s, uint64_t n, uint32_t line, uint32_t col) {
  tf_eval *ev = s->ev;
  if (ev->arena_counted) {
    uint64_t real = ev->a->total - ev->arena_base;
    uint64_t b = real > ev->bytes ? real : ev->bytes;
    if (b <= ev->max_bytes && n <= ev->max_bytes - b) {
      ev->bytes = b + n;
      return true;
    }
  }
  return iac_tf_charge(s, n, line, col);
}

const doc_node *iac_tf_budget_unknown(tf_scope *s, uint32_t line, uint32_t col) {
  return iac_tf_unknown(s, line, col, "limit exceeded: evaluation budget (--max-eval-bytes)");
}

const doc_node *iac_tf_str(tf_scope *s, const char *str, size_t n, uint32_t line, uint32_t col) {
  charge(s, n + sizeof(doc_node), line, col);
  return tagged(s, iac_doc_string(s->ev->a, str, n, line, col));
}
const doc_node *iac_tf_str_take(tf_scope *s, const char *str, size_t n, uint32_t line,
                                uint32_t col) {
  charge(s, n + sizeof(doc_node), line, col);
  doc_node *d = base_arena_alloc_fast(s->ev->a, sizeof *d);
  *d = (doc_node){.kind = DOC_STRING, .tag = s->tag, .line = line, .col = col, .len = (uint32_t)n};
  d->u.str = str;
  return d;
}
const doc_node *iac_tf_num(tf_scope *s, double v, uint32_t line, uint32_t col) {
  return tagged(s, iac_doc_number(s->ev->a, v, line, col));
}
const doc_node *iac_tf_bool(tf_scope *s, bool v, uint32_t line, uint32_t col) {
  return tagged(s, iac_doc_bool(s->ev->a, v, line, col));
}
const doc_node *iac_tf_null(tf_scope *s, uint32_t line, uint32_t col) {
  return tagged(s, iac_doc_null(s->ev->a, line, col));
}
const doc_node *iac_tf_list(tf_scope *s, const doc_node **items, uint32_t n, uint32_t line,
                            uint32_t col) {
  charge(s, (uint64_t)n * sizeof *items + sizeof(doc_node), line, col);
  return tagged(s, iac_doc_list(s->ev->a, (doc_node **)items, n, line, col));
}
const doc_node *iac_tf_map(tf_scope *s, const doc_entry *e, uint32_t n, uint32_t line,
                           uint32_t col) {
  charge(s, (uint64_t)n * sizeof *e + sizeof(doc_node), line, col);
  return tagged(s, iac_doc_map(s->ev->a, e, n, line, col));
}

static doc_node *new_node(tf_scope *s, doc_kind k, uint32_t n, uint32_t line, uint32_t col) {
  doc_node *d = base_arena_alloc_fast(s->ev->a, sizeof *d);
  memset(d, 0, sizeof *d);
  d->kind = (uint8_t)k;
  d->tag = s->tag;
  d->line = line;
  d->col = col;
  d->len = n;
  return d;
}
const doc_node *iac_tf_list_take(tf_scope *s, const doc_node **items, uint32_t n, uint32_t line,
                                 uint32_t col) {
  charge(s, (uint64_t)n * sizeof *items + sizeof(doc_node), line, col);
  doc_node *d = new_node(s, DOC_LIST, n, line, col);
  d->u.items = (doc_node **)items;
  return d;
}
const doc_node *iac_tf_map_take(tf_scope *s, doc_entry *e, uint32_t n, uint32_t line,
                                uint32_t col) {
  charge(s, (uint64_t)n * sizeof *e + sizeof(doc_node), line, col);
  doc_node *d = new_node(s, DOC_MAP, n, line, col);
  d->u.entries = e;
  return d;
}

/* vsnprintf for a format whose only conversions are %s (and %%), the common
 * reasons: the same text, cut the same way; false (nothing consumed from the
 * caller's ap) for anything else or a NULL string. */
static bool format_strings(char *buf, size_t cap, const char *fmt, va_list ap) {
  for (const char *f = fmt; *f; f++)
    if (*f == '%' && *++f != 's' && *f != '%') return false;
  va_list aq;
  va_copy(aq, ap);
  size_t o = 0;
  bool ok = true;
  for (const char *f = fmt; *f;) {
    const char *piece = f;
    size_t n;
    if (*f != '%') { /* a run of text */
      n = strcspn(f, "%");
      f += n;
    } else if (f[1] == '%') {
      n = 1;
      f += 2;
    } else {
      piece = va_arg(aq, const char *);
      f += 2;
      if (!piece) {
        ok = false;
        break;
      }
      n = strlen(piece);
    }
    if (o < cap - 1) memcpy(buf + o, piece, n < cap - 1 - o ? n : cap - 1 - o);
    o += n;
  }
  va_end(aq);
  buf[o < cap - 1 ? o : cap - 1] = 0;
  return ok;
}

static const doc_node *vunknown(tf_scope *s, uint32_t line, uint32_t col, uint8_t flags,
                                const char *pre, const char *fmt, va_list ap) {
  char buf[512];
  size_t p = strlen(pre);
  memcpy(buf, pre, p);
  if (!format_strings(buf + p, sizeof buf - p, fmt, ap))
    vsnprintf(buf + p, sizeof buf - p, fmt, ap);
  doc_node *n = tagged(s, iac_doc_unknown(s->ev->a, buf, line, col));
  n->flags |= flags;
  return n;
}

const doc_node *iac_tf_unknown(tf_scope *s, uint32_t line, uint32_t col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const doc_node *n = vunknown(s, line, col, 0, "", fmt, ap);
  va_end(ap);
  return n;
}

/* The "error: " users read is wording only: the flag is what try()/can() test. */
const doc_node *iac_tf_error(tf_scope *s, uint32_t line, uint32_t col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const doc_node *n = vunknown(s, line, col, DOC_F_EVAL_ERROR, "error: ", fmt, ap);
  va_end(ap);
  return n;
}

const doc_node *iac_tf_ref_unknown(tf_scope *s, uint32_t line, uint32_t col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const doc_node *n = vunknown(s, line, col, DOC_F_REF, DOC_REF_PREFIX, fmt, ap);
  va_end(ap);
  return n;
}

const doc_node *iac_tf_ref_unknown_attr(tf_scope *s, uint32_t line, uint32_t col, const char *addr,
                                        const char *name) {
  size_t p = strlen(DOC_REF_PREFIX), na = strlen(addr), nn = strlen(name);
  if (p + na + 1 + nn >= 512) /* vunknown's buffer cuts it: the same text */
    return iac_tf_ref_unknown(s, line, col, "%s.%s", addr, name);
  doc_node *n = base_arena_alloc_fast(s->ev->a, sizeof *n);
  char *t = base_arena_alloc(s->ev->a, p + na + nn + 2);
  memcpy(t, DOC_REF_PREFIX, p);
  memcpy(t + p, addr, na);
  t[p + na] = '.';
  memcpy(t + p + na + 1, name, nn + 1);
  *n = (doc_node){.kind = DOC_UNKNOWN, .flags = DOC_F_REF, .tag = s->tag, .line = line, .col = col};
  n->len = (uint32_t)(p + na + 1 + nn);
  n->u.str = t;
  return n;
}

const doc_node *iac_tf_unknown_like(tf_scope *s, const doc_node *u, uint32_t line, uint32_t col) {
  doc_node *n = (doc_node *)iac_tf_unknown(s, line, col, "%s", u->u.str);
  n->flags |= u->flags & (DOC_F_REF | DOC_F_EVAL_ERROR);
  return n;
}

bool iac_tf_is_unknown(const doc_node *n) {
  return n && n->kind == DOC_UNKNOWN;
}

bool iac_tf_is_error(const doc_node *n) {
  return n && n->kind == DOC_UNKNOWN && (n->flags & DOC_F_EVAL_ERROR);
}

/* 1: an unknown (*first), 0: none; -1: more than *left containers and no
 * set to skip the ones seen (the caller walks again with one). Values are
 * DAGs (built bottom up, never cyclic), so a container met again was walked
 * whole without an unknown: skipping it finds the same first unknown. */
static int deep_walk(const doc_node *n, const doc_node **first, uint32_t *left, base_ptrset *seen) {
  if (!n) return 0;
  if (n->kind == DOC_UNKNOWN) {
    if (first) *first = n;
    return 1;
  }
  if (n->kind != DOC_LIST && n->kind != DOC_MAP) return 0;
  if (seen ? !base_ptrset_add(seen, n, NULL) : !(*left)--) return seen ? 0 : -1;
  for (uint32_t i = 0; i < n->len; i++) {
    int r = deep_walk(n->kind == DOC_LIST ? n->u.items[i] : n->u.entries[i].val, first, left, seen);
    if (r) return r;
  }
  return 0;
}

/* Containers walked without a set: every value a configuration writes out
 * (a set costs a malloc per walk). */
enum { TF_DEEP_PLAIN = 1 << 16 };

bool iac_tf_deep_unknown(const doc_node *n, const doc_node **first) {
  uint32_t left = TF_DEEP_PLAIN;
  int r = deep_walk(n, first, &left, NULL);
  if (r >= 0) return r;
  base_ptrset seen = {0}; /* a value built by sharing (base/ptrset.h) */
  r = deep_walk(n, first, NULL, &seen);
  base_ptrset_free(&seen);
  return r > 0;
}

/* A copy of an unknown located at the expression using it (reason kept). */
const doc_node *iac_tf_relay(tf_scope *s, const doc_node *u, uint32_t line, uint32_t col) {
  doc_node *n = base_arena_alloc_fast(s->ev->a, sizeof *n);
  *n = *u;
  n->flags &= (uint8_t)~DOC_F_ALT; /* a value made from an alternative is not one of its branches */
  n->line = line;
  n->col = col;
  n->tag = s->tag;
  return n;
}

const char *iac_tf_concat(base_arena *a, const char *p1, const char *p2, const char *p3,
                          const char *p4, const char *p5) {
  const char *parts[5] = {p1, p2, p3, p4, p5};
  size_t len[5], n = 0;
  for (int i = 0; i < 5; i++)
    n += len[i] = strlen(parts[i]);
  char *out = base_arena_alloc(a, n + 1), *o = out;
  for (int i = 0; i < 5; i++) {
    memcpy(o, parts[i], len[i]);
    o += len[i];
  }
  *o = 0;
  return out;
}

/* ---- conversions ----------------------------------------------------------------- */

static size_t fmt_num(char *buf, size_t cap, double v) {
  if (v == floor(v) && fabs(v) < 1e15) {
    if (v == 0 && signbit(v)) return (size_t)snprintf(buf, cap, "%.0f", v); /* "-0" */
    /* what "%.0f" prints for a whole number below 1e15, without printf */
    long long i = (long long)v;
    unsigned long long u = i < 0 ? 0ull - (unsigned long long)i : (unsigned long long)i;
    char digits[24];
    size_t nd = 0, o = 0;
    do
      digits[nd++] = (char)('0' + u % 10);
    while ((u /= 10));
    if (i < 0) buf[o++] = '-';
    while (nd)
      buf[o++] = digits[--nd];
    buf[o] = 0;
    return o;
  }
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, cap, "%.*g", prec, v);
    if (strtod(buf, NULL) == v) break;
  }
  return strlen(buf);
}

const char *iac_tf_to_string(tf_scope *s, const doc_node *n, size_t *len) {
  char buf[64];
  switch ((doc_kind)n->kind) {
  case DOC_STRING: *len = n->len; return n->u.str;
  case DOC_NUMBER:
    *len = fmt_num(buf, sizeof buf, n->u.num);
    return base_arena_strndup(s->ev->a, buf, *len);
  case DOC_BOOL: *len = n->u.b ? 4 : 5; return n->u.b ? "true" : "false";
  default: return NULL;
  }
}

bool iac_tf_to_number(const doc_node *n, double *out) {
  if (n->kind == DOC_NUMBER) {
    *out = n->u.num;
    return true;
  }
  if (n->kind == DOC_STRING && n->len) {
    char *end;
    *out = strtod(n->u.str, &end);
    return *end == 0;
  }
  return false;
}

bool iac_tf_to_bool(const doc_node *n, bool *out) {
  if (n->kind == DOC_BOOL) {
    *out = n->u.b;
    return true;
  }
  if (n->kind == DOC_STRING && (!strcmp(n->u.str, "true") || !strcmp(n->u.str, "false"))) {
    *out = n->u.str[0] == 't';
    return true;
  }
  return false;
}

static int cmp_entry(const void *x, const void *y) {
  const doc_entry *a = *(const doc_entry *const *)x, *b = *(const doc_entry *const *)y;
  return strcmp(a->key, b->key);
}

/* Up to this many entries an insertion sort (no call per comparison, and
 * one comparison per entry for the many maps already in key order) beats
 * qsort; stable like glibc's merge sort, so equal keys keep their order. */
enum { TF_SORT_INSERTION = 16 };

const doc_entry **iac_tf_sorted_entries(tf_scope *s, const doc_node *map) {
  uint32_t n = map->len;
  const doc_entry **v = base_arena_alloc_fast(s->ev->a, (n ? n : 1) * sizeof *v);
  if (n > TF_SORT_INSERTION) {
    for (uint32_t i = 0; i < n; i++)
      v[i] = &map->u.entries[i];
    qsort(v, n, sizeof *v, cmp_entry);
    return v;
  }
  for (uint32_t i = 0; i < n; i++) {
    const doc_entry *e = &map->u.entries[i];
    uint32_t j = i;
    for (; j > 0 && strcmp(v[j - 1]->key, e->key) > 0; j--)
      v[j] = v[j - 1];
    v[j] = e;
  }
  return v;
}

/* ---- JSON encoding ----------------------------------------------------------------------- */

/* base_strbuf_add for the few bytes JSON punctuation adds: in place when the
 * buffer has room (it keeps a NUL after the text), else the general path.
 * Encoding calls it for every comma, colon and quote. */
static inline void add_small(base_strbuf *b, const char *s, size_t n) {
  if (b->n + n + 1 <= b->cap) {
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
    return;
  }
  base_strbuf_add(b, s, n);
}

/* The bytes a JSON string cannot hold as they are: '"', '\\', control
 * characters, and '<', '>', '&' (escaped as Go's encoding/json does). */
static inline bool needs_escape(unsigned char ch) {
  /* below 64: a bit per byte; above it only the backslash */
  static const uint64_t LOW = 0xFFFFFFFFu | 1ull << '"' | 1ull << '&' | 1ull << '<' | 1ull << '>';
  return ch < 64 ? (LOW >> ch) & 1 : ch == '\\';
}

void iac_tf_json_quote(base_strbuf *b, const char *s, size_t n) {
  add_small(b, "\"", 1);
  size_t run = 0; /* s[run..i) needs no escape: added in one piece */
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (!needs_escape(ch)) continue;
    char esc[8];
    size_t en;
    if (ch == '"' || ch == '\\') {
      esc[0] = '\\';
      esc[1] = (char)ch;
      en = 2;
    } else if (ch == '\n')
      memcpy(esc, "\\n", en = 2);
    else if (ch == '\r')
      memcpy(esc, "\\r", en = 2);
    else if (ch == '\t')
      memcpy(esc, "\\t", en = 2);
    else
      en = (size_t)snprintf(esc, sizeof esc, "\\u%04x", ch); /* as Go's encoding/json */
    if (i > run) base_strbuf_add(b, s + run, i - run);
    base_strbuf_add(b, esc, en);
    run = i + 1;
  }
  if (n > run) add_small(b, s + run, n - run);
  add_small(b, "\"", 1);
}

static bool json_enc(tf_scope *s, base_strbuf *b, const doc_node *v) {
  /* the text of a value built by sharing can be far larger than the value */
  if (b->n > s->ev->max_bytes - (s->ev->bytes < s->ev->max_bytes ? s->ev->bytes : s->ev->max_bytes))
    return false;
  switch ((doc_kind)v->kind) {
  case DOC_NULL: add_small(b, "null", 4); return true;
  case DOC_BOOL: add_small(b, v->u.b ? "true" : "false", v->u.b ? 4 : 5); return true;
  case DOC_NUMBER: {
    size_t n;
    const char *t = iac_tf_to_string(s, v, &n);
    add_small(b, t, n);
    return true;
  }
  case DOC_STRING: iac_tf_json_quote(b, v->u.str, v->len); return true;
  case DOC_LIST:
    add_small(b, "[", 1);
    for (uint32_t i = 0; i < v->len; i++) {
      if (i) add_small(b, ",", 1);
      if (!json_enc(s, b, v->u.items[i])) return false;
    }
    add_small(b, "]", 1);
    return true;
  case DOC_MAP: {
    const doc_entry **es = iac_tf_sorted_entries(s, v);
    add_small(b, "{", 1);
    for (uint32_t i = 0; i < v->len; i++) {
      if (i) add_small(b, ",", 1);
      iac_tf_json_quote(b, es[i]->key, es[i]->key_len);
      add_small(b, ":", 1);
      if (!json_enc(s, b, es[i]->val)) return false;
    }
    add_small(b, "}", 1);
    return true;
  }
  case DOC_UNKNOWN: return false;
  }
  return false;
}

char *iac_tf_json_encode(tf_scope *s, const doc_node *v, size_t *len) {
  base_strbuf b = {0};
  b.a = s->ev->a;
  if (!json_enc(s, &b, v)) return NULL;
  *len = b.n;
  return b.p ? b.p : base_arena_strdup(s->ev->a, "");
}

/* ---- JSON text -> value (jsonencode results, policy documents' json)
 * ------------------------------------------------------------ */

static uint32_t ptr_hash(const void *p, uint32_t cap) {
  return (uint32_t)(((uintptr_t)p >> 3) * 2654435761u) & (cap - 1);
}

void iac_tf_note_json(tf_eval *ev, const char *text, const doc_node *value, bool placed) {
  if (ev->json_n * 2 >= ev->json_cap) {
    uint32_t ncap = ev->json_cap ? ev->json_cap * 2 : 32;
    const char **nk = base_arena_calloc(ev->a, ncap * sizeof *nk);
    const doc_node **nv = base_arena_alloc(ev->a, ncap * sizeof *nv);
    bool *np = base_arena_alloc(ev->a, ncap * sizeof *np);
    for (uint32_t i = 0; i < ev->json_cap; i++) {
      if (!ev->json_keys[i]) continue;
      uint32_t h = ptr_hash(ev->json_keys[i], ncap);
      while (nk[h])
        h = (h + 1) & (ncap - 1);
      nk[h] = ev->json_keys[i];
      nv[h] = ev->json_vals[i];
      np[h] = ev->json_placed[i];
    }
    ev->json_keys = nk;
    ev->json_vals = nv;
    ev->json_placed = np;
    ev->json_cap = ncap;
  }
  uint32_t h = ptr_hash(text, ev->json_cap);
  while (ev->json_keys[h] && ev->json_keys[h] != text)
    h = (h + 1) & (ev->json_cap - 1);
  if (!ev->json_keys[h]) ev->json_n++;
  ev->json_keys[h] = text;
  ev->json_vals[h] = value;
  ev->json_placed[h] = placed;
}

const doc_node *iac_tf_json_value(const tf_eval *ev, const char *text, bool *placed) {
  if (!ev->json_cap || !text) return NULL;
  uint32_t h = ptr_hash(text, ev->json_cap);
  while (ev->json_keys[h]) {
    if (ev->json_keys[h] == text) {
      if (placed) *placed = ev->json_placed[h];
      return ev->json_vals[h];
    }
    h = (h + 1) & (ev->json_cap - 1);
  }
  return NULL;
}

/* ---- locations ---------------------------------------------------------------- */

/* Takes the room of n bytes (in nodes, rounded up) from *left (NULL: no
 * budget): false when there is not that much. A copied list's items or
 * map's entries count as well as its nodes (charged a node each, a map of
 * two entries was charged a third of the memory it took: 700 MB for the
 * 256 MB budget). */
static bool spend(uint64_t *left, uint64_t n) {
  if (!left) return true;
  uint64_t nodes = (n + sizeof(doc_node) - 1) / sizeof(doc_node);
  if (nodes > *left) return false;
  *left -= nodes;
  return true;
}

/* Values computed outside the block (a variable default, a local, another
 * file) are located at the expression that uses them: a finding points at the
 * attribute in the resource, in the file where it is written. */
static const doc_node *relocate(base_arena *a, const doc_node *v, uint16_t tag, uint32_t lo,
                                uint32_t hi, uint32_t line, uint32_t col, uint64_t *left) {
  if (!spend(left, sizeof(doc_node))) return NULL; /* this node */
  bool here = v->tag == tag && v->line >= lo && v->line <= hi;
  uint32_t l = here ? v->line : line, c = here ? v->col : col;
  doc_node *copy = NULL;
  if (v->kind == DOC_LIST) {
    for (uint32_t i = 0; i < v->len; i++) {
      const doc_node *r = relocate(a, v->u.items[i], tag, lo, hi, l, c, left);
      if (!r) return NULL;
      if (r == v->u.items[i] && !copy) continue;
      if (!copy) {
        if (!spend(left, (uint64_t)v->len * sizeof *v->u.items)) return NULL;
        copy = iac_doc_list(a, v->u.items, v->len, v->line, v->col);
        copy->tag = v->tag;
      }
      copy->u.items[i] = (doc_node *)r;
    }
  } else if (v->kind == DOC_MAP) {
    for (uint32_t i = 0; i < v->len; i++) {
      const doc_node *r = relocate(a, v->u.entries[i].val, tag, lo, hi, l, c, left);
      if (!r) return NULL;
      if (r == v->u.entries[i].val && here && !copy) continue;
      if (!copy) {
        if (!spend(left, (uint64_t)v->len * sizeof *v->u.entries)) return NULL;
        copy = iac_doc_map(a, v->u.entries, v->len, v->line, v->col);
        copy->tag = v->tag;
      }
      copy->u.entries[i].val = (doc_node *)r;
      if (!here) {
        copy->u.entries[i].line = l;
        copy->u.entries[i].col = c;
      }
    }
  }
  if (here) return copy ? copy : v;
  if (!copy) {
    copy = base_arena_alloc(a, sizeof *copy);
    *copy = *v;
  }
  copy->line = line;
  copy->col = col;
  copy->tag = tag;
  copy->flags &= (uint8_t)~DOC_F_VERBATIM; /* its text is written elsewhere */
  return copy;
}

const doc_node *iac_tf_relocate(base_arena *a, const doc_node *v, uint16_t tag, uint32_t lo,
                                uint32_t hi, uint32_t line, uint32_t col) {
  return relocate(a, v, tag, lo, hi, line, col, NULL);
}

const doc_node *iac_tf_relocate_charged(tf_scope *s, const doc_node *v, uint16_t tag, uint32_t lo,
                                        uint32_t hi, uint32_t line, uint32_t col) {
  tf_eval *ev = s->ev;
  uint64_t room = ev->bytes < ev->max_bytes ? ev->max_bytes - ev->bytes : 0;
  /* most attributes are a scalar written where it is used: one node visited
   * and kept, charged inline (what relocate and iac_tf_charge would do) */
  if (v->kind != DOC_LIST && v->kind != DOC_MAP && v->tag == tag && v->line >= lo &&
      v->line <= hi && room >= sizeof(doc_node)) {
    if (!charge(s, sizeof(doc_node), line, col)) return iac_tf_budget_unknown(s, line, col);
    return v;
  }
  uint64_t left = room / sizeof(doc_node), start = left;
  const doc_node *r = relocate(ev->a, v, tag, lo, hi, line, col, &left);
  /* out of nodes (r NULL): charge one more than the room to spend it */
  uint64_t used = r ? (start - left) * sizeof(doc_node) : room + 1;
  if (!iac_tf_charge(s, used, line, col)) return iac_tf_budget_unknown(s, line, col);
  return r;
}

/* ---- directories ---------------------------------------------------------------- */

const char *iac_tf_module_dir(const tf_scope *s) {
  return s->m->cfg->dir;
}

const char *iac_tf_root_dir(const tf_scope *s) {
  return s->ev->root_dir;
}

/* Path of `to` relative to `from` (both relative to the same directory or
 * both absolute, normalised): "modules/x", "../shared", ".". */
static const char *rel_path(base_arena *a, const char *from, const char *to) {
  if (!strcmp(from, ".")) return to;
  size_t fl = strlen(from), i = 0;
  /* longest common prefix that ends at a segment boundary of both */
  size_t common = 0;
  for (; from[i] && from[i] == to[i]; i++)
    if (from[i] == '/') common = i + 1;
  if (i == fl && (to[i] == '/' || !to[i])) common = fl;
  size_t ups = 0;
  for (size_t k = common; k < fl; k++)
    if (k == common || from[k - 1] == '/') ups += from[k] != '/';
  const char *rest = to + common;
  while (*rest == '/')
    rest++;
  char *out = base_arena_alloc(a, ups * 3 + strlen(rest) + 2);
  size_t o = 0;
  for (size_t k = 0; k < ups; k++, o += 3)
    memcpy(out + o, "../", 3);
  memcpy(out + o, rest, strlen(rest) + 1);
  o += strlen(rest);
  if (o && out[o - 1] == '/') out[--o] = 0;
  return o ? out : ".";
}

/* path.root is ".", path.module is relative to it, path.cwd is absolute: the
 * values Terraform gives when run in the root module's directory. */
const char *iac_tf_path_value(tf_scope *s, const char *name) {
  const char *root_dir = s->ev->root_dir;
  base_arena *a = s->ev->a;
  if (!strcmp(name, "root")) return ".";
  if (!strcmp(name, "module")) {
    tf_config *cfg = s->m->cfg; /* of this load: its root_dir is fixed */
    if (!cfg->path_module)
      cfg->path_module =
          rel_path(a, base_path_join(a, root_dir, "."), base_path_join(a, cfg->dir, "."));
    return cfg->path_module;
  }
  if (!strcmp(name, "cwd")) {
    char cwd[4096];
    if (root_dir[0] == '/' || !getcwd(cwd, sizeof cwd)) return base_path_join(a, root_dir, ".");
    return base_path_join(a, cwd, root_dir);
  }
  return NULL;
}
