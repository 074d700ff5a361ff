/* ast.c — AST constructors and the S-expression dump used by tests. */
#include <string.h>

#include "ast.h"

void cc_vec_push(base_arena *a, cc_vec *vec, void *p) {
  if (vec->n == vec->cap) {
    uint32_t cap = vec->cap ? vec->cap * 2 : 4;
    void **v = base_arena_alloc(a, sizeof(void *) * (cap + 1));
    if (vec->n) memcpy(v, vec->v, sizeof(void *) * vec->n);
    vec->v = v;
    vec->cap = cap;
  }
  vec->v[vec->n++] = p;
  vec->v[vec->n] = NULL;
}

cc_expr *cc_expr_new(base_arena *a, cc_ek kind, cc_loc loc) {
  cc_expr *e = base_arena_calloc(a, sizeof *e);
  e->kind = (uint8_t)kind;
  e->loc = loc;
  e->depth = 1;
  return e;
}

/* Depth from the children's depths (not recursive: children are complete). */
void cc_expr_fix_depth(cc_expr *e) {
  uint32_t d = 0;
  if (e->a && e->a->depth > d) d = e->a->depth;
  if (e->c && e->c->depth > d) d = e->c->depth;
  for (uint32_t i = 0; i < e->n; i++) {
    if (e->items && e->items[i] && e->items[i]->depth > d) d = e->items[i]->depth;
    if (e->keys && e->keys[i] && e->keys[i]->depth > d) d = e->keys[i]->depth;
  }
  e->depth = d + 1;
}

const char *cc_binop_text(cc_binop op) {
  static const char *const names[] = {"or", "and", "==", "!=", "<",  "<=", ">",
                                      ">=", "in",  "??", "+",  "-", "*",  "/", "%"};
  return names[op];
}

const char *cc_binder_name(cc_ek k) {
  switch (k) {
  case CC_E_ANY: return "any";
  case CC_E_ALL: return "all";
  case CC_E_FILTER: return "filter";
  case CC_E_MAPX: return "map";
  case CC_E_COUNT: return "count";
  case CC_E_FIRST: return "first";
  default: return "?";
  }
}

static void dump_str(const char *s, uint32_t n, FILE *out) {
  fputc('"', out);
  for (uint32_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\')
      fprintf(out, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", out);
    else if (c < 0x20 || c == 0x7f)
      fprintf(out, "\\x%02x", c);
    else
      fputc(c, out);
  }
  fputc('"', out);
}

void cc_expr_dump(const cc_expr *e, FILE *out) {
  if (!e) {
    fputs("nil", out);
    return;
  }
  switch ((cc_ek)e->kind) {
  case CC_E_STR: dump_str(e->s, e->slen, out); break;
  case CC_E_NUM: fprintf(out, "%.17g", e->num); break;
  case CC_E_BOOL: fputs(e->b ? "true" : "false", out); break;
  case CC_E_NULL: fputs("null", out); break;
  case CC_E_IDENT: fputs(e->s, out); break;
  case CC_E_LIST:
  case CC_E_INTERP:
  case CC_E_MAP:
    fputs(e->kind == CC_E_LIST ? "(list" : e->kind == CC_E_MAP ? "(map" : "(interp", out);
    for (uint32_t i = 0; i < e->n; i++) {
      fputc(' ', out);
      if (e->kind == CC_E_MAP) {
        cc_expr_dump(e->keys[i], out);
        fputc(':', out);
      }
      cc_expr_dump(e->items[i], out);
    }
    fputc(')', out);
    break;
  case CC_E_FIELD:
    fputs("(. ", out);
    cc_expr_dump(e->a, out);
    fprintf(out, " %s)", e->s);
    break;
  case CC_E_INDEX:
    fputs("([] ", out);
    cc_expr_dump(e->a, out);
    fputc(' ', out);
    cc_expr_dump(e->c, out);
    fputc(')', out);
    break;
  case CC_E_WILD:
    fputs("([*] ", out);
    cc_expr_dump(e->a, out);
    fputc(')', out);
    break;
  case CC_E_BIN:
    fprintf(out, "(%s ", cc_binop_text((cc_binop)e->op));
    cc_expr_dump(e->a, out);
    fputc(' ', out);
    cc_expr_dump(e->c, out);
    fputc(')', out);
    break;
  case CC_E_NOT:
    fputs("(not ", out);
    cc_expr_dump(e->a, out);
    fputc(')', out);
    break;
  case CC_E_CALL:
    fprintf(out, "(call %s%s%s", e->qual ? e->qual : "", e->qual ? "." : "", e->s);
    for (uint32_t i = 0; i < e->n; i++) {
      fputc(' ', out);
      cc_expr_dump(e->items[i], out);
    }
    fputc(')', out);
    break;
  case CC_E_ANY:
  case CC_E_ALL:
  case CC_E_FILTER:
  case CC_E_MAPX:
  case CC_E_COUNT:
  case CC_E_FIRST:
    fprintf(out, "(%s %s ", cc_binder_name((cc_ek)e->kind), e->s);
    cc_expr_dump(e->a, out);
    fputc(' ', out);
    cc_expr_dump(e->c, out);
    fputc(')', out);
    break;
  case CC_E_IF:
    fputs("(if ", out);
    cc_expr_dump(e->a, out);
    fputc(' ', out);
    cc_expr_dump(e->c, out);
    fputc(' ', out);
    cc_expr_dump(e->items[0], out);
    fputc(')', out);
    break;
  }
}

static void dump_stmts(cc_stmt **body, uint32_t n, int ind, FILE *out) {
  for (uint32_t i = 0; i < n; i++) {
    const cc_stmt *s = body[i];
    fprintf(out, "%*s", ind, "");
    switch ((cc_sk)s->kind) {
    case CC_S_LET:
      fprintf(out, "(let %s ", s->name);
      cc_expr_dump(s->e, out);
      fputs(")\n", out);
      break;
    case CC_S_WHEN:
      fputs("(when ", out);
      cc_expr_dump(s->e, out);
      fputs(")\n", out);
      break;
    case CC_S_EXPECT:
      fputs("(expect ", out);
      cc_expr_dump(s->e, out);
      fputs(" at ", out);
      cc_expr_dump(s->at, out);
      fputs(" else ", out);
      cc_expr_dump(s->msg, out);
      fputs(")\n", out);
      break;
    case CC_S_EMIT:
      fputs("(emit ", out);
      cc_expr_dump(s->e, out);
      fputs(")\n", out);
      break;
    case CC_S_FOR:
      fprintf(out, "(for %s ", s->name);
      cc_expr_dump(s->e, out);
      fputs("\n", out);
      dump_stmts(s->body, s->n_body, ind + 2, out);
      fprintf(out, "%*s)\n", ind, "");
      break;
    }
  }
}

void cc_ast_dump(const cc_file *f, FILE *out) {
  for (uint32_t i = 0; i < f->n_items; i++) {
    const cc_item *it = f->items[i];
    switch ((cc_ik)it->kind) {
    case CC_I_MODULE: fprintf(out, "(module %s)\n", it->name); break;
    case CC_I_USE:
      fprintf(out, "(use %s%s%s)\n", it->name, it->alias ? " as " : "", it->alias ? it->alias : "");
      break;
    case CC_I_CONST:
      fprintf(out, "(%s %s ", it->is_param ? "param" : "const", it->name);
      cc_expr_dump(it->e, out);
      fputs(")\n", out);
      break;
    case CC_I_FN:
      fprintf(out, "(fn %s (", it->name);
      for (uint32_t p = 0; p < it->n_params; p++)
        fprintf(out, "%s%s", p ? " " : "", it->params[p]);
      fputs(") ", out);
      cc_expr_dump(it->e, out);
      fputs(")\n", out);
      break;
    case CC_I_FACT:
    case CC_I_RULE:
      fprintf(out, "(%s %s\n", it->kind == CC_I_FACT ? "fact" : "rule", it->name);
      for (uint32_t m = 0; m < it->n_metas; m++) {
        fprintf(out, "  (%s ", it->metas[m].key);
        cc_expr_dump(it->metas[m].val, out);
        fputs(")\n", out);
      }
      for (uint32_t s = 0; s < it->n_sels; s++) {
        const cc_sel *sel = it->sels[s];
        fprintf(out, "  (on %s %s", sel->format, sel->kind);
        for (uint32_t t = 0; t < sel->n_types; t++) {
          fputc(' ', out);
          cc_expr_dump(sel->types[t], out);
        }
        fprintf(out, " as %s\n", sel->as);
        dump_stmts(sel->body, sel->n_body, 4, out);
        fputs("  )\n", out);
      }
      fputs(")\n", out);
      break;
    }
  }
}

static int value_walk(const doc_node *n, uint32_t depth, uint32_t max_depth, uint64_t *left) {
  if (*left == 0) return 2;
  (*left)--;
  if (n->kind != DOC_LIST && n->kind != DOC_MAP) return 0;
  if (depth >= max_depth) return 1;
  for (uint32_t i = 0; i < n->len; i++) {
    const doc_node *v = n->kind == DOC_LIST ? n->u.items[i] : n->u.entries[i].val;
    int r = value_walk(v, depth + 1, max_depth, left);
    if (r) return r;
  }
  return 0;
}

int cc_value_check(const doc_node *n, uint32_t max_depth, uint64_t max_nodes) {
  uint64_t left = max_nodes;
  return value_walk(n, 0, max_depth, &left);
}
