/* image.h — container image references ("registry/repo:tag@sha256:...").
 *
 * iac_image_add makes one resource of kind "image" whose body is
 *   {image, registry, repository, tag, digest}
 * (tag / digest absent when the reference has none; registry "docker.io" when
 * implicit), located at the image value. An image that is not known from the
 * scan (a Fn::Sub over an unresolved account id, an ARG without default) gives
 * the unknown node for every field, so rules report unknown, not a failure. */
#ifndef VIGIL_IAC_IMAGE_H
#define VIGIL_IAC_IMAGE_H

#include <stdbool.h>

#include "iac.h"

typedef struct iac_image_ref {
  const char *registry;   /* "docker.io" when the reference names none */
  const char *repository; /* "library/nginx" is kept as written: "nginx" */
  const char *tag;        /* NULL when absent */
  const char *digest;     /* "sha256:..." or NULL */
} iac_image_ref;

/* Split ref[0..len) into its parts (arena copies). False if it is empty or has
 * characters an image reference cannot contain. */
bool iac_image_parse(base_arena *a, const char *ref, size_t len, iac_image_ref *out);

/* Add an image resource for value `image` (string or unknown; others ignored). */
void iac_image_add(iac_unit *u, iac_format fmt, const char *type, const char *name,
                   const doc_node *image);

#endif
