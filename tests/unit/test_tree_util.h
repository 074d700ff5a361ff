/* test_tree_util.h — a temporary directory tree for the cli/ unit tests that
 * walk, read and scan real files: made once per test file (tree_make in the
 * group setup), filled with tree_put, removed by tree_teardown. */
#ifndef VIGIL_TEST_TREE_UTIL_H
#define VIGIL_TEST_TREE_UTIL_H

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

/* The tree's directory ("/tmp/vigil-TAG-XXXXXX" once made). */
static char root[256];

static inline void tree_make(const char *tag) {
  snprintf(root, sizeof root, "/tmp/vigil-%s-XXXXXX", tag);
  assert_non_null(mkdtemp(root));
}

/* root/rel, in a buffer that the next call reuses. */
static inline const char *tree_at(const char *rel) {
  static char p[512];
  snprintf(p, sizeof p, "%s/%s", root, rel);
  return p;
}

/* Writes n bytes to root/rel, making its missing parent directories. */
static inline void tree_put(const char *rel, const char *text, size_t n) {
  char p[512];
  snprintf(p, sizeof p, "%s", tree_at(rel));
  for (char *s = strchr(p + strlen(root) + 1, '/'); s; s = strchr(s + 1, '/')) {
    *s = 0;
    assert_true(mkdir(p, 0755) == 0 || errno == EEXIST);
    *s = '/';
  }
  FILE *f = fopen(p, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, n, f), n);
  fclose(f);
}

static inline void tree_put_str(const char *rel, const char *text) {
  tree_put(rel, text, strlen(text));
}

/* The group teardown: removes the whole tree. */
static inline int tree_teardown(void **state) {
  (void)state;
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
  return system(cmd);
}

#endif
