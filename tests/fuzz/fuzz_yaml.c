/* fuzz_yaml.c — libFuzzer harness: the YAML loader and every YAML format view
 * (CloudFormation intrinsics, Kubernetes, Ansible, policy) via iac_load_buffer
 * with a .yaml name. Default limits, as the scanner uses them. */
#include <stddef.h>
#include <stdint.h>

#include "iac.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  iac_unit *u = iac_load_buffer("fuzz/template.yaml", (const char *)data, size, NULL);
  iac_unit_free(u);
  return 0;
}
