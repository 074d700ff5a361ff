/* check_scope.c — the checker's name index, modules and their symbols,
 * recursion and inlining bounds among fns, and the type catalogue warning
 * (check_int.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"

static uint32_t name_hash(uint32_t cls, const char *s) {
  uint32_t h = 2166136261u ^ cls;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h ^ (h >> 15);
}

void cc_chk_nm_init(base_arena *a, name_map *m, uint32_t n) {
  m->cap = 16;
  while (m->cap < 2 * n + 2)
    m->cap *= 2;
  m->slot = base_arena_calloc(a, sizeof *m->slot * m->cap);
  m->cls = base_arena_calloc(a, sizeof *m->cls * m->cap);
}

/* The first item put under (cls, it->name); `it` itself if it is the first. */
cc_item *cc_chk_nm_put(name_map *m, uint32_t cls, cc_item *it) {
  uint32_t h = name_hash(cls, it->name) & (m->cap - 1);
  for (; m->slot[h]; h = (h + 1) & (m->cap - 1))
    if (m->cls[h] == cls && !strcmp(m->slot[h]->name, it->name)) return m->slot[h];
  m->slot[h] = it;
  m->cls[h] = cls;
  return it;
}

cc_item *cc_chk_nm_get(const name_map *m, uint32_t cls, const char *name) {
  if (!m->cap) return NULL;
  for (uint32_t h = name_hash(cls, name) & (m->cap - 1); m->slot[h]; h = (h + 1) & (m->cap - 1))
    if (m->cls[h] == cls && !strcmp(m->slot[h]->name, name)) return m->slot[h];
  return NULL;
}

/* ---- module symbols ---- */

cc_item *cc_chk_mod_find(cc_module *m, cc_ik kind, const char *name) {
  return cc_chk_nm_get(&m->index, kind, name);
}

cc_module *cc_chk_mod_alias(cc_module *m, const char *alias) {
  for (uint32_t i = 0; i < m->uses.n; i++) {
    cc_item *u = m->uses.v[i];
    const char *a = u->alias;
    if (!a) {
      a = strrchr(u->name, '.');
      a = a ? a + 1 : u->name;
    }
    if (!strcmp(a, alias)) return m->use_mods.v[i];
  }
  return NULL;
}

void cc_chk_mod_names(chk *c, cc_module *m, cc_ik kind, cc_vec *out) {
  if (c->cx->diag.suppressed) return; /* suggestions are not printed any more */
  for (uint32_t i = 0; i < m->file->n_items; i++)
    if (m->file->items[i]->kind == kind)
      cc_vec_push(&c->cx->arena, out, (void *)m->file->items[i]->name);
}

cc_module *cc_chk_find_module(cc_ctx *cx, const char *name) {
  for (uint32_t i = 0; i < cx->n_mods; i++)
    if (cx->mods[i]->name[0] && !strcmp(cx->mods[i]->name, name)) return cx->mods[i];
  return NULL;
}

cc_module *cc_chk_add_module(cc_ctx *cx, cc_file *f) {
  cc_module *m = base_arena_calloc(&cx->arena, sizeof *m);
  m->file = f;
  m->name = "";
  f->mod = m;
  cc_chk_nm_init(&cx->arena, &m->index, f->n_items);
  for (uint32_t i = 0; i < f->n_items; i++)
    if (f->items[i]->kind == CC_I_CONST || f->items[i]->kind == CC_I_FN)
      cc_chk_nm_put(&m->index, f->items[i]->kind, f->items[i]);
  for (uint32_t i = 0; i < f->n_items; i++)
    if (f->items[i]->kind == CC_I_MODULE) {
      m->name = f->items[i]->name;
      break;
    }
  cc_module **mods = base_arena_alloc(&cx->arena, sizeof *mods * (cx->n_mods + 1));
  if (cx->n_mods) memcpy(mods, cx->mods, sizeof *mods * cx->n_mods);
  mods[cx->n_mods++] = m;
  cx->mods = mods;
  return m;
}

/* ---- recursion and inlining bounds ---- */

uint64_t cc_chk_count_nodes(const cc_expr *e) {
  if (!e) return 0;
  uint64_t n = 1 + cc_chk_count_nodes(e->a) + cc_chk_count_nodes(e->c);
  for (uint32_t i = 0; i < e->n; i++)
    n += cc_chk_count_nodes(e->items[i]);
  return n;
}

/* state: 0 new, 1 on the stack, 2 done, 3 failed (already reported: callers
 * fail quietly instead of repeating the error). */
bool cc_chk_fn_dfs(chk *c, cc_item *f, cc_vec *stack) {
  if (f->state == 2) return true;
  if (f->state == 3) return false;
  if (f->state == 1) {
    /* a cycle: print it from f's first appearance on the stack */
    char path[512];
    size_t n = 0;
    uint32_t from = 0;
    for (uint32_t i = 0; i < stack->n; i++)
      if (stack->v[i] == f) from = i;
    for (uint32_t i = from; i < stack->n && n < sizeof path - 80; i++)
      n += (size_t)snprintf(path + n, sizeof path - n, "%s -> ", ((cc_item *)stack->v[i])->name);
    snprintf(path + n, sizeof path - n, "%s", f->name);
    chk sub = {c->cx, f->file->mod, {0}, NULL, false, false, false};
    cc_chk_err(&sub, f->name_loc, "function '%s' is recursive (%s)", f->name, path);
    return false;
  }
  if (stack->n >= CC_MAX_DEPTH) {
    /* a call chain this long nests too deeply once inlined anyway; stopping
     * here keeps this walk's own recursion bounded */
    cc_item *top = stack->v[0];
    chk sub = {c->cx, top->file->mod, {0}, NULL, false, false, false};
    cc_chk_err(&sub, top->name_loc,
               "function '%s' nests too deeply once inlined (more than %d calls inside each other, "
               "through '%s')",
               top->name, CC_MAX_DEPTH, f->name);
    return false;
  }
  f->state = 1;
  cc_vec_push(&c->cx->arena, stack, f);
  bool ok = true;
  uint64_t size = cc_chk_count_nodes(f->e);
  uint32_t depth = 0;
  for (uint32_t i = 0; i < f->n_callees && ok; i++) {
    cc_item *g = f->callees[i];
    ok = cc_chk_fn_dfs(c, g, stack);
    size += g->inline_size;
    if (size > CC_MAX_INLINE) size = CC_MAX_INLINE + 1;
    if (g->inline_depth > depth) depth = g->inline_depth;
  }
  stack->n--;
  f->inline_size = size;
  f->inline_depth = depth + f->e->depth;
  if (ok && size > CC_MAX_INLINE) {
    chk sub = {c->cx, f->file->mod, {0}, NULL, false, false, false};
    cc_chk_err(&sub, f->name_loc, "function '%s' is too large once inlined (more than %d nodes)",
               f->name, CC_MAX_INLINE);
    ok = false;
  } else if (ok && f->inline_depth > 4 * CC_MAX_DEPTH) {
    chk sub = {c->cx, f->file->mod, {0}, NULL, false, false, false};
    cc_chk_err(&sub, f->name_loc, "function '%s' nests too deeply once inlined", f->name);
    ok = false;
  }
  f->state = ok ? 2 : 3;
  return ok;
}

/* ---- the type catalogue ---- */

/* The stdlib module of real resource types (stdlib/catalogue/types.vgl,
 * generated from AWS's and cdktf's schemas), loaded on first need. */
static cc_module *catalogue(cc_ctx *cx) {
  static const char *const name = "catalogue.types";
  cc_module *t = cc_chk_find_module(cx, name);
  cc_source src;
  if (!t && cx->opt && cx->opt->resolve &&
      cx->opt->resolve(cx->opt->resolve_ctx, name, &src) == 0) {
    cc_source *copy = base_arena_alloc(&cx->arena, sizeof *copy);
    *copy = src;
    t = cc_chk_add_module(cx, cc_parse_source(&cx->arena, &cx->diag, copy));
    t->name = name;
  }
  return t;
}

static int str_node_cmp(const void *key, const void *item) {
  const doc_node *n = *(const doc_node *const *)item;
  return strcmp((const char *)key, n->u.str);
}

/* A selector type that is not a real CloudFormation (AWS::*) or Terraform AWS
 * (aws_*) type is a warning, not an error: the catalogue lags new types. */
void cc_chk_types(chk *c, cc_sel *s) {
  const char *list = NULL;
  if (s->fmt == IAC_FMT_CLOUDFORMATION && !strcmp(s->kind, "resource"))
    list = "CLOUDFORMATION";
  else if (s->fmt == IAC_FMT_TERRAFORM && !strcmp(s->kind, "resource"))
    list = "TERRAFORM_RESOURCES";
  else if (s->fmt == IAC_FMT_TERRAFORM && !strcmp(s->kind, "data"))
    list = "TERRAFORM_DATA";
  if (!list) return;
  const doc_node *types = NULL;
  for (uint32_t t = 0; t < s->n_types; t++) {
    const char *ty = s->types[t]->kind == CC_E_STR ? s->types[t]->s : NULL;
    if (!ty || !strcmp(ty, "*")) continue;
    bool aws = s->fmt == IAC_FMT_CLOUDFORMATION
                   ? !strncmp(ty, "AWS::", 5) && strncmp(ty, "AWS::Serverless::", 17)
                   : !strncmp(ty, "aws_", 4);
    if (!aws) continue; /* other providers, custom resources, SAM: not catalogued */
    if (!types) {
      cc_module *m = catalogue(c->cx);
      cc_item *k = m ? cc_chk_mod_find(m, CC_I_CONST, list) : NULL;
      chk sub = {c->cx, m, {0}, NULL, false, false, false};
      types = k ? cc_chk_fold_const_item(&sub, k) : NULL;
      if (!types || types->kind != DOC_LIST) return; /* no catalogue in this build */
    }
    if (bsearch(ty, types->u.items, types->len, sizeof *types->u.items, str_node_cmp)) continue;
    /* a suggestion costs an edit distance per catalogued type: once per name,
     * and for the first 32 names only (a generated pack may miss hundreds) */
    const char *hint = NULL;
    cc_ctx *cx = c->cx;
    for (uint32_t i = 0; i < cx->cat_missed.n && !hint; i++)
      if (!strcmp(cx->cat_missed.v[i], ty)) hint = cx->cat_hints.v[i];
    if (!hint && cx->cat_missed.n >= 32) hint = "";
    if (!hint) {
      const char **cands = base_arena_alloc(&cx->arena, sizeof *cands * (types->len + 1));
      for (uint32_t i = 0; i < types->len; i++)
        cands[i] = types->u.items[i]->u.str;
      const char *best = cc_suggest(ty, cands, types->len);
      hint = best ? base_arena_printf(&cx->arena, " (did you mean '%s'?)", best) : "";
      cc_vec_push(&cx->arena, &cx->cat_missed, (void *)ty);
      cc_vec_push(&cx->arena, &cx->cat_hints, (void *)hint);
    }
    cc_diag_warning(&c->cx->diag, c->mod->file->src, s->types[t]->loc,
                    "'%s' is not a %s type this version knows%s", ty,
                    s->fmt == IAC_FMT_CLOUDFORMATION ? "CloudFormation" : "Terraform AWS", hint);
  }
}
