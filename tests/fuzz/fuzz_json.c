/* fuzz_json.c — libFuzzer harness: the JSON loader and the JSON format views
 * (CloudFormation, IAM/SCP policy, AWS API JSON, Terraform plan JSON) via
 * iac_load_buffer with a .json name; then the other JSON readers over the
 * same bytes: Terraform's JSON syntax (iac_hcl_parse_json) and a baseline. */
#include <stddef.h>
#include <stdint.h>

#include "baseline.h"
#include "hcl.h"
#include "iac.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  iac_unit *u = iac_load_buffer("fuzz/template.json", (const char *)data, size, NULL);
  iac_unit_free(u);
  base_arena a;
  base_arena_init(&a);
  (void)iac_hcl_parse_json(&a, "fuzz/main.tf.json", (const char *)data, size, NULL);
  base_arena_free(&a);
  char err[256];
  engine_baseline_free(engine_baseline_parse((const char *)data, size, err, sizeof err));
  return 0;
}
