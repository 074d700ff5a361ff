/* cfn_eval.c — CloudFormation intrinsic functions, evaluated from the template
 * alone (see cfn.h).
 *
 * Known at scan time: Ref to a parameter with a Default (the default, located
 * at the Ref), Fn::Sub whose variables all resolve, Fn::Join / Fn::Select /
 * Fn::Split / Fn::FindInMap over known values. Everything else is a DOC_UNKNOWN
 * with a reason: "ref:TYPE.LogicalId[.Attr]" for references to another resource
 * (flagged DOC_F_REF: what the refers_to builtin tests), otherwise a sentence such as
 * "parameter Env has no Default" or "Fn::If depends on condition IsProd".
 * `Ref: AWS::NoValue` removes the property, as CloudFormation does.
 *
 * Short forms (`!Ref x`) are tagged nodes from the YAML loader; they are read as
 * the equivalent long form ({"Ref": "x"}). */
#include "cfn.h"
#include "yaml_load.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sentinel for AWS::NoValue: the enclosing entry or item disappears. */
static doc_node NOVALUE_NODE;
#define NOVALUE (&NOVALUE_NODE)

typedef struct ctx {
  const iac_cfn *t;
  base_arena *a;
} ctx;

static const doc_node *resolve(const ctx *c, const doc_node *n);

void iac_cfn_init(iac_cfn *t, iac_unit *u, const doc_node *template_) {
  t->u = u;
  t->st = base_arena_calloc(&u->arena, sizeof *t->st);
  t->st->max = u->max_eval_bytes ? u->max_eval_bytes : IAC_DEFAULT_MAX_EVAL_BYTES;
  t->template_ = template_;
  t->parameters = iac_map_get(template_, "Parameters");
  t->mappings = iac_map_get(template_, "Mappings");
  t->resources = iac_map_get(template_, "Resources");
  t->conditions = iac_map_get(template_, "Conditions");
}

/* prefix + a + sep + b (sep 0: none), NUL-terminated, in the arena: the
 * names and reference reasons built for every resource and reference, without a
 * printf each. a and b are strings without NUL bytes (map keys, scalars). */
static char *concat(base_arena *ar, const char *prefix, const char *a, char sep, const char *b,
                    size_t *len) {
  size_t np = strlen(prefix), na = strlen(a), nb = b ? strlen(b) : 0, ns = sep ? 1 : 0;
  char *p = base_arena_alloc(ar, np + na + ns + nb + 1);
  memcpy(p, prefix, np);
  memcpy(p + np, a, na);
  if (sep) p[np + na] = sep;
  if (nb) memcpy(p + np + na + ns, b, nb);
  p[np + na + ns + nb] = 0;
  if (len) *len = np + na + ns + nb;
  return p;
}

const char *iac_cfn_resource_name(const iac_cfn *t, const char *logical_id) {
  const doc_node *r = iac_map_get(t->resources, logical_id);
  const doc_node *type = iac_map_get(r, "Type");
  if (!type || type->kind != DOC_STRING) return NULL;
  return concat(&t->u->arena, "", type->u.str, '.', logical_id, NULL);
}

static doc_node *unknown(const ctx *c, const doc_node *at, const char *why) {
  return iac_doc_unknown(c->a, why, at->line, at->col);
}

/* ---- the evaluation budget --------------------------------------------------- */

/* Charges n bytes of evaluation output; false past the unit's budget (the
 * first time, a located warning says so; the caller returns over_budget()). */
static bool charge(const ctx *c, uint64_t n, const doc_node *at) {
  iac_cfn_state *st = c->t->st;
  if (st->used <= st->max && n <= st->max - st->used) {
    st->used += n;
    return true;
  }
  st->used = st->max + 1; /* stays exceeded: later values are unknown too */
  if (!st->reported) {
    st->reported = true;
    iac_unit_warning(c->t->u, at->line, at->col,
                     "limit exceeded: intrinsic functions produce more than %llu bytes "
                     "(--max-eval-bytes); values past it are unknown",
                     (unsigned long long)st->max);
  }
  return false;
}

static doc_node *over_budget(const ctx *c, const doc_node *at) {
  return unknown(c, at, "limit exceeded: evaluation budget (--max-eval-bytes)");
}

/* An unknown whose reason was just built in the arena: adopted, not copied. */
static doc_node *unknown_owned(const ctx *c, const doc_node *at, const char *why, size_t len) {
  doc_node *n = iac_doc_null(c->a, at->line, at->col);
  n->kind = DOC_UNKNOWN;
  n->u.str = why;
  n->len = (uint32_t)len;
  return n;
}

/* A reference to resource RES (or its attribute): flagged DOC_F_REF, which is
 * what refers_to tests; the reason reads "ref:RES" or "ref:RES.ATTR". */
static doc_node *unknown_ref(const ctx *c, const doc_node *at, const char *res, const char *attr) {
  size_t len;
  char *why = concat(c->a, DOC_REF_PREFIX, res, attr ? '.' : 0, attr, &len);
  doc_node *n = unknown_owned(c, at, why, len);
  n->flags |= DOC_F_REF;
  return n;
}

/* A copy of n located at `at` (the value came from elsewhere in the template,
 * but a finding about it belongs where it is used). */
static const doc_node *relocate(const ctx *c, const doc_node *n, const doc_node *at) {
  if (n->kind != DOC_UNKNOWN && !charge(c, sizeof(doc_node), at)) return over_budget(c, at);
  doc_node *m = base_arena_alloc(c->a, sizeof *m);
  *m = *n;
  m->line = at->line;
  m->col = at->col;
  m->tag = 0;
  return m;
}

static bool is_str(const doc_node *n) {
  return n && n->kind == DOC_STRING;
}

/* The scalar as CloudFormation would stringify it into Fn::Join / Fn::Sub. */
static bool scalar_text(const doc_node *n, char *buf, size_t cap, const char **out, size_t *len) {
  switch (n->kind) {
  case DOC_STRING:
    *out = n->u.str;
    *len = n->len;
    return true;
  case DOC_NUMBER:
    if (n->u.num == floor(n->u.num) && fabs(n->u.num) < 9007199254740992.0)
      snprintf(buf, cap, "%lld", (long long)n->u.num);
    else
      snprintf(buf, cap, "%.17g", n->u.num);
    break;
  case DOC_BOOL: snprintf(buf, cap, "%s", n->u.b ? "true" : "false"); break;
  default: return false;
  }
  *out = buf;
  *len = strlen(buf);
  return true;
}

/* ---- growable string in the arena ------------------------------------------- */

/* ---- unknown reasons ------------------------------------------------------------ */

/* Among several unknown inputs, the reason worth keeping: a reference to a
 * resource (so refers_to sees it), else the first one. */
static const doc_node *pick_unknown(const doc_node *have, const doc_node *cand) {
  if (!have) return cand;
  if (!(have->flags & DOC_F_REF) && (cand->flags & DOC_F_REF)) return cand;
  return have;
}

/* why's reason and kind (a reference stays one) located at `at`. */
static const doc_node *as_unknown(const ctx *c, const doc_node *why, const doc_node *at) {
  doc_node *n = unknown(c, at, why->u.str);
  n->flags |= why->flags & DOC_F_REF;
  return n;
}

/* ---- Ref / GetAtt ------------------------------------------------------------ */

static const doc_node *split_list(const ctx *c, const char *s, size_t n, const char *delim,
                                  const doc_node *at, bool trim) {
  size_t dl = strlen(delim), cnt = 1;
  if (dl)
    for (size_t i = 0; i + dl <= n; i++)
      if (!memcmp(s + i, delim, dl)) cnt++, i += dl - 1;
  if (!charge(c, (uint64_t)cnt * (sizeof(doc_node *) + sizeof(doc_node)) + n, at))
    return over_budget(c, at);
  doc_node **items = base_arena_alloc(c->a, cnt * sizeof *items);
  size_t k = 0, start = 0;
  for (size_t i = 0; i <= n; i++) {
    bool cut = i == n || (dl && i + dl <= n && !memcmp(s + i, delim, dl));
    if (!cut) continue;
    size_t b = start, e = i;
    if (trim) {
      while (b < e && (s[b] == ' ' || s[b] == '\t'))
        b++;
      while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    }
    items[k++] = iac_doc_string(c->a, s + b, e - b, at->line, at->col);
    if (i == n) break;
    start = i + dl;
    i += dl ? dl - 1 : 0;
  }
  return iac_doc_list(c->a, items, (uint32_t)k, at->line, at->col);
}

/* ---- alternatives (doc.h) ------------------------------------------------------ */

/* The value of a parameter without Default whose AllowedValues are scalars:
 * one of them, the choice "parameter NAME" (every Ref to it takes the same).
 * NULL when they do not say (no list, an empty one, a list parameter: its
 * AllowedValues constrain each item). */
static const doc_node *param_alt(const ctx *c, const char *name, const doc_node *param,
                                 const doc_node *type, const char *why, const doc_node *at) {
  const doc_node *av = iac_map_get(param, "AllowedValues");
  if (!av || av->kind != DOC_LIST || av->len == 0 || av->len > 256) return NULL;
  if (is_str(type) && (!strcmp(type->u.str, "CommaDelimitedList") || !strncmp(type->u.str, "List<", 5)))
    return NULL;
  for (uint32_t i = 0; i < av->len; i++) {
    const doc_node *v = av->u.items[i];
    if (v->kind != DOC_STRING && v->kind != DOC_NUMBER && v->kind != DOC_BOOL) return NULL;
  }
  if (av->len == 1) return relocate(c, av->u.items[0], at);
  if (!charge(c, (uint64_t)av->len * (sizeof(doc_node) + 2 * sizeof(char *)), at))
    return over_budget(c, at);
  const char *choice = concat(c->a, "parameter ", name, 0, NULL, NULL);
  doc_node **br = base_arena_alloc(c->a, av->len * sizeof *br);
  const char **ph = base_arena_alloc(c->a, av->len * sizeof *ph);
  for (uint32_t i = 0; i < av->len; i++) {
    char num[64];
    const char *txt;
    size_t tl;
    br[i] = (doc_node *)relocate(c, av->u.items[i], at);
    scalar_text(av->u.items[i], num, sizeof num, &txt, &tl);
    ph[i] = base_arena_printf(c->a, "%s = %.*s", choice, (int)tl, txt);
  }
  return iac_doc_alt(c->a, why, choice, av->len, br, ph, at->line, at->col);
}

/* Fn::If [Cond, a, b]: a or b, the choice "condition Cond" (every Fn::If on
 * it takes the same branch). A branch that is AWS::NoValue is an absent
 * value (NULL). */
static const doc_node *fn_if(const ctx *c, const doc_node *arg, const doc_node *at) {
  const doc_node *cond = arg->kind == DOC_LIST && arg->len == 3 ? arg->u.items[0] : NULL;
  if (!is_str(cond)) return unknown(c, at, "malformed Fn::If");
  const char *why = base_arena_printf(c->a, "Fn::If depends on condition %s", cond->u.str);
  if (!charge(c, 2 * (sizeof(doc_node) + 2 * sizeof(char *)), at)) return over_budget(c, at);
  doc_node **br = base_arena_alloc(c->a, 2 * sizeof *br);
  const char **ph = base_arena_alloc(c->a, 2 * sizeof *ph);
  for (int i = 0; i < 2; i++) {
    const doc_node *v = resolve(c, arg->u.items[1 + i]);
    br[i] = v == NOVALUE ? NULL : (doc_node *)v;
  }
  if (!br[0] && !br[1]) return NOVALUE;
  const char *choice = concat(c->a, "condition ", cond->u.str, 0, NULL, NULL);
  ph[0] = concat(c->a, "", choice, 0, " is true", NULL);
  ph[1] = concat(c->a, "", choice, 0, " is false", NULL);
  return iac_doc_alt(c->a, why, choice, 2, br, ph, at->line, at->col);
}

/* An alternative one of whose branches is absent, as a list item: a list
 * with a hole in one combination is not a value rules can index, so it
 * stays a plain unknown there. */
static const doc_node *list_item(const ctx *c, const doc_node *v) {
  const doc_alt *alt = iac_doc_alt_of(v);
  if (alt)
    for (uint32_t i = 0; i < alt->n; i++)
      if (!alt->branches[i]) return iac_doc_alt_plain(c->a, v);
  return v;
}

static const doc_node *ref_param(const ctx *c, const char *name, const doc_node *param,
                                 const doc_node *at) {
  const doc_node *def = iac_map_get(param, "Default");
  const doc_node *type = iac_map_get(param, "Type");
  if (!def) {
    const char *why = base_arena_printf(c->a, "parameter %s has no Default", name);
    const doc_node *alt = param_alt(c, name, param, type, why, at);
    return alt ? alt : unknown(c, at, why);
  }
  /* List parameters take a comma-separated default and yield a list */
  if (is_str(type) && is_str(def) &&
      (!strcmp(type->u.str, "CommaDelimitedList") || !strncmp(type->u.str, "List<", 5)))
    return split_list(c, def->u.str, def->len, ",", at, true);
  return relocate(c, def, at);
}

static const doc_node *ref(const ctx *c, const char *name, const doc_node *at) {
  if (!strncmp(name, "AWS::", 5)) {
    if (!strcmp(name, "AWS::NoValue")) return NOVALUE;
    return unknown(c, at, base_arena_printf(c->a, "pseudo parameter %s", name));
  }
  const doc_node *param = iac_map_get(c->t->parameters, name);
  if (param) return ref_param(c, name, param, at);
  const char *res = iac_cfn_resource_name(c->t, name);
  if (res) return unknown_ref(c, at, res, NULL);
  return unknown(c, at, base_arena_printf(c->a, "Ref to undefined name %s", name));
}

static const doc_node *get_att(const ctx *c, const char *resname, const char *attr,
                               const doc_node *at) {
  const char *res = iac_cfn_resource_name(c->t, resname);
  if (!res)
    return unknown(c, at, base_arena_printf(c->a, "Fn::GetAtt of undefined resource %s", resname));
  return unknown_ref(c, at, res, attr);
}

static const doc_node *fn_getatt(const ctx *c, const doc_node *arg, const doc_node *at) {
  if (is_str(arg)) { /* "Res.Attr.Sub" (short form string) */
    const char *dot = strchr(arg->u.str, '.');
    if (!dot) return unknown(c, at, "malformed Fn::GetAtt");
    char *res = base_arena_strndup(c->a, arg->u.str, (size_t)(dot - arg->u.str));
    return get_att(c, res, dot + 1, at);
  }
  if (arg->kind == DOC_LIST && arg->len == 2 && is_str(arg->u.items[0])) {
    const doc_node *attr = resolve(c, arg->u.items[1]);
    if (is_str(attr)) return get_att(c, arg->u.items[0]->u.str, attr->u.str, at);
    return get_att(c, arg->u.items[0]->u.str, "?", at);
  }
  return unknown(c, at, "malformed Fn::GetAtt");
}

/* ---- Fn::Sub ------------------------------------------------------------------ */

static const doc_node *sub_var(const ctx *c, const char *name, const doc_node *vars,
                               const doc_node *at) {
  const doc_node *v = iac_map_get(vars, name);
  if (v) return resolve(c, v);
  const char *dot = strchr(name, '.');
  if (dot && strncmp(name, "AWS::", 5) != 0) {
    char *res = base_arena_strndup(c->a, name, (size_t)(dot - name));
    return get_att(c, res, dot + 1, at);
  }
  return ref(c, name, at);
}

static const doc_node *fn_sub(const ctx *c, const doc_node *arg, const doc_node *at) {
  const doc_node *tmpl = arg, *vars = NULL;
  if (arg->kind == DOC_LIST) {
    if (arg->len < 1 || arg->len > 2) return unknown(c, at, "malformed Fn::Sub");
    tmpl = arg->u.items[0];
    if (arg->len == 2) vars = arg->u.items[1];
  }
  if (!is_str(tmpl)) return unknown(c, at, "malformed Fn::Sub");
  const char *s = tmpl->u.str;
  size_t n = tmpl->len;
  base_strbuf b = {c->a, NULL, 0, 0};
  base_strbuf_add(&b, "", 0);
  const doc_node *unk = NULL;
  for (size_t i = 0; i < n;) {
    if (s[i] == '$' && i + 1 < n && s[i + 1] == '{') {
      const char *close = memchr(s + i + 2, '}', n - i - 2);
      if (!close) {
        base_strbuf_add(&b, s + i, n - i);
        break;
      }
      size_t vlen = (size_t)(close - (s + i + 2));
      if (vlen && s[i + 2] == '!') { /* ${!Literal} -> ${Literal} */
        base_strbuf_add(&b, "${", 2);
        base_strbuf_add(&b, s + i + 3, vlen - 1);
        base_strbuf_add(&b, "}", 1);
      } else {
        char *name = base_arena_strndup(c->a, s + i + 2, vlen);
        /* CloudFormation tolerates spaces inside ${ } */
        while (*name == ' ')
          name++;
        for (size_t e = strlen(name); e && name[e - 1] == ' ';)
          name[--e] = 0;
        const doc_node *v = sub_var(c, name, vars, at);
        char num[64];
        const char *txt;
        size_t tl;
        if (v == NOVALUE) {
          unk = pick_unknown(unk, unknown(c, at, "Fn::Sub uses AWS::NoValue"));
        } else if (v->kind == DOC_UNKNOWN) {
          unk = pick_unknown(unk, v);
        } else if (scalar_text(v, num, sizeof num, &txt, &tl)) {
          if (!charge(c, tl, at)) return over_budget(c, at);
          base_strbuf_add(&b, txt, tl);
        } else {
          unk = pick_unknown(
              unk,
              unknown(c, at, base_arena_printf(c->a, "Fn::Sub variable %s is not a string", name)));
        }
      }
      i += vlen + 3;
      continue;
    }
    size_t j = i + 1;
    while (j < n && s[j] != '$')
      j++;
    if (!charge(c, j - i, at)) return over_budget(c, at);
    base_strbuf_add(&b, s + i, j - i);
    i = j;
  }
  if (unk) return as_unknown(c, unk, at);
  return iac_doc_string(c->a, b.p, b.n, at->line, at->col);
}

/* ---- Fn::Join / Select / Split / FindInMap --------------------------------- */

static const doc_node *fn_join(const ctx *c, const doc_node *arg, const doc_node *at) {
  if (arg->kind != DOC_LIST || arg->len != 2) return unknown(c, at, "malformed Fn::Join");
  const doc_node *delim = resolve(c, arg->u.items[0]);
  const doc_node *list = resolve(c, arg->u.items[1]);
  if (delim->kind == DOC_UNKNOWN) return as_unknown(c, delim, at);
  if (list->kind == DOC_UNKNOWN) return as_unknown(c, list, at);
  if (!is_str(delim) || list->kind != DOC_LIST) return unknown(c, at, "malformed Fn::Join");
  base_strbuf b = {c->a, NULL, 0, 0};
  base_strbuf_add(&b, "", 0);
  const doc_node *unk = NULL;
  for (uint32_t i = 0; i < list->len; i++) {
    const doc_node *v = list->u.items[i];
    char num[64];
    const char *txt;
    size_t tl;
    if (i) {
      if (!charge(c, delim->len, at)) return over_budget(c, at);
      base_strbuf_add(&b, delim->u.str, delim->len);
    }
    if (v->kind == DOC_UNKNOWN)
      unk = pick_unknown(unk, v);
    else if (scalar_text(v, num, sizeof num, &txt, &tl)) {
      if (!charge(c, tl, at)) return over_budget(c, at);
      base_strbuf_add(&b, txt, tl);
    }
    else
      unk = pick_unknown(unk, unknown(c, at, "Fn::Join of a non-string value"));
  }
  if (unk) return as_unknown(c, unk, at);
  return iac_doc_string(c->a, b.p, b.n, at->line, at->col);
}

static const doc_node *fn_select(const ctx *c, const doc_node *arg, const doc_node *at) {
  if (arg->kind != DOC_LIST || arg->len != 2) return unknown(c, at, "malformed Fn::Select");
  const doc_node *idx = resolve(c, arg->u.items[0]);
  const doc_node *list = resolve(c, arg->u.items[1]);
  if (idx->kind == DOC_UNKNOWN) return as_unknown(c, idx, at);
  if (list->kind == DOC_UNKNOWN) return as_unknown(c, list, at);
  double i;
  if (idx->kind == DOC_NUMBER)
    i = idx->u.num;
  else if (is_str(idx) && idx->len && idx->len < 10 && strspn(idx->u.str, "0123456789") == idx->len)
    i = atof(idx->u.str);
  else
    return unknown(c, at, "malformed Fn::Select");
  if (list->kind != DOC_LIST) return unknown(c, at, "malformed Fn::Select");
  if (i < 0 || i >= list->len || i != floor(i))
    return unknown(c, at, base_arena_printf(c->a, "Fn::Select index %g out of range", i));
  return relocate(c, list->u.items[(uint32_t)i], at);
}

static const doc_node *fn_split(const ctx *c, const doc_node *arg, const doc_node *at) {
  if (arg->kind != DOC_LIST || arg->len != 2) return unknown(c, at, "malformed Fn::Split");
  const doc_node *delim = resolve(c, arg->u.items[0]);
  const doc_node *s = resolve(c, arg->u.items[1]);
  if (delim->kind == DOC_UNKNOWN) return as_unknown(c, delim, at);
  if (s->kind == DOC_UNKNOWN) return as_unknown(c, s, at);
  if (!is_str(delim) || !is_str(s) || delim->len == 0) return unknown(c, at, "malformed Fn::Split");
  return split_list(c, s->u.str, s->len, delim->u.str, at, false);
}

static const doc_node *fn_findinmap(const ctx *c, const doc_node *arg, const doc_node *at) {
  if (arg->kind != DOC_LIST || arg->len < 3 || arg->len > 4)
    return unknown(c, at, "malformed Fn::FindInMap");
  const doc_node *k[3];
  for (int i = 0; i < 3; i++) {
    k[i] = resolve(c, arg->u.items[i]);
    if (k[i]->kind == DOC_UNKNOWN) return as_unknown(c, k[i], at);
    if (!is_str(k[i])) return unknown(c, at, "malformed Fn::FindInMap");
  }
  const doc_node *m = iac_map_get(c->t->mappings, k[0]->u.str);
  const doc_node *v = iac_map_get(iac_map_get(m, k[1]->u.str), k[2]->u.str);
  if (v) {
    /* a mapping value may hold intrinsics again, FindInMap too: a value
     * being resolved reached again is a cycle, a long chain a limit */
    iac_cfn_state *st = c->t->st;
    const char *stop = NULL;
    for (uint32_t i = 0; i < st->n_active && !stop; i++)
      if (st->active[i] == v)
        stop = base_arena_printf(c->a, "Fn::FindInMap: %s/%s/%s refers to itself", k[0]->u.str,
                                 k[1]->u.str, k[2]->u.str);
    if (!stop && st->n_active == IAC_CFN_MAX_MAP_CHAIN)
      stop = base_arena_printf(c->a, "Fn::FindInMap: more than %d nested mapping lookups",
                               IAC_CFN_MAX_MAP_CHAIN);
    if (stop) { /* located where the loop closes; the value is unknown */
      iac_unit_warning(c->t->u, at->line, at->col, "%s; the value is unknown", stop);
      return unknown(c, at, stop);
    }
    st->active[st->n_active++] = v;
    const doc_node *r = resolve(c, v);
    st->n_active--;
    return relocate(c, r, at);
  }
  /* AWS::LanguageExtensions: [Map, K1, K2, {DefaultValue: x}] */
  const doc_node *def = arg->len == 4 ? iac_map_get(arg->u.items[3], "DefaultValue") : NULL;
  if (def) return relocate(c, resolve(c, def), at);
  if (!m)
    return unknown(c, at, base_arena_printf(c->a, "Fn::FindInMap: no mapping %s", k[0]->u.str));
  return unknown(c, at,
                 base_arena_printf(c->a, "Fn::FindInMap: %s has no %s/%s", k[0]->u.str, k[1]->u.str,
                                  k[2]->u.str));
}

/* ---- dispatch --------------------------------------------------------------- */

static const doc_node *intrinsic(const ctx *c, const char *fn, const doc_node *arg,
                                 const doc_node *at) {
  if (!strcmp(fn, "Ref")) {
    if (!is_str(arg)) return unknown(c, at, "malformed Ref");
    return ref(c, arg->u.str, at);
  }
  if (!strcmp(fn, "Fn::GetAtt")) return fn_getatt(c, arg, at);
  if (!strcmp(fn, "Fn::Sub")) return fn_sub(c, arg, at);
  if (!strcmp(fn, "Fn::Join")) return fn_join(c, arg, at);
  if (!strcmp(fn, "Fn::Select")) return fn_select(c, arg, at);
  if (!strcmp(fn, "Fn::Split")) return fn_split(c, arg, at);
  if (!strcmp(fn, "Fn::FindInMap")) return fn_findinmap(c, arg, at);
  if (!strcmp(fn, "Fn::If")) return fn_if(c, arg, at);
  if (!strcmp(fn, "Fn::ImportValue"))
    return unknown(c, at, "Fn::ImportValue: exported by another stack");
  if (!strcmp(fn, "Fn::GetAZs")) return unknown(c, at, "Fn::GetAZs: known at deploy time");
  return unknown(c, at, base_arena_printf(c->a, "%s is evaluated at deploy time", fn));
}

/* The single key of an intrinsic map, or NULL. */
static const char *intrinsic_key(const doc_node *n) {
  if (n->kind != DOC_MAP || n->len != 1) return NULL;
  const char *k = n->u.entries[0].key;
  if (!strcmp(k, "Ref") || !strncmp(k, "Fn::", 4)) return k;
  return NULL;
}

/* The node with its short-form tag stripped (the argument of `!Fn arg`). */
static const doc_node *untagged(const ctx *c, const doc_node *n) {
  doc_node *m = base_arena_alloc(c->a, sizeof *m);
  *m = *n;
  m->tag = 0;
  return m;
}

static const doc_node *resolve_node(const ctx *c, const doc_node *n);

/* Nesting is counted across references (a mapping value, a parameter's
 * default), so chains of them cannot exhaust the stack. */
static const doc_node *resolve(const ctx *c, const doc_node *n) {
  iac_cfn_state *st = c->t->st;
  if (st->used > st->max && n->kind != DOC_STRING && n->kind != DOC_NUMBER &&
      n->kind != DOC_BOOL && n->kind != DOC_NULL)
    return over_budget(c, n);
  if (st->depth >= IAC_CFN_MAX_DEPTH) {
    const char *why = base_arena_printf(c->a, "limit exceeded: intrinsics nested more than %d deep",
                                        IAC_CFN_MAX_DEPTH);
    iac_unit_warning(c->t->u, n->line, n->col, "%s; the value is unknown", why);
    return unknown(c, n, why);
  }
  /* an untagged scalar (most nodes) is itself: no call to look its tag up */
  if (!n->tag && n->kind != DOC_MAP && n->kind != DOC_LIST) return n;
  st->depth++;
  const doc_node *r = resolve_node(c, n);
  st->depth--;
  return r;
}

static const doc_node *resolve_node(const ctx *c, const doc_node *n) {
  const char *fn = iac_yaml_tag_cfn(n->tag);
  if (fn) {
    const doc_node *arg = untagged(c, n);
    if (n->tag == IAC_TAG_CONDITION) return unknown(c, n, "Condition is evaluated at deploy time");
    return intrinsic(c, fn, arg, n);
  }
  fn = intrinsic_key(n);
  if (fn) return intrinsic(c, fn, n->u.entries[0].val, n);
  /* Maps and lists are copied only from their first changed child on: most
   * subtrees hold no intrinsic and come back as they are (an untagged
   * collection's copy would be identical to it; a tagged one is copied, as
   * the copy drops the tag). */
  if (n->kind == DOC_MAP) {
    doc_entry *ents = NULL;
    uint32_t k = 0;
    for (uint32_t i = 0; i < n->len; i++) {
      const doc_node *v = resolve(c, n->u.entries[i].val);
      if (!ents && v == n->u.entries[i].val && !n->tag) continue;
      if (!ents) {
        if (!charge(c, (uint64_t)n->len * sizeof *ents + sizeof *n, n)) return over_budget(c, n);
        ents = base_arena_alloc(c->a, (n->len ? n->len : 1) * sizeof *ents);
        memcpy(ents, n->u.entries, i * sizeof *ents);
        k = i;
      }
      if (v == NOVALUE) continue;
      ents[k] = n->u.entries[i];
      ents[k++].val = (doc_node *)v;
    }
    if (!ents && !n->tag) return n;
    if (!ents) ents = base_arena_alloc(c->a, sizeof *ents); /* empty tagged map */
    doc_node *m = iac_doc_null(c->a, n->line, n->col);
    m->kind = DOC_MAP;
    m->u.entries = ents;
    m->len = k;
    m->flags = n->flags;
    return m;
  }
  if (n->kind == DOC_LIST) {
    doc_node **items = NULL;
    uint32_t k = 0;
    for (uint32_t i = 0; i < n->len; i++) {
      const doc_node *v = resolve(c, n->u.items[i]);
      if (v->flags & DOC_F_ALT) v = list_item(c, v);
      if (!items && v == n->u.items[i] && !n->tag) continue;
      if (!items) {
        if (!charge(c, (uint64_t)n->len * sizeof *items + sizeof *n, n)) return over_budget(c, n);
        items = base_arena_alloc(c->a, (n->len ? n->len : 1) * sizeof *items);
        memcpy(items, n->u.items, i * sizeof *items);
        k = i;
      }
      if (v != NOVALUE) items[k++] = (doc_node *)v;
    }
    if (!items && !n->tag) return n;
    if (!items) items = base_arena_alloc(c->a, sizeof *items); /* empty tagged list */
    doc_node *l = iac_doc_null(c->a, n->line, n->col);
    l->kind = DOC_LIST;
    l->u.items = items;
    l->len = k;
    l->flags = n->flags;
    return l;
  }
  return n;
}

/* Metadata is data for tools (cfn-lint, cfn_nag, Vigil suppressions), not
 * evaluated by CloudFormation: keep it as written, short forms spelled long. */
static const doc_node *longhand(const ctx *c, const doc_node *n) {
  const char *fn = iac_yaml_tag_cfn(n->tag);
  if (fn) {
    doc_entry e = {fn, (uint32_t)strlen(fn), n->line, n->col,
                   (doc_node *)longhand(c, untagged(c, n))};
    doc_node *m = iac_doc_map(c->a, &e, 1, n->line, n->col);
    m->flags |= DOC_F_INTRINSIC;
    return m;
  }
  if (n->kind == DOC_MAP) {
    doc_entry *ents = base_arena_alloc(c->a, (n->len ? n->len : 1) * sizeof *ents);
    for (uint32_t i = 0; i < n->len; i++) {
      ents[i] = n->u.entries[i];
      ents[i].val = (doc_node *)longhand(c, ents[i].val);
    }
    doc_node *m = iac_doc_map(c->a, NULL, 0, n->line, n->col);
    m->u.entries = ents;
    m->len = n->len;
    m->flags = n->flags | (intrinsic_key(n) ? DOC_F_INTRINSIC : 0);
    return m;
  }
  if (n->kind == DOC_LIST) {
    doc_node **items = base_arena_alloc(c->a, (n->len ? n->len : 1) * sizeof *items);
    for (uint32_t i = 0; i < n->len; i++)
      items[i] = (doc_node *)longhand(c, n->u.items[i]);
    doc_node *l = iac_doc_list(c->a, NULL, 0, n->line, n->col);
    l->u.items = items;
    l->len = n->len;
    l->flags = n->flags;
    return l;
  }
  return n;
}

const doc_node *iac_cfn_resolve(const iac_cfn *t, const doc_node *value) {
  ctx c = {t, &t->u->arena};
  const doc_node *v = resolve(&c, value);
  return v == NOVALUE ? NULL : v;
}

const doc_node *iac_cfn_resolve_resource(const iac_cfn *t, const doc_node *resource) {
  ctx c = {t, &t->u->arena};
  if (resource->kind != DOC_MAP) return resource;
  doc_entry *ents = base_arena_alloc(c.a, (resource->len ? resource->len : 1) * sizeof *ents);
  uint32_t k = 0;
  for (uint32_t i = 0; i < resource->len; i++) {
    const doc_entry *e = &resource->u.entries[i];
    const doc_node *v = !strcmp(e->key, "Metadata") ? longhand(&c, e->val) : resolve(&c, e->val);
    if (v == NOVALUE) continue;
    ents[k] = *e;
    ents[k++].val = (doc_node *)v;
  }
  doc_node *m = iac_doc_map(c.a, NULL, 0, resource->line, resource->col);
  m->u.entries = ents;
  m->len = k;
  return m;
}
