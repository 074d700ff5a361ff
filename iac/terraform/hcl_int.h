/* hcl_int.h — state shared by the HCL lexer (hcl_lexer.l), grammar
 * (hcl_parser.y) and tree helpers (hcl.c). Internal to the HCL parser. */
#ifndef VIGIL_IAC_HCL_INT_H
#define VIGIL_IAC_HCL_INT_H

#include <string.h>

#include "hcl.h"

/* A growable array of pointers in the arena (old storage is abandoned on
 * growth; arenas make that cheap and keep ownership trivial). */
typedef struct hcl_vec {
  void **v;
  uint32_t n, cap;
} hcl_vec;

/* A body item while parsing: exactly one of attr / blk. */
typedef struct hcl_item {
  hcl_attr *attr;
  hcl_block *blk;
} hcl_item;

void iac_hcl_vec_grow(base_arena *a, hcl_vec *vec);
static inline void iac_hcl_vec_push(base_arena *a, hcl_vec *vec, void *p) {
  if (vec->n == vec->cap) iac_hcl_vec_grow(a, vec);
  vec->v[vec->n++] = p;
}
/* vec's items as an exact-size array in `a` (the tree; NULL when empty):
 * lists are built in the parse's scratch arena and copied once, so the tree
 * keeps no abandoned growth steps. */
void **iac_hcl_vec_copy(base_arena *a, const hcl_vec *vec);

/* What opened the innermost pending bracket. It decides whether newlines are
 * tokens (block bodies, object constructors: they separate items) or blanks
 * (inside (), [], for-braces and template interpolations), and what `}` closes. */
typedef enum hcl_frame {
  HF_TOP,
  HF_BLOCK,  /* { of a block body */
  HF_OBJECT, /* { of an object constructor */
  HF_OBJFOR, /* { for ... } */
  HF_PAREN,
  HF_BRACKET,
  HF_INTERP,  /* ${ ... } */
  HF_CONTROL, /* %{ ... } */
  HF_QUOTED,  /* "..." */
  HF_HEREDOC  /* <<EOT ... EOT */
} hcl_frame;

typedef struct hcl_frame_ent {
  uint8_t kind;
  bool is_for;       /* HF_BRACKET: [for ...] (a ',' in it may separate for-head names) */
  uint32_t tdepth;   /* ${ } and %{ } frames from the top down to this one */
  const char *delim; /* HF_HEREDOC: the closing marker */
} hcl_frame_ent;

/* Where a token or symbol starts (1-based; columns count characters). */
typedef struct hcl_loc {
  uint32_t line, col;
} hcl_loc;

/* A template part before post-processing (flat; directives nest later). */
typedef enum hcl_tpart_kind {
  TP_LIT,
  TP_EXPR,
  TP_IF,
  TP_ELSE,
  TP_ENDIF,
  TP_FOR,
  TP_ENDFOR
} hcl_tpart_kind;
typedef struct hcl_tpart {
  uint8_t kind;
  bool strip_l, strip_r; /* ~ markers on the opening / closing side */
  uint32_t line, col;
  const char *text; /* TP_LIT */
  size_t len;
  hcl_expr *e;                   /* TP_EXPR, TP_IF, TP_FOR collection */
  const char *key_var, *val_var; /* TP_FOR */
} hcl_tpart;

typedef struct hcl_ctx {
  base_arena *a;   /* the tree */
  base_arena *tmp; /* what the tree does not keep (freed after the parse): template
                      parts and their text before merging, body items, the
                      frame stack. Never NULL while parsing native syntax */
  const char *file;
  uint32_t max_depth, max_template_depth; /* iac_limits, resolved */
  /* lexer */
  /* the buffer flex scans: a scratch copy of the input, followed by flex's
   * two NULs and HCL_SRC_PAD bytes more, so the lexer may read a short token
   * as one fixed-size block */
  const char *src;
  size_t len;
  /* the caller's text, the same bytes as src: what actions that scan past
   * their match read (flex keeps the byte after a match NUL in src while an
   * action runs) */
  const char *orig;
  hcl_frame_ent *stack;
  uint32_t depth, cap;
  /* Positions (see hcl_col_at): the line of the next character, where that
   * line starts in src, and its UTF-8 continuation bytes the lexer has passed */
  uint32_t line, col_adj;
  const char *line_start;
  const char *next; /* the next character to scan */
  int prev_tok;     /* last token returned (decides block vs object braces) */
  bool obj_pending; /* an object { was just opened: `for` may follow */
  bool eof_nl_sent;
  const hcl_loc *lookahead; /* the location in the parser's lookahead value
                               (the last token scanned): where a syntax error is */
  const char *lex_err;      /* set by the lexer before returning YYerror */
  uint32_t lex_err_line, lex_err_col;
  /* parser */
  hcl_body *result;
  hcl_expr *expr_result; /* iac_hcl_parse_expr */
  bool expr_mode;
  hcl_diag diag;
  hcl_diag *warnings; /* arena */
  uint32_t n_warnings, cap_warnings;
} hcl_ctx;

enum { HCL_SRC_PAD = 16 };

/* The 1-based column of p (on the lexer's current line, at or after
 * everything it has passed): columns count characters, not bytes. */
static inline uint32_t hcl_col_at(const hcl_ctx *c, const char *p) {
  return (uint32_t)(p - c->line_start) - c->col_adj + 1;
}

/* `for k, v in coll` (k NULL when only v is named); parse scratch. */
typedef struct hcl_for_head {
  const char *k, *v;
  hcl_expr *coll;
} hcl_for_head;

hcl_body *iac_hcl_make_body(hcl_ctx *c, hcl_vec *items, uint32_t line, uint32_t col);
/* Build a template expression from flat parts: merge literals, unindent
 * `<<-` heredocs, apply ~ strip markers, nest %{if}/%{for}. NULL + diag on a
 * mismatched directive. */
/* The same for a heredoc (`<<`/`<<-` at line:col): a plain literal one is
 * marked DOC_F_VERBATIM. */
hcl_expr *iac_hcl_make_heredoc(hcl_ctx *c, hcl_vec *parts, bool indent, uint32_t line,
                               uint32_t col);
hcl_expr *iac_hcl_make_template(hcl_ctx *c, hcl_vec *parts, bool heredoc_indent, uint32_t line,
                                uint32_t col);
/* A quoted string without escapes or interpolation (the STRING token: its n
 * bytes at s, located at its opening quote): the literal make_template would
 * give. */
hcl_expr *iac_hcl_make_string(hcl_ctx *c, const char *s, size_t n, uint32_t line, uint32_t col);
/* A name as an expression (an operand): true, false and null are literals,
 * anything else a variable. */
hcl_expr *iac_hcl_ident_expr(hcl_ctx *c, const char *name, hcl_loc loc);
/* a.name / a[i] with splat absorption: a traversal after a splat applies to
 * each item, unless the splat was parenthesised. */
hcl_expr *iac_hcl_traverse(hcl_ctx *c, hcl_expr *base, hcl_expr *step);
void iac_hcl_error(hcl_ctx *c, uint32_t line, uint32_t col, const char *msg);
/* iac_hcl_parse_expr under the caller's limits (JSON-syntax templates). */
hcl_expr *iac_hcl_parse_expr_lim(base_arena *a, const char *file, const char *src, size_t len,
                                 const iac_limits *lim);

#endif
