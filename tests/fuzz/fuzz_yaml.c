/* fuzz_yaml.c — libFuzzer harness: the YAML loader and every YAML format view
 * (CloudFormation intrinsics, Kubernetes, Ansible, policy) via iac_load_buffer
 * with a .yaml name; then the same bytes as a reader outside a scan sees them
 * (iac/read.h with raw scalars: .vigil.yaml, *.test.yaml). Default limits, as
 * the scanner uses them. */
#include <stddef.h>
#include <stdint.h>

#include "iac.h"
#include "read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  iac_unit *u = iac_load_buffer("fuzz/template.yaml", (const char *)data, size, NULL);
  iac_unit_free(u);
  iac_read_opts raw = {.raw_scalars = true};
  u = iac_read_buffer("fuzz/.vigil.yaml", (const char *)data, size, NULL, &raw);
  char err[256];
  (void)iac_read_error(u, err, sizeof err);
  iac_unit_free(u);
  return 0;
}
