/* cc.c — cc_compile (sources → encoded pack) and the embedded stdlib resolver. */
#include <string.h>

#include "ast.h"

int cc_compile(const cc_source *srcs, size_t n, const cc_options *opt, uint8_t **pack,
               size_t *pack_len) {
  vm_pack p = {0};
  base_arena_init(&p.arena);
  int errors = cc_build(srcs, n, opt, &p);
  if (errors == 0 && vm_pack_encode(&p, pack, pack_len) != 0) {
    fprintf(opt && opt->diag ? opt->diag : stderr, "error: cannot encode the rule pack\n");
    errors = 1;
  }
  base_arena_free(&p.arena);
  return errors;
}

int cc_stdlib_lookup(void *ctx, const char *module, cc_source *out) {
  (void)ctx;
  for (size_t i = 0; i < cc_stdlib_count; i++) {
    if (strcmp(cc_stdlib[i].module, module) != 0) continue;
    out->name = cc_stdlib[i].path;
    out->text = cc_stdlib[i].text;
    out->len = cc_stdlib[i].len;
    return 0;
  }
  return -1;
}
