/* ast.h — the compiler's internal interfaces: locations, diagnostics, the AST
 * (arena-allocated, owned by the compilation's arena), parser entry point,
 * checker and code generator. Nothing here is part of libvigil's public API. */
#ifndef VIGIL_CC_AST_H
#define VIGIL_CC_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "doc.h"
#include "pack.h"
#include "cc.h"

/* Limits: no input may crash the compiler or make it run away. */
#define CC_MAX_DEPTH 128        /* expression / block nesting */
#define CC_MAX_ERRORS 100       /* diagnostics before "too many errors" */
#define CC_MAX_INLINE 200000    /* AST nodes of one fn after inlining */
#define CC_MAX_CODE (16u << 20) /* bytes of bytecode per selector */
#define CC_MAX_LOCALS 65535
#define CC_MAX_CONST_NODES 65536     /* values in one folded constant (lists, maps, scalars) */
#define CC_MAX_POOL_NODES (1u << 22) /* values in the whole constant pool of a pack */
#define CC_MAX_FACT_KEYS 64          /* keys of one emitted record */

/* A source range: 1-based line/col of the first and last character, and the
 * byte offsets [off, end_off) used to quote source text in default messages. */
typedef struct cc_loc {
  uint32_t line, col, end_line, end_col;
  uint32_t off, end_off;
} cc_loc;

/* ---- diagnostics (diag.c) ---- */
typedef struct cc_diag {
  FILE *out;
  int color;
  int n_errors;
  bool suppressed; /* "too many errors" already printed */
  int n_warnings;  /* warnings do not fail a compilation */
} cc_diag;

void cc_diag_error(cc_diag *d, const cc_source *src, cc_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void cc_diag_note(cc_diag *d, const cc_source *src, cc_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void cc_diag_warning(cc_diag *d, const cc_source *src, cc_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Edit distance suggestion: the candidate closest to `name` (NULL if none is close). */
const char *cc_suggest(const char *name, const char *const *cands, size_t n);

/* ---- AST ---- */
typedef enum cc_ty { /* static types, for statically visible type errors */
                     CC_T_ANY = 0,
                     CC_T_STR,
                     CC_T_NUM,
                     CC_T_BOOL,
                     CC_T_NULL,
                     CC_T_LIST,
                     CC_T_MAP
} cc_ty;

typedef enum cc_ek {
  CC_E_STR,
  CC_E_NUM,
  CC_E_BOOL,
  CC_E_NULL,
  CC_E_LIST,
  CC_E_MAP,
  CC_E_IDENT,
  CC_E_FIELD,
  CC_E_INDEX,
  CC_E_WILD,
  CC_E_BIN,
  CC_E_NOT,
  CC_E_CALL,
  CC_E_ANY,
  CC_E_ALL,
  CC_E_INTERP,
  CC_E_FILTER, /* binder forms, shaped like ANY/ALL: s variable, a collection, c body */
  CC_E_MAPX,
  CC_E_COUNT,
  CC_E_FIRST,
  CC_E_IF /* a condition, c then, items[0] else */
} cc_ek;

typedef enum cc_binop {
  CC_OR,
  CC_AND,
  CC_EQ,
  CC_NE,
  CC_LT,
  CC_LE,
  CC_GT,
  CC_GE,
  CC_IN,
  CC_QQ,
  CC_ADD,
  CC_SUB,
  CC_MUL,
  CC_DIV,
  CC_MOD
} cc_binop;

typedef struct cc_expr cc_expr;
typedef struct cc_item cc_item;
typedef struct cc_bind cc_bind;

/* What an identifier (or module-qualified name) resolved to. */
typedef enum cc_ref {
  CC_R_NONE,
  CC_R_SUBJECT,
  CC_R_LOCAL,
  CC_R_CONST,
  CC_R_FN,
  CC_R_BUILTIN,
  CC_R_RESOURCES,
  CC_R_JOIN, /* referrers/references: builtin with the types as one constant list */
  CC_R_FACTS /* facts("NAME"): the FACTS instruction; target is the fact item */
} cc_ref;

struct cc_expr {
  uint8_t kind; /* cc_ek */
  uint8_t op;   /* cc_binop for CC_E_BIN */
  uint8_t ty;   /* cc_ty, set by the checker */
  uint8_t ref;  /* cc_ref, set by the checker (IDENT, FIELD on a module, CALL) */
  uint32_t depth;
  cc_loc loc;
  const char *s; /* STR text, IDENT name, FIELD name, CALL name, ANY/ALL variable */
  uint32_t slen; /* STR bytes (may hold NUL) */
  double num;
  bool b;
  bool paren; /* written in parentheses: `vigil fmt` keeps those that aid reading */
  cc_expr *a,
      *c; /* FIELD/INDEX/WILD: a = base, c = index; BIN: a op c; NOT: a; ANY/ALL: a in, c cond */
  cc_expr **items; /* LIST items, MAP values, CALL args, INTERP parts */
  cc_expr **keys;  /* MAP keys (strings) */
  uint32_t n;
  const char *qual; /* CALL: module alias (`iam` in iam.actions(x)) */
  cc_loc name_loc;  /* CALL/FIELD/ANY: location of the name */
  /* resolution (checker) */
  cc_bind *bind;   /* CC_R_SUBJECT / CC_R_LOCAL, ANY/ALL variable */
  cc_item *target; /* CC_R_CONST / CC_R_FN */
  int builtin;     /* CC_R_BUILTIN */
};

/* CC_S_EMIT: e is the record, a map literal whose values are checked and
 * evaluated one by one (only in a fact's selectors). */
typedef enum cc_sk { CC_S_LET, CC_S_WHEN, CC_S_EXPECT, CC_S_FOR, CC_S_EMIT } cc_sk;

typedef struct cc_stmt cc_stmt;
struct cc_stmt {
  uint8_t kind;
  cc_loc loc;
  const char *name; /* LET / FOR variable */
  cc_loc name_loc;
  cc_expr *e, *at, *msg; /* LET value, WHEN/EXPECT condition, FOR collection */
  cc_stmt **body;        /* FOR */
  uint32_t n_body;
  cc_loc end_loc; /* FOR: closing brace */
  cc_bind *bind;  /* LET / FOR variable (checker) */
};

typedef struct cc_meta {
  const char *key;
  cc_loc loc;
  cc_expr *val;
} cc_meta;

typedef struct cc_sel {
  cc_loc loc;
  const char *format;
  cc_loc format_loc;
  const char *kind;
  cc_loc kind_loc;
  cc_expr **types;
  uint32_t n_types;
  const char *as;
  cc_loc as_loc;
  cc_stmt **body;
  uint32_t n_body;
  cc_loc end_loc;
  int fmt;       /* iac_format (checker); 0 = any */
  cc_bind *subj; /* the `as` binding */
} cc_sel;

/* CC_I_FACT: `fact NAME { selector* }`, its selectors in sels. */
typedef enum cc_ik { CC_I_MODULE, CC_I_USE, CC_I_CONST, CC_I_FN, CC_I_RULE, CC_I_FACT } cc_ik;

typedef struct cc_file cc_file;
struct cc_item {
  uint8_t kind;
  cc_loc loc;
  const char *name; /* module / use path, const / fn name, rule id */
  cc_loc name_loc;
  const char *alias; /* use ... as ALIAS (NULL: last component) */
  cc_loc alias_loc;
  cc_expr *e; /* CONST value, FN body */
  const char **params;
  cc_loc *param_locs;
  uint32_t n_params;
  cc_meta *metas;
  uint32_t n_metas;
  cc_sel **sels;
  uint32_t n_sels;
  cc_loc end_loc; /* RULE closing brace */
  cc_file *file;
  /* checker state */
  int state;             /* 0 new, 1 in progress, 2 done, 3 failed (fns) */
  const doc_node *value; /* CONST: folded value */
  cc_bind **pbinds;      /* FN: parameter bindings */
  cc_item **callees;     /* FN: user fns called by the body */
  uint32_t n_callees;
  uint64_t inline_size; /* FN: AST nodes after inlining */
  uint32_t inline_depth;
  uint32_t k_index; /* CONST: pool index + 1 once codegen interned the value (0: not yet) */
  bool is_param;    /* CONST declared with `param`: its value may be overridden at scan time */
  uint32_t p_index; /* param: index + 1 in the pack's params once codegen used it (0: not yet) */
};

typedef struct cc_comment {
  uint32_t line, col;
  const char *text; /* "# ..." without the newline */
  bool trailing;    /* code precedes it on its line */
} cc_comment;

typedef struct cc_module cc_module;
struct cc_file {
  const cc_source *src;
  cc_item **items;
  uint32_t n_items;
  cc_comment *comments;
  uint32_t n_comments;
  int n_errors;
  bool rules_wanted; /* a compiled source (not only imported by `use`) */
  cc_module *mod;
};

struct cc_bind {
  const char *name;
  cc_loc loc;
  uint8_t kind; /* CC_R_SUBJECT or CC_R_LOCAL */
  uint8_t ty;
  int slot; /* codegen */
};

/* A growable pointer array in an arena (old storage is abandoned on growth). */
typedef struct cc_vec {
  void **v;
  uint32_t n, cap;
} cc_vec;

/* A compilation: one arena for everything, plus diagnostics. */
typedef struct cc_ctx {
  base_arena arena;
  cc_diag diag;
  const cc_options *opt;
  const cc_source *srcs; /* the sources compiled (not the modules they use) */
  size_t n_srcs;
  cc_file **files;
  uint32_t n_files;
  cc_module **mods;
  uint32_t n_mods;
  uint32_t const_depth; /* consts being folded inside each other (bounded: no deep C recursion) */
  uint32_t const_nest;  /* the sum of their expressions' depths (bounded too) */
  bool const_nest_reported;
  cc_vec cat_missed, cat_hints; /* catalogue warnings: types already looked up, their hints */
  cc_vec facts; /* cc_item* CC_I_FACT of the compiled sources, in source order */
} cc_ctx;

void cc_vec_push(base_arena *a, cc_vec *vec, void *p);

/* ast.c: constructors used by the parser, and a debugging/test dump. */
cc_expr *cc_expr_new(base_arena *a, cc_ek kind, cc_loc loc);
void cc_expr_fix_depth(cc_expr *e);
void cc_ast_dump(const cc_file *f, FILE *out);
void cc_expr_dump(const cc_expr *e, FILE *out);
const char *cc_binop_text(cc_binop op);
const char *cc_binder_name(cc_ek k); /* "any", "all", "filter", "map", "count", "first" */
/* Whether a folded constant fits the pack: 0 if it nests at most max_depth
 * lists/maps and has at most max_nodes values (shared parts counted each time
 * they occur), 1 if it nests deeper, 2 if it is larger. Work is bounded by
 * max_nodes whatever the value's shape. */
int cc_value_check(const doc_node *n, uint32_t max_depth, uint64_t max_nodes);

/* parse.c / parser.y: parse one source into a cc_file (diagnostics reported;
 * f->n_errors counts them). Never returns NULL. */
cc_file *cc_parse_source(base_arena *a, cc_diag *d, const cc_source *src);

/* Lexer token dump for tests: one line per token "LINE:COL NAME text". */
void cc_lex_dump(const cc_source *src, FILE *out);

/* check.c: resolve modules, names, types; returns errors found. */
int cc_check(cc_ctx *cx);
/* The folded value of a constant expression (after cc_check), or NULL. */
const doc_node *cc_fold(cc_ctx *cx, cc_expr *e);
const char *cc_module_name(const cc_file *f); /* "" when it declares none */

/* codegen.c: fill a vm_pack (allocated in p->arena) from checked files. */
int cc_codegen(cc_ctx *cx, vm_pack *p);
/* Disassemble one selector's code (for tests): "OFF NAME operands ; comment". */
void cc_disasm_selector(const vm_pack *p, uint32_t sel, FILE *out);

/* compile.c: the front half of cc_compile, stopping at the in-memory pack.
 * p->arena must be initialised by the caller (and freed by it). Returns errors. */
int cc_build(const cc_source *srcs, size_t n, const cc_options *opt, vm_pack *p);

#endif
