/* json_events.c — the JSON front end: yajl's callbacks into the tree builder
 * (tree_build.h), the same trees the YAML front end builds.
 *
 * yajl is a strict JSON parser (RFC 8259: no comments, no trailing commas, no
 * single quotes, one value) and several times faster than libyaml on JSON.
 * It reports no positions, but inside a callback yajl_get_bytes_consumed is
 * the offset just past the token being reported; between two tokens there is
 * only whitespace, ':' and ','. So a token starts at the first other byte
 * after the previous token's end, and a forward-only cursor turns that offset
 * into a line and a column (characters, as for YAML). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "tree_build.h"

/* The builder plus where the last token ended, and a line cursor that only
 * moves forward (tokens come in text order). The builder comes first: a
 * callback's context is both. */
typedef struct jloader {
  tb_loader L;
  yajl_handle yh;
  size_t base;                       /* bytes skipped before what yajl sees (a UTF-8 BOM) */
  size_t prev_end;                   /* text offset just past the previous token */
  size_t lc_byte, lc_line, lc_chars; /* cursor, its line (0-based), characters from line start */
  bool ascii; /* JSON text without multi-byte characters: columns are byte counts */
} jloader;

static const unsigned char json_gap_byte[256] = {
    [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [','] = 1, [':'] = 1};

/* Set bits of a 16-bit mask. The build targets baseline x86-64 (no POPCNT),
 * where __builtin_popcount is a libgcc call; a gap between tokens holds a
 * newline or two, so clearing the lowest set bit per newline is cheaper. */
static inline size_t bits_set(unsigned m) {
  size_t n = 0;
  for (; m; m &= m - 1)
    n++;
  return n;
}

/* The newlines in t[from, to): how many, and where the last one is (SIZE_MAX
 * when none). The stretch from one token to the next is a few dozen bytes,
 * with one newline in pretty-printed JSON: 16 bytes compared at once, a
 * stretch under 16 bytes by the 16 that end it (they lie in the text when it
 * is that long), instead of a memchr call per newline and one more to find
 * there is none (a tenth of the JSON front end's time). */
static size_t newlines(const unsigned char *t, size_t from, size_t to, size_t *last) {
  size_t n = 0;
  *last = SIZE_MAX;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n');
  if (to - from < 16 && to >= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + to - 16));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, nl));
    m &= 0xFFFFu << (16 - (to - from)); /* only the bytes from `from` on */
    if (m) *last = to - 16 + (31 - (size_t)__builtin_clz(m));
    return bits_set(m);
  }
  for (; from + 16 <= to; from += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + from));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, nl));
    if (m) {
      n += bits_set(m);
      *last = from + (31 - (size_t)__builtin_clz(m));
    }
  }
#endif
  for (; from < to; from++)
    if (t[from] == '\n') {
      n++;
      *last = from;
    }
  return n;
}

/* Line and column (1-based) of text offset off >= the cursor's. */
static void json_locate(jloader *J, size_t off, uint32_t *line, uint32_t *col) {
  const unsigned char *t = (const unsigned char *)J->L.text;
  size_t i = J->lc_byte, last;
  size_t n = newlines(t, i, off, &last);
  if (n) {
    J->lc_line += n;
    J->lc_chars = 0;
    i = last + 1;
  }
  if (J->ascii) {
    J->lc_chars += off - i;
  } else {
    for (; i < off; i++)
      J->lc_chars += (t[i] & 0xC0) != 0x80;
  }
  J->lc_byte = off;
  *line = (uint32_t)J->lc_line + 1;
  *col = (uint32_t)J->lc_chars + 1;
}

/* The first byte at or after i that is not between tokens (len if none):
 * 16 bytes tested at once where the text has them (a gap is ", " or a
 * newline and an indentation: a byte loop's exit mispredicted at each token). */
static size_t skip_gap(const unsigned char *t, size_t i, size_t len) {
#if defined(__SSE2__)
  for (; i + 16 <= len; i += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    __m128i gap = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')),
                                  _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))),
                     _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
                                  _mm_cmpeq_epi8(x, _mm_set1_epi8(':')))));
    unsigned other = ~(unsigned)_mm_movemask_epi8(gap) & 0xFFFFu;
    if (other) return i + (size_t)__builtin_ctz(other);
  }
#endif
  while (i < len && json_gap_byte[t[i]])
    i++;
  return i;
}

/* Where the token being reported starts; moves past it. */
static void json_token(jloader *J, uint32_t *line, uint32_t *col) {
  const unsigned char *t = (const unsigned char *)J->L.text;
  size_t i = skip_gap(t, J->prev_end, J->L.len);
  json_locate(J, i, line, col);
  J->prev_end = J->base + yajl_get_bytes_consumed(J->yh);
}

/* A value (yajl reports an object's keys through j_key, so in an object a
 * value always has its key pending). */
static int json_value(jloader *J, doc_node *n) {
  iac_tb_deliver(&J->L, n, 1);
  return !J->L.failed;
}

static int j_null(void *ctx) {
  jloader *J = ctx;
  uint32_t line, col;
  json_token(J, &line, &col);
  return json_value(J, iac_tb_node(&J->L, DOC_NULL, line, col));
}

static int j_bool(void *ctx, int b) {
  jloader *J = ctx;
  uint32_t line, col;
  json_token(J, &line, &col);
  return json_value(J, iac_tb_bool(&J->L, b != 0, line, col));
}

/* The number's text as written (yajl checked the grammar): no overflow error
 * for big integers, which become the nearest double, as before. */
static int j_number(void *ctx, const char *s, size_t n) {
  jloader *J = ctx;
  uint32_t line, col;
  json_token(J, &line, &col);
  char small[64];
  char *z = n < sizeof small ? small : base_arena_alloc(J->L.a, n + 1);
  memcpy(z, s, n);
  z[n] = 0;
  return json_value(J, iac_tb_num(&J->L, strtod(z, NULL), line, col));
}

static int j_string(void *ctx, const unsigned char *s, size_t n) {
  jloader *J = ctx;
  uint32_t line, col;
  json_token(J, &line, &col);
  doc_node *node = iac_tb_str(&J->L, (const char *)s, n, line, col);
  node->flags |= DOC_F_QUOTED;
  return json_value(J, node);
}

static int j_key(void *ctx, const unsigned char *s, size_t n) {
  jloader *J = ctx;
  uint32_t line, col;
  json_token(J, &line, &col);
  iac_tb_key(&J->L, iac_tb_copy(&J->L, (const char *)s, n), (uint32_t)n, line, col);
  return 1;
}

static int j_start(jloader *J, bool is_map) {
  uint32_t line, col;
  json_token(J, &line, &col);
  return iac_tb_push(&J->L, line, col, is_map, NULL, 0);
}

static int j_start_map(void *ctx) {
  return j_start(ctx, true);
}

static int j_start_array(void *ctx) {
  return j_start(ctx, false);
}

static int j_end(void *ctx) {
  jloader *J = ctx;
  J->prev_end = J->base + yajl_get_bytes_consumed(J->yh);
  iac_tb_end(&J->L);
  return !J->L.failed;
}

static const yajl_callbacks json_callbacks = {
    .yajl_null = j_null,
    .yajl_boolean = j_bool,
    .yajl_number = j_number,
    .yajl_string = j_string,
    .yajl_start_map = j_start_map,
    .yajl_map_key = j_key,
    .yajl_end_map = j_end,
    .yajl_start_array = j_start_array,
    .yajl_end_array = j_end,
};

static bool json_ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A syntax error. yajl says what it expected, but not where: the offending
 * token is the first one after the last token reported (J->prev_end) and the
 * separator accepted after it. What a comment, a single quote, a bare word or
 * a trailing comma all get from yajl ("invalid char in json text", "unallowed
 * token at this point") is made specific by the bytes there. */
static void json_error(jloader *J, size_t at) {
  const unsigned char *t = (const unsigned char *)J->L.text;
  size_t len = J->L.len, q = J->prev_end, sep = len;
  while (q < len && json_ws(t[q]))
    q++;
  if (q < len && (t[q] == ',' || t[q] == ':')) {
    sep = q++;
    while (q < len && json_ws(t[q]))
      q++;
  }
  unsigned char *msg = yajl_get_error(J->yh, 0, NULL, 0);
  char text[200];
  const char *m = msg ? (const char *)msg : "syntax error";
  if (!strncmp(m, "parse error: ", 13)) m += 13;
  if (!strncmp(m, "lexical error: ", 15)) m += 15;
  snprintf(text, sizeof text, "%s", m);
  size_t n = strlen(text);
  while (n && (text[n - 1] == '\n' || text[n - 1] == '.' || text[n - 1] == ' '))
    text[--n] = 0;
  if (msg) yajl_free_error(J->yh, msg);
  const tb_frame *f = iac_tb_top(&J->L);
  const char *what = text;
  char buf[64];
  size_t where = q;
  if (q >= len || !strcmp(text, "premature EOF")) {
    bool open_string = q < len && t[q] == '"';
    what = open_string ? "unterminated string in JSON" : "unexpected end of JSON text";
    where = q < len && open_string ? q : len;
  } else if (t[q] == '/' || t[q] == '#') {
    what = "comments are not allowed in JSON";
  } else if ((t[q] == '}' || t[q] == ']') && sep < len && t[sep] == ',') {
    what = "trailing comma";
    where = sep;
  } else if (t[q] == '\'') {
    what = "strings must be double-quoted in JSON";
  } else if (!f && J->L.have_root) {
    what = "JSON text must hold exactly one value";
  } else if (t[q] == ',' || t[q] == ':') {
    snprintf(buf, sizeof buf, "unexpected '%c' in JSON", t[q]);
    what = buf;
  } else if (f && f->is_map && f->key_state == 0 && t[q] != '"' && t[q] != '}' &&
             (sep < len ? t[sep] == ',' : f->n == 0)) {
    what = "JSON object keys must be double-quoted strings";
  } else if (t[q] == '"' && at > q && strstr(text, "string")) {
    where = at; /* a bad escape or control character: yajl stopped at it */
  } else if (t[q] == '-' || (t[q] >= '0' && t[q] <= '9')) {
    /* yajl's own words: "malformed number, ..." */
  } else if (strstr(text, "invalid")) {
    /* a bare word (NaN, tru, yes) or a stray character */
    size_t e = q;
    while (e < len && e - q < 40 && !json_ws(t[e]) && !strchr(",:[]{}\"", t[e]))
      e++;
    if (e == q) e = q + 1;
    snprintf(buf, sizeof buf, "invalid JSON value '%.*s'", (int)(e - q), (const char *)t + q);
    what = buf;
  }
  uint32_t line, col;
  if (where < J->lc_byte) { /* a located token is past it: count again */
    J->lc_byte = J->base;
    J->lc_line = J->lc_chars = 0;
  }
  json_locate(J, where > len ? len : where, &line, &col);
  iac_tb_fail(&J->L, line - 1, col - 1, "%s", what);
}

/* Parse into J->L.docs (one document). */
static void run_json(jloader *J) {
  const unsigned char *t = (const unsigned char *)J->L.text;
  size_t len = J->L.len;
  /* one pass, a word at a time: ASCII text needs no character counting */
  uint64_t hi = 0, w;
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    memcpy(&w, t + i, 8);
    hi |= w;
  }
  for (; i < len; i++)
    hi |= t[i];
  J->ascii = (hi & 0x8080808080808080ull) == 0;
  J->base = len >= 3 && !memcmp(t, "\xEF\xBB\xBF", 3) ? 3 : 0;
  J->prev_end = J->lc_byte = J->base;
  J->lc_line = J->lc_chars = 0;
  size_t k = J->base;
  while (k < len && json_ws(t[k]))
    k++;
  if (k == len) {
    iac_tb_fail(&J->L, 0, 0, "empty JSON file%s", "");
    return;
  }
  J->yh = yajl_alloc(&json_callbacks, NULL, J);
  if (!J->yh) base_oom();
  /* the whole text was checked as UTF-8 before parsing (base_text_problem) */
  yajl_config(J->yh, yajl_dont_validate_strings, 1);
  yajl_status st = yajl_parse(J->yh, t + J->base, len - J->base);
  size_t at = J->base + yajl_get_bytes_consumed(J->yh);
  if (st == yajl_status_ok) {
    st = yajl_complete_parse(J->yh);
    at = len;
  }
  if (st == yajl_status_error && !J->L.failed) json_error(J, at);
  if (st != yajl_status_ok && !J->L.failed) iac_tb_fail(&J->L, 0, 0, "JSON syntax error%s", "");
  yajl_free(J->yh);
  J->yh = NULL;
  if (!J->L.failed) iac_tb_add_doc(&J->L);
}

void iac_json_events_run(tb_loader *L) {
  jloader J;
  memset(&J, 0, sizeof J);
  J.L = *L;
  run_json(&J);
  *L = J.L;
}
