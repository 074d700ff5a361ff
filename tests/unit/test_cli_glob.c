/* test_cli_glob.c — .vigil.yaml path globs (cli_config_glob): the semantics
 * of the matcher it replaced, and linear time on patterns with many '**'. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "config.h"

static void test_segments(void **state) {
  (void)state;
  assert_true(cli_config_glob("**/testdata/**", "a/b/testdata/x.yaml"));
  assert_true(cli_config_glob("**/testdata/**", "testdata/x.yaml"));
  assert_false(cli_config_glob("**/testdata/**", "a/testdatax/x.yaml"));
  assert_true(cli_config_glob("legacy/*.yaml", "legacy/a.yaml"));
  assert_true(cli_config_glob("legacy/*.yaml", "legacy/.yaml"));
  assert_false(cli_config_glob("legacy/*.yaml", "legacy/sub/a.yaml"));
  assert_true(cli_config_glob("*.json", "deep/dir/p.json")); /* no '/': last segment */
  assert_false(cli_config_glob("*.json", "deep/dir/p.yaml"));
  assert_true(cli_config_glob("a?c", "x/abc"));
  assert_false(cli_config_glob("a?c", "x/ac"));
  assert_false(cli_config_glob("a/?/c", "a///c")); /* '?' is not '/' */
  assert_true(cli_config_glob("./a/*", "a/b"));    /* leading "./" on either side */
  assert_true(cli_config_glob("a/*", "./a/b"));
  assert_false(cli_config_glob("a/*", "a/b/c"));
  assert_true(cli_config_glob("a/**", "a/b/c"));
  assert_true(cli_config_glob("a/**", "a/"));
  assert_true(cli_config_glob("**", "any/thing"));
  assert_true(cli_config_glob("a/**/b", "a/b")); /* "**" + "/" matches zero segments */
  assert_true(cli_config_glob("a/**/b", "a/x/y/b"));
  assert_false(cli_config_glob("a/**/b", "a/x/y/c"));
  assert_true(cli_config_glob("a/***", "a/b/c")); /* '**' then '*' */
  assert_false(cli_config_glob("a/b", "a/bc"));
  assert_false(cli_config_glob("a/bc", "a/b"));
  assert_true(cli_config_glob("", ""));
  assert_false(cli_config_glob("", "x"));
  assert_true(cli_config_glob("*", ""));
}

/* The old backtracking matcher tried every split of the path among the
 * '**'s: 24 of them against 400 bytes that almost match is about
 * C(400, 24) > 10^38 attempts, ages for it (its time at 8..12 '**'s grows
 * about 5x per '**': reliability.md). The NFA takes 25 x 400 steps;
 * that the test finishes is the assertion (the times are in reliability.md). */
static void test_many_doublestars_linear(void **state) {
  (void)state;
  char pat[256], path[512];
  size_t n = 2;
  memcpy(pat, "r/", 2); /* a '/': matched against the whole path */
  for (int i = 0; i < 24; i++) {
    memcpy(pat + n, "**a", 3);
    n += 3;
  }
  memcpy(pat + n, "**b/", 5); /* never matches: the path has no "b/" */
  n += 4;
  pat[n] = 0;
  assert_true(n < sizeof pat);
  memset(path, 'a', 400);
  for (int i = 20; i < 400; i += 20)
    path[i] = '/';
  memcpy(path, "r/", 2);
  path[400] = 0;
  assert_false(cli_config_glob(pat, path));
  pat[n - 1] = 0;  /* "...**b": */
  path[399] = 'b'; /* now it matches, */
  assert_true(cli_config_glob(pat, path));
  char star[600]; /* and '*' runs likewise */
  for (int i = 0; i < 250; i++) {
    star[2 * i] = '*';
    star[2 * i + 1] = 'a';
  }
  memcpy(star + 500, "*b", 3);
  memset(path, 'a', 400); /* one segment: '*' stays inside it */
  path[400] = 0;
  assert_false(cli_config_glob(star, path));
  path[399] = 'b';
  assert_true(cli_config_glob(star, path));
}

/* A pattern longer than the matcher's stack buffers goes to the heap. */
static void test_long_pattern(void **state) {
  (void)state;
  char pat[1200], path[1200];
  for (int i = 0; i < 1000; i++)
    pat[i] = path[i] = (char)('a' + i % 26);
  pat[1000] = '*';
  pat[1001] = 0;
  memcpy(path + 1000, "xyz", 4);
  assert_true(cli_config_glob(pat, path));
  path[3] = '/';
  assert_false(cli_config_glob(pat, path));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_segments),
      cmocka_unit_test(test_many_doublestars_linear),
      cmocka_unit_test(test_long_pattern),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
