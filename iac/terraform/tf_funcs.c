/* tf_funcs.c — Terraform's pure built-in functions (the subset rules need;
 * anything else evaluates to unknown "unsupported function NAME", never a
 * guess). Arguments arrive evaluated; an unknown argument makes the result
 * unknown unless the function only moves values around (concat, merge, ...). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <cjson/cJSON.h>
#include <ctype.h>
#include <math.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tf_int.h"

typedef struct fctx {
  tf_scope *s;
  const hcl_expr *call;
  const doc_node **a;
  uint32_t n;
  uint32_t line, col;
} fctx;

#define ERR(...) iac_tf_error(f->s, f->line, f->col, __VA_ARGS__)
#define STR(p, n) iac_tf_str(f->s, (p), (n), f->line, f->col)
#define NUM(v) iac_tf_num(f->s, (v), f->line, f->col)
#define BOOL(v) iac_tf_bool(f->s, (v), f->line, f->col)
#define LIST(v, n) iac_tf_list(f->s, (v), (n), f->line, f->col)
#define ALLOC(n, t) ((t *)base_arena_alloc(f->s->ev->a, ((n) ? (n) : 1) * sizeof(t)))


static const char *sarg(fctx *f, uint32_t i, size_t *len) {
  if (i >= f->n) return NULL;
  return iac_tf_to_string(f->s, f->a[i], len);
}

static bool narg(fctx *f, uint32_t i, double *out) {
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

/* ---- JSON ----------------------------------------------------------------------- */

static void json_str(base_strbuf *b, const char *s, size_t n) {
  base_strbuf_add(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    char esc[8];
    if (ch == '"' || ch == '\\') {
      esc[0] = '\\';
      esc[1] = (char)ch;
      base_strbuf_add(b, esc, 2);
    } else if (ch == '\n')
      base_strbuf_add(b, "\\n", 2);
    else if (ch == '\r')
      base_strbuf_add(b, "\\r", 2);
    else if (ch == '\t')
      base_strbuf_add(b, "\\t", 2);
    else if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&') {
      snprintf(esc, sizeof esc, "\\u%04x", ch); /* as Go's encoding/json */
      base_strbuf_add(b, esc, 6);
    } else
      base_strbuf_add(b, (const char *)&ch, 1);
  }
  base_strbuf_add(b, "\"", 1);
}

static bool json_enc(tf_scope *s, base_strbuf *b, const doc_node *v) {
  switch ((doc_kind)v->kind) {
  case DOC_NULL: base_strbuf_add(b, "null", 4); return true;
  case DOC_BOOL: base_strbuf_add(b, v->u.b ? "true" : "false", v->u.b ? 4 : 5); return true;
  case DOC_NUMBER: {
    size_t n;
    const char *t = iac_tf_to_string(s, v, &n);
    base_strbuf_add(b, t, n);
    return true;
  }
  case DOC_STRING: json_str(b, v->u.str, v->len); return true;
  case DOC_LIST:
    base_strbuf_add(b, "[", 1);
    for (uint32_t i = 0; i < v->len; i++) {
      if (i) base_strbuf_add(b, ",", 1);
      if (!json_enc(s, b, v->u.items[i])) return false;
    }
    base_strbuf_add(b, "]", 1);
    return true;
  case DOC_MAP: {
    const doc_entry **es = iac_tf_sorted_entries(s, v);
    base_strbuf_add(b, "{", 1);
    for (uint32_t i = 0; i < v->len; i++) {
      if (i) base_strbuf_add(b, ",", 1);
      json_str(b, es[i]->key, es[i]->key_len);
      base_strbuf_add(b, ":", 1);
      if (!json_enc(s, b, es[i]->val)) return false;
    }
    base_strbuf_add(b, "}", 1);
    return true;
  }
  case DOC_UNKNOWN: return false;
  }
  return false;
}

char *iac_tf_json_encode(tf_scope *s, const doc_node *v, size_t *len) {
  base_strbuf b = {0};
  b.a = s->ev->a;
  if (!json_enc(s, &b, v)) return NULL;
  *len = b.n;
  return b.p ? b.p : base_arena_strdup(s->ev->a, "");
}

static const doc_node *from_cjson(fctx *f, const cJSON *j, uint32_t depth) {
  if (depth > 256) return ERR("jsondecode: nesting too deep");
  if (cJSON_IsNull(j)) return iac_tf_null(f->s, f->line, f->col);
  if (cJSON_IsBool(j)) return BOOL(cJSON_IsTrue(j));
  if (cJSON_IsNumber(j)) return NUM(j->valuedouble);
  if (cJSON_IsString(j)) return STR(j->valuestring, strlen(j->valuestring));
  uint32_t n = (uint32_t)cJSON_GetArraySize(j), i = 0;
  const cJSON *it;
  if (cJSON_IsArray(j)) {
    const doc_node **v = ALLOC(n, const doc_node *);
    cJSON_ArrayForEach(it, j) {
      v[i] = from_cjson(f, it, depth + 1);
      if (iac_tf_is_error(v[i])) return v[i];
      i++;
    }
    return LIST(v, n);
  }
  doc_entry *es = ALLOC(n, doc_entry);
  cJSON_ArrayForEach(it, j) {
    es[i].key = base_arena_strdup(f->s->ev->a, it->string);
    es[i].key_len = (uint32_t)strlen(it->string);
    es[i].line = f->line;
    es[i].col = f->col;
    es[i].val = (doc_node *)from_cjson(f, it, depth + 1);
    if (iac_tf_is_error(es[i].val)) return es[i].val;
    i++;
  }
  return iac_tf_map(f->s, es, n, f->line, f->col);
}

/* ---- format ---------------------------------------------------------------------- */

static const doc_node *fn_format(fctx *f) {
  size_t flen;
  const char *fmt = sarg(f, 0, &flen);
  if (!fmt) return ERR("format: the format must be a string");
  base_strbuf b = {0};
  b.a = f->s->ev->a;
  uint32_t ai = 1;
  for (size_t i = 0; i < flen; i++) {
    if (fmt[i] != '%') {
      base_strbuf_add(&b, fmt + i, 1);
      continue;
    }
    size_t j = i + 1;
    if (j < flen && fmt[j] == '%') {
      base_strbuf_add(&b, "%", 1);
      i = j;
      continue;
    }
    char spec[32];
    size_t sp = 0;
    spec[sp++] = '%';
    while (j < flen && sp < 20 && strchr("-+ #0123456789.", fmt[j]))
      spec[sp++] = fmt[j++];
    if (j >= flen) return ERR("format: unterminated verb");
    char verb = fmt[j];
    i = j;
    if (ai >= f->n) return ERR("format: not enough arguments");
    const doc_node *v = f->a[ai++];
    char out[512];
    if (verb == 's' || verb == 'v') {
      size_t n;
      const char *str = iac_tf_to_string(f->s, v, &n);
      if (!str) {
        str = iac_tf_json_encode(f->s, v, &n);
        if (!str) return ERR("format: cannot format this value");
      }
      if (sp == 1)
        base_strbuf_add(&b, str, n);
      else {
        spec[sp++] = 's';
        spec[sp] = 0;
        char *tmp = base_arena_strndup(f->s->ev->a, str, n);
        int w = snprintf(out, sizeof out, spec, tmp);
        base_strbuf_add(&b, out, w < 0 ? 0 : (size_t)w < sizeof out ? (size_t)w : sizeof out - 1);
      }
    } else if (verb == 'd' || verb == 'f' || verb == 'e' || verb == 'g' || verb == 'x' ||
               verb == 'X' || verb == 'o' || verb == 'b') {
      double d;
      if (v->kind == DOC_NUMBER)
        d = v->u.num;
      else {
        char *e;
        d = v->kind == DOC_STRING ? strtod(v->u.str, &e) : 0;
        if (v->kind != DOC_STRING || *e) return ERR("format: %%%c needs a number", verb);
      }
      int w;
      if (verb == 'd' || verb == 'x' || verb == 'X' || verb == 'o') {
        spec[sp++] = 'l';
        spec[sp++] = 'l';
        spec[sp++] = verb == 'd' ? 'd' : verb;
        spec[sp] = 0;
        w = snprintf(out, sizeof out, spec, (long long)d);
      } else if (verb == 'b') {
        w = snprintf(out, sizeof out, "%lld", (long long)d); /* rare: binary not supported */
      } else {
        spec[sp++] = verb;
        spec[sp] = 0;
        w = snprintf(out, sizeof out, spec, d);
      }
      base_strbuf_add(&b, out, w < 0 ? 0 : (size_t)w < sizeof out ? (size_t)w : sizeof out - 1);
    } else if (verb == 'q') {
      size_t n;
      const char *str = iac_tf_to_string(f->s, v, &n);
      if (!str) return ERR("format: %%q needs a string");
      json_str(&b, str, n);
    } else if (verb == 't') {
      if (v->kind != DOC_BOOL) return ERR("format: %%t needs a bool");
      base_strbuf_add(&b, v->u.b ? "true" : "false", v->u.b ? 4 : 5);
    } else {
      return ERR("format: unsupported verb %%%c", verb);
    }
  }
  return STR(b.p ? b.p : "", b.n);
}

/* ---- regex (pcre2 with a match limit: no catastrophic backtracking) --------------- */

static const doc_node *regex_impl(fctx *f, bool all) {
  size_t plen, slen;
  const char *pat = sarg(f, 0, &plen), *str = sarg(f, 1, &slen);
  if (!pat || !str) return ERR("regex: needs a pattern and a string");
  int ec;
  PCRE2_SIZE eo;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, plen, PCRE2_UTF, &ec, &eo, NULL);
  if (!re) return ERR("regex: invalid pattern");
  pcre2_match_context *mc = pcre2_match_context_create(NULL);
  pcre2_set_match_limit(mc, 100000);
  pcre2_set_depth_limit(mc, 1000);
  pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
  uint32_t ncap = 0, nnames = 0, esize = 0;
  PCRE2_SPTR names = NULL;
  pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &ncap);
  pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &nnames);
  pcre2_pattern_info(re, PCRE2_INFO_NAMEENTRYSIZE, &esize);
  pcre2_pattern_info(re, PCRE2_INFO_NAMETABLE, &names);
  hcl_vec results = {0};
  PCRE2_SIZE off = 0;
  const doc_node *err = NULL;
  while (off <= slen) {
    int rc = pcre2_match(re, (PCRE2_SPTR)str, slen, off, 0, md, mc);
    if (rc == PCRE2_ERROR_NOMATCH) break;
    if (rc < 0) {
      err = ERR("regex: match limit exceeded");
      break;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    const doc_node *r;
    if (ncap == 0) {
      r = STR(str + ov[0], ov[1] - ov[0]);
    } else if (nnames) {
      doc_entry *es = ALLOC(nnames, doc_entry);
      for (uint32_t k = 0; k < nnames; k++) {
        const unsigned char *ent = names + k * esize;
        uint32_t g = (uint32_t)(ent[0] << 8 | ent[1]);
        /* the name table belongs to `re`, freed below: copy the key */
        es[k].key = base_arena_strdup(f->s->ev->a, (const char *)ent + 2);
        es[k].key_len = (uint32_t)strlen(es[k].key);
        es[k].line = f->line;
        es[k].col = f->col;
        es[k].val = (int)g < rc && ov[2 * g] != PCRE2_UNSET
                        ? (doc_node *)STR(str + ov[2 * g], ov[2 * g + 1] - ov[2 * g])
                        : (doc_node *)iac_tf_null(f->s, f->line, f->col);
      }
      r = iac_tf_map(f->s, es, nnames, f->line, f->col);
    } else {
      const doc_node **v = ALLOC(ncap, const doc_node *);
      for (uint32_t g = 1; g <= ncap; g++)
        v[g - 1] = (int)g < rc && ov[2 * g] != PCRE2_UNSET
                       ? STR(str + ov[2 * g], ov[2 * g + 1] - ov[2 * g])
                       : iac_tf_null(f->s, f->line, f->col);
      r = LIST(v, ncap);
    }
    iac_hcl_vec_push(f->s->ev->a, &results, (void *)r);
    if (!all) break;
    off = ov[1] > ov[0] ? ov[1] : ov[1] + 1;
  }
  pcre2_match_data_free(md);
  pcre2_match_context_free(mc);
  pcre2_code_free(re);
  if (err) return err;
  if (all) return LIST((const doc_node **)results.v, results.n);
  if (!results.n) return ERR("regex: pattern did not match");
  return results.v[0];
}

/* ---- helpers for collections ----------------------------------------------------------- */

static bool contains_node(const doc_node *list, const doc_node *v) {
  for (uint32_t i = 0; i < list->len; i++)
    if (iac_doc_equal(list->u.items[i], v)) return true;
  return false;
}

static void flatten_into(fctx *f, hcl_vec *out, const doc_node *v) {
  if (v->kind != DOC_LIST) {
    iac_hcl_vec_push(f->s->ev->a, out, (void *)v);
    return;
  }
  for (uint32_t i = 0; i < v->len; i++)
    flatten_into(f, out, v->u.items[i]);
}

static int cmp_nodes(const void *x, const void *y) {
  const doc_node *a = *(const doc_node *const *)x, *b = *(const doc_node *const *)y;
  if (a->kind == DOC_NUMBER && b->kind == DOC_NUMBER)
    return a->u.num < b->u.num ? -1 : a->u.num > b->u.num;
  if (a->kind == DOC_STRING && b->kind == DOC_STRING) return strcmp(a->u.str, b->u.str);
  return (int)a->kind - (int)b->kind;
}

static const doc_node *trim_impl(fctx *f, const char *s, size_t n, const char *cut, int ends) {
  size_t st = 0, en = n;
  if (ends & 1)
    while (st < en && strchr(cut, s[st]))
      st++;
  if (ends & 2)
    while (en > st && strchr(cut, s[en - 1]))
      en--;
  return STR(s + st, en - st);
}

/* ---- the dispatcher ----------------------------------------------------------------------- */

/* Functions whose result needs every nested value known (they read contents). */
static const char *const deep_fns[] = {
    "join",   "jsonencode", "contains", "distinct",        "toset",       "sort",    "index",
    "format", "formatlist", "flatten",  "compact",         "alltrue",     "anytrue", "sum",
    "max",    "min",        "setunion", "setintersection", "setsubtract", NULL};
/* Functions that accept unknown arguments at top level and pass them through. */
static const char *const lazy_fns[] = {"coalesce", "concat", "merge",  "tolist",
                                       "tomap",    "length", "lookup", NULL};

static bool in_set(const char *const *set, const char *name) {
  for (; *set; set++)
    if (!strcmp(*set, name)) return true;
  return false;
}

const doc_node *iac_tf_call(tf_scope *s, const hcl_expr *call, const doc_node **args, uint32_t n) {
  fctx fc = {s, call, args, n, call->line, call->col};
  fctx *f = &fc;
  const char *fn = call->name;
  const char *colons = strrchr(fn, ':');
  if (colons) return iac_tf_unknown(s, f->line, f->col, "unsupported function %s", fn);
  if (!strcmp(fn, "jsonencode") && n == 1) {
    /* unknown text, but the value is remembered: a policy or container list
     * with an unknown ARN inside still has statements / images */
    const doc_node *u = NULL;
    if (iac_tf_deep_unknown(args[0], &u)) {
      const doc_node *r = iac_tf_unknown(s, f->line, f->col, "%s", u->u.str);
      iac_tf_note_json(s->ev, r->u.str, args[0], false);
      return r;
    }
  }
  bool lazy = in_set(lazy_fns, fn), deep = in_set(deep_fns, fn);
  for (uint32_t i = 0; i < n; i++) {
    const doc_node *u = NULL;
    if (!lazy && args[i]->kind == DOC_UNKNOWN) return args[i];
    if (deep && iac_tf_deep_unknown(args[i], &u)) return u;
  }
  size_t l0 = 0, l1 = 0, l2 = 0;
  const char *s0 = sarg(f, 0, &l0), *s1 = sarg(f, 1, &l1), *s2 = sarg(f, 2, &l2);
  double d0, d1;
  const doc_node *a0 = n > 0 ? args[0] : NULL, *a1 = n > 1 ? args[1] : NULL;

#define NEED(k)                                                                                    \
  if (n < (k)) return ERR("%s: needs %d argument%s", fn, (k), (k) == 1 ? "" : "s")

  if (!strcmp(fn, "lower") || !strcmp(fn, "upper") || !strcmp(fn, "title")) {
    NEED(1);
    if (!s0) return ERR("%s: needs a string", fn);
    char *o = base_arena_strndup(s->ev->a, s0, l0);
    bool word = true;
    for (size_t i = 0; i < l0; i++) {
      if (fn[0] == 'l')
        o[i] = (char)tolower((unsigned char)o[i]);
      else if (fn[0] == 'u')
        o[i] = (char)toupper((unsigned char)o[i]);
      else {
        if (word) o[i] = (char)toupper((unsigned char)o[i]);
        word = isspace((unsigned char)o[i]);
      }
    }
    return STR(o, l0);
  }
  if (!strcmp(fn, "format")) return fn_format(f);
  if (!strcmp(fn, "formatlist")) {
    NEED(1);
    uint32_t len = UINT32_MAX;
    for (uint32_t i = 1; i < n; i++)
      if (args[i]->kind == DOC_LIST)
        len = len == UINT32_MAX || args[i]->len < len ? args[i]->len : len;
    if (len == UINT32_MAX) len = 1;
    const doc_node **out = ALLOC(len, const doc_node *);
    const doc_node **row = ALLOC(n, const doc_node *);
    for (uint32_t k = 0; k < len; k++) {
      row[0] = args[0];
      for (uint32_t i = 1; i < n; i++)
        row[i] = args[i]->kind == DOC_LIST ? args[i]->u.items[k] : args[i];
      fctx g = *f;
      g.a = row;
      out[k] = fn_format(&g);
      if (iac_tf_is_error(out[k])) return out[k];
    }
    return LIST(out, len);
  }
  if (!strcmp(fn, "join")) {
    NEED(2);
    if (!s0) return ERR("join: the separator must be a string");
    base_strbuf b = {0};
    b.a = s->ev->a;
    bool first = true;
    for (uint32_t i = 1; i < n; i++) {
      if (args[i]->kind != DOC_LIST) return ERR("join: needs lists of strings");
      for (uint32_t k = 0; k < args[i]->len; k++) {
        size_t l;
        const char *str = iac_tf_to_string(s, args[i]->u.items[k], &l);
        if (!str) return ERR("join: element %u is not a string", k);
        if (!first) base_strbuf_add(&b, s0, l0);
        base_strbuf_add(&b, str, l);
        first = false;
      }
    }
    return STR(b.p ? b.p : "", b.n);
  }
  if (!strcmp(fn, "split")) {
    NEED(2);
    if (!s0 || !s1) return ERR("split: needs strings");
    hcl_vec out = {0};
    if (l1 == 0) return LIST(NULL, 0);
    const char *p = s1, *end = s1 + l1;
    while (l0) {
      const char *q = NULL;
      for (const char *t = p; t + l0 <= end; t++)
        if (!memcmp(t, s0, l0)) {
          q = t;
          break;
        }
      if (!q) break;
      iac_hcl_vec_push(s->ev->a, &out, (void *)STR(p, (size_t)(q - p)));
      p = q + l0;
    }
    iac_hcl_vec_push(s->ev->a, &out, (void *)STR(p, (size_t)(end - p)));
    return LIST((const doc_node **)out.v, out.n);
  }
  if (!strcmp(fn, "concat")) {
    hcl_vec out = {0};
    for (uint32_t i = 0; i < n; i++) {
      if (args[i]->kind == DOC_UNKNOWN) return args[i];
      if (args[i]->kind != DOC_LIST) return ERR("concat: needs lists");
      for (uint32_t k = 0; k < args[i]->len; k++)
        iac_hcl_vec_push(s->ev->a, &out, args[i]->u.items[k]);
    }
    return LIST((const doc_node **)out.v, out.n);
  }
  if (!strcmp(fn, "merge")) {
    hcl_vec keys = {0};
    uint32_t total = 0;
    for (uint32_t i = 0; i < n; i++) {
      if (args[i]->kind == DOC_UNKNOWN) return args[i];
      if (args[i]->kind == DOC_NULL) continue;
      if (args[i]->kind != DOC_MAP) return ERR("merge: needs maps or objects");
      total += args[i]->len;
    }
    doc_entry *es = ALLOC(total, doc_entry);
    uint32_t o = 0;
    for (uint32_t i = 0; i < n; i++) {
      if (args[i]->kind != DOC_MAP) continue;
      for (uint32_t k = 0; k < args[i]->len; k++) {
        const doc_entry *e = &args[i]->u.entries[k];
        uint32_t j = 0;
        while (j < o && strcmp(es[j].key, e->key))
          j++;
        es[j] = *e;
        if (j == o) o++;
      }
    }
    (void)keys;
    return iac_tf_map(s, es, o, f->line, f->col);
  }
  if (!strcmp(fn, "lookup")) {
    NEED(2);
    if (a0->kind == DOC_UNKNOWN) return a0;
    if (a1->kind == DOC_UNKNOWN) return a1;
    if (a0->kind != DOC_MAP || !s1) return ERR("lookup: needs a map and a key");
    const doc_entry *e = iac_map_entry(a0, base_arena_strndup(s->ev->a, s1, l1));
    if (e) return e->val;
    if (n >= 3) return args[2];
    return ERR("lookup: no key \"%s\" and no default", s1);
  }
  if (!strcmp(fn, "coalesce")) {
    for (uint32_t i = 0; i < n; i++) {
      if (args[i]->kind == DOC_UNKNOWN) return args[i];
      if (args[i]->kind == DOC_NULL || (args[i]->kind == DOC_STRING && args[i]->len == 0)) continue;
      return args[i];
    }
    return ERR("coalesce: no non-null, non-empty argument");
  }
  if (!strcmp(fn, "coalescelist")) {
    for (uint32_t i = 0; i < n; i++)
      if (args[i]->kind == DOC_LIST && args[i]->len) return args[i];
    return n ? args[n - 1] : LIST(NULL, 0);
  }
  if (!strcmp(fn, "contains")) {
    NEED(2);
    if (a0->kind != DOC_LIST) return ERR("contains: needs a list");
    return BOOL(contains_node(a0, a1));
  }
  if (!strcmp(fn, "length")) {
    NEED(1);
    if (a0->kind == DOC_UNKNOWN) return a0;
    if (a0->kind == DOC_LIST || a0->kind == DOC_MAP) return NUM(a0->len);
    if (a0->kind == DOC_STRING) {
      size_t cps = 0;
      for (uint32_t i = 0; i < a0->len; i++)
        cps += ((unsigned char)a0->u.str[i] & 0xC0) != 0x80;
      return NUM((double)cps);
    }
    return ERR("length: needs a collection or a string");
  }
  if (!strcmp(fn, "tostring")) {
    NEED(1);
    if (a0->kind == DOC_NULL) return a0;
    if (!s0) return ERR("tostring: cannot convert a collection");
    return STR(s0, l0);
  }
  if (!strcmp(fn, "tonumber")) {
    NEED(1);
    if (a0->kind == DOC_NULL) return a0;
    if (!narg(f, 0, &d0)) return ERR("tonumber: not a number");
    return NUM(d0);
  }
  if (!strcmp(fn, "tobool")) {
    NEED(1);
    if (a0->kind == DOC_NULL || a0->kind == DOC_BOOL) return a0;
    if (s0 && (!strcmp(s0, "true") || !strcmp(s0, "false"))) return BOOL(s0[0] == 't');
    return ERR("tobool: not a bool");
  }
  if (!strcmp(fn, "tolist") || !strcmp(fn, "toset")) {
    NEED(1);
    if (a0->kind == DOC_UNKNOWN || a0->kind == DOC_NULL) return a0;
    if (a0->kind != DOC_LIST) return ERR("%s: needs a list or set", fn);
    if (fn[2] == 'l') return a0;
    const doc_node **v = ALLOC(a0->len, const doc_node *);
    uint32_t o = 0;
    bool strs = true;
    for (uint32_t i = 0; i < a0->len; i++) {
      const doc_node *x = a0->u.items[i];
      bool dup = false;
      for (uint32_t k = 0; k < o && !dup; k++)
        dup = iac_doc_equal(v[k], x);
      if (!dup) v[o++] = x;
      strs = strs && x->kind == DOC_STRING;
    }
    if (strs) qsort(v, o, sizeof *v, cmp_nodes); /* sets of strings iterate sorted */
    return LIST(v, o);
  }
  if (!strcmp(fn, "tomap")) {
    NEED(1);
    if (a0->kind == DOC_UNKNOWN || a0->kind == DOC_NULL || a0->kind == DOC_MAP) return a0;
    return ERR("tomap: needs a map");
  }
  if (!strcmp(fn, "jsonencode")) {
    NEED(1);
    size_t len;
    char *j = iac_tf_json_encode(s, a0, &len);
    const doc_node *r = STR(j, len);
    iac_tf_note_json(s->ev, r->u.str, a0, false); /* policies keep their locations */
    return r;
  }
  if (!strcmp(fn, "jsondecode")) {
    NEED(1);
    if (!s0) return ERR("jsondecode: needs a string");
    cJSON *j = cJSON_ParseWithLength(s0, l0);
    if (!j) return ERR("jsondecode: invalid JSON");
    const doc_node *r = from_cjson(f, j, 0);
    cJSON_Delete(j);
    return r;
  }
  if (!strcmp(fn, "replace")) {
    NEED(3);
    if (!s0 || !s1 || !s2) return ERR("replace: needs strings");
    if (l1 >= 2 && s1[0] == '/' && s1[l1 - 1] == '/') {
      /* regex replacement: pcre2_substitute with $1 style references */
      int ec;
      PCRE2_SIZE eo;
      pcre2_code *re = pcre2_compile((PCRE2_SPTR)s1 + 1, l1 - 2, PCRE2_UTF, &ec, &eo, NULL);
      if (!re) return ERR("replace: invalid pattern");
      pcre2_match_context *mc = pcre2_match_context_create(NULL);
      pcre2_set_match_limit(mc, 100000);
      PCRE2_SIZE olen = l0 * 2 + l2 * 8 + 256;
      PCRE2_UCHAR *out = base_arena_alloc(s->ev->a, olen);
      int rc = pcre2_substitute(re, (PCRE2_SPTR)s0, l0, 0, PCRE2_SUBSTITUTE_GLOBAL, NULL, mc,
                                (PCRE2_SPTR)s2, l2, out, &olen);
      pcre2_match_context_free(mc);
      pcre2_code_free(re);
      if (rc < 0) return ERR("replace: regex replacement failed");
      return STR((const char *)out, olen);
    }
    if (!l1) return STR(s0, l0);
    base_strbuf b = {0};
    b.a = s->ev->a;
    for (size_t i = 0; i < l0;) {
      if (i + l1 <= l0 && !memcmp(s0 + i, s1, l1)) {
        base_strbuf_add(&b, s2, l2);
        i += l1;
      } else
        base_strbuf_add(&b, s0 + i++, 1);
    }
    return STR(b.p ? b.p : "", b.n);
  }
  if (!strcmp(fn, "trimspace")) {
    NEED(1);
    if (!s0) return ERR("trimspace: needs a string");
    return trim_impl(f, s0, l0, " \t\r\n\v\f", 3);
  }
  if (!strcmp(fn, "trim")) {
    NEED(2);
    if (!s0 || !s1) return ERR("trim: needs strings");
    return trim_impl(f, s0, l0, base_arena_strndup(s->ev->a, s1, l1), 3);
  }
  if (!strcmp(fn, "chomp")) {
    NEED(1);
    if (!s0) return ERR("chomp: needs a string");
    return trim_impl(f, s0, l0, "\r\n", 2);
  }
  if (!strcmp(fn, "trimprefix") || !strcmp(fn, "trimsuffix")) {
    NEED(2);
    if (!s0 || !s1) return ERR("%s: needs strings", fn);
    if (l1 <= l0 && fn[4] == 'p' && !memcmp(s0, s1, l1)) return STR(s0 + l1, l0 - l1);
    if (l1 <= l0 && fn[4] == 's' && !memcmp(s0 + l0 - l1, s1, l1)) return STR(s0, l0 - l1);
    return STR(s0, l0);
  }
  if (!strcmp(fn, "startswith") || !strcmp(fn, "endswith")) {
    NEED(2);
    if (!s0 || !s1) return ERR("%s: needs strings", fn);
    if (l1 > l0) return BOOL(false);
    return BOOL(fn[0] == 's' ? !memcmp(s0, s1, l1) : !memcmp(s0 + l0 - l1, s1, l1));
  }
  if (!strcmp(fn, "element")) {
    NEED(2);
    if (a0->kind != DOC_LIST || !narg(f, 1, &d1)) return ERR("element: needs a list and an index");
    if (!a0->len) return ERR("element: empty list");
    long long i = (long long)d1;
    if (i < 0) return ERR("element: negative index");
    return a0->u.items[(uint64_t)i % a0->len];
  }
  if (!strcmp(fn, "keys") || !strcmp(fn, "values")) {
    NEED(1);
    if (a0->kind != DOC_MAP) return ERR("%s: needs a map", fn);
    const doc_entry **es = iac_tf_sorted_entries(s, a0);
    const doc_node **v = ALLOC(a0->len, const doc_node *);
    for (uint32_t i = 0; i < a0->len; i++)
      v[i] = fn[0] == 'k' ? STR(es[i]->key, es[i]->key_len) : es[i]->val;
    return LIST(v, a0->len);
  }
  if (!strcmp(fn, "flatten")) {
    NEED(1);
    if (a0->kind != DOC_LIST) return ERR("flatten: needs a list");
    hcl_vec out = {0};
    flatten_into(f, &out, a0);
    return LIST((const doc_node **)out.v, out.n);
  }
  if (!strcmp(fn, "distinct")) {
    NEED(1);
    if (a0->kind != DOC_LIST) return ERR("distinct: needs a list");
    const doc_node **v = ALLOC(a0->len, const doc_node *);
    uint32_t o = 0;
    for (uint32_t i = 0; i < a0->len; i++) {
      bool dup = false;
      for (uint32_t k = 0; k < o && !dup; k++)
        dup = iac_doc_equal(v[k], a0->u.items[i]);
      if (!dup) v[o++] = a0->u.items[i];
    }
    return LIST(v, o);
  }
  if (!strcmp(fn, "compact")) {
    NEED(1);
    if (a0->kind != DOC_LIST) return ERR("compact: needs a list");
    const doc_node **v = ALLOC(a0->len, const doc_node *);
    uint32_t o = 0;
    for (uint32_t i = 0; i < a0->len; i++) {
      const doc_node *x = a0->u.items[i];
      if (x->kind == DOC_NULL || (x->kind == DOC_STRING && !x->len)) continue;
      v[o++] = x;
    }
    return LIST(v, o);
  }
  if (!strcmp(fn, "regex")) return regex_impl(f, false);
  if (!strcmp(fn, "regexall")) return regex_impl(f, true);
  if (!strcmp(fn, "substr")) {
    NEED(3);
    double off, len;
    if (!s0 || !narg(f, 1, &off) || !narg(f, 2, &len)) return ERR("substr: bad arguments");
    /* offsets count characters */
    size_t ncp = 0;
    for (size_t i = 0; i < l0; i++)
      ncp += ((unsigned char)s0[i] & 0xC0) != 0x80;
    long long o = (long long)off, ln = (long long)len;
    if (o < 0) o += (long long)ncp;
    if (o < 0 || (size_t)o > ncp) return ERR("substr: offset out of range");
    if (ln < 0 || (size_t)(o + ln) > ncp) ln = (long long)ncp - o;
    size_t bs = 0, cp = 0;
    while (bs < l0 && cp < (size_t)o) {
      bs++;
      while (bs < l0 && ((unsigned char)s0[bs] & 0xC0) == 0x80)
        bs++;
      cp++;
    }
    size_t be = bs;
    cp = 0;
    while (be < l0 && cp < (size_t)ln) {
      be++;
      while (be < l0 && ((unsigned char)s0[be] & 0xC0) == 0x80)
        be++;
      cp++;
    }
    return STR(s0 + bs, be - bs);
  }
  if (!strcmp(fn, "one")) {
    NEED(1);
    if (a0->kind != DOC_LIST || a0->len > 1) return ERR("one: needs a list of at most one element");
    return a0->len ? a0->u.items[0] : iac_tf_null(s, f->line, f->col);
  }
  if (!strcmp(fn, "max") || !strcmp(fn, "min") || !strcmp(fn, "sum")) {
    const doc_node *const *v = args;
    uint32_t cnt = n;
    if (fn[1] == 'u') {
      NEED(1);
      if (a0->kind != DOC_LIST) return ERR("sum: needs a list");
      v = (const doc_node *const *)a0->u.items;
      cnt = a0->len;
    }
    if (!cnt) return ERR("%s: needs at least one number", fn);
    double acc = fn[1] == 'u' ? 0 : NAN;
    for (uint32_t i = 0; i < cnt; i++) {
      if (v[i]->kind != DOC_NUMBER) return ERR("%s: needs numbers", fn);
      double x = v[i]->u.num;
      if (fn[1] == 'u')
        acc += x;
      else if (isnan(acc) || (fn[1] == 'a' ? x > acc : x < acc))
        acc = x;
    }
    return NUM(acc);
  }
  if (!strcmp(fn, "abs") || !strcmp(fn, "ceil") || !strcmp(fn, "floor")) {
    NEED(1);
    if (!narg(f, 0, &d0)) return ERR("%s: needs a number", fn);
    return NUM(fn[0] == 'a' ? fabs(d0) : fn[0] == 'c' ? ceil(d0) : floor(d0));
  }
  if (!strcmp(fn, "range")) {
    double st = 0, en, step = 1;
    if (n == 1 && narg(f, 0, &en)) {
    } else if (n >= 2 && narg(f, 0, &st) && narg(f, 1, &en)) {
      if (n >= 3 && !narg(f, 2, &step)) return ERR("range: bad step");
      if (n < 3 && en < st) step = -1;
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
  if (!strcmp(fn, "zipmap")) {
    NEED(2);
    if (a0->kind != DOC_LIST || a1->kind != DOC_LIST || a0->len != a1->len)
      return ERR("zipmap: needs two lists of the same length");
    doc_entry *es = ALLOC(a0->len, doc_entry);
    uint32_t o = 0;
    for (uint32_t i = 0; i < a0->len; i++) {
      size_t kl;
      const char *k =
          a0->u.items[i]->kind == DOC_UNKNOWN ? NULL : iac_tf_to_string(s, a0->u.items[i], &kl);
      if (!k)
        return a0->u.items[i]->kind == DOC_UNKNOWN ? a0->u.items[i]
                                                   : ERR("zipmap: keys must be strings");
      uint32_t j = 0;
      while (j < o && strcmp(es[j].key, k))
        j++;
      es[j].key = k;
      es[j].key_len = (uint32_t)kl;
      es[j].line = f->line;
      es[j].col = f->col;
      es[j].val = a1->u.items[i];
      if (j == o) o++;
    }
    return iac_tf_map(s, es, o, f->line, f->col);
  }
  if (!strcmp(fn, "slice")) {
    NEED(3);
    double st, en;
    if (a0->kind != DOC_LIST || !narg(f, 1, &st) || !narg(f, 2, &en) || st < 0 || en > a0->len ||
        st > en)
      return ERR("slice: bad arguments");
    return LIST((const doc_node **)a0->u.items + (uint32_t)st, (uint32_t)en - (uint32_t)st);
  }
  if (!strcmp(fn, "reverse")) {
    NEED(1);
    if (a0->kind != DOC_LIST) return ERR("reverse: needs a list");
    const doc_node **v = ALLOC(a0->len, const doc_node *);
    for (uint32_t i = 0; i < a0->len; i++)
      v[i] = a0->u.items[a0->len - 1 - i];
    return LIST(v, a0->len);
  }
  if (!strcmp(fn, "sort")) {
    NEED(1);
    if (a0->kind != DOC_LIST) return ERR("sort: needs a list");
    const doc_node **v = ALLOC(a0->len, const doc_node *);
    for (uint32_t i = 0; i < a0->len; i++) {
      size_t l;
      const char *str = iac_tf_to_string(s, a0->u.items[i], &l);
      if (!str) return ERR("sort: needs strings");
      v[i] = STR(str, l);
    }
    qsort(v, a0->len, sizeof *v, cmp_nodes);
    return LIST(v, a0->len);
  }
  if (!strcmp(fn, "index")) {
    NEED(2);
    if (a0->kind != DOC_LIST) return ERR("index: needs a list");
    for (uint32_t i = 0; i < a0->len; i++)
      if (iac_doc_equal(a0->u.items[i], a1)) return NUM(i);
    return ERR("index: value not found");
  }
  if (!strcmp(fn, "alltrue") || !strcmp(fn, "anytrue")) {
    NEED(1);
    if (a0->kind != DOC_LIST) return ERR("%s: needs a list", fn);
    bool all = fn[1] == 'l', acc = all;
    for (uint32_t i = 0; i < a0->len; i++) {
      const doc_node *x = a0->u.items[i];
      bool b = x->kind == DOC_BOOL ? x->u.b : x->kind == DOC_STRING && !strcmp(x->u.str, "true");
      acc = all ? acc && b : acc || b;
    }
    return BOOL(acc);
  }
  if (!strcmp(fn, "setunion")) {
    hcl_vec out = {0};
    for (uint32_t i = 0; i < n; i++) {
      if (args[i]->kind != DOC_LIST) return ERR("setunion: needs sets");
      for (uint32_t k = 0; k < args[i]->len; k++) {
        bool dup = false;
        for (uint32_t j = 0; j < out.n && !dup; j++)
          dup = iac_doc_equal(out.v[j], args[i]->u.items[k]);
        if (!dup) iac_hcl_vec_push(s->ev->a, &out, args[i]->u.items[k]);
      }
    }
    return LIST((const doc_node **)out.v, out.n);
  }
  (void)d0;
  const doc_node *r = iac_tf_call_static(s, call, args, n);
  return r ? r : iac_tf_unknown(s, f->line, f->col, "unsupported function %s", fn);
}
