/* fuzz_vm.c — libFuzzer harness: the VM over generated valid rules and
 * generated documents. The input is split at the first line "%%": before it a
 * rule source (.vgl), after it a document (loaded as YAML, which also reads
 * JSON). When the rules compile, the pack is loaded (it must verify) and run
 * over the document and over the fixed documents of fuzz_docs.h. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cc.h"
#include "fuzz_docs.h"
#include "pack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

static const uint8_t *find_sep(const uint8_t *d, size_t n) {
  for (size_t i = 0; i + 4 <= n; i++)
    if (d[i] == '\n' && d[i + 1] == '%' && d[i + 2] == '%' && d[i + 3] == '\n') return d + i;
  return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!devnull && !(devnull = fopen("/dev/null", "w"))) abort();
  fuzz_docs_load();
  const uint8_t *sep = find_sep(data, size);
  if (!sep) return 0;
  size_t rlen = (size_t)(sep - data);
  const char *doc = (const char *)sep + 4;
  size_t dlen = size - rlen - 4;
  cc_source src = {"fuzz.vgl", (const char *)data, rlen};
  cc_options opt = {cc_stdlib_lookup, NULL, devnull, 0};
  uint8_t *buf = NULL;
  size_t len = 0;
  if (cc_compile(&src, 1, &opt, &buf, &len) != 0) {
    free(buf);
    return 0;
  }
  char err[256];
  vm_pack *p = vm_pack_load(buf, len, err, sizeof err);
  if (!p) {
    fprintf(stderr, "compiled pack rejected: %s\n", err);
    abort();
  }
  iac_unit *u = iac_load_buffer("fuzz/doc.yaml", doc, dlen, NULL);
  fuzz_run(p, u);
  for (size_t i = 0; i < FUZZ_N_DOCS; i++)
    fuzz_run(p, fuzz_docs[i]);
  iac_unit_free(u);
  vm_pack_free(p);
  free(buf);
  return 0;
}
