/* hcl.c — HCL syntax tree helpers and the native-syntax entry points
 * (see hcl.h): bodies, templates (literal merging, heredoc unindent, ~ strip
 * markers, directive nesting), splat absorption. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "hcl_int.h"
#include "hcl_parser.h"
#define YYSTYPE HCL_YYSTYPE
#define YYLTYPE HCL_YYLTYPE
#include "hcl_lexer.h"

void iac_hcl_vec_grow(base_arena *a, hcl_vec *vec) {
  uint32_t ncap = vec->cap ? vec->cap * 2 : 8;
  void **nv = base_arena_alloc_fast(a, ncap * sizeof *nv);
  if (vec->n) memcpy(nv, vec->v, vec->n * sizeof *nv);
  vec->v = nv;
  vec->cap = ncap;
}

void **iac_hcl_vec_copy(base_arena *a, const hcl_vec *vec) {
  if (!vec->n) return NULL;
  void **v = base_arena_alloc_fast(a, vec->n * sizeof *v);
  memcpy(v, vec->v, vec->n * sizeof *v);
  return v;
}

_Static_assert(sizeof(hcl_expr) == 64, "an hcl_expr is four arena granules (hcl.h)");

hcl_expr *iac_hcl_expr_new(base_arena *a, hcl_expr_kind k, uint32_t line, uint32_t col) {
  /* every field set in one assignment: no memset call per node */
  hcl_expr *e = base_arena_alloc_fast(a, sizeof *e);
  *e = (hcl_expr){.kind = (uint8_t)k, .line = line, .col = col};
  return e;
}

void iac_hcl_error(hcl_ctx *c, uint32_t line, uint32_t col, const char *msg) {
  if (c->diag.message) return; /* the first error is the one that matters */
  c->diag.line = line;
  c->diag.col = col;
  /* bison says "syntax error, unexpected X"; "unexpected X" reads better */
  if (!strncmp(msg, "syntax error, ", 14)) msg += 14;
  c->diag.message = base_arena_strdup(c->a, msg);
}

const hcl_attr *iac_hcl_body_attr(const hcl_body *b, const char *name) {
  if (!b) return NULL;
  for (uint32_t i = 0; i < b->n_attrs; i++)
    if (!strcmp(b->attrs[i].name, name)) return &b->attrs[i];
  return NULL;
}

static void warn(hcl_ctx *c, uint32_t line, uint32_t col, const char *msg) {
  if (c->n_warnings == c->cap_warnings) {
    uint32_t ncap = c->cap_warnings ? c->cap_warnings * 2 : 4;
    hcl_diag *nw = base_arena_alloc(c->a, ncap * sizeof *nw);
    if (c->n_warnings) memcpy(nw, c->warnings, c->n_warnings * sizeof *nw);
    c->warnings = nw;
    c->cap_warnings = ncap;
  }
  c->warnings[c->n_warnings++] = (hcl_diag){line, col, msg};
}

/* qsort has no context argument; scans parse on several threads */
static _Thread_local const hcl_attr *tl_sort_attrs;

/* by name, then source position: the first of equal names sorts first */
static int cmp_attr_idx(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  int c = strcmp(tl_sort_attrs[x].name, tl_sort_attrs[y].name);
  return c ? c : (x > y) - (x < y);
}

/* Terraform rejects an attribute set twice in one body ("Attribute
 * redefined"). Keep the first, drop the rest, and say so: silently using
 * either value could hide a finding. Small bodies (nearly all) compare
 * pairwise without allocating; larger ones sort indices, so a million-key
 * body stays O(n log n). */
static void drop_duplicate_attrs(hcl_ctx *c, hcl_body *b) {
  uint32_t n = b->n_attrs;
  if (n < 2) return;
  enum { SMALL = 16 };
  uint32_t small[SMALL], *first = n <= SMALL ? small : malloc(n * sizeof *first);
  if (!first) abort();
  /* first[i]: the earliest attribute with attrs[i]'s name */
  if (n <= SMALL) {
    for (uint32_t i = 0; i < n; i++) {
      first[i] = i;
      for (uint32_t j = 0; j < i; j++)
        if (b->attrs[j].name[0] == b->attrs[i].name[0] &&
            !strcmp(b->attrs[j].name, b->attrs[i].name)) {
          first[i] = j;
          break;
        }
    }
  } else {
    uint32_t *idx = malloc(n * sizeof *idx);
    if (!idx) abort();
    for (uint32_t i = 0; i < n; i++)
      idx[i] = i;
    tl_sort_attrs = b->attrs;
    qsort(idx, n, sizeof *idx, cmp_attr_idx);
    uint32_t run = 0; /* sorted position of the first of the current name */
    for (uint32_t i = 0; i < n; i++) {
      if (strcmp(b->attrs[idx[run]].name, b->attrs[idx[i]].name) != 0) run = i;
      first[idx[i]] = idx[run];
    }
    free(idx);
  }
  bool any = false;
  for (uint32_t i = 0; i < n; i++) {
    if (first[i] == i) continue;
    const hcl_attr *dup = &b->attrs[i];
    warn(c, dup->line, dup->col,
         base_arena_printf(c->a,
                           "attribute '%s' redefined (first set at line %u); Terraform "
                           "rejects this, the first value is used",
                           dup->name, b->attrs[first[i]].line));
    any = true;
  }
  if (any) { /* after the warnings: compaction overwrites entries they read */
    uint32_t o = 0;
    for (uint32_t i = 0; i < n; i++) {
      if (first[i] != i) continue;
      b->attrs[o] = b->attrs[i];
      b->attr_seq[o] = b->attr_seq[i];
      o++;
    }
    b->n_attrs = o;
  }
  if (first != small) free(first);
}

hcl_body *iac_hcl_make_body(hcl_ctx *c, hcl_vec *items, uint32_t line, uint32_t col) {
  uint32_t na = 0, nb = 0;
  for (uint32_t i = 0; i < items->n; i++)
    na += ((hcl_item *)items->v[i])->attr != NULL;
  nb = items->n - na;
  /* the body and its four arrays in one allocation, each part 16-aligned */
#define HCL_AL(x) (((x) + 15) & ~(size_t)15)
  size_t sz_body = HCL_AL(sizeof(hcl_body)), sz_attrs = HCL_AL(na * sizeof(hcl_attr)),
         sz_blocks = HCL_AL(nb * sizeof(hcl_block)), sz_aseq = HCL_AL(na * sizeof(uint32_t)),
         sz_bseq = HCL_AL(nb * sizeof(uint32_t));
#undef HCL_AL
  char *m = base_arena_alloc_fast(c->a, sz_body + sz_attrs + sz_blocks + sz_aseq + sz_bseq);
  hcl_body *b = (hcl_body *)m;
  *b = (hcl_body){.file = c->file, .line = line, .col = col};
  m += sz_body;
  b->attrs = (hcl_attr *)m;
  m += sz_attrs;
  b->blocks = (hcl_block *)m;
  m += sz_blocks;
  b->attr_seq = (uint32_t *)m;
  m += sz_aseq;
  b->block_seq = (uint32_t *)m;
  for (uint32_t i = 0; i < items->n; i++) {
    hcl_item *it = items->v[i];
    if (it->attr) {
      b->attr_seq[b->n_attrs] = i;
      b->attrs[b->n_attrs++] = *it->attr;
    } else {
      b->block_seq[b->n_blocks] = i;
      b->blocks[b->n_blocks++] = *it->blk;
    }
  }
  drop_duplicate_attrs(c, b);
  return b;
}

hcl_expr *iac_hcl_ident_expr(hcl_ctx *c, const char *id, hcl_loc loc) {
  hcl_expr *e;
  /* the first letter rules out most names */
  if ((id[0] == 't' && !strcmp(id, "true")) || (id[0] == 'f' && !strcmp(id, "false"))) {
    e = iac_hcl_expr_new(c->a, HX_LIT, loc.line, loc.col);
    e->lit = iac_doc_bool(c->a, id[0] == 't', loc.line, loc.col);
  } else if (id[0] == 'n' && !strcmp(id, "null")) {
    e = iac_hcl_expr_new(c->a, HX_LIT, loc.line, loc.col);
    e->lit = iac_doc_null(c->a, loc.line, loc.col);
  } else {
    e = iac_hcl_expr_new(c->a, HX_VAR, loc.line, loc.col);
    e->name = id;
  }
  return e;
}

hcl_expr *iac_hcl_traverse(hcl_ctx *c, hcl_expr *base, hcl_expr *step) {
  if (base->kind == HX_SPLAT) {
    base->b = iac_hcl_traverse(c, base->b, step);
    return base;
  }
  step->a = base;
  if (step->kind == HX_SPLAT)
    step->b = iac_hcl_expr_new(c->a, HX_SPLAT_ITEM, step->line, step->col);
  return step;
}

/* ---- templates ---------------------------------------------------------------- */

static bool is_ws(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* Merge runs of adjacent literals into one part. */
static void merge_literals(hcl_ctx *c, hcl_vec *parts) {
  uint32_t o = 0;
  for (uint32_t i = 0; i < parts->n; i++) {
    hcl_tpart *p = parts->v[i];
    hcl_tpart *prev = o ? parts->v[o - 1] : NULL;
    if (p->kind == TP_LIT && prev && prev->kind == TP_LIT) {
      char *s = base_arena_alloc(c->tmp, prev->len + p->len + 1); /* lit_string copies it */
      memcpy(s, prev->text, prev->len);
      memcpy(s + prev->len, p->text, p->len);
      s[prev->len + p->len] = 0;
      prev->text = s;
      prev->len += p->len;
      continue;
    }
    parts->v[o++] = p;
  }
  parts->n = o;
}

/* <<-EOT: remove the smallest leading whitespace of the non-blank lines. */
/* Returns the columns removed from every line (0: none). */
static size_t unindent(hcl_ctx *c, hcl_vec *parts) {
  size_t min = (size_t)-1;
  bool bol = true;
  size_t ws = 0;
  for (uint32_t i = 0; i < parts->n; i++) {
    hcl_tpart *p = parts->v[i];
    if (p->kind != TP_LIT) {
      if (bol && ws < min) min = ws;
      bol = false;
      continue;
    }
    for (size_t k = 0; k < p->len; k++) {
      char ch = p->text[k];
      if (ch == '\n') {
        bol = true;
        ws = 0;
      } else if (bol && (ch == ' ' || ch == '\t')) {
        ws++;
      } else if (bol) {
        if (ws < min) min = ws;
        bol = false;
      }
    }
  }
  if (min == (size_t)-1 || min == 0) return 0;
  bol = true;
  for (uint32_t i = 0; i < parts->n; i++) {
    hcl_tpart *p = parts->v[i];
    if (p->kind != TP_LIT) {
      bol = false;
      continue;
    }
    char *out = base_arena_alloc(c->tmp, p->len + 1);
    size_t o = 0, drop = 0;
    for (size_t k = 0; k < p->len; k++) {
      char ch = p->text[k];
      if (bol && drop < min && (ch == ' ' || ch == '\t')) {
        drop++;
        continue;
      }
      bol = false;
      out[o++] = ch;
      if (ch == '\n') {
        bol = true;
        drop = 0;
      }
    }
    out[o] = 0;
    p->text = out;
    p->len = o;
  }
  return min;
}

static void strip_markers(hcl_vec *parts) {
  for (uint32_t i = 0; i < parts->n; i++) {
    hcl_tpart *p = parts->v[i];
    if (p->kind == TP_LIT) continue;
    if (p->strip_l && i > 0 && ((hcl_tpart *)parts->v[i - 1])->kind == TP_LIT) {
      hcl_tpart *l = parts->v[i - 1];
      while (l->len && is_ws(l->text[l->len - 1]))
        l->len--;
    }
    if (p->strip_r && i + 1 < parts->n && ((hcl_tpart *)parts->v[i + 1])->kind == TP_LIT) {
      hcl_tpart *r = parts->v[i + 1];
      while (r->len && is_ws(r->text[0])) {
        r->text++;
        r->len--;
      }
    }
  }
}

static hcl_expr *lit_string(hcl_ctx *c, const char *s, size_t n, uint32_t line, uint32_t col) {
  hcl_expr *e = iac_hcl_expr_new(c->a, HX_LIT, line, col);
  e->lit = iac_doc_string(c->a, s, n, line, col);
  return e;
}

hcl_expr *iac_hcl_make_string(hcl_ctx *c, const char *s, size_t n, uint32_t line, uint32_t col) {
  /* what make_template gives for one literal part, or none */
  return lit_string(c, n ? s : "", n, line, col);
}

/* Nest parts[*pos..] up to a closing directive in `stop` (a TP_* bitmask).
 * Directives are flat tokens to the lexer, so its nesting limit does not see
 * them: `depth` bounds the recursion here (%{if} 100,000 deep overflowed the
 * stack; tests/hostile deep_templates). */
static hcl_expr *nest(hcl_ctx *c, hcl_vec *parts, uint32_t *pos, unsigned stop, uint32_t line,
                      uint32_t col, uint32_t depth) {
  hcl_vec items = {0};
  if (depth >= c->max_template_depth) {
    iac_hcl_error(c, line, col,
                  base_arena_printf(c->a,
                                    "limit exceeded: templates nested deeper than %u levels "
                                    "(--max-template-depth)",
                                    c->max_template_depth));
    return NULL;
  }
  while (*pos < parts->n) {
    hcl_tpart *p = parts->v[*pos];
    if (stop & (1u << p->kind)) break;
    (*pos)++;
    switch ((hcl_tpart_kind)p->kind) {
    case TP_LIT:
      if (p->len) iac_hcl_vec_push(c->tmp, &items, lit_string(c, p->text, p->len, p->line, p->col));
      break;
    case TP_EXPR: iac_hcl_vec_push(c->tmp, &items, p->e); break;
    case TP_IF: {
      hcl_expr *e = iac_hcl_expr_new(c->a, HX_TIF, p->line, p->col);
      e->a = p->e;
      e->items = base_arena_calloc(c->a, 2 * sizeof *e->items);
      e->n = 2;
      e->items[0] = nest(c, parts, pos, 1u << TP_ELSE | 1u << TP_ENDIF, p->line, p->col, depth + 1);
      if (!e->items[0]) return NULL;
      if (*pos < parts->n && ((hcl_tpart *)parts->v[*pos])->kind == TP_ELSE) {
        (*pos)++;
        e->items[1] = nest(c, parts, pos, 1u << TP_ENDIF, p->line, p->col, depth + 1);
        if (!e->items[1]) return NULL;
      } else {
        e->items[1] = iac_hcl_expr_new(c->a, HX_TEMPLATE, p->line, p->col);
      }
      if (*pos >= parts->n || ((hcl_tpart *)parts->v[*pos])->kind != TP_ENDIF) {
        iac_hcl_error(c, p->line, p->col, "%{if} without %{endif}");
        return NULL;
      }
      (*pos)++;
      iac_hcl_vec_push(c->tmp, &items, e);
      break;
    }
    case TP_FOR: {
      hcl_expr *e = iac_hcl_expr_new(c->a, HX_TFOR, p->line, p->col);
      e->a = p->e;
      e->key_var = p->key_var;
      e->name = p->val_var;
      e->b = nest(c, parts, pos, 1u << TP_ENDFOR, p->line, p->col, depth + 1);
      if (!e->b) return NULL;
      if (*pos >= parts->n) {
        iac_hcl_error(c, p->line, p->col, "%{for} without %{endfor}");
        return NULL;
      }
      (*pos)++;
      iac_hcl_vec_push(c->tmp, &items, e);
      break;
    }
    case TP_ELSE: iac_hcl_error(c, p->line, p->col, "%{else} without %{if}"); return NULL;
    case TP_ENDIF: iac_hcl_error(c, p->line, p->col, "%{endif} without %{if}"); return NULL;
    case TP_ENDFOR: iac_hcl_error(c, p->line, p->col, "%{endfor} without %{for}"); return NULL;
    }
  }
  hcl_expr *t = iac_hcl_expr_new(c->a, HX_TEMPLATE, line, col);
  t->items = (hcl_expr **)iac_hcl_vec_copy(c->a, &items);
  t->n = items.n;
  return t;
}

static hcl_expr *make_template(hcl_ctx *c, hcl_vec *parts, bool heredoc_indent, uint32_t line,
                               uint32_t col, size_t *removed) {
  merge_literals(c, parts);
  *removed = heredoc_indent ? unindent(c, parts) : 0;
  strip_markers(parts);
  /* most templates are one literal or one interpolation: what nest() would
   * give (below), without its template node and item array */
  if (parts->n == 0) return lit_string(c, "", 0, line, col);
  if (parts->n == 1) {
    hcl_tpart *p = parts->v[0];
    if (p->kind == TP_LIT) return lit_string(c, p->len ? p->text : "", p->len, line, col);
    if (p->kind == TP_EXPR && p->e->kind != HX_LIT) return p->e; /* a literal is relocated below */
  }
  uint32_t pos = 0;
  hcl_expr *t = nest(c, parts, &pos, 0, line, col, 0);
  if (!t) return NULL;
  if (t->n == 0) return lit_string(c, "", 0, line, col);
  /* "${x}" is x itself, of whatever type (as HCL does) */
  if (t->n == 1 && t->items[0]->kind != HX_LIT && t->items[0]->kind != HX_TIF &&
      t->items[0]->kind != HX_TFOR)
    return t->items[0];
  if (t->n == 1 && t->items[0]->kind == HX_LIT) {
    t->items[0]->line = line;
    t->items[0]->col = col;
    ((doc_node *)t->items[0]->lit)->line = line;
    ((doc_node *)t->items[0]->lit)->col = col;
    return t->items[0];
  }
  return t;
}

hcl_expr *iac_hcl_make_template(hcl_ctx *c, hcl_vec *parts, bool heredoc_indent, uint32_t line,
                                uint32_t col) {
  size_t removed;
  return make_template(c, parts, heredoc_indent, line, col, &removed);
}

/* A heredoc that is one literal is the file's text from the next line on
 * (less the indentation <<- removed): marked verbatim (doc.h). A "${" or "%{"
 * in the literal came from an escape ("$${"), which shifts columns: such a
 * heredoc, and any with interpolation, keeps the attribute's location. */
hcl_expr *iac_hcl_make_heredoc(hcl_ctx *c, hcl_vec *parts, bool indent, uint32_t line,
                               uint32_t col) {
  size_t removed;
  hcl_expr *t = make_template(c, parts, indent, line, col, &removed);
  if (t && t->kind == HX_LIT && t->lit && t->lit->kind == DOC_STRING && t->lit->len &&
      !strstr(t->lit->u.str, "${") && !strstr(t->lit->u.str, "%{") && removed < UINT32_MAX)
    iac_doc_set_verbatim(c->a, (doc_node *)t->lit, line + 1, (uint32_t)removed);
  return t;
}

/* ---- entry points --------------------------------------------------------------- */

hcl_parse_result iac_hcl_parse(base_arena *a, const char *file, const char *src, size_t len,
                               const iac_limits *lim) {
  hcl_parse_result r = {0};
  hcl_ctx c = {0};
  base_arena tmp;
  base_arena_init(&tmp);
  c.a = a;
  c.tmp = &tmp;
  c.file = file;
  c.len = len;
  c.max_depth = lim && lim->max_depth ? lim->max_depth : IAC_DEFAULT_MAX_DEPTH;
  c.max_template_depth =
      lim && lim->max_template_depth ? lim->max_template_depth : IAC_DEFAULT_MAX_TEMPLATE_DEPTH;
  yyscan_t sc;
  if (hcl_yylex_init_extra(&c, &sc) != 0) {
    base_arena_free(&tmp);
    r.diag.line = 1;
    r.diag.col = 1;
    r.diag.message = "cannot initialise the HCL scanner";
    return r;
  }
  /* flex scans in place given two trailing NULs: one memcpy instead of
   * yy_scan_bytes' byte-by-byte copy. The copy is scratch (template literal
   * parts point into it until their template copies them into the tree; the
   * lexer copies identifiers): the tree does not carry the text, which
   * matters when the parse cache keeps trees for a whole scan. */
  char *text = base_xmalloc(len + 2 + HCL_SRC_PAD);
  memcpy(text, src, len);
  memset(text + len, 0, 2 + HCL_SRC_PAD);
  c.src = text;
  c.orig = src;
  c.line = 1;
  c.line_start = c.next = text;
  YY_BUFFER_STATE buf = hcl_yy_scan_buffer(text, len + 2, sc);
  int rc = hcl_yyparse(sc, &c);
  hcl_yy_delete_buffer(buf, sc);
  hcl_yylex_destroy(sc);
  free(text);
  if (rc != 0 || c.diag.message) {
    /* a lexer error (YYerror token) reaches no yyerror call: report it here */
    if (!c.diag.message && c.lex_err) iac_hcl_error(&c, c.lex_err_line, c.lex_err_col, c.lex_err);
    if (!c.diag.message) iac_hcl_error(&c, c.line, hcl_col_at(&c, c.next), "syntax error");
    r.diag = c.diag;
    base_arena_free(&tmp);
    return r;
  }
  base_arena_free(&tmp);
  r.body = c.result;
  r.warnings = c.warnings;
  r.n_warnings = c.n_warnings;
  return r;
}

hcl_expr *iac_hcl_parse_expr(base_arena *a, const char *file, const char *src, size_t len) {
  return iac_hcl_parse_expr_lim(a, file, src, len, NULL);
}

hcl_expr *iac_hcl_parse_expr_lim(base_arena *a, const char *file, const char *src, size_t len,
                                 const iac_limits *lim) {
  /* an expression is the value of a one-attribute body */
  char *s = base_arena_alloc(a, len + 6);
  memcpy(s, "v = ", 4);
  memcpy(s + 4, src, len);
  s[len + 4] = '\n';
  s[len + 5] = 0;
  hcl_parse_result r = iac_hcl_parse(a, file, s, len + 5, lim);
  if (!r.body || r.body->n_attrs != 1 || r.body->n_blocks) return NULL;
  return r.body->attrs[0].expr;
}
