/* tf_int.h — Terraform evaluation internals shared by tf_module.c (configs,
 * instances, resources), tf_eval.c (expressions) and tf_funcs.c (functions).
 *
 * Values are doc_node trees in the unit arena. A node's `tag` is the index
 * (1-based) of the file the node's location refers to, so a resource body can
 * relocate values that came from another file (a variable default, a local)
 * to the attribute that uses them. Errors Terraform would report while
 * evaluating are unknowns whose reason starts with "error: " (try/can see them). */
#ifndef VIGIL_IAC_TF_INT_H
#define VIGIL_IAC_TF_INT_H

#include "hcl_int.h"
#include "iac.h"
#include "terraform.h"

typedef struct tf_eval tf_eval;
typedef struct tf_mod tf_mod;
typedef struct tf_config tf_config;

/* A declaration with the file it is written in. */
typedef struct tf_decl {
  const char *name;
  const char *type;     /* resources: resource type */
  bool data;            /* data source */
  uint16_t tag;         /* file index */
  const hcl_block *blk; /* variable / resource / data / module / output block */
  const hcl_attr *attr; /* locals: the attribute */
} tf_decl;

struct tf_config {
  const char *dir;
  tf_decl *vars, *locals, *res, *calls, *outputs;
  uint32_t n_vars, n_locals, n_res, n_calls, n_outputs;
};

typedef enum { TF_TODO = 0, TF_BUSY, TF_DONE } tf_state;

/* One instance of a resource declaration. */
typedef struct tf_inst {
  const char *addr;    /* full address with module prefix and key */
  const doc_node *key; /* NULL (no count/for_each), number or string */
  const doc_node *each_value;
  const doc_node *body; /* evaluated; also the object other expressions see */
} tf_inst;

typedef struct tf_res_state {
  uint8_t state;
  uint8_t mode; /* 0 single, 1 count, 2 for_each */
  tf_inst *inst;
  uint32_t n;
  const doc_node *value; /* the object / list / map references see */
} tf_res_state;

struct tf_mod {
  tf_config *cfg;
  tf_mod *parent;
  const char *prefix;  /* "" or "module.a." / "module.a[0].module.b." */
  const tf_decl *call; /* in the parent's config; NULL for the root */
  const doc_node *count_index, *each_key, *each_value; /* of the call instance */
  const doc_node **var_val;
  uint8_t *var_state;
  const doc_node **local_val;
  uint8_t *local_state;
  tf_res_state *res;
  /* child module instances per call */
  struct tf_call_state {
    uint8_t state;
    uint8_t mode;
    tf_mod **inst;
    const doc_node **keys;
    uint32_t n;
    const doc_node *value;
    bool skipped;
  } * calls;
  const doc_node **out_val;
  uint8_t *out_state;
};

/* A local name binding (for-expression variables, dynamic-block iterators). */
typedef struct tf_bind {
  const char *name;
  const doc_node *val;
  const struct tf_bind *next;
} tf_bind;

typedef struct tf_scope {
  tf_eval *ev;
  tf_mod *m;
  uint16_t tag;
  const doc_node *count_index;           /* NULL outside count */
  const doc_node *each_key, *each_value; /* NULL outside for_each */
  const tf_bind *binds;
  const doc_node *splat_item;
  uint32_t depth;
  uint32_t lo, hi; /* lines of the block whose body is being built (see relocate) */
} tf_scope;

struct tf_eval {
  iac_unit *u;
  base_arena *a;
  const iac_tf_options *opt;
  const char **files; /* tag - 1 -> path */
  uint32_t n_files, cap_files;
  /* resource instance objects: missing attributes of these are unknown refs */
  const doc_node **obj_keys;
  const char **obj_addr;
  uint32_t obj_cap, obj_n;
  uint64_t steps;   /* evaluation budget (hostile configs) */
  size_t max_file;  /* file(), templatefile(), ...: the unit's file size limit */
  bool in_template; /* inside templatefile(): Terraform forbids nesting it */
  /* JSON text -> the value it encodes (jsonencode results, policy documents'
   * json), keyed by the string's pointer, which copies of the node share */
  const char **json_keys;
  const doc_node **json_vals;
  bool *json_placed; /* value already located where it is written: keep it */
  uint32_t json_cap, json_n;
};

/* tf_eval.c */
const doc_node *iac_tf_eval(tf_scope *s, const hcl_expr *e);
bool iac_tf_is_unknown(const doc_node *n);
bool iac_tf_is_error(const doc_node *n);
bool iac_tf_deep_unknown(const doc_node *n, const doc_node **first);
const doc_node *iac_tf_unknown(tf_scope *s, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
const doc_node *iac_tf_error(tf_scope *s, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
const doc_node *iac_tf_str(tf_scope *s, const char *str, size_t n, uint32_t line, uint32_t col);
const doc_node *iac_tf_num(tf_scope *s, double v, uint32_t line, uint32_t col);
const doc_node *iac_tf_bool(tf_scope *s, bool v, uint32_t line, uint32_t col);
const doc_node *iac_tf_null(tf_scope *s, uint32_t line, uint32_t col);
const doc_node *iac_tf_list(tf_scope *s, const doc_node **items, uint32_t n, uint32_t line,
                            uint32_t col);
const doc_node *iac_tf_map(tf_scope *s, const doc_entry *e, uint32_t n, uint32_t line,
                           uint32_t col);
/* string conversion as Terraform does for templates (numbers, bools); NULL
 * when the value is not a primitive */
const char *iac_tf_to_string(tf_scope *s, const doc_node *n, size_t *len);
/* map entries sorted by key (Terraform iterates maps in key order) */
const doc_entry **iac_tf_sorted_entries(tf_scope *s, const doc_node *map);
/* Convert a value to a type constraint expression (variable `type`). */
const doc_node *iac_tf_convert(tf_scope *s, const doc_node *v, const hcl_expr *type);
void iac_tf_register_object(tf_eval *ev, const doc_node *obj, const char *addr);

/* tf_funcs.c: call a function with evaluated arguments */
const doc_node *iac_tf_call(tf_scope *s, const hcl_expr *call, const doc_node **args, uint32_t n);
/* tf_files.c: file, templatefile, hashes, encodings, paths, cidr*; NULL when
 * `call` is none of those */
const doc_node *iac_tf_call_static(tf_scope *s, const hcl_expr *call, const doc_node **args,
                                   uint32_t n);
/* JSON text of a known value (jsonencode) into the arena; NULL if unknown */
char *iac_tf_json_encode(tf_scope *s, const doc_node *v, size_t *len);

/* tf_module.c: reference resolution the evaluator needs */
const doc_node *iac_tf_ref_resource(tf_scope *s, const hcl_expr *root, const char *type,
                                    const char *name, bool data);
const doc_node *iac_tf_ref_var(tf_scope *s, const hcl_expr *at, const char *name);
const doc_node *iac_tf_ref_local(tf_scope *s, const hcl_expr *at, const char *name);
const doc_node *iac_tf_ref_module(tf_scope *s, const hcl_expr *at, const char *name);
const char *iac_tf_module_dir(tf_scope *s);
const char *iac_tf_root_dir(tf_scope *s);
/* path.module / path.root / path.cwd as Terraform gives them; NULL for others */
const char *iac_tf_path_value(tf_scope *s, const char *name);
/* Relocate v (see tf_module.c): nodes outside lines lo..hi of file `tag` move to line:col. */
const doc_node *iac_tf_relocate(base_arena *a, const doc_node *v, uint16_t tag, uint32_t lo,
                                uint32_t hi, uint32_t line, uint32_t col);

/* tf_extras.c: resources of other formats inside Terraform resources */
void iac_tf_note_json(tf_eval *ev, const char *text, const doc_node *value, bool placed);
const doc_node *iac_tf_json_value(const tf_eval *ev, const char *text, bool *placed);
/* `json` / `minified_json` of a data "aws_iam_policy_document" instance (obj =
 * its body, addr = its address); NULL when (addr, name) is not one. */
const doc_node *iac_tf_policy_doc_attr(tf_scope *s, const doc_node *obj, const char *addr,
                                       const char *name, uint32_t line, uint32_t col);
/* Policy statements and container images carried by resource r (emitted
 * just before; block lines lo..hi of file `tag`) are added to the unit. */
void iac_tf_extras(tf_eval *ev, uint16_t tag, uint32_t lo, uint32_t hi, const char *type,
                   const char *addr, const doc_node *body);

#endif
