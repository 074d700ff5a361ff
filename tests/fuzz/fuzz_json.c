/* fuzz_json.c — libFuzzer harness: the JSON loader and the JSON format views
 * (CloudFormation, IAM/SCP policy, AWS API JSON, Terraform plan JSON) via
 * iac_load_buffer with a .json name. */
#include <stddef.h>
#include <stdint.h>

#include "iac.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  iac_unit *u = iac_load_buffer("fuzz/template.json", (const char *)data, size, NULL);
  iac_unit_free(u);
  return 0;
}
