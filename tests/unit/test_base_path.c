/* test_base_path.c — lexical path arithmetic (base/path.h): the one copy the
 * walker, the scan engine and the Terraform module loader share. Table-driven:
 * each row is an input and the exact output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "path.h"
#include "syserr.h"

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
    /* already normal (copied as they are), and the near misses that are not */
    {"/abs/m.d/x.tf", "/abs/m.d/x.tf", "/abs/m.d/x.tf"},
    {"rel/a.b/c", "rel/a.b/c", "rel/a.b/c"},
    {"a/.hidden/x", "a/.hidden/x", "a/.hidden/x"},
    {".terraform/m", ".terraform/m", ".terraform/m"},
    {"a/b/", "a/b", "a/b"},
    {"a/b/.", "a/b", "a/b"},
    {"a/b/..", "a/b/..", "a"},
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

/* base_path_is_normal promises the path comes back as it is, either way;
 * it may say no to a normal path ("a/.hidden"), never yes to another. */
static void test_is_normal(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof NORM / sizeof NORM[0]; i++)
    if (base_path_is_normal(NORM[i].in, strlen(NORM[i].in))) {
      assert_string_equal(NORM[i].plain, NORM[i].in);
      assert_string_equal(NORM[i].resolved, NORM[i].in);
    }
  assert_true(base_path_is_normal("/abs/m.d/x.tf", 13));
  assert_true(base_path_is_normal("rel/a.b/c", 9));
  assert_true(base_path_is_normal("x.tf", 4));
  assert_false(base_path_is_normal("./x", 3));
  assert_false(base_path_is_normal("a//b", 4));
  assert_false(base_path_is_normal("a/./b", 5));
  assert_false(base_path_is_normal("a/../b", 6));
  assert_false(base_path_is_normal("a/b/", 4));
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

/* The part of a path below a directory, to open relative to the
 * directory's descriptor: with or without the directory's trailing slash;
 * nothing for a path elsewhere, a longer sibling name, the directory
 * itself, or a tail that is empty or starts with '/'. */
static void test_below(void **state) {
  (void)state;
  static const struct {
    const char *path, *dir, *want;
  } cases[] = {
      {"r/a/b", "r", "a/b"},
      {"r/a/b", "r/", "a/b"},
      {"/abs/r/x.tf", "/abs/r", "x.tf"},
      {"../up/r/x", "../up/r", "x"},
      {"r", "r", NULL},
      {"r/", "r", NULL},
      {"r/", "r/", NULL},
      {"r//a", "r", NULL},
      {"r//a", "r/", NULL},
      {"rx/a", "r", NULL},
      {"q/a", "r", NULL},
      {"a", "", NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *got = base_path_below(cases[i].path, cases[i].dir, strlen(cases[i].dir));
    if (!cases[i].want)
      assert_null(got);
    else
      assert_string_equal(got, cases[i].want);
  }
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

/* base_strerror: strerror's text, in a buffer of the calling thread (another
 * thread's call does not change the string this one holds). */
static void *other_thread(void *arg) {
  (void)arg;
  return (void *)base_strerror(EACCES);
}

static void test_strerror(void **state) {
  (void)state;
  const char *mine = base_strerror(ENOENT);
  assert_string_equal(mine, "No such file or directory");
  pthread_t t;
  void *theirs;
  assert_int_equal(pthread_create(&t, NULL, other_thread, NULL), 0);
  assert_int_equal(pthread_join(t, &theirs), 0);
  assert_ptr_not_equal(theirs, mine);
  assert_string_equal(mine, "No such file or directory");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_normalise), cmocka_unit_test(test_is_normal),
      cmocka_unit_test(test_join),      cmocka_unit_test(test_grow),
      cmocka_unit_test(test_strerror),  cmocka_unit_test(test_below),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
