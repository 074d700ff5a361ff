/* ruletest_edit.c — rewriting `expect` lists in a test file's text (see
 * ruletest_edit.h). Works on whole lines: each rewrite replaces a range of
 * lines (the old list, or nothing where a list is inserted) with new text. */
#include "ruletest_edit.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

typedef struct lines {
  const char *text;
  size_t *start; /* start[i] for line i (1-based); start[n + 1] = length */
  uint32_t n;
} lines;

typedef struct repl {
  uint32_t from, to; /* lines [from, to) */
  char *with;        /* malloc'd */
  size_t len;
} repl;

static const char *line_at(const lines *L, uint32_t i) {
  return L->text + L->start[i];
}
static size_t line_len(const lines *L, uint32_t i) {
  return L->start[i + 1] - L->start[i];
}

static bool blank_or_comment(const lines *L, uint32_t i) {
  const char *s = line_at(L, i), *e = s + line_len(L, i);
  while (s < e && (*s == ' ' || *s == '\t'))
    s++;
  return s == e || *s == '\n' || *s == '\r' || *s == '#';
}

/* The end of a block [from, to) without its trailing blank and comment lines:
 * those belong to what follows. */
static uint32_t trim_end(const lines *L, uint32_t from, uint32_t to) {
  while (to > from && blank_or_comment(L, to - 1))
    to--;
  return to;
}

static char char_at(const lines *L, uint32_t line, uint32_t col) {
  if (line < 1 || line > L->n || col < 1 || col > line_len(L, line)) return 0;
  return line_at(L, line)[col - 1];
}

/* The line of the `-` that starts the list item whose content starts on `line`. */
static uint32_t dash_line(const lines *L, uint32_t line, uint32_t floor) {
  for (uint32_t i = line; i >= floor && i > 0; i--) {
    const char *s = line_at(L, i), *e = s + line_len(L, i);
    while (s < e && *s == ' ')
      s++;
    if (s < e && *s == '-') return i;
  }
  return line;
}

/* YAML double-quoted: every byte kept but quote, backslash and controls. */
static void quoted(FILE *o, const char *s) {
  fputc('"', o);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      fprintf(o, "\\%c", c);
    else if (c == '\n')
      fputs("\\n", o);
    else if (c == '\t')
      fputs("\\t", o);
    else if (c < 0x20 || c == 0x7f)
      fprintf(o, "\\x%02x", c);
    else
      fputc(c, o);
  }
  fputc('"', o);
}

/* Can `s` be written as a plain scalar that reads back as the same text? The
 * test file is read with scalars kept as written, so `no` or `010` are text. */
static bool plain_ok(const char *s) {
  size_t n = strlen(s);
  if (!n || strchr("-?:,[]{}#&*!|>'\"%@` \t", s[0]) || s[n - 1] == ' ' || s[n - 1] == ':')
    return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7f || (c == ':' && s[i + 1] == ' ') || (c == ' ' && s[i + 1] == '#'))
      return false;
  }
  return true;
}

static void scalar(FILE *o, const char *s) {
  if (plain_ok(s))
    fputs(s, o);
  else
    quoted(o, s);
}

static void entry(FILE *o, const engine_rt_entry *e, int ind) {
  fprintf(o, "%*s- rule: ", ind, "");
  scalar(o, e->rule);
  if (e->resource) {
    fprintf(o, "\n%*s  resource: ", ind, "");
    scalar(o, e->resource);
  }
  fprintf(o, "\n%*s  status: %s\n", ind, "", e->status);
  if (e->line) fprintf(o, "%*s  line: %u\n", ind, "", e->line);
  if (e->message) {
    fprintf(o, "%*s  message: ", ind, "");
    scalar(o, e->message);
    fputc('\n', o);
  }
}

/* Copies lines [from, to), ending them with a newline (the last line of a
 * text may have none). */
static void copy_lines(FILE *o, const lines *L, uint32_t from, uint32_t to) {
  if (from >= to) return;
  size_t n = L->start[to] - L->start[from];
  fwrite(L->text + L->start[from], 1, n, o);
  if (n && L->text[L->start[from] + n - 1] != '\n') fputc('\n', o);
}

static void push(repl **r, size_t *n, size_t *cap, uint32_t from, uint32_t to, char *with,
                 size_t len) {
  *r = base_grow(*r, cap, *n + 1, sizeof **r);
  (*r)[(*n)++] = (repl){from, to, with, len};
}

/* The index of the `]` closing the flow list opening at s[0], on its line. */
static long flow_end(const char *s, size_t n) {
  int depth = 0;
  char q = 0;
  for (size_t i = 0; i < n && s[i] != '\n'; i++) {
    char c = s[i];
    if (q) {
      if (c == '\\' && q == '"')
        i++;
      else if (c == q)
        q = 0;
    } else if (c == '"' || c == '\'') {
      q = c;
    } else if (c == '[' || c == '{') {
      depth++;
    } else if ((c == ']' || c == '}') && --depth == 0) {
      return (long)i;
    }
  }
  return -1;
}

/* The replacements for one rewrite, or its error. */
static const char *plan(const lines *L, const engine_rt_rewrite *rw, repl **r, size_t *nr,
                        size_t *cap) {
  const engine_rt_span *sp = &rw->span;
  uint32_t bound = sp->next_line ? sp->next_line : L->n + 1;
  char *buf = NULL;
  size_t len = 0;
  FILE *o;
  if (!sp->key_line) { /* no expect yet: add one after the case's last line */
    if (!rw->n) return NULL;
    if (char_at(L, sp->case_line, sp->case_col) == '{')
      return "the case is a flow map ({...}): write it in block style to update it";
    uint32_t at = trim_end(L, sp->case_line + 1, bound);
    int ind = (int)sp->case_col - 1;
    o = open_memstream(&buf, &len);
    if (at == L->n + 1 && L->start[at] && L->text[L->start[at] - 1] != '\n')
      fputc('\n', o); /* the case ends the text without a newline */
    fprintf(o, "%*sexpect:\n", ind, "");
    for (size_t i = 0; i < rw->n; i++)
      entry(o, &rw->entries[i], ind + 2);
    fclose(o);
    push(r, nr, cap, at, at, buf, len);
    return NULL;
  }
  char open = char_at(L, sp->val_line, sp->val_col);
  if (open == '[') { /* flow list: on its own line only */
    const char *s = line_at(L, sp->val_line) + sp->val_col - 1;
    long end = flow_end(s, line_len(L, sp->val_line) - (sp->val_col - 1));
    if (end < 0)
      return "its expect is a flow list ([...]) over several lines: write it in block style to "
             "update it";
    const char *ln = line_at(L, sp->val_line);
    size_t pre = sp->val_col - 1, post = (size_t)(s + end + 1 - ln);
    o = open_memstream(&buf, &len);
    if (!rw->n) {
      fwrite(ln, 1, pre, o);
      fputs("[]", o);
      fwrite(ln + post, 1, line_len(L, sp->val_line) - post, o);
    } else {
      while (pre && (ln[pre - 1] == ' ' || ln[pre - 1] == '\t'))
        pre--;
      bool own_line = sp->val_line != sp->key_line && pre == 0;
      if (!own_line) {
        size_t rest = line_len(L, sp->val_line) - post;
        fwrite(ln, 1, pre, o);
        fwrite(ln + post, 1, rest, o);
        if (!rest || ln[post + rest - 1] != '\n') fputc('\n', o);
      }
      for (size_t i = 0; i < rw->n; i++)
        entry(o, &rw->entries[i], (int)sp->key_col + 1);
    }
    fclose(o);
    push(r, nr, cap, sp->val_line, sp->val_line + 1, buf, len);
    return NULL;
  }
  if (open != '-' || !sp->n_items) return "its expect is not a list";
  uint32_t first = sp->val_line;
  uint32_t end = trim_end(L, first + 1, sp->after_line ? sp->after_line : bound);
  if (!rw->n) { /* `expect: []` */
    const char *ln = line_at(L, sp->key_line);
    const char *colon = memchr(ln + sp->key_col - 1, ':', line_len(L, sp->key_line));
    if (!colon) return "no ':' after its expect key";
    size_t at = (size_t)(colon + 1 - ln);
    o = open_memstream(&buf, &len);
    fwrite(ln, 1, at, o);
    fputs(" []", o);
    fwrite(ln + at, 1, line_len(L, sp->key_line) - at, o);
    fclose(o);
    push(r, nr, cap, sp->key_line, sp->key_line + 1, buf, len);
    push(r, nr, cap, first, end, NULL, 0);
    return NULL;
  }
  o = open_memstream(&buf, &len);
  for (size_t i = 0; i < rw->n; i++) {
    const engine_rt_entry *e = &rw->entries[i];
    if (!e->keep) {
      entry(o, e, (int)sp->val_col - 1);
      continue;
    }
    size_t k = e->keep - 1;
    uint32_t from = k ? dash_line(L, sp->item_lines[k], first) : first;
    uint32_t to = k + 1 < sp->n_items ? dash_line(L, sp->item_lines[k + 1], first) : end;
    copy_lines(o, L, from, to);
  }
  fclose(o);
  push(r, nr, cap, first, end, buf, len);
  return NULL;
}

static int cmp_repl(const void *a, const void *b) {
  const repl *x = a, *y = b;
  return x->from < y->from ? -1 : x->from > y->from;
}

char *engine_rt_apply(const char *text, size_t len, engine_rt_rewrite *rw, size_t n,
                      size_t *out_len) {
  lines L = {text, NULL, 0};
  size_t cap = 0;
  uint32_t count = 0;
  for (size_t i = 0; i < len; i++)
    count += text[i] == '\n';
  if (len && text[len - 1] != '\n') count++;
  L.n = count;
  L.start = base_xmalloc((count + 2) * sizeof *L.start);
  L.start[0] = L.start[1] = 0;
  uint32_t ln = 1;
  for (size_t i = 0; i < len; i++)
    if (text[i] == '\n' && ln <= count) L.start[++ln] = i + 1;
  L.start[count + 1] = len;
  repl *r = NULL;
  size_t nr = 0;
  for (size_t i = 0; i < n; i++)
    rw[i].error = plan(&L, &rw[i], &r, &nr, &cap);
  if (nr) qsort(r, nr, sizeof *r, cmp_repl);
  char *out = NULL;
  FILE *o = open_memstream(&out, out_len);
  uint32_t at = 1;
  for (size_t i = 0; i < nr; i++) {
    if (r[i].from > at) fwrite(text + L.start[at], 1, L.start[r[i].from] - L.start[at], o);
    if (r[i].with) fwrite(r[i].with, 1, r[i].len, o);
    if (r[i].to > at) at = r[i].to;
    free(r[i].with);
  }
  if (at <= count) fwrite(text + L.start[at], 1, len - L.start[at], o);
  fclose(o);
  free(r);
  free(L.start);
  return out;
}
