/* fmt.c — `vigil fmt`: print a source in canonical layout.
 *
 * Layout: two-space indentation, one statement or attribute per line, rule
 * attributes before selectors, parentheses where precedence needs them, where
 * the author wrote them around an operator inside another expression (they aid
 * reading: `a or (b and c)`), and always around a binary operator under `not`
 * (`not (x == "z")` — `not x == "z"` reads as if `not` bound tighter), at most
 * one blank line kept where the source had one. Comments come from the scanner with their lines and
 * are re-attached: own-line comments before the next element at that element's indentation,
 * trailing comments after the line they ended.
 *
 * Wrapping at 100 columns, outermost construct first: a line that does
 * not fit breaks its statement before `at` and `else`, then the outermost
 * construct that still does not fit — an `and`/`or` (or `??`, `+`) chain one
 * operand per line, breaking after the operator; an `if` before `then` and
 * `else`; a selector's type list after its commas; a binder
 * after its `:`, a list/map/call one item per line with the closing bracket on
 * a line of its own. Continuation lines are indented 4 columns more than the
 * line the broken construct starts on, so they never line up with a block's
 * statements. Strings are never split (a string literal is one token), so a
 * line holding a long message may stay wider than the limit. */
#include <string.h>

#include "ast.h"

enum {
  WIDTH = 100, /* wrap limit, in columns */
  CONT = 4     /* continuation indent, in columns */
};

typedef struct fmt {
  FILE *out; /* NULL: measuring only */
  const cc_file *f;
  uint32_t ci; /* next comment to print */
  int col;     /* columns (code points) on the current line */
  int lind;    /* indentation of the current line */
  int width;   /* wrap limit; 0 never wraps (measuring) */
} fmt;

/* Columns are code points: UTF-8 continuation bytes take none. */
static void putn(fmt *p, const char *s, size_t n) {
  if (p->out) fwrite(s, 1, n, p->out);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n')
      p->col = p->lind = 0;
    else if (((unsigned char)s[i] & 0xC0) != 0x80)
      p->col++;
  }
}

static void put(fmt *p, const char *s) {
  putn(p, s, strlen(s));
}

static void spaces(fmt *p, int n) {
  for (int i = 0; i < n; i++)
    putn(p, " ", 1);
  p->lind = n;
}

static void indent(fmt *p, int levels) {
  spaces(p, 2 * levels);
}

/* A continuation line at `ind` columns. */
static void newline(fmt *p, int ind) {
  putn(p, "\n", 1);
  spaces(p, ind);
}

/* Print own-line comments before `line`. */
static void comments_before(fmt *p, uint32_t line, int ind) {
  while (p->ci < p->f->n_comments && p->f->comments[p->ci].line < line) {
    indent(p, ind);
    put(p, p->f->comments[p->ci].text);
    put(p, "\n");
    p->ci++;
  }
}

/* End a line, appending a trailing comment written on source line `line`. */
static void end_line(fmt *p, uint32_t line) {
  if (p->ci < p->f->n_comments && p->f->comments[p->ci].line <= line &&
      p->f->comments[p->ci].trailing) {
    put(p, "  ");
    put(p, p->f->comments[p->ci].text);
    p->ci++;
  }
  put(p, "\n");
}

/* A blank line when the source had one before this element (or its comments). */
static void gap(fmt *p, uint32_t prev_end, uint32_t line) {
  uint32_t first = line;
  if (p->ci < p->f->n_comments && p->f->comments[p->ci].line < first)
    first = p->f->comments[p->ci].line;
  if (prev_end && first > prev_end + 1) put(p, "\n");
}

static void str_lit(fmt *p, const char *s, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    char c = s[i];
    switch (c) {
    case '"': put(p, "\\\""); break;
    case '\\': put(p, "\\\\"); break;
    case '{': put(p, "\\{"); break;
    case '\n': put(p, "\\n"); break;
    case '\t': put(p, "\\t"); break;
    case '\r': put(p, "\\r"); break;
    default: putn(p, &c, 1);
    }
  }
}

/* Binding strength, loosest first; a sub-expression looser than its place is
 * parenthesised. */
enum { P_IF = 0, P_OR, P_AND, P_NOT, P_CMP, P_ADD, P_MUL, P_QQ, P_POSTFIX };

static int prec(const cc_expr *e) {
  if (e->kind == CC_E_BIN) {
    switch ((cc_binop)e->op) {
    case CC_OR: return P_OR;
    case CC_AND: return P_AND;
    case CC_QQ: return P_QQ;
    case CC_ADD:
    case CC_SUB: return P_ADD;
    case CC_MUL:
    case CC_DIV:
    case CC_MOD: return P_MUL;
    default: return P_CMP;
    }
  }
  if (e->kind == CC_E_NOT) return P_NOT;
  if (e->kind == CC_E_IF) return P_IF;
  return P_POSTFIX;
}

/* Parentheses: required by precedence, or written by the author around an
 * operator expression that is itself an operand (min > 0). Parentheses around
 * a whole condition, an argument or a primary add nothing and go. */
static bool parens(const cc_expr *e, int min) {
  return prec(e) < min || (e->paren && min > 0 && prec(e) < P_POSTFIX);
}

static void expr(fmt *p, const cc_expr *e, int min, int tail);

static void sub(fmt *p, const cc_expr *e, int min, int tail) {
  if (parens(e, min)) {
    put(p, "(");
    expr(p, e, 0, tail + 1);
    put(p, ")");
  } else {
    expr(p, e, min, tail);
  }
}

/* Columns `e` takes printed on one line. */
static int flat_width(const fmt *p, const cc_expr *e, int min) {
  fmt m = {NULL, p->f, 0, 0, 0, 0};
  sub(&m, e, min, 0);
  return m.col;
}

/* Does `e`, printed flat from the current column and followed by `tail` more
 * columns, end within the limit? */
static bool fits(const fmt *p, const cc_expr *e, int min, int tail) {
  return !p->width || p->col + flat_width(p, e, min) + tail <= p->width;
}

static bool is_ident(const char *s, uint32_t n) {
  if (n == 0 || !(s[0] == '_' || (s[0] | 32) >= 'a') || (s[0] | 32) > 'z') return false;
  for (uint32_t i = 0; i < n; i++) {
    char c = s[i];
    if (!(c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'))) return false;
  }
  return true;
}

static void map_key(fmt *p, const cc_expr *k) {
  if (k->kind == CC_E_STR && is_ident(k->s, k->slen))
    put(p, k->s);
  else
    expr(p, k, 0, 0);
}

/* A bracketed sequence: list items, call arguments or map entries. Broken,
 * one item per line and the closing bracket on a line of its own. */
static void items(fmt *p, const cc_expr *e, bool brk, const char *open, const char *close,
                  int tail) {
  int base = p->lind;
  put(p, open);
  for (uint32_t i = 0; i < e->n; i++) {
    if (brk)
      newline(p, base + CONT);
    else if (i)
      put(p, " ");
    int after = i + 1 < e->n ? 1 : brk ? 0 : tail + 1;
    if (e->kind == CC_E_MAP) {
      map_key(p, e->keys[i]);
      put(p, ": ");
    }
    expr(p, e->items[i], 0, after);
    if (i + 1 < e->n) put(p, ",");
  }
  if (brk && e->n) newline(p, base);
  put(p, close);
}

/* Operators whose chains break after the operator, one operand per line:
 * `and`/`or` (conditions), `??` (fallbacks) and `+` (joined strings). */
static bool breakable(const cc_expr *e) {
  return e->kind == CC_E_BIN &&
         (e->op == CC_AND || e->op == CC_OR || e->op == CC_QQ || e->op == CC_ADD);
}

/* A broken chain of one operator: left-nested operands of the same operator
 * (written without parentheses) are its earlier links. */
static void chain(fmt *p, const cc_expr *e, int ind, int tail) {
  int pr = prec(e);
  const char *op = cc_binop_text((cc_binop)e->op);
  int opw = 1 + (int)strlen(op);
  const cc_expr *l = e->a;
  if (l->kind == CC_E_BIN && l->op == e->op && !parens(l, pr))
    chain(p, l, ind, opw);
  else
    sub(p, l, pr, opw);
  put(p, " ");
  put(p, op);
  newline(p, ind);
  sub(p, e->c, pr + 1, tail);
}

static void expr(fmt *p, const cc_expr *e, int min, int tail) {
  const cc_source *src = p->f->src;
  switch ((cc_ek)e->kind) {
  case CC_E_STR:
    put(p, "\"");
    str_lit(p, e->s, e->slen);
    put(p, "\"");
    break;
  case CC_E_NUM:
    if (e->loc.end_off > e->loc.off && e->loc.end_off <= src->len) {
      putn(p, src->text + e->loc.off, e->loc.end_off - e->loc.off);
    } else {
      char b[40];
      snprintf(b, sizeof b, "%.17g", e->num);
      put(p, b);
    }
    break;
  case CC_E_BOOL: put(p, e->b ? "true" : "false"); break;
  case CC_E_NULL: put(p, "null"); break;
  case CC_E_IDENT: put(p, e->s); break;
  case CC_E_LIST: items(p, e, !fits(p, e, min, tail), "[", "]", tail); break;
  case CC_E_MAP: items(p, e, !fits(p, e, min, tail), "{", "}", tail); break;
  case CC_E_INTERP:
    put(p, "\"");
    for (uint32_t i = 0; i < e->n; i++) {
      if (e->items[i]->kind == CC_E_STR) {
        str_lit(p, e->items[i]->s, e->items[i]->slen);
      } else {
        put(p, "{");
        fmt flat = *p; /* an interpolation is part of one string token: never broken */
        flat.width = 0;
        expr(&flat, e->items[i], 0, 0);
        p->col = flat.col;
        put(p, "}");
      }
    }
    put(p, "\"");
    break;
  case CC_E_FIELD:
    sub(p, e->a, P_POSTFIX, tail + 1 + (int)strlen(e->s));
    put(p, ".");
    put(p, e->s);
    break;
  case CC_E_INDEX:
    sub(p, e->a, P_POSTFIX, tail + 2 + flat_width(p, e->c, 0));
    put(p, "[");
    expr(p, e->c, 0, tail + 1);
    put(p, "]");
    break;
  case CC_E_WILD:
    sub(p, e->a, P_POSTFIX, tail + 3);
    put(p, "[*]");
    break;
  case CC_E_NOT:
    put(p, "not ");
    if (e->a->kind == CC_E_BIN) { /* `not (x == "z")`, never `not x == "z"` */
      put(p, "(");
      expr(p, e->a, 0, tail + 1);
      put(p, ")");
    } else {
      sub(p, e->a, P_NOT, tail);
    }
    break;
  case CC_E_BIN: {
    int pr = prec(e);
    if (breakable(e) && !fits(p, e, min, tail)) {
      chain(p, e, p->lind + CONT, tail);
      break;
    }
    const char *op = cc_binop_text((cc_binop)e->op);
    /* comparisons do not associate: both sides bind tighter */
    int right = (int)strlen(op) + 2 + flat_width(p, e->c, pr + 1);
    sub(p, e->a, pr == P_CMP ? P_CMP + 1 : pr, tail + right);
    put(p, " ");
    put(p, op);
    put(p, " ");
    sub(p, e->c, pr + 1, tail);
    break;
  }
  case CC_E_CALL: {
    bool brk = !fits(p, e, min, tail);
    if (e->qual) {
      put(p, e->qual);
      put(p, ".");
    }
    put(p, e->s);
    items(p, e, brk, "(", ")", tail);
    break;
  }
  case CC_E_ANY:
  case CC_E_ALL:
  case CC_E_FILTER:
  case CC_E_MAPX:
  case CC_E_COUNT:
  case CC_E_FIRST: {
    bool brk = !fits(p, e, min, tail);
    int base = p->lind;
    put(p, cc_binder_name((cc_ek)e->kind));
    put(p, "(");
    put(p, e->s);
    put(p, " in ");
    expr(p, e->a, 0, 1);
    put(p, ":");
    if (brk)
      newline(p, base + CONT);
    else
      put(p, " ");
    expr(p, e->c, 0, tail + 1);
    put(p, ")");
    break;
  }
  case CC_E_IF: {
    bool brk = !fits(p, e, min, tail);
    int base = p->lind;
    put(p, "if ");
    expr(p, e->a, 0, 0);
    if (brk)
      newline(p, base + CONT);
    else
      put(p, " ");
    put(p, "then ");
    expr(p, e->c, 0, 0);
    if (brk)
      newline(p, base + CONT);
    else
      put(p, " ");
    put(p, "else ");
    expr(p, e->items[0], 0, tail);
    break;
  }
  }
}

/* `expect C at X else M`: when it does not fit, `at` and `else` start
 * continuation lines of their own. */
static void expect_stmt(fmt *p, const cc_stmt *s) {
  int ind = p->lind;
  put(p, "expect ");
  int w = flat_width(p, s->e, 0);
  if (s->at) w += 4 + flat_width(p, s->at, 0);
  if (s->msg) w += 6 + flat_width(p, s->msg, 0);
  bool brk = p->width && p->col + w > p->width;
  expr(p, s->e, 0, brk ? 0 : w - flat_width(p, s->e, 0));
  if (s->at) {
    if (brk)
      newline(p, ind + CONT);
    else
      put(p, " ");
    put(p, "at ");
    expr(p, s->at, 0, brk || !s->msg ? 0 : 6 + flat_width(p, s->msg, 0));
  }
  if (s->msg) {
    if (brk)
      newline(p, ind + CONT);
    else
      put(p, " ");
    put(p, "else ");
    expr(p, s->msg, 0, 0);
  }
}

static void stmts(fmt *p, cc_stmt **body, uint32_t n, int ind, uint32_t prev_end) {
  for (uint32_t i = 0; i < n; i++) {
    const cc_stmt *s = body[i];
    gap(p, prev_end, s->loc.line);
    comments_before(p, s->loc.line, ind);
    indent(p, ind);
    switch ((cc_sk)s->kind) {
    case CC_S_LET:
      put(p, "let ");
      put(p, s->name);
      put(p, " = ");
      expr(p, s->e, 0, 0);
      break;
    case CC_S_WHEN:
      put(p, "when ");
      expr(p, s->e, 0, 0);
      break;
    case CC_S_EXPECT: expect_stmt(p, s); break;
    case CC_S_EMIT:
      put(p, "emit ");
      expr(p, s->e, 0, 0);
      break;
    case CC_S_FOR:
      put(p, "for ");
      put(p, s->name);
      put(p, " in ");
      expr(p, s->e, 0, 2);
      put(p, " {");
      end_line(p, s->e->loc.end_line);
      stmts(p, s->body, s->n_body, ind + 1, s->e->loc.end_line);
      comments_before(p, s->end_loc.line, ind + 1);
      indent(p, ind);
      put(p, "}");
      break;
    }
    end_line(p, s->loc.end_line);
    prev_end = s->loc.end_line;
  }
}

/* A rule, or a fact (selectors only). */
static void rule(fmt *p, const cc_item *r) {
  put(p, r->kind == CC_I_FACT ? "fact " : "rule ");
  put(p, r->name);
  put(p, " {");
  end_line(p, r->name_loc.line);
  uint32_t prev = r->name_loc.line;
  for (uint32_t i = 0; i < r->n_metas; i++) {
    const cc_meta *m = &r->metas[i];
    gap(p, prev, m->loc.line);
    comments_before(p, m->loc.line, 1);
    indent(p, 1);
    put(p, m->key);
    put(p, " ");
    expr(p, m->val, 0, 0);
    end_line(p, m->val->loc.end_line);
    prev = m->val->loc.end_line;
  }
  for (uint32_t i = 0; i < r->n_sels; i++) {
    const cc_sel *s = r->sels[i];
    gap(p, prev, s->loc.line);
    comments_before(p, s->loc.line, 1);
    indent(p, 1);
    put(p, "on ");
    put(p, s->format);
    put(p, " ");
    put(p, s->kind);
    put(p, " ");
    /* a type list that does not fit: one type per continuation line */
    int w = p->col + 5 + (int)strlen(s->as) + 2;
    for (uint32_t t = 0; t < s->n_types; t++)
      w += (t ? 2 : 0) + flat_width(p, s->types[t], 0);
    for (uint32_t t = 0; t < s->n_types; t++) {
      if (t) put(p, ",");
      if (t && w > p->width)
        newline(p, 2 + CONT);
      else if (t)
        put(p, " ");
      expr(p, s->types[t], 0, 0);
    }
    put(p, " as ");
    put(p, s->as);
    put(p, " {");
    end_line(p, s->as_loc.line);
    stmts(p, s->body, s->n_body, 2, s->as_loc.line);
    comments_before(p, s->end_loc.line, 2);
    indent(p, 1);
    put(p, "}");
    end_line(p, s->end_loc.line);
    prev = s->end_loc.line;
  }
  comments_before(p, r->end_loc.line, 1);
  put(p, "}");
  end_line(p, r->end_loc.line);
}

static void item(fmt *p, const cc_item *it) {
  switch ((cc_ik)it->kind) {
  case CC_I_MODULE:
    put(p, "module ");
    put(p, it->name);
    break;
  case CC_I_USE:
    put(p, "use ");
    put(p, it->name);
    if (it->alias) {
      put(p, " as ");
      put(p, it->alias);
    }
    break;
  case CC_I_CONST:
    put(p, it->is_param ? "param " : "const ");
    put(p, it->name);
    put(p, " = ");
    expr(p, it->e, 0, 0);
    break;
  case CC_I_FN:
    put(p, "fn ");
    put(p, it->name);
    put(p, "(");
    for (uint32_t k = 0; k < it->n_params; k++) {
      if (k) put(p, ", ");
      put(p, it->params[k]);
    }
    put(p, ") = ");
    expr(p, it->e, 0, 0);
    break;
  case CC_I_RULE:
  case CC_I_FACT: rule(p, it); break;
  }
}

int cc_format(const cc_source *src, FILE *out, FILE *diag) {
  base_arena a;
  base_arena_init(&a);
  cc_diag d = {diag ? diag : stderr, 0, 0, false, 0};
  cc_file *f = cc_parse_source(&a, &d, src);
  int errors = d.n_errors;
  if (errors == 0) {
    fmt p = {out, f, 0, 0, 0, WIDTH};
    uint32_t prev = 0;
    for (uint32_t i = 0; i < f->n_items; i++) {
      const cc_item *it = f->items[i];
      bool block = it->kind == CC_I_RULE || it->kind == CC_I_FACT;
      if (i > 0 && block) {
        put(&p, "\n"); /* rules always stand apart */
        comments_before(&p, it->loc.line, 0);
      } else {
        gap(&p, prev, it->loc.line);
        comments_before(&p, it->loc.line, 0);
      }
      item(&p, it);
      if (!block) end_line(&p, it->loc.end_line);
      prev = block ? it->end_loc.end_line + 1 : it->loc.end_line;
      if (block && i + 1 < f->n_items) {
        /* the blank line after a rule or fact is printed by the next item */
        prev = 0;
        if (f->items[i + 1]->kind != CC_I_RULE && f->items[i + 1]->kind != CC_I_FACT)
          put(&p, "\n");
      }
    }
    comments_before(&p, UINT32_MAX, 0);
  }
  base_arena_free(&a);
  return errors;
}
