/* explain.c — power-assert rendering of traced evaluations (explain.h).
 *
 * The trace reports every instruction with the value it left on top; the
 * line table says which instructions complete a sub-expression and where it
 * is written. Values are kept per line entry until the statement's last
 * instruction (its `end`) runs; then the statement is printed and its entries
 * cleared, so a statement in a loop shows each iteration's own values and a
 * short-circuited operand shows nothing. Inside any/all/filter... bodies an
 * entry shows the value of the last item evaluated. */
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "alloc.h"
#include "explain.h"
#include "opcodes.h"
#include "value.h"

enum { SHOW_MAX = 60, PAD_TO = 40 };

typedef struct slot {
  bool set;
  vm_value v;
} slot;

struct vm_explainer {
  const vm_pack *p;
  FILE *out;
  int rule;             /* -1: every rule */
  const char *resource; /* NULL: every resource */
  bool active;          /* the evaluation in progress is explained */
  uint32_t sel;         /* the selector whose slots are filled */
  slot *slots;          /* per line entry of sel */
  uint32_t cap_slots;
  size_t count;
  bool files; /* headers name the resource's file */
};

static bool res_matches(const char *want, const iac_resource *r) {
  if (!want) return true;
  if (!r->name) return false;
  if (!strcmp(r->name, want)) return true;
  size_t n = strlen(r->name), w = strlen(want);
  return n > w && r->name[n - w - 1] == '.' && !strcmp(r->name + n - w, want);
}

vm_explainer *vm_explainer_new(const vm_pack *p, const char *rule, const char *resource, FILE *out,
                               char *err, size_t errlen) {
  if (!p->debug) {
    snprintf(err, errlen, "the pack has no debug info (it was compiled with --strip)");
    return NULL;
  }
  int ri = -1;
  if (rule) {
    for (uint32_t i = 0; i < p->n_rules && ri < 0; i++)
      if (!strcmp(p->rules[i].id, rule)) ri = (int)i;
    if (ri < 0) {
      snprintf(err, errlen, "no rule '%s' in the pack", rule);
      return NULL;
    }
  }
  vm_explainer *x = base_xcalloc(1, sizeof *x);
  x->p = p;
  x->out = out;
  x->rule = ri;
  x->resource = resource;
  x->files = true;
  uint32_t most = 1;
  for (uint32_t i = 0; i < p->n_sels; i++)
    if (p->debug->sels[i].n_lines > most) most = p->debug->sels[i].n_lines;
  x->slots = base_xcalloc(most, sizeof *x->slots);
  x->cap_slots = most;
  x->sel = UINT32_MAX;
  return x;
}

void vm_explainer_free(vm_explainer *x) {
  if (!x) return;
  free(x->slots);
  free(x);
}

void vm_explainer_set_output(vm_explainer *x, FILE *out, bool files) {
  x->out = out;
  x->files = files;
}

size_t vm_explainer_count(const vm_explainer *x) {
  return x->count;
}

/* Appends t[0..n) to s at *k (s has room for 6 bytes per input byte) as a
 * terminal may show it: the text comes from the scanned files, so C0 controls
 * and DEL are '?', bytes that are not UTF-8 '?', and characters a reader
 * cannot see (bidi controls, zero-width, C1: base_utf8_hidden) \uXXXX;
 * quote adds a backslash before '"' and '\\'. */
static void put_shown(char *s, size_t *k, const char *t, size_t n, bool quote) {
  const unsigned char *u = (const unsigned char *)t;
  for (size_t i = 0; i < n;) {
    size_t len = base_utf8_len(u + i, n - i);
    if (len >= 2 && base_utf8_hidden(u + i, len)) {
      uint32_t cp = base_utf8_decode(u + i, len);
      *k += (size_t)snprintf(s + *k, 11, cp > 0xFFFF ? "\\U%08x" : "\\u%04x", (unsigned)cp);
    } else if (len >= 2) {
      memcpy(s + *k, t + i, len);
      *k += len;
    } else {
      unsigned char c = u[i];
      if (quote && (c == '"' || c == '\\')) s[(*k)++] = '\\';
      s[(*k)++] = !len || c < 0x20 || c == 0x7f ? '?' : (char)c;
      len = 1;
    }
    i += len;
  }
}

/* A NUL-terminated copy of t fit to print (put_shown). */
static char *shown(const char *t) {
  size_t n = strlen(t);
  char *s = base_xmalloc(6 * n + 1);
  size_t k = 0;
  put_shown(s, &k, t, n, false);
  s[k] = 0;
  return s;
}

/* The display form, strings quoted, cut to SHOW_MAX bytes. */
static char *show(const vm_value *v) {
  size_t n = vm_value_display(v, NULL, 0);
  char *raw = base_xmalloc(n + 1);
  vm_value_display(v, raw, n + 1);
  const char *why = v->tag == VV_UNKNOWN && v->u.s && v->len ? v->u.s : NULL;
  size_t cap = 6 * (n + (why ? v->len : 0)) + 16;
  char *s = base_xmalloc(cap);
  size_t k = 0;
  if (v->tag == VV_STR) {
    s[k++] = '"';
    put_shown(s, &k, raw, n, true);
    s[k++] = '"';
  } else if (why) {
    memcpy(s, "<unknown: ", 10);
    k = 10;
    put_shown(s, &k, why, v->len, false);
    s[k++] = '>';
  } else {
    put_shown(s, &k, raw, n, false);
  }
  s[k] = 0;
  if (k > SHOW_MAX) strcpy(s + SHOW_MAX - 3, "...");
  free(raw);
  return s;
}

typedef struct mark {
  uint32_t col; /* 0-based output column */
  char *text;
} mark;

static int mark_cmp(const void *a, const void *b) {
  const mark *x = a, *y = b;
  return (x->col > y->col) - (x->col < y->col);
}

/* Bars under every column, then rows of values placed right to left, each
 * where it fits before the one to its right; the rest wait for the next row. */
static void render_marks(FILE *out, const char *indent, mark *m, uint32_t n) {
  if (!n) return;
  qsort(m, n, sizeof *m, mark_cmp);
  uint32_t width = 0;
  for (uint32_t i = 0; i < n; i++)
    if (m[i].col + strlen(m[i].text) + 1 > width)
      width = m[i].col + (uint32_t)strlen(m[i].text) + 1;
  char *row = base_xmalloc(width + 1);
  bool *done = base_xcalloc(n, sizeof *done);
  memset(row, ' ', width);
  for (uint32_t i = 0; i < n; i++)
    row[m[i].col] = '|';
  uint32_t end = m[n - 1].col + 1;
  fprintf(out, "%s%.*s\n", indent, (int)end, row);
  for (uint32_t left = n; left;) {
    memset(row, ' ', width);
    uint32_t limit = UINT32_MAX, used = 0;
    for (uint32_t i = n; i-- > 0;) {
      if (done[i]) continue;
      size_t len = strlen(m[i].text);
      if (m[i].col + len < limit) {
        memcpy(row + m[i].col, m[i].text, len);
        done[i] = true;
        left--;
        if (m[i].col + len > used) used = m[i].col + (uint32_t)len;
      } else {
        row[m[i].col] = '|';
        if (m[i].col + 1 > used) used = m[i].col + 1;
      }
      limit = m[i].col;
    }
    fprintf(out, "%s%.*s\n", indent, (int)used, row);
  }
  free(row);
  free(done);
}

static bool shown_op(uint8_t op) {
  return op != VM_OP_CONST && op != VM_OP_PARAM && op != VM_OP_SUBJECT && op != VM_OP_MISSING;
}

static const char *outcome(const vm_dbg_stmt *st, const vm_value *v) {
  bool expect = st->kind == VM_DBG_EXPECT;
  if (v && v->tag == VV_BOOL)
    return v->u.b ? (expect ? "pass" : "true: applies") : (expect ? "fail" : "false: skipped");
  return expect ? "unknown" : "unknown: reported unknown";
}

static void render_stmt(vm_explainer *x, const vm_dbg_stmt *st, const vm_value *result) {
  const vm_pack *p = x->p;
  const vm_dbg_sel *d = &p->debug->sels[x->sel];
  const vm_selector *sel = &p->sels[x->sel];
  const uint8_t *code = p->code + sel->code_off;
  uint32_t cut = st->col ? st->col - 1 : 0; /* dedent to the statement */
  uint32_t widest = 0;
  for (uint32_t l = st->line; l <= st->end_line; l++) {
    uint32_t len;
    vm_dbg_source_line(p, st->file, l, &len);
    if (l == st->end_line && st->end_col < len) len = st->end_col; /* not `at`/`else` */
    if (len > cut && len - cut > widest) widest = len - cut;
  }
  mark *m = base_xcalloc(d->n_lines + 1, sizeof *m);
  for (uint32_t l = st->line; l <= st->end_line; l++) {
    uint32_t len;
    const char *t = vm_dbg_source_line(p, st->file, l, &len);
    if (l == st->end_line && st->end_col < len) len = st->end_col;
    uint32_t c = 0;
    while (c < cut && c < len && (t[c] == ' ' || t[c] == '\t'))
      c++;
    if (l == st->line)
      fprintf(x->out, "    %-*.*s  %s\n", widest > PAD_TO ? (int)widest : PAD_TO, (int)(len - c),
              t + c, outcome(st, result));
    else
      fprintf(x->out, "    %.*s\n", (int)(len - c), t + c);
    uint32_t n = 0;
    for (uint32_t i = 0; i < d->n_lines; i++) {
      const vm_dbg_line *e = &d->lines[i];
      if (!x->slots[i].set || e->pc < st->start || e->pc > st->end || e->file != st->file ||
          e->line != l || e->col <= c || !shown_op(code[e->pc]))
        continue;
      uint32_t col = e->col - 1 - c;
      if (n && m[n - 1].col == col) { /* the same column: the outer (later) one */
        free(m[n - 1].text);
        n--;
      }
      m[n].col = col;
      m[n++].text = show(&x->slots[i].v);
    }
    render_marks(x->out, "    ", m, n);
    for (uint32_t i = 0; i < n; i++)
      free(m[i].text);
  }
  free(m);
  for (uint32_t i = 0; i < d->n_lines; i++) /* the next iteration starts afresh */
    if (d->lines[i].pc >= st->start && d->lines[i].pc <= st->end) x->slots[i].set = false;
}

static void begin(vm_explainer *x, const vm_trace_event *ev) {
  const vm_rule *r = &x->p->rules[ev->rule];
  x->active = (x->rule < 0 || (uint32_t)x->rule == ev->rule) && res_matches(x->resource, ev->res);
  if (!x->active) return;
  x->count++;
  /* names and file names come from the scanned tree: printed as shown() */
  char *name = shown(ev->res->name ? ev->res->name : ev->res->type);
  char *file = shown(ev->res->file ? ev->res->file : "-");
  if (x->files)
    fprintf(x->out, "%s on %s (%s:%u:%u)\n", r->id, name, file, ev->res->line, ev->res->col);
  else
    fprintf(x->out, "%s on %s (line %u)\n", r->id, name, ev->res->line);
  free(name);
  free(file);
}

void vm_explain_trace(void *ctx, const vm_trace_event *ev) {
  vm_explainer *x = ctx;
  if (ev->pc == VM_NO_PC) {
    begin(x, ev);
    x->sel = UINT32_MAX;
    return;
  }
  if (!x->active) return;
  const vm_dbg_sel *d = &x->p->debug->sels[ev->sel];
  if (ev->sel != x->sel) {
    x->sel = ev->sel;
    memset(x->slots, 0, x->cap_slots * sizeof *x->slots);
  }
  /* the line entry of this instruction, if any */
  uint32_t lo = 0, hi = d->n_lines;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (d->lines[mid].pc < ev->pc)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < d->n_lines && d->lines[lo].pc == ev->pc && ev->top) {
    x->slots[lo].set = true;
    x->slots[lo].v = *ev->top;
  }
  const vm_dbg_stmt *st = vm_dbg_stmt_ending(x->p, ev->sel, ev->pc);
  if (st) render_stmt(x, st, ev->top);
}
