/* tf_int.h — Terraform evaluation internals shared inside iac/terraform/:
 * the evaluation state, scopes and module instances. Files, bottom up (each
 * uses only those before it):
 *   tf_value.c      values, unknowns/errors (flags), conversion, JSON, relocation
 *   tf_index.c      name -> declaration hash tables
 *   tf_fn_*.c       function families; tf_call.c the TF_FUNCTIONS table and lookup
 *   tf_extras.c     policies and images inside resources
 *   tf_eval.c       expressions (references reach modules through tf_refs)
 *   tf_mod_*.c      configurations, instances, module calls, the terraform.h API
 * Values, unknowns and errors are described in tf_value.h: errors Terraform
 * would report are unknowns flagged DOC_F_EVAL_ERROR, references to resources
 * unknowns flagged DOC_F_REF; no code looks at reason text. */
#ifndef VIGIL_IAC_TF_INT_H
#define VIGIL_IAC_TF_INT_H

#include <string.h>

#include "hcl_int.h"
#include "iac.h"
#include "terraform.h"
#include "tf_value.h"

typedef struct tf_mod tf_mod;
typedef struct tf_refs tf_refs;
typedef struct tf_config tf_config;

/* A declaration with the file it is written in. */
typedef struct tf_decl {
  const char *name;
  const char *type;     /* resources: resource type */
  bool data;            /* data source */
  uint16_t tag;         /* file index */
  const hcl_block *blk; /* variable / resource / data / module / output block */
  const hcl_attr *attr; /* locals: the attribute */
  const char *alias;    /* providers: the `alias` literal, or NULL */
} tf_decl;

/* ---- name -> declaration by hash (tf_index.c) ---- */
/* A table of indices keyed by a caller's hash: the caller compares the
 * names of the candidates iac_tf_index_next yields (hash matches, in
 * insertion order). Arena memory; filled once, then read only. */
typedef struct tf_index_slot {
  uint32_t hash, idx1; /* idx1 = index + 1; 0 = empty */
} tf_index_slot;
typedef struct tf_index {
  tf_index_slot *slots;
  uint32_t mask;
} tf_index;
enum { TF_INDEX_NONE = UINT32_MAX };
#define TF_HASH_SEED 2166136261u

static inline uint64_t iac_tf_hash_mix(uint64_t x) {
  x *= 0x9E3779B97F4A7C15u;
  return x ^ (x >> 29);
}

/* The hash of s continuing h. Inline: every reference looks a name up, and
 * a call to an extern function of a -fPIC object goes through the PLT. */
static inline uint32_t iac_tf_hash(uint32_t h, const char *s) {
  /* eight bytes a step, the last (partial) step read as overlapping words
   * inside the string; the length is mixed in first */
  size_t n = strlen(s);
  uint64_t x = h ^ ((uint64_t)n << 32), w = 0;
  if (n > 8) {
    for (; n > 8; s += 8, n -= 8) {
      memcpy(&w, s, 8);
      x = iac_tf_hash_mix(x ^ w);
    }
    memcpy(&w, s + n - 8, 8); /* 8 bytes ending at the string's end */
  } else if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    w = lo | (uint64_t)hi << 32;
  } else if (n) {
    w = (uint64_t)(uint8_t)s[0] | (uint64_t)(uint8_t)s[n / 2] << 8 |
        (uint64_t)(uint8_t)s[n - 1] << 16;
  }
  x = iac_tf_hash_mix(x ^ w);
  return (uint32_t)(x ^ (x >> 32));
}
void iac_tf_index_init(base_arena *a, tf_index *x, uint32_t n); /* room for n entries */
void iac_tf_index_put(tf_index *x, uint32_t hash, uint32_t i);
/* The next candidate index with this hash (*pos = 0 to start), or TF_INDEX_NONE. */
uint32_t iac_tf_index_next(const tf_index *x, uint32_t hash, uint32_t *pos);

/* iac_hcl_body_attr (the first attribute of that name) comparing the first
 * byte before the name: resource blocks have dozens of attributes. */
const hcl_attr *iac_tf_attr(const hcl_body *b, const char *name);

typedef struct tf_config_index {
  tf_index vars, locals, calls, res;
  tf_index *call_args; /* per module call: its block's attributes (built on first use) */
} tf_config_index;

struct tf_config {
  const char *dir;
  tf_decl *vars, *locals, *res, *calls, *outputs;
  uint32_t n_vars, n_locals, n_res, n_calls, n_outputs;
  tf_decl *providers; /* name = the provider's local name ("aws") */
  uint32_t n_providers;
  /* allocated by the first lookup (tf_index.c), after the loader has filled
   * the declarations; NULL until then */
  tf_config_index *index;
  const char *path_module; /* path.module, computed once (tf_value.c) */
};

typedef enum { TF_DECL_VAR, TF_DECL_LOCAL, TF_DECL_CALL } tf_decl_kind;
/* The index of the declaration of that kind and name in cfg (declarations
 * are unique per kind: the loader drops duplicates), or TF_INDEX_NONE. */
uint32_t iac_tf_find_decl(base_arena *a, tf_config *cfg, tf_decl_kind kind, const char *name);
/* The attribute `name` of module call `call` of cfg (what iac_hcl_body_attr
 * gives on its block), or NULL. */
const hcl_attr *iac_tf_call_arg(base_arena *a, tf_config *cfg, uint32_t call, const char *name);
uint32_t iac_tf_find_res(base_arena *a, tf_config *cfg, bool data, const char *type,
                         const char *name);

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
  /* provider blocks' evaluated bodies (tf_mod_provider.c; allocated there) */
  const doc_node **prov_val;
  uint8_t *prov_state;
};

/* A local name binding (for-expression variables, dynamic-block iterators). */
typedef struct tf_bind {
  const char *name;
  const doc_node *val;
  const struct tf_bind *next;
} tf_bind;

struct tf_scope {
  tf_eval *ev;
  tf_mod *m;
  uint16_t tag;
  const doc_node *count_index;           /* NULL outside count */
  const doc_node *each_key, *each_value; /* NULL outside for_each */
  const tf_bind *binds;
  const doc_node *splat_item;
  uint32_t depth;
  uint32_t lo, hi; /* lines of the block whose body is being built (see relocate) */
};

struct tf_eval {
  iac_unit *u;
  base_arena *a;
  const iac_tf_options *opt;
  const tf_refs *refs;  /* set by the module loader */
  const char *root_dir; /* the root module's directory (Terraform's cwd) */
  const char **files;   /* tag - 1 -> path */
  uint32_t n_files, cap_files;
  /* resource instance objects: missing attributes of these are unknown refs */
  const doc_node **obj_keys;
  const char **obj_addr;
  uint32_t obj_cap, obj_n;
  uint64_t steps; /* evaluation budget (hostile configs) */
  uint32_t depth; /* iac_tf_eval nesting across references (locals, variables, modules) */
  uint64_t bytes, max_bytes; /* iac_limits.max_eval_bytes: charged by builders */
  uint64_t arena_base;       /* the arena's total at the first charge (tf_value.c) */
  bool arena_counted;        /* arena_base is set */
  bool over_reported;        /* the budget warning was recorded */
  bool chain_reported;       /* the reference-depth warning was recorded */
  uint32_t n_module_inst;    /* module instances created in this root (capped) */
  bool inst_reported;        /* the module instance cap was reported */
  size_t max_file;           /* file(), templatefile(), ...: the unit's file size limit */
  bool in_template;          /* inside templatefile(): Terraform forbids nesting it */
  /* JSON text -> the value it encodes (jsonencode results, policy documents'
   * json), keyed by the string's pointer, which copies of the node share */
  const char **json_keys;
  const doc_node **json_vals;
  bool *json_placed; /* value already located where it is written: keep it */
  uint32_t json_cap, json_n;
  /* lists built from nested blocks, as opposed to argument values: a provider
   * that takes only a block (the kubernetes provider's `container`) rejects an
   * argument of that name (tf_extras.c; a hash set: block_cap slots) */
  const doc_node **block_lists;
  uint32_t block_cap, block_n;
  /* file functions' realpath answers by path (tf_fn_file.c: real_file),
   * real_cap slots; arena memory */
  struct tf_real_file *real_files;
  uint32_t real_cap, real_n;
};

static inline bool iac_tf_over_budget(const tf_eval *ev) {
  return ev->bytes > ev->max_bytes;
}

/* Reference resolution, implemented by the module loader (tf_mod_*.c) and
 * reached through tf_eval.refs, so expressions do not depend on modules:
 * var.x, local.x, module.x, TYPE.NAME / data.TYPE.NAME. */
struct tf_refs {
  const doc_node *(*var)(tf_scope *s, const hcl_expr *at, const char *name);
  const doc_node *(*local)(tf_scope *s, const hcl_expr *at, const char *name);
  const doc_node *(*module)(tf_scope *s, const hcl_expr *at, const char *name);
  const doc_node *(*resource)(tf_scope *s, const hcl_expr *root, const char *type, const char *name,
                              bool data);
  /* realpath(dir) of a module directory, remembered for the scan (NULL: it
   * does not resolve): file functions check every path against the root's
   * and the module's directory, and libc's realpath reads the link of every
   * component each time. */
  const char *(*real_dir)(tf_scope *s, const char *dir);
};

/* tf_eval.c: expressions */
typedef const doc_node *tf_eval_fn(tf_scope *s, const hcl_expr *e);
const doc_node *iac_tf_eval(tf_scope *s, const hcl_expr *e);
/* Convert a value to a type constraint expression (variable `type`). */
const doc_node *iac_tf_convert(tf_scope *s, const doc_node *v, const hcl_expr *type);
void iac_tf_register_object(tf_eval *ev, const doc_node *obj, const char *addr);

/* tf_call.c: a function call expression. `eval` evaluates its arguments (the
 * evaluator passes itself: functions sit below expressions); try/can and
 * templatefile evaluate through it too. Unknown names are unknown
 * "unsupported function NAME", never a guess. */
const doc_node *iac_tf_call(tf_scope *s, const hcl_expr *call, tf_eval_fn *eval);

/* tf_extras.c: resources of other formats inside Terraform resources */
/* `json` / `minified_json` of a data "aws_iam_policy_document" instance (obj =
 * its body, addr = its address); NULL when (addr, name) is not one. */
const doc_node *iac_tf_policy_doc_attr(tf_scope *s, const doc_node *obj, const char *addr,
                                       const char *name, uint32_t line, uint32_t col);
/* Policy statements and container images carried by resource r (emitted
 * just before; block lines lo..hi of file `tag`) are added to the unit. */
void iac_tf_extras(tf_eval *ev, uint16_t tag, uint32_t lo, uint32_t hi, const char *type,
                   const char *addr, const doc_node *body);
/* Remember that `list` holds nested blocks (build_body); iac_tf_is_block_list
 * tells it from an argument's list of objects. */
void iac_tf_note_block_list(tf_eval *ev, const doc_node *list);
bool iac_tf_is_block_list(const tf_eval *ev, const doc_node *list);

/* ---- alternatives (tf_alt.c; doc.h DOC_F_ALT) ---- */
/* Variable d has no value (`unknown`): one of the values its validation
 * restricts it to or its bool type allows, else `unknown` itself. */
const doc_node *iac_tf_var_alt(tf_scope *s, const tf_decl *d, const hcl_expr *type,
                               const doc_node *unknown);
/* The conditional e whose condition c is unknown (not an error) as one of its
 * branches; NULL when the condition cannot be named. */
const doc_node *iac_tf_cond_alt(tf_scope *s, const hcl_expr *e, const doc_node *c);
/* x == y / x != y (e) where one side is an alternative and the other known:
 * a bool per branch; NULL otherwise. */
const doc_node *iac_tf_eq_alt(tf_scope *s, const hcl_expr *e, const doc_node *x, const doc_node *y);

#endif
