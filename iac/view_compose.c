/* view_compose.c — Docker Compose files (compose.yaml, docker-compose.yml, any
 * name): each service's `image` as an image resource (kind "image", format
 * compose, type "service", name "services.NAME"), located at the value.
 *
 * Detection is by content, strict enough not to claim other YAML that happens
 * to have a `services` key (a Helm values file, an OpenAPI fragment): every
 * top-level key must be one the Compose specification defines (or an `x-`
 * extension), `services` must be a non-empty map of maps, and every service
 * must name an `image`, a `build`, or `extends` (a service needs one of them
 * to run at all). A service with only `build` is built locally and has no
 * image reference to check. */
#include "image.h"
#include "views.h"

#include <string.h>

static const char *const TOP_KEYS[] = {"version", "name",    "services", "networks",
                                       "volumes", "configs", "secrets",  "include", NULL};

static bool top_key(const char *k) {
  if (!strncmp(k, "x-", 2)) return true;
  for (int i = 0; TOP_KEYS[i]; i++)
    if (!strcmp(k, TOP_KEYS[i])) return true;
  return false;
}

static bool compose_detect(const char *path, const doc_node *doc) {
  (void)path;
  if (!doc || doc->kind != DOC_MAP) return false;
  for (uint32_t i = 0; i < doc->len; i++)
    if (!top_key(doc->u.entries[i].key)) return false;
  const doc_node *svcs = iac_map_get(doc, "services");
  if (!svcs || svcs->kind != DOC_MAP || svcs->len == 0) return false;
  for (uint32_t i = 0; i < svcs->len; i++) {
    const doc_node *s = svcs->u.entries[i].val;
    if (s->kind != DOC_MAP) return false;
    if (!iac_map_get(s, "image") && !iac_map_get(s, "build") && !iac_map_get(s, "extends"))
      return false;
  }
  return true;
}

static void compose_build(iac_unit *u, const doc_node *doc) {
  const doc_node *svcs = iac_map_get(doc, "services");
  for (uint32_t i = 0; i < svcs->len; i++) {
    const doc_entry *e = &svcs->u.entries[i];
    const doc_node *image = iac_map_get(e->val, "image");
    if (!image || image->kind == DOC_NULL) continue;
    iac_image_add(u, IAC_FMT_COMPOSE, "service",
                  base_arena_printf(&u->arena, "services.%s", e->key), image);
  }
}

const iac_view iac_view_compose = {
    .name = "compose",
    .format = IAC_FMT_COMPOSE,
    .detect = compose_detect,
    .build = compose_build,
};
