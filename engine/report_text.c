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
 * counted: every README of a monorepo would drown the report otherwise. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
  FILE *f = path ? fopen(path, "rb") : NULL;
  free(path);
  if (!f) return;
  size_t cap = 0, n = 0, got;
  char *b = NULL;
  do {
    if (n == cap) {
      cap = cap ? cap * 2 : 8192;
      char *nb = realloc(b, cap + 1);
      if (!nb) break;
      b = nb;
    }
    got = fread(b + n, 1, cap - n, f);
    n += got;
  } while (got > 0 && n < (64u << 20));
  fclose(f);
  if (b) b[n] = 0;
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
      fprintf(t->out, "    %s%5u %s %.*s%s\n", hit ? col(t, C_BOLD) : col(t, C_DIM), ln,
              hit ? ">" : "|", len, p, col(t, C_RESET));
    }
    if (!nl) break;
    p = nl + 1;
    ln++;
  }
}

static void print_result(text_out *t, const engine_report *r, const engine_result *res,
                         const engine_report_options *o) {
  const vm_rule *rule = engine_result_rule(r, res);
  char st[16];
  upper(st, vm_status_name(res->status), sizeof st);
  FILE *out = t->out;
  fprintf(out, "%s%s%s %s%s%s %s%s%s  %s:%u:%u\n", col(t, status_color(res->status)), st,
          col(t, C_RESET), col(t, severity_color(res->severity)),
          vm_severity_name((vm_severity)res->severity), col(t, C_RESET), col(t, C_BOLD),
          engine_result_rule_id(r, res), col(t, C_RESET), res->file ? res->file : "", res->line,
          res->col);
  if (res->status == VM_PASS) {
    fprintf(out, "  resource: %s\n", res->resource ? res->resource : "");
    return;
  }
  if (res->status == VM_SUPPRESSED) {
    fprintf(out, "  resource: %s\n  suppressed (%s): %s\n", res->resource ? res->resource : "",
            res->suppression_kind ? res->suppression_kind : "config",
            res->suppression && res->suppression[0] ? res->suppression : "no reason given");
    return;
  }
  fprintf(out, "  resource: %s\n", res->resource ? res->resource : "");
  if (res->message && res->message[0]) fprintf(out, "  %s\n", res->message);
  if (res->status == VM_UNKNOWN && res->reason && !(res->message && strstr(res->message, res->reason)))
    fprintf(out, "  unknown: %s\n", res->reason);
  if (o->context_lines > 0) print_context(t, r, res, o->context_lines);
  if (rule && rule->n_refs) {
    fputs("  refs: ", out);
    for (uint32_t i = 0; i < rule->n_refs; i++)
      fprintf(out, "%s%s", i ? ", " : "", rule->refs[i]);
    fputc('\n', out);
  }
  if (rule && rule->fix && rule->fix[0] && res->status == VM_FAIL)
    fprintf(out, "  %sfix:%s %s\n", col(t, C_BOLD), col(t, C_RESET), rule->fix);
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

static int text_end(void *st, const engine_report *r) {
  text_out *t = st;
  FILE *out = t->out;
  bool any = t->any;
  if (any && (r->n_errors || r->n_warnings)) fputc('\n', out);
  for (size_t i = 0; i < r->n_errors; i++) {
    const engine_file_error *e = &r->errors[i];
    fprintf(out, "%serror:%s %s:%u:%u: %s\n", col(t, C_BOLD C_MAGENTA), col(t, C_RESET), e->file,
            e->line, e->col, e->message);
  }
  for (size_t i = 0; i < r->n_warnings; i++) {
    const engine_warning *w = &r->warnings[i];
    fprintf(out, "%swarning:%s %s:%u:%u: %s\n", col(t, C_BOLD C_YELLOW), col(t, C_RESET),
            w->file ? w->file : "", w->line, w->col, w->message);
  }
  if (!t->o.quiet) {
    for (size_t i = 0; i < r->n_skipped; i++) {
      const engine_skip *s = &r->skipped[i];
      if (!strcmp(s->reason, "not IaC")) continue;
      fprintf(out, "skipped: %s (%s)\n", s->file, s->reason);
    }
    if (any || r->n_errors || r->n_warnings) fputc('\n', out);
    const engine_summary *m = &r->summary;
    fprintf(out,
            "%zu file%s (%zu scanned, %zu skipped, %zu unparsable), %zu resource%s: "
            "%s%zu failed%s, %zu unknown, %zu passed, %zu suppressed, %zu error%s\n",
            m->files, m->files == 1 ? "" : "s", m->scanned, m->skipped, m->failed, m->resources,
            m->resources == 1 ? "" : "s", m->fail ? col(t, C_BOLD C_RED) : "", m->fail,
            m->fail ? col(t, C_RESET) : "", m->unknown, m->pass, m->suppressed, m->errors,
            m->errors == 1 ? "" : "s");
  }
  free(t->src);
  free(t->src_file);
  free(t);
  return ferror(out) ? -1 : 0;
}

const engine_writer_ops engine_writer_text = {"text", ENGINE_KEEP_NONE, text_begin, text_results,
                                              text_end};
