/* dockerfile.h — Dockerfiles (not YAML): FROM lines as image resources. */
#ifndef VIGIL_IAC_DOCKERFILE_H
#define VIGIL_IAC_DOCKERFILE_H

#include <stdbool.h>

#include "iac.h"

/* Dockerfile, *.dockerfile, Dockerfile.* (base name, case-insensitive). */
bool iac_dockerfile_name(const char *base);
/* Build u's resources from u->text: one kind "image" resource (format
 * dockerfile, type "base", name = the stage's `AS` name or "stage[N]") per
 * FROM, with global ARG defaults substituted (unknown when an ARG has none),
 * skipping `FROM scratch` and FROM of an earlier stage. */
void iac_dockerfile_load(iac_unit *u);

#endif
