/* tf_alt.c — Terraform values that are one of a known set (doc.h,
 * "alternatives"; docs/terraform.md): a variable without a value whose type is
 * bool or whose `validation` restricts it to literals, a conditional whose
 * condition is unknown, and `==` / `!=` of such a variable with a known value
 * (so `var.env == "prod" ? a : b` stays correlated with var.env).
 *
 * A choice is named as the user reads it, with the module prefix: "var.prod",
 * "module.app.var.mode", "aws_s3_bucket.b.bucket_key_enabled". Two values
 * with the same choice name take the same branch in one evaluation, which is
 * why a conditional on `var.prod` and the bool variable itself agree: branch 0
 * is true, branch 1 false, for both. Anything else that meets an alternative
 * (a template, a function, an attribute of it) relays a plain unknown, as
 * before alternatives existed. */
#include <string.h>

#include "tf_int.h"

enum { TF_ALT_MAX_VALUES = 64 };

/* ---- the alternative node ---- */

static const doc_node *make_alt(tf_scope *s, const char *why, uint8_t flags, const char *choice,
                                uint32_t n, doc_node **br, const char *const *ph, uint32_t line,
                                uint32_t col) {
  iac_tf_charge(s, (uint64_t)n * (sizeof(doc_node) + 2 * sizeof(char *)), line, col);
  doc_node *d = iac_doc_alt(s->ev->a, why, choice, n, br, ph, line, col);
  d->flags |= flags & DOC_F_REF; /* refers_to still sees a reference */
  d->tag = s->tag;
  return d;
}

static const char *value_text(tf_scope *s, const doc_node *v) {
  size_t n;
  const char *t = iac_tf_to_string(s, v, &n);
  return t ? base_arena_strndup(s->ev->a, t, n) : NULL;
}

/* ---- variables ---- */

static bool is_var_ref(const hcl_expr *e, const char *name) {
  while (e->kind == HX_PAREN)
    e = e->a;
  return e->kind == HX_ATTR && !e->is_index && e->a->kind == HX_VAR && !strcmp(e->a->name, "var") &&
         !strcmp(e->name, name);
}

static bool scalar(const doc_node *v) {
  return v && (v->kind == DOC_STRING || v->kind == DOC_NUMBER || v->kind == DOC_BOOL);
}

typedef struct value_set {
  const doc_node *v[TF_ALT_MAX_VALUES];
  uint32_t n;
} value_set;

static bool add_value(value_set *vs, const doc_node *v) {
  if (!scalar(v)) return false;
  for (uint32_t i = 0; i < vs->n; i++)
    if (iac_doc_equal(vs->v[i], v)) return true;
  if (vs->n == TF_ALT_MAX_VALUES) return false;
  vs->v[vs->n++] = v;
  return true;
}

/* The literal set a validation condition restricts var.NAME to:
 * contains([...], var.NAME), var.NAME == "a" (either side), and `||` of
 * those. False when the condition says anything else. */
static bool literal_set(tf_scope *s, const hcl_expr *e, const char *name, value_set *out) {
  while (e->kind == HX_PAREN)
    e = e->a;
  if (e->kind == HX_BINARY && e->op == '|')
    return literal_set(s, e->a, name, out) && literal_set(s, e->b, name, out);
  if (e->kind == HX_BINARY && e->op == '=') {
    const hcl_expr *other = is_var_ref(e->a, name) ? e->b : is_var_ref(e->b, name) ? e->a : NULL;
    return other && add_value(out, iac_tf_eval(s, other));
  }
  if (e->kind == HX_CALL && !strcmp(e->name, "contains") && e->n == 2 && !e->expand &&
      is_var_ref(e->items[1], name)) {
    const doc_node *l = iac_tf_eval(s, e->items[0]);
    if (l->kind != DOC_LIST || l->len == 0) return false;
    for (uint32_t i = 0; i < l->len; i++)
      if (!add_value(out, l->u.items[i])) return false;
    return true;
  }
  return false;
}

/* JSON syntax: `"validation": [{"condition": "${...}"}]` (or one object)
 * stays an expression; the condition of its first item that restricts. */
static bool json_validation(tf_scope *s, const hcl_expr *v, const char *name, value_set *out) {
  const hcl_expr *const *objs = v->kind == HX_TUPLE ? (const hcl_expr *const *)v->items : &v;
  uint32_t n = v->kind == HX_TUPLE ? v->n : 1;
  for (uint32_t i = 0; i < n; i++) {
    const hcl_expr *o = objs[i];
    if (o->kind != HX_OBJECT) continue;
    for (uint32_t k = 0; k + 1 < o->n; k += 2) {
      const hcl_expr *ke = o->items[k], *ve = o->items[k + 1];
      const char *key = ke->kind == HX_VAR                                  ? ke->name
                        : ke->kind == HX_LIT && ke->lit->kind == DOC_STRING ? ke->lit->u.str
                                                                            : NULL;
      if (!key || strcmp(key, "condition")) continue;
      if (ve->kind == HX_TEMPLATE && ve->n == 1 && ve->items[0]->kind != HX_LIT) ve = ve->items[0];
      out->n = 0;
      if (literal_set(s, ve, name, out)) return true;
    }
  }
  return false;
}

const doc_node *iac_tf_var_alt(tf_scope *s, const tf_decl *d, const hcl_expr *type,
                               const doc_node *unknown) {
  value_set vs = {{NULL}, 0};
  bool found = false;
  const hcl_body *b = d->blk->body;
  for (uint32_t i = 0; i < b->n_blocks && !found; i++) {
    if (strcmp(b->blocks[i].type, "validation")) continue;
    const hcl_attr *cond = iac_tf_attr(b->blocks[i].body, "condition");
    vs.n = 0;
    found = cond && literal_set(s, cond->expr, d->name, &vs);
  }
  const hcl_attr *jv = found ? NULL : iac_tf_attr(b, "validation");
  if (jv) found = json_validation(s, jv->expr, d->name, &vs);
  if (!found && type && type->kind == HX_VAR && !strcmp(type->name, "bool")) {
    vs.v[0] = iac_tf_bool(s, true, d->blk->line, d->blk->col);
    vs.v[1] = iac_tf_bool(s, false, d->blk->line, d->blk->col);
    vs.n = 2;
    found = true;
  }
  if (!found) return unknown;
  if (vs.n == 1) return iac_tf_convert(s, vs.v[0], type); /* the one value it can have */
  const char *choice = base_arena_printf(s->ev->a, "%svar.%s", s->m->prefix, d->name);
  doc_node **br = base_arena_alloc(s->ev->a, vs.n * sizeof *br);
  const char **ph = base_arena_alloc(s->ev->a, vs.n * sizeof *ph);
  for (uint32_t i = 0; i < vs.n; i++) {
    br[i] = (doc_node *)iac_tf_convert(s, vs.v[i], type);
    const char *t = value_text(s, br[i]);
    if (!t) return unknown;
    ph[i] = base_arena_printf(s->ev->a, "%s = %s", choice, t);
  }
  return make_alt(s, unknown->u.str, unknown->flags, choice, vs.n, br, ph, unknown->line,
                  unknown->col);
}

/* ---- conditionals ---- */

/* The condition as written, for naming the choice: references, literals,
 * operators and calls; NULL for anything longer to say (for, splat). */
static bool text_of(const hcl_expr *e, base_strbuf *b, int depth) {
  static const struct {
    char op;
    const char *text;
  } ops[] = {{'=', " == "}, {'n', " != "}, {'&', " && "}, {'|', " || "}, {'<', " < "},
             {'>', " > "},  {'l', " <= "}, {'g', " >= "}, {'+', " + "},  {'-', " - "},
             {'*', " * "},  {'/', " / "},  {'%', " % "}};
  if (depth > 16) return false;
  switch (e->kind) {
  case HX_VAR: base_strbuf_add(b, e->name, strlen(e->name)); return true;
  case HX_ATTR:
    if (!text_of(e->a, b, depth + 1)) return false;
    base_strbuf_add(b, e->is_index ? "[" : ".", 1);
    base_strbuf_add(b, e->name, strlen(e->name));
    if (e->is_index) base_strbuf_add(b, "]", 1);
    return true;
  case HX_INDEX:
    if (!text_of(e->a, b, depth + 1)) return false;
    base_strbuf_add(b, "[", 1);
    if (!text_of(e->b, b, depth + 1)) return false;
    base_strbuf_add(b, "]", 1);
    return true;
  case HX_LIT:
    if (e->lit->kind == DOC_STRING) {
      base_strbuf_add(b, "\"", 1);
      base_strbuf_add(b, e->lit->u.str, e->lit->len);
      base_strbuf_add(b, "\"", 1);
    } else if (e->lit->kind == DOC_BOOL) {
      base_strbuf_add(b, e->lit->u.b ? "true" : "false", e->lit->u.b ? 4 : 5);
    } else if (e->lit->kind == DOC_NULL) {
      base_strbuf_add(b, "null", 4);
    } else if (e->lit->kind == DOC_NUMBER) {
      const char *t = base_arena_printf(b->a, "%.17g", e->lit->u.num);
      base_strbuf_add(b, t, strlen(t));
    } else {
      return false;
    }
    return true;
  case HX_TEMPLATE:
    if (e->n != 1 || e->items[0]->kind != HX_LIT) return false;
    return text_of(e->items[0], b, depth + 1);
  case HX_PAREN:
    base_strbuf_add(b, "(", 1);
    if (!text_of(e->a, b, depth + 1)) return false;
    base_strbuf_add(b, ")", 1);
    return true;
  case HX_UNARY: base_strbuf_add(b, &e->op, 1); return text_of(e->a, b, depth + 1);
  case HX_BINARY:
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
      if (ops[i].op == e->op) {
        if (!text_of(e->a, b, depth + 1)) return false;
        base_strbuf_add(b, ops[i].text, strlen(ops[i].text));
        return text_of(e->b, b, depth + 1);
      }
    return false;
  case HX_CALL:
    base_strbuf_add(b, e->name, strlen(e->name));
    base_strbuf_add(b, "(", 1);
    for (uint32_t i = 0; i < e->n; i++) {
      if (i) base_strbuf_add(b, ", ", 2);
      if (!text_of(e->items[i], b, depth + 1)) return false;
    }
    base_strbuf_add(b, e->expand ? "...)" : ")", e->expand ? 4 : 1);
    return true;
  default: return false;
  }
}

const doc_node *iac_tf_cond_alt(tf_scope *s, const hcl_expr *e, const doc_node *c) {
  base_arena *a = s->ev->a;
  const doc_alt *ca = iac_doc_alt_of(c);
  if (ca) { /* the condition is itself one of a set: each branch decides */
    const doc_node *t = NULL, *f = NULL;
    doc_node **br = base_arena_alloc(a, ca->n * sizeof *br);
    for (uint32_t i = 0; i < ca->n; i++) {
      bool v;
      if (!ca->branches[i] || !iac_tf_to_bool(ca->branches[i], &v)) return NULL;
      if (v && !t) t = iac_tf_eval(s, e->b);
      if (!v && !f) f = iac_tf_eval(s, e->c);
      br[i] = (doc_node *)(v ? t : f);
    }
    return make_alt(s, c->u.str, c->flags, ca->choice, ca->n, br, ca->phrases, e->line, e->col);
  }
  base_strbuf b = {a, NULL, 0, 0};
  base_strbuf_add(&b, s->m->prefix, strlen(s->m->prefix));
  if (!text_of(e->a, &b, 0)) return NULL;
  doc_node **br = base_arena_alloc(a, 2 * sizeof *br);
  const char **ph = base_arena_alloc(a, 2 * sizeof *ph);
  br[0] = (doc_node *)iac_tf_eval(s, e->b);
  br[1] = (doc_node *)iac_tf_eval(s, e->c);
  ph[0] = iac_tf_concat(a, b.p, " = true", "", "", "");
  ph[1] = iac_tf_concat(a, b.p, " = false", "", "", "");
  return make_alt(s, c->u.str, c->flags, b.p, 2, br, ph, e->line, e->col);
}

const doc_node *iac_tf_eq_alt(tf_scope *s, const hcl_expr *e, const doc_node *x,
                              const doc_node *y) {
  const doc_alt *xa = iac_doc_alt_of(x), *ya = iac_doc_alt_of(y);
  if (!xa == !ya) return NULL;
  const doc_node *u = xa ? x : y, *known = xa ? y : x, *first = NULL;
  const doc_alt *alt = xa ? xa : ya;
  if (iac_tf_deep_unknown(known, &first)) return NULL;
  doc_node **br = base_arena_alloc(s->ev->a, alt->n * sizeof *br);
  for (uint32_t i = 0; i < alt->n; i++) {
    if (!scalar(alt->branches[i])) return NULL;
    bool eq = iac_doc_equal(alt->branches[i], known);
    br[i] = (doc_node *)iac_tf_bool(s, e->op == '=' ? eq : !eq, e->line, e->col);
  }
  return make_alt(s, u->u.str, u->flags, alt->choice, alt->n, br, alt->phrases, e->line, e->col);
}
