/* report_github.c — GitHub Actions workflow commands: annotations on the PR diff.
 *
 *   ::error file=F,line=L,col=C,title=RULE_ID::[high] RESOURCE: MESSAGE
 *
 * error for critical/high failures, warning for medium/low, notice for info
 * failures and for unknowns; suppressed and passing results print nothing.
 * Parse errors and rule runtime errors are errors (title "vigil parse error" /
 * "RULE_ID rule error"); scan warnings (e.g. unused suppressions) are warnings.
 * A streaming writer (report.h): results as they come, then parse errors,
 * then warnings.
 * Escaping follows the Actions toolkit: in the message %, CR and LF become
 * %25, %0D, %0A; in properties also ':' and ',' become %3A and %2C; other
 * control characters (ESC, C1, ...) are written as text escapes (escape.h), so
 * no value can end the line, open another command or reach the log raw. */
#include <string.h>

#include "escape.h"
#include "report.h"

/* Workflow-command escaping and every other control character: escape.h. */
static void esc(FILE *out, const char *s, bool prop) {
  engine_escape_github(out, s, prop);
}

static void command(FILE *out, const char *level, const char *file, uint32_t line, uint32_t col,
                    const char *title) {
  fprintf(out, "::%s ", level);
  if (file) {
    fputs("file=", out);
    esc(out, file, true);
    if (line) fprintf(out, ",line=%u", line);
    if (line && col) fprintf(out, ",col=%u", col);
    fputc(',', out);
  }
  fputs("title=", out);
  esc(out, title, true);
  fputs("::", out);
}

static void *github_begin(const engine_report *r, FILE *out, const engine_report_options *o) {
  (void)r;
  (void)o;
  return out;
}

static void github_results(void *st, const engine_report *r, const engine_result *all, size_t n) {
  FILE *out = st;
  for (size_t i = 0; i < n; i++) {
    const engine_result *res = &all[i];
    if (!r->pack || res->rule >= r->pack->n_rules) continue;
    const vm_rule *ru = &r->pack->rules[res->rule];
    const char *level;
    switch (res->status) {
    case VM_FAIL:
      level = res->severity >= VM_SEV_HIGH  ? "error"
              : res->severity >= VM_SEV_LOW ? "warning"
                                            : "notice";
      break;
    case VM_UNKNOWN: level = "notice"; break;
    case VM_ERROR: level = "error"; break;
    default: continue;
    }
    if (res->status == VM_ERROR) {
      char title[512];
      snprintf(title, sizeof title, "%s rule error", ru->id);
      command(out, level, res->file, res->line, res->col, title);
    } else {
      command(out, level, res->file, res->line, res->col, ru->id);
    }
    fprintf(out, "[%s] ",
            res->status == VM_UNKNOWN ? "unknown" : vm_severity_name((vm_severity)res->severity));
    esc(out, res->resource, false);
    fputs(": ", out);
    esc(out, res->message, false);
    if (res->status == VM_FAIL && ru->fix && *ru->fix) {
      fputs("%0AFix: ", out);
      esc(out, ru->fix, false);
    }
    fputc('\n', out);
  }
}

static int github_end(void *st, const engine_report *r) {
  FILE *out = st;
  for (size_t i = 0; i < r->n_errors; i++) {
    const engine_file_error *e = &r->errors[i];
    command(out, "error", e->file, e->line, e->col, "vigil parse error");
    esc(out, e->message, false);
    fputc('\n', out);
  }
  for (size_t i = 0; i < r->n_warnings; i++) {
    const engine_warning *w = &r->warnings[i];
    command(out, "warning", w->file, w->line, w->col, "vigil");
    esc(out, w->message, false);
    fputc('\n', out);
  }
  return ferror(out) ? -1 : 0;
}

/* The state is the stream: nothing of its own to free. */
static void github_discard(void *st) {
  (void)st;
}

const engine_writer_ops engine_writer_github = {"github",   false, github_begin, github_results,
                                                github_end, NULL,  NULL,         github_discard};
