/* parser.y — grammar of the rule language (pure bison, locations, recovery).
 *
 * Statements and rule attributes need no separators: every statement starts
 * with a keyword (let, when, expect, for) and no expression can be continued
 * by one. Errors recover at statement, rule-attribute and top-level item
 * boundaries so several syntax errors are reported in one run. */
%define api.pure full
%define api.prefix {cc_yy}
%define api.location.type {cc_loc}
%define parse.error custom
%locations
%param {void *scanner}
%parse-param {cc_lex *L}

%code requires {
#include "ast.h"
#include "lex.h"
}

%code provides {
int cc_yylex(CC_YYSTYPE *lval, cc_loc *lloc, void *scanner);
}

%code {
#include <string.h>

#define YYMAXDEPTH 20000
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
  do {                                                                \
    if (N) {                                                          \
      (Cur).line = YYRHSLOC(Rhs, 1).line;                             \
      (Cur).col = YYRHSLOC(Rhs, 1).col;                               \
      (Cur).off = YYRHSLOC(Rhs, 1).off;                               \
      (Cur).end_line = YYRHSLOC(Rhs, N).end_line;                     \
      (Cur).end_col = YYRHSLOC(Rhs, N).end_col;                       \
      (Cur).end_off = YYRHSLOC(Rhs, N).end_off;                       \
    } else {                                                          \
      (Cur).line = (Cur).end_line = YYRHSLOC(Rhs, 0).end_line;        \
      (Cur).col = (Cur).end_col = YYRHSLOC(Rhs, 0).end_col;           \
      (Cur).off = (Cur).end_off = YYRHSLOC(Rhs, 0).end_off;           \
    }                                                                 \
  } while (0)

#define A (L->arena)

static void cc_yyerror(cc_loc *loc, void *scanner, cc_lex *L, const char *msg) {
  (void)scanner;
  if (L->fatal) return;
  if (!strcmp(msg, "memory exhausted")) {
    cc_lex_error(L, *loc, "nesting too deep (more than %d levels)", CC_MAX_DEPTH);
    L->fatal = true;
    return;
  }
  L->err_line = loc->line;
  cc_lex_error(L, *loc, "%s", msg);
}

static cc_expr *check_depth(cc_lex *L, cc_expr *e) {
  cc_expr_fix_depth(e);
  if (e->depth == CC_MAX_DEPTH + 1 && !L->fatal) {
    /* a long chain of one left-associative operator nests like brackets do */
    if (e->kind == CC_E_BIN && e->a->kind == CC_E_BIN && e->a->op == e->op)
      cc_lex_error(L, e->loc, "expression too large (more than %d operands chained with '%s')",
                   CC_MAX_DEPTH, cc_binop_text((cc_binop)e->op));
    else
      cc_lex_error(L, e->loc, "nesting too deep (more than %d levels)", CC_MAX_DEPTH);
    L->fatal = true;
  }
  return e;
}

/* Error recovery. After a syntax error bison reports nothing until three
 * tokens have been shifted, so an error right after another one is lost even
 * on the next line. A keyword that starts a statement, selector or item on a
 * later line than the last reported error clearly begins something new:
 * yyerrstatus drops to 1, so if the parser can shift that keyword, errors from
 * the next token on are reported again; if it cannot (the recovery has not
 * reached a place where it fits), the error stays quiet as before and the
 * keyword is discarded. yyerrstatus is yacc.c's recovery counter (yyerrok
 * sets it to 0); this hook is the only place outside bison that touches it. */
static int next_token(CC_YYSTYPE *v, cc_loc *loc, void *scanner, cc_lex *L, int *errstatus) {
  int t = cc_yylex(v, loc, scanner);
  if (*errstatus > 1 && L->err_line && loc->line > L->err_line) {
    switch (t) {
    case KW_MODULE:
    case KW_USE:
    case KW_CONST:
    case KW_PARAM:
    case KW_FN:
    case KW_RULE:
    case KW_FACT:
    case KW_EMIT:
    case KW_ON:
    case KW_LET:
    case KW_WHEN:
    case KW_EXPECT:
    case KW_FOR: *errstatus = 1; break;
    default: break;
    }
  }
  return t;
}
#undef yylex
#define yylex(v, loc, s) next_token(v, loc, s, L, &yyerrstatus)

static cc_expr *mk(cc_lex *L, cc_ek k, cc_loc loc) { return cc_expr_new(L->arena, k, loc); }

static cc_expr *mk_bin(cc_lex *L, cc_binop op, cc_expr *a, cc_expr *c, cc_loc loc) {
  cc_expr *e = mk(L, CC_E_BIN, loc);
  e->op = (uint8_t)op;
  e->a = a;
  e->c = c;
  return check_depth(L, e);
}

static cc_expr **vec_exprs(cc_vec v) { return (cc_expr **)v.v; }

/* A string's parts: adjacent text is merged; all-text gives CC_E_STR. */
static cc_expr *mk_string(cc_lex *L, cc_vec parts, cc_loc loc) {
  cc_vec out = {0};
  for (uint32_t i = 0; i < parts.n; i++) {
    cc_expr *p = parts.v[i];
    cc_expr *last = out.n ? out.v[out.n - 1] : NULL;
    if (p->kind == CC_E_STR && last && last->kind == CC_E_STR) {
      char *s = base_arena_alloc(A, (size_t)last->slen + p->slen + 1);
      memcpy(s, last->s, last->slen);
      memcpy(s + last->slen, p->s, p->slen);
      s[last->slen + p->slen] = 0;
      cc_expr *m = mk(L, CC_E_STR, last->loc);
      m->loc.end_line = p->loc.end_line;
      m->loc.end_col = p->loc.end_col;
      m->loc.end_off = p->loc.end_off;
      m->s = s;
      m->slen = last->slen + p->slen;
      out.v[out.n - 1] = m;
    } else {
      cc_vec_push(A, &out, p);
    }
  }
  if (out.n == 0) {
    cc_expr *e = mk(L, CC_E_STR, loc);
    e->s = "";
    return e;
  }
  if (out.n == 1 && ((cc_expr *)out.v[0])->kind == CC_E_STR) {
    cc_expr *e = out.v[0];
    e->loc = loc;
    return e;
  }
  cc_expr *e = mk(L, CC_E_INTERP, loc);
  e->items = vec_exprs(out);
  e->n = out.n;
  return check_depth(L, e);
}

static cc_item *mk_item(cc_lex *L, cc_ik k, cc_loc loc) {
  cc_item *it = base_arena_calloc(A, sizeof *it);
  it->kind = (uint8_t)k;
  it->loc = loc;
  it->file = L->file;
  return it;
}

static cc_stmt *mk_stmt(cc_lex *L, cc_sk k, cc_loc loc) {
  cc_stmt *s = base_arena_calloc(A, sizeof *s);
  s->kind = (uint8_t)k;
  s->loc = loc;
  return s;
}
}

%union {
  const char *str;
  double num;
  cc_text text;
  cc_expr *expr;
  cc_stmt *stmt;
  cc_item *item;
  cc_sel *sel;
  cc_meta *meta;
  cc_vec vec;
}

%token <str> IDENT "identifier"
%token <num> NUMBER "number"
%token <text> STR_TEXT "string text"
%token STR_OPEN "string" STR_CLOSE "end of string"
%token INTERP_OPEN "'{' in string" INTERP_CLOSE "'}' closing an interpolation"
%token EQ "'=='" NE "'!='" LE "'<='" GE "'>='" QQ "'??'"
%token <str> KW_MODULE "'module'" KW_USE "'use'" KW_CONST "'const'" KW_FN "'fn'"
%token <str> KW_RULE "'rule'" KW_ON "'on'" KW_AS "'as'" KW_LET "'let'" KW_WHEN "'when'"
%token <str> KW_EXPECT "'expect'" KW_AT "'at'" KW_ELSE "'else'" KW_FOR "'for'" KW_IN "'in'"
%token <str> KW_AND "'and'" KW_OR "'or'" KW_NOT "'not'" KW_TRUE "'true'" KW_FALSE "'false'"
%token <str> KW_NULL "'null'" KW_ANY "'any'" KW_ALL "'all'" KW_IF "'if'" KW_THEN "'then'"
%token <str> KW_FACT "'fact'" KW_EMIT "'emit'"
%token <str> KW_PARAM "'param'" KW_FILTER "'filter'" KW_MAP "'map'" KW_COUNT "'count'" KW_FIRST "'first'"

%type <expr> expr postfix primary string opt_at opt_else
%type <str> dotted fieldname opt_alias fmt_name
%type <num> binder
%type <vec> items stmts rule_body fact_body params_opt params args_opt args list_opt list map_opt map str_parts type_list block
%type <item> item
%type <stmt> stmt
%type <sel> selector
%type <meta> meta

%precedence KW_ELSE
%left KW_OR
%left KW_AND
%precedence KW_NOT
%nonassoc EQ NE '<' LE '>' GE KW_IN
%left '+' '-'
%left '*' '/' '%'
%left QQ

%%

file: items { L->file->items = (cc_item **)$1.v; L->file->n_items = $1.n; }
    ;

items: %empty { $$ = (cc_vec){0}; }
     | items item { $$ = $1; if ($2) cc_vec_push(A, &$$, $2); }
     ;

item: KW_MODULE dotted { $$ = mk_item(L, CC_I_MODULE, @$); $$->name = $2; $$->name_loc = @2; }
    | KW_USE dotted opt_alias {
        $$ = mk_item(L, CC_I_USE, @$); $$->name = $2; $$->name_loc = @2; $$->alias = $3; $$->alias_loc = @3;
      }
    | KW_CONST IDENT '=' expr { $$ = mk_item(L, CC_I_CONST, @$); $$->name = $2; $$->name_loc = @2; $$->e = $4; }
    | KW_PARAM IDENT '=' expr {
        $$ = mk_item(L, CC_I_CONST, @$); $$->name = $2; $$->name_loc = @2; $$->e = $4; $$->is_param = true;
      }
    | KW_FN IDENT '(' params_opt ')' '=' expr {
        $$ = mk_item(L, CC_I_FN, @$); $$->name = $2; $$->name_loc = @2; $$->e = $7;
        $$->n_params = $4.n;
        $$->params = base_arena_calloc(A, sizeof(char *) * ($4.n + 1));
        $$->param_locs = base_arena_calloc(A, sizeof(cc_loc) * ($4.n + 1));
        for (uint32_t i = 0; i < $4.n; i++) {
          cc_expr *p = $4.v[i];
          $$->params[i] = p->s;
          $$->param_locs[i] = p->loc;
        }
      }
    | KW_RULE IDENT '{' rule_body '}' {
        $$ = mk_item(L, CC_I_RULE, @$); $$->name = $2; $$->name_loc = @2; $$->end_loc = @5;
        cc_vec metas = {0}, sels = {0};
        for (uint32_t i = 0; i < $4.n; i++) {
          cc_meta *m = $4.v[i];
          if (m->key) cc_vec_push(A, &metas, m);
          else cc_vec_push(A, &sels, m->val);
        }
        $$->n_metas = metas.n;
        $$->metas = base_arena_calloc(A, sizeof(cc_meta) * (metas.n + 1));
        for (uint32_t i = 0; i < metas.n; i++) $$->metas[i] = *(cc_meta *)metas.v[i];
        $$->sels = (cc_sel **)sels.v; $$->n_sels = sels.n;
      }
    | KW_FACT IDENT '{' fact_body '}' {
        $$ = mk_item(L, CC_I_FACT, @$); $$->name = $2; $$->name_loc = @2; $$->end_loc = @5;
        $$->sels = (cc_sel **)$4.v; $$->n_sels = $4.n;
      }
    | error { $$ = NULL; }
    ;

/* A fact holds only selectors (no attributes). */
fact_body: %empty { $$ = (cc_vec){0}; }
         | fact_body selector { $$ = $1; cc_vec_push(A, &$$, $2); }
         | fact_body error { $$ = $1; }
         ;

dotted: IDENT { $$ = $1; }
      | dotted '.' IDENT { $$ = base_arena_printf(A, "%s.%s", $1, $3); }
      ;

opt_alias: %empty { $$ = NULL; }
         | KW_AS IDENT { $$ = $2; }
         ;

params_opt: %empty { $$ = (cc_vec){0}; }
          | params { $$ = $1; }
          ;
params: IDENT { $$ = (cc_vec){0}; cc_expr *p = mk(L, CC_E_IDENT, @1); p->s = $1; cc_vec_push(A, &$$, p); }
      | params ',' IDENT { $$ = $1; cc_expr *p = mk(L, CC_E_IDENT, @3); p->s = $3; cc_vec_push(A, &$$, p); }
      ;

/* Rule attributes and selectors share one list; a cc_meta with key NULL
 * carries a selector (in val, cast) so source order is kept. */
rule_body: %empty { $$ = (cc_vec){0}; }
         | rule_body meta { $$ = $1; if ($2) cc_vec_push(A, &$$, $2); }
         ;

meta: IDENT expr { $$ = base_arena_calloc(A, sizeof *$$); $$->key = $1; $$->loc = @1; $$->val = $2; }
    | selector { $$ = base_arena_calloc(A, sizeof *$$); $$->val = (cc_expr *)$1; }
    | error { $$ = NULL; }
    ;

selector: KW_ON fmt_name IDENT type_list KW_AS IDENT block {
            $$ = base_arena_calloc(A, sizeof *$$);
            $$->loc = @$; $$->format = $2; $$->format_loc = @2; $$->kind = $3; $$->kind_loc = @3;
            $$->types = (cc_expr **)$4.v; $$->n_types = $4.n; $$->as = $6; $$->as_loc = @6;
            $$->body = (cc_stmt **)$7.v; $$->n_body = $7.n; $$->end_loc = @7;
            $$->end_loc.line = $$->end_loc.end_line; $$->end_loc.col = $$->end_loc.end_col;
            $$->end_loc.off = $$->end_loc.end_off - 1;
          }
        ;

fmt_name: IDENT { $$ = $1; }
        | KW_ANY { $$ = "any"; }
        ;

type_list: string { $$ = (cc_vec){0}; cc_vec_push(A, &$$, $1); }
         | type_list ',' string { $$ = $1; cc_vec_push(A, &$$, $3); }
         ;

block: '{' stmts '}' { $$ = $2; }
     ;

stmts: %empty { $$ = (cc_vec){0}; }
     | stmts stmt { $$ = $1; if ($2) cc_vec_push(A, &$$, $2); }
     ;

stmt: KW_LET IDENT '=' expr { $$ = mk_stmt(L, CC_S_LET, @$); $$->name = $2; $$->name_loc = @2; $$->e = $4; }
    | KW_WHEN expr { $$ = mk_stmt(L, CC_S_WHEN, @$); $$->e = $2; }
    | KW_EXPECT expr opt_at opt_else { $$ = mk_stmt(L, CC_S_EXPECT, @$); $$->e = $2; $$->at = $3; $$->msg = $4; }
    | KW_EMIT expr { $$ = mk_stmt(L, CC_S_EMIT, @$); $$->e = $2; }
    | KW_FOR IDENT KW_IN expr block {
        $$ = mk_stmt(L, CC_S_FOR, @$); $$->name = $2; $$->name_loc = @2; $$->e = $4;
        $$->body = (cc_stmt **)$5.v; $$->n_body = $5.n; $$->end_loc = @5;
        $$->end_loc.line = $$->end_loc.end_line; $$->end_loc.col = $$->end_loc.end_col;
        $$->end_loc.off = $$->end_loc.end_off - 1;
      }
    | error { $$ = NULL; }
    ;

opt_at: %empty { $$ = NULL; }
      | KW_AT expr { $$ = $2; }
      ;
opt_else: %empty { $$ = NULL; }
        | KW_ELSE expr { $$ = $2; }
        ;

expr: expr KW_OR expr { $$ = mk_bin(L, CC_OR, $1, $3, @$); }
    | expr KW_AND expr { $$ = mk_bin(L, CC_AND, $1, $3, @$); }
    | KW_NOT expr { $$ = mk(L, CC_E_NOT, @$); $$->a = $2; check_depth(L, $$); }
    | expr EQ expr { $$ = mk_bin(L, CC_EQ, $1, $3, @$); }
    | expr NE expr { $$ = mk_bin(L, CC_NE, $1, $3, @$); }
    | expr '<' expr { $$ = mk_bin(L, CC_LT, $1, $3, @$); }
    | expr LE expr { $$ = mk_bin(L, CC_LE, $1, $3, @$); }
    | expr '>' expr { $$ = mk_bin(L, CC_GT, $1, $3, @$); }
    | expr GE expr { $$ = mk_bin(L, CC_GE, $1, $3, @$); }
    | expr KW_IN expr { $$ = mk_bin(L, CC_IN, $1, $3, @$); }
    | expr QQ expr { $$ = mk_bin(L, CC_QQ, $1, $3, @$); }
    | expr '+' expr { $$ = mk_bin(L, CC_ADD, $1, $3, @$); }
    | expr '-' expr { $$ = mk_bin(L, CC_SUB, $1, $3, @$); }
    | expr '*' expr { $$ = mk_bin(L, CC_MUL, $1, $3, @$); }
    | expr '/' expr { $$ = mk_bin(L, CC_DIV, $1, $3, @$); }
    | expr '%' expr { $$ = mk_bin(L, CC_MOD, $1, $3, @$); }
    | KW_IF expr KW_THEN expr KW_ELSE expr %prec KW_ELSE {
        $$ = mk(L, CC_E_IF, @$); $$->a = $2; $$->c = $4;
        $$->items = base_arena_calloc(A, sizeof(cc_expr *) * 2); $$->items[0] = $6; $$->n = 1;
        check_depth(L, $$);
      }
    | postfix { $$ = $1; }
    ;

postfix: primary { $$ = $1; }
       | postfix '.' fieldname {
           $$ = mk(L, CC_E_FIELD, @$); $$->a = $1; $$->s = $3; $$->slen = (uint32_t)strlen($3); $$->name_loc = @3;
           check_depth(L, $$);
         }
       | postfix '[' expr ']' { $$ = mk(L, CC_E_INDEX, @$); $$->a = $1; $$->c = $3; check_depth(L, $$); }
       | postfix '[' '*' ']' { $$ = mk(L, CC_E_WILD, @$); $$->a = $1; check_depth(L, $$); }
       | postfix '(' args_opt ')' {
           $$ = mk(L, CC_E_CALL, @$); $$->items = vec_exprs($3); $$->n = $3.n;
           if ($1->kind == CC_E_IDENT) { $$->s = $1->s; $$->name_loc = $1->loc; }
           else if ($1->kind == CC_E_FIELD && $1->a->kind == CC_E_IDENT) {
             $$->s = $1->s; $$->qual = $1->a->s; $$->name_loc = $1->loc;
           } else {
             cc_lex_error(L, @1, "only functions can be called");
             $$->s = "";
           }
           check_depth(L, $$);
         }
       ;

fieldname: IDENT | KW_MODULE | KW_USE | KW_CONST | KW_FN | KW_RULE | KW_ON | KW_AS | KW_LET
         | KW_WHEN | KW_EXPECT | KW_AT | KW_ELSE | KW_FOR | KW_IN | KW_AND | KW_OR | KW_NOT
         | KW_TRUE | KW_FALSE | KW_NULL | KW_ANY | KW_ALL | KW_IF | KW_THEN | KW_PARAM
         | KW_FILTER | KW_MAP | KW_COUNT | KW_FIRST | KW_FACT | KW_EMIT
         ;

primary: NUMBER { $$ = mk(L, CC_E_NUM, @$); $$->num = $1; }
       | '-' NUMBER { $$ = mk(L, CC_E_NUM, @$); $$->num = -$2; }
       | string { $$ = $1; }
       | KW_TRUE { $$ = mk(L, CC_E_BOOL, @$); $$->b = true; }
       | KW_FALSE { $$ = mk(L, CC_E_BOOL, @$); $$->b = false; }
       | KW_NULL { $$ = mk(L, CC_E_NULL, @$); }
       | IDENT { $$ = mk(L, CC_E_IDENT, @$); $$->s = $1; }
       | '(' expr ')' { $$ = $2; $$->paren = true; }
       | '[' list_opt ']' { $$ = mk(L, CC_E_LIST, @$); $$->items = vec_exprs($2); $$->n = $2.n; check_depth(L, $$); }
       | '{' map_opt '}' {
           $$ = mk(L, CC_E_MAP, @$); $$->n = $2.n / 2;
           $$->keys = base_arena_calloc(A, sizeof(cc_expr *) * ($$->n + 1));
           $$->items = base_arena_calloc(A, sizeof(cc_expr *) * ($$->n + 1));
           for (uint32_t i = 0; i < $$->n; i++) { $$->keys[i] = $2.v[2 * i]; $$->items[i] = $2.v[2 * i + 1]; }
           check_depth(L, $$);
         }
       | KW_ANY '(' IDENT KW_IN expr ':' expr ')' {
           $$ = mk(L, CC_E_ANY, @$); $$->s = $3; $$->name_loc = @3; $$->a = $5; $$->c = $7; check_depth(L, $$);
         }
       | KW_ALL '(' IDENT KW_IN expr ':' expr ')' {
           $$ = mk(L, CC_E_ALL, @$); $$->s = $3; $$->name_loc = @3; $$->a = $5; $$->c = $7; check_depth(L, $$);
         }
       | binder '(' IDENT KW_IN expr ':' expr ')' {
           $$ = mk(L, (cc_ek)$1, @$); $$->s = $3; $$->name_loc = @3; $$->a = $5; $$->c = $7; check_depth(L, $$);
         }
       ;

binder: KW_FILTER { $$ = CC_E_FILTER; }
      | KW_MAP { $$ = CC_E_MAPX; }
      | KW_COUNT { $$ = CC_E_COUNT; }
      | KW_FIRST { $$ = CC_E_FIRST; }
      ;

string: STR_OPEN str_parts STR_CLOSE { $$ = mk_string(L, $2, @$); }
      ;

str_parts: %empty { $$ = (cc_vec){0}; }
         | str_parts STR_TEXT {
             $$ = $1; cc_expr *t = mk(L, CC_E_STR, @2); t->s = $2.s; t->slen = $2.len; cc_vec_push(A, &$$, t);
           }
         | str_parts INTERP_OPEN expr INTERP_CLOSE { $$ = $1; cc_vec_push(A, &$$, $3); }
         ;

args_opt: %empty { $$ = (cc_vec){0}; }
        | args { $$ = $1; }
        ;
args: expr { $$ = (cc_vec){0}; cc_vec_push(A, &$$, $1); }
    | args ',' expr { $$ = $1; cc_vec_push(A, &$$, $3); }
    ;

list_opt: %empty { $$ = (cc_vec){0}; }
        | list { $$ = $1; }
        | list ',' { $$ = $1; }
        ;
list: expr { $$ = (cc_vec){0}; cc_vec_push(A, &$$, $1); }
    | list ',' expr { $$ = $1; cc_vec_push(A, &$$, $3); }
    ;

map_opt: %empty { $$ = (cc_vec){0}; }
       | map { $$ = $1; }
       | map ',' { $$ = $1; }
       ;
map: fieldname ':' expr {
       $$ = (cc_vec){0}; cc_expr *k = mk(L, CC_E_STR, @1); k->s = $1; k->slen = (uint32_t)strlen($1);
       cc_vec_push(A, &$$, k); cc_vec_push(A, &$$, $3);
     }
   | string ':' expr { $$ = (cc_vec){0}; cc_vec_push(A, &$$, $1); cc_vec_push(A, &$$, $3); }
   | map ',' fieldname ':' expr {
       $$ = $1; cc_expr *k = mk(L, CC_E_STR, @3); k->s = $3; k->slen = (uint32_t)strlen($3);
       cc_vec_push(A, &$$, k); cc_vec_push(A, &$$, $5);
     }
   | map ',' string ':' expr { $$ = $1; cc_vec_push(A, &$$, $3); cc_vec_push(A, &$$, $5); }
   ;

%%

/* Token display for "unexpected X": the source text of the token. */
static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, cc_lex *L) {
  (void)scanner;
  if (L->fatal) return 0;
  char buf[512];
  size_t n = 0;
  yysymbol_kind_t tok = yypcontext_token(ctx);
  const cc_loc *loc = yypcontext_location(ctx);
  L->err_line = loc->line;
  if (tok == YYSYMBOL_YYEOF) {
    n += (size_t)snprintf(buf, sizeof buf, "unexpected end of input");
  } else if (tok == YYSYMBOL_STR_OPEN || tok == YYSYMBOL_NUMBER || tok == YYSYMBOL_STR_TEXT) {
    n += (size_t)snprintf(buf, sizeof buf, "unexpected %s", yysymbol_name(tok));
  } else {
    size_t len = loc->end_off > loc->off ? loc->end_off - loc->off : 0;
    if (len > 40) len = 40;
    const char *t = L->src->text + loc->off;
    int printable = len > 0;
    for (size_t i = 0; i < len; i++)
      if ((unsigned char)t[i] < 0x20 || (unsigned char)t[i] >= 0x7f) printable = 0;
    if (printable)
      n += (size_t)snprintf(buf, sizeof buf, "unexpected '%.*s'", (int)len, t);
    else
      n += (size_t)snprintf(buf, sizeof buf, "unexpected %s", yysymbol_name(tok));
  }
  /* a statement may start with six tokens (let when expect for emit, or '}') */
  yysymbol_kind_t exp[7];
  int ne = yypcontext_expected_tokens(ctx, exp, 7);
  if (ne > 0 && ne <= 6) {
    n += (size_t)snprintf(buf + n, sizeof buf - n, ", expected ");
    for (int i = 0; i < ne && n < sizeof buf; i++)
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i == 0 ? "" : i == ne - 1 ? " or " : ", ",
                            yysymbol_name(exp[i]));
  }
  cc_lex_error(L, *loc, "%s", buf);
  return 0;
}
