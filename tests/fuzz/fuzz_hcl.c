/* fuzz_hcl.c — libFuzzer harness: the HCL2 native-syntax parser (flex/bison,
 * iac/hcl.h) with the scanner's default nesting limit. A result must be either
 * a body or a located diagnostic, never both or neither. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "arena.h"
#include "hcl.h"
#include "iac.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  base_arena a;
  base_arena_init(&a);
  hcl_parse_result r = iac_hcl_parse(&a, "fuzz/main.tf", (const char *)data, size, NULL);
  if ((r.body == NULL) == (r.diag.message == NULL)) abort(); /* contract of hcl.h */
  if (r.diag.message && r.diag.line == 0) abort();           /* errors are located */
  base_arena_free(&a);
  return 0;
}
