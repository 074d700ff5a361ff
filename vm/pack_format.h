/* pack_format.h — private to vm/: constants of the .vgp binary layout shared by
 * the encoder, loader and disassembler. The layout is documented in
 * docs/bytecode.md; everything is little-endian. */
#ifndef VIGIL_VM_PACK_FORMAT_H
#define VIGIL_VM_PACK_FORMAT_H

#include <stdint.h>

enum {
  VM_PACK_HEADER_SIZE = 56, /* magic 8, version 4, flags 4, sha256 32, sections 4, length 4 */
  VM_PACK_SECTIONS = 9,
  VM_SEC_STRINGS = 1,
  VM_SEC_CONSTS = 2,
  VM_SEC_RULES = 3,
  VM_SEC_SELECTORS = 4,
  VM_SEC_CODE = 5,
  VM_SEC_INDEX = 6,
  VM_SEC_PARAMS = 7,
  VM_SEC_DEBUG = 8, /* empty payload: stripped */
  VM_SEC_FACTS = 9, /* written before the debug section */
  VM_PACK_MAX_TYPES = 256 /* types per selector */
};

static inline uint32_t vm_rd32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

#endif
