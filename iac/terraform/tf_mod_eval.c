/* tf_mod_eval.c — module instances (see tf_mod.h): variables and locals,
 * resource bodies (dynamic blocks, meta-arguments left out), count/for_each
 * expansion, resources and the reference resolvers expressions reach through
 * tf_refs. */
#include <stdlib.h>
#include <string.h>

#include "tf_mod.h"

tf_mod *iac_tf_new_mod(tf_load *L, tf_config *cfg, tf_mod *parent, const char *prefix,
                       const tf_decl *call) {
  base_arena *a = L->ev.a;
  tf_mod *m = base_arena_calloc(a, sizeof *m);
  m->cfg = cfg;
  m->parent = parent;
  m->prefix = prefix;
  m->call = call;
  m->var_val = base_arena_calloc(a, (cfg->n_vars + 1) * sizeof *m->var_val);
  m->var_state = base_arena_calloc(a, cfg->n_vars + 1);
  m->local_val = base_arena_calloc(a, (cfg->n_locals + 1) * sizeof *m->local_val);
  m->local_state = base_arena_calloc(a, cfg->n_locals + 1);
  m->res = base_arena_calloc(a, (cfg->n_res + 1) * sizeof *m->res);
  m->calls = base_arena_calloc(a, (cfg->n_calls + 1) * sizeof *m->calls);
  m->out_val = base_arena_calloc(a, (cfg->n_outputs + 1) * sizeof *m->out_val);
  m->out_state = base_arena_calloc(a, cfg->n_outputs + 1);
  return m;
}

tf_scope iac_tf_mod_scope(tf_load *L, tf_mod *m, uint16_t tag) {
  tf_scope s = {0};
  s.ev = &L->ev;
  s.m = m;
  s.tag = tag;
  return s;
}

/* ---- variables and locals ---------------------------------------------------------- */

static const char *parse_var_arg(const char *arg, const char *name, size_t *vlen) {
  size_t n = strlen(name);
  if (strncmp(arg, name, n) || arg[n] != '=') return NULL;
  *vlen = strlen(arg + n + 1);
  return arg + n + 1;
}

static bool type_is_string(const hcl_expr *t) {
  return !t || (t->kind == HX_VAR && (!strcmp(t->name, "string") || !strcmp(t->name, "any")));
}

static const doc_node *var_value(tf_load *L, tf_scope *s, tf_mod *m, const tf_decl *d) {
  const hcl_attr *type_attr = iac_tf_attr(d->blk->body, "type");
  const hcl_expr *type = type_attr ? type_attr->expr : NULL;
  tf_scope vs = iac_tf_mod_scope(L, m, d->tag);
  const doc_node *v = NULL;
  if (!m->parent) {
    const iac_tf_options *o = L->ev.opt;
    for (size_t i = o ? o->n_vars : 0; i-- > 0 && !v;) {
      size_t vl;
      const char *val = parse_var_arg(o->vars[i], d->name, &vl);
      if (!val) continue;
      if (type_is_string(type)) {
        v = iac_tf_str(&vs, val, vl, d->blk->line, d->blk->col);
      } else {
        hcl_expr *x = iac_hcl_parse_expr(L->ev.a, "<--var>", val, vl);
        v = x ? iac_tf_eval(&vs, x)
              : iac_tf_error(&vs, d->blk->line, d->blk->col, "--var %s: invalid value", d->name);
      }
    }
    for (uint32_t i = L->n_tfvars; i-- > 0 && !v;) {
      if (strcmp(L->tfvars[i].attr->name, d->name)) continue;
      tf_scope ts = iac_tf_mod_scope(L, m, L->tfvars[i].tag);
      v = iac_tf_eval(&ts, L->tfvars[i].attr->expr);
    }
  } else {
    const hcl_attr *arg = iac_tf_call_arg(L->ev.a, m->parent->cfg,
                                          (uint32_t)(m->call - m->parent->cfg->calls), d->name);
    if (arg) {
      tf_scope ps = iac_tf_mod_scope(L, m->parent, m->call->tag);
      ps.count_index = m->count_index;
      ps.each_key = m->each_key;
      ps.each_value = m->each_value;
      v = iac_tf_eval(&ps, arg->expr);
    }
  }
  if (!v) {
    const hcl_attr *def = iac_tf_attr(d->blk->body, "default");
    if (def) v = iac_tf_eval(&vs, def->expr);
  }
  if (!v) {
    v = iac_tf_unknown(&vs, d->blk->line, d->blk->col, "var.%s has no value", d->name);
    v = iac_tf_var_alt(&vs, d, type, v); /* one of a set its type or validation says */
    if (v->kind != DOC_UNKNOWN) return v;
  }
  (void)s;
  return iac_tf_convert(&vs, v, type);
}

/* Terraform rejects a reference to a variable or local value the module
 * does not declare. The scan goes on (the value is an unknown evaluation
 * error), so it is a located warning, once per place it is written (an
 * expression is evaluated once per count/for_each instance). Not inside a
 * templatefile() template: its lines are not the calling file's. */
static void warn_undeclared(tf_scope *s, const hcl_expr *at, const char *what, const char *ref) {
  tf_load *L = iac_tf_load_of(s);
  if (L->ev.in_template || !s->tag || s->tag > L->ev.n_files) return;
  iac_tf_file_warning_once(L, L->ev.files[s->tag - 1], at->line, at->col,
                           "reference to undeclared %s %s; Terraform rejects this, the value is "
                           "unknown",
                           what, ref);
}

const doc_node *iac_tf_ref_var(tf_scope *s, const hcl_expr *at, const char *name) {
  tf_mod *m = s->m;
  uint32_t i = iac_tf_find_decl(s->ev->a, m->cfg, TF_DECL_VAR, name);
  if (i != TF_INDEX_NONE) {
    if (m->var_state[i] == TF_DONE) return m->var_val[i];
    if (m->var_state[i] == TF_BUSY)
      return iac_tf_error(s, at->line, at->col, "var.%s depends on itself", name);
    m->var_state[i] = TF_BUSY;
    m->var_val[i] = var_value(iac_tf_load_of(s), s, m, &m->cfg->vars[i]);
    m->var_state[i] = TF_DONE;
    return m->var_val[i];
  }
  warn_undeclared(s, at, "input variable", base_arena_printf(s->ev->a, "var.%s", name));
  return iac_tf_error(s, at->line, at->col, "undeclared variable var.%s", name);
}

const doc_node *iac_tf_ref_local(tf_scope *s, const hcl_expr *at, const char *name) {
  tf_mod *m = s->m;
  tf_load *L = iac_tf_load_of(s);
  uint32_t i = iac_tf_find_decl(s->ev->a, m->cfg, TF_DECL_LOCAL, name);
  if (i != TF_INDEX_NONE) {
    const tf_decl *d = &m->cfg->locals[i];
    if (m->local_state[i] == TF_DONE) return m->local_val[i];
    if (m->local_state[i] == TF_BUSY) {
      iac_tf_file_error(L, L->ev.files[d->tag - 1], d->attr->line, d->attr->col,
                        "local.%s: dependency cycle in locals", name);
      return iac_tf_error(s, at->line, at->col, "cycle in locals: local.%s", name);
    }
    m->local_state[i] = TF_BUSY;
    tf_scope ls = iac_tf_mod_scope(L, m, d->tag);
    m->local_val[i] = iac_tf_eval(&ls, d->attr->expr);
    m->local_state[i] = TF_DONE;
    return m->local_val[i];
  }
  warn_undeclared(s, at, "local value", base_arena_printf(s->ev->a, "local.%s", name));
  return iac_tf_error(s, at->line, at->col, "undeclared local value local.%s", name);
}

static bool is_meta_attr(const char *n) {
  switch (n[0]) { /* one compare at most */
  case 'c': return !strcmp(n, "count");
  case 'f': return !strcmp(n, "for_each");
  case 'p': return !strcmp(n, "provider");
  case 'd': return !strcmp(n, "depends_on");
  default: return false;
  }
}

static bool is_meta_block(const char *n) {
  switch (n[0]) {
  case 'l': return !strcmp(n, "lifecycle");
  case 'p': return !strcmp(n, "provisioner");
  case 'c': return !strcmp(n, "connection");
  default: return false;
  }
}

static const doc_node *build_body(tf_scope *s, const hcl_body *b, bool top, uint32_t depth);

/* A body's entries in source order, written where the map keeps them: room
 * for every attribute and block of the body (a nested block type or dynamic
 * block adds one entry at most). A block type's entry has no value until the
 * body is done; its blocks gather in `blocks` (allocated at the first). */
typedef struct body_ents {
  doc_entry *v;
  hcl_vec *blocks; /* per entry */
  uint32_t n, room;
} body_ents;

static hcl_vec *block_slot(tf_scope *s, body_ents *ents, const char *type, uint32_t line,
                           uint32_t col) {
  for (uint32_t i = 0; i < ents->n; i++) {
    const doc_entry *e = &ents->v[i];
    if (!e->val && e->key[0] == type[0] && !strcmp(e->key, type)) return &ents->blocks[i];
  }
  if (!ents->blocks) ents->blocks = base_arena_calloc(s->ev->a, ents->room * sizeof *ents->blocks);
  uint32_t i = ents->n++;
  ents->v[i] = (doc_entry){type, (uint32_t)strlen(type), line, col, NULL};
  return &ents->blocks[i];
}

static void expand_dynamic(tf_scope *s, body_ents *ents, const hcl_block *blk, uint32_t depth) {
  if (blk->n_labels != 1) return;
  const char *type = blk->labels[0];
  const hcl_attr *fe = iac_tf_attr(blk->body, "for_each");
  const hcl_attr *it = iac_tf_attr(blk->body, "iterator");
  const hcl_body *content = NULL;
  for (uint32_t i = 0; i < blk->body->n_blocks; i++)
    if (!strcmp(blk->body->blocks[i].type, "content")) content = blk->body->blocks[i].body;
  if (!fe || !content) return;
  const char *iter = it && it->expr->kind == HX_VAR ? it->expr->name : type;
  hcl_vec *slot = block_slot(s, ents, type, blk->line, blk->col);
  const doc_node *coll = iac_tf_eval(s, fe->expr);
  uint32_t n = 1;
  const doc_entry **es = NULL;
  bool unknown = coll->kind != DOC_LIST && coll->kind != DOC_MAP;
  if (coll->kind == DOC_LIST) n = coll->len;
  if (coll->kind == DOC_MAP) {
    n = coll->len;
    es = iac_tf_sorted_entries(s, coll);
  }
  for (uint32_t i = 0; i < n; i++) {
    doc_entry kv[2] = {{0}};
    kv[0].key = "key";
    kv[0].key_len = 3;
    kv[1].key = "value";
    kv[1].key_len = 5;
    if (unknown) {
      const doc_node *u =
          coll->kind == DOC_UNKNOWN
              ? coll
              : iac_tf_error(s, fe->line, fe->col, "dynamic for_each needs a collection");
      kv[0].val = kv[1].val = (doc_node *)u;
    } else if (es) {
      kv[0].val = (doc_node *)iac_tf_str(s, es[i]->key, es[i]->key_len, fe->line, fe->col);
      kv[1].val = es[i]->val;
    } else {
      kv[0].val = (doc_node *)iac_tf_num(s, i, fe->line, fe->col);
      kv[1].val = coll->u.items[i];
    }
    tf_bind bind = {iter, iac_tf_map(s, kv, 2, fe->line, fe->col), s->binds};
    tf_scope in = *s;
    in.binds = &bind;
    iac_hcl_vec_push(s->ev->a, slot, (void *)build_body(&in, content, false, depth + 1));
  }
}

static const doc_node *build_body(tf_scope *s, const hcl_body *b, bool top, uint32_t depth) {
  base_arena *a = s->ev->a;
  if (depth > 64) return iac_tf_error(s, b->line, b->col, "blocks nested too deeply");
  uint32_t room = b->n_attrs + b->n_blocks;
  if (!room) room = 1;
  body_ents ents = {base_arena_alloc_fast(a, room * sizeof *ents.v), NULL, 0, room};
  uint32_t ia = 0, ib = 0;
  while (ia < b->n_attrs || ib < b->n_blocks) {
    bool take_attr = ib >= b->n_blocks || (ia < b->n_attrs && b->attr_seq[ia] < b->block_seq[ib]);
    if (take_attr) {
      const hcl_attr *at = &b->attrs[ia++];
      if (top && is_meta_attr(at->name)) continue;
      const doc_node *v = iac_tf_eval(s, at->expr);
      if (v->kind == DOC_NULL) continue; /* null = not set */
      const doc_node *r =
          at->foreign
              ? iac_tf_relocate_charged(s, v, s->tag, 1, 0, at->line, at->col)
              : iac_tf_relocate_charged(s, v, s->tag, s->lo, s->hi, at->expr->line, at->expr->col);
      ents.v[ents.n++] =
          (doc_entry){at->name, (uint32_t)strlen(at->name), at->line, at->col, (doc_node *)r};
      continue;
    }
    const hcl_block *blk = &b->blocks[ib++];
    if (top && is_meta_block(blk->type)) continue;
    if (blk->type[0] == 'd' && !strcmp(blk->type, "dynamic")) {
      expand_dynamic(s, &ents, blk, depth);
      continue;
    }
    hcl_vec *slot = block_slot(s, &ents, blk->type, blk->line, blk->col);
    iac_hcl_vec_push(a, slot, (void *)build_body(s, blk->body, false, depth + 1));
  }
  for (uint32_t i = 0; i < ents.n; i++) {
    doc_entry *e = &ents.v[i];
    if (e->val) continue; /* an attribute */
    e->val = (doc_node *)iac_tf_list(s, (const doc_node **)ents.blocks[i].v, ents.blocks[i].n,
                                     e->line, e->col);
    iac_tf_note_block_list(s->ev, e->val);
  }
  return iac_tf_map_take(s, ents.v, ents.n, b->line, b->col);
}

const doc_node *iac_tf_build_body(tf_scope *s, const hcl_body *b) {
  return build_body(s, b, true, 0);
}

/* ---- count / for_each ------------------------------------------------------------------ */

typedef struct keyed {
  const doc_node *n;
  uint32_t i;
} keyed;

static int cmp_keyed(const void *x, const void *y) {
  const keyed *a = x, *b = y;
  int c = strcmp(a->n->u.str, b->n->u.str);
  return c ? c : (a->i > b->i) - (a->i < b->i);
}

/* Instances of one resource or module call (count and for_each alike). */
enum { TF_MAX_INSTANCES = 100000 };

tf_expansion iac_tf_expand(tf_scope *s, const hcl_body *b) {
  tf_expansion x = {0};
  x.n = 1;
  const hcl_attr *cnt = NULL, *fe = NULL;
  for (uint32_t i = 0; i < b->n_attrs; i++) { /* the first of each, as iac_hcl_body_attr */
    const char *n = b->attrs[i].name;
    if (n[0] == 'c' && !cnt && !strcmp(n, "count")) cnt = &b->attrs[i];
    if (n[0] == 'f' && !fe && !strcmp(n, "for_each")) fe = &b->attrs[i];
  }
  if (cnt) {
    const doc_node *v = iac_tf_eval(s, cnt->expr);
    if (v->kind == DOC_NUMBER && v->u.num >= 0 && v->u.num <= TF_MAX_INSTANCES) {
      x.mode = 1;
      x.n = (uint32_t)v->u.num;
      x.keys = base_arena_alloc_fast(s->ev->a, (x.n ? x.n : 1) * sizeof *x.keys);
      for (uint32_t i = 0; i < x.n; i++)
        x.keys[i] = iac_tf_num(s, i, cnt->line, cnt->col);
    } else {
      x.mode = 3;
      x.unknown = v->kind == DOC_UNKNOWN
                      ? v
                      : iac_tf_error(s, cnt->line, cnt->col, "count must be a whole number");
    }
  } else if (fe) {
    const doc_node *v = iac_tf_eval(s, fe->expr);
    const doc_node *u = NULL;
    if ((v->kind == DOC_MAP || v->kind == DOC_LIST) && v->len > TF_MAX_INSTANCES) {
      x.mode = 3; /* the same cap as count */
      x.unknown =
          iac_tf_unknown(s, fe->line, fe->col,
                         "for_each over more than %d instances is not evaluated", TF_MAX_INSTANCES);
    } else if (v->kind == DOC_MAP) {
      x.mode = 2;
      x.n = v->len;
      const doc_entry **es = iac_tf_sorted_entries(s, v);
      x.keys = base_arena_alloc_fast(s->ev->a, (x.n ? x.n : 1) * sizeof *x.keys);
      x.vals = base_arena_alloc_fast(s->ev->a, (x.n ? x.n : 1) * sizeof *x.vals);
      for (uint32_t i = 0; i < x.n; i++) {
        x.keys[i] = iac_tf_str(s, es[i]->key, es[i]->key_len, fe->line, fe->col);
        x.vals[i] = es[i]->val;
      }
    } else if (v->kind == DOC_LIST && !iac_tf_deep_unknown(v, &u)) {
      /* a set of strings: each.key = each.value = the element, in sorted order */
      x.mode = 2;
      x.keys = base_arena_alloc_fast(s->ev->a, (v->len ? v->len : 1) * sizeof *x.keys);
      x.n = 0;
      for (uint32_t i = 0; i < v->len; i++) {
        const doc_node *it = v->u.items[i];
        if (it->kind != DOC_STRING) {
          x.mode = 3;
          x.unknown =
              iac_tf_error(s, fe->line, fe->col, "for_each needs a map or a set of strings");
          return x;
        }
        x.n++;
      }
      /* sorted, then duplicates dropped: O(n log n); ties in list order, so
       * a set keeps the first of equal elements */
      keyed *ks = base_arena_alloc_fast(s->ev->a, (v->len ? v->len : 1) * sizeof *ks);
      for (uint32_t i = 0; i < v->len; i++)
        ks[i] = (keyed){v->u.items[i], i};
      qsort(ks, v->len, sizeof *ks, cmp_keyed);
      uint32_t o = 0;
      for (uint32_t i = 0; i < v->len; i++)
        if (!o || strcmp(x.keys[o - 1]->u.str, ks[i].n->u.str)) x.keys[o++] = ks[i].n;
      x.n = o;
      x.vals = x.keys;
    } else {
      x.mode = 3;
      x.unknown =
          u ? u
          : v->kind == DOC_UNKNOWN
              ? v
              : iac_tf_error(s, fe->line, fe->col, "for_each needs a map or a set of strings");
    }
  }
  return x;
}

/* "[0]" / "[\"billing\"]" */
const char *iac_tf_key_suffix(base_arena *a, const doc_node *k) {
  if (!k) return "";
  if (k->kind == DOC_NUMBER) {
    double d = k->u.num;
    if (!(d >= 0 && d < 1e9 && d == (double)(uint32_t)d)) return base_arena_printf(a, "[%.0f]", d);
    char digits[16], *out = base_arena_alloc_fast(a, 16);
    uint32_t v = (uint32_t)d, nd = 0;
    do
      digits[nd++] = (char)('0' + v % 10);
    while ((v /= 10));
    size_t o = 0;
    out[o++] = '[';
    while (nd)
      out[o++] = digits[--nd];
    out[o++] = ']';
    out[o] = 0;
    return out;
  }
  size_t n = k->len;
  char *out = base_arena_alloc_fast(a, 2 * n + 5);
  size_t o = 0;
  out[o++] = '[';
  out[o++] = '"';
  for (size_t i = 0; i < n; i++) {
    if (k->u.str[i] == '"' || k->u.str[i] == '\\') out[o++] = '\\';
    out[o++] = k->u.str[i];
  }
  out[o++] = '"';
  out[o++] = ']';
  out[o] = 0;
  return out;
}

/* ---- resources -------------------------------------------------------------------- */

tf_res_state *iac_tf_expand_res(tf_load *L, tf_mod *m, uint32_t i) {
  tf_res_state *rs = &m->res[i];
  if (rs->state != TF_TODO) return rs;
  rs->state = TF_BUSY;
  const tf_decl *d = &m->cfg->res[i];
  base_arena *a = L->ev.a;
  tf_scope s = iac_tf_mod_scope(L, m, d->tag);
  s.lo = d->blk->line;
  s.hi = d->blk->end_line ? d->blk->end_line : d->blk->line;
  tf_expansion x = iac_tf_expand(&s, d->blk->body);
  /* the address without key; not built for the many `count = 0` resources,
   * which have no instance to name */
  const char *base = x.n || x.mode == 3 ? iac_tf_concat(a, m->prefix, d->data ? "data." : "",
                                                        d->type, ".", d->name)
                                        : NULL;
  rs->mode = x.mode;
  rs->n = x.n;
  rs->inst = base_arena_calloc(a, (x.n ? x.n : 1) * sizeof *rs->inst);
  for (uint32_t k = 0; k < x.n; k++) {
    tf_inst *in = &rs->inst[k];
    tf_scope is = s;
    if (x.mode == 1) is.count_index = x.keys[k];
    if (x.mode == 2) {
      is.each_key = x.keys[k];
      is.each_value = x.vals[k];
    }
    if (x.mode == 3) {
      if (iac_tf_attr(d->blk->body, "count"))
        is.count_index = x.unknown;
      else
        is.each_key = is.each_value = x.unknown;
    }
    in->key = x.mode == 1 || x.mode == 2 ? x.keys[k] : NULL;
    in->addr = in->key ? iac_tf_concat(a, base, iac_tf_key_suffix(a, in->key), "", "", "") : base;
    in->body = build_body(&is, d->blk->body, true, 0);
    if (!d->data) in->body = iac_tf_default_tags(L, m, d, &is, in->body);
    iac_tf_register_object(&L->ev, in->body, in->addr);
  }
  if (x.mode == 0)
    rs->value = rs->inst[0].body;
  else if (x.mode == 3)
    rs->value = iac_tf_ref_unknown(&s, d->blk->line, d->blk->col, "%s", base);
  else if (x.mode == 1) {
    const doc_node **items = base_arena_alloc_fast(a, (x.n ? x.n : 1) * sizeof *items);
    for (uint32_t k = 0; k < x.n; k++)
      items[k] = rs->inst[k].body;
    rs->value = iac_tf_list_take(&s, items, x.n, d->blk->line, d->blk->col);
  } else {
    doc_entry *es = base_arena_alloc_fast(a, (x.n ? x.n : 1) * sizeof *es);
    for (uint32_t k = 0; k < x.n; k++) {
      es[k].key = x.keys[k]->u.str;
      es[k].key_len = x.keys[k]->len;
      es[k].line = d->blk->line;
      es[k].col = d->blk->col;
      es[k].val = (doc_node *)rs->inst[k].body;
    }
    rs->value = iac_tf_map_take(&s, es, x.n, d->blk->line, d->blk->col);
  }
  rs->state = TF_DONE;
  return rs;
}

const doc_node *iac_tf_ref_resource(tf_scope *s, const hcl_expr *root, const char *type,
                                    const char *name, bool data) {
  tf_mod *m = s->m;
  uint32_t i = iac_tf_find_res(s->ev->a, m->cfg, data, type, name);
  if (i != TF_INDEX_NONE) {
    if (m->res[i].state == TF_BUSY)
      return iac_tf_ref_unknown(s, root->line, root->col, "%s%s%s.%s", m->prefix,
                                data ? "data." : "", type, name);
    return iac_tf_expand_res(iac_tf_load_of(s), m, i)->value;
  }
  return iac_tf_error(s, root->line, root->col, "reference to undeclared %s %s.%s",
                      data ? "data source" : "resource", type, name);
}
