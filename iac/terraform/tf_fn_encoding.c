/* tf_fn_encoding.c — Terraform's encoding and hashing functions: JSON and
 * YAML in and out, base64, URL encoding, md5/sha*. */
#include <cjson/cJSON.h>
#include <nettle/base64.h>
#include <nettle/md5.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>

#include "tf_fn.h"
#include "unit.h"
#include "utf8.h"
#include "yaml_load.h"

/* ---- JSON ------------------------------------------------------------------------------ */

/* The value is remembered with its text (tf_value.h): a policy or container
 * list keeps its statements / images and their locations even when the text is
 * unknown (an ARN inside it is). */
const doc_node *tf_fn_jsonencode(tf_fcall *f) {
  const doc_node *u = NULL;
  if (iac_tf_deep_unknown(f->a[0], &u)) {
    const doc_node *r = iac_tf_unknown_like(f->s, u, f->line, f->col);
    iac_tf_note_json(f->s->ev, r->u.str, f->a[0], false);
    return r;
  }
  size_t len;
  char *j = iac_tf_json_encode(f->s, f->a[0], &len);
  /* no text: longer than the evaluation budget leaves (a value built by
   * sharing; no unknown in it, as checked) */
  if (!j) return iac_tf_budget_unknown(f->s, f->line, f->col);
  const doc_node *r = iac_tf_str_take(f->s, j, len, f->line, f->col); /* the text is the buffer */
  iac_tf_note_json(f->s->ev, r->u.str, f->a[0], false);
  return r;
}

static const doc_node *from_cjson(tf_fcall *f, const cJSON *j, uint32_t depth) {
  if (depth > 256) return ERR("jsondecode: nesting too deep");
  if (cJSON_IsNull(j)) return NUL();
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
    es[i].key = base_arena_strdup(ARENA, it->string);
    es[i].key_len = (uint32_t)strlen(it->string);
    es[i].line = f->line;
    es[i].col = f->col;
    es[i].val = (doc_node *)from_cjson(f, it, depth + 1);
    if (iac_tf_is_error(es[i].val)) return es[i].val;
    i++;
  }
  return MAP(es, n);
}

const doc_node *tf_fn_jsondecode(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("jsondecode: needs a string");
  cJSON *j = cJSON_ParseWithLength(s0, l0);
  if (!j) return ERR("jsondecode: invalid JSON");
  const doc_node *r = from_cjson(f, j, 0);
  cJSON_Delete(j);
  return r;
}

/* ---- yamldecode: the JSON-compatible subset; anything YAML 1.1 and 1.2 read
 * differently (yes/no, octals, tags, anchors) is unknown ------------------------ */

typedef struct ytext {
  const char *p;
  size_t n;
  size_t *lines; /* offset of each line start */
  uint32_t nl;
} ytext;

static const char *at(const ytext *t, const doc_node *v) {
  if (v->line == 0 || v->line > t->nl) return NULL;
  size_t off = t->lines[v->line - 1] + (v->col ? v->col - 1 : 0);
  return off < t->n ? t->p + off : NULL;
}

static bool plain_ok(const ytext *t, const doc_node *v) {
  const char *s = at(t, v);
  if (!s) return v->kind == DOC_NULL;
  if (*s == '"' || *s == '\'') return v->kind == DOC_STRING;
  size_t k = strcspn(s, " \t\r\n,]}#");
  if (v->kind == DOC_BOOL)
    return (k == 4 &&
            (!strncmp(s, "true", 4) || !strncmp(s, "True", 4) || !strncmp(s, "TRUE", 4))) ||
           (k == 5 &&
            (!strncmp(s, "false", 5) || !strncmp(s, "False", 5) || !strncmp(s, "FALSE", 5)));
  if (v->kind == DOC_NULL)
    return k == 0 || (k == 1 && *s == '~') ||
           (k == 4 && (!strncmp(s, "null", 4) || !strncmp(s, "Null", 4) || !strncmp(s, "NULL", 4)));
  if (v->kind == DOC_NUMBER) {
    size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
    if (i < k && s[i] == '0' && i + 1 < k && s[i + 1] != '.' && s[i + 1] != 'e' && s[i + 1] != 'E')
      return false; /* 012, 0x1F, 0b1: octal/hex/binary differ between the versions */
    for (; i < k; i++)
      if (!strchr("0123456789.eE+-", s[i])) return false;
    return true;
  }
  return true;
}

static const doc_node *ycopy(tf_fcall *f, const ytext *t, const doc_node *v, bool *ok) {
  if (v->tag != IAC_TAG_NONE || !plain_ok(t, v)) {
    *ok = false;
    return v;
  }
  base_arena *a = ARENA;
  switch ((doc_kind)v->kind) {
  case DOC_NULL: return NUL();
  case DOC_BOOL: return iac_tf_bool(f->s, v->u.b, f->line, f->col);
  case DOC_NUMBER: return iac_tf_num(f->s, v->u.num, f->line, f->col);
  case DOC_STRING: return STR(v->u.str, v->len);
  case DOC_LIST: {
    const doc_node **items = base_arena_alloc(a, (v->len + 1) * sizeof *items);
    for (uint32_t i = 0; i < v->len && *ok; i++)
      items[i] = ycopy(f, t, v->u.items[i], ok);
    return iac_tf_list(f->s, items, v->len, f->line, f->col);
  }
  case DOC_MAP: {
    doc_entry *es = base_arena_alloc(a, (v->len + 1) * sizeof *es);
    for (uint32_t i = 0; i < v->len && *ok; i++) {
      es[i].key = base_arena_strndup(a, v->u.entries[i].key, v->u.entries[i].key_len);
      es[i].key_len = v->u.entries[i].key_len;
      es[i].line = f->line;
      es[i].col = f->col;
      es[i].val = (doc_node *)ycopy(f, t, v->u.entries[i].val, ok);
    }
    return iac_tf_map(f->s, es, v->len, f->line, f->col);
  }
  case DOC_UNKNOWN: *ok = false; return v;
  }
  *ok = false;
  return v;
}

static const doc_node *yamldecode(tf_fcall *f, const char *src, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (src[i] == '&' || src[i] == '*' || src[i] == '!' ||
        (src[i] == '<' && i + 1 < n && src[i + 1] == '<') || src[i] == '\t')
      return UNK("yamldecode: YAML beyond the JSON-compatible subset");
  iac_unit *tmp = iac_unit_new("<yamldecode>");
  char *text = base_arena_strndup(&tmp->arena, src, n);
  iac_limits lim = {0};
  lim.max_depth = 64;
  lim.max_alias_expansion = 1;
  const doc_node *r;
  if (!iac_yaml_load(tmp, text, n, &lim, false) || tmp->n_docs != 1 || tmp->n_errors) {
    r = tmp->n_docs > 1 ? UNK("yamldecode: more than one document")
                        : ERR("yamldecode: invalid YAML");
  } else {
    ytext t = {text, n, NULL, 0};
    t.lines = base_arena_alloc(&tmp->arena, (n + 2) * sizeof *t.lines);
    t.lines[t.nl++] = 0;
    for (size_t i = 0; i < n; i++)
      if (text[i] == '\n') t.lines[t.nl++] = i + 1;
    bool ok = true;
    r = ycopy(f, &t, tmp->docs[0], &ok);
    if (!ok) r = UNK("yamldecode: YAML beyond the JSON-compatible subset");
  }
  iac_unit_free(tmp);
  return r;
}

const doc_node *tf_fn_yamldecode(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("yamldecode: needs a string");
  return yamldecode(f, s0, l0);
}

/* ---- base64 and hashes ------------------------------------------------------------------ */

const doc_node *iac_tf_fn_base64(tf_fcall *f, const uint8_t *src, size_t n) {
  char *out = base_arena_alloc(ARENA, BASE64_ENCODE_RAW_LENGTH(n) + 1);
  base64_encode_raw(out, n, src);
  return STR(out, BASE64_ENCODE_RAW_LENGTH(n));
}

const doc_node *iac_tf_fn_hash(tf_fcall *f, tf_hash alg, const uint8_t *src, size_t n,
                               bool b64out) {
  uint8_t d[SHA512_DIGEST_SIZE];
  size_t dn;
  if (alg == TF_MD5) {
    struct md5_ctx c;
    md5_init(&c);
    md5_update(&c, n, src);
    md5_digest(&c, dn = MD5_DIGEST_SIZE, d);
  } else if (alg == TF_SHA1) {
    struct sha1_ctx c;
    sha1_init(&c);
    sha1_update(&c, n, src);
    sha1_digest(&c, dn = SHA1_DIGEST_SIZE, d);
  } else if (alg == TF_SHA256) {
    struct sha256_ctx c;
    sha256_init(&c);
    sha256_update(&c, n, src);
    sha256_digest(&c, dn = SHA256_DIGEST_SIZE, d);
  } else {
    struct sha512_ctx c;
    sha512_init(&c);
    sha512_update(&c, n, src);
    sha512_digest(&c, dn = SHA512_DIGEST_SIZE, d);
  }
  if (b64out) return iac_tf_fn_base64(f, d, dn);
  char hex[2 * SHA512_DIGEST_SIZE + 1];
  for (size_t i = 0; i < dn; i++)
    snprintf(hex + 2 * i, 3, "%02x", d[i]);
  return STR(hex, 2 * dn);
}

const doc_node *tf_fn_base64encode(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("base64encode: needs a string");
  return iac_tf_fn_base64(f, (const uint8_t *)s0, l0);
}

const doc_node *tf_fn_base64decode(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("base64decode: needs a string");
  struct base64_decode_ctx c;
  base64_decode_init(&c);
  uint8_t *out = base_arena_alloc(ARENA, BASE64_DECODE_LENGTH(l0) + 1);
  size_t on = BASE64_DECODE_LENGTH(l0);
  if (l0 % 4 || !base64_decode_update(&c, &on, out, l0, s0) || !base64_decode_final(&c))
    return ERR("base64decode: invalid base64");
  if (!base_utf8_valid(out, on)) return ERR("base64decode: the result is not valid UTF-8");
  return STR((const char *)out, on);
}

static const doc_node *hash_arg(tf_fcall *f, tf_hash alg, bool b64out) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("%s: needs a string", f->fn);
  return iac_tf_fn_hash(f, alg, (const uint8_t *)s0, l0, b64out);
}

const doc_node *tf_fn_md5(tf_fcall *f) {
  return hash_arg(f, TF_MD5, false);
}
const doc_node *tf_fn_sha1(tf_fcall *f) {
  return hash_arg(f, TF_SHA1, false);
}
const doc_node *tf_fn_sha256(tf_fcall *f) {
  return hash_arg(f, TF_SHA256, false);
}
const doc_node *tf_fn_sha512(tf_fcall *f) {
  return hash_arg(f, TF_SHA512, false);
}
const doc_node *tf_fn_base64sha256(tf_fcall *f) {
  return hash_arg(f, TF_SHA256, true);
}
const doc_node *tf_fn_base64sha512(tf_fcall *f) {
  return hash_arg(f, TF_SHA512, true);
}

/* ---- URLs -------------------------------------------------------------------------------- */

static const doc_node *urlencode(tf_fcall *f, const char *s, size_t n) {
  char *out = base_arena_alloc(ARENA, 3 * n + 1);
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~')
      out[o++] = (char)c;
    else if (c == ' ')
      out[o++] = '+';
    else
      o += (size_t)snprintf(out + o, 4, "%%%02X", c);
  }
  return STR(out, o);
}

const doc_node *tf_fn_urlencode(tf_fcall *f) {
  size_t l0;
  const char *s0 = iac_tf_fn_sarg(f, 0, &l0);
  if (!s0) return ERR("urlencode: needs a string");
  return urlencode(f, s0, l0);
}
