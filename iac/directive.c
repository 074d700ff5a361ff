/* directive.c — the suppression markers' pre-check (directive.h). */
#include "directive.h"

#include <string.h>

static bool marker_at(const char *text, size_t len, size_t colon) {
  static const char vi[] = "vigil:ignore", ch[] = "checkov:skip=";
  if (colon >= 5 && len - (colon - 5) >= sizeof vi - 1 &&
      !memcmp(text + colon - 5, vi, sizeof vi - 1))
    return true;
  return colon >= 7 && len - (colon - 7) >= sizeof ch - 1 &&
         !memcmp(text + colon - 7, ch, sizeof ch - 1);
}

/* Every ':' is a candidate (memchr: vectorised, and Terraform text has one
 * in ~400 bytes), checked for either marker around it. The SSE2 pass over
 * every byte this replaced (":" between "l" and "i", or "v" and "s") cost
 * 1.5 instructions a byte: 1.5% of a Terraform corpus scan, once every
 * parsed file was checked. */
bool iac_text_may_hold_directive(const char *text, size_t len) {
  const char *end = text + len;
  for (const char *p = text; p < end && (p = memchr(p, ':', (size_t)(end - p))); p++)
    if (marker_at(text, len, (size_t)(p - text))) return true;
  return false;
}
