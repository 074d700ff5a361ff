/* test_base_path.c — lexical path arithmetic (base/path.h): the one copy the
 * walker, the scan engine and the Terraform module loader share. Table-driven:
 * each row is an input and the exact output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "path.h"

typedef struct {
  const char *in, *plain, *resolved;
} norm_case;

static const norm_case NORM[] = {
    {"", "", ""},
    {".", "", ""},
    {"./", "", ""},
    {"a", "a", "a"},
    {"./a//b/", "a/b", "a/b"},
    {"a/./b//../c", "a/b/../c", "a/c"},
    {"..", "..", ".."},
    {"../x", "../x", "../x"},
    {"../../x/../y", "../../x/../y", "../../y"},
    {"a/../..", "a/../..", ".."},
    {"a/b/../../..", "a/b/../../..", ".."},
    {"../a/..", "../a/..", ".."},
    {"/", "/", "/"},
    {"/../x", "/../x", "/x"},
    {"/a/b/../../../c", "/a/b/../../../c", "/c"},
    {"//a///b", "/a/b", "/a/b"},
    {"a/..", "a/..", ""},
    {"...", "...", "..."},
    {"a/.../b", "a/.../b", "a/.../b"},
};

static void test_normalise(void **state) {
  (void)state;
  base_arena a;
  base_arena_init(&a);
  for (size_t i = 0; i < sizeof NORM / sizeof NORM[0]; i++) {
    assert_string_equal(base_path_normalise(&a, NORM[i].in, false), NORM[i].plain);
    assert_string_equal(base_path_normalise(&a, NORM[i].in, true), NORM[i].resolved);
  }
  base_arena_free(&a);
}

static void test_join(void **state) {
  (void)state;
  static const char *const JOIN[][3] = {
      {"a/b", "../c", "a/c"},
      {"a", ".", "a"},
      {"a", "..", "."},
      {".", ".", "."},
      {"x", "/abs/./p", "/abs/p"},
      {"../m", "../../n", "../../n"},
      {"", "a", "a"},
      {"/r", "../../..", "/"},
  };
  base_arena a;
  base_arena_init(&a);
  for (size_t i = 0; i < sizeof JOIN / sizeof JOIN[0]; i++)
    assert_string_equal(base_path_join(&a, JOIN[i][0], JOIN[i][1]), JOIN[i][2]);
  base_arena_free(&a);
}

static void test_grow(void **state) {
  (void)state;
  size_t cap = 0;
  int *v = NULL;
  for (int i = 0; i < 1000; i++) {
    v = base_grow(v, &cap, (size_t)i + 1, sizeof *v);
    v[i] = i;
  }
  assert_true(cap >= 1000);
  assert_int_equal(v[999], 999);
  free(v);
  char *s = base_xstrndup("abcdef", 3);
  assert_string_equal(s, "abc");
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_normalise),
      cmocka_unit_test(test_join),
      cmocka_unit_test(test_grow),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
