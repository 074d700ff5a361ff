/* unit.h — unit construction for loaders inside iac/ (internal; see iac.h for
 * the public lifetime: iac_unit_free releases what iac_unit_new returns). */
#ifndef VIGIL_IAC_UNIT_H
#define VIGIL_IAC_UNIT_H

#include "iac.h"

/* A fresh unit with an empty arena; path is copied into it. Never NULL. */
iac_unit *iac_unit_new(const char *path);

#endif
