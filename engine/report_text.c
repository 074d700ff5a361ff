/* report_text.c — the human format: one block per failure/unknown, then the
 * files that could not be read or parsed, then one summary line.
 *
 *   FAIL high AWS_ECR_IMMUTABLE_TAGS  templates/ecr.yaml:12:7
 *     resource: AWS::ECR::Repository.Repo
 *     repository app lets image tags be overwritten: ImageTagMutability is MUTABLE
 *     refs: CKV_AWS_51, SecurityHub:ECR.2
 *     fix: Set image tag mutability to IMMUTABLE ...
 *
 * Passes are listed only with show_passes; suppressed results always get one
 * line (a waiver must stay visible). Skips with reason "not IaC" are only
 * counted: every README of a monorepo would drown the report otherwise.
 * Every string that came from the scanned files or the pack (names, values,
 * messages, source lines) goes through escape.h: a control character in a
 * resource name must not start a line or a terminal sequence of its own. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "iac.h"
#include "readfile.h"
#include "escape.h"
#include "report.h"
#include "value.h"

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_DIM "\033[2m"
#define C_RED "\033[31m"
#define C_GREEN "\033[32m"
#define C_YELLOW "\033[33m"
#define C_MAGENTA "\033[35m"
#define C_CYAN "\033[36m"

typedef struct text_out {
  FILE *out;
  bool color;
  engine_report_options o;
  bool any; /* a result block was printed */
  /* source cache for context lines: results arrive sorted by file */
  char *src_file;
  char *src;
  size_t src_len;
} text_out;

static const char *col(const text_out *t, const char *c) {
  return t->color ? c : "";
}

static const char *status_color(vm_status s) {
  switch (s) {
  case VM_FAIL: return C_BOLD C_RED;
  case VM_UNKNOWN: return C_BOLD C_YELLOW;
  case VM_PASS: return C_GREEN;
  case VM_SUPPRESSED: return C_DIM;
  default: return C_BOLD C_MAGENTA;
  }
}

static const char *severity_color(int sev) {
  switch (sev) {
  case VM_SEV_CRITICAL:
  case VM_SEV_HIGH: return C_RED;
  case VM_SEV_MEDIUM: return C_YELLOW;
  default: return C_CYAN;
  }
}

static void upper(char *dst, const char *src, size_t cap) {
  size_t i = 0;
  for (; src[i] && i + 1 < cap; i++)
    dst[i] = (char)(src[i] >= 'a' && src[i] <= 'z' ? src[i] - 32 : src[i]);
  dst[i] = 0;
}

/* The path a result's file is readable at: reports hold scan-root-relative
 * names, which are relative to the root only when one directory was scanned. */
static char *source_path(const engine_report *r, const char *file) {
  struct stat st;
  if (r->root && stat(r->root, &st) == 0 && S_ISDIR(st.st_mode) && strcmp(r->root, ".") != 0) {
    size_t n = strlen(r->root), m = strlen(file);
    char *p = malloc(n + m + 2);
    if (!p) return NULL;
    memcpy(p, r->root, n);
    if (n && p[n - 1] != '/') p[n++] = '/';
    memcpy(p + n, file, m + 1);
    return p;
  }
  return strdup(file);
}

static void load_source(text_out *t, const engine_report *r, const char *file) {
  if (t->src_file && !strcmp(t->src_file, file)) return;
  free(t->src);
  free(t->src_file);
  t->src = NULL;
  t->src_len = 0;
  /* a copy: streamed results' strings do not outlive their batch */
  t->src_file = strdup(file);
  char *path = source_path(r, file);
  /* base_read_file: a snippet never blocks on a FIFO put where a scanned
   * file was; past the default file size limit there is no snippet */
  size_t n = 0;
  const char *why;
  char *b =
      path ? base_read_file(path, CLI_SIZE_UNKNOWN, IAC_DEFAULT_MAX_FILE_SIZE, &n, &why) : NULL;
  free(path);
  t->src = b;
  t->src_len = n;
}

static void print_context(text_out *t, const engine_report *r, const engine_result *res,
                          int lines) {
  if (!res->line) return;
  load_source(t, r, res->file);
  if (!t->src) return;
  uint32_t from = res->line > (uint32_t)lines ? res->line - (uint32_t)lines : 1;
  uint32_t to = res->line + (uint32_t)lines;
  uint32_t ln = 1;
  const char *p = t->src, *end = t->src + t->src_len;
  while (p < end && ln <= to) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    if (ln >= from) {
      int len = (int)(e - p);
      if (len > 0 && p[len - 1] == '\r') len--;
      if (len > 200) len = 200;
      bool hit = ln == res->line;
      fprintf(t->out, "    %s%5u %s ", hit ? col(t, C_BOLD) : col(t, C_DIM), ln, hit ? ">" : "|");
      engine_escape_write(t->out, p, (size_t)len, ENGINE_ESC_KEEP_TAB);
      fprintf(t->out, "%s\n", col(t, C_RESET));
    }
    if (!nl) break;
    p = nl + 1;
    ln++;
  }
}

static void esc(FILE *out, const char *s) {
  engine_escape_text(out, s);
}

/* "  resource: NAME\n" */
static void print_resource(FILE *out, const engine_result *res) {
  fputs("  resource: ", out);
  esc(out, res->resource);
  fputc('\n', out);
}

static void print_result(text_out *t, const engine_report *r, const engine_result *res,
                         const engine_report_options *o) {
  const vm_rule *rule = engine_result_rule(r, res);
  char st[16];
  upper(st, vm_status_name(res->status), sizeof st);
  FILE *out = t->out;
  fprintf(out, "%s%s%s %s%s%s %s", col(t, status_color(res->status)), st, col(t, C_RESET),
          col(t, severity_color(res->severity)), vm_severity_name((vm_severity)res->severity),
          col(t, C_RESET), col(t, C_BOLD));
  esc(out, engine_result_rule_id(r, res));
  fprintf(out, "%s  ", col(t, C_RESET));
  esc(out, res->file);
  fprintf(out, ":%u:%u\n", res->line, res->col);
  print_resource(out, res);
  if (res->status == VM_PASS) return;
  if (res->status == VM_SUPPRESSED) {
    fputs("  suppressed (", out);
    esc(out, res->suppression_kind ? res->suppression_kind : "config");
    fputs("): ", out);
    esc(out, res->suppression && res->suppression[0] ? res->suppression : "no reason given");
    fputc('\n', out);
    return;
  }
  if (res->message && res->message[0]) {
    fputs("  ", out);
    esc(out, res->message);
    fputc('\n', out);
  }
  if (res->status == VM_UNKNOWN && res->reason &&
      !(res->message && strstr(res->message, res->reason))) {
    fputs("  unknown: ", out);
    esc(out, res->reason);
    fputc('\n', out);
  }
  if (o->context_lines > 0) print_context(t, r, res, o->context_lines);
  if (rule && rule->n_refs) {
    fputs("  refs: ", out);
    for (uint32_t i = 0; i < rule->n_refs; i++) {
      if (i) fputs(", ", out);
      esc(out, rule->refs[i]);
    }
    fputc('\n', out);
  }
  if (rule && rule->fix && rule->fix[0] && res->status == VM_FAIL) {
    fprintf(out, "  %sfix:%s ", col(t, C_BOLD), col(t, C_RESET));
    esc(out, rule->fix);
    fputc('\n', out);
  }
}

/* "LABEL: FILE:LINE:COL: MESSAGE\n" for errors and warnings */
static void print_located(text_out *t, const char *label, const char *color, const char *file,
                          uint32_t line, uint32_t c, const char *msg) {
  fprintf(t->out, "%s%s:%s ", col(t, color), label, col(t, C_RESET));
  esc(t->out, file);
  fprintf(t->out, ":%u:%u: ", line, c);
  esc(t->out, msg);
  fputc('\n', t->out);
}

static void *text_begin(const engine_report *r, FILE *out, const engine_report_options *o) {
  if (o->verbose && r->pack) { /* -v: what ran, and with which params */
    fprintf(out, "pack %s\n", r->pack->digest);
    for (uint32_t i = 0; i < r->pack->n_params; i++) {
      vm_value v = vm_value_from_node(r->pack->param_values[i], 0, 0);
      size_t n = vm_value_display(&v, NULL, 0);
      char *s = malloc(n + 1);
      if (!s) abort();
      vm_value_display(&v, s, n + 1);
      fprintf(out, "param %s = %s%s%s\n", r->pack->params[i].name, v.tag == VV_STR ? "\"" : "", s,
              v.tag == VV_STR ? "\"" : "");
      free(s);
    }
    fputc('\n', out);
  }
  text_out *t = calloc(1, sizeof *t);
  if (!t) abort();
  t->out = out;
  t->color = o->color;
  t->o = *o;
  return t;
}

static void text_results(void *st, const engine_report *r, const engine_result *res, size_t n) {
  text_out *t = st;
  for (size_t i = 0; i < n; i++) {
    if (res[i].status == VM_PASS && !t->o.show_passes) continue;
    if (t->any) fputc('\n', t->out);
    print_result(t, r, &res[i], &t->o);
    t->any = true;
  }
}

static void text_discard(void *st) {
  text_out *t = st;
  free(t->src);
  free(t->src_file);
  free(t);
}

static int text_end(void *st, const engine_report *r) {
  text_out *t = st;
  FILE *out = t->out;
  bool any = t->any;
  if (any && (r->n_errors || r->n_warnings)) fputc('\n', out);
  for (size_t i = 0; i < r->n_errors; i++) {
    const engine_file_error *e = &r->errors[i];
    print_located(t, "error", C_BOLD C_MAGENTA, e->file, e->line, e->col, e->message);
  }
  for (size_t i = 0; i < r->n_warnings; i++) {
    const engine_warning *w = &r->warnings[i];
    print_located(t, "warning", C_BOLD C_YELLOW, w->file, w->line, w->col, w->message);
  }
  if (!t->o.quiet) {
    for (size_t i = 0; i < r->n_skipped; i++) {
      const engine_skip *s = &r->skipped[i];
      if (!strcmp(s->reason, "not IaC")) continue;
      fputs("skipped: ", out);
      esc(out, s->file);
      fputs(" (", out);
      esc(out, s->reason);
      fputs(")\n", out);
    }
    if (any || r->n_errors || r->n_warnings) fputc('\n', out);
    const engine_summary *m = &r->summary;
    char left[64] = "";
    if (m->left_out) snprintf(left, sizeof left, ", %zu left out as unchanged", m->left_out);
    fprintf(out,
            "%zu file%s (%zu scanned, %zu skipped, %zu unparsable%s), %zu resource%s: "
            "%s%zu failed%s, %zu unknown, %zu passed, %zu suppressed, %zu error%s\n",
            m->files, m->files == 1 ? "" : "s", m->scanned, m->skipped, m->failed, left,
            m->resources, m->resources == 1 ? "" : "s", m->fail ? col(t, C_BOLD C_RED) : "",
            m->fail, m->fail ? col(t, C_RESET) : "", m->unknown, m->pass, m->suppressed, m->errors,
            m->errors == 1 ? "" : "s");
  }
  text_discard(t);
  return ferror(out) ? -1 : 0;
}

const engine_writer_ops engine_writer_text = {"text",   false, text_begin, text_results,
                                              text_end, NULL,  NULL,       text_discard};
