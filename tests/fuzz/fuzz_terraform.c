/* fuzz_terraform.c — libFuzzer harness: Terraform module evaluation
 * (iac/terraform.h). The evaluator reads modules from disk, so the input is
 * written to a private temporary directory as main.tf (or main.tf.json when
 * the first byte is odd, to reach the JSON syntax reader too), then loaded as
 * a root module. Child modules with local sources resolve inside the temp dir
 * (there are none), so every call ends as a reported skip. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "iac.h"
#include "terraform.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void cleanup(void) {
  char p[128];
  snprintf(p, sizeof p, "%s/main.tf", dir);
  unlink(p);
  snprintf(p, sizeof p, "%s/main.tf.json", dir);
  unlink(p);
  rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/vigil-fuzz-tf-XXXXXX");
    if (!mkdtemp(dir)) abort();
    atexit(cleanup);
  }
  if (size < 1) return 0;
  int json = data[0] & 1;
  char path[128];
  snprintf(path, sizeof path, "%s/%s", dir, json ? "main.tf.json" : "main.tf");
  FILE *f = fopen(path, "wb");
  if (!f) abort();
  if (size > 1 && fwrite(data + 1, 1, size - 1, f) != size - 1) abort();
  if (fclose(f) != 0) abort();
  const char *files[1] = {path};
  iac_unit *u = iac_tf_load_module(dir, files, 1, NULL);
  if (!u || !iac_tf_is_module_unit(u)) abort();
  size_t n = 0;
  (void)iac_tf_unit_files(u, &n);
  (void)iac_tf_unit_skipped(u, &n);
  iac_unit_free(u);
  unlink(path);
  return 0;
}
