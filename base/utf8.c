/* utf8.c — strict UTF-8 validation (see utf8.h). */
#include "utf8.h"

#include "alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

size_t base_utf8_len(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  size_t len;
  uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    len = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4)
    len = 4, cp = c & 0x07;
  else
    return 0;
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return 0;
  return len;
}

bool base_utf8_valid(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    size_t len = base_utf8_len(s + i, n - i);
    if (!len) return false;
    i += len;
  }
  return true;
}

/* Whether any of the 8 bytes at s is zero or has its high bit set (the SWAR
 * zero-byte test): plain ASCII text skips 8 bytes per step. */
static bool word_special(const unsigned char *s) {
  uint64_t w;
  memcpy(&w, s, 8);
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  return ((w | ((w - ones) & ~w)) & highs) != 0;
}

/* The same test 16 bytes at a time where SSE2 is there (every x86-64): each
 * file is checked once before parsing, and most are plain ASCII. */
static bool block_special(const unsigned char *s) {
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  int high = _mm_movemask_epi8(v);
  int zero = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()));
  return (high | zero) != 0;
#else
  return word_special(s) || word_special(s + 8);
#endif
}

const char *base_text_problem(const char *text, size_t len, size_t *off, char msg[64]) {
  const unsigned char *s = (const unsigned char *)text;
  *off = 0;
  if ((len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) ||
      (len >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF))
    return "UTF-16/UTF-32 encoded file is not supported; convert it to UTF-8";
  /* git's heuristic first: a NUL in the first 8000 bytes means binary data,
   * whatever invalid UTF-8 comes before it */
  const unsigned char *nul = memchr(s, 0, len < 8000 ? len : 8000);
  if (nul) {
    *off = (size_t)(nul - s);
    return "binary file (NUL byte)";
  }
  for (size_t i = 0; i < len;) {
    if (i + 16 <= len && !block_special(s + i)) {
      i += 16;
      continue;
    }
    if (i + 8 <= len && !word_special(s + i)) {
      i += 8;
      continue;
    }
    if (s[i] == 0) {
      *off = i;
      return "binary file (NUL byte)";
    }
    size_t n = base_utf8_len(s + i, len - i);
    if (!n) {
      *off = i;
      snprintf(msg, 64, "invalid UTF-8 byte 0x%02X", s[i]);
      return msg;
    }
    i += n;
  }
  return NULL;
}

void base_text_locate(const char *text, size_t off, uint32_t *line, uint32_t *col) {
  uint32_t l = 1, c = 1;
  for (size_t i = 0; i < off; i++) {
    if (text[i] == '\n')
      l++, c = 1;
    else if (((unsigned char)text[i] & 0xC0) != 0x80)
      c++;
  }
  *line = l;
  *col = c;
}

char *base_utf8_clean_dup(const char *s) {
  if (!s) s = "";
  size_t n = strlen(s);
  char *o = base_xmalloc(3 * n + 1), *p = o;
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    size_t len = base_utf8_len(u + i, n - i);
    if (len) {
      memcpy(p, u + i, len);
      p += len;
      i += len;
    } else {
      memcpy(p, "\xEF\xBF\xBD", 3);
      p += 3;
      i++;
    }
  }
  *p = '\0';
  return o;
}

/* Invisible format characters (Unicode category Cf, plus the line and
 * paragraph separators): a reader cannot see them, and the bidi controls
 * reorder what is shown ("Trojan Source", CVE-2021-42574), so a name or value
 * could display as something else. Each becomes \uXXXX (\UXXXXXXXX above
 * U+FFFF). Ranges are inclusive, sorted. */
#define BASE_INVISIBLE(X)                                                                          \
  X(0x00AD, 0x00AD)   /* soft hyphen */                                                            \
  X(0x061C, 0x061C)   /* Arabic letter mark */                                                     \
  X(0x180E, 0x180E)   /* Mongolian vowel separator */                                              \
  X(0x200B, 0x200F)   /* zero-width space/non-joiner/joiner, LRM, RLM */                           \
  X(0x2028, 0x202E)   /* line/paragraph separators; LRE RLE PDF LRO RLO */                         \
  X(0x2060, 0x2064)   /* word joiner, invisible operators */                                       \
  X(0x2066, 0x206F)   /* LRI RLI FSI PDI; deprecated format controls */                            \
  X(0xFEFF, 0xFEFF)   /* zero-width no-break space (BOM) */                                        \
  X(0xFFF9, 0xFFFB)   /* interlinear annotation */                                                 \
  X(0xE0000, 0xE007F) /* tag characters ("ASCII smuggling") */

static const struct {
  uint32_t lo, hi;
} invisible[] = {
#define BASE_INVISIBLE_ROW(lo, hi) {lo, hi},
    BASE_INVISIBLE(BASE_INVISIBLE_ROW)
#undef BASE_INVISIBLE_ROW
};

uint32_t base_utf8_decode(const unsigned char *u, size_t len) {
  if (len == 2) return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
  if (len == 3) return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
  return (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12 |
         (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
}

static bool is_invisible(uint32_t cp) {
  for (size_t i = 0; i < sizeof invisible / sizeof *invisible; i++)
    if (cp >= invisible[i].lo && cp <= invisible[i].hi) return true;
  return false;
}

bool base_utf8_hidden(const unsigned char *u, size_t len) {
  if (len == 2 && u[0] == 0xC2 && u[1] < 0xA0) return true;
  return len >= 2 && is_invisible(base_utf8_decode(u, len));
}
