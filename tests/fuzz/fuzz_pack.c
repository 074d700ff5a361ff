/* fuzz_pack.c — libFuzzer harness: the pack loader and verifier, then the VM
 * on whatever the verifier accepts ("any pack that passes the verifier runs
 * safely, whatever its bytes" — issue 7).
 *
 * The input is a pack's *content* (everything after the 56-byte header); the
 * harness writes a header with the right version, section count, length and
 * sha256 digest (from pack.h / pack_format.h, so it follows the format), so
 * mutations reach the section decoder, the debug section and the verifier
 * instead of stopping at the header. Seeds: the content of packs compiled from
 * stdlib/ and the tests, with and without debug info (run.sh strips their
 * headers and reseeds when the format version changes). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <nettle/sha2.h>

#include "fuzz_docs.h"
#include "pack.h"
#include "pack_format.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void wr32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > (1u << 20)) return 0;
  fuzz_docs_load();
  uint8_t *buf = malloc(56 + size);
  if (!buf) abort();
  memcpy(buf, VM_PACK_MAGIC, 8);
  wr32(buf + 8, VM_PACK_VERSION);
  wr32(buf + 12, 0);
  struct sha256_ctx sc;
  sha256_init(&sc);
  sha256_update(&sc, size, data);
  sha256_digest(&sc, SHA256_DIGEST_SIZE, buf + 16);
  /* the section count from the format itself: a literal here went stale when
   * the params section came, and every input was then rejected at the header */
  wr32(buf + 48, VM_PACK_SECTIONS);
  wr32(buf + 52, (uint32_t)size);
  if (size) memcpy(buf + 56, data, size);
  char err[512];
  vm_pack *p = vm_pack_load(buf, 56 + size, err, sizeof err);
  if (p) {
    for (size_t i = 0; i < FUZZ_N_DOCS; i++)
      fuzz_run(p, fuzz_docs[i]);
    vm_pack_free(p);
  } else if (!err[0]) {
    abort(); /* a rejection always says why */
  }
  free(buf);
  return 0;
}
