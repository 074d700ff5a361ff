/* compile.c — the compiler driver up to the in-memory pack: parse every
 * source, stop on syntax errors, check, generate code. */
#include <string.h>

#include "ast.h"

int cc_build(const cc_source *srcs, size_t n, const cc_options *opt, vm_pack *p) {
  cc_ctx cx = {0};
  base_arena_init(&cx.arena);
  cx.opt = opt;
  cx.srcs = srcs;
  cx.n_srcs = n;
  cx.diag.out = opt && opt->diag ? opt->diag : stderr;
  cx.diag.color = opt ? opt->color : 0;
  cx.files = base_arena_calloc(&cx.arena, sizeof *cx.files * (n + 1));
  for (size_t i = 0; i < n; i++) {
    cc_file *f = cc_parse_source(&cx.arena, &cx.diag, &srcs[i]);
    f->rules_wanted = true;
    cx.files[cx.n_files++] = f;
  }
  /* checking a file with syntax errors would only add noise */
  if (cx.diag.n_errors == 0) cc_check(&cx);
  if (cx.diag.n_errors == 0) cc_codegen(&cx, p);
  int errors = cx.diag.n_errors;
  base_arena_free(&cx.arena);
  return errors;
}
