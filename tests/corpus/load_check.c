/* load_check.c — loads each file given on the command line with iac_load_file
 * and prints one TAP-style line per file: "ok - FILE (N resources)" or
 * "not ok - FILE" followed by its errors, indented. -r also lists resources.
 * Used by tests/corpus/suite.sh when the vigil binary is not built yet. */
#include "iac.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  int bad = 0, list = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-r")) {
      list = 1;
      continue;
    }
    iac_unit *u = iac_load_file(argv[i], NULL);
    if (u->failed || u->n_errors) {
      bad++;
      printf("not ok - %s\n", argv[i]);
    } else {
      printf("ok - %s (%s, %zu resources)\n", argv[i], iac_format_name(u->format), u->n_resources);
    }
    for (size_t e = 0; e < u->n_errors; e++)
      printf("  %s:%u:%u: %s\n", u->errors[e].file, u->errors[e].line, u->errors[e].col,
             u->errors[e].message);
    for (size_t r = 0; list && r < u->n_resources; r++) {
      const iac_resource *res = &u->resources[r];
      printf("  %s %s %s %s @%u:%u\n", iac_format_name(res->format), res->kind, res->type,
             res->name, res->line, res->col);
    }
    iac_unit_free(u);
  }
  return bad ? 1 : 0;
}
