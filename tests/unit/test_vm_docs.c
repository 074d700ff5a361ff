/* test_vm_docs.c — docs/bytecode.md must agree with the opcode and builtin
 * tables (vm/opcodes.h, vm/builtins.h): every row, in order, nothing extra. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "builtins.h"
#include "opcodes.h"

static char *slurp(void) {
  const char *paths[] = {"docs/bytecode.md", "../docs/bytecode.md", "../../docs/bytecode.md"};
  for (size_t i = 0; i < 3; i++) {
    FILE *f = fopen(paths[i], "rb");
    if (!f) continue;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    size_t got = fread(b, 1, (size_t)n, f);
    b[got] = 0;
    fclose(f);
    return b;
  }
  fail_msg("docs/bytecode.md not found (run from the repository root)");
  return NULL;
}

/* Rows of the table whose second cell is a backquoted name: "| N | `X` | ...". */
static size_t rows(const char *doc, const char *after, char out[][512], size_t max) {
  const char *p = strstr(doc, after);
  assert_non_null(p);
  size_t n = 0;
  for (p = strchr(p, '\n'); p && *p; p = strchr(p + 1, '\n')) {
    const char *line = p + 1;
    if (strncmp(line, "| ", 2) != 0) {
      if (n) break; /* end of the table */
      continue;
    }
    const char *e = strchr(line, '\n');
    size_t len = e ? (size_t)(e - line) : strlen(line);
    if (line[2] < '0' || line[2] > '9') continue; /* header, separator */
    assert_true(n < max);
    snprintf(out[n++], 512, "%.*s", (int)len, line);
  }
  return n;
}

static char got[64][512];

static void test_opcode_table(void **st) {
  (void)st;
  char *doc = slurp();
  size_t n = rows(doc, "## Instructions", got, 64);
  assert_int_equal(n, VM_OP__COUNT);
  for (int i = 0; i < VM_OP__COUNT; i++) {
    const vm_opinfo *o = &vm_opinfo_table[i];
    char want[512], pop[16];
    if (o->pop < 0)
      snprintf(pop, sizeof pop, "N");
    else
      snprintf(pop, sizeof pop, "%d", o->pop);
    snprintf(want, sizeof want, "| %d | `%s` | %d | %s | %d | %s |", i, o->name, o->nops, pop,
             o->push, o->doc);
    assert_string_equal(got[i], want);
  }
  free(doc);
}

static void test_builtin_table(void **st) {
  (void)st;
  char *doc = slurp();
  size_t n = rows(doc, "## Builtins", got, 64);
  assert_int_equal(n, VM_BI__COUNT);
  for (int i = 0; i < VM_BI__COUNT; i++) {
    const vm_builtin_info *b = &vm_builtin_table[i];
    char want[512], ret[64], a0[64], a1[64];
    vm_builtin_kinds(b->ret, ret, sizeof ret);
    vm_builtin_kinds(b->args[0], a0, sizeof a0);
    vm_builtin_kinds(b->args[1], a1, sizeof a1);
    if (b->arity == 1)
      snprintf(want, sizeof want, "| %d | `%s` | %d | %s | %s | %s |", i, b->name, b->arity, ret,
               a0, b->doc);
    else
      snprintf(want, sizeof want, "| %d | `%s` | %d | %s | %s, %s | %s |", i, b->name, b->arity,
               ret, a0, a1, b->doc);
    assert_string_equal(got[i], want);
  }
  free(doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_opcode_table),
      cmocka_unit_test(test_builtin_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
