/* tf_fn.h — Terraform's built-in functions: one TF_FUNCTIONS row per function.
 *
 * X(name, min, max, args): `name` is the Terraform name and the implementation
 * is tf_fn_<name> (a tf_fn_impl); min/max = how many arguments it takes
 * (TF_VARIADIC: any number), checked by tf_call.c, which also applies `args`:
 *   TF_STRICT  an unknown argument is the result
 *   TF_DEEP    an unknown anywhere inside an argument is the result (the
 *              function reads contents: join, sort, ...)
 *   TF_PASS    unknowns reach the function (it only moves values around:
 *              concat, merge, ..., or keeps them: jsonencode)
 *   TF_LAZY    arguments are not evaluated; the function evaluates them
 *              (try, can)
 * Rows are in strcmp order (tf_call.c looks names up with bsearch; the
 * no-text-kinds suite checks the order). Adding a function = one row here and
 * one tf_fn_<name> in the family file it belongs to. Anything without a row
 * is unknown "unsupported function NAME", never a guess. */
#ifndef VIGIL_IAC_TF_FN_H
#define VIGIL_IAC_TF_FN_H

#include <stdlib.h>

#include "tf_int.h"

enum { TF_STRICT, TF_DEEP, TF_PASS, TF_LAZY };
#define TF_VARIADIC 255

/* clang-format off */
#define TF_FUNCTIONS(X)                          \
  X(abs,              1, 1,           TF_STRICT) \
  X(abspath,          1, 1,           TF_STRICT) \
  X(alltrue,          1, 1,           TF_DEEP)   \
  X(anytrue,          1, 1,           TF_DEEP)   \
  X(base64decode,     1, 1,           TF_STRICT) \
  X(base64encode,     1, 1,           TF_STRICT) \
  X(base64sha256,     1, 1,           TF_STRICT) \
  X(base64sha512,     1, 1,           TF_STRICT) \
  X(basename,         1, 1,           TF_STRICT) \
  X(bcrypt,           1, 2,           TF_STRICT) \
  X(can,              1, 1,           TF_LAZY)   \
  X(ceil,             1, 1,           TF_STRICT) \
  X(chomp,            1, 1,           TF_STRICT) \
  X(cidrhost,         2, 2,           TF_STRICT) \
  X(cidrnetmask,      1, 1,           TF_STRICT) \
  X(cidrsubnet,       3, 3,           TF_STRICT) \
  X(coalesce,         0, TF_VARIADIC, TF_PASS)   \
  X(coalescelist,     0, TF_VARIADIC, TF_STRICT) \
  X(compact,          1, 1,           TF_DEEP)   \
  X(concat,           0, TF_VARIADIC, TF_PASS)   \
  X(contains,         2, 2,           TF_DEEP)   \
  X(dirname,          1, 1,           TF_STRICT) \
  X(distinct,         1, 1,           TF_DEEP)   \
  X(element,          2, 2,           TF_STRICT) \
  X(endswith,         2, 2,           TF_STRICT) \
  X(file,             1, 1,           TF_STRICT) \
  X(filebase64,       1, 1,           TF_STRICT) \
  X(filebase64sha256, 1, 1,           TF_STRICT) \
  X(filebase64sha512, 1, 1,           TF_STRICT) \
  X(fileexists,       1, 1,           TF_STRICT) \
  X(filemd5,          1, 1,           TF_STRICT) \
  X(filesha1,         1, 1,           TF_STRICT) \
  X(filesha256,       1, 1,           TF_STRICT) \
  X(filesha512,       1, 1,           TF_STRICT) \
  X(flatten,          1, 1,           TF_DEEP)   \
  X(floor,            1, 1,           TF_STRICT) \
  X(format,           1, TF_VARIADIC, TF_DEEP)   \
  X(formatlist,       1, TF_VARIADIC, TF_DEEP)   \
  X(index,            2, 2,           TF_DEEP)   \
  X(join,             2, TF_VARIADIC, TF_DEEP)   \
  X(jsondecode,       1, 1,           TF_STRICT) \
  X(jsonencode,       1, 1,           TF_PASS)   \
  X(keys,             1, 1,           TF_STRICT) \
  X(length,           1, 1,           TF_PASS)   \
  X(lookup,           2, 3,           TF_PASS)   \
  X(lower,            1, 1,           TF_STRICT) \
  X(max,              0, TF_VARIADIC, TF_DEEP)   \
  X(md5,              1, 1,           TF_STRICT) \
  X(merge,            0, TF_VARIADIC, TF_PASS)   \
  X(min,              0, TF_VARIADIC, TF_DEEP)   \
  X(one,              1, 1,           TF_STRICT) \
  X(pathexpand,       1, 1,           TF_STRICT) \
  X(plantimestamp,    0, 0,           TF_STRICT) \
  X(range,            1, 3,           TF_STRICT) \
  X(regex,            2, 2,           TF_STRICT) \
  X(regexall,         2, 2,           TF_STRICT) \
  X(replace,          3, 3,           TF_STRICT) \
  X(reverse,          1, 1,           TF_STRICT) \
  X(setunion,         0, TF_VARIADIC, TF_DEEP)   \
  X(sha1,             1, 1,           TF_STRICT) \
  X(sha256,           1, 1,           TF_STRICT) \
  X(sha512,           1, 1,           TF_STRICT) \
  X(slice,            3, 3,           TF_STRICT) \
  X(sort,             1, 1,           TF_DEEP)   \
  X(split,            2, 2,           TF_STRICT) \
  X(startswith,       2, 2,           TF_STRICT) \
  X(substr,           3, 3,           TF_STRICT) \
  X(sum,              1, 1,           TF_DEEP)   \
  X(templatefile,     2, 2,           TF_STRICT) \
  X(timestamp,        0, 0,           TF_STRICT) \
  X(title,            1, 1,           TF_STRICT) \
  X(tobool,           1, 1,           TF_STRICT) \
  X(tolist,           1, 1,           TF_PASS)   \
  X(tomap,            1, 1,           TF_PASS)   \
  X(tonumber,         1, 1,           TF_STRICT) \
  X(toset,            1, 1,           TF_DEEP)   \
  X(tostring,         1, 1,           TF_STRICT) \
  X(trim,             2, 2,           TF_STRICT) \
  X(trimprefix,       2, 2,           TF_STRICT) \
  X(trimspace,        1, 1,           TF_STRICT) \
  X(trimsuffix,       2, 2,           TF_STRICT) \
  X(try,              1, TF_VARIADIC, TF_LAZY)   \
  X(upper,            1, 1,           TF_STRICT) \
  X(urlencode,        1, 1,           TF_STRICT) \
  X(uuid,             0, 0,           TF_STRICT) \
  X(values,           1, 1,           TF_STRICT) \
  X(yamldecode,       1, 1,           TF_STRICT) \
  X(zipmap,           2, 2,           TF_STRICT)
/* clang-format on */

/* One call: the evaluated arguments (a, n) — for TF_LAZY the expressions
 * call->items instead — located at the call. */
typedef struct tf_fcall {
  tf_scope *s;
  const hcl_expr *call;
  const char *fn; /* the function's name (messages) */
  const doc_node **a;
  uint32_t n;
  uint32_t line, col;
  tf_eval_fn *eval; /* evaluates an expression (try, can, templatefile) */
} tf_fcall;

typedef const doc_node *tf_fn_impl(tf_fcall *f);

#define TF_FN_DECLARE(name, min, max, args) tf_fn_impl tf_fn_##name;
TF_FUNCTIONS(TF_FN_DECLARE)
#undef TF_FN_DECLARE

/* Argument i as a string (numbers and bools converted, as Terraform does);
 * NULL when it is missing or not a primitive. */
static inline const char *iac_tf_fn_sarg(tf_fcall *f, uint32_t i, size_t *len) {
  if (i >= f->n) return NULL;
  return iac_tf_to_string(f->s, f->a[i], len);
}

/* Argument i as a number (a number, or a string that is one entirely). */
static inline bool iac_tf_fn_narg(tf_fcall *f, uint32_t i, double *out) {
  if (i >= f->n) return false;
  const doc_node *v = f->a[i];
  if (v->kind == DOC_NUMBER) {
    *out = v->u.num;
    return true;
  }
  if (v->kind == DOC_STRING) {
    char *e;
    *out = strtod(v->u.str, &e);
    return v->len && !*e;
  }
  return false;
}

/* Shared by the encoding and file families (tf_fn_encoding.c). */
typedef enum { TF_MD5, TF_SHA1, TF_SHA256, TF_SHA512 } tf_hash;
const doc_node *iac_tf_fn_base64(tf_fcall *f, const uint8_t *src, size_t n);
const doc_node *iac_tf_fn_hash(tf_fcall *f, tf_hash alg, const uint8_t *src, size_t n, bool b64out);

#define ERR(...) iac_tf_error(f->s, f->line, f->col, __VA_ARGS__)
#define UNK(...) iac_tf_unknown(f->s, f->line, f->col, __VA_ARGS__)
#define STR(p, n) iac_tf_str(f->s, (p), (n), f->line, f->col)
#define NUM(v) iac_tf_num(f->s, (v), f->line, f->col)
#define BOOL(v) iac_tf_bool(f->s, (v), f->line, f->col)
#define NUL() iac_tf_null(f->s, f->line, f->col)
#define LIST(v, n) iac_tf_list(f->s, (v), (n), f->line, f->col)
#define MAP(e, n) iac_tf_map(f->s, (e), (n), f->line, f->col)
#define ALLOC(n, t) ((t *)base_arena_alloc(f->s->ev->a, ((n) ? (n) : 1) * sizeof(t)))
#define ARENA (f->s->ev->a)

#endif
