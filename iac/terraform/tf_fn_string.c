/* tf_fn_string.c — Terraform's string functions: case, format, join/split,
 * replace, trims, prefixes, substr, regex (pcre2 with a match limit: no
 * catastrophic backtracking). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tf_fn.h"

/* ---- case ---------------------------------------------------------------------------- */

typedef enum { CASE_LOWER, CASE_UPPER, CASE_TITLE } case_mode;

static const doc_node *recase(tf_fcall *f, case_mode mode) {
  size_t n;
  const char *s = iac_tf_fn_sarg(f, 0, &n);
  if (!s) return ERR("%s: needs a string", f->fn);
  char *o = base_arena_strndup(ARENA, s, n);
  bool word = true;
  for (size_t i = 0; i < n; i++) {
    if (mode == CASE_LOWER)
      o[i] = (char)tolower((unsigned char)o[i]);
    else if (mode == CASE_UPPER)
      o[i] = (char)toupper((unsigned char)o[i]);
    else {
      if (word) o[i] = (char)toupper((unsigned char)o[i]);
      word = isspace((unsigned char)o[i]);
    }
  }
  return STR(o, n);
}

const doc_node *tf_fn_lower(tf_fcall *f) {
  return recase(f, CASE_LOWER);
}
const doc_node *tf_fn_upper(tf_fcall *f) {
  return recase(f, CASE_UPPER);
}
const doc_node *tf_fn_title(tf_fcall *f) {
  return recase(f, CASE_TITLE);
}

/* ---- format ---------------------------------------------------------------------------- */

enum { FMT_MAX_WIDTH = 1000 };

const doc_node *tf_fn_format(tf_fcall *f) {
  size_t flen;
  const char *fmt = iac_tf_fn_sarg(f, 0, &flen);
  if (!fmt) return ERR("format: the format must be a string");
  base_strbuf b = {0};
  b.a = ARENA;
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
    /* widths and precisions are bounded before snprintf: a huge one would
     * make the C library pad (or allocate) that much, and the output buffer
     * below holds FMT_MAX_WIDTH plus the longest number */
    for (size_t k = 1, num = 0; k <= sp; k++) {
      if (k < sp && spec[k] >= '0' && spec[k] <= '9') {
        num = num * 10 + (size_t)(spec[k] - '0');
        if (num > FMT_MAX_WIDTH)
          return UNK("format: width or precision above %d is not evaluated", FMT_MAX_WIDTH);
      } else {
        num = 0;
      }
    }
    if (j - i - 1 >= 20 && strchr("-+ #0123456789.", fmt[j]))
      return UNK("format: verb flags longer than 19 characters are not evaluated");
    char verb = fmt[j];
    i = j;
    if (ai >= f->n) return ERR("format: not enough arguments");
    const doc_node *v = f->a[ai++];
    char out[FMT_MAX_WIDTH + 400]; /* a width or precision, and %f of 1e308 */
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
        char *tmp = base_arena_strndup(ARENA, str, n);
        size_t cap = n + FMT_MAX_WIDTH + 1; /* the string and its padding */
        if (!iac_tf_charge(f->s, cap, f->line, f->col))
          return iac_tf_budget_unknown(f->s, f->line, f->col);
        char *o = base_arena_alloc(ARENA, cap);
        int w = snprintf(o, cap, spec, tmp);
        base_strbuf_add(&b, o, w < 0 ? 0 : (size_t)w < cap ? (size_t)w : cap - 1);
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
      /* the cast to long long is defined only inside its range */
      bool in_range = d > -9223372036854775808.0 && d < 9223372036854775808.0;
      if ((verb == 'd' || verb == 'x' || verb == 'X' || verb == 'o' || verb == 'b') && !in_range)
        return UNK("format: %%%c of a number outside the 64-bit range is not evaluated", verb);
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
      iac_tf_json_quote(&b, str, n);
    } else if (verb == 't') {
      if (v->kind != DOC_BOOL) return ERR("format: %%t needs a bool");
      base_strbuf_add(&b, v->u.b ? "true" : "false", v->u.b ? 4 : 5);
    } else {
      return ERR("format: unsupported verb %%%c", verb);
    }
  }
  return STR(b.p ? b.p : "", b.n);
}

const doc_node *tf_fn_formatlist(tf_fcall *f) {
  uint32_t n = f->n, len = UINT32_MAX;
  for (uint32_t i = 1; i < n; i++)
    if (f->a[i]->kind == DOC_LIST)
      len = len == UINT32_MAX || f->a[i]->len < len ? f->a[i]->len : len;
  if (len == UINT32_MAX) len = 1;
  const doc_node **out = ALLOC(len, const doc_node *);
  const doc_node **row = ALLOC(n, const doc_node *);
  for (uint32_t k = 0; k < len; k++) {
    row[0] = f->a[0];
    for (uint32_t i = 1; i < n; i++)
      row[i] = f->a[i]->kind == DOC_LIST ? f->a[i]->u.items[k] : f->a[i];
    tf_fcall g = *f;
    g.a = row;
    out[k] = tf_fn_format(&g);
    if (iac_tf_is_error(out[k])) return out[k];
  }
  return LIST(out, len);
}

/* ---- join / split / replace -------------------------------------------------------------- */

const doc_node *tf_fn_join(tf_fcall *f) {
  size_t l0;
  const char *sep = iac_tf_fn_sarg(f, 0, &l0);
  if (!sep) return ERR("join: the separator must be a string");
  base_strbuf b = {0};
  b.a = ARENA;
  bool first = true;
  for (uint32_t i = 1; i < f->n; i++) {
    const doc_node *list = f->a[i];
    if (list->kind != DOC_LIST) return ERR("join: needs lists of strings");
    for (uint32_t k = 0; k < list->len; k++) {
      size_t l;
      const char *str = iac_tf_to_string(f->s, list->u.items[k], &l);
      if (!str) return ERR("join: element %u is not a string", k);
      if (!iac_tf_charge(f->s, l + (first ? 0 : l0), f->line, f->col))
        return iac_tf_budget_unknown(f->s, f->line, f->col);
      if (!first) base_strbuf_add(&b, sep, l0);
      base_strbuf_add(&b, str, l);
      first = false;
    }
  }
  return STR(b.p ? b.p : "", b.n);
}

const doc_node *tf_fn_split(tf_fcall *f) {
  size_t l0, l1;
  const char *sep = iac_tf_fn_sarg(f, 0, &l0), *s1 = iac_tf_fn_sarg(f, 1, &l1);
  if (!sep || !s1) return ERR("split: needs strings");
  hcl_vec out = {0};
  if (l1 == 0) return LIST(NULL, 0);
  const char *p = s1, *end = s1 + l1;
  while (l0) {
    const char *q = NULL;
    for (const char *t = p; t + l0 <= end; t++)
      if (!memcmp(t, sep, l0)) {
        q = t;
        break;
      }
    if (!q) break;
    iac_hcl_vec_push(ARENA, &out, (void *)STR(p, (size_t)(q - p)));
    p = q + l0;
  }
  iac_hcl_vec_push(ARENA, &out, (void *)STR(p, (size_t)(end - p)));
  return LIST((const doc_node **)out.v, out.n);
}

/* replace(s, "/re/", with): pcre2_substitute with $1 style references */
static const doc_node *replace_regex(tf_fcall *f, const char *s0, size_t l0, const char *s1,
                                     size_t l1, const char *s2, size_t l2) {
  int ec;
  PCRE2_SIZE eo;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)s1 + 1, l1 - 2, PCRE2_UTF, &ec, &eo, NULL);
  if (!re) return ERR("replace: invalid pattern");
  pcre2_match_context *mc = pcre2_match_context_create(NULL);
  pcre2_set_match_limit(mc, 100000);
  PCRE2_SIZE olen = l0 * 2 + l2 * 8 + 256;
  PCRE2_UCHAR *out = base_arena_alloc(ARENA, olen);
  int rc = pcre2_substitute(re, (PCRE2_SPTR)s0, l0, 0, PCRE2_SUBSTITUTE_GLOBAL, NULL, mc,
                            (PCRE2_SPTR)s2, l2, out, &olen);
  pcre2_match_context_free(mc);
  pcre2_code_free(re);
  if (rc < 0) return ERR("replace: regex replacement failed");
  return STR((const char *)out, olen);
}

const doc_node *tf_fn_replace(tf_fcall *f) {
  size_t l0, l1, l2;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0), *s1 = iac_tf_fn_sarg(f, 1, &l1),
             *s2 = iac_tf_fn_sarg(f, 2, &l2);
  if (!s0 || !s1 || !s2) return ERR("replace: needs strings");
  if (l1 >= 2 && s1[0] == '/' && s1[l1 - 1] == '/') return replace_regex(f, s0, l0, s1, l1, s2, l2);
  if (!l1) return STR(s0, l0);
  base_strbuf b = {0};
  b.a = ARENA;
  for (size_t i = 0; i < l0;) {
    if (i + l1 <= l0 && !memcmp(s0 + i, s1, l1)) {
      base_strbuf_add(&b, s2, l2);
      i += l1;
    } else
      base_strbuf_add(&b, s0 + i++, 1);
  }
  return STR(b.p ? b.p : "", b.n);
}

/* ---- trims and affixes ----------------------------------------------------------------- */

enum { TRIM_START = 1, TRIM_END = 2, TRIM_BOTH = 3 };

static const doc_node *trim_impl(tf_fcall *f, const char *s, size_t n, const char *cut, int ends) {
  size_t st = 0, en = n;
  if (ends & TRIM_START)
    while (st < en && strchr(cut, s[st]))
      st++;
  if (ends & TRIM_END)
    while (en > st && strchr(cut, s[en - 1]))
      en--;
  return STR(s + st, en - st);
}

const doc_node *tf_fn_trimspace(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("trimspace: needs a string");
  return trim_impl(f, s0, l0, " \t\r\n\v\f", TRIM_BOTH);
}

const doc_node *tf_fn_trim(tf_fcall *f) {
  size_t l0, l1;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0), *s1 = iac_tf_fn_sarg(f, 1, &l1);
  if (!s0 || !s1) return ERR("trim: needs strings");
  return trim_impl(f, s0, l0, base_arena_strndup(ARENA, s1, l1), TRIM_BOTH);
}

const doc_node *tf_fn_chomp(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("chomp: needs a string");
  return trim_impl(f, s0, l0, "\r\n", TRIM_END);
}

/* Arguments of the affix functions: s0 the string, s1 the affix. */
static bool affix_args(tf_fcall *f, const char **s0, size_t *l0, const char **s1, size_t *l1) {
  *s0 = iac_tf_fn_sarg(f, 0, l0);
  *s1 = iac_tf_fn_sarg(f, 1, l1);
  return *s0 && *s1;
}

static bool has_prefix(const char *s, size_t n, const char *p, size_t pn) {
  return pn <= n && !memcmp(s, p, pn);
}

static bool has_suffix(const char *s, size_t n, const char *p, size_t pn) {
  return pn <= n && !memcmp(s + n - pn, p, pn);
}

const doc_node *tf_fn_trimprefix(tf_fcall *f) {
  const char *s0, *s1;
  size_t l0, l1;
  if (!affix_args(f, &s0, &l0, &s1, &l1)) return ERR("trimprefix: needs strings");
  return has_prefix(s0, l0, s1, l1) ? STR(s0 + l1, l0 - l1) : STR(s0, l0);
}

const doc_node *tf_fn_trimsuffix(tf_fcall *f) {
  const char *s0, *s1;
  size_t l0, l1;
  if (!affix_args(f, &s0, &l0, &s1, &l1)) return ERR("trimsuffix: needs strings");
  return has_suffix(s0, l0, s1, l1) ? STR(s0, l0 - l1) : STR(s0, l0);
}

const doc_node *tf_fn_startswith(tf_fcall *f) {
  const char *s0, *s1;
  size_t l0, l1;
  if (!affix_args(f, &s0, &l0, &s1, &l1)) return ERR("startswith: needs strings");
  return BOOL(has_prefix(s0, l0, s1, l1));
}

const doc_node *tf_fn_endswith(tf_fcall *f) {
  const char *s0, *s1;
  size_t l0, l1;
  if (!affix_args(f, &s0, &l0, &s1, &l1)) return ERR("endswith: needs strings");
  return BOOL(has_suffix(s0, l0, s1, l1));
}

/* ---- substr (offsets count characters) ---------------------------------------------------- */

/* Byte offset after `count` characters from byte `from`. */
static size_t skip_chars(const char *s, size_t n, size_t from, size_t count) {
  size_t b = from, cp = 0;
  while (b < n && cp < count) {
    b++;
    while (b < n && ((unsigned char)s[b] & 0xC0) == 0x80)
      b++;
    cp++;
  }
  return b;
}

const doc_node *tf_fn_substr(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  double off, len;
  if (!s0 || !iac_tf_fn_narg(f, 1, &off) || !iac_tf_fn_narg(f, 2, &len))
    return ERR("substr: bad arguments");
  size_t ncp = 0;
  for (size_t i = 0; i < l0; i++)
    ncp += ((unsigned char)s0[i] & 0xC0) != 0x80;
  long long o = (long long)off, ln = (long long)len;
  if (o < 0) o += (long long)ncp;
  if (o < 0 || (size_t)o > ncp) return ERR("substr: offset out of range");
  if (ln < 0 || (size_t)(o + ln) > ncp) ln = (long long)ncp - o;
  size_t bs = skip_chars(s0, l0, 0, (size_t)o);
  size_t be = skip_chars(s0, l0, bs, (size_t)ln);
  return STR(s0 + bs, be - bs);
}

/* ---- regex ------------------------------------------------------------------------------ */

static const doc_node *regex_impl(tf_fcall *f, bool all) {
  size_t plen, slen;
  const char *pat = iac_tf_fn_sarg(f, 0, &plen), *str = iac_tf_fn_sarg(f, 1, &slen);
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
        es[k].key = base_arena_strdup(ARENA, (const char *)ent + 2);
        es[k].key_len = (uint32_t)strlen(es[k].key);
        es[k].line = f->line;
        es[k].col = f->col;
        es[k].val = (int)g < rc && ov[2 * g] != PCRE2_UNSET
                        ? (doc_node *)STR(str + ov[2 * g], ov[2 * g + 1] - ov[2 * g])
                        : (doc_node *)NUL();
      }
      r = MAP(es, nnames);
    } else {
      const doc_node **v = ALLOC(ncap, const doc_node *);
      for (uint32_t g = 1; g <= ncap; g++)
        v[g - 1] = (int)g < rc && ov[2 * g] != PCRE2_UNSET
                       ? STR(str + ov[2 * g], ov[2 * g + 1] - ov[2 * g])
                       : NUL();
      r = LIST(v, ncap);
    }
    iac_hcl_vec_push(ARENA, &results, (void *)r);
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

const doc_node *tf_fn_regex(tf_fcall *f) {
  return regex_impl(f, false);
}

const doc_node *tf_fn_regexall(tf_fcall *f) {
  return regex_impl(f, true);
}
