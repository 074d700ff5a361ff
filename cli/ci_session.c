/* ci_session.c — the CI session of `vigil scan` (ci_session.h). */
#include "ci_session.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "baseline.h"
#include "escape.h"
#include "options.h"

/* BINDIR/../docs/ when the binary runs from the build tree (the repository's
 * docs), else BINDIR/../share/doc/vigil/ (where `make install` puts them). */
char *cli_docs_url_default(void) {
  char exe[4096], dir[4096 + 32], real[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return strdup(ENGINE_DEFAULT_DOCS_URL);
  exe[n] = 0;
  char *slash = strrchr(exe, '/');
  if (slash) *slash = 0;
  snprintf(dir, sizeof dir, "%s/../docs/rules", exe);
  const char *sub = access(dir, R_OK) == 0 ? "/../docs" : "/../share/doc/vigil";
  snprintf(dir, sizeof dir, "%s/..", exe);
  if (!realpath(dir, real)) return strdup(ENGINE_DEFAULT_DOCS_URL);
  snprintf(dir, sizeof dir, "%s%s", real, sub + 3); /* real is BINDIR/.. resolved */
  char *enc = engine_uri_encode_path(dir);
  size_t len = strlen(enc) + 16;
  char *url = base_xmalloc(len);
  snprintf(url, len, "file://%s/", enc);
  free(enc);
  return url;
}

/* The argument may quote the repository (a config's text, a path): escape.h. */
static int ci_err(const char *fmt, const char *a) {
  char *safe = engine_escape_dup(a, ENGINE_ESC_TEXT);
  fputs("vigil scan: ", stderr);
  fprintf(stderr, fmt, safe);
  fputc('\n', stderr);
  free(safe);
  return -1;
}

void cli_ci_init(cli_ci *ci) {
  memset(ci, 0, sizeof *ci);
  base_arena_init(&ci->arena);
  ci->gate.fail_on = VM_SEV_INFO;
  ci->gate.unknown = CLI_UNKNOWN_REPORT;
}

static int add_format(cli_ci *ci, const char *name) {
  if (!engine_writer_lookup(name))
    return ci_err("unknown format '%s' (formats: text json sarif junit github)", name);
  for (size_t i = 0; i < ci->n_formats; i++)
    if (!strcmp(ci->formats[i], name)) return 0;
  if (ci->n_formats == CLI_CI_MAX_FORMATS) return ci_err("too many formats%s", "");
  ci->formats[ci->n_formats++] = name;
  return 0;
}

int cli_ci_option(cli_ci *ci, int id, const char *arg) {
  switch (id) {
  case CLI_CI_OPT_FORMAT: return add_format(ci, arg);
  case CLI_CI_OPT_OUTPUT: {
    if (ci->n_outputs == CLI_CI_MAX_FORMATS) return ci_err("too many --output options%s", "");
    const char *eq = strchr(arg, '=');
    size_t k = ci->n_outputs++;
    ci->out_format[k] = NULL;
    ci->out_path[k] = arg;
    if (eq) { /* FORMAT=FILE when FORMAT names a format; else a file name with '=' */
      char name[16];
      size_t n = (size_t)(eq - arg);
      if (n < sizeof name) {
        memcpy(name, arg, n);
        name[n] = '\0';
        const engine_writer_ops *w = engine_writer_lookup(name);
        if (w) {
          ci->out_format[k] = w->name;
          ci->out_path[k] = eq + 1;
        }
      }
    }
    return 0;
  }
  case CLI_CI_OPT_FAIL_ON: {
    int s = vm_severity_lookup(arg);
    if (s < 0)
      return ci_err("--fail-on: bad severity '%s' (critical, high, medium, low, info)", arg);
    ci->gate.fail_on = s;
    ci->set_fail_on = true;
    return 0;
  }
  case CLI_CI_OPT_SOFT_FAIL: ci->gate.soft_fail = ci->set_soft_fail = true; return 0;
  case CLI_CI_OPT_UNKNOWN: {
    int u = cli_unknown_policy_lookup(arg);
    if (u < 0) return ci_err("--unknown: '%s' is not report, fail or pass", arg);
    ci->gate.unknown = (cli_unknown_policy)u;
    ci->set_unknown = true;
    return 0;
  }
  case CLI_CI_OPT_CONFIG: ci->config_path = arg; return 0;
  case CLI_CI_OPT_NO_CONFIG: ci->no_config = true; return 0;
  case CLI_CI_OPT_BASELINE: ci->baseline = arg; return 0;
  case CLI_CI_OPT_WRITE_BASELINE: ci->write_baseline = arg; return 0;
  case CLI_CI_OPT_NO_INLINE: ci->no_inline = true; return 0;
  case CLI_CI_OPT_DOCS_URL:
    if (!cli_url_absolute(arg))
      return ci_err("--docs-url wants an absolute URL (https://..., file:///...), not '%s'", arg);
    ci->docs_url = arg;
    return 0;
  case CLI_CI_OPT_FAIL_ON_EMPTY: ci->fail_on_empty = true; return 0;
  default: return ci_err("internal: unknown option id%s", "");
  }
}

const cli_config *cli_ci_config(const cli_ci *ci) {
  return ci->have_cfg ? &ci->cfg : NULL;
}

static void ci_unit_done(void *ctx, const iac_unit *u, engine_unit_results *r) {
  cli_ci *ci = ctx;
  if (ci->pack) engine_suppress_unit(&ci->supp, ci->pack, u, r);
}

static void ci_progress(void *ctx, size_t done, size_t total, uint64_t bytes) {
  engine_progress_update(&((cli_ci *)ctx)->progress, done, total, bytes);
}

int cli_ci_prepare(cli_ci *ci, const char *const *paths, size_t n, engine_scan_options *so,
                   bool quiet) {
  char found[4096], err[1024];
  const char *cfg = ci->config_path;
  if (!cfg && !ci->no_config && cli_config_find(n ? paths[0] : ".", found, sizeof found) == 0)
    cfg = found;
  if (cfg) {
    if (cli_config_load(&ci->cfg, cfg, err, sizeof err) != 0) return ci_err("%s", err);
    ci->have_cfg = true;
    const cli_config *c = &ci->cfg;
    if (!ci->set_fail_on && c->has_fail_on) ci->gate.fail_on = c->fail_on;
    if (!ci->set_soft_fail && c->has_soft_fail) ci->gate.soft_fail = c->soft_fail;
    if (!ci->set_unknown && c->has_unknown) ci->gate.unknown = c->unknown;
    if (c->has_inline && !c->inline_suppressions) ci->no_inline = true;
    if (!ci->baseline) ci->baseline = c->baseline;
    if (!ci->docs_url) ci->docs_url = c->docs_url;
    if (!ci->n_formats)
      for (size_t i = 0; i < c->n_formats; i++)
        if (add_format(ci, c->formats[i])) return -1;
    if (!ci->n_outputs)
      for (size_t i = 0; i < c->n_outputs; i++)
        if (cli_ci_option(ci, CLI_CI_OPT_OUTPUT, c->outputs[i])) return -1;
    if (!so->n_var_files && c->n_var_files) {
      so->var_files = c->var_files;
      so->n_var_files = c->n_var_files;
    }
    if (c->n_exclude) {
      so->exclude = cli_config_exclude;
      so->exclude_ctx = &ci->cfg;
    }
  }
  /* outputs name their format: it is requested even without --format */
  for (size_t i = 0; i < ci->n_outputs; i++)
    if (ci->out_format[i] && add_format(ci, ci->out_format[i])) return -1;
  if (!ci->n_formats) add_format(ci, "text");
  size_t bare = 0;
  for (size_t i = 0; i < ci->n_outputs; i++)
    bare += !ci->out_format[i];
  if (bare > 1) return ci_err("only one --output FILE without FORMAT=%s", "");
  if (bare && ci->n_formats > 1)
    return ci_err("several formats: name the format of each output (--output FORMAT=FILE)%s", "");
  ci->supp.no_inline = ci->no_inline;
  so->hooks.unit_done = ci_unit_done;
  so->hooks.progress = ci_progress;
  so->hooks.ctx = ci;
  engine_progress_init(&ci->progress, stderr, quiet, false);
  return 0;
}

static void ci_results(void *ctx, engine_report *r, engine_result *res, size_t n);
static bool ci_prepares(void *ctx, engine_report *r);
static void *ci_prepare(void *ctx, const engine_report *r, engine_result *res, size_t n);
static void ci_put(void *ctx, engine_report *r, void *prepared);

bool cli_ci_machine_stdout(const cli_ci *ci) {
  for (size_t i = 0; i < ci->n_formats; i++) {
    const char *path = NULL; /* the same choice as cli_ci_start's */
    for (size_t k = 0; k < ci->n_outputs; k++)
      if (!ci->out_format[k] || !strcmp(ci->out_format[k], ci->formats[i])) path = ci->out_path[k];
    if (!path && strcmp(ci->formats[i], "text")) return true;
  }
  return false;
}

int cli_ci_start(cli_ci *ci, engine_scan_options *so, const engine_report_options *ro) {
  char err[1024];
  /* an enable/disable/severity/suppress entry naming no rule of the pack */
  if (ci->have_cfg && ci->pack && cli_config_check(&ci->cfg, ci->pack, err, sizeof err) != 0)
    return ci_err("%s", err);
  if (ci->baseline) {
    if (!(ci->bl = engine_baseline_load(ci->baseline, err, sizeof err))) return ci_err("%s", err);
    ci->bl_reason = base_arena_printf(&ci->arena, "in baseline %s", ci->baseline);
  }
  if (ci->write_baseline) ci->bl_out = engine_baseline_writer_new();
  if (!ci->docs_url) ci->docs_url = ci->docs_url_default = cli_docs_url_default();
  /* every destination is opened before the scan: a bad --output path costs nothing */
  for (size_t i = 0; i < ci->n_formats; i++) {
    cli_ci_writer *w = &ci->writers[i];
    w->ops = engine_writer_lookup(ci->formats[i]);
    for (size_t k = 0; k < ci->n_outputs; k++)
      if (!ci->out_format[k] || !strcmp(ci->out_format[k], ci->formats[i]))
        w->path = ci->out_path[k];
    w->out = w->path ? fopen(w->path, "w") : stdout;
    if (!w->out) {
      char why[4200];
      snprintf(why, sizeof why, "%s: %s", w->path, strerror(errno));
      return ci_err("cannot write %s", why);
    }
    w->o = *ro;
    w->o.docs_url = ci->docs_url;
    w->o.color = w->o.color && !w->path && w->ops == &engine_writer_text;
    ci->n_writers = i + 1;
    /* results streaming onto the terminal would be torn by the status line
     * redrawn under them (they show the scan's progress themselves) */
    if (!w->path && !w->ops->at_end && isatty(STDOUT_FILENO)) ci->progress.enabled = false;
  }
  so->hooks.results = ci_results;
  so->hooks.prepares = ci_prepares;
  so->hooks.prepare = ci_prepare;
  so->hooks.put = ci_put;
  return 0;
}

/* Head of every format, once the report exists (its pack and root). */
static void ci_begin(cli_ci *ci, const engine_report *r) {
  if (ci->begun) return;
  ci->begun = true;
  for (size_t i = 0; i < ci->n_writers; i++)
    ci->writers[i].st = ci->writers[i].ops->begin(r, ci->writers[i].out, &ci->writers[i].o);
}

/* A result as the config and --unknown make it; false: the config drops it. */
static bool ci_adjust(const cli_ci *ci, const engine_report *r, engine_result *x) {
  /* config, then --unknown=pass, then the baseline: the order of `vigil scan` */
  if (ci->have_cfg && !cli_config_result(&ci->cfg, r->pack, x)) return false;
  if (ci->gate.unknown == CLI_UNKNOWN_PASS && x->status == VM_UNKNOWN) x->status = VM_PASS;
  return true;
}

static void ci_results(void *ctx, engine_report *r, engine_result *res, size_t n) {
  cli_ci *ci = ctx;
  ci_begin(ci, r);
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    engine_result x = res[i];
    if (!ci_adjust(ci, r, &x)) continue;
    /* recorded before an old baseline applies: findings it covers are still current */
    if (ci->bl_out) {
      /* vigil merge: a shard's --baseline suppressed these before the merge
       * saw them; a scan records them (before its baseline applies) too */
      engine_result f = x;
      if (f.status == VM_SUPPRESSED && f.suppression_kind &&
          !strcmp(f.suppression_kind, "baseline"))
        f.status = VM_FAIL;
      engine_baseline_writer_add(ci->bl_out, r, &f);
    }
    if (ci->bl) engine_baseline_match(ci->bl, r, &x, ci->bl_reason);
    engine_summary_count(&r->summary, x.status);
    if (cli_gate_fails(&x, &ci->gate)) ci->gate_hit = true;
    res[kept++] = x;
  }
  for (size_t i = 0; i < ci->n_writers; i++)
    ci->writers[i].ops->results(ci->writers[i].st, r, res, kept);
}

/* ci_results in two steps (scan.h prepare/put): every writer renders apart,
 * and nothing on the way depends on the results before (a baseline does:
 * its entries are used up in order), nor does a shard's report (it numbers
 * the units). */
typedef struct ci_prepared {
  size_t n; /* results kept */
  engine_summary counts;
  bool gate_hit;
  engine_rendered out[CLI_CI_MAX_FORMATS];
} ci_prepared;

static bool ci_prepares(void *ctx, engine_report *r) {
  cli_ci *ci = ctx;
  ci_begin(ci, r);
  if (ci->bl || ci->bl_out || r->shard.count) return false;
  for (size_t i = 0; i < ci->n_writers; i++)
    if (!ci->writers[i].ops->render) return false;
  return true;
}

static void *ci_prepare(void *ctx, const engine_report *r, engine_result *res, size_t n) {
  const cli_ci *ci = ctx;
  ci_prepared *p = base_xcalloc(1, sizeof *p);
  for (size_t i = 0; i < n; i++) {
    engine_result x = res[i];
    if (!ci_adjust(ci, r, &x)) continue;
    engine_summary_count(&p->counts, x.status);
    if (cli_gate_fails(&x, &ci->gate)) p->gate_hit = true;
    res[p->n++] = x;
  }
  for (size_t i = 0; i < ci->n_writers; i++)
    ci->writers[i].ops->render(ci->writers[i].st, r, res, p->n, &p->out[i]);
  return p;
}

static void ci_put(void *ctx, engine_report *r, void *prepared) {
  cli_ci *ci = ctx;
  ci_prepared *p = prepared;
  engine_summary *m = &r->summary;
  m->pass += p->counts.pass;
  m->fail += p->counts.fail;
  m->unknown += p->counts.unknown;
  m->suppressed += p->counts.suppressed;
  m->rule_errors += p->counts.rule_errors;
  if (p->gate_hit) ci->gate_hit = true;
  for (size_t i = 0; i < ci->n_writers; i++) {
    ci->writers[i].ops->put(ci->writers[i].st, p->out[i].p, p->out[i].n, p->n);
    free(p->out[i].p);
  }
  free(p);
}

/* Nothing Vigil can read: no file parsed, none that failed to parse. */
static bool scan_empty(const engine_report *r) {
  if (r->shard.count) return r->shard.units == 0; /* a shard: the whole tree had nothing */
  return r->summary.scanned == 0 && r->summary.failed == 0;
}

int cli_ci_finish(cli_ci *ci, engine_report *r) {
  char err[1024];
  engine_progress_finish(&ci->progress);
  if (scan_empty(r)) /* a mistyped path or only READMEs must not look like a clean scan */
    fprintf(stderr, "vigil scan: warning: no files Vigil can read (%zu skipped)%s\n",
            r->summary.skipped, ci->fail_on_empty ? "" : "; --fail-on-empty makes this exit 3");
  ci_begin(ci, r);
  int rc = 0;
  for (size_t i = 0; i < ci->n_writers; i++) {
    cli_ci_writer *w = &ci->writers[i];
    int wrc = w->ops->end(w->st, r);
    w->st = NULL;
    if (fflush(w->out) != 0) wrc = -1;
    if (w->path && fclose(w->out) != 0) wrc = -1;
    w->out = NULL;
    if (wrc && !rc) rc = ci_err("error writing the %s report", w->ops->name);
  }
  ci->n_writers = 0;
  if (rc) return rc;
  if (ci->bl_out) {
    engine_baseline_writer *w = ci->bl_out;
    ci->bl_out = NULL;
    if (engine_baseline_writer_finish(w, ci->write_baseline, err, sizeof err))
      return ci_err("%s", err);
  }
  return 0;
}

int cli_ci_exit_status(const cli_ci *ci, const engine_report *r) {
  if (scan_empty(r) && ci->fail_on_empty) return CLI_EXIT_EMPTY;
  if (ci->write_baseline) /* the findings are in the baseline now: only errors fail */
    return !ci->gate.soft_fail && (r->n_errors || r->summary.failed || r->summary.rule_errors);
  /* gate_hit: every streamed result; cli_exit_status: soft_fail, errors, unparsable files */
  return cli_exit_status(r, &ci->gate) || (!ci->gate.soft_fail && ci->gate_hit);
}

void cli_ci_free(cli_ci *ci) {
  if (ci->have_cfg) cli_config_free(&ci->cfg);
  ci->have_cfg = false;
  for (size_t i = 0; i < ci->n_writers; i++) { /* a scan that stopped before cli_ci_finish */
    if (ci->writers[i].st) ci->writers[i].ops->discard(ci->writers[i].st);
    ci->writers[i].st = NULL;
    if (ci->writers[i].path && ci->writers[i].out) fclose(ci->writers[i].out);
  }
  ci->n_writers = 0;
  if (ci->bl) engine_baseline_free(ci->bl);
  ci->bl = NULL;
  engine_baseline_writer_free(ci->bl_out);
  ci->bl_out = NULL;
  free(ci->docs_url_default);
  ci->docs_url_default = NULL;
  base_arena_free(&ci->arena);
}
