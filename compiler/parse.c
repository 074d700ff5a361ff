/* parse.c — runs the reentrant scanner and pure parser over one source. */
#include <string.h>

#include "ast.h"
#include "lex.h"
#include "parser.h"
#define YYSTYPE CC_YYSTYPE
#define YYLTYPE CC_YYLTYPE
#include "lexer.h"

cc_file *cc_parse_source(base_arena *a, cc_diag *d, const cc_source *src) {
  cc_file *f = base_arena_calloc(a, sizeof *f);
  f->src = src;
  cc_lex L = {0};
  L.arena = a;
  L.diag = d;
  L.src = src;
  L.file = f;
  L.line = L.col = 1;
  yyscan_t sc;
  if (cc_yylex_init_extra(&L, &sc) != 0) cc_lex_fatal("cannot initialise the scanner");
  /* yy_scan_bytes copies the text: sources need not be NUL-terminated */
  cc_yy_scan_bytes(src->text ? src->text : "", (int)(src->len > 0x7fffffff ? 0x7fffffff : src->len),
                   sc);
  cc_yyparse(sc, &L);
  cc_yylex_destroy(sc);
  f->comments = base_arena_calloc(a, sizeof(cc_comment) * (L.comments.n + 1));
  for (uint32_t i = 0; i < L.comments.n; i++)
    f->comments[i] = *(cc_comment *)L.comments.v[i];
  f->n_comments = L.comments.n;
  return f;
}

static const char *tok_name(int t) {
  switch (t) {
  case IDENT: return "IDENT";
  case NUMBER: return "NUMBER";
  case STR_TEXT: return "STR_TEXT";
  case STR_OPEN: return "STR_OPEN";
  case STR_CLOSE: return "STR_CLOSE";
  case INTERP_OPEN: return "INTERP_OPEN";
  case INTERP_CLOSE: return "INTERP_CLOSE";
  case EQ: return "EQ";
  case NE: return "NE";
  case LE: return "LE";
  case GE: return "GE";
  case QQ: return "QQ";
  default: return t >= KW_MODULE && t <= KW_FIRST ? "KW" : "PUNCT";
  }
}

void cc_lex_dump(const cc_source *src, FILE *out) {
  base_arena a;
  base_arena_init(&a);
  cc_diag d = {out, 0, 0, false, 0};
  cc_file *f = base_arena_calloc(&a, sizeof *f);
  f->src = src;
  cc_lex L = {0};
  L.arena = &a;
  L.diag = &d;
  L.src = src;
  L.file = f;
  L.line = L.col = 1;
  yyscan_t sc;
  if (cc_yylex_init_extra(&L, &sc) != 0) cc_lex_fatal("cannot initialise the scanner");
  cc_yy_scan_bytes(src->text, (int)src->len, sc);
  CC_YYSTYPE v;
  cc_loc loc;
  int t;
  while ((t = cc_yylex(&v, &loc, sc)) != 0) {
    fprintf(out, "%u:%u %s", loc.line, loc.col, tok_name(t));
    if (t == IDENT || (t >= KW_MODULE && t <= KW_FIRST))
      fprintf(out, " %s", v.str);
    else if (t == NUMBER)
      fprintf(out, " %.17g", v.num);
    else if (t == STR_TEXT)
      fprintf(out, " [%.*s]", (int)v.text.len, v.text.s);
    else if (t < 128 && strchr("(){}[].,:=<>*+-/%", t))
      fprintf(out, " %c", t);
    fputc('\n', out);
  }
  for (uint32_t i = 0; i < L.comments.n; i++) {
    cc_comment *c = L.comments.v[i];
    fprintf(out, "%u:%u COMMENT%s %s\n", c->line, c->col, c->trailing ? " trailing" : "", c->text);
  }
  cc_yylex_destroy(sc);
  base_arena_free(&a);
}
