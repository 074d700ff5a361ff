/* tf_call.c — a Terraform function call: the TF_FUNCTIONS table (tf_fn.h),
 * its lookup, the argument rules every row states (arity, unknown policy),
 * and try()/can(), which decide what an error means. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "tf_fn.h"

typedef struct tf_fn_row {
  const char *name;
  uint8_t min, max, args;
  tf_fn_impl *impl;
} tf_fn_row;

static const tf_fn_row FUNCTIONS[] = {
#define TF_FN_ROW(name, min, max, args) {#name, min, max, args, tf_fn_##name},
    TF_FUNCTIONS(TF_FN_ROW)
#undef TF_FN_ROW
};

enum { N_FUNCTIONS = sizeof FUNCTIONS / sizeof FUNCTIONS[0], FN_SLOTS = 512 };
_Static_assert(2 * N_FUNCTIONS <= FN_SLOTS, "the function table is at most half full");

/* Name -> row by hash (iac_tf_hash, linear probing; row + 1, 0 =
 * empty): every call expression looks its function up. Built once per
 * process; scans evaluate on several threads. */
static uint16_t fn_slots[FN_SLOTS];
static pthread_once_t fn_once = PTHREAD_ONCE_INIT;

static void build_fn_slots(void) {
  for (uint32_t i = 0; i < N_FUNCTIONS; i++) {
    uint32_t h = iac_tf_hash(TF_HASH_SEED, FUNCTIONS[i].name) & (FN_SLOTS - 1);
    while (fn_slots[h])
      h = (h + 1) & (FN_SLOTS - 1);
    fn_slots[h] = (uint16_t)(i + 1);
  }
}

static const tf_fn_row *lookup(const char *name) {
  pthread_once(&fn_once, build_fn_slots);
  for (uint32_t h = iac_tf_hash(TF_HASH_SEED, name) & (FN_SLOTS - 1); fn_slots[h];
       h = (h + 1) & (FN_SLOTS - 1))
    if (!strcmp(FUNCTIONS[fn_slots[h] - 1].name, name)) return &FUNCTIONS[fn_slots[h] - 1];
  return NULL;
}

/* Evaluated arguments; an error in one is the call's result (*err). A final
 * `...` argument is expanded. */
static const doc_node **eval_args(tf_scope *s, const hcl_expr *e, tf_eval_fn *eval, uint32_t *n,
                                  const doc_node **err) {
  hcl_vec args = {0};
  for (uint32_t i = 0; i < e->n; i++) {
    const doc_node *v = eval(s, e->items[i]);
    if (iac_tf_is_error(v)) {
      *err = v;
      return NULL;
    }
    if (e->expand && i + 1 == e->n) {
      if (v->kind == DOC_UNKNOWN) {
        *err = iac_tf_relay(s, v, e->line, e->col);
        return NULL;
      }
      if (v->kind != DOC_LIST) {
        *err = iac_tf_error(s, e->line, e->col, "%s: ... needs a list", e->name);
        return NULL;
      }
      for (uint32_t k = 0; k < v->len; k++)
        iac_hcl_vec_push(s->ev->a, &args, v->u.items[k]);
      continue;
    }
    iac_hcl_vec_push(s->ev->a, &args, (void *)v);
  }
  *n = args.n;
  return (const doc_node **)args.v;
}

/* The unknown that is the result under the row's policy, or NULL. */
static const doc_node *unknown_arg(const tf_fcall *f, uint8_t args) {
  if (args == TF_PASS) return NULL;
  for (uint32_t i = 0; i < f->n; i++) {
    const doc_node *u = NULL;
    if (f->a[i]->kind == DOC_UNKNOWN) return f->a[i];
    if (args == TF_DEEP && iac_tf_deep_unknown(f->a[i], &u)) return u;
  }
  return NULL;
}

static const doc_node *arity(tf_fcall *f, const tf_fn_row *r) {
  if (f->n < r->min) return ERR("%s: needs %d argument%s", f->fn, r->min, r->min == 1 ? "" : "s");
  if (r->max != TF_VARIADIC && f->n > r->max)
    return ERR("%s: takes at most %d argument%s", f->fn, r->max, r->max == 1 ? "" : "s");
  return NULL;
}

const doc_node *iac_tf_call(tf_scope *s, const hcl_expr *call, tf_eval_fn *eval) {
  tf_fcall fc = {s, call, call->name, NULL, 0, call->line, call->col, eval};
  tf_fcall *f = &fc;
  const tf_fn_row *r = lookup(call->name);
  if (r && r->args == TF_LAZY) {
    f->n = call->n;
    const doc_node *bad = arity(f, r);
    return bad ? bad : r->impl(f);
  }
  const doc_node *err = NULL;
  f->a = eval_args(s, call, eval, &f->n, &err);
  if (err) return err;
  /* provider-defined functions ("provider::aws::arn_parse") are never known */
  if (!r && strchr(f->fn, ':')) return UNK("unsupported function %s", f->fn);
  const doc_node *u = unknown_arg(f, r ? r->args : TF_STRICT);
  if (u) return u;
  if (!r) return UNK("unsupported function %s", f->fn);
  const doc_node *bad = arity(f, r);
  return bad ? bad : r->impl(f);
}

/* ---- try / can: the two functions that look at errors ------------------------------ */

const doc_node *tf_fn_try(tf_fcall *f) {
  for (uint32_t i = 0; i < f->call->n; i++) {
    const doc_node *v = f->eval(f->s, f->call->items[i]);
    if (!iac_tf_is_error(v)) return v;
  }
  return ERR("try: no expression succeeded");
}

const doc_node *tf_fn_can(tf_fcall *f) {
  const doc_node *v = f->eval(f->s, f->call->items[0]), *u = NULL;
  if (iac_tf_is_error(v)) return BOOL(false);
  if (iac_tf_deep_unknown(v, &u)) return iac_tf_relay(f->s, u, f->line, f->col);
  return BOOL(true);
}
