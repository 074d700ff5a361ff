/* check.c — modules and `use`, name resolution, arity, rule metadata,
 * constant folding, recursion among fns, and statically visible type errors.
 * Annotates the AST (cc_expr.ref/bind/target/builtin/ty) for codegen.
 * Recursion here follows the AST, whose depth the parser bounds. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "builtins.h"
#include "value.h"
#include "regex.h"
#include "check_int.h"

#define builtins vm_builtin_table
#define N_BUILTINS ((size_t)VM_BI__COUNT)

static const char *const format_names[] = {"any",
#define FMT(id, name) name,
                                           IAC_FORMATS(FMT)
#undef FMT
};
#define N_FORMATS (sizeof format_names / sizeof format_names[0])

static const struct {
  int fmt;
  const char *kind;
} format_kinds[] = {
#define KIND(id, kind) {IAC_FMT_##id, kind},
    IAC_KINDS(KIND)
#undef KIND
};
#define N_KINDS (sizeof format_kinds / sizeof format_kinds[0])

static const char *const severities[] = {"info", "low", "medium", "high", "critical"};
static const char *const meta_keys[] = {"title", "severity", "refs", "fix", "docs"};

static const char *ty_name(int t) {
  static const char *const n[] = {"a value", "a string", "a number", "a boolean",
                                  "null",    "a list",   "a map"};
  return n[t];
}

void cc_chk_err(chk *c, cc_loc loc, const char *fmt, ...) {
  char buf[600];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  cc_diag_error(&c->cx->diag, c->mod->file->src, loc, "%s", buf);
}

void cc_chk_note_at(chk *c, const cc_file *f, cc_loc loc, const char *msg) {
  cc_diag_note(&c->cx->diag, f->src, loc, "%s", msg);
}

/* "(did you mean 'x'?)" or "" */
const char *cc_chk_dym(chk *c, const char *name, cc_vec *cands) {
  if (c->cx->diag.suppressed) return ""; /* not printed: skip the edit distances */
  const char *s = cc_suggest(name, (const char *const *)cands->v, cands->n);
  return s ? base_arena_printf(&c->cx->arena, " (did you mean '%s'?)", s) : "";
}

/* ---- scope ---- */

static cc_bind *scope_find(chk *c, const char *name) {
  for (uint32_t i = c->scope.n; i-- > 0;) {
    cc_bind *b = c->scope.v[i];
    if (!strcmp(b->name, name)) return b;
  }
  return NULL;
}

static cc_bind *bind_new(chk *c, const char *name, cc_loc loc, int kind, int ty) {
  cc_bind *prev = scope_find(c, name);
  if (prev) {
    cc_chk_err(c, loc, "'%s' is already defined", name);
    cc_chk_note_at(c, c->mod->file, prev->loc, "previous definition is here");
  } else if (cc_chk_mod_find(c->mod, CC_I_CONST, name)) {
    cc_chk_err(c, loc, "'%s' is already defined as a const", name);
  }
  cc_bind *b = base_arena_calloc(&c->cx->arena, sizeof *b);
  b->name = name;
  b->loc = loc;
  b->kind = (uint8_t)kind;
  b->ty = (uint8_t)ty;
  b->slot = -1;
  cc_vec_push(&c->cx->arena, &c->scope, b);
  return b;
}

/* ---- constants ---- */

static int node_ty(const doc_node *n) {
  switch ((doc_kind)n->kind) {
  case DOC_STRING: return CC_T_STR;
  case DOC_NUMBER: return CC_T_NUM;
  case DOC_BOOL: return CC_T_BOOL;
  case DOC_NULL: return CC_T_NULL;
  case DOC_LIST: return CC_T_LIST;
  case DOC_MAP: return CC_T_MAP;
  default: return CC_T_ANY;
  }
}

/* The constant value of e, or NULL (reporting at the first non-constant part
 * when `report`). Constants are unlocated (line 0): they are not in a document. */
static const doc_node *fold(chk *c, cc_expr *e, bool report) {
  base_arena *a = &c->cx->arena;
  switch ((cc_ek)e->kind) {
  case CC_E_STR: return iac_doc_string(a, e->s, e->slen, 0, 0);
  case CC_E_NUM: return iac_doc_number(a, e->num, 0, 0);
  case CC_E_BOOL: return iac_doc_bool(a, e->b, 0, 0);
  case CC_E_NULL: return iac_doc_null(a, 0, 0);
  case CC_E_LIST: {
    doc_node **items = base_arena_alloc(a, sizeof *items * (e->n + 1));
    for (uint32_t i = 0; i < e->n; i++)
      if (!(items[i] = (doc_node *)fold(c, e->items[i], report))) return NULL;
    return iac_doc_list(a, items, e->n, 0, 0);
  }
  case CC_E_MAP: {
    doc_entry *ents = base_arena_calloc(a, sizeof *ents * (e->n + 1));
    for (uint32_t i = 0; i < e->n; i++) {
      if (e->keys[i]->kind != CC_E_STR) return NULL;
      ents[i].key = e->keys[i]->s;
      ents[i].key_len = e->keys[i]->slen;
      if (!(ents[i].val = (doc_node *)fold(c, e->items[i], report))) return NULL;
    }
    return iac_doc_map(a, ents, e->n, 0, 0);
  }
  case CC_E_IDENT:
  case CC_E_FIELD:
    if (e->ref == CC_R_CONST && e->target && e->target->is_param) {
      /* its value is known at scan time only */
      if (report)
        cc_chk_err(c, e->loc, "'%s' is a param, not a constant: its value is set at scan time",
                   e->s);
      return NULL;
    }
    if (e->ref == CC_R_CONST && e->target) {
      const doc_node *v = cc_chk_fold_const_item(c, e->target);
      if (!v) c->tainted = true; /* reported where that const is defined */
      return v;
    }
    break;
  default: break;
  }
  if (report) cc_chk_err(c, e->loc, "not a constant expression");
  return NULL;
}

static int check_expr(chk *c, cc_expr *e);

/* Folding a const checks (and folds) the consts it names first, so a chain
 * `const B = A`, `const C = B`, ... recurses once per link: cx->const_depth
 * bounds that recursion. The folded value must also fit the pack format
 * (VM_PACK_MAX_CONST_DEPTH) and stay small: consts of consts can describe
 * values exponentially larger than their source. */
const doc_node *cc_chk_fold_const_item(chk *c, cc_item *it) {
  if (it->state >= 2) return it->value; /* 3: failed, value NULL */
  if (it->state == 1) return NULL;      /* a cycle: reported by the item that started it */
  chk sub = {c->cx, it->file->mod, {0}, NULL, false, false, false};
  /* both the links and the expression depth they add up to (each const's
   * expression is checked inside the one naming it) */
  if (c->cx->const_depth >= CC_MAX_DEPTH || c->cx->const_nest + it->e->depth > 4 * CC_MAX_DEPTH) {
    if (c->cx->const_nest_reported)
      ; /* once per compilation: every const of a long chain would hit it */
    else if (c->cx->const_depth >= CC_MAX_DEPTH)
      cc_chk_err(&sub, it->name_loc,
                 "const '%s' nests too deeply (more than %d consts inside each other)", it->name,
                 CC_MAX_DEPTH);
    else
      cc_chk_err(
          &sub, it->name_loc,
          "const '%s' nests too deeply (more than %d levels of expressions through other consts)",
          it->name, 4 * CC_MAX_DEPTH);
    c->cx->const_nest_reported = true;
    it->state = 3;
    return NULL;
  }
  it->state = 1;
  c->cx->const_depth++;
  c->cx->const_nest += it->e->depth;
  int before = c->cx->diag.n_errors;
  check_expr(&sub, it->e);
  if (it->state == 1) {
    it->value = fold(&sub, it->e, false);
    if (!it->value && c->cx->diag.n_errors == before && !sub.tainted) {
      /* distinguish a cycle from a non-constant expression */
      cc_chk_err(&sub, it->name_loc,
                 "%s '%s' must be a constant expression (literals and other consts, not params)",
                 it->is_param ? "param" : "const", it->name);
    }
    int fit =
        it->value ? cc_value_check(it->value, VM_PACK_MAX_CONST_DEPTH, CC_MAX_CONST_NODES) : 0;
    if (fit == 1)
      cc_chk_err(&sub, it->name_loc,
                 "const '%s' nests too deeply (more than %d levels of lists and maps)", it->name,
                 VM_PACK_MAX_CONST_DEPTH);
    else if (fit == 2)
      cc_chk_err(&sub, it->name_loc, "const '%s' is too large (more than %d values)", it->name,
                 CC_MAX_CONST_NODES);
    if (fit) it->value = NULL;
  }
  c->cx->const_depth--;
  c->cx->const_nest -= it->e->depth;
  it->state = it->value ? 2 : 3;
  return it->value;
}

/* ---- expressions ---- */

static bool is_scalar_ty(int t) {
  return t == CC_T_STR || t == CC_T_NUM || t == CC_T_BOOL || t == CC_T_NULL;
}

static void want_bool(chk *c, cc_expr *e, int t, const char *what) {
  if (t != CC_T_ANY && t != CC_T_BOOL)
    cc_chk_err(c, e->loc, "%s needs a boolean, got %s", what, ty_name(t));
}

static int check_call(chk *c, cc_expr *e);

/* Operands of different static kinds that may still compare at run time: a
 * number and a string that is not a constant, or a constant spelling a number
 * (`"22" <= 22`); for == and != also a bool and a non-constant string, or the
 * constant "true"/"false" in any case. */
static bool mixed_ok(chk *c, cc_expr *ea, int ta, cc_expr *ec, int tc, bool order) {
  cc_expr *se = ta == CC_T_STR ? ea : tc == CC_T_STR ? ec : NULL;
  int other = se == ea ? tc : ta;
  if (!se || (other != CC_T_NUM && (order || other != CC_T_BOOL))) return false;
  const doc_node *v = fold(c, se, false);
  if (!v || v->kind != DOC_STRING) return true;
  double d;
  return other == CC_T_NUM ? vm_str_number(v->u.str, v->len, &d)
                           : vm_str_bool(v->u.str, v->len) >= 0;
}

static int resolve_ident(chk *c, cc_expr *e) {
  cc_bind *b = scope_find(c, e->s);
  if (b) {
    e->ref = b->kind;
    e->bind = b;
    return b->ty;
  }
  cc_item *k = cc_chk_mod_find(c->mod, CC_I_CONST, e->s);
  if (k) {
    e->ref = CC_R_CONST;
    e->target = k;
    if (k->state == 1) {
      cc_chk_err(c, e->loc, "const '%s' refers to itself", e->s);
      return CC_T_ANY;
    }
    const doc_node *v = cc_chk_fold_const_item(c, k);
    return v ? node_ty(v) : CC_T_ANY;
  }
  if (cc_chk_mod_find(c->mod, CC_I_FN, e->s)) {
    cc_chk_err(c, e->loc, "'%s' is a function: call it with arguments", e->s);
    return CC_T_ANY;
  }
  if (cc_chk_mod_alias(c->mod, e->s)) {
    cc_chk_err(c, e->loc, "'%s' is a module: name one of its consts or functions (%s.NAME)", e->s,
               e->s);
    return CC_T_ANY;
  }
  cc_vec cands = {0};
  for (uint32_t i = 0; i < c->scope.n && !c->cx->diag.suppressed; i++)
    cc_vec_push(&c->cx->arena, &cands, (void *)((cc_bind *)c->scope.v[i])->name);
  cc_chk_mod_names(c, c->mod, CC_I_CONST, &cands);
  cc_chk_err(c, e->loc, "unknown identifier '%s'%s", e->s, cc_chk_dym(c, e->s, &cands));
  return CC_T_ANY;
}

static int key_cmp(const void *x, const void *y) {
  const cc_expr *a = *(cc_expr *const *)x, *b = *(cc_expr *const *)y;
  if (a->slen != b->slen) return a->slen < b->slen ? -1 : 1;
  int r = memcmp(a->s, b->s, a->slen);
  if (r) return r;
  return a->num < b->num ? -1 : a->num > b->num; /* source order (index in num) */
}

/* dup[i]: key i repeats an earlier string key of map e. Sorting keeps this
 * O(n log n) for the large maps generated rule sources may hold. */
static bool *dup_keys(chk *c, cc_expr *e) {
  bool *dup = base_arena_calloc(&c->cx->arena, e->n + 1);
  cc_expr **ks = base_arena_alloc(&c->cx->arena, sizeof *ks * (e->n + 1));
  cc_expr *tmp = base_arena_alloc(&c->cx->arena, sizeof *tmp * (e->n + 1));
  uint32_t n = 0;
  for (uint32_t i = 0; i < e->n; i++)
    if (e->keys[i]->kind == CC_E_STR) {
      tmp[n] = *e->keys[i];
      tmp[n].num = i;
      ks[n] = &tmp[n];
      n++;
    }
  qsort(ks, n, sizeof *ks, key_cmp);
  for (uint32_t k = 1; k < n; k++)
    if (ks[k]->slen == ks[k - 1]->slen && !memcmp(ks[k]->s, ks[k - 1]->s, ks[k]->slen))
      dup[(uint32_t)ks[k]->num] = true;
  return dup;
}

/* Map literal e's key i (a map or an emit): a constant string, said once if
 * it is a duplicate (dup from dup_keys); false when it is not a string. */
static bool map_key_ok(chk *c, const cc_expr *e, const bool *dup, uint32_t i) {
  if (e->keys[i]->kind != CC_E_STR) {
    cc_chk_err(c, e->keys[i]->loc, "map keys must be constant strings");
    return false;
  }
  if (dup[i]) cc_chk_err(c, e->keys[i]->loc, "duplicate key '%s' in map", e->keys[i]->s);
  return true;
}

static int check_expr(chk *c, cc_expr *e) {
  int ta, tc;
  switch ((cc_ek)e->kind) {
  case CC_E_STR: return e->ty = CC_T_STR;
  case CC_E_NUM: return e->ty = CC_T_NUM;
  case CC_E_BOOL: return e->ty = CC_T_BOOL;
  case CC_E_NULL: return e->ty = CC_T_NULL;
  case CC_E_LIST:
    for (uint32_t i = 0; i < e->n; i++)
      check_expr(c, e->items[i]);
    return e->ty = CC_T_LIST;
  case CC_E_MAP: {
    bool *dup = dup_keys(c, e);
    for (uint32_t i = 0; i < e->n; i++) {
      if (!map_key_ok(c, e, dup, i)) continue;
      check_expr(c, e->items[i]);
    }
    if (c->cx->diag.n_errors == 0 && !fold(c, e, false))
      cc_chk_err(c, e->loc, "map literals must be constant (no paths or locals inside)");
    return e->ty = CC_T_MAP;
  }
  case CC_E_IDENT: return e->ty = (uint8_t)resolve_ident(c, e);
  case CC_E_FIELD:
    if (e->a->kind == CC_E_IDENT && !scope_find(c, e->a->s) &&
        !cc_chk_mod_find(c->mod, CC_I_CONST, e->a->s)) {
      cc_module *m = cc_chk_mod_alias(c->mod, e->a->s);
      if (m) {
        cc_item *k = cc_chk_mod_find(m, CC_I_CONST, e->s);
        if (!k) {
          cc_vec cands = {0};
          cc_chk_mod_names(c, m, CC_I_CONST, &cands);
          cc_chk_err(c, e->name_loc, "module '%s' has no const '%s'%s", m->name, e->s,
                     cc_chk_dym(c, e->s, &cands));
          return e->ty = CC_T_ANY;
        }
        e->ref = CC_R_CONST;
        e->target = k;
        const doc_node *v = cc_chk_fold_const_item(c, k);
        return e->ty = (uint8_t)(v ? node_ty(v) : CC_T_ANY);
      }
    }
    ta = check_expr(c, e->a);
    if (is_scalar_ty(ta))
      cc_chk_err(c, e->name_loc, "cannot take field '%s' of %s", e->s, ty_name(ta));
    return e->ty = CC_T_ANY;
  case CC_E_INDEX:
    ta = check_expr(c, e->a);
    tc = check_expr(c, e->c);
    if (is_scalar_ty(ta)) cc_chk_err(c, e->loc, "cannot index %s", ty_name(ta));
    if (tc != CC_T_ANY && tc != CC_T_NUM && tc != CC_T_STR)
      cc_chk_err(c, e->c->loc, "an index must be a number or a string, got %s", ty_name(tc));
    return e->ty = CC_T_ANY;
  case CC_E_WILD:
    ta = check_expr(c, e->a);
    if (is_scalar_ty(ta)) cc_chk_err(c, e->loc, "cannot use [*] on %s", ty_name(ta));
    return e->ty = CC_T_ANY;
  case CC_E_NOT: want_bool(c, e->a, check_expr(c, e->a), "'not'"); return e->ty = CC_T_BOOL;
  case CC_E_BIN: {
    ta = check_expr(c, e->a);
    tc = check_expr(c, e->c);
    const char *op = cc_binop_text((cc_binop)e->op);
    switch ((cc_binop)e->op) {
    case CC_AND:
    case CC_OR: {
      char what[16];
      snprintf(what, sizeof what, "'%s'", op);
      want_bool(c, e->a, ta, what);
      want_bool(c, e->c, tc, what);
      return e->ty = CC_T_BOOL;
    }
    case CC_EQ:
    case CC_NE:
      if (ta == CC_T_ANY || tc == CC_T_ANY || ta == tc || mixed_ok(c, e->a, ta, e->c, tc, false))
        ;
      else if (ta == CC_T_NULL || tc == CC_T_NULL || ta == CC_T_LIST || tc == CC_T_LIST ||
               ta == CC_T_MAP || tc == CC_T_MAP)
        cc_chk_err(c, e->loc, "comparing %s with %s using '%s' is always %s", ty_name(ta),
                   ty_name(tc), op, e->op == CC_EQ ? "false" : "true");
      else
        cc_chk_err(c, e->loc, "cannot compare %s with %s using '%s' (the result would be unknown)",
                   ty_name(ta), ty_name(tc), op);
      return e->ty = CC_T_BOOL;
    case CC_LT:
    case CC_LE:
    case CC_GT:
    case CC_GE:
      if (ta != CC_T_ANY && tc != CC_T_ANY && ta != tc && !mixed_ok(c, e->a, ta, e->c, tc, true))
        cc_chk_err(c, e->loc, "cannot compare %s with %s using '%s'", ty_name(ta), ty_name(tc), op);
      else if ((ta != CC_T_ANY && ta != CC_T_NUM && ta != CC_T_STR) ||
               (tc != CC_T_ANY && tc != CC_T_NUM && tc != CC_T_STR))
        cc_chk_err(c, e->loc, "'%s' compares numbers or strings, not %s", op,
                   ty_name(ta != CC_T_ANY && ta != CC_T_NUM && ta != CC_T_STR ? ta : tc));
      return e->ty = CC_T_BOOL;
    case CC_IN:
      if (tc == CC_T_NUM || tc == CC_T_BOOL || tc == CC_T_NULL)
        cc_chk_err(c, e->c->loc, "the right side of 'in' must be a list, map or string, got %s",
                   ty_name(tc));
      return e->ty = CC_T_BOOL;
    case CC_QQ: return e->ty = (uint8_t)(ta == tc ? ta : CC_T_ANY);
    case CC_ADD:
      /* numbers, strings (concatenation) or lists; a number and a string
       * that may spell one add as numbers */
      if ((ta == CC_T_STR && tc == CC_T_NUM) || (ta == CC_T_NUM && tc == CC_T_STR)) {
        if (mixed_ok(c, e->a, ta, e->c, tc, true)) return e->ty = CC_T_NUM;
      } else if ((ta == CC_T_ANY || ta == CC_T_NUM || ta == CC_T_STR || ta == CC_T_LIST) &&
                 (tc == CC_T_ANY || tc == CC_T_NUM || tc == CC_T_STR || tc == CC_T_LIST) &&
                 (ta == CC_T_ANY || tc == CC_T_ANY || ta == tc)) {
        return e->ty = (uint8_t)(ta == CC_T_ANY ? tc : ta);
      }
      cc_chk_err(c, e->loc, "cannot add %s and %s ('+' adds numbers, strings or lists)",
                 ty_name(ta), ty_name(tc));
      return e->ty = CC_T_ANY;
    case CC_SUB:
    case CC_MUL:
    case CC_DIV:
    case CC_MOD:
      for (int side = 0; side < 2; side++) {
        cc_expr *x = side ? e->c : e->a;
        int t = side ? tc : ta;
        const doc_node *v = t == CC_T_STR ? fold(c, x, false) : NULL;
        double d;
        if (t == CC_T_ANY || t == CC_T_NUM ||
            (t == CC_T_STR && (!v || v->kind != DOC_STRING || vm_str_number(v->u.str, v->len, &d))))
          continue;
        cc_chk_err(c, x->loc, "'%s' needs numbers, got %s", op, ty_name(t));
        return e->ty = CC_T_ANY;
      }
      return e->ty = CC_T_NUM;
    }
    return CC_T_ANY;
  }
  case CC_E_CALL: return e->ty = (uint8_t)check_call(c, e);
  case CC_E_ANY:
  case CC_E_ALL: {
    ta = check_expr(c, e->a);
    if (is_scalar_ty(ta)) cc_chk_err(c, e->a->loc, "cannot iterate over %s", ty_name(ta));
    uint32_t mark = c->scope.n;
    e->bind = bind_new(c, e->s, e->name_loc, CC_R_LOCAL, CC_T_ANY);
    want_bool(c, e->c, check_expr(c, e->c),
              e->kind == CC_E_ANY ? "the condition of any()" : "the condition of all()");
    c->scope.n = mark;
    return e->ty = CC_T_BOOL;
  }
  case CC_E_INTERP:
    for (uint32_t i = 0; i < e->n; i++)
      check_expr(c, e->items[i]);
    return e->ty = CC_T_STR;
  case CC_E_FILTER:
  case CC_E_MAPX:
  case CC_E_COUNT:
  case CC_E_FIRST: {
    ta = check_expr(c, e->a);
    if (is_scalar_ty(ta)) cc_chk_err(c, e->a->loc, "cannot iterate over %s", ty_name(ta));
    uint32_t mark = c->scope.n;
    e->bind = bind_new(c, e->s, e->name_loc, CC_R_LOCAL, CC_T_ANY);
    tc = check_expr(c, e->c);
    if (e->kind != CC_E_MAPX) {
      char what[40];
      snprintf(what, sizeof what, "the condition of %s()", cc_binder_name((cc_ek)e->kind));
      want_bool(c, e->c, tc, what);
    }
    c->scope.n = mark;
    return e->ty = e->kind == CC_E_COUNT ? CC_T_NUM : e->kind == CC_E_FIRST ? CC_T_ANY : CC_T_LIST;
  }
  case CC_E_IF:
    want_bool(c, e->a, check_expr(c, e->a), "'if'");
    ta = check_expr(c, e->c);
    tc = check_expr(c, e->items[0]);
    return e->ty = (uint8_t)(ta == tc ? ta : CC_T_ANY);
  }
  return CC_T_ANY;
}

static void record_callee(chk *c, cc_item *f) {
  if (!c->fn) return;
  cc_item *fn = c->fn;
  cc_item **v = base_arena_alloc(&c->cx->arena, sizeof *v * (fn->n_callees + 1));
  if (fn->n_callees) memcpy(v, fn->callees, sizeof *v * fn->n_callees);
  v[fn->n_callees++] = f;
  fn->callees = v;
}

/* A constant `matches` pattern is compiled now, so a pattern the linear-time
 * matcher rejects (backreferences, lookaround, syntax errors) is a compile
 * error instead of a rule that is silently unknown on every resource. */
static void check_regex(chk *c, cc_expr *pat) {
  const doc_node *v = fold(c, pat, false);
  if (!v || v->kind != DOC_STRING) return; /* not constant: checked at run time */
  char why[200];
  if (memchr(v->u.str, 0, v->len)) {
    cc_chk_err(c, pat->loc, "invalid regular expression: it contains a NUL byte");
    return;
  }
  if (vm_regex_check(v->u.str, why, sizeof why) != 0)
    cc_chk_err(c, pat->loc, "invalid regular expression: %s", why);
}

/* VM_K_* (vm/builtins.h) <-> static types */
static unsigned ty_kind(int t) {
  static const unsigned k[] = {VM_K_ANY,  VM_K_STR,  VM_K_NUM, VM_K_BOOL,
                               VM_K_NULL, VM_K_LIST, VM_K_MAP};
  return k[t];
}

static int kind_ty(unsigned mask, int arg0) {
  if (mask & VM_K_ARG0) return arg0;
  for (int t = CC_T_STR; t <= CC_T_MAP; t++)
    if (mask == ty_kind(t)) return t;
  return CC_T_ANY;
}

/* "a string", "a list, map or string" */
static const char *kinds_text(chk *c, unsigned mask) {
  static const struct {
    unsigned k;
    const char *name;
  } order[] = {{VM_K_LIST, "list"},  {VM_K_MAP, "map"},      {VM_K_STR, "string"},
               {VM_K_NUM, "number"}, {VM_K_BOOL, "boolean"}, {VM_K_NULL, "null"}};
  const char *names[6];
  int n = 0;
  for (int i = 0; i < 6; i++)
    if (mask & order[i].k) names[n++] = order[i].name;
  if (n == 0) return "a value";
  char *out = base_arena_printf(&c->cx->arena, "a %s", names[0]);
  for (int i = 1; i < n; i++)
    out = base_arena_printf(&c->cx->arena, "%s%s%s", out, i == n - 1 ? " or " : ", ", names[i]);
  return out;
}

static int check_call(chk *c, cc_expr *e) {
  int targ[4] = {0};
  for (uint32_t i = 0; i < e->n; i++) {
    int t = check_expr(c, e->items[i]);
    if (i < 4) targ[i] = t;
  }
  if (!e->s[0]) return CC_T_ANY; /* not callable: reported by the parser */
  cc_module *m = c->mod;
  if (e->qual) {
    m = scope_find(c, e->qual) ? NULL : cc_chk_mod_alias(c->mod, e->qual);
    if (!m) {
      cc_vec cands = {0};
      for (uint32_t i = 0; i < c->mod->uses.n; i++) {
        cc_item *u = c->mod->uses.v[i];
        const char *a = u->alias                ? u->alias
                        : strrchr(u->name, '.') ? strrchr(u->name, '.') + 1
                                                : u->name;
        cc_vec_push(&c->cx->arena, &cands, (void *)a);
      }
      cc_chk_err(c, e->name_loc, "unknown module '%s'%s", e->qual, cc_chk_dym(c, e->qual, &cands));
      return CC_T_ANY;
    }
  }
  cc_item *f = cc_chk_mod_find(m, CC_I_FN, e->s);
  if (f) {
    e->ref = CC_R_FN;
    e->target = f;
    if (e->n != f->n_params)
      cc_chk_err(c, e->name_loc, "function '%s' takes %u argument%s, got %u", e->s, f->n_params,
                 f->n_params == 1 ? "" : "s", e->n);
    record_callee(c, f);
    return CC_T_ANY;
  }
  if (e->qual) {
    cc_vec cands = {0};
    cc_chk_mod_names(c, m, CC_I_FN, &cands);
    cc_chk_err(c, e->name_loc, "module '%s' has no function '%s'%s", m->name, e->s,
               cc_chk_dym(c, e->s, &cands));
    return CC_T_ANY;
  }
  if (!strcmp(e->s, "resources")) {
    /* fns are inlined into selectors, so resources() works inside them too */
    e->ref = CC_R_RESOURCES;
    if (e->n < 1)
      cc_chk_err(c, e->name_loc, "function 'resources' takes at least 1 type, got none");
    for (uint32_t i = 0; i < e->n; i++)
      if (e->items[i]->kind != CC_E_STR)
        cc_chk_err(c, e->items[i]->loc, "resources() needs constant type name strings");
    return CC_T_LIST;
  }
  if (!strcmp(e->s, "facts")) {
    /* facts("NAME"): the records of a fact of the compiled sources */
    e->ref = CC_R_FACTS;
    if (e->n != 1 && e->n != 3) {
      cc_chk_err(c, e->name_loc,
                 "function 'facts' takes a fact's name, or a name, a key and a value "
                 "(facts(\"NAME\", \"KEY\", value)), got %u argument%s",
                 e->n, e->n == 1 ? "" : "s");
      return CC_T_LIST;
    }
    cc_expr *a = e->items[0];
    if (a->kind != CC_E_STR) {
      cc_chk_err(c, a->loc, "facts() needs a constant fact name string");
      return CC_T_LIST;
    }
    if (e->n == 3 && (e->items[1]->kind != CC_E_STR || !e->items[1]->slen))
      cc_chk_err(c, e->items[1]->loc, "facts() needs a constant key name string");
    if (e->n == 3 && targ[2] != CC_T_ANY && targ[2] != CC_T_STR)
      cc_chk_err(c, e->items[2]->loc, "facts() matches a key's value as a string, got %s",
                 ty_name(targ[2]));
    /* visible: declared by this module or by one it uses */
    cc_vec names = {0};
    for (uint32_t i = 0; i < c->cx->facts.n && !e->target; i++) {
      cc_item *fact = c->cx->facts.v[i];
      bool visible = fact->file->mod == c->mod;
      for (uint32_t u = 0; u < c->mod->use_mods.n && !visible; u++)
        visible = fact->file->mod == c->mod->use_mods.v[u];
      if (!visible) continue;
      if (!strcmp(fact->name, a->s)) e->target = fact;
      cc_vec_push(&c->cx->arena, &names, (void *)fact->name);
    }
    if (!e->target)
      cc_chk_err(c, a->loc, "no fact '%s' declared by this module or a module it uses%s", a->s,
                 cc_chk_dym(c, a->s, &names));
    if (c->in_fact)
      cc_chk_err(c, e->name_loc,
                 "facts() in a fact: facts are collected before any is read, so one cannot "
                 "read another");
    return CC_T_LIST;
  }
  if (!strcmp(e->s, "referrers") || !strcmp(e->s, "references")) {
    /* referrers(r, "TYPE", ...): the types become one constant list argument */
    e->ref = CC_R_JOIN;
    e->builtin = !strcmp(e->s, "referrers") ? VM_BI_REFERRERS : VM_BI_REFERENCES;
    if (e->n < 2)
      cc_chk_err(c, e->name_loc,
                 "function '%s' takes a resource and at least one type, got %u argument%s", e->s,
                 e->n, e->n == 1 ? "" : "s");
    for (uint32_t i = 1; i < e->n; i++)
      if (e->items[i]->kind != CC_E_STR || !e->items[i]->slen)
        cc_chk_err(c, e->items[i]->loc, "%s() needs constant type name strings", e->s);
    if (e->n && is_scalar_ty(targ[0]))
      cc_chk_err(c, e->items[0]->loc, "%s() needs a resource body, got %s", e->s, ty_name(targ[0]));
    return CC_T_LIST;
  }
  for (size_t b = 0; b < N_BUILTINS; b++) {
    if (strcmp(builtins[b].name, e->s)) continue; /* referrers/references: handled above */
    e->ref = CC_R_BUILTIN;
    e->builtin = (int)b;
    if ((int)e->n != builtins[b].arity) {
      cc_chk_err(c, e->name_loc, "function '%s' takes %d argument%s, got %u", e->s,
                 builtins[b].arity, builtins[b].arity == 1 ? "" : "s", e->n);
      return CC_T_ANY;
    }
    /* argument and result kinds come from the VM_BUILTINS table */
    for (int i = 0; i < builtins[b].arity && i < 2; i++) {
      unsigned want = builtins[b].args[i];
      if (targ[i] == CC_T_ANY || !want || (want & ty_kind(targ[i]))) continue;
      if (i == 0)
        cc_chk_err(c, e->items[i]->loc, "%s expects %s, got %s", e->s, kinds_text(c, want),
                   ty_name(targ[i]));
      else
        cc_chk_err(c, e->items[i]->loc, "%s expects %s as argument %d, got %s", e->s,
                   kinds_text(c, want), i + 1, ty_name(targ[i]));
      return CC_T_ANY; /* reported: no cascade of errors from its result */
    }
    if (b == VM_BI_MATCHES && targ[1] == CC_T_STR) check_regex(c, e->items[1]);
    return kind_ty(builtins[b].ret, targ[0]);
  }
  cc_vec cands = {0};
  cc_chk_mod_names(c, c->mod, CC_I_FN, &cands);
  for (size_t b = 0; b < N_BUILTINS; b++)
    cc_vec_push(&c->cx->arena, &cands, (void *)builtins[b].name);
  cc_vec_push(&c->cx->arena, &cands, "resources");
  cc_vec_push(&c->cx->arena, &cands, "referrers");
  cc_vec_push(&c->cx->arena, &cands, "references");
  cc_vec_push(&c->cx->arena, &cands, "facts");
  cc_chk_err(c, e->name_loc, "unknown function '%s'%s", e->s, cc_chk_dym(c, e->s, &cands));
  return CC_T_ANY;
}

/* An `at` value must come from the document (a path, a local), not a literal. */
static bool is_literal(chk *c, cc_expr *e) {
  switch ((cc_ek)e->kind) {
  case CC_E_STR:
  case CC_E_NUM:
  case CC_E_BOOL:
  case CC_E_NULL:
  case CC_E_INTERP: return true;
  case CC_E_LIST:
  case CC_E_MAP:
  case CC_E_IDENT:
  case CC_E_FIELD: return e->ref == CC_R_CONST || fold(c, e, false) != NULL;
  default: return false;
  }
}

static bool has_expect(cc_stmt **body, uint32_t n) {
  for (uint32_t i = 0; i < n; i++)
    if (body[i]->kind == CC_S_EXPECT ||
        (body[i]->kind == CC_S_FOR && has_expect(body[i]->body, body[i]->n_body)))
      return true;
  return false;
}

/* A condition must be a boolean: a statically known other kind is an error,
 * and so is a bare path (`expect b.bucket`), which may hold anything: a bool
 * attribute is tested with `== true`, which also accepts "true" strings. */
static void want_cond(chk *c, cc_expr *e, int t, const char *what) {
  want_bool(c, e, t, what);
  bool path = (e->kind == CC_E_FIELD && e->ref != CC_R_CONST) || e->kind == CC_E_INDEX ||
              e->kind == CC_E_WILD ||
              (e->kind == CC_E_IDENT && (e->ref == CC_R_SUBJECT || e->ref == CC_R_LOCAL) &&
               e->ty != CC_T_BOOL);
  if (path && t == CC_T_ANY)
    cc_chk_err(c, e->loc,
               "%s needs a boolean, got a path that may hold any kind: compare it (== true)", what);
}

/* emit {key: value, ...}: a map literal of constant, distinct keys whose
 * values are any expressions (evaluated one by one), in a fact only. */
static void check_emit(chk *c, cc_stmt *s) {
  if (!c->in_fact)
    cc_chk_err(c, s->loc,
               "'emit' outside a fact: only a fact's selectors record values "
               "(fact NAME { on ... as r { emit {...} } })");
  cc_expr *e = s->e;
  if (e->kind != CC_E_MAP) {
    check_expr(c, e);
    cc_chk_err(c, e->loc, "emit needs a map literal: emit {key: value, ...}");
    return;
  }
  if (e->n == 0) cc_chk_err(c, e->loc, "emit needs at least one key");
  if (e->n > CC_MAX_FACT_KEYS)
    cc_chk_err(c, e->loc, "emit has %u keys (at most %d)", e->n, CC_MAX_FACT_KEYS);
  bool *dup = dup_keys(c, e);
  for (uint32_t i = 0; i < e->n; i++) {
    if (!map_key_ok(c, e, dup, i)) continue;
    if (!strcmp(e->keys[i]->s, "file") || !strcmp(e->keys[i]->s, "line") ||
        !strcmp(e->keys[i]->s, "resource"))
      cc_chk_err(c, e->keys[i]->loc,
                 "key '%s' is set by the facts pass (file, line and resource say where a "
                 "record comes from)",
                 e->keys[i]->s);
    check_expr(c, e->items[i]);
  }
}

static void check_stmts(chk *c, cc_stmt **body, uint32_t n, int depth) {
  uint32_t mark = c->scope.n;
  bool seen_expect = false;
  for (uint32_t i = 0; i < n; i++) {
    cc_stmt *s = body[i];
    switch ((cc_sk)s->kind) {
    case CC_S_LET: {
      int t = check_expr(c, s->e);
      s->bind = bind_new(c, s->name, s->name_loc, CC_R_LOCAL, t);
      break;
    }
    case CC_S_EMIT: check_emit(c, s); break;
    case CC_S_WHEN:
      if (c->in_fact)
        cc_chk_err(c, s->loc,
                   "'when' in a fact: a fact records values and has no guard (emit the value "
                   "and let the rules that read it decide)");
      want_cond(c, s->e, check_expr(c, s->e), "'when'");
      if (seen_expect)
        cc_chk_err(
            c, s->loc,
            "'when' after an 'expect' in the same block: put guards first (a false guard here "
            "would drop the verdict of the expect above)");
      break;
    case CC_S_EXPECT:
      if (c->in_fact)
        cc_chk_err(c, s->loc,
                   "'expect' in a fact: a fact records values (emit {...}); rules "
                   "read them with facts(\"NAME\") and expect");
      seen_expect = true;
      want_cond(c, s->e, check_expr(c, s->e), "'expect'");
      if (s->at) {
        check_expr(c, s->at);
        if (is_literal(c, s->at))
          cc_chk_err(c, s->at->loc, "'at' must be a path into the document, not a constant");
      }
      if (s->msg) check_expr(c, s->msg);
      break;
    case CC_S_FOR: {
      int t = check_expr(c, s->e);
      if (is_scalar_ty(t)) cc_chk_err(c, s->e->loc, "cannot iterate over %s", ty_name(t));
      uint32_t m2 = c->scope.n;
      s->bind = bind_new(c, s->name, s->name_loc, CC_R_LOCAL, CC_T_ANY);
      seen_expect |= has_expect(s->body, s->n_body);
      if (depth > CC_MAX_DEPTH)
        cc_chk_err(c, s->loc, "nesting too deep (more than %d levels)", CC_MAX_DEPTH);
      else
        check_stmts(c, s->body, s->n_body, depth + 1);
      c->scope.n = m2;
      break;
    }
    }
  }
  c->scope.n = mark;
}

static const char *const_str(cc_expr *e) {
  return e && e->kind == CC_E_STR ? e->s : NULL;
}

/* The selectors of a rule or fact: formats, kinds, types, then bodies. */
static void check_sels(chk *c, cc_item *r) {
  for (uint32_t i = 0; i < r->n_sels; i++) {
    cc_sel *s = r->sels[i];
    s->fmt = -1;
    for (size_t f = 0; f < N_FORMATS; f++)
      if (!strcmp(s->format, format_names[f])) s->fmt = (int)f; /* 0 = any = IAC_FMT_NONE */
    if (s->fmt < 0) {
      cc_vec cands = {0};
      for (size_t f = 0; f < N_FORMATS; f++)
        cc_vec_push(&c->cx->arena, &cands, (void *)format_names[f]);
      cc_chk_err(c, s->format_loc, "unknown format '%s'%s", s->format,
                 cc_chk_dym(c, s->format, &cands));
    }
    if (s->fmt >= 0) { /* the kind must be one the format's views produce */
      bool known = false;
      cc_vec cands = {0};
      for (size_t k = 0; k < N_KINDS; k++)
        if (s->fmt == 0 || format_kinds[k].fmt == s->fmt) {
          known |= !strcmp(format_kinds[k].kind, s->kind);
          cc_vec_push(&c->cx->arena, &cands, (void *)format_kinds[k].kind);
        }
      if (!known) {
        const char *hint = cc_chk_dym(c, s->kind, &cands);
        if (!hint[0] && s->fmt) {
          hint = "; its kinds are";
          for (uint32_t k = 0; k < cands.n; k++)
            hint = base_arena_printf(&c->cx->arena, "%s%s %s", hint, k ? "," : "",
                                     (const char *)cands.v[k]);
        }
        if (s->fmt)
          cc_chk_err(c, s->kind_loc, "format %s has no kind '%s'%s", format_names[s->fmt], s->kind,
                     hint);
        else
          cc_chk_err(c, s->kind_loc, "no format has a kind '%s'%s", s->kind, hint);
      }
    }
    for (uint32_t t = 0; t < s->n_types; t++) {
      if (s->types[t]->kind != CC_E_STR)
        cc_chk_err(c, s->types[t]->loc, "selector types must be constant strings");
      else if (s->types[t]->slen == 0 || strlen(s->types[t]->s) != s->types[t]->slen)
        cc_chk_err(c, s->types[t]->loc, "empty or invalid type name");
    }
    c->scope.n = 0;
    c->in_rule = true;
    s->subj = bind_new(c, s->as, s->as_loc, CC_R_SUBJECT, CC_T_ANY);
    check_stmts(c, s->body, s->n_body, 1);
    c->scope.n = 0;
  }
}

static void check_rule(chk *c, cc_item *r) {
  cc_meta *seen[5] = {0};
  for (uint32_t i = 0; i < r->n_metas; i++) {
    cc_meta *m = &r->metas[i];
    int k = -1;
    for (int j = 0; j < 5; j++)
      if (!strcmp(m->key, meta_keys[j])) k = j;
    if (k < 0) {
      cc_vec cands = {0};
      for (int j = 0; j < 5; j++)
        cc_vec_push(&c->cx->arena, &cands, (void *)meta_keys[j]);
      cc_chk_err(c, m->loc, "unknown rule attribute '%s'%s", m->key, cc_chk_dym(c, m->key, &cands));
      continue;
    }
    if (seen[k]) {
      cc_chk_err(c, m->loc, "duplicate '%s' in rule '%s'", m->key, r->name);
      continue;
    }
    seen[k] = m;
    if (k == 1) { /* severity */
      const char *s = m->val->kind == CC_E_IDENT ? m->val->s : const_str(m->val);
      bool ok = false;
      for (int j = 0; s && j < 5; j++)
        ok |= !strcmp(s, severities[j]);
      if (!ok) {
        cc_vec cands = {0};
        for (int j = 0; j < 5; j++)
          cc_vec_push(&c->cx->arena, &cands, (void *)severities[j]);
        if (s)
          cc_chk_err(c, m->val->loc,
                     "unknown severity '%s'%s; use critical, high, medium, low or info", s,
                     cc_chk_dym(c, s, &cands));
        else
          cc_chk_err(c, m->val->loc, "severity must be one of critical, high, medium, low or info");
      }
    } else if (k == 2) { /* refs */
      if (m->val->kind != CC_E_LIST) {
        cc_chk_err(c, m->val->loc, "refs must be a list of strings");
      } else {
        for (uint32_t j = 0; j < m->val->n; j++)
          if (m->val->items[j]->kind != CC_E_STR)
            cc_chk_err(c, m->val->items[j]->loc, "refs must be a list of constant strings");
      }
    } else if (!const_str(m->val)) {
      cc_chk_err(c, m->val->loc, "%s must be a constant string", m->key);
    }
  }
  if (!seen[0]) cc_chk_err(c, r->name_loc, "rule '%s' has no title", r->name);
  if (!seen[1]) cc_chk_err(c, r->name_loc, "rule '%s' has no severity", r->name);
  if (r->n_sels == 0) cc_chk_err(c, r->name_loc, "rule '%s' has no 'on' block", r->name);
  check_sels(c, r);
}

/* fact NAME { on ... as r { let/for/emit } ... } */
static void check_fact(chk *c, cc_item *f) {
  if (f->n_sels == 0) cc_chk_err(c, f->name_loc, "fact '%s' has no 'on' block", f->name);
  c->in_fact = true;
  check_sels(c, f);
  c->in_fact = false;
}

/* ---- driver ---- */

static void load_uses(cc_ctx *cx) {
  for (uint32_t mi = 0; mi < cx->n_mods; mi++) { /* n_mods grows as modules load */
    cc_module *m = cx->mods[mi];
    chk c = {cx, m, {0}, NULL, false, false, false};
    for (uint32_t i = 0; i < m->file->n_items; i++) {
      cc_item *u = m->file->items[i];
      if (u->kind != CC_I_USE) continue;
      const char *alias = u->alias                ? u->alias
                          : strrchr(u->name, '.') ? strrchr(u->name, '.') + 1
                                                  : u->name;
      if (cc_chk_mod_alias(m, alias)) {
        cc_chk_err(&c, u->alias ? u->alias_loc : u->name_loc, "module name '%s' is already used",
                   alias);
        continue;
      }
      if (m->name[0] && !strcmp(u->name, m->name)) {
        cc_chk_err(&c, u->name_loc, "module '%s' cannot use itself", u->name);
        continue;
      }
      cc_module *t = cc_chk_find_module(cx, u->name);
      cc_source src;
      if (!t && cx->opt && cx->opt->resolve &&
          cx->opt->resolve(cx->opt->resolve_ctx, u->name, &src) == 0) {
        cc_source *copy = base_arena_alloc(&cx->arena, sizeof *copy);
        *copy = src;
        cc_file *f = cc_parse_source(&cx->arena, &cx->diag, copy);
        t = cc_chk_add_module(cx, f);
        if (!t->name[0] || strcmp(t->name, u->name)) t->name = u->name;
      }
      if (!t) {
        cc_vec cands = {0};
        for (uint32_t k = 0; k < cx->n_mods; k++)
          if (cx->mods[k]->name[0]) cc_vec_push(&cx->arena, &cands, (void *)cx->mods[k]->name);
        for (size_t k = 0; k < cc_stdlib_count; k++)
          cc_vec_push(&cx->arena, &cands, (void *)cc_stdlib[k].module);
        cc_chk_err(&c, u->name_loc, "unknown module '%s'%s", u->name,
                   cc_chk_dym(&c, u->name, &cands));
        continue;
      }
      cc_vec_push(&cx->arena, &m->uses, u);
      cc_vec_push(&cx->arena, &m->use_mods, t);
    }
  }
}

int cc_check(cc_ctx *cx) {
  int before = cx->diag.n_errors;
  for (uint32_t i = 0; i < cx->n_files; i++) {
    cc_file *f = cx->files[i];
    cc_module *m = cc_chk_add_module(cx, f);
    chk c = {cx, m, {0}, NULL, false, false, false};
    const cc_item *decl = NULL;
    for (uint32_t k = 0; k < f->n_items; k++)
      if (f->items[k]->kind == CC_I_MODULE) {
        if (decl) cc_chk_err(&c, f->items[k]->loc, "module declared twice in one source");
        decl = f->items[k];
      }
    for (uint32_t k = 0; k + 1 < cx->n_mods; k++)
      if (m->name[0] && !strcmp(cx->mods[k]->name, m->name)) {
        cc_chk_err(&c, decl->name_loc, "module '%s' is declared by another source", m->name);
        cc_chk_note_at(&c, cx->mods[k]->file, cx->mods[k]->file->items[0]->loc,
                       "first declared here");
      }
  }
  load_uses(cx);
  if (cx->diag.n_errors > before) return cx->diag.n_errors - before;

  /* duplicate names inside each module; rule ids across compiled sources */
  enum { VALUE_NAMES = 1000 }; /* consts and fns share one namespace */
  uint32_t n_items = 0;
  for (uint32_t mi = 0; mi < cx->n_mods; mi++)
    n_items += cx->mods[mi]->file->n_items;
  name_map rules, names;
  cc_chk_nm_init(&cx->arena, &rules, n_items);
  for (uint32_t mi = 0; mi < cx->n_mods; mi++) {
    cc_module *m = cx->mods[mi];
    chk c = {cx, m, {0}, NULL, false, false, false};
    cc_chk_nm_init(&cx->arena, &names, m->file->n_items);
    for (uint32_t i = 0; i < m->file->n_items; i++) {
      cc_item *it = m->file->items[i];
      if (it->kind == CC_I_CONST || it->kind == CC_I_FN) {
        cc_item *p = cc_chk_nm_put(&names, VALUE_NAMES, it);
        if (p != it) {
          cc_chk_err(&c, it->name_loc, "'%s' is already defined", it->name);
          cc_chk_note_at(&c, m->file, p->name_loc, "previous definition is here");
        }
      } else if (it->kind == CC_I_FACT) { /* also of used modules: facts() may read them */
        cc_item *p = NULL;
        for (uint32_t k = 0; k < cx->facts.n && !p; k++)
          if (!strcmp(((cc_item *)cx->facts.v[k])->name, it->name)) p = cx->facts.v[k];
        if (p) {
          cc_chk_err(&c, it->name_loc, "duplicate fact '%s'", it->name);
          cc_chk_note_at(&c, p->file, p->name_loc, "first declared here");
        } else {
          cc_vec_push(&cx->arena, &cx->facts, it);
        }
      } else if (it->kind == CC_I_RULE && m->file->rules_wanted) {
        cc_item *p = cc_chk_nm_put(&rules, CC_I_RULE, it);
        if (p != it) {
          cc_chk_err(&c, it->name_loc, "duplicate rule id '%s'", it->name);
          cc_chk_note_at(&c, p->file, p->name_loc, "first defined here");
        }
      }
    }
  }

  /* consts, fns, then rules */
  for (uint32_t mi = 0; mi < cx->n_mods; mi++) {
    cc_module *m = cx->mods[mi];
    chk c = {cx, m, {0}, NULL, false, false, false};
    for (uint32_t i = 0; i < m->file->n_items; i++) {
      cc_item *it = m->file->items[i];
      if (it->kind == CC_I_CONST) {
        cc_chk_fold_const_item(&c, it);
      } else if (it->kind == CC_I_FN) {
        c.scope.n = 0;
        c.fn = it;
        c.in_rule = false;
        it->pbinds = base_arena_calloc(&cx->arena, sizeof(cc_bind *) * (it->n_params + 1));
        for (uint32_t p = 0; p < it->n_params; p++)
          it->pbinds[p] = bind_new(&c, it->params[p], it->param_locs[p], CC_R_LOCAL, CC_T_ANY);
        check_expr(&c, it->e);
        c.fn = NULL;
        c.scope.n = 0;
      }
    }
  }
  for (uint32_t mi = 0; mi < cx->n_mods; mi++) {
    cc_module *m = cx->mods[mi];
    for (uint32_t i = 0; i < m->file->n_items; i++) {
      cc_item *it = m->file->items[i];
      if (it->kind == CC_I_FN) {
        chk c = {cx, m, {0}, NULL, false, false, false};
        cc_vec stack = {0};
        if (it->state != 2) cc_chk_fn_dfs(&c, it, &stack);
      }
    }
  }
  for (uint32_t mi = 0; mi < cx->n_mods; mi++) {
    cc_module *m = cx->mods[mi];
    if (!m->file->rules_wanted) continue;
    chk c = {cx, m, {0}, NULL, false, false, false};
    for (uint32_t i = 0; i < m->file->n_items; i++)
      if (m->file->items[i]->kind == CC_I_RULE) check_rule(&c, m->file->items[i]);
  }
  for (uint32_t mi = 0; mi < cx->n_mods; mi++) {
    cc_module *m = cx->mods[mi];
    chk c = {cx, m, {0}, NULL, false, false, false};
    for (uint32_t i = 0; i < m->file->n_items; i++)
      if (m->file->items[i]->kind == CC_I_FACT) check_fact(&c, m->file->items[i]);
  }
  /* the catalogue module is added to cx->mods here: not before the loops above */
  uint32_t n_mods = cx->n_mods;
  for (uint32_t mi = 0; mi < n_mods && cx->diag.n_errors == before; mi++) {
    cc_module *m = cx->mods[mi];
    chk c = {cx, m, {0}, NULL, false, false, false};
    for (uint32_t i = 0; i < m->file->n_items; i++)
      if ((m->file->items[i]->kind == CC_I_RULE && m->file->rules_wanted) ||
          m->file->items[i]->kind == CC_I_FACT)
        for (uint32_t k = 0; k < m->file->items[i]->n_sels; k++)
          cc_chk_types(&c, m->file->items[i]->sels[k]);
  }
  return cx->diag.n_errors - before;
}

const doc_node *cc_fold(cc_ctx *cx, cc_expr *e) {
  cc_module dummy = {"", NULL, {0}, {0}, {0}};
  chk c = {cx, &dummy, {0}, NULL, false, false, false};
  return fold(&c, e, false);
}

const char *cc_module_name(const cc_file *f) {
  return f->mod ? f->mod->name : "";
}
