/* tf_eval.c — evaluation of HCL expressions with Terraform's semantics.
 *
 * Three outcomes for every expression (tf_value.h): a known value; an unknown
 * (reason = why: "var.x has no value", a DOC_F_REF reference
 * "ref:aws_s3_bucket.b.arn", ...), which propagates through every operation
 * that needs it; or an error (flagged DOC_F_EVAL_ERROR) so try()/can() can
 * tell it apart and a rule still sees "unknown", never a guess. References to
 * variables, locals, modules and resources go through s->ev->refs (the module
 * loader); function calls through tf_call.c. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tf_int.h"

/* TF_MAX_DEPTH bounds one expression; TF_MAX_CHAIN the nesting across the
 * references it follows (local.a -> local.b -> ...), which start a new scope:
 * a chain of 20,000 locals would otherwise exhaust the stack. */
enum { TF_MAX_DEPTH = 200, TF_MAX_CHAIN = 1000 };
static const uint64_t TF_MAX_STEPS = 20000000u;

void iac_tf_register_object(tf_eval *ev, const doc_node *obj, const char *addr) {
  if (ev->obj_n * 2 >= ev->obj_cap) {
    uint32_t ncap = ev->obj_cap ? ev->obj_cap * 2 : 64;
    const doc_node **nk = base_arena_calloc(ev->a, ncap * sizeof *nk);
    const char **na = base_arena_alloc_fast(ev->a, ncap * sizeof *na);
    for (uint32_t i = 0; i < ev->obj_cap; i++) {
      if (!ev->obj_keys[i]) continue;
      uint32_t h = (uint32_t)(((uintptr_t)ev->obj_keys[i] >> 4) * 2654435761u) & (ncap - 1);
      while (nk[h])
        h = (h + 1) & (ncap - 1);
      nk[h] = ev->obj_keys[i];
      na[h] = ev->obj_addr[i];
    }
    ev->obj_keys = nk;
    ev->obj_addr = na;
    ev->obj_cap = ncap;
  }
  uint32_t h = (uint32_t)(((uintptr_t)obj >> 4) * 2654435761u) & (ev->obj_cap - 1);
  while (ev->obj_keys[h])
    h = (h + 1) & (ev->obj_cap - 1);
  ev->obj_keys[h] = obj;
  ev->obj_addr[h] = addr;
  ev->obj_n++;
}

static const char *object_addr(const tf_eval *ev, const doc_node *obj) {
  if (!ev->obj_cap) return NULL;
  uint32_t h = (uint32_t)(((uintptr_t)obj >> 4) * 2654435761u) & (ev->obj_cap - 1);
  while (ev->obj_keys[h]) {
    if (ev->obj_keys[h] == obj) return ev->obj_addr[h];
    h = (h + 1) & (ev->obj_cap - 1);
  }
  return NULL;
}

/* ---- traversal steps ------------------------------------------------------------- */

static const doc_node *get_attr(tf_scope *s, const doc_node *v, const char *name, uint32_t line,
                                uint32_t col) {
  /* a.b.c where a.b is a reference stays a reference to a.b (refers_to) */
  if (v->kind == DOC_UNKNOWN) return iac_tf_relay(s, v, line, col);
  if (v->kind == DOC_MAP) {
    const doc_entry *e = iac_map_entry(v, name);
    const char *addr = object_addr(s->ev, v);
    if (addr && (!e || e->val->kind == DOC_NULL)) {
      const doc_node *doc = iac_tf_policy_doc_attr(s, v, addr, name, line, col);
      return doc ? doc : iac_tf_ref_unknown_attr(s, line, col, addr, name);
    }
    if (!e) return iac_tf_error(s, line, col, "unsupported attribute \"%s\"", name);
    return e->val;
  }
  if (v->kind == DOC_NULL)
    return iac_tf_error(s, line, col, "attempt to get attribute \"%s\" from a null value", name);
  return iac_tf_error(s, line, col, "unsupported attribute \"%s\" on a non-object value", name);
}

static const doc_node *get_index(tf_scope *s, const doc_node *v, const doc_node *k, uint32_t line,
                                 uint32_t col) {
  if (k->kind == DOC_UNKNOWN) {
    if (v->kind == DOC_UNKNOWN) return iac_tf_relay(s, v, line, col);
    /* an unknown key into a resource's instances is still a reference to it */
    return iac_tf_relay(s, k, line, col);
  }
  if (v->kind == DOC_UNKNOWN) return iac_tf_relay(s, v, line, col);
  if (v->kind == DOC_LIST) {
    double d;
    if (!iac_tf_to_number(k, &d) || d != floor(d))
      return iac_tf_error(s, line, col, "a list index must be a whole number");
    if (d < 0 || d >= v->len) {
      /* the common case, `try(x.this[0].y, ...)` on a resource with count =
       * 0: a small index written without vsnprintf (the same text as %.0f) */
      if (d < 1e9 && !signbit(d)) {
        char digits[16];
        uint32_t u = (uint32_t)d, nd = sizeof digits - 1;
        digits[nd] = 0;
        do
          digits[--nd] = (char)('0' + u % 10);
        while ((u /= 10));
        return iac_tf_error(s, line, col, "index %s out of range", digits + nd);
      }
      return iac_tf_error(s, line, col, "index %.0f out of range", d);
    }
    return v->u.items[(uint32_t)d];
  }
  if (v->kind == DOC_MAP) {
    size_t n;
    const char *key = iac_tf_to_string(s, k, &n);
    if (!key) return iac_tf_error(s, line, col, "a map key must be a string");
    const doc_entry *e = iac_map_entry(v, key);
    if (!e) return iac_tf_error(s, line, col, "the map has no element for key \"%s\"", key);
    return e->val;
  }
  return iac_tf_error(s, line, col, "cannot index a %s",
                      v->kind == DOC_NULL ? "null value" : "primitive value");
}

static const tf_bind *find_bind(const tf_scope *s, const char *name) {
  for (const tf_bind *b = s->binds; b; b = b->next)
    if (b->name[0] == name[0] && !strcmp(b->name, name)) return b;
  return NULL;
}

/* The namespace a reference root names (ns_of: one strcmp at most). */
typedef enum {
  NS_RESOURCE, /* TYPE.NAME */
  NS_VAR,
  NS_LOCAL,
  NS_MODULE,
  NS_COUNT,
  NS_EACH,
  NS_PATH,
  NS_TERRAFORM,
  NS_SELF,
  NS_DATA
} tf_ns;

/* Whether s is the word w (n bytes), past its first byte (which ns_of has
 * matched): a loop of constant length the compiler unrolls into byte
 * compares; a shorter s stops at its NUL. Every reference asks, and a
 * strcmp call each was a visible share of evaluating a module. */
static inline bool rest_is(const char *s, const char *w, size_t n) {
  for (size_t i = 1; i <= n; i++) /* w[n] is its NUL */
    if (s[i] != w[i]) return false;
  return true;
}
#define IS_WORD(s, w) rest_is((s), (w), sizeof(w) - 1)

static tf_ns ns_of(const char *root) {
  switch (root[0]) {
  case 'v': return IS_WORD(root, "var") ? NS_VAR : NS_RESOURCE;
  case 'l': return IS_WORD(root, "local") ? NS_LOCAL : NS_RESOURCE;
  case 'm': return IS_WORD(root, "module") ? NS_MODULE : NS_RESOURCE;
  case 'c': return IS_WORD(root, "count") ? NS_COUNT : NS_RESOURCE;
  case 'e': return IS_WORD(root, "each") ? NS_EACH : NS_RESOURCE;
  case 'p': return IS_WORD(root, "path") ? NS_PATH : NS_RESOURCE;
  case 't': return IS_WORD(root, "terraform") ? NS_TERRAFORM : NS_RESOURCE;
  case 's': return IS_WORD(root, "self") ? NS_SELF : NS_RESOURCE;
  case 'd': return IS_WORD(root, "data") ? NS_DATA : NS_RESOURCE;
  default: return NS_RESOURCE;
  }
}

/* Namespace roots: var.x, local.x, count.index, each.key, path.module, ... */
static const doc_node *ev_root_attr(tf_scope *s, const hcl_expr *e, bool *handled) {
  const char *root = e->a->name, *name = e->name;
  *handled = true;
  if (s->binds && find_bind(s, root)) {
    *handled = false;
    return NULL;
  }
  switch (ns_of(root)) {
  case NS_VAR: return s->ev->refs->var(s, e, name);
  case NS_LOCAL: return s->ev->refs->local(s, e, name);
  case NS_MODULE: return s->ev->refs->module(s, e, name);
  case NS_COUNT:
    if (strcmp(name, "index")) return iac_tf_error(s, e->line, e->col, "count.%s", name);
    if (!s->count_index) return iac_tf_error(s, e->line, e->col, "count.index used without count");
    return iac_tf_relay(s, s->count_index, e->line, e->col);
  case NS_EACH: {
    const doc_node *v = !strcmp(name, "key")     ? s->each_key
                        : !strcmp(name, "value") ? s->each_value
                                                 : NULL;
    if (!s->each_key)
      return iac_tf_error(s, e->line, e->col, "each.%s used without for_each", name);
    if (!v) return iac_tf_error(s, e->line, e->col, "each.%s", name);
    return v;
  }
  case NS_PATH: {
    const char *p = iac_tf_path_value(s, name);
    if (!p) return iac_tf_error(s, e->line, e->col, "unknown path.%s", name);
    return iac_tf_str(s, p, strlen(p), e->line, e->col);
  }
  case NS_TERRAFORM:
    if (!strcmp(name, "workspace")) return iac_tf_str(s, "default", 7, e->line, e->col);
    return iac_tf_unknown(s, e->line, e->col, "terraform.%s", name);
  case NS_SELF: return iac_tf_unknown(s, e->line, e->col, "self.%s", name);
  case NS_DATA: *handled = false; return NULL; /* data.TYPE alone: handled one level up */
  case NS_RESOURCE: break;
  }
  return s->ev->refs->resource(s, e, root, name, false);
}

/* ---- operators ------------------------------------------------------------------ */

static const doc_node *ev_binary(tf_scope *s, const hcl_expr *e) {
  const doc_node *x = iac_tf_eval(s, e->a);
  if (iac_tf_is_error(x)) return x;
  bool xb;
  /* false && _ and true || _ are decided by the left side (cty does the same) */
  if ((e->op == '&' || e->op == '|') && iac_tf_to_bool(x, &xb) && xb == (e->op == '|'))
    return iac_tf_bool(s, xb, e->line, e->col);
  const doc_node *y = iac_tf_eval(s, e->b);
  if (iac_tf_is_error(y)) return y;
  if (e->op == '=' || e->op == 'n') {
    const doc_node *u = NULL, *alt = iac_tf_eq_alt(s, e, x, y);
    if (alt) return alt;
    if (iac_tf_deep_unknown(x, &u) || iac_tf_deep_unknown(y, &u))
      return iac_tf_relay(s, u, e->line, e->col);
    bool eq = iac_doc_equal(x, y);
    return iac_tf_bool(s, e->op == '=' ? eq : !eq, e->line, e->col);
  }
  if (x->kind == DOC_UNKNOWN) return iac_tf_relay(s, x, e->line, e->col);
  if (y->kind == DOC_UNKNOWN) return iac_tf_relay(s, y, e->line, e->col);
  if (e->op == '&' || e->op == '|') {
    bool yb;
    if (!iac_tf_to_bool(x, &xb) || !iac_tf_to_bool(y, &yb))
      return iac_tf_error(s, e->line, e->col, "a bool is required");
    return iac_tf_bool(s, e->op == '&' ? xb && yb : xb || yb, e->line, e->col);
  }
  double a, b;
  if (!iac_tf_to_number(x, &a) || !iac_tf_to_number(y, &b))
    return iac_tf_error(s, e->line, e->col, "a number is required");
  switch (e->op) {
  case '+': return iac_tf_num(s, a + b, e->line, e->col);
  case '-': return iac_tf_num(s, a - b, e->line, e->col);
  case '*': return iac_tf_num(s, a * b, e->line, e->col);
  case '/':
    if (b == 0) return iac_tf_error(s, e->line, e->col, "division by zero");
    return iac_tf_num(s, a / b, e->line, e->col);
  case '%':
    if (b == 0) return iac_tf_error(s, e->line, e->col, "division by zero");
    return iac_tf_num(s, fmod(a, b), e->line, e->col);
  case '<': return iac_tf_bool(s, a < b, e->line, e->col);
  case '>': return iac_tf_bool(s, a > b, e->line, e->col);
  case 'l': return iac_tf_bool(s, a <= b, e->line, e->col);
  case 'g': return iac_tf_bool(s, a >= b, e->line, e->col);
  }
  return iac_tf_error(s, e->line, e->col, "unknown operator");
}

/* ---- templates ------------------------------------------------------------------ */

/* Append the template's parts to b; an unknown/error value is returned instead. */
static const doc_node *ev_template_into(tf_scope *s, const hcl_expr *t, base_strbuf *b) {
  for (uint32_t i = 0; i < t->n; i++) {
    const hcl_expr *p = t->items[i];
    if (p->kind == HX_LIT) {
      if (!iac_tf_charge(s, p->lit->len, p->line, p->col))
        return iac_tf_budget_unknown(s, p->line, p->col);
      base_strbuf_add(b, p->lit->u.str, p->lit->len);
      continue;
    }
    if (p->kind == HX_TIF) {
      const doc_node *c = iac_tf_eval(s, p->a);
      bool cb;
      if (c->kind == DOC_UNKNOWN) return c;
      if (!iac_tf_to_bool(c, &cb)) return iac_tf_error(s, p->line, p->col, "%%{if} needs a bool");
      const doc_node *r = ev_template_into(s, p->items[cb ? 0 : 1], b);
      if (r) return r;
      continue;
    }
    if (p->kind == HX_TFOR) {
      const doc_node *coll = iac_tf_eval(s, p->a);
      if (coll->kind == DOC_UNKNOWN) return coll;
      if (coll->kind != DOC_LIST && coll->kind != DOC_MAP)
        return iac_tf_error(s, p->line, p->col, "%%{for} needs a collection");
      const doc_entry **es = coll->kind == DOC_MAP ? iac_tf_sorted_entries(s, coll) : NULL;
      for (uint32_t k = 0; k < coll->len; k++) {
        tf_bind kb, vb;
        tf_scope in = *s;
        vb.name = p->name;
        vb.val = es ? es[k]->val : coll->u.items[k];
        vb.next = s->binds;
        in.binds = &vb;
        if (p->key_var) {
          kb.name = p->key_var;
          kb.val = es ? iac_tf_str(s, es[k]->key, es[k]->key_len, p->line, p->col)
                      : iac_tf_num(s, k, p->line, p->col);
          kb.next = in.binds;
          in.binds = &kb;
        }
        const doc_node *r = ev_template_into(&in, p->b, b);
        if (r) return r;
      }
      continue;
    }
    const doc_node *v = iac_tf_eval(s, p);
    if (v->kind == DOC_UNKNOWN) return v;
    if (v->kind == DOC_NULL)
      return iac_tf_error(s, p->line, p->col, "cannot include a null value in a string template");
    size_t n;
    const char *str = iac_tf_to_string(s, v, &n);
    if (!str)
      return iac_tf_error(s, p->line, p->col, "cannot include a collection in a string template");
    if (!iac_tf_charge(s, n, p->line, p->col)) return iac_tf_budget_unknown(s, p->line, p->col);
    base_strbuf_add(b, str, n);
  }
  return NULL;
}

/* ---- for expressions and splats -------------------------------------------------- */

static const doc_node *ev_for(tf_scope *s, const hcl_expr *e) {
  const doc_node *coll = iac_tf_eval(s, e->a);
  if (coll->kind == DOC_UNKNOWN) return iac_tf_relay(s, coll, e->line, e->col);
  if (coll->kind != DOC_LIST && coll->kind != DOC_MAP)
    return iac_tf_error(s, e->line, e->col, "a for expression needs a collection");
  const doc_entry **es = coll->kind == DOC_MAP ? iac_tf_sorted_entries(s, coll) : NULL;
  uint32_t n = coll->len;
  const doc_node **vals = base_arena_alloc_fast(s->ev->a, (n ? n : 1) * sizeof *vals);
  doc_entry *ents = base_arena_alloc_fast(s->ev->a, (n ? n : 1) * sizeof *ents);
  uint32_t o = 0;
  for (uint32_t k = 0; k < n; k++) {
    tf_bind kb, vb;
    tf_scope in = *s;
    vb.name = e->name;
    vb.val = es ? es[k]->val : coll->u.items[k];
    vb.next = s->binds;
    in.binds = &vb;
    if (e->key_var) {
      kb.name = e->key_var;
      kb.val = es ? iac_tf_str(s, es[k]->key, es[k]->key_len, e->line, e->col)
                  : iac_tf_num(s, k, e->line, e->col);
      kb.next = in.binds;
      in.binds = &kb;
    }
    if (e->c) {
      const doc_node *c = iac_tf_eval(&in, e->c);
      bool cb;
      if (c->kind == DOC_UNKNOWN) return iac_tf_relay(s, c, e->line, e->col);
      if (!iac_tf_to_bool(c, &cb))
        return iac_tf_error(s, e->line, e->col, "a for filter must be a bool");
      if (!cb) continue;
    }
    const doc_node *v = iac_tf_eval(&in, e->b);
    if (iac_tf_is_error(v)) return v;
    if (!e->obj_for) {
      vals[o++] = v;
      continue;
    }
    const doc_node *key = iac_tf_eval(&in, e->d);
    if (key->kind == DOC_UNKNOWN) return iac_tf_relay(s, key, e->line, e->col);
    size_t kl;
    const char *ks = iac_tf_to_string(s, key, &kl);
    if (!ks) return iac_tf_error(s, e->line, e->col, "a for expression key must be a string");
    uint32_t j = 0;
    while (j < o && strcmp(ents[j].key, ks))
      j++;
    if (j < o && !e->expand)
      return iac_tf_error(s, e->line, e->col, "duplicate key \"%s\" in a for expression", ks);
    if (e->expand) {
      /* grouping: key => [values...] */
      if (j == o) {
        ents[o].key = ks;
        ents[o].key_len = (uint32_t)kl;
        ents[o].line = key->line;
        ents[o].col = key->col;
        ents[o].val = (doc_node *)iac_tf_list(s, &v, 1, e->line, e->col);
        o++;
      } else {
        const doc_node *old = ents[j].val;
        const doc_node **nv = base_arena_alloc_fast(s->ev->a, (old->len + 1) * sizeof *nv);
        memcpy(nv, old->u.items, old->len * sizeof *nv);
        nv[old->len] = v;
        ents[j].val = (doc_node *)iac_tf_list_take(s, nv, old->len + 1, e->line, e->col);
      }
      continue;
    }
    ents[o].key = ks;
    ents[o].key_len = (uint32_t)kl;
    ents[o].line = key->line;
    ents[o].col = key->col;
    ents[o].val = (doc_node *)v;
    o++;
  }
  if (e->obj_for) return iac_tf_map_take(s, ents, o, e->line, e->col);
  return iac_tf_list_take(s, vals, o, e->line, e->col);
}

static const doc_node *ev_splat(tf_scope *s, const hcl_expr *e) {
  const doc_node *src = iac_tf_eval(s, e->a);
  if (src->kind == DOC_UNKNOWN) return iac_tf_relay(s, src, e->line, e->col);
  if (src->kind == DOC_NULL) return iac_tf_list(s, NULL, 0, e->line, e->col);
  const doc_node *one = src;
  const doc_node *const *items = &one;
  uint32_t n = 1;
  if (src->kind == DOC_LIST) {
    items = (const doc_node *const *)src->u.items;
    n = src->len;
  }
  const doc_node **out = base_arena_alloc_fast(s->ev->a, (n ? n : 1) * sizeof *out);
  tf_scope in = *s;
  for (uint32_t i = 0; i < n; i++) {
    in.splat_item = items[i];
    out[i] = iac_tf_eval(&in, e->b);
    if (iac_tf_is_error(out[i])) return out[i];
  }
  return iac_tf_list_take(s, out, n, e->line, e->col);
}

/* ---- entry ---------------------------------------------------------------------- */

/* A literal: a copy tagged with the scope's file (the tree is shared by
 * every load that parsed it). */
static inline const doc_node *ev_lit(tf_scope *s, const hcl_expr *e) {
  doc_node *n = base_arena_alloc_fast(s->ev->a, sizeof *n);
  *n = *e->lit;
  n->tag = s->tag;
  return n;
}

/* Out of line: iac_tf_eval's checks and literals (the most common
 * expression) then run without this function's frame. */
__attribute__((noinline)) static const doc_node *ev(tf_scope *s, const hcl_expr *e) {
  switch ((hcl_expr_kind)e->kind) {
  case HX_LIT: return ev_lit(s, e);
  case HX_TEMPLATE: {
    base_strbuf b = {s->ev->a, NULL, 0, 0};
    const doc_node *r = ev_template_into(s, e, &b);
    if (r) return iac_tf_relay(s, r, e->line, e->col);
    return iac_tf_str_take(s, b.p ? b.p : "", b.n, e->line, e->col);
  }
  case HX_TUPLE: {
    const doc_node **v = base_arena_alloc_fast(s->ev->a, (e->n ? e->n : 1) * sizeof *v);
    for (uint32_t i = 0; i < e->n; i++) {
      v[i] = iac_tf_eval(s, e->items[i]);
      if (iac_tf_is_error(v[i])) return v[i];
    }
    return iac_tf_list_take(s, v, e->n, e->line, e->col);
  }
  case HX_OBJECT: {
    uint32_t n = e->n / 2, o = 0;
    doc_entry *ents = base_arena_alloc_fast(s->ev->a, (n ? n : 1) * sizeof *ents);
    for (uint32_t i = 0; i < n; i++) {
      const hcl_expr *ke = e->items[2 * i];
      const char *ks;
      size_t kl;
      if (ke->kind == HX_VAR) {
        /* a bare identifier is the key: the tree's string (which the unit's
         * values may point into), charged as the string node it was */
        ks = ke->name;
        kl = strlen(ks);
        iac_tf_charge(s, kl + sizeof(doc_node), ke->line, ke->col);
      } else {
        const doc_node *k = iac_tf_eval(s, ke);
        if (k->kind == DOC_UNKNOWN) return iac_tf_relay(s, k, e->line, e->col);
        ks = iac_tf_to_string(s, k, &kl);
        if (!ks) return iac_tf_error(s, ke->line, ke->col, "an object key must be a string");
      }
      const doc_node *v = iac_tf_eval(s, e->items[2 * i + 1]);
      if (iac_tf_is_error(v)) return v;
      uint32_t j = 0;
      while (j < o && (ents[j].key[0] != ks[0] || strcmp(ents[j].key, ks)))
        j++;
      ents[j].key = ks;
      ents[j].key_len = (uint32_t)kl;
      ents[j].line = ke->line;
      ents[j].col = ke->col;
      ents[j].val = (doc_node *)v;
      if (j == o) o++;
    }
    return iac_tf_map_take(s, ents, o, e->line, e->col);
  }
  case HX_VAR: {
    const tf_bind *b = find_bind(s, e->name);
    if (b) return b->val;
    if (!strcmp(e->name, "self")) return iac_tf_unknown(s, e->line, e->col, "self");
    return iac_tf_error(s, e->line, e->col, "unknown reference \"%s\"", e->name);
  }
  case HX_ATTR: {
    if (e->a->kind == HX_VAR) {
      bool handled;
      const doc_node *r = ev_root_attr(s, e, &handled);
      if (handled) return r;
      if (e->a->name[0] == 'd' && !strcmp(e->a->name, "data") && !find_bind(s, "data"))
        return iac_tf_error(s, e->line, e->col, "data.%s needs a name", e->name);
    }
    if (e->a->kind == HX_ATTR && e->a->a->kind == HX_VAR && e->a->a->name[0] == 'd' &&
        !strcmp(e->a->a->name, "data") && !find_bind(s, "data"))
      return s->ev->refs->resource(s, e, e->a->name, e->name, true);
    const doc_node *base = iac_tf_eval(s, e->a);
    if (iac_tf_is_error(base)) return base;
    if (e->is_index) {
      const doc_node *k = iac_tf_num(s, strtod(e->name, NULL), e->line, e->col);
      return get_index(s, base, k, e->line, e->col);
    }
    return get_attr(s, base, e->name, e->line, e->col);
  }
  case HX_INDEX: {
    const doc_node *base = iac_tf_eval(s, e->a);
    if (iac_tf_is_error(base)) return base;
    const doc_node *k = iac_tf_eval(s, e->b);
    if (iac_tf_is_error(k)) return k;
    return get_index(s, base, k, e->line, e->col);
  }
  case HX_SPLAT: return ev_splat(s, e);
  case HX_SPLAT_ITEM:
    if (!s->splat_item) return iac_tf_error(s, e->line, e->col, "splat item outside a splat");
    return s->splat_item;
  case HX_CALL: return iac_tf_call(s, e, iac_tf_eval);
  case HX_UNARY: {
    const doc_node *x = iac_tf_eval(s, e->a);
    if (x->kind == DOC_UNKNOWN) return iac_tf_relay(s, x, e->line, e->col);
    if (e->op == '!') {
      bool b;
      if (!iac_tf_to_bool(x, &b)) return iac_tf_error(s, e->line, e->col, "! needs a bool");
      return iac_tf_bool(s, !b, e->line, e->col);
    }
    double d;
    if (!iac_tf_to_number(x, &d)) return iac_tf_error(s, e->line, e->col, "- needs a number");
    return iac_tf_num(s, -d, e->line, e->col);
  }
  case HX_BINARY: return ev_binary(s, e);
  case HX_COND: {
    const doc_node *c = iac_tf_eval(s, e->a);
    if (c->kind == DOC_UNKNOWN) {
      /* an unknown condition: the value is one of the two branches (tf_alt.c) */
      const doc_node *alt = iac_tf_is_error(c) ? NULL : iac_tf_cond_alt(s, e, c);
      return alt ? alt : iac_tf_relay(s, c, e->line, e->col);
    }
    bool b;
    if (!iac_tf_to_bool(c, &b))
      return iac_tf_error(s, e->line, e->col, "a condition must be a bool");
    return iac_tf_eval(s, b ? e->b : e->c);
  }
  case HX_FOR: return ev_for(s, e);
  case HX_PAREN: return iac_tf_eval(s, e->a);
  case HX_TIF:
  case HX_TFOR: {
    base_strbuf b = {s->ev->a, NULL, 0, 0};
    hcl_expr t = *e;
    const hcl_expr *one = e;
    t.kind = HX_TEMPLATE;
    t.items = (hcl_expr **)&one;
    t.n = 1;
    const doc_node *r = ev_template_into(s, &t, &b);
    if (r) return r;
    return iac_tf_str_take(s, b.p ? b.p : "", b.n, e->line, e->col);
  }
  }
  return iac_tf_error(s, e->line, e->col, "unsupported expression");
}

const doc_node *iac_tf_eval(tf_scope *s, const hcl_expr *e) {
  if (s->depth >= TF_MAX_DEPTH)
    return iac_tf_error(s, e->line, e->col, "expression nested too deeply");
  if (s->ev->depth >= TF_MAX_CHAIN) {
    if (!s->ev->chain_reported) {
      s->ev->chain_reported = true;
      iac_error *w =
          iac_unit_warning(s->ev->u, e->line, e->col,
                           "limit exceeded: references (locals, variables, outputs) nested "
                           "more than %d deep; values past it are unknown",
                           TF_MAX_CHAIN);
      if (s->tag && s->tag <= s->ev->n_files) w->file = s->ev->files[s->tag - 1];
    }
    return iac_tf_error(s, e->line, e->col, "limit exceeded: references nested more than %d deep",
                        TF_MAX_CHAIN);
  }
  if (++s->ev->steps > TF_MAX_STEPS)
    return iac_tf_error(s, e->line, e->col, "evaluation budget exceeded");
  if (iac_tf_over_budget(s->ev)) return iac_tf_budget_unknown(s, e->line, e->col);
  if (e->kind == HX_LIT) return ev_lit(s, e); /* within the budget, as checked */
  s->depth++;
  s->ev->depth++;
  const doc_node *r = ev(s, e);
  s->depth--;
  s->ev->depth--;
  /* the value that spent the budget is past it too */
  if (iac_tf_over_budget(s->ev) && r->kind != DOC_UNKNOWN)
    return iac_tf_budget_unknown(s, e->line, e->col);
  return r;
}

/* ---- type constraints ------------------------------------------------------------ */

static const doc_node *convert_prim(tf_scope *s, const doc_node *v, const char *t) {
  /* only a string, number or bool value of another primitive type changes:
   * a string to number or bool, a number or bool to string */
  if (v->kind == DOC_STRING                          ? t[0] != 'n' && t[0] != 'b'
      : v->kind == DOC_NUMBER || v->kind == DOC_BOOL ? t[0] != 's'
                                                     : true)
    return v;
  if (!strcmp(t, "string")) {
    if (v->kind == DOC_NUMBER || v->kind == DOC_BOOL) {
      size_t n;
      const char *str = iac_tf_to_string(s, v, &n);
      return iac_tf_str(s, str, n, v->line, v->col);
    }
  } else if (!strcmp(t, "number")) {
    double d;
    if (v->kind == DOC_STRING && iac_tf_to_number(v, &d)) return iac_tf_num(s, d, v->line, v->col);
  } else if (!strcmp(t, "bool")) {
    bool b;
    if (v->kind == DOC_STRING && iac_tf_to_bool(v, &b)) return iac_tf_bool(s, b, v->line, v->col);
  }
  return v;
}

const doc_node *iac_tf_convert(tf_scope *s, const doc_node *v, const hcl_expr *type) {
  if (!type || !v || v->kind == DOC_UNKNOWN || v->kind == DOC_NULL) return v;
  if (type->kind == HX_VAR) return convert_prim(s, v, type->name);
  if (type->kind != HX_CALL || type->n < 1) return v;
  const char *fn = type->name;
  const hcl_expr *arg = type->items[0];
  /* object first: the common type constraint (the names are distinct) */
  if (!strcmp(fn, "object") && arg->kind == HX_OBJECT) {
    if (v->kind != DOC_MAP) return v;
    uint32_t na = arg->n / 2;
    doc_entry *ents = base_arena_alloc_fast(s->ev->a, (v->len + na + 1) * sizeof *ents);
    uint32_t o = 0;
    for (uint32_t i = 0; i < v->len; i++)
      ents[o++] = v->u.entries[i];
    for (uint32_t i = 0; i < na; i++) {
      const hcl_expr *ke = arg->items[2 * i], *te = arg->items[2 * i + 1];
      const char *k = ke->kind == HX_VAR                                  ? ke->name
                      : ke->kind == HX_LIT && ke->lit->kind == DOC_STRING ? ke->lit->u.str
                                                                          : NULL;
      if (!k) continue;
      const hcl_expr *inner = te;
      bool optional = te->kind == HX_CALL && !strcmp(te->name, "optional") && te->n >= 1;
      if (optional) inner = te->items[0];
      uint32_t j = 0;
      while (j < o && (ents[j].key[0] != k[0] || strcmp(ents[j].key, k)))
        j++;
      if (j == o) {
        if (!optional) continue; /* Terraform would reject it; leave it missing */
        ents[o].key = k;
        ents[o].key_len = (uint32_t)strlen(k);
        ents[o].line = v->line;
        ents[o].col = v->col;
        ents[o].val = (doc_node *)(te->n >= 2 ? iac_tf_eval(s, te->items[1])
                                              : iac_tf_null(s, v->line, v->col));
        o++;
      } else if (optional && te->n >= 2 && ents[j].val->kind == DOC_NULL) {
        ents[j].val = (doc_node *)iac_tf_eval(s, te->items[1]);
      }
      ents[j].val = (doc_node *)iac_tf_convert(s, ents[j].val, inner);
    }
    return iac_tf_map_take(s, ents, o, v->line, v->col);
  }
  if (!strcmp(fn, "list") || !strcmp(fn, "set")) {
    if (v->kind != DOC_LIST) return v;
    const doc_node **items = base_arena_alloc_fast(s->ev->a, (v->len ? v->len : 1) * sizeof *items);
    uint32_t o = 0;
    for (uint32_t i = 0; i < v->len; i++) {
      const doc_node *x = iac_tf_convert(s, v->u.items[i], arg);
      bool dup = false;
      if (fn[0] == 's')
        for (uint32_t k = 0; k < o && !dup; k++)
          dup = iac_doc_equal(items[k], x);
      if (!dup) items[o++] = x;
    }
    return iac_tf_list_take(s, items, o, v->line, v->col);
  }
  if (!strcmp(fn, "map")) {
    if (v->kind != DOC_MAP) return v;
    doc_entry *ents = base_arena_alloc_fast(s->ev->a, (v->len ? v->len : 1) * sizeof *ents);
    for (uint32_t i = 0; i < v->len; i++) {
      ents[i] = v->u.entries[i];
      ents[i].val = (doc_node *)iac_tf_convert(s, v->u.entries[i].val, arg);
    }
    return iac_tf_map_take(s, ents, v->len, v->line, v->col);
  }
  return v;
}
