/* fuzz_compile.c — libFuzzer harness: the rule compiler (lexer, parser,
 * checker, code generator) on the input as one .vgl source, with the embedded
 * stdlib as module resolver. Whatever the compiler accepts must pass the pack
 * verifier: a compiled pack that vm_pack_load rejects is a compiler bug, so
 * the harness aborts on it. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "cc.h"
#include "pack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!devnull && !(devnull = fopen("/dev/null", "w"))) abort();
  cc_source src = {"fuzz.vgl", (const char *)data, size};
  cc_options opt = {cc_stdlib_lookup, NULL, devnull, 0};
  uint8_t *buf = NULL;
  size_t len = 0;
  if (cc_compile(&src, 1, &opt, &buf, &len) == 0) {
    char err[256];
    vm_pack *p = vm_pack_load(buf, len, err, sizeof err);
    if (!p) {
      fprintf(stderr, "compiled pack rejected: %s\n", err);
      abort();
    }
    vm_pack_free(p);
  }
  free(buf);
  return 0;
}
