/* value.h — the VM's tagged values.
 *
 * A value is 24 bytes, copied by value, never freed: it points either into a
 * unit's document tree (owned by the unit), into the pack's constants (owned by
 * the pack), or into the VM state's scratch arena (reset after each resource).
 *
 * Three-valued logic: VV_MISSING is "attribute absent"; VV_UNKNOWN is "exists
 * but not knowable from the scan". Comparisons with unknown give unknown;
 * comparisons with missing are ordinary (missing == "x" is false), so rules can
 * say `x ?? "MUTABLE"` or `is_missing(x)`. Booleans in conditions are
 * VV_BOOL or VV_UNKNOWN (anything else is turned into unknown by UNKNOWN_OR). */
#ifndef VIGIL_VM_VALUE_H
#define VIGIL_VM_VALUE_H

#include <stdbool.h>
#include <stdint.h>

#include "doc.h"

typedef enum vm_tag {
  VV_MISSING = 0,
  VV_UNKNOWN,
  VV_NULL,
  VV_BOOL,
  VV_NUM,
  VV_STR,
  VV_LIST, /* node: a DOC_LIST */
  VV_MAP,  /* node: a DOC_MAP */
  VV_PROJ, /* node: a DOC_LIST built by WILDCARD; FIELD/INDEX map over it */
  VV_ITER  /* node: the collection; len: next position (only on the stack, never in locals) */
} vm_tag;

typedef struct vm_value {
  uint8_t tag;
  uint8_t flags;      /* VV_UNKNOWN: the DOC_F_* kind flags of the unknown (DOC_F_REF);
                         VV_STR: DOC_F_VERBATIM when it is a node's text as written */
  uint32_t line, col; /* where the value is written; 0 = not located */
  uint32_t len;       /* VV_STR: bytes; VV_ITER: next position */
  union {
    bool b;
    double n;
    const char *s;        /* VV_STR, VV_UNKNOWN (reason, may be NULL) */
    const doc_node *node; /* VV_LIST, VV_MAP, VV_PROJ, VV_ITER */
  } u;
} vm_value;

/* The constructors the dispatch loop calls for nearly every instruction are
 * inline, each value one compound literal: built in registers and stored
 * where it goes. Out of line (-fPIC keeps even a same-file call out of line)
 * each was made in memory, patched byte-wise and read back 16 bytes at a
 * time, a store-forwarding stall per value (2% of a YAML/JSON scan's time). */

/* Convert a document node (or NULL = missing) into a value located at line/col. */
static inline vm_value vm_value_from_node(const doc_node *n, uint32_t line, uint32_t col) {
  if (n && line == 0) {
    line = n->line;
    col = n->col;
  }
  if (!n) return (vm_value){.tag = VV_MISSING, .line = line, .col = col};
  switch ((doc_kind)n->kind) {
  case DOC_NULL: return (vm_value){.tag = VV_NULL, .line = line, .col = col};
  case DOC_BOOL: return (vm_value){.tag = VV_BOOL, .line = line, .col = col, .u.b = n->u.b};
  case DOC_NUMBER: return (vm_value){.tag = VV_NUM, .line = line, .col = col, .u.n = n->u.num};
  case DOC_STRING: /* json()/yaml() locate a verbatim text exactly */
    return (vm_value){.tag = VV_STR,
                      .flags = n->flags & DOC_F_VERBATIM,
                      .line = line,
                      .col = col,
                      .len = n->len,
                      .u.s = n->u.str};
  case DOC_UNKNOWN: /* values never choose between alternatives (alt.c does) */
    return (vm_value){.tag = VV_UNKNOWN,
                      .flags = n->flags & (uint8_t)~DOC_F_ALT,
                      .line = line,
                      .col = col,
                      .len = n->len,
                      .u.s = n->u.str};
  case DOC_LIST: return (vm_value){.tag = VV_LIST, .line = line, .col = col, .u.node = n};
  case DOC_MAP: return (vm_value){.tag = VV_MAP, .line = line, .col = col, .u.node = n};
  }
  return (vm_value){.tag = VV_UNKNOWN, .line = line, .col = col};
}

static inline vm_value vm_v_missing(void) {
  return (vm_value){.tag = VV_MISSING};
}

static inline vm_value vm_v_bool(bool b) {
  return (vm_value){.tag = VV_BOOL, .u.b = b};
}

static inline vm_value vm_v_str(const char *s, uint32_t len) {
  return (vm_value){.tag = VV_STR, .len = len, .u.s = s};
}

static inline vm_value vm_v_list(const doc_node *list) { /* a DOC_LIST node */
  return (vm_value){.tag = VV_LIST, .u.node = list};
}
/* Display form used by CONCAT and messages: strings raw, numbers shortest
 * round-trip (%.17g trimmed; integers without ".0"), bools true/false, null,
 * lists/maps as compact JSON, missing as "<missing>", unknown as "<unknown>".
 * Written into buf (NUL-terminated, truncated to cap); returns the full length. */
size_t vm_value_display(const vm_value *v, char *buf, size_t cap);

/* The conversions behind comparisons, number() and bool() (also used by the
 * compiler on constants): a string spelling a decimal number ("22", "014",
 * "-1.5e3"; no spaces, hex, inf or nan), and "true"/"false" in any case. */
bool vm_str_number(const char *s, uint32_t n, double *out);
int vm_str_bool(const char *s, uint32_t n); /* 1 true, 0 false, -1 neither */

#endif
