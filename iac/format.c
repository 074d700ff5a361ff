/* format.c — selector format names <-> iac_format (see IAC_FORMATS in iac.h). */
#include "iac.h"

#include <string.h>

static const char *const format_names[IAC_FMT__COUNT] = {[IAC_FMT_NONE] = "",
#define IAC_FMT_NAME(id, name) [IAC_FMT_##id] = name,
                                                         IAC_FORMATS(IAC_FMT_NAME)
#undef IAC_FMT_NAME
};

const char *iac_format_name(iac_format f) {
  if ((int)f < 0 || f >= IAC_FMT__COUNT) return "";
  return format_names[f];
}

iac_format iac_format_lookup(const char *name) {
  if (!name || !*name) return IAC_FMT_NONE;
  for (int f = IAC_FMT_NONE + 1; f < IAC_FMT__COUNT; f++)
    if (strcmp(format_names[f], name) == 0) return (iac_format)f;
  return IAC_FMT_NONE;
}
