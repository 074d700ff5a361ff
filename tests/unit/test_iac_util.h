/* test_iac_util.h — helpers shared by the iac/ unit tests: load a string, walk a
 * path ("Resources.Repo.Properties[0]"), find a resource by name. */
#ifndef VIGIL_TEST_IAC_UTIL_H
#define VIGIL_TEST_IAC_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "iac.h"

static inline iac_unit *load(const char *name, const char *text) {
  return iac_load_buffer(name, text, strlen(text), NULL);
}

/* Path: keys separated by '.', list indices as [N]. NULL when absent. */
static inline const doc_node *at_path(const doc_node *n, const char *path) {
  char key[256];
  while (n && *path) {
    if (*path == '.') path++;
    if (*path == '[') {
      unsigned long i = strtoul(path + 1, (char **)&path, 10);
      path++; /* ']' */
      if (n->kind != DOC_LIST || i >= n->len) return NULL;
      n = n->u.items[i];
      continue;
    }
    size_t k = strcspn(path, ".[");
    if (k >= sizeof key) return NULL;
    memcpy(key, path, k);
    key[k] = 0;
    path += k;
    n = iac_map_get(n, key);
  }
  return n;
}

static inline const iac_resource *find_res(const iac_unit *u, const char *name) {
  for (size_t i = 0; i < u->n_resources; i++)
    if (!strcmp(u->resources[i].name, name)) return &u->resources[i];
  return NULL;
}

#define assert_str_node(n, s)                                                                      \
  do {                                                                                             \
    const doc_node *n_ = (n);                                                                      \
    assert_non_null(n_);                                                                           \
    assert_int_equal(n_->kind, DOC_STRING);                                                        \
    assert_string_equal(n_->u.str, (s));                                                           \
  } while (0)

#define assert_unknown_node(n, s)                                                                  \
  do {                                                                                             \
    const doc_node *n_ = (n);                                                                      \
    assert_non_null(n_);                                                                           \
    assert_int_equal(n_->kind, DOC_UNKNOWN);                                                       \
    assert_string_equal(n_->u.str, (s));                                                           \
  } while (0)

#define assert_loc(n, l, c)                                                                        \
  do {                                                                                             \
    assert_int_equal((n)->line, (l));                                                              \
    assert_int_equal((n)->col, (c));                                                               \
  } while (0)

#define assert_error(u, i, l, c, msg)                                                              \
  do {                                                                                             \
    assert_true((u)->n_errors > (i));                                                              \
    assert_int_equal((u)->errors[i].line, (l));                                                    \
    assert_int_equal((u)->errors[i].col, (c));                                                     \
    assert_string_equal((u)->errors[i].message, (msg));                                            \
  } while (0)

#endif
