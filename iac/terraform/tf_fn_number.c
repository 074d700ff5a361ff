/* tf_fn_number.c — Terraform's numeric functions, primitive type conversions
 * (tostring, tonumber, tobool; the collection ones are in tf_fn_collection.c)
 * and the functions whose value exists only when Terraform runs (timestamp,
 * uuid, ...: unknown, never a guess). */
#include <math.h>
#include <string.h>

#include "tf_fn.h"

/* ---- conversions ----------------------------------------------------------------------- */

const doc_node *tf_fn_tostring(tf_fcall *f) {
  if (f->a[0]->kind == DOC_NULL) return f->a[0];
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("tostring: cannot convert a collection");
  return STR(s0, l0);
}

const doc_node *tf_fn_tonumber(tf_fcall *f) {
  if (f->a[0]->kind == DOC_NULL) return f->a[0];
  double d;
  if (!iac_tf_fn_narg(f, 0, &d)) return ERR("tonumber: not a number");
  return NUM(d);
}

const doc_node *tf_fn_tobool(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind == DOC_NULL || a0->kind == DOC_BOOL) return a0;
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (s0 && (!strcmp(s0, "true") || !strcmp(s0, "false"))) return BOOL(!strcmp(s0, "true"));
  return ERR("tobool: not a bool");
}

/* ---- numbers --------------------------------------------------------------------------- */

typedef enum { AGG_MAX, AGG_MIN, AGG_SUM } agg_mode;

static const doc_node *aggregate(tf_fcall *f, const doc_node *const *v, uint32_t cnt,
                                 agg_mode mode) {
  if (!cnt) return ERR("%s: needs at least one number", f->fn);
  double acc = mode == AGG_SUM ? 0 : NAN;
  for (uint32_t i = 0; i < cnt; i++) {
    if (v[i]->kind != DOC_NUMBER) return ERR("%s: needs numbers", f->fn);
    double x = v[i]->u.num;
    if (mode == AGG_SUM)
      acc += x;
    else if (isnan(acc) || (mode == AGG_MAX ? x > acc : x < acc))
      acc = x;
  }
  return NUM(acc);
}

const doc_node *tf_fn_max(tf_fcall *f) {
  return aggregate(f, f->a, f->n, AGG_MAX);
}

const doc_node *tf_fn_min(tf_fcall *f) {
  return aggregate(f, f->a, f->n, AGG_MIN);
}

const doc_node *tf_fn_sum(tf_fcall *f) {
  const doc_node *a0 = f->a[0];
  if (a0->kind != DOC_LIST) return ERR("sum: needs a list");
  return aggregate(f, (const doc_node *const *)a0->u.items, a0->len, AGG_SUM);
}

static const doc_node *math1(tf_fcall *f, double (*op)(double)) {
  double d;
  if (!iac_tf_fn_narg(f, 0, &d)) return ERR("%s: needs a number", f->fn);
  return NUM(op(d));
}

const doc_node *tf_fn_abs(tf_fcall *f) {
  return math1(f, fabs);
}

const doc_node *tf_fn_ceil(tf_fcall *f) {
  return math1(f, ceil);
}

const doc_node *tf_fn_floor(tf_fcall *f) {
  return math1(f, floor);
}

const doc_node *tf_fn_range(tf_fcall *f) {
  double st = 0, en, step = 1;
  if (f->n == 1 && iac_tf_fn_narg(f, 0, &en)) {
  } else if (f->n >= 2 && iac_tf_fn_narg(f, 0, &st) && iac_tf_fn_narg(f, 1, &en)) {
    if (f->n >= 3 && !iac_tf_fn_narg(f, 2, &step)) return ERR("range: bad step");
    if (f->n < 3 && en < st) step = -1;
  } else
    return ERR("range: needs numbers");
  if (step == 0) return ERR("range: step must not be zero");
  double cnt = ceil((en - st) / step);
  if (cnt < 0) cnt = 0;
  if (cnt > 1024) return ERR("range: more than 1024 elements");
  const doc_node **v = ALLOC((uint32_t)cnt, const doc_node *);
  for (uint32_t i = 0; i < (uint32_t)cnt; i++)
    v[i] = NUM(st + i * step);
  return LIST(v, (uint32_t)cnt);
}

/* ---- known only when Terraform runs -------------------------------------------------- */

static const doc_node *at_apply(tf_fcall *f) {
  return UNK("%s() is not known before apply", f->fn);
}

const doc_node *tf_fn_timestamp(tf_fcall *f) {
  return at_apply(f);
}

const doc_node *tf_fn_plantimestamp(tf_fcall *f) {
  return at_apply(f);
}

const doc_node *tf_fn_uuid(tf_fcall *f) {
  return at_apply(f);
}

const doc_node *tf_fn_bcrypt(tf_fcall *f) {
  return at_apply(f);
}
