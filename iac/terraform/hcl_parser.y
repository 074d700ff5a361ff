/* hcl_parser.y — HCL2 native syntax grammar (hashicorp/hcl hclsyntax/spec.md).
 *
 * Builds the tree of hcl.h in the parse context's arena. Operator precedence
 * is the spec's: unary ! -, then * / %, + -, comparisons, == !=, &&, ||, and
 * the conditional last. Newline tokens come from the lexer only where they
 * separate items (bodies and object constructors). Templates are collected as
 * flat part lists and shaped by iac_hcl_make_template (hcl.c). */
%define api.pure full
%define api.prefix {hcl_yy}
%define parse.error custom
%define api.value.type {hcl_sem}
%define api.token.raw
%param {void *scanner}
%parse-param {hcl_ctx *c}

%code requires {
#include "hcl_int.h"
/* A symbol's location (hcl_loc) travels in its semantic value: bison's own
 * location stack cost every shift and reduction a second push and every
 * reduction a YYLLOC_DEFAULT; `yyval = $1` before each action gives a
 * nonterminal the location of its first symbol for free.
 * 16 bytes: one pointer-sized value and its location */
typedef struct hcl_sem {
  union {
    const char *str;
    int flag;
    hcl_expr *e;
    hcl_vec *vec;
    hcl_tpart *tp;
    hcl_item *item;
    hcl_for_head *fh;
  };
  hcl_loc loc;
} hcl_sem;
}

%code {
#include <stdlib.h>
#include <string.h>

int hcl_yylex(HCL_YYSTYPE *lval, void *scanner);
static void hcl_yyerror(void *scanner, hcl_ctx *c, const char *msg);

/* $<loc>N: where symbol N starts (an empty rule's is garbage: no action
 * reads it) */
#define L(l) (l).line, (l).col
#define NEW(k, l) iac_hcl_expr_new(c->a, (k), L(l))

_Static_assert(sizeof(hcl_sem) == 16, "a semantic value is a pointer and a location");

/* Lists are built in the scratch arena; the tree gets an exact-size copy
 * (iac_hcl_vec_copy) or the items are consumed (bodies, template parts). */
static hcl_vec *tmp_vec(hcl_ctx *c) {
  hcl_vec *v = base_arena_alloc_fast(c->tmp, sizeof *v);
  *v = (hcl_vec){0};
  return v;
}

static hcl_expr *binop(hcl_ctx *c, char op, hcl_expr *x, hcl_expr *y) {
  hcl_expr *e = iac_hcl_expr_new(c->a, HX_BINARY, x->line, x->col);
  e->op = op;
  e->a = x;
  e->b = y;
  return e;
}

static hcl_expr *items_expr(hcl_ctx *c, hcl_expr *e, hcl_vec *v) {
  e->items = (hcl_expr **)iac_hcl_vec_copy(c->a, v);
  e->n = v->n;
  return e;
}

static hcl_tpart *tpart(hcl_ctx *c, hcl_tpart_kind k, hcl_loc loc) {
  hcl_tpart *p = base_arena_alloc_fast(c->tmp, sizeof *p);
  *p = (hcl_tpart){.kind = (uint8_t)k, .line = loc.line,
                   .col = loc.col};
  return p;
}

static hcl_for_head *for_head(hcl_ctx *c, const char *k, const char *v, hcl_expr *coll) {
  hcl_for_head *h = base_arena_alloc_fast(c->tmp, sizeof *h);
  *h = (hcl_for_head){k, v, coll};
  return h;
}

/* A body item and its attribute in one scratch allocation (the body copies
 * the attribute). */
static hcl_item *attr_item(hcl_ctx *c, const char *name, hcl_loc loc, hcl_expr *e) {
  struct {
    hcl_item it;
    hcl_attr a;
  } *m = base_arena_alloc_fast(c->tmp, sizeof *m);
  m->a = (hcl_attr){.name = name, .line = loc.line,
                    .col = loc.col, .expr = e};
  m->it = (hcl_item){.attr = &m->a};
  return &m->it;
}

static hcl_item *block_item(hcl_ctx *c, const hcl_block *b);

/* `type labels { inner }`: at is the type's location, brace the `{`'s, end
 * the `}`'s */
static hcl_item *block(hcl_ctx *c, const char *type, hcl_loc at, hcl_vec *labels, hcl_vec *inner,
                       hcl_loc brace, hcl_loc end) {
  hcl_block b = {.type = type, .line = at.line, .col = at.col};
  b.labels = (const char **)iac_hcl_vec_copy(c->a, labels);
  b.n_labels = labels->n;
  b.body = iac_hcl_make_body(c, inner, L(brace));
  b.end_line = end.line;
  return block_item(c, &b);
}

static hcl_item *block_item(hcl_ctx *c, const hcl_block *b) {
  struct {
    hcl_item it;
    hcl_block b;
  } *m = base_arena_alloc_fast(c->tmp, sizeof *m);
  m->b = *b;
  m->it = (hcl_item){.blk = &m->b};
  return &m->it;
}

#define ident_expr iac_hcl_ident_expr

static hcl_expr *attr_step(hcl_ctx *c, hcl_expr *base, const char *name, hcl_loc loc) {
  hcl_expr *s = iac_hcl_expr_new(c->a, HX_ATTR, L(loc));
  s->name = name;
  return iac_hcl_traverse(c, base, s);
}

/* a `.0` legacy index; `.0.1` reads as the number "0.1", which HCL rejects too */
static hcl_expr *legacy_index(hcl_ctx *c, hcl_expr *base, const char *num, hcl_loc loc) {
  if (strpbrk(num, ".eE")) {
    iac_hcl_error(c, L(loc), "invalid legacy index: use [N] for each index");
    return NULL;
  }
  hcl_expr *s = iac_hcl_expr_new(c->a, HX_ATTR, L(loc));
  s->name = num;
  s->is_index = true;
  return iac_hcl_traverse(c, base, s);
}
}

%token <str> IDENT "identifier" NUMBER "number"
%token <tp> TLIT "template literal"
%token <flag> TINTERP "${" TIF "%{if" TELSE "%{else" TENDIF "%{endif" TFOR "%{for"
%token <flag> TENDFOR "%{endfor" TCLOSE "closing }" OHEREDOC "heredoc"
%token <e> STRING "string"
%token NL "newline" OQUOTE "opening quote" CQUOTE "closing quote" CHEREDOC "heredoc end marker"
%token FOR "for" IN "in" IF "if"
%token EQ "==" NE "!=" LE "<=" GE ">=" AND "&&" OR "||" ARROW "=>" ELLIPSIS "..."
/* Two tokens stand for runs of the ones above, so that the commonest spans
 * cost one token and at most one reduction (hcl_lexer.l says where the lexer
 * makes them). They are accepted exactly where the first token of their run
 * is, and lead to the states that run leads to: a syntax error is found at
 * the same place, and yyreport_syntax_error names them as that first token
 * and leaves them out of the expected tokens, so diagnostics are those of
 * the grammar without them. ATTR: `name =` where a body item or an object
 * key starts (IDENT '='); DOTCHAIN: `.a.b` after an expression ('.' IDENT
 * ...), its value the attribute steps linked through their `a` (hcl_lexer.l);
 * TRAV: `a.b.c` where only an expression can start (IDENT DOTCHAIN), its
 * value the traversal expression; RBNL: a block's `}` and the newline run
 * after it ('}' NL), which ends the block item and its body line in one
 * reduction; CALL: `name(` where only an operand can start (IDENT '('). */
%token <str> ATTR "attribute name"
%token <e> DOTCHAIN "attribute traversal"
%token <e> TRAV "traversal"
%token RBNL "closing brace and newline"
%token <str> CALL "function name"

/* The one-character tokens, named so that yylex returns symbol numbers
 * (api.token.raw: no translation per token); declared in the order bison
 * gave them as character literals, which is the order expected tokens are
 * listed in. */
%token QUESTION "'?'" COLON "':'" LT "'<'" GT "'>'" PLUS "'+'" MINUS "'-'" STAR "'*'" SLASH "'/'"
%token PERCENT "'%'" BANG "'!'" UMINUS DOT "'.'" LBRACKET "'['" EQUALS "'='" LBRACE "'{'"
%token RBRACE "'}'" RBRACKET "']'" LPAREN "'('" RPAREN "')'" COMMA "','"

%type <vec> body inner labels tparts exprs obj_list obj_inner
%type <item> item
%type <e> expr template tuple object call
%type <tp> tpart
%type <str> ident_any keyword
%type <fh> for_head
%type <flag> opt_ellipsis
%type <e> opt_if

%right QUESTION COLON
%left OR
%left AND
%left EQ NE
%left LT GT LE GE
%left PLUS MINUS
%left STAR SLASH PERCENT
%precedence BANG UMINUS
%precedence DOT LBRACKET DOTCHAIN

%%

file: body { c->result = iac_hcl_make_body(c, $1, 1, 1); }
    ;

body: %empty { $$ = tmp_vec(c); }
    | body NL { $$ = $1; }
    | body item NL { iac_hcl_vec_push(c->tmp, $1, $2); $$ = $1; }
    | body ident_any labels LBRACE inner RBNL {
        iac_hcl_vec_push(c->tmp, $1, block(c, $2, $<loc>2, $3, $5, $<loc>4, $<loc>6)); $$ = $1; }
    ;

inner: body
     | body item { iac_hcl_vec_push(c->tmp, $1, $2); $$ = $1; }
     ;

/* the attribute or block is copied into its body (iac_hcl_make_body) */
item: ATTR expr { $$ = attr_item(c, $1, $<loc>1, $2); }
    | IDENT EQUALS expr { $$ = attr_item(c, $1, $<loc>1, $3); }
    | keyword EQUALS expr { $$ = attr_item(c, $1, $<loc>1, $3); }
    | ident_any labels LBRACE inner RBRACE { $$ = block(c, $1, $<loc>1, $2, $4, $<loc>3, $<loc>5); }
    ;

labels: %empty { $$ = tmp_vec(c); }
      | labels IDENT { iac_hcl_vec_push(c->tmp, $1, (void *)$2); $$ = $1; }
      | labels STRING { iac_hcl_vec_push(c->tmp, $1, (void *)$2->lit->u.str); $$ = $1; }
      | labels template {
          if ($2->kind != HX_LIT || $2->lit->kind != DOC_STRING) {
            iac_hcl_error(c, L($<loc>2), "block labels must be literal strings");
            YYABORT;
          }
          iac_hcl_vec_push(c->tmp, $1, (void *)$2->lit->u.str); $$ = $1; }
      ;

/* A name where a keyword may stand too. Rules that are common spell out
 * IDENT and keyword apart: a unit reduction per name is a visible share of
 * a parse. */
ident_any: IDENT | keyword ;
keyword: FOR { $$ = "for"; } | IN { $$ = "in"; } | IF { $$ = "if"; } ;

expr: expr QUESTION expr COLON expr {
        $$ = NEW(HX_COND, $<loc>1); $$->line = $1->line; $$->col = $1->col;
        $$->a = $1; $$->b = $3; $$->c = $5; }
    | expr OR expr { $$ = binop(c, '|', $1, $3); }
    | expr AND expr { $$ = binop(c, '&', $1, $3); }
    | expr EQ expr { $$ = binop(c, '=', $1, $3); }
    | expr NE expr { $$ = binop(c, 'n', $1, $3); }
    | expr LT expr { $$ = binop(c, '<', $1, $3); }
    | expr GT expr { $$ = binop(c, '>', $1, $3); }
    | expr LE expr { $$ = binop(c, 'l', $1, $3); }
    | expr GE expr { $$ = binop(c, 'g', $1, $3); }
    | expr PLUS expr { $$ = binop(c, '+', $1, $3); }
    | expr MINUS expr { $$ = binop(c, '-', $1, $3); }
    | expr STAR expr { $$ = binop(c, '*', $1, $3); }
    | expr SLASH expr { $$ = binop(c, '/', $1, $3); }
    | expr PERCENT expr { $$ = binop(c, '%', $1, $3); }
    | BANG expr { $$ = NEW(HX_UNARY, $<loc>1); $$->op = '!'; $$->a = $2; }
    | MINUS expr %prec UMINUS { $$ = NEW(HX_UNARY, $<loc>1); $$->op = '-'; $$->a = $2; }
    /* traversals bind tightest (DOT and LBRACKET have the highest precedence):
       -a.b is -(a.b), x + y[0] is x + (y[0]) */
    | expr DOTCHAIN {
        $$ = $1;
        for (hcl_expr *s = $2, *next; s; s = next) {
          next = s->a; /* the lexer's link; traverse sets a */
          $$ = iac_hcl_traverse(c, $$, s);
        } }
    | expr DOT IDENT { $$ = attr_step(c, $1, $3, $<loc>3); }
    | expr DOT keyword { $$ = attr_step(c, $1, $3, $<loc>3); }
    | expr DOT NUMBER { $$ = legacy_index(c, $1, $3, $<loc>3); if (!$$) YYABORT; }
    | expr DOT STAR { $$ = iac_hcl_traverse(c, $1, NEW(HX_SPLAT, $<loc>2)); }
    | expr LBRACKET STAR RBRACKET { $$ = iac_hcl_traverse(c, $1, NEW(HX_SPLAT, $<loc>2)); }
    | expr LBRACKET expr RBRACKET {
        hcl_expr *s = NEW(HX_INDEX, $<loc>2); s->b = $3; $$ = iac_hcl_traverse(c, $1, s); }
    /* operands */
    | NUMBER {
           $$ = NEW(HX_LIT, $<loc>1);
           $$->lit = iac_doc_number(c->a, strtod($1, NULL), L($<loc>1)); }
    | IDENT { $$ = ident_expr(c, $1, $<loc>1); }
    | TRAV
    | STRING
    | template
    | tuple
    | object
    | call
    | LPAREN expr RPAREN { $$ = NEW(HX_PAREN, $<loc>1); $$->a = $2; }
    ;

call: IDENT LPAREN RPAREN { $$ = NEW(HX_CALL, $<loc>1); $$->name = $1; }
    | IDENT LPAREN exprs RPAREN { $$ = items_expr(c, NEW(HX_CALL, $<loc>1), $3); $$->name = $1; }
    | IDENT LPAREN exprs COMMA RPAREN { $$ = items_expr(c, NEW(HX_CALL, $<loc>1), $3); $$->name = $1; }
    | IDENT LPAREN exprs ELLIPSIS RPAREN {
        $$ = items_expr(c, NEW(HX_CALL, $<loc>1), $3); $$->name = $1; $$->expand = true; }
    | CALL RPAREN { $$ = NEW(HX_CALL, $<loc>1); $$->name = $1; }
    | CALL exprs RPAREN { $$ = items_expr(c, NEW(HX_CALL, $<loc>1), $2); $$->name = $1; }
    | CALL exprs COMMA RPAREN { $$ = items_expr(c, NEW(HX_CALL, $<loc>1), $2); $$->name = $1; }
    | CALL exprs ELLIPSIS RPAREN {
        $$ = items_expr(c, NEW(HX_CALL, $<loc>1), $2); $$->name = $1; $$->expand = true; }
    ;

exprs: expr { $$ = tmp_vec(c); iac_hcl_vec_push(c->tmp, $$, $1); }
     | exprs COMMA expr { iac_hcl_vec_push(c->tmp, $1, $3); $$ = $1; }
     ;

tuple: LBRACKET RBRACKET { $$ = NEW(HX_TUPLE, $<loc>1); }
     | LBRACKET exprs RBRACKET { $$ = items_expr(c, NEW(HX_TUPLE, $<loc>1), $2); }
     | LBRACKET exprs COMMA RBRACKET { $$ = items_expr(c, NEW(HX_TUPLE, $<loc>1), $2); }
     | LBRACKET FOR for_head COLON expr opt_if RBRACKET {
         $$ = NEW(HX_FOR, $<loc>1); $$->key_var = $3->k; $$->name = $3->v; $$->a = $3->coll;
         $$->b = $5; $$->c = $6; }
     ;

for_head: ident_any IN expr { $$ = for_head(c, NULL, $1, $3); }
        | ident_any COMMA ident_any IN expr { $$ = for_head(c, $1, $3, $5); }
        ;

opt_if: %empty { $$ = NULL; }
      | IF expr { $$ = $2; }
      ;

opt_ellipsis: %empty { $$ = 0; }
            | ELLIPSIS { $$ = 1; }
            ;

object: LBRACE obj_inner RBRACE { $$ = items_expr(c, NEW(HX_OBJECT, $<loc>1), $2); }
      | LBRACE FOR for_head COLON expr ARROW expr opt_ellipsis opt_if RBRACE {
          $$ = NEW(HX_FOR, $<loc>1); $$->obj_for = true;
          $$->key_var = $3->k; $$->name = $3->v; $$->a = $3->coll;
          $$->d = $5; $$->b = $7; $$->expand = $8; $$->c = $9; }
      ;

obj_list: %empty { $$ = tmp_vec(c); }
        | obj_list NL { $$ = $1; }
        | obj_list ATTR expr NL {
            iac_hcl_vec_push(c->tmp, $1, ident_expr(c, $2, $<loc>2));
            iac_hcl_vec_push(c->tmp, $1, $3); $$ = $1; }
        | obj_list ATTR expr COMMA {
            iac_hcl_vec_push(c->tmp, $1, ident_expr(c, $2, $<loc>2));
            iac_hcl_vec_push(c->tmp, $1, $3); $$ = $1; }
        | obj_list expr EQUALS expr NL {
            iac_hcl_vec_push(c->tmp, $1, $2); iac_hcl_vec_push(c->tmp, $1, $4); $$ = $1; }
        | obj_list expr COLON expr NL {
            iac_hcl_vec_push(c->tmp, $1, $2); iac_hcl_vec_push(c->tmp, $1, $4); $$ = $1; }
        | obj_list expr EQUALS expr COMMA {
            iac_hcl_vec_push(c->tmp, $1, $2); iac_hcl_vec_push(c->tmp, $1, $4); $$ = $1; }
        | obj_list expr COLON expr COMMA {
            iac_hcl_vec_push(c->tmp, $1, $2); iac_hcl_vec_push(c->tmp, $1, $4); $$ = $1; }
        ;

obj_inner: obj_list
         | obj_list ATTR expr {
             iac_hcl_vec_push(c->tmp, $1, ident_expr(c, $2, $<loc>2));
             iac_hcl_vec_push(c->tmp, $1, $3); $$ = $1; }
         | obj_list expr EQUALS expr {
             iac_hcl_vec_push(c->tmp, $1, $2); iac_hcl_vec_push(c->tmp, $1, $4); $$ = $1; }
         | obj_list expr COLON expr {
             iac_hcl_vec_push(c->tmp, $1, $2); iac_hcl_vec_push(c->tmp, $1, $4); $$ = $1; }
         ;

/* a STRING is its literal expression already (the lexer made it): it is an
 * expr or a label without a template reduction */
template: OQUOTE tparts CQUOTE { $$ = iac_hcl_make_template(c, $2, false, L($<loc>1)); if (!$$) YYABORT; }
        | OHEREDOC tparts CHEREDOC {
            $$ = iac_hcl_make_heredoc(c, $2, $1 != 0, L($<loc>1)); if (!$$) YYABORT; }
        ;

/* TLIT parts are built by the lexer (and pushed without a tpart reduction) */
tparts: %empty { $$ = tmp_vec(c); }
      | tparts TLIT { iac_hcl_vec_push(c->tmp, $1, $2); $$ = $1; }
      | tparts tpart { iac_hcl_vec_push(c->tmp, $1, $2); $$ = $1; }
      ;

tpart: TINTERP expr TCLOSE { $$ = tpart(c, TP_EXPR, $<loc>1); $$->e = $2; $$->strip_l = $1; $$->strip_r = $3; }
     | TIF expr TCLOSE { $$ = tpart(c, TP_IF, $<loc>1); $$->e = $2; $$->strip_l = $1; $$->strip_r = $3; }
     | TELSE TCLOSE { $$ = tpart(c, TP_ELSE, $<loc>1); $$->strip_l = $1; $$->strip_r = $2; }
     | TENDIF TCLOSE { $$ = tpart(c, TP_ENDIF, $<loc>1); $$->strip_l = $1; $$->strip_r = $2; }
     | TFOR for_head TCLOSE {
         $$ = tpart(c, TP_FOR, $<loc>1); $$->key_var = $2->k; $$->val_var = $2->v; $$->e = $2->coll;
         $$->strip_l = $1; $$->strip_r = $3; }
     | TENDFOR TCLOSE { $$ = tpart(c, TP_ENDFOR, $<loc>1); $$->strip_l = $1; $$->strip_r = $2; }
     ;

%%

/* Bison's "verbose" message of the grammar without the token runs (see
 * ATTR): a run is named as the token it starts with (the STRING token, a
 * whole simple string, as the OQUOTE it stands for) and left out of the
 * expected tokens, STRING counted as OQUOTE would be. At most four expected
 * tokens are listed, none when there are more. */
static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, hcl_ctx *c) {
  (void)scanner;
  if (c->lex_err) {
    iac_hcl_error(c, c->lex_err_line, c->lex_err_col, c->lex_err);
    return 0;
  }
  const hcl_loc *l = c->lookahead;
  yysymbol_kind_t tok = yypcontext_token(ctx);
  if (tok == YYSYMBOL_YYEMPTY) {
    iac_hcl_error(c, L(*l), "syntax error");
    return 0;
  }
  /* the token a run stands for (see ATTR) */
  if (tok == YYSYMBOL_STRING) tok = YYSYMBOL_OQUOTE;
  else if (tok == YYSYMBOL_ATTR || tok == YYSYMBOL_TRAV || tok == YYSYMBOL_CALL)
    tok = YYSYMBOL_IDENT;
  else if (tok == YYSYMBOL_DOTCHAIN) tok = YYSYMBOL_DOT;
  else if (tok == YYSYMBOL_RBNL) tok = YYSYMBOL_RBRACE;
  yysymbol_kind_t all[YYNTOKENS], exp[5];
  int n = yypcontext_expected_tokens(ctx, all, YYNTOKENS), m = 0, k = 0;
  for (int i = 0; i < n; i++)
    if (all[i] != YYSYMBOL_ATTR && all[i] != YYSYMBOL_DOTCHAIN && all[i] != YYSYMBOL_TRAV &&
        all[i] != YYSYMBOL_RBNL && all[i] != YYSYMBOL_CALL)
      all[m++] = all[i];
  /* more than five tokens (the simple string counted): none listed */
  for (int i = 0; i < m && m <= 5; i++)
    if (all[i] != YYSYMBOL_STRING) exp[k++] = all[i];
  if (k > 4) k = 0;
  base_strbuf b = {c->a, NULL, 0, 0};
  const char *un = "unexpected ";
  base_strbuf_add(&b, un, strlen(un));
  base_strbuf_add(&b, yysymbol_name(tok), strlen(yysymbol_name(tok)));
  for (int i = 0; i < k; i++) {
    const char *sep = i ? " or " : ", expecting ";
    base_strbuf_add(&b, sep, strlen(sep));
    base_strbuf_add(&b, yysymbol_name(exp[i]), strlen(yysymbol_name(exp[i])));
  }
  iac_hcl_error(c, L(*l), b.p);
  return 0;
}

static void hcl_yyerror(void *scanner, hcl_ctx *c, const char *msg) {
  (void)scanner;
  if (c->lex_err) iac_hcl_error(c, c->lex_err_line, c->lex_err_col, c->lex_err);
  else iac_hcl_error(c, L(*c->lookahead), msg);
}
