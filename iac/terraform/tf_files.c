/* tf_files.c — Terraform functions that read files, hash, encode and compute
 * addresses: all known at plan time, so Vigil computes them instead of saying
 * "unsupported function".
 *
 * Files: a relative path is resolved against the root module's directory
 * (Terraform's working directory, = path.root = path.cwd); write
 * "${path.module}/x" for a module's own files, as in Terraform. A file is read
 * only when its real path lies inside the root module's directory or the
 * directory of the module calling the function (a symlink or "../" cannot reach
 * outside what is scanned) and within the unit's file size limit; otherwise the
 * result is unknown with the reason — a rule never sees a guess.
 * timestamp(), uuid() and pathexpand("~...") are unknown: they depend on when
 * and where Terraform runs. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <nettle/base64.h>
#include <nettle/md5.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tf_int.h"
#include "utf8.h"
#include "unit.h"
#include "yaml_load.h"

typedef struct fcall {
  tf_scope *s;
  const char *fn;
  const doc_node **a;
  uint32_t n;
  uint32_t line, col;
} fcall;

#define ERR(...) iac_tf_error(f->s, f->line, f->col, __VA_ARGS__)
#define UNK(...) iac_tf_unknown(f->s, f->line, f->col, __VA_ARGS__)
#define STR(p, n) iac_tf_str(f->s, (p), (n), f->line, f->col)

static const char *sarg(fcall *f, uint32_t i, size_t *len) {
  if (i >= f->n) return NULL;
  return iac_tf_to_string(f->s, f->a[i], len);
}

/* ---- paths ------------------------------------------------------------------------ */

/* Lexical cleaning as Go's filepath.Clean. */
static char *clean(base_arena *a, const char *p) {
  size_t n = strlen(p);
  char *out = base_arena_alloc(a, n + 2);
  bool abs = p[0] == '/';
  size_t o = 0, ups = 0;
  /* segments: write into out, backtracking on ".." */
  size_t *starts = base_arena_alloc(a, (n + 1) * sizeof *starts);
  size_t ns = 0;
  if (abs) out[o++] = '/';
  size_t base = o;
  for (size_t i = 0; i < n;) {
    while (i < n && p[i] == '/')
      i++;
    size_t j = i;
    while (j < n && p[j] != '/')
      j++;
    size_t l = j - i;
    if (l == 0 || (l == 1 && p[i] == '.')) {
    } else if (l == 2 && p[i] == '.' && p[i + 1] == '.') {
      if (ns > ups) {
        o = starts[--ns];
        if (o > base) o--; /* the separator before it */
      } else if (!abs) {
        if (o > base) out[o++] = '/';
        starts[ns++] = o;
        memcpy(out + o, "..", 2);
        o += 2;
        ups++;
      }
    } else {
      if (o > base) out[o++] = '/';
      starts[ns++] = o;
      memcpy(out + o, p + i, l);
      o += l;
    }
    i = j;
  }
  if (o == 0) out[o++] = '.';
  out[o] = 0;
  return out;
}

static const char *base_name(base_arena *a, const char *p, size_t n) {
  while (n > 1 && p[n - 1] == '/')
    n--;
  if (n == 0) return ".";
  size_t i = n;
  while (i > 0 && p[i - 1] != '/')
    i--;
  if (i == n) return "/"; /* only slashes */
  return base_arena_strndup(a, p + i, n - i);
}

static const char *dir_name(base_arena *a, const char *p, size_t n) {
  size_t i = n;
  while (i > 0 && p[i - 1] != '/')
    i--;
  return clean(a, i ? base_arena_strndup(a, p, i) : ".");
}

/* Relative to path.cwd: Terraform runs in the root module's directory. */
static const char *absolute(tf_scope *s, base_arena *a, const char *p) {
  if (p[0] == '/') return clean(a, p);
  return clean(a, base_arena_printf(a, "%s/%s", iac_tf_path_value(s, "cwd"), p));
}

static bool inside(const char *real, const char *root) {
  size_t n = strlen(root);
  if (n == 1 && root[0] == '/') return true;
  return !strncmp(real, root, n) && (real[n] == 0 || real[n] == '/');
}

static bool allowed(fcall *f, const char *real) {
  char buf[PATH_MAX];
  if (realpath(iac_tf_root_dir(f->s), buf) && inside(real, buf)) return true;
  return realpath(iac_tf_module_dir(f->s), buf) && inside(real, buf);
}

/* Read the file argument i; NULL with *why set (an unknown) when it cannot be. */
static char *read_arg(fcall *f, uint32_t i, size_t *len, const doc_node **why) {
  size_t pl;
  const char *p = sarg(f, i, &pl);
  if (!p) {
    *why = ERR("%s: the path must be a string", f->fn);
    return NULL;
  }
  base_arena *a = f->s->ev->a;
  const char *path = p[0] == '/' ? p : base_arena_printf(a, "%s/%s", iac_tf_root_dir(f->s), p);
  char real[PATH_MAX];
  if (!realpath(path, real)) {
    *why = UNK("%s: cannot read \"%s\": %s", f->fn, p, strerror(errno));
    return NULL;
  }
  if (!allowed(f, real)) {
    *why = UNK("%s: \"%s\" is outside the scanned directory", f->fn, p);
    return NULL;
  }
  /* O_NONBLOCK: opening a FIFO to read waits for a writer; fstat below
   * then refuses it */
  int fd = open(real, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  FILE *fp = fd >= 0 ? fdopen(fd, "rb") : NULL;
  if (!fp) {
    if (fd >= 0) close(fd);
    *why = UNK("%s: cannot read \"%s\": %s", f->fn, p, strerror(errno));
    return NULL;
  }
  size_t max = f->s->ev->max_file ? f->s->ev->max_file : IAC_DEFAULT_MAX_FILE_SIZE;
  struct stat st;
  if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode)) {
    fclose(fp);
    *why = UNK("%s: \"%s\" is not a regular file", f->fn, p);
    return NULL;
  }
  if ((uint64_t)st.st_size > max) {
    fclose(fp);
    *why = UNK("%s: \"%s\" is larger than the file size limit", f->fn, p);
    return NULL;
  }
  size_t size = (size_t)st.st_size;
  char *buf = base_arena_alloc(a, size + 1);
  size_t got = fread(buf, 1, size, fp);
  bool err = ferror(fp) || got != size;
  fclose(fp);
  if (err) {
    *why = UNK("%s: cannot read \"%s\"", f->fn, p);
    return NULL;
  }
  buf[got] = 0;
  *len = got;
  return buf;
}

/* ---- encodings and hashes ------------------------------------------------------------- */

static const doc_node *b64(fcall *f, const uint8_t *src, size_t n) {
  char *out = base_arena_alloc(f->s->ev->a, BASE64_ENCODE_RAW_LENGTH(n) + 1);
  base64_encode_raw(out, n, src);
  return STR(out, BASE64_ENCODE_RAW_LENGTH(n));
}


static const doc_node *hash(fcall *f, const char *alg, const uint8_t *src, size_t n, bool b64out) {
  uint8_t d[SHA512_DIGEST_SIZE];
  size_t dn;
  if (!strcmp(alg, "md5")) {
    struct md5_ctx c;
    md5_init(&c);
    md5_update(&c, n, src);
    md5_digest(&c, dn = MD5_DIGEST_SIZE, d);
  } else if (!strcmp(alg, "sha1")) {
    struct sha1_ctx c;
    sha1_init(&c);
    sha1_update(&c, n, src);
    sha1_digest(&c, dn = SHA1_DIGEST_SIZE, d);
  } else if (!strcmp(alg, "sha256")) {
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
  if (b64out) return b64(f, d, dn);
  char hex[2 * SHA512_DIGEST_SIZE + 1];
  for (size_t i = 0; i < dn; i++)
    snprintf(hex + 2 * i, 3, "%02x", d[i]);
  return STR(hex, 2 * dn);
}

static const doc_node *urlencode(fcall *f, const char *s, size_t n) {
  char *out = base_arena_alloc(f->s->ev->a, 3 * n + 1);
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

static const doc_node *ycopy(fcall *f, const ytext *t, const doc_node *v, bool *ok) {
  if (v->tag != IAC_TAG_NONE || !plain_ok(t, v)) {
    *ok = false;
    return v;
  }
  base_arena *a = f->s->ev->a;
  switch ((doc_kind)v->kind) {
  case DOC_NULL: return iac_tf_null(f->s, f->line, f->col);
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

static const doc_node *yamldecode(fcall *f, const char *src, size_t n) {
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

/* ---- cidrsubnet / cidrhost ----------------------------------------------------------- */

typedef unsigned __int128 u128;

/* "10.0.0.0/16" / "fd00::/8" -> address as 128-bit number, width 32 or 128 */
static bool parse_cidr(const char *s, u128 *addr, int *bits, int *prefix) {
  const char *slash = strchr(s, '/');
  if (!slash) return false;
  char host[64];
  size_t hl = (size_t)(slash - s);
  if (hl >= sizeof host) return false;
  memcpy(host, s, hl);
  host[hl] = 0;
  char *end;
  long p = strtol(slash + 1, &end, 10);
  if (*end || end == slash + 1) return false;
  *addr = 0;
  if (!strchr(host, ':')) {
    unsigned o[4];
    char tail;
    if (sscanf(host, "%u.%u.%u.%u%c", &o[0], &o[1], &o[2], &o[3], &tail) != 4) return false;
    for (int i = 0; i < 4; i++) {
      if (o[i] > 255) return false;
      *addr = *addr << 8 | o[i];
    }
    *bits = 32;
  } else {
    uint16_t g[8] = {0};
    int ng = 0, gap = -1;
    const char *q = host;
    if (q[0] == ':' && q[1] == ':') {
      gap = 0;
      q += 2;
    }
    while (*q && ng < 8) {
      char *e;
      unsigned long v = strtoul(q, &e, 16);
      if (e == q || e - q > 4 || v > 0xFFFF) return false;
      g[ng++] = (uint16_t)v;
      if (*e == ':' && e[1] == ':') {
        if (gap >= 0) return false;
        gap = ng;
        q = e + 2;
      } else if (*e == ':')
        q = e + 1;
      else if (*e == 0)
        q = e;
      else
        return false;
    }
    if (*q) return false;
    uint16_t full[8] = {0};
    if (gap < 0) {
      if (ng != 8) return false;
      memcpy(full, g, sizeof full);
    } else {
      for (int i = 0; i < gap; i++)
        full[i] = g[i];
      for (int i = gap; i < ng; i++)
        full[8 - (ng - i)] = g[i];
    }
    for (int i = 0; i < 8; i++)
      *addr = *addr << 16 | full[i];
    *bits = 128;
  }
  if (p < 0 || p > *bits) return false;
  *prefix = (int)p;
  return true;
}

static u128 mask_of(int bits, int prefix) {
  u128 all = bits == 128 ? ~(u128)0 : (((u128)1 << 32) - 1);
  if (prefix == 0) return 0;
  return all & ~((((u128)1) << (bits - prefix)) - 1) & all;
}

static const doc_node *format_addr(fcall *f, u128 a, int bits, int prefix) {
  char out[64];
  int o = 0;
  if (bits == 32) {
    o = snprintf(out, sizeof out, "%u.%u.%u.%u", (unsigned)(a >> 24) & 255,
                 (unsigned)(a >> 16) & 255, (unsigned)(a >> 8) & 255, (unsigned)a & 255);
  } else {
    uint16_t g[8];
    for (int i = 7; i >= 0; i--, a >>= 16)
      g[i] = (uint16_t)(a & 0xFFFF);
    int best = -1, blen = 0;
    for (int i = 0; i < 8;) { /* longest run of zero groups (length >= 2) becomes :: */
      int j = i;
      while (j < 8 && g[j] == 0)
        j++;
      if (j - i > blen && j - i >= 2) {
        best = i;
        blen = j - i;
      }
      i = j > i ? j : i + 1;
    }
    for (int i = 0; i < 8; i++) {
      if (i == best) {
        o += snprintf(out + o, sizeof out - (size_t)o, "::");
        i += blen - 1;
        continue;
      }
      if (i && !(best >= 0 && i == best + blen)) out[o++] = ':';
      o += snprintf(out + o, sizeof out - (size_t)o, "%x", g[i]);
    }
  }
  if (prefix >= 0) o += snprintf(out + o, sizeof out - (size_t)o, "/%d", prefix);
  return STR(out, (size_t)o);
}

static bool whole(const doc_node *v, double *d) {
  if (v->kind == DOC_NUMBER) {
    *d = v->u.num;
    return *d == (double)(long long)*d;
  }
  if (v->kind == DOC_STRING) {
    char *e;
    *d = strtod(v->u.str, &e);
    return v->len && !*e && *d == (double)(long long)*d;
  }
  return false;
}

static const doc_node *cidr(fcall *f) {
  size_t l;
  const char *pfx = sarg(f, 0, &l);
  u128 addr;
  int bits, prefix;
  if (!pfx || !parse_cidr(pfx, &addr, &bits, &prefix))
    return ERR("%s: invalid CIDR address \"%s\"", f->fn, pfx ? pfx : "");
  addr &= mask_of(bits, prefix);
  double d1, d2;
  if (!strcmp(f->fn, "cidrsubnet")) {
    if (f->n < 3 || !whole(f->a[1], &d1) || !whole(f->a[2], &d2))
      return ERR("cidrsubnet: needs a prefix, newbits and netnum");
    if (d1 < 0 || prefix + d1 > bits)
      return ERR("cidrsubnet: insufficient address space to extend prefix of %d by %.0f", prefix,
                 d1);
    int np = prefix + (int)d1;
    if (d2 < 0 || (d1 < 64 && d2 >= (double)((u128)1 << (int)d1)))
      return ERR("cidrsubnet: prefix extension of %.0f does not accommodate a subnet numbered %.0f",
                 d1, d2);
    return format_addr(f, addr | ((u128)(unsigned long long)d2 << (bits - np)), bits, np);
  }
  if (!strcmp(f->fn, "cidrhost")) {
    if (f->n < 2 || !whole(f->a[1], &d1)) return ERR("cidrhost: needs a prefix and a host number");
    int hb = bits - prefix;
    u128 size = hb >= 127 ? ~(u128)0 : (u128)1 << hb;
    long long h = (long long)d1;
    u128 off;
    if (h >= 0) {
      if (hb < 127 && (u128)h >= size)
        return ERR("cidrhost: prefix of %d does not accommodate a host numbered %lld", prefix, h);
      off = (u128)h;
    } else {
      if (hb < 127 && (u128)(-h) > size)
        return ERR("cidrhost: prefix of %d does not accommodate a host numbered %lld", prefix, h);
      off = size - (u128)(-h);
    }
    return format_addr(f, addr | off, bits, -1);
  }
  /* cidrnetmask (IPv4 only, as Terraform) */
  if (bits != 32) return ERR("cidrnetmask: only IPv4 prefixes have a netmask");
  return format_addr(f, mask_of(32, prefix), 32, -1);
}

/* ---- dispatcher -------------------------------------------------------------------- */

static const char *const FILE_HASHES[] = {"filemd5",    "filesha1",         "filesha256",
                                          "filesha512", "filebase64sha256", "filebase64sha512",
                                          NULL};
static const char *const HASHES[] = {"md5",          "sha1",         "sha256", "sha512",
                                     "base64sha256", "base64sha512", NULL};

static int index_of(const char *const *set, const char *name) {
  for (int i = 0; set[i]; i++)
    if (!strcmp(set[i], name)) return i;
  return -1;
}

static const doc_node *templatefile(fcall *f, const char *src, size_t n) {
  if (f->n < 2) return ERR("templatefile: needs a path and a map of variables");
  const doc_node *vars = f->a[1];
  if (vars->kind != DOC_MAP) return ERR("templatefile: the variables must be a map");
  base_arena *a = f->s->ev->a;
  /* the file is a template: parse it as the body of a heredoc */
  static const char mark[] = "VIGIL_TEMPLATEFILE_END";
  if (strstr(src, mark)) return UNK("templatefile: unsupported template");
  bool nl = n > 0 && src[n - 1] == '\n';
  char *wrapped = base_arena_printf(a, "<<%s\n%s%s%s\n", mark, src, nl ? "" : "\n", mark);
  hcl_expr *t = iac_hcl_parse_expr(a, "<templatefile>", wrapped, strlen(wrapped));
  if (!t) return ERR("templatefile: invalid template");
  tf_bind *binds = base_arena_alloc(a, (vars->len + 1) * sizeof *binds);
  tf_scope in = *f->s;
  in.binds = NULL; /* a template sees only its variables */
  for (uint32_t i = 0; i < vars->len; i++) {
    binds[i].name = vars->u.entries[i].key;
    binds[i].val = vars->u.entries[i].val;
    binds[i].next = in.binds;
    in.binds = &binds[i];
  }
  f->s->ev->in_template = true;
  const doc_node *r = iac_tf_eval(&in, t);
  f->s->ev->in_template = false;
  if (r->kind == DOC_UNKNOWN) return iac_tf_unknown(f->s, f->line, f->col, "%s", r->u.str);
  if (r->kind != DOC_STRING) return ERR("templatefile: the template is not a string");
  return STR(r->u.str, nl ? r->len : r->len - (r->len > 0));
}

const doc_node *iac_tf_call_static(tf_scope *s, const hcl_expr *call, const doc_node **args,
                                   uint32_t n) {
  fcall fc = {s, call->name, args, n, call->line, call->col};
  fcall *f = &fc;
  const char *fn = call->name;
  size_t l0 = 0;
  const char *s0 = sarg(f, 0, &l0);
  base_arena *a = s->ev->a;
  if (!strcmp(fn, "timestamp") || !strcmp(fn, "plantimestamp") || !strcmp(fn, "uuid") ||
      !strcmp(fn, "bcrypt"))
    return UNK("%s() is not known before apply", fn);
  if (n < 1) return NULL;
  if (!strcmp(fn, "basename") || !strcmp(fn, "dirname") || !strcmp(fn, "abspath") ||
      !strcmp(fn, "pathexpand")) {
    if (!s0) return ERR("%s: needs a string", fn);
    const char *r;
    if (fn[0] == 'b')
      r = base_name(a, s0, l0);
    else if (fn[0] == 'd')
      r = dir_name(a, s0, l0);
    else if (fn[0] == 'a')
      r = absolute(s, a, base_arena_strndup(a, s0, l0));
    else if (s0[0] != '~')
      r = s0;
    else
      return UNK("pathexpand: the home directory is not known from the scan");
    return STR(r, strlen(r));
  }
  if (!strcmp(fn, "base64encode")) {
    if (!s0) return ERR("base64encode: needs a string");
    return b64(f, (const uint8_t *)s0, l0);
  }
  if (!strcmp(fn, "base64decode")) {
    if (!s0) return ERR("base64decode: needs a string");
    struct base64_decode_ctx c;
    base64_decode_init(&c);
    uint8_t *out = base_arena_alloc(a, BASE64_DECODE_LENGTH(l0) + 1);
    size_t on = BASE64_DECODE_LENGTH(l0);
    if (l0 % 4 || !base64_decode_update(&c, &on, out, l0, s0) || !base64_decode_final(&c))
      return ERR("base64decode: invalid base64");
    if (!base_utf8_valid(out, on)) return ERR("base64decode: the result is not valid UTF-8");
    return STR((const char *)out, on);
  }
  int h = index_of(HASHES, fn);
  if (h >= 0) {
    if (!s0) return ERR("%s: needs a string", fn);
    return hash(f, HASHES[h] + (h >= 4 ? 6 : 0), (const uint8_t *)s0, l0, h >= 4);
  }
  if (!strcmp(fn, "urlencode")) {
    if (!s0) return ERR("urlencode: needs a string");
    return urlencode(f, s0, l0);
  }
  if (!strcmp(fn, "yamldecode")) {
    if (!s0) return ERR("yamldecode: needs a string");
    return yamldecode(f, s0, l0);
  }
  if (!strcmp(fn, "cidrsubnet") || !strcmp(fn, "cidrhost") || !strcmp(fn, "cidrnetmask"))
    return cidr(f);
  if (!strcmp(fn, "fileexists")) {
    if (!s0) return ERR("fileexists: needs a string");
    const char *p = s0[0] == '/' ? s0 : base_arena_printf(a, "%s/%s", iac_tf_root_dir(s), s0);
    char real[PATH_MAX];
    if (!realpath(p, real)) return iac_tf_bool(s, false, f->line, f->col);
    if (!allowed(f, real)) return UNK("fileexists: \"%s\" is outside the scanned directory", s0);
    return iac_tf_bool(s, access(real, R_OK) == 0, f->line, f->col);
  }
  int fh = index_of(FILE_HASHES, fn);
  if (!strcmp(fn, "templatefile") && s->ev->in_template)
    return ERR("templatefile: cannot be called from inside a template file");
  if (fh >= 0 || !strcmp(fn, "file") || !strcmp(fn, "filebase64") || !strcmp(fn, "templatefile")) {
    size_t len;
    const doc_node *why = NULL;
    char *src = read_arg(f, 0, &len, &why);
    if (!src) return why;
    if (fh >= 0) return hash(f, HASHES[fh] + (fh >= 4 ? 6 : 0), (const uint8_t *)src, len, fh >= 4);
    if (!strcmp(fn, "filebase64")) return b64(f, (const uint8_t *)src, len);
    if (!base_utf8_valid((const unsigned char *)src, len) || memchr(src, 0, len))
      return ERR("%s: \"%s\" is not valid UTF-8 text", fn, s0);
    if (!strcmp(fn, "file")) return STR(src, len);
    return templatefile(f, src, len);
  }
  return NULL;
}
