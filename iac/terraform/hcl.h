/* hcl.h — the HCL2 syntax tree (native syntax and Terraform JSON syntax).
 *
 * A file parses into an hcl_body: attributes and blocks in source order.
 * Expressions stay expressions (hcl_expr) until iac/tf_eval.c evaluates them in
 * a scope. Every node is located: line/col 1-based in the file named by `file`
 * of the enclosing body. All nodes and strings live in the arena passed to the
 * parser (the Terraform unit's arena); nothing is freed individually.
 *
 * Internal to iac/ (the public Terraform API is iac/terraform.h). */
#ifndef VIGIL_IAC_HCL_H
#define VIGIL_IAC_HCL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "doc.h"
#include "iac.h"

typedef enum hcl_expr_kind {
  HX_LIT,        /* lit: null/bool/number/string literal (a doc_node) */
  HX_TEMPLATE,   /* parts: list of template parts (HX_LIT strings, exprs, HX_TIF, HX_TFOR) */
  HX_TUPLE,      /* items */
  HX_OBJECT,     /* items: key, value, key, value, ... (a bare-identifier key is HX_LIT) */
  HX_VAR,        /* name: root of a traversal (var, local, aws_s3_bucket, ...) */
  HX_ATTR,       /* a.name (also legacy a.0: name is the digits, is_index set) */
  HX_INDEX,      /* a[b] */
  HX_SPLAT,      /* a.* / a[*]: a = source, b = per-item expression over HX_SPLAT_ITEM */
  HX_SPLAT_ITEM, /* the current item inside a splat's per-item expression */
  HX_CALL,       /* name(items...), expand: last argument followed by `...` */
  HX_UNARY,      /* op a */
  HX_BINARY,     /* a op b */
  HX_COND,       /* a ? b : c */
  HX_FOR,        /* [for k, v in a : b if c] / {for k, v in a : key => b... if c} */
  HX_PAREN,      /* (a): stops splat absorption, keeps the location */
  HX_TIF,        /* template %{if a} items[0] %{else} items[1] %{endif} (a template each) */
  HX_TFOR        /* template %{for k, v in a} b %{endfor} */
} hcl_expr_kind;

/* Operators use their token text's first chars: '!', '-', '+', '*', '/', '%',
 * '<', '>', 'l' (<=), 'g' (>=), '=' (==), 'n' (!=), '&' (&&), '|' (||). */
typedef struct hcl_expr hcl_expr;
/* 64 bytes: a file's tree is mostly these (the bit-fields and the two unions
 * keep it so: one arena granule of 16 bytes fewer than with a field each).
 * Which fields a kind uses:
 *   HX_LIT lit | HX_TEMPLATE, HX_TUPLE, HX_OBJECT items | HX_VAR name
 *   HX_ATTR a, name | HX_INDEX, HX_SPLAT, HX_BINARY a, b | HX_UNARY, HX_PAREN a
 *   HX_CALL name, items | HX_COND a, b, c | HX_TIF a, items
 *   HX_FOR name, key_var, a, b, c, d | HX_TFOR name, key_var, a, b
 * No kind uses both c and items, or both d and lit: read only the fields of
 * the node's kind (the other member of a union is not NULL for it). */
struct hcl_expr {
  uint8_t kind;      /* hcl_expr_kind */
  char op;           /* HX_UNARY / HX_BINARY */
  bool expand : 1;   /* HX_CALL: `...` after the last argument; HX_FOR: `...` grouping */
  bool is_index : 1; /* HX_ATTR written as legacy .0 */
  bool obj_for : 1;  /* HX_FOR: object form */
  uint32_t line, col;
  uint32_t n;          /* items */
  const char *name;    /* HX_VAR, HX_ATTR, HX_CALL; HX_FOR/HX_TFOR: value var */
  const char *key_var; /* HX_FOR/HX_TFOR: key var or NULL */
  hcl_expr *a, *b;     /* operands; HX_FOR: a coll, b value */
  union {
    hcl_expr *c;      /* HX_COND: else; HX_FOR: cond or NULL */
    hcl_expr **items; /* HX_TEMPLATE, HX_TUPLE, HX_OBJECT, HX_CALL, HX_TIF */
  };
  union {
    hcl_expr *d;         /* HX_FOR: key expr (object form) */
    const doc_node *lit; /* HX_LIT */
  };
};

typedef struct hcl_body hcl_body;

typedef struct hcl_attr {
  const char *name;
  uint32_t line, col; /* of the name */
  hcl_expr *expr;
  /* merged in from an override file (tf_module.c): the values it gives are
   * located at line:col, the attribute or block it overrides */
  bool foreign;
} hcl_attr;

typedef struct hcl_block {
  const char *type;
  const char **labels;
  uint32_t n_labels;
  uint32_t line, col; /* of the type keyword */
  uint32_t end_line;  /* of the closing brace */
  hcl_body *body;
} hcl_block;

/* Attributes and blocks keep source order through `seq` (a running index). */
struct hcl_body {
  const char *file;
  uint32_t line, col;
  hcl_attr *attrs;
  uint32_t n_attrs;
  hcl_block *blocks;
  uint32_t n_blocks;
  uint32_t *attr_seq, *block_seq; /* source-order position of each attr/block */
};

/* A parse diagnostic: `file:line:col: message` once formatted. */
typedef struct hcl_diag {
  uint32_t line, col;
  const char *message; /* arena-owned */
} hcl_diag;

typedef struct hcl_parse_result {
  hcl_body *body; /* NULL when the file had a syntax error */
  hcl_diag diag;  /* the first error (message NULL when none) */
  /* problems Terraform rejects but a scan can go on through (an attribute set
   * twice in one body: the first is kept, the later ones dropped). Being in
   * this list is what makes them warnings. Arena-owned. */
  const hcl_diag *warnings;
  uint32_t n_warnings;
} hcl_parse_result;

/* Native syntax (.tf, .tfvars). `file` is kept (not copied) for locations.
 * lim (NULL or 0 fields = defaults): max_depth bounds nesting of expressions,
 * blocks and templates; max_template_depth bounds ${ } / %{ } nesting. A limit
 * hit is the file's error, "limit exceeded: ...". */
hcl_parse_result iac_hcl_parse(base_arena *a, const char *file, const char *src, size_t len,
                               const iac_limits *lim);
/* JSON syntax (.tf.json, .tfvars.json) through libyaml's event API (for
 * locations). Blocks are recognised by Terraform's schema for top-level keys
 * (resource, data, variable, output, locals, module, provider, terraform):
 * anything nested under an attribute stays an expression. Strings are templates
 * when they contain "${" or "%{", as Terraform treats them. */
hcl_parse_result iac_hcl_parse_json(base_arena *a, const char *file, const char *src, size_t len,
                                    const iac_limits *lim);
/* Parse one expression (for --var values of non-string type). */
hcl_expr *iac_hcl_parse_expr(base_arena *a, const char *file, const char *src, size_t len);

/* Helpers shared by the grammar and the JSON reader. */
hcl_expr *iac_hcl_expr_new(base_arena *a, hcl_expr_kind k, uint32_t line, uint32_t col);
const hcl_attr *iac_hcl_body_attr(const hcl_body *b, const char *name);

#endif
