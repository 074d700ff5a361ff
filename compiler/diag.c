/* diag.c — gcc-style diagnostics: "file:line:col: error: msg", the source
 * line, and a caret under the column. Also the "did you mean" suggester. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

#define QUOTE_MAX 480 /* bytes of a source line quoted under a diagnostic */

static void quote_line(FILE *out, const cc_source *src, cc_loc loc) {
  if (!src || !src->text || loc.line == 0) return;
  /* find the start of line loc.line: bounded by the text, never trusting loc */
  size_t i = 0, line = 1;
  if (loc.off <= src->len) {
    i = loc.off;
    while (i > 0 && src->text[i - 1] != '\n')
      i--;
  } else {
    while (i < src->len && line < loc.line) {
      if (src->text[i++] == '\n') line++;
    }
  }
  size_t end = i;
  while (end < src->len && src->text[end] != '\n')
    end++;
  if (end > i && src->text[end - 1] == '\r') end--;
  /* a very long line (generated lists, minified sources) is quoted as a
   * window around the caret, marked with "..." */
  size_t caret = i + (loc.col ? loc.col - 1 : 0);
  if (caret > end) caret = end;
  bool cut_left = false, cut_right = false;
  if (end - i > QUOTE_MAX) {
    size_t from = caret > i + QUOTE_MAX / 2 ? caret - QUOTE_MAX / 2 : i;
    size_t to = from + QUOTE_MAX < end ? from + QUOTE_MAX : end;
    cut_left = from > i;
    cut_right = to < end;
    i = from;
    end = to;
  }
  /* one write per line: stderr is unbuffered */
  char buf[2 * QUOTE_MAX + 16];
  size_t n = 0;
  if (cut_left) n += (size_t)snprintf(buf, sizeof buf, "...");
  for (size_t k = i; k < end; k++) {
    unsigned char c = (unsigned char)src->text[k];
    buf[n++] = (char)(c == '\t' || c >= 0x20 ? c : ' ');
  }
  if (cut_right) n += (size_t)snprintf(buf + n, sizeof buf - n, "...");
  buf[n++] = '\n';
  fwrite(buf, 1, n, out);
  n = 0;
  if (cut_left) n += (size_t)snprintf(buf, sizeof buf, "   ");
  for (size_t k = i; k < end && k < caret; k++)
    buf[n++] = src->text[k] == '\t' ? '\t' : ' ';
  buf[n++] = '^';
  buf[n++] = '\n';
  fwrite(buf, 1, n, out);
}

static void emit(cc_diag *d, const cc_source *src, cc_loc loc, const char *kind, const char *fmt,
                 va_list ap) {
  FILE *out = d->out ? d->out : stderr;
  const char *name = src && src->name ? src->name : "<input>";
  if (loc.line)
    fprintf(out, "%s:%u:%u: ", name, loc.line, loc.col);
  else
    fprintf(out, "%s: ", name);
  if (d->color)
    fprintf(out, "\033[1;%sm%s:\033[0m ", kind[0] == 'e' ? "31" : kind[0] == 'w' ? "35" : "36",
            kind);
  else
    fprintf(out, "%s: ", kind);
  vfprintf(out, fmt, ap);
  fputc('\n', out);
  quote_line(out, src, loc);
}

void cc_diag_error(cc_diag *d, const cc_source *src, cc_loc loc, const char *fmt, ...) {
  d->n_errors++;
  if (d->n_errors > CC_MAX_ERRORS) {
    if (!d->suppressed) fprintf(d->out ? d->out : stderr, "too many errors; stopping\n");
    d->suppressed = true;
    return;
  }
  va_list ap;
  va_start(ap, fmt);
  emit(d, src, loc, "error", fmt, ap);
  va_end(ap);
}

void cc_diag_warning(cc_diag *d, const cc_source *src, cc_loc loc, const char *fmt, ...) {
  if (d->suppressed) return;
  d->n_warnings++;
  va_list ap;
  va_start(ap, fmt);
  emit(d, src, loc, "warning", fmt, ap);
  va_end(ap);
}

void cc_diag_note(cc_diag *d, const cc_source *src, cc_loc loc, const char *fmt, ...) {
  if (d->suppressed) return;
  va_list ap;
  va_start(ap, fmt);
  emit(d, src, loc, "note", fmt, ap);
  va_end(ap);
}

/* Levenshtein distance, giving up (returning a large value) above `limit`. */
static size_t distance(const char *a, const char *b, size_t limit) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 64 || lb > 64) return limit + 1;
  if ((la > lb ? la - lb : lb - la) > limit) return limit + 1;
  size_t row[65];
  for (size_t j = 0; j <= lb; j++)
    row[j] = j;
  for (size_t i = 1; i <= la; i++) {
    size_t prev = row[0];
    row[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t cur = row[j];
      size_t sub = prev + (a[i - 1] != b[j - 1]);
      size_t del = row[j] + 1, ins = row[j - 1] + 1;
      row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
      prev = cur;
    }
  }
  return row[lb];
}

const char *cc_suggest(const char *name, const char *const *cands, size_t n) {
  size_t len = strlen(name);
  size_t limit = len <= 3 ? 1 : len <= 6 ? 2 : 3;
  const char *best = NULL;
  size_t bestd = limit + 1;
  for (size_t i = 0; i < n; i++) {
    if (!cands[i] || !strcmp(cands[i], name)) continue;
    size_t dd = distance(name, cands[i], limit);
    if (dd < bestd) {
      bestd = dd;
      best = cands[i];
    }
  }
  return best;
}
