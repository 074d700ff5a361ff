/* lex.h — state shared by the flex scanner (lexer.l) and its helpers (lex.c). */
#ifndef VIGIL_CC_LEX_H
#define VIGIL_CC_LEX_H

#include "ast.h"

typedef struct cc_text {
  const char *s;
  uint32_t len;
} cc_text;

typedef struct cc_lex {
  base_arena *arena;
  cc_diag *diag;
  const cc_source *src;
  cc_file *file;
  uint32_t off, line, col;  /* position of the next character */
  uint32_t last_code_line;  /* line where the last code token ended */
  char stack[CC_MAX_DEPTH]; /* open brackets: 'b' ( [, '{' block/map, 'i' interpolation, '"' string
                             */
  cc_loc stack_loc[CC_MAX_DEPTH];
  int sp;
  bool fatal; /* nesting too deep: the scanner returns end of input from now on */
  uint32_t err_line; /* line of the last reported syntax error (parser.y's recovery) */
  cc_vec comments;
} cc_lex;

/* The location type and token values shared with parser.y. */
#define CC_LOC_TYPE cc_loc

int cc_lex_advance(cc_lex *x, cc_loc *loc, const char *text, size_t len, int in_string);
void cc_lex_comment(cc_lex *x, const cc_loc *loc, const char *text, size_t len);
void cc_lex_error(cc_lex *x, cc_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void cc_lex_bad_char(cc_lex *x, cc_loc loc, unsigned char c);
int cc_lex_push(cc_lex *x, cc_loc loc, char what);
void cc_lex_pop_bracket(cc_lex *x);
int cc_lex_close_brace(cc_lex *x);
void cc_lex_pop_string(cc_lex *x);
void cc_lex_unterminated(cc_lex *x);
cc_text cc_lex_text(cc_lex *x, const char *s, size_t len);
void cc_lex_fatal(const char *msg) __attribute__((noreturn));

#endif
