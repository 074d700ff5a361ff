/* value.c — converting document nodes to values, display forms, and the
 * three-valued operators (value.h, vm_internal.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "vm_internal.h"

vm_value vm_v_unknown_of(const vm_value *a) {
  if (a->tag != VV_UNKNOWN) return vm_v_unknown(NULL);
  vm_value v = vm_v_unknown(a->u.s);
  v.flags = a->flags;
  return v;
}

vm_value vm_v_unknown(const char *why) {
  return (vm_value){.tag = VV_UNKNOWN, .len = why ? (uint32_t)strlen(why) : 0, .u.s = why};
}

doc_node *vm_v_to_node(base_arena *a, vm_value v) {
  switch ((vm_tag)v.tag) {
  case VV_NULL: return iac_doc_null(a, v.line, v.col);
  case VV_BOOL: return iac_doc_bool(a, v.u.b, v.line, v.col);
  case VV_NUM: return iac_doc_number(a, v.u.n, v.line, v.col);
  case VV_STR: return iac_doc_string(a, v.u.s, v.len, v.line, v.col);
  case VV_LIST:
  case VV_MAP:
  case VV_PROJ: return (doc_node *)v.u.node; /* trees are never mutated */
  case VV_UNKNOWN: {
    doc_node *n = iac_doc_unknown(a, v.u.s, v.line, v.col);
    n->flags = v.flags;
    return n;
  }
  case VV_MISSING:
  case VV_ITER: break;
  }
  /* a missing item inside a list has no document form: it reads as null */
  return iac_doc_null(a, v.line, v.col);
}

/* ---- display ----------------------------------------------------------------- */

typedef struct out {
  char *buf;
  size_t cap, len;
} out;

static void put(out *o, const char *s, size_t n) {
  if (o->len < o->cap) {
    size_t room = o->cap - o->len;
    memcpy(o->buf + o->len, s, n < room ? n : room);
  }
  o->len += n;
}

static void put_num(out *o, double d) {
  char b[40];
  if (isnan(d))
    snprintf(b, sizeof b, "nan");
  else if (isinf(d))
    snprintf(b, sizeof b, d < 0 ? "-inf" : "inf");
  else if (d == floor(d) && fabs(d) < 1e15)
    snprintf(b, sizeof b, "%.0f", d == 0 ? 0.0 : d);
  else {
    /* shortest precision that round-trips */
    for (int prec = 15; prec <= 17; prec++) {
      snprintf(b, sizeof b, "%.*g", prec, d);
      if (strtod(b, NULL) == d) break;
    }
  }
  put(o, b, strlen(b));
}

static void put_json_str(out *o, const char *s, size_t n) {
  put(o, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    char e[8];
    if (c == '"' || c == '\\') {
      e[0] = '\\';
      e[1] = (char)c;
      put(o, e, 2);
    } else if (c == '\n')
      put(o, "\\n", 2);
    else if (c == '\t')
      put(o, "\\t", 2);
    else if (c == '\r')
      put(o, "\\r", 2);
    else if (c < 0x20) {
      snprintf(e, sizeof e, "\\u%04x", c);
      put(o, e, 6);
    } else
      put(o, (const char *)&s[i], 1);
  }
  put(o, "\"", 1);
}

static void put_node(out *o, const doc_node *n, bool nested);

static void put_value(out *o, const vm_value *v, bool nested) {
  switch ((vm_tag)v->tag) {
  case VV_MISSING: put(o, "<missing>", 9); break;
  case VV_UNKNOWN: put(o, "<unknown>", 9); break;
  case VV_NULL: put(o, "null", 4); break;
  case VV_BOOL: v->u.b ? put(o, "true", 4) : put(o, "false", 5); break;
  case VV_NUM: put_num(o, v->u.n); break;
  case VV_STR:
    if (nested)
      put_json_str(o, v->u.s, v->len);
    else
      put(o, v->u.s, v->len);
    break;
  case VV_LIST:
  case VV_MAP:
  case VV_PROJ: put_node(o, v->u.node, nested); break;
  case VV_ITER: put(o, "<iterator>", 10); break;
  }
}

static void put_node(out *o, const doc_node *n, bool nested) {
  if (!n) {
    put(o, "<missing>", 9);
    return;
  }
  if (n->kind == DOC_LIST) {
    put(o, "[", 1);
    for (uint32_t i = 0; i < n->len; i++) {
      if (i) put(o, ",", 1);
      put_node(o, n->u.items[i], true);
    }
    put(o, "]", 1);
  } else if (n->kind == DOC_MAP) {
    put(o, "{", 1);
    for (uint32_t i = 0; i < n->len; i++) {
      if (i) put(o, ",", 1);
      put_json_str(o, n->u.entries[i].key, n->u.entries[i].key_len);
      put(o, ":", 1);
      put_node(o, n->u.entries[i].val, true);
    }
    put(o, "}", 1);
  } else {
    vm_value v = vm_value_from_node(n, 0, 0);
    put_value(o, &v, nested);
  }
}

size_t vm_value_display(const vm_value *v, char *buf, size_t cap) {
  out o = {buf, cap ? cap - 1 : 0, 0};
  put_value(&o, v, false);
  if (cap) buf[o.len < o.cap ? o.len : o.cap] = 0;
  return o.len;
}

/* ---- three-valued operators -------------------------------------------------- */

enum { T_FALSE = 0, T_TRUE = 1, T_UNK = 2 };

static bool is_seq(uint8_t tag) {
  return tag == VV_LIST || tag == VV_PROJ;
}

static int node_eq(const doc_node *a, const doc_node *b) {
  if (!a || !b) return a == b ? T_TRUE : T_FALSE;
  if (a->kind == DOC_UNKNOWN || b->kind == DOC_UNKNOWN) return T_UNK;
  if (a->kind != b->kind) return T_FALSE;
  int res = T_TRUE;
  switch ((doc_kind)a->kind) {
  case DOC_NULL: return T_TRUE;
  case DOC_BOOL: return a->u.b == b->u.b;
  case DOC_NUMBER: return a->u.num == b->u.num;
  case DOC_STRING: return a->len == b->len && memcmp(a->u.str, b->u.str, a->len) == 0;
  case DOC_LIST:
    if (a->len != b->len) return T_FALSE;
    for (uint32_t i = 0; i < a->len; i++) {
      int r = node_eq(a->u.items[i], b->u.items[i]);
      if (r == T_FALSE) return T_FALSE;
      if (r == T_UNK) res = T_UNK;
    }
    return res;
  case DOC_MAP:
    if (a->len != b->len) return T_FALSE;
    for (uint32_t i = 0; i < a->len; i++) {
      const doc_entry *e = &a->u.entries[i];
      const doc_node *bv = iac_map_get(b, e->key);
      if (!bv) return T_FALSE;
      int r = node_eq(e->val, bv);
      if (r == T_FALSE) return T_FALSE;
      if (r == T_UNK) res = T_UNK;
    }
    return res;
  case DOC_UNKNOWN: return T_UNK;
  }
  return T_FALSE;
}

static vm_value tri(int t, vm_value a, vm_value b) {
  if (t != T_UNK) return vm_v_bool(t == T_TRUE);
  return vm_v_unknown_of(a.tag == VV_UNKNOWN ? &a : &b);
}

/* ---- kinds that meet in a comparison ---------------------------------------- */

/* A string that spells a decimal number ("22", "014", "-1.5e3"; no spaces, hex,
 * inf or nan), as CloudFormation and the Terraform providers accept for numeric
 * attributes. */
bool vm_str_number(const char *s, uint32_t n, double *res) {
  uint32_t i = 0, digits = 0;
  if (i < n && (s[i] == '-' || s[i] == '+')) i++;
  while (i < n && s[i] >= '0' && s[i] <= '9')
    i++, digits++;
  if (i < n && s[i] == '.') {
    i++;
    while (i < n && s[i] >= '0' && s[i] <= '9')
      i++, digits++;
  }
  if (!digits) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    uint32_t e = 0;
    i++;
    if (i < n && (s[i] == '-' || s[i] == '+')) i++;
    while (i < n && s[i] >= '0' && s[i] <= '9')
      i++, e++;
    if (!e) return false;
  }
  if (i != n || n > 64) return false;
  char buf[72];
  memcpy(buf, s, n);
  buf[n] = 0;
  double d = strtod(buf, NULL);
  if (!isfinite(d)) return false;
  *res = d;
  return true;
}

/* "true"/"false" in any case: 1/0; anything else -1. */
int vm_str_bool(const char *s, uint32_t n) {
  if (n == 4 && strncasecmp(s, "true", 4) == 0) return 1;
  if (n == 5 && strncasecmp(s, "false", 5) == 0) return 0;
  return -1;
}

static const char *kind_name(uint8_t tag) {
  switch ((vm_tag)tag) {
  case VV_MISSING: return "missing";
  case VV_UNKNOWN: return "unknown";
  case VV_NULL: return "null";
  case VV_BOOL: return "boolean";
  case VV_NUM: return "number";
  case VV_STR: return "string";
  case VV_LIST:
  case VV_PROJ: return "list";
  case VV_MAP: return "map";
  case VV_ITER: break;
  }
  return "iterator";
}

/* `string "abc"`, `number 3`, `list`: a value in a reason, cut to 40 bytes. */
static const char *kind_shown(base_arena *ar, const vm_value *v) {
  if (v->tag == VV_STR) {
    uint32_t n = v->len > 40 ? 40 : v->len;
    return base_arena_printf(ar, "string \"%.*s%s\"", (int)n, v->u.s, v->len > 40 ? "..." : "");
  }
  if (v->tag == VV_NUM || v->tag == VV_BOOL) {
    char b[48];
    vm_value_display(v, b, sizeof b);
    return base_arena_printf(ar, "%s %s", kind_name(v->tag), b);
  }
  return kind_name(v->tag);
}

/* Unknown because a and b are of kinds that do not compare. */
static vm_value incomparable(base_arena *ar, const vm_value *a, const vm_value *b) {
  if (!ar) return vm_v_unknown("cannot compare values of different kinds");
  return vm_v_unknown(base_arena_printf(ar, "cannot compare %s with %s", kind_shown(ar, a),
                                        kind_name(b->tag)));
}

/* Different kinds that compare anyway: a number and a numeric string as
 * numbers, a bool and "true"/"false" as bools. Rewrites *a and *b to the same
 * kind and returns true, or returns false. */
static bool coerce(vm_value *a, vm_value *b) {
  vm_value *s = a->tag == VV_STR ? a : b->tag == VV_STR ? b : NULL;
  vm_value *o = s == a ? b : a;
  if (!s || o->tag == VV_STR) return false;
  if (o->tag == VV_NUM) {
    double d;
    if (!vm_str_number(s->u.s, s->len, &d)) return false;
    s->tag = VV_NUM;
    s->u.n = d;
    return true;
  }
  if (o->tag == VV_BOOL) {
    int t = vm_str_bool(s->u.s, s->len);
    if (t < 0) return false;
    s->tag = VV_BOOL;
    s->u.b = t == 1;
    return true;
  }
  return false;
}

enum { T_MIXED = 3 }; /* eq3: kinds that do not compare */

static int eq3(const vm_value *pa, const vm_value *pb) {
  const vm_value *a = pa, *b = pb;
  if (a->tag == VV_UNKNOWN || b->tag == VV_UNKNOWN) return T_UNK;
  if (a->tag == VV_MISSING || b->tag == VV_MISSING) return T_FALSE; /* missing equals nothing */
  if (is_seq(a->tag) && is_seq(b->tag)) return node_eq(a->u.node, b->u.node);
  vm_value ca, cb;
  if (a->tag != b->tag) {
    /* null is compared to find it, not as a kind: x == null is a presence test */
    if (a->tag == VV_NULL || b->tag == VV_NULL) return T_FALSE;
    /* a list or map is never equal to a scalar under any reading (IAM's
     * string-or-map Principal is everyday data): false, not unknown */
    if (is_seq(a->tag) || is_seq(b->tag) || a->tag == VV_MAP || b->tag == VV_MAP) return T_FALSE;
    ca = *a, cb = *b;
    if (!coerce(&ca, &cb)) return T_MIXED;
    a = &ca, b = &cb;
  }
  switch ((vm_tag)a->tag) {
  case VV_NULL: return T_TRUE;
  case VV_BOOL: return a->u.b == b->u.b;
  case VV_NUM: return a->u.n == b->u.n;
  case VV_STR: return a->len == b->len && memcmp(a->u.s, b->u.s, a->len) == 0;
  case VV_MAP: return node_eq(a->u.node, b->u.node);
  default: return T_FALSE;
  }
}

vm_value vm_v_eq(base_arena *ar, vm_value a, vm_value b) {
  int t = eq3(&a, &b);
  if (t == T_MIXED) return incomparable(ar, &a, &b);
  return tri(t, a, b);
}

vm_value vm_v_not(vm_value a) {
  if (a.tag == VV_BOOL) return vm_v_bool(!a.u.b);
  return vm_v_unknown_of(&a);
}

vm_value vm_v_and(vm_value a, vm_value b) {
  if ((a.tag == VV_BOOL && !a.u.b) || (b.tag == VV_BOOL && !b.u.b)) return vm_v_bool(false);
  if (a.tag == VV_BOOL && b.tag == VV_BOOL) return vm_v_bool(true);
  return tri(T_UNK, a, b);
}

vm_value vm_v_or(vm_value a, vm_value b) {
  if ((a.tag == VV_BOOL && a.u.b) || (b.tag == VV_BOOL && b.u.b)) return vm_v_bool(true);
  if (a.tag == VV_BOOL && b.tag == VV_BOOL) return vm_v_bool(false);
  return tri(T_UNK, a, b);
}

vm_value vm_v_cmp(base_arena *ar, vm_value a, vm_value b, int op) {
  if (a.tag == VV_UNKNOWN || b.tag == VV_UNKNOWN) return tri(T_UNK, a, b);
  /* an absent attribute satisfies no bound (the expect fails, loudly) */
  if (a.tag == VV_MISSING || b.tag == VV_MISSING) return vm_v_bool(false);
  int c;
  vm_value ca = a, cb = b;
  if (a.tag != b.tag && !(coerce(&ca, &cb) && ca.tag == VV_NUM)) return incomparable(ar, &a, &b);
  if (ca.tag == VV_NUM) {
    if (isnan(ca.u.n) || isnan(cb.u.n)) return vm_v_bool(false);
    c = ca.u.n < cb.u.n ? -1 : ca.u.n > cb.u.n;
  } else if (ca.tag == VV_STR) {
    uint32_t n = a.len < b.len ? a.len : b.len;
    c = memcmp(a.u.s, b.u.s, n);
    if (c == 0) c = a.len < b.len ? -1 : a.len > b.len;
  } else {
    return incomparable(ar, &a, &b); /* bools, null, lists, maps have no order */
  }
  switch (op) {
  case 0: return vm_v_bool(c < 0);
  case 1: return vm_v_bool(c <= 0);
  case 2: return vm_v_bool(c > 0);
  default: return vm_v_bool(c >= 0);
  }
}

vm_value vm_v_in(vm_value v, vm_value c) {
  if (is_seq(c.tag)) {
    int res = v.tag == VV_UNKNOWN ? T_UNK : T_FALSE;
    const doc_node *l = c.u.node;
    for (uint32_t i = 0; i < l->len; i++) {
      vm_value item = vm_value_from_node(l->u.items[i], 0, 0);
      int r = eq3(&v, &item);
      if (r == T_TRUE) return vm_v_bool(true);
      if (r == T_MIXED) continue; /* a member of another kind is not v */
      if (r == T_UNK) res = T_UNK;
    }
    return tri(res, v, c);
  }
  if (v.tag == VV_UNKNOWN || c.tag == VV_UNKNOWN) return tri(T_UNK, v, c);
  if (c.tag == VV_MAP && v.tag == VV_STR) {
    const doc_node *m = c.u.node;
    for (uint32_t i = 0; i < m->len; i++)
      if (m->u.entries[i].key_len == v.len && memcmp(m->u.entries[i].key, v.u.s, v.len) == 0)
        return vm_v_bool(true);
    return vm_v_bool(false);
  }
  if (c.tag == VV_STR && v.tag == VV_STR) {
    if (v.len == 0) return vm_v_bool(true);
    if (v.len > c.len) return vm_v_bool(false);
    for (uint32_t i = 0; i + v.len <= c.len; i++)
      if (memcmp(c.u.s + i, v.u.s, v.len) == 0) return vm_v_bool(true);
    return vm_v_bool(false);
  }
  return vm_v_bool(false);
}

/* ---- arithmetic ---------------------------------------------------------------- */

static bool as_number(const vm_value *v, double *d) {
  if (v->tag == VV_NUM) {
    *d = v->u.n;
    return true;
  }
  return v->tag == VV_STR && vm_str_number(v->u.s, v->len, d);
}

static vm_value joined(vm_state *s, const vm_value *a, const vm_value *b) {
  if (a->tag == VV_STR) {
    size_t n = (size_t)a->len + b->len;
    char *p = n < UINT32_MAX ? vm_build_alloc(s, n + 1) : NULL;
    if (!p) return vm_budget_unknown(s);
    memcpy(p, a->u.s, a->len);
    memcpy(p + a->len, b->u.s, b->len);
    p[n] = 0;
    return vm_v_str(p, (uint32_t)n);
  }
  const doc_node *x = a->u.node, *y = b->u.node;
  size_t n = (size_t)x->len + y->len;
  doc_node **items = n < UINT32_MAX / 2 ? vm_build_alloc(s, (n ? n : 1) * sizeof *items) : NULL;
  if (!items) return vm_budget_unknown(s);
  if (x->len) memcpy(items, x->u.items, x->len * sizeof *items);
  if (y->len) memcpy(items + x->len, y->u.items, y->len * sizeof *items);
  return vm_v_list(iac_doc_list(&s->scratch, items, (uint32_t)n, 0, 0));
}

vm_value vm_v_arith(vm_state *s, vm_value a, vm_value b, int op) {
  static const char *const verb[] = {"add", "subtract", "multiply", "divide", "take the remainder of"};
  if (a.tag == VV_UNKNOWN || b.tag == VV_UNKNOWN) return tri(T_UNK, a, b);
  if (a.tag == VV_MISSING || b.tag == VV_MISSING) return vm_v_missing();
  if (op == 0 && a.tag == b.tag && a.tag == VV_STR) return joined(s, &a, &b);
  if (op == 0 && is_seq(a.tag) && is_seq(b.tag)) return joined(s, &a, &b);
  double x, y, r;
  if (!as_number(&a, &x) || !as_number(&b, &y) || (a.tag == VV_STR && b.tag == VV_STR))
    return vm_v_unknown(base_arena_printf(&s->scratch, "cannot %s %s and %s", verb[op],
                                          kind_shown(&s->scratch, &a), kind_name(b.tag)));
  switch (op) {
  case 0: r = x + y; break;
  case 1: r = x - y; break;
  case 2: r = x * y; break;
  default:
    if (y == 0) return vm_v_unknown("division by zero");
    r = op == 3 ? x / y : fmod(x, y);
    break;
  }
  if (!isfinite(r)) return vm_v_unknown("number out of range");
  vm_value v = vm_v_missing();
  v.tag = VV_NUM;
  v.u.n = r;
  return v;
}
