/* fmt.c — `vigil fmt`: print a source in canonical layout.
 *
 * Layout: two-space indentation, one statement or attribute per line, rule
 * attributes before selectors, minimal parentheses, at most one blank line
 * kept where the source had one. Comments come from the scanner with their
 * lines and are re-attached: own-line comments before the next element at
 * that element's indentation, trailing comments after the line they ended. */
#include <string.h>

#include "ast.h"

typedef struct fmt {
  FILE *out;
  const cc_file *f;
  uint32_t ci; /* next comment to print */
} fmt;

static void indent(fmt *p, int n) {
  for (int i = 0; i < n; i++)
    fputs("  ", p->out);
}

/* Print own-line comments before `line`; returns the first printed line (or line). */
static void comments_before(fmt *p, uint32_t line, int ind) {
  while (p->ci < p->f->n_comments && p->f->comments[p->ci].line < line) {
    indent(p, ind);
    fprintf(p->out, "%s\n", p->f->comments[p->ci].text);
    p->ci++;
  }
}

/* End a line, appending a trailing comment written on source line `line`. */
static void end_line(fmt *p, uint32_t line) {
  while (p->ci < p->f->n_comments && p->f->comments[p->ci].line <= line &&
         p->f->comments[p->ci].trailing) {
    fprintf(p->out, "  %s", p->f->comments[p->ci].text);
    p->ci++;
    break;
  }
  fputc('\n', p->out);
}

/* A blank line when the source had one before this element (or its comments). */
static void gap(fmt *p, uint32_t prev_end, uint32_t line) {
  uint32_t first = line;
  if (p->ci < p->f->n_comments && p->f->comments[p->ci].line < first)
    first = p->f->comments[p->ci].line;
  if (prev_end && first > prev_end + 1) fputc('\n', p->out);
}

static void str_lit(fmt *p, const char *s, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    char c = s[i];
    switch (c) {
    case '"': fputs("\\\"", p->out); break;
    case '\\': fputs("\\\\", p->out); break;
    case '{': fputs("\\{", p->out); break;
    case '\n': fputs("\\n", p->out); break;
    case '\t': fputs("\\t", p->out); break;
    case '\r': fputs("\\r", p->out); break;
    default: fputc(c, p->out);
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

static void expr(fmt *p, const cc_expr *e, int min);

static void sub(fmt *p, const cc_expr *e, int min) {
  if (prec(e) < min) {
    fputc('(', p->out);
    expr(p, e, 0);
    fputc(')', p->out);
  } else {
    expr(p, e, min);
  }
}

static bool is_ident(const char *s, uint32_t n) {
  if (n == 0 || !(s[0] == '_' || (s[0] | 32) >= 'a') || (s[0] | 32) > 'z') return false;
  for (uint32_t i = 0; i < n; i++) {
    char c = s[i];
    if (!(c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'))) return false;
  }
  return true;
}

static void expr(fmt *p, const cc_expr *e, int min) {
  (void)min;
  const cc_source *src = p->f->src;
  switch ((cc_ek)e->kind) {
  case CC_E_STR:
    fputc('"', p->out);
    str_lit(p, e->s, e->slen);
    fputc('"', p->out);
    break;
  case CC_E_NUM:
    if (e->loc.end_off > e->loc.off && e->loc.end_off <= src->len)
      fwrite(src->text + e->loc.off, 1, e->loc.end_off - e->loc.off, p->out);
    else
      fprintf(p->out, "%.17g", e->num);
    break;
  case CC_E_BOOL: fputs(e->b ? "true" : "false", p->out); break;
  case CC_E_NULL: fputs("null", p->out); break;
  case CC_E_IDENT: fputs(e->s, p->out); break;
  case CC_E_LIST:
    fputc('[', p->out);
    for (uint32_t i = 0; i < e->n; i++) {
      if (i) fputs(", ", p->out);
      expr(p, e->items[i], 0);
    }
    fputc(']', p->out);
    break;
  case CC_E_MAP:
    fputc('{', p->out);
    for (uint32_t i = 0; i < e->n; i++) {
      if (i) fputs(", ", p->out);
      const cc_expr *k = e->keys[i];
      if (k->kind == CC_E_STR && is_ident(k->s, k->slen))
        fputs(k->s, p->out);
      else
        expr(p, k, 0);
      fputs(": ", p->out);
      expr(p, e->items[i], 0);
    }
    fputc('}', p->out);
    break;
  case CC_E_INTERP:
    fputc('"', p->out);
    for (uint32_t i = 0; i < e->n; i++) {
      if (e->items[i]->kind == CC_E_STR) {
        str_lit(p, e->items[i]->s, e->items[i]->slen);
      } else {
        fputc('{', p->out);
        expr(p, e->items[i], 0);
        fputc('}', p->out);
      }
    }
    fputc('"', p->out);
    break;
  case CC_E_FIELD:
    sub(p, e->a, P_POSTFIX);
    fprintf(p->out, ".%s", e->s);
    break;
  case CC_E_INDEX:
    sub(p, e->a, P_POSTFIX);
    fputc('[', p->out);
    expr(p, e->c, 0);
    fputc(']', p->out);
    break;
  case CC_E_WILD:
    sub(p, e->a, P_POSTFIX);
    fputs("[*]", p->out);
    break;
  case CC_E_NOT:
    fputs("not ", p->out);
    sub(p, e->a, P_NOT);
    break;
  case CC_E_BIN: {
    int pr = prec(e);
    /* comparisons do not associate: both sides bind tighter */
    sub(p, e->a, pr == P_CMP ? P_CMP + 1 : pr);
    fprintf(p->out, " %s ", cc_binop_text((cc_binop)e->op));
    sub(p, e->c, pr + 1);
    break;
  }
  case CC_E_CALL:
    if (e->qual) fprintf(p->out, "%s.", e->qual);
    fprintf(p->out, "%s(", e->s);
    for (uint32_t i = 0; i < e->n; i++) {
      if (i) fputs(", ", p->out);
      expr(p, e->items[i], 0);
    }
    fputc(')', p->out);
    break;
  case CC_E_ANY:
  case CC_E_ALL:
  case CC_E_FILTER:
  case CC_E_MAPX:
  case CC_E_COUNT:
  case CC_E_FIRST:
    fprintf(p->out, "%s(%s in ", cc_binder_name((cc_ek)e->kind), e->s);
    expr(p, e->a, 0);
    fputs(": ", p->out);
    expr(p, e->c, 0);
    fputc(')', p->out);
    break;
  case CC_E_IF:
    fputs("if ", p->out);
    expr(p, e->a, 0);
    fputs(" then ", p->out);
    expr(p, e->c, 0);
    fputs(" else ", p->out);
    expr(p, e->items[0], 0);
    break;
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
      fprintf(p->out, "let %s = ", s->name);
      expr(p, s->e, 0);
      break;
    case CC_S_WHEN:
      fputs("when ", p->out);
      expr(p, s->e, 0);
      break;
    case CC_S_EXPECT:
      fputs("expect ", p->out);
      expr(p, s->e, 0);
      if (s->at) {
        fputs(" at ", p->out);
        expr(p, s->at, 0);
      }
      if (s->msg) {
        fputs(" else ", p->out);
        expr(p, s->msg, 0);
      }
      break;
    case CC_S_FOR:
      fprintf(p->out, "for %s in ", s->name);
      expr(p, s->e, 0);
      fputs(" {", p->out);
      end_line(p, s->e->loc.end_line);
      stmts(p, s->body, s->n_body, ind + 1, s->e->loc.end_line);
      comments_before(p, s->end_loc.line, ind + 1);
      indent(p, ind);
      fputc('}', p->out);
      break;
    }
    end_line(p, s->loc.end_line);
    prev_end = s->loc.end_line;
  }
}

static void rule(fmt *p, const cc_item *r) {
  fprintf(p->out, "rule %s {", r->name);
  end_line(p, r->name_loc.line);
  uint32_t prev = r->name_loc.line;
  for (uint32_t i = 0; i < r->n_metas; i++) {
    const cc_meta *m = &r->metas[i];
    gap(p, prev, m->loc.line);
    comments_before(p, m->loc.line, 1);
    indent(p, 1);
    fprintf(p->out, "%s ", m->key);
    expr(p, m->val, 0);
    end_line(p, m->val->loc.end_line);
    prev = m->val->loc.end_line;
  }
  for (uint32_t i = 0; i < r->n_sels; i++) {
    const cc_sel *s = r->sels[i];
    gap(p, prev, s->loc.line);
    comments_before(p, s->loc.line, 1);
    indent(p, 1);
    fprintf(p->out, "on %s %s ", s->format, s->kind);
    for (uint32_t t = 0; t < s->n_types; t++) {
      if (t) fputs(", ", p->out);
      expr(p, s->types[t], 0);
    }
    fprintf(p->out, " as %s {", s->as);
    end_line(p, s->as_loc.line);
    stmts(p, s->body, s->n_body, 2, s->as_loc.line);
    comments_before(p, s->end_loc.line, 2);
    indent(p, 1);
    fputc('}', p->out);
    end_line(p, s->end_loc.line);
    prev = s->end_loc.line;
  }
  comments_before(p, r->end_loc.line, 1);
  fputc('}', p->out);
  end_line(p, r->end_loc.line);
}

int cc_format(const cc_source *src, FILE *out, FILE *diag) {
  base_arena a;
  base_arena_init(&a);
  cc_diag d = {diag ? diag : stderr, 0, 0, false, 0};
  cc_file *f = cc_parse_source(&a, &d, src);
  int errors = d.n_errors;
  if (errors == 0) {
    fmt p = {out, f, 0};
    uint32_t prev = 0;
    for (uint32_t i = 0; i < f->n_items; i++) {
      const cc_item *it = f->items[i];
      if (i > 0 && it->kind == CC_I_RULE) {
        fputc('\n', out); /* rules always stand apart */
        comments_before(&p, it->loc.line, 0);
      } else {
        gap(&p, prev, it->loc.line);
        comments_before(&p, it->loc.line, 0);
      }
      switch ((cc_ik)it->kind) {
      case CC_I_MODULE: fprintf(out, "module %s", it->name); break;
      case CC_I_USE:
        fprintf(out, "use %s%s%s", it->name, it->alias ? " as " : "", it->alias ? it->alias : "");
        break;
      case CC_I_CONST:
        fprintf(out, "%s %s = ", it->is_param ? "param" : "const", it->name);
        expr(&p, it->e, 0);
        break;
      case CC_I_FN:
        fprintf(out, "fn %s(", it->name);
        for (uint32_t k = 0; k < it->n_params; k++)
          fprintf(out, "%s%s", k ? ", " : "", it->params[k]);
        fputs(") = ", out);
        expr(&p, it->e, 0);
        break;
      case CC_I_RULE: rule(&p, it); break;
      }
      if (it->kind != CC_I_RULE) end_line(&p, it->loc.end_line);
      prev = it->kind == CC_I_RULE ? it->end_loc.end_line + 1 : it->loc.end_line;
      if (it->kind == CC_I_RULE && i + 1 < f->n_items) {
        /* the blank line after a rule is printed by the next item */
        prev = 0;
        if (f->items[i + 1]->kind != CC_I_RULE) fputc('\n', out);
      }
    }
    comments_before(&p, UINT32_MAX, 0);
  }
  base_arena_free(&a);
  return errors;
}
