/* dockerfile.c — FROM lines of a Dockerfile as image resources (see dockerfile.h).
 * Reads logical lines (backslash continuations joined, comments dropped);
 * only ARG (before and between stages) and FROM matter here. */
#include "dockerfile.h"
#include "image.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

bool iac_dockerfile_name(const char *b) {
  size_t n = strlen(b);
  return !strcasecmp(b, "Dockerfile") || !strncasecmp(b, "Dockerfile.", 11) ||
         (n > 11 && !strcasecmp(b + n - 11, ".dockerfile"));
}

typedef struct arg {
  const char *name, *value; /* value NULL: declared without default */
} arg;

enum { MAX_ARGS = 256, MAX_STAGES = 256 };

typedef struct df {
  iac_unit *u;
  arg args[MAX_ARGS];
  int n_args;
  const char *stages[MAX_STAGES];
  int n_stages;
} df;

static const arg *find_arg(const df *d, const char *name, size_t n) {
  for (int i = d->n_args; i-- > 0;)
    if (strlen(d->args[i].name) == n && !memcmp(d->args[i].name, name, n)) return &d->args[i];
  return NULL;
}

/* Substitute $X, ${X}, ${X:-def}; *why set when a variable has no value. */
static char *expand(df *d, const char *s, size_t n, const char **why) {
  base_arena *a = &d->u->arena;
  char *out = base_arena_alloc(a, 4 * n + 256);
  size_t o = 0, cap = 4 * n + 255;
  for (size_t i = 0; i < n;) {
    if (s[i] != '$' || i + 1 >= n) {
      if (o < cap) out[o++] = s[i];
      i++;
      continue;
    }
    size_t st = i + 1, en, next;
    const char *def = NULL;
    size_t def_len = 0;
    if (s[st] == '{') {
      const char *close = memchr(s + st, '}', n - st);
      if (!close) break;
      en = st + 1;
      while (en < (size_t)(close - s) && (isalnum((unsigned char)s[en]) || s[en] == '_'))
        en++;
      if (en + 1 < (size_t)(close - s) && s[en] == ':' && s[en + 1] == '-') {
        def = s + en + 2;
        def_len = (size_t)(close - def);
      }
      next = (size_t)(close - s) + 1;
      st++;
    } else {
      en = st;
      while (en < n && (isalnum((unsigned char)s[en]) || s[en] == '_'))
        en++;
      next = en;
    }
    const arg *v = find_arg(d, s + st, en - st);
    const char *val = v && v->value ? v->value : NULL;
    size_t vl = val ? strlen(val) : 0;
    if (!val && def) val = def, vl = def_len;
    if (!val) {
      if (!*why) *why = base_arena_printf(a, "ARG %.*s has no default", (int)(en - st), s + st);
    } else {
      for (size_t k = 0; k < vl && o < cap; k++)
        out[o++] = val[k];
    }
    i = next;
  }
  out[o] = 0;
  return out;
}

static void from_line(df *d, const char *s, size_t n, uint32_t line, uint32_t col0) {
  /* FROM [--platform=...] IMAGE [AS NAME] */
  const char *tok[4];
  size_t len[4];
  uint32_t col[4];
  int k = 0;
  for (size_t i = 0; i < n && k < 4;) {
    while (i < n && isspace((unsigned char)s[i]))
      i++;
    if (i >= n) break;
    size_t st = i;
    while (i < n && !isspace((unsigned char)s[i]))
      i++;
    if (k == 0 && i - st > 2 && !strncmp(s + st, "--", 2)) continue; /* flags */
    tok[k] = s + st;
    len[k] = i - st;
    col[k] = (uint32_t)st + 1;
    k++;
  }
  if (k == 0) return;
  const char *stage = k >= 3 && len[1] == 2 && !strncasecmp(tok[1], "as", 2)
                          ? base_arena_strndup(&d->u->arena, tok[2], len[2])
                          : NULL;
  int index = d->n_stages;
  if (d->n_stages < MAX_STAGES) d->stages[d->n_stages++] = stage ? stage : "";
  const char *why = NULL;
  char *image = expand(d, tok[0], len[0], &why);
  if (!why && !strcasecmp(image, "scratch")) return;
  for (int i = 0; i < index && !why; i++)
    if (!strcasecmp(d->stages[i], image)) return; /* FROM an earlier stage */
  base_arena *a = &d->u->arena;
  /* col counts from the start of the FROM arguments */
  doc_node *v = why ? iac_doc_unknown(a, why, line, col0 + col[0])
                    : iac_doc_string(a, image, strlen(image), line, col0 + col[0]);
  const char *name = stage ? stage : base_arena_printf(a, "stage[%d]", index);
  iac_image_add(d->u, IAC_FMT_DOCKERFILE, "base", name, v);
}

static void arg_line(df *d, const char *s, size_t n) {
  while (n && isspace((unsigned char)*s))
    s++, n--;
  size_t nl = 0;
  while (nl < n && !isspace((unsigned char)s[nl]) && s[nl] != '=')
    nl++;
  if (!nl || d->n_args >= MAX_ARGS) return;
  arg *a = &d->args[d->n_args++];
  a->name = base_arena_strndup(&d->u->arena, s, nl);
  a->value = NULL;
  if (nl < n && s[nl] == '=') {
    const char *v = s + nl + 1;
    size_t vl = n - nl - 1;
    while (vl && isspace((unsigned char)v[vl - 1]))
      vl--;
    if (vl >= 2 && (v[0] == '"' || v[0] == '\'') && v[vl - 1] == v[0]) v++, vl -= 2;
    const char *why = NULL;
    char *val = expand(d, v, vl, &why);
    a->value = why ? NULL : val;
  }
}

void iac_dockerfile_load(iac_unit *u) {
  df *d = base_arena_calloc(&u->arena, sizeof *d);
  d->u = u;
  u->format = IAC_FMT_DOCKERFILE;
  const char *p = u->text, *end = u->text + u->text_len;
  uint32_t line = 0;
  char *buf = base_arena_alloc(&u->arena, u->text_len + 1);
  while (p < end) {
    /* one logical line: join continuations, note where it starts */
    size_t bl = 0;
    uint32_t start = line + 1;
    for (;;) {
      const char *eol = memchr(p, '\n', (size_t)(end - p));
      if (!eol) eol = end;
      line++;
      const char *q = p;
      while (q < eol && isspace((unsigned char)*q))
        q++;
      bool comment = q < eol && *q == '#';
      size_t l = (size_t)(eol - p);
      if (l && p[l - 1] == '\r') l--;
      bool cont = !comment && l && p[l - 1] == '\\';
      if (!comment) {
        memcpy(buf + bl, p, cont ? l - 1 : l);
        bl += cont ? l - 1 : l;
      }
      p = eol < end ? eol + 1 : end;
      if (comment ? bl == 0 : !cont) break;
      if (p >= end) break;
    }
    buf[bl] = 0;
    size_t i = 0;
    while (i < bl && isspace((unsigned char)buf[i]))
      i++;
    size_t kw = i;
    while (kw < bl && isalpha((unsigned char)buf[kw]))
      kw++;
    if (kw - i == 4 && !strncasecmp(buf + i, "FROM", 4))
      from_line(d, buf + kw, bl - kw, start, (uint32_t)kw);
    else if (kw - i == 3 && !strncasecmp(buf + i, "ARG", 3))
      arg_line(d, buf + kw, bl - kw);
  }
}
