/* api.c — libvigil's public API (include/vigil.h) over the scan engine: the
 * handles wrap a vm_pack and a engine_report; results are flattened once into
 * vigil_result records whose strings live in the report's arena. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cc.h"
#include "report.h"
#include "scan.h"
#include "suppress.h"
#include "vigil.h"

struct vigil_pack {
  vm_pack *pack;
};

struct vigil_results {
  engine_report rep;
  vigil_result *results;
  vigil_error *errors;
};

static void set_err(char *err, size_t errlen, const char *fmt, ...) {
  if (!err || !errlen) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err, errlen, fmt, ap);
  va_end(ap);
}

const char *vigil_version(void) {
  return VIGIL_VERSION;
}

static vigil_pack *wrap(vm_pack *p, const char *expected, char *err, size_t errlen) {
  if (!p) return NULL;
  if (expected && strcmp(expected, p->digest) != 0) {
    set_err(err, errlen, "pack digest %s does not match the expected %s", p->digest, expected);
    vm_pack_free(p);
    return NULL;
  }
  vigil_pack *h = malloc(sizeof *h);
  if (!h) {
    vm_pack_free(p);
    set_err(err, errlen, "out of memory");
    return NULL;
  }
  h->pack = p;
  return h;
}

vigil_pack *vigil_pack_load_file(const char *path, const char *expected_digest, char *err,
                                 size_t errlen) {
  char buf[512];
  if (!path) {
    set_err(err, errlen, "no pack path");
    return NULL;
  }
  vm_pack *p = vm_pack_load_file(path, buf, sizeof buf);
  if (!p) set_err(err, errlen, "%s: %s", path, buf);
  return wrap(p, expected_digest, err, errlen);
}

vigil_pack *vigil_pack_load_memory(const void *data, size_t len, const char *expected_digest,
                                   char *err, size_t errlen) {
  char buf[512];
  if (!data) {
    set_err(err, errlen, "no pack data");
    return NULL;
  }
  vm_pack *p = vm_pack_load(data, len, buf, sizeof buf);
  if (!p) set_err(err, errlen, "%s", buf);
  return wrap(p, expected_digest, err, errlen);
}

/* Compiles srcs with diagnostics captured in memory; the first line goes to err. */
static vigil_pack *compile(const cc_source *srcs, size_t n, char *err, size_t errlen) {
  char *diag_text = NULL;
  size_t diag_len = 0;
  FILE *diag = open_memstream(&diag_text, &diag_len);
  cc_options opt = {.resolve = cc_stdlib_lookup, .diag = diag ? diag : stderr};
  uint8_t *bytes = NULL;
  size_t len = 0;
  int rc = cc_compile(srcs, n, &opt, &bytes, &len);
  if (diag) fclose(diag);
  vigil_pack *h = NULL;
  if (rc != 0) {
    const char *t = diag_text && diag_text[0] ? diag_text : "rule compilation failed";
    size_t line = strcspn(t, "\n");
    set_err(err, errlen, "%.*s", (int)line, t);
  } else {
    h = vigil_pack_load_memory(bytes, len, NULL, err, errlen);
  }
  free(diag_text);
  free(bytes);
  return h;
}

vigil_pack *vigil_pack_compile(const char *name, const char *source, size_t len, char *err,
                               size_t errlen) {
  if (!source) {
    set_err(err, errlen, "no rule source");
    return NULL;
  }
  cc_source src = {name ? name : "<memory>", source, len};
  return compile(&src, 1, err, errlen);
}

vigil_pack *vigil_pack_stdlib(char *err, size_t errlen) {
  cc_source *srcs = calloc(cc_stdlib_count + 1, sizeof *srcs);
  if (!srcs) return NULL;
  for (size_t i = 0; i < cc_stdlib_count; i++)
    srcs[i] = (cc_source){cc_stdlib[i].path, cc_stdlib[i].text, cc_stdlib[i].len};
  vigil_pack *h = compile(srcs, cc_stdlib_count, err, errlen);
  free(srcs);
  return h;
}

const char *vigil_pack_digest(const vigil_pack *p) {
  return p ? p->pack->digest : NULL;
}

size_t vigil_pack_rule_count(const vigil_pack *p) {
  return p ? p->pack->n_rules : 0;
}

void vigil_pack_free(vigil_pack *p) {
  if (!p) return;
  vm_pack_free(p->pack);
  free(p);
}

static void free_vars(engine_var *vars, size_t n) {
  for (size_t i = 0; vars && i < n; i++)
    free((char *)vars[i].name);
  free(vars);
}

/* In-source suppressions, as `vigil scan` applies them (suppress.h): the
 * engine's unit_done hook, with the pack the scan runs. */
typedef struct api_suppress {
  const vm_pack *pack;
  engine_suppress_options o;
} api_suppress;

static void api_unit_done(void *ctx, const iac_unit *u, engine_unit_results *r) {
  const api_suppress *s = ctx;
  engine_suppress_unit(&s->o, s->pack, u, r);
}

/* The public options as the engine's; *vars (malloc'd, caller frees) holds
 * the parsed "NAME=VALUE" strings; supp (the caller's, alive for the scan)
 * holds what the suppression hook needs. -1 with err set for a malformed
 * variable. */
static int scan_options(engine_scan_options *so, const vigil_scan_options *o, engine_var **vars,
                        api_suppress *supp, char *err, size_t errlen) {
  memset(so, 0, sizeof *so);
  *vars = NULL;
  supp->o.no_inline = o && o->no_inline_suppressions;
  if (!supp->o.no_inline) {
    so->hooks.unit_done = api_unit_done;
    so->hooks.ctx = supp;
  }
  if (!o) return 0;
  so->jobs = o->threads;
  so->limits.max_file_size = (size_t)o->max_file_size;
  so->limits.max_depth = o->max_depth;
  so->limits.max_alias_expansion = o->max_alias_expansion;
  so->limits.max_template_depth = o->max_template_depth;
  so->vm.max_steps = o->max_steps;
  so->var_files = o->tf_var_files;
  so->n_var_files = o->tf_var_files ? o->n_tf_var_files : 0;
  if (!o->tf_vars || !o->n_tf_vars) return 0;
  *vars = calloc(o->n_tf_vars, sizeof **vars);
  if (!*vars) abort();
  for (size_t i = 0; i < o->n_tf_vars; i++) {
    const char *v = o->tf_vars[i], *eq = v ? strchr(v, '=') : NULL;
    if (!eq || eq == v) {
      set_err(err, errlen, "Terraform variable '%s' is not NAME=VALUE", v ? v : "(null)");
      free_vars(*vars, i);
      *vars = NULL;
      return -1;
    }
    char *name = strndup(v, (size_t)(eq - v));
    if (!name) abort();
    (*vars)[i] = (engine_var){name, eq + 1};
  }
  so->vars = *vars;
  so->n_vars = o->n_tf_vars;
  return 0;
}

static const char *nz(const char *s) {
  return s ? s : "";
}

/* Flattens the report into the public records. */
static vigil_results *finish(vigil_results *rs) {
  engine_report *r = &rs->rep;
  rs->results = base_arena_calloc(&r->arena, (r->n_results + 1) * sizeof *rs->results);
  for (size_t i = 0; i < r->n_results; i++) {
    const engine_result *c = &r->results[i];
    rs->results[i] = (vigil_result){engine_result_rule_id(r, c),
                                    vm_status_name(c->status),
                                    vm_severity_name((vm_severity)c->severity),
                                    nz(c->file),
                                    c->line,
                                    c->col,
                                    nz(c->resource),
                                    nz(c->message)};
  }
  rs->errors = base_arena_calloc(&r->arena, (r->n_errors + 1) * sizeof *rs->errors);
  for (size_t i = 0; i < r->n_errors; i++) {
    const engine_file_error *e = &r->errors[i];
    rs->errors[i] = (vigil_error){nz(e->file), e->line, e->col, nz(e->message)};
  }
  return rs;
}

vigil_results *vigil_scan_path(const vigil_pack *p, const char *path,
                               const vigil_scan_options *opts, char *err, size_t errlen) {
  if (!p || !path) {
    set_err(err, errlen, "no pack or no path");
    return NULL;
  }
  vigil_results *rs = calloc(1, sizeof *rs);
  if (!rs) return NULL;
  engine_scan_options so;
  engine_var *vars;
  api_suppress supp = {.pack = p->pack};
  if (scan_options(&so, opts, &vars, &supp, err, errlen) != 0) {
    free(rs);
    return NULL;
  }
  char buf[512];
  int rc = engine_scan_paths(p->pack, &path, 1, &so, &rs->rep, buf, sizeof buf);
  free_vars(vars, so.n_vars);
  if (rc != 0) {
    set_err(err, errlen, "%s", buf);
    engine_report_free(&rs->rep);
    free(rs);
    return NULL;
  }
  return finish(rs);
}

vigil_results *vigil_scan_buffer(const vigil_pack *p, const char *name, const void *buf, size_t len,
                                 const vigil_scan_options *opts) {
  if (!p || !name || (!buf && len)) return NULL;
  vigil_results *rs = calloc(1, sizeof *rs);
  if (!rs) return NULL;
  engine_scan_options so;
  engine_var *vars;
  api_suppress supp = {.pack = p->pack};
  if (scan_options(&so, opts, &vars, &supp, NULL, 0) != 0) { /* no err here: NULL says it */
    free(rs);
    return NULL;
  }
  engine_scan_buffer(p->pack, name, buf ? buf : "", len, &so, &rs->rep);
  free_vars(vars, so.n_vars);
  return finish(rs);
}

size_t vigil_results_count(const vigil_results *rs) {
  return rs ? rs->rep.n_results : 0;
}

const vigil_result *vigil_results_get(const vigil_results *rs, size_t i) {
  return rs && i < rs->rep.n_results ? &rs->results[i] : NULL;
}

size_t vigil_results_error_count(const vigil_results *rs) {
  return rs ? rs->rep.n_errors : 0;
}

const vigil_error *vigil_results_error(const vigil_results *rs, size_t i) {
  return rs && i < rs->rep.n_errors ? &rs->errors[i] : NULL;
}

size_t vigil_results_files(const vigil_results *rs) {
  return rs ? rs->rep.summary.files : 0;
}

size_t vigil_results_failures(const vigil_results *rs) {
  return rs ? rs->rep.summary.fail : 0;
}

int vigil_results_exit_status(const vigil_results *rs) {
  return rs ? engine_report_exit_status(&rs->rep) : 0;
}

void vigil_results_free(vigil_results *rs) {
  if (!rs) return;
  engine_report_free(&rs->rep);
  free(rs);
}
