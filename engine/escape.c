/* escape.c — see escape.h. */
#include "escape.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "utf8.h"

/* A sink: a stream, or a growing buffer (engine_escape_dup). */
typedef struct sink {
  FILE *f;
  char *buf;
  size_t len, cap;
} sink;

static void put(sink *k, const char *s, size_t n) {
  if (k->f) {
    fwrite(s, 1, n, k->f);
    return;
  }
  k->buf = base_grow(k->buf, &k->cap, k->len + n + 1, 1);
  memcpy(k->buf + k->len, s, n);
  k->len += n;
  k->buf[k->len] = '\0';
}

static const char hex[] = "0123456789abcdef";

static void put_hex(sink *k, const char *prefix, unsigned c) {
  char b[8];
  size_t n = strlen(prefix);
  memcpy(b, prefix, n);
  b[n++] = hex[(c >> 4) & 15];
  b[n++] = hex[c & 15];
  put(k, b, n);
}

/* One control byte (< 0x20 or DEL) in text form. */
static void put_control(sink *k, unsigned c) {
  switch (c) {
  case '\n': put(k, "\\n", 2); break;
  case '\r': put(k, "\\r", 2); break;
  case '\t': put(k, "\\t", 2); break;
  default: put_hex(k, "\\x", c); break;
  }
}

static void put_codepoint(sink *k, uint32_t cp) {
  char b[16];
  int m = cp > 0xFFFF ? snprintf(b, sizeof b, "\\U%08x", (unsigned)cp)
                      : snprintf(b, sizeof b, "\\u%04x", (unsigned)cp);
  put(k, b, (size_t)m);
}

static void escape(sink *k, const char *s, size_t n, unsigned flags) {
  bool gh = flags & (ENGINE_ESC_GITHUB | ENGINE_ESC_GITHUB_PROP);
  bool prop = flags & ENGINE_ESC_GITHUB_PROP;
  const unsigned char *u = (const unsigned char *)s;
  size_t run = 0; /* start of the bytes not written yet */
  for (size_t i = 0; i < n;) {
    unsigned c = u[i];
    if (c >= 0x20 && c < 0x7F) {
      if (!gh || (c != '%' && !(prop && (c == ':' || c == ',')))) {
        i++;
        continue;
      }
      put(k, s + run, i - run);
      put(k, c == '%' ? "%25" : c == ':' ? "%3A" : "%2C", 3);
      run = ++i;
      continue;
    }
    if (c >= 0x80) {
      size_t len = base_utf8_len(u + i, n - i);
      bool esc = len && base_utf8_hidden(u + i, len);
      if (len && !esc) {
        i += len;
        continue;
      }
      put(k, s + run, i - run);
      if (esc)
        put_codepoint(k, base_utf8_decode(u + i, len));
      else
        put_hex(k, "\\x", c);
      i += esc ? len : 1;
      run = i;
      continue;
    }
    /* a C0 control or DEL */
    if (c == '\t' && (flags & ENGINE_ESC_KEEP_TAB)) {
      i++;
      continue;
    }
    put(k, s + run, i - run);
    if (gh && (c == '\r' || c == '\n'))
      put(k, c == '\r' ? "%0D" : "%0A", 3);
    else
      put_control(k, c);
    run = ++i;
  }
  put(k, s + run, n - run);
}

void engine_escape_write(FILE *out, const char *s, size_t n, unsigned flags) {
  sink k = {.f = out};
  escape(&k, s, n, flags);
}

void engine_escape_text(FILE *out, const char *s) {
  if (s) engine_escape_write(out, s, strlen(s), ENGINE_ESC_TEXT);
}

void engine_escape_github(FILE *out, const char *s, bool property) {
  if (s)
    engine_escape_write(out, s, strlen(s), property ? ENGINE_ESC_GITHUB_PROP : ENGINE_ESC_GITHUB);
}

char *engine_escape_dup(const char *s, unsigned flags) {
  sink k = {0};
  put(&k, "", 0); /* "" for NULL or empty input */
  if (s) escape(&k, s, strlen(s), flags);
  return k.buf;
}

bool engine_escape_needed(const char *s) {
  if (!s) return false;
  size_t n = strlen(s);
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    unsigned c = u[i];
    if (c >= 0x20 && c < 0x7F) {
      i++;
      continue;
    }
    if (c < 0x80) return true;
    size_t len = base_utf8_len(u + i, n - i);
    if (!len || base_utf8_hidden(u + i, len)) return true;
    i += len;
  }
  return false;
}

/* ---- URIs ------------------------------------------------------------------------ */

static bool uri_keep(unsigned char c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  return c && strchr("-._~/!$&'()*+,;=@", c) != NULL;
}

char *engine_uri_encode_path(const char *path) {
  const unsigned char *u = (const unsigned char *)(path ? path : "");
  size_t n = strlen((const char *)u);
  char *o = base_xmalloc(3 * n + 1), *p = o;
  static const char HEX[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; i++) {
    if (uri_keep(u[i])) {
      *p++ = (char)u[i];
    } else {
      *p++ = '%';
      *p++ = HEX[u[i] >> 4];
      *p++ = HEX[u[i] & 15];
    }
  }
  *p = '\0';
  return o;
}
