/* image.c — image reference parsing and image resources (see image.h).
 * Grammar (distribution/reference): [registry/]path[:tag][@digest], where the
 * first path component is a registry when it contains '.' or ':' or is
 * "localhost". */
#include "image.h"

#include <string.h>

bool iac_image_parse(base_arena *a, const char *ref, size_t len, iac_image_ref *out) {
  memset(out, 0, sizeof *out);
  while (len && (ref[0] == ' ' || ref[0] == '\t'))
    ref++, len--;
  while (len && (ref[len - 1] == ' ' || ref[len - 1] == '\t'))
    len--;
  if (!len) return false;
  for (size_t i = 0; i < len; i++)
    if ((unsigned char)ref[i] <= ' ' || ref[i] == '"' || ref[i] == '\'') return false;
  const char *at = memchr(ref, '@', len);
  size_t name_len = at ? (size_t)(at - ref) : len;
  if (at) out->digest = base_arena_strndup(a, at + 1, len - name_len - 1);
  const char *slash = memchr(ref, '/', name_len);
  size_t reg_len = 0;
  if (slash) {
    size_t first = (size_t)(slash - ref);
    if (memchr(ref, '.', first) || memchr(ref, ':', first) ||
        (first == 9 && !memcmp(ref, "localhost", 9)))
      reg_len = first;
  }
  const char *path = reg_len ? ref + reg_len + 1 : ref;
  size_t path_len = name_len - (reg_len ? reg_len + 1 : 0);
  const char *colon = NULL;
  for (size_t i = path_len; i-- > 0;) {
    if (path[i] == '/') break;
    if (path[i] == ':') {
      colon = path + i;
      break;
    }
  }
  size_t repo_len = colon ? (size_t)(colon - path) : path_len;
  if (!repo_len) return false;
  out->registry = reg_len ? base_arena_strndup(a, ref, reg_len) : "docker.io";
  out->repository = base_arena_strndup(a, path, repo_len);
  if (colon) out->tag = base_arena_strndup(a, colon + 1, path_len - repo_len - 1);
  return true;
}

void iac_image_add(iac_unit *u, iac_format fmt, const char *type, const char *name,
                   const doc_node *image) {
  if (!image) return;
  if (image->kind != DOC_STRING && image->kind != DOC_UNKNOWN) {
    /* a map or number where an image belongs: say so rather than pass it by */
    iac_unit_warning(u, image->line, image->col, "image of %s is not a string", name);
    return;
  }
  base_arena *a = &u->arena;
  uint32_t l = image->line, c = image->col;
  doc_entry e[5];
  uint32_t n = 0;
  e[n++] = (doc_entry){"image", 5, l, c, (doc_node *)image};
  if (image->kind == DOC_UNKNOWN) {
    static const char *const keys[] = {"registry", "repository", "tag", "digest"};
    for (int k = 0; k < 4; k++)
      e[n++] = (doc_entry){keys[k], (uint32_t)strlen(keys[k]), l, c, (doc_node *)image};
  } else {
    iac_image_ref ref;
    if (!iac_image_parse(a, image->u.str, image->len, &ref)) {
      iac_unit_warning(u, l, c, "image of %s is not an image reference: \"%.*s\"", name,
                       image->len > 200 ? 200 : (int)image->len, image->u.str);
      return;
    }
    e[n++] = (doc_entry){"registry", 8, l, c,
                         iac_doc_string(a, ref.registry, strlen(ref.registry), l, c)};
    e[n++] = (doc_entry){"repository", 10, l, c,
                         iac_doc_string(a, ref.repository, strlen(ref.repository), l, c)};
    if (ref.tag)
      e[n++] = (doc_entry){"tag", 3, l, c, iac_doc_string(a, ref.tag, strlen(ref.tag), l, c)};
    if (ref.digest)
      e[n++] =
          (doc_entry){"digest", 6, l, c, iac_doc_string(a, ref.digest, strlen(ref.digest), l, c)};
  }
  iac_resource *r = iac_unit_add_resource(u);
  r->format = fmt;
  r->kind = "image";
  r->type = type;
  r->name = name;
  r->line = l;
  r->col = c;
  r->body = iac_doc_map(a, e, n, l, c);
}
