/* test_regex.c — the linear-time regex behind `matches`: what it accepts, what
 * it rejects (with the compiler-facing reason), that catastrophic patterns run
 * in linear time, and the per-state cache. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "regex.h"

static void test_accepts(void **st) {
  (void)st;
  static const char *ok[] = {"^arn:aws:ecr:", "[a-z0-9-]+", "(foo|bar)+$",  "a{2,3}", "[\\d]",
                             "(?i)immutable", "(?:x)y",     "(?<name>x)",   "[(?=]",  "\\(\\?=",
                             "[\\1]",         "\\Q(?=\\E",  "[[:alpha:]]+", "[]a]",   "",
                             "a{2}+",         "x{+",        "\\x{41}+"};
  char err[128];
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
    if (vm_regex_check(ok[i], err, sizeof err) != 0) fail_msg("rejected %s: %s", ok[i], err);
}

static void expect_reject(const char *pat, const char *want) {
  char err[128] = "";
  assert_int_equal(vm_regex_check(pat, err, sizeof err), -1);
  assert_string_equal(err, want);
}

static void test_rejects(void **st) {
  (void)st;
  expect_reject("(a)\\1", "backreferences are not supported (linear-time regex)");
  expect_reject("(?<n>a)\\k<n>", "backreferences are not supported (linear-time regex)");
  expect_reject("(?P<n>a)(?P=n)", "backreferences are not supported (linear-time regex)");
  expect_reject("(a)\\g1", "backreferences are not supported (linear-time regex)");
  expect_reject("(?=a)", "lookaround assertions are not supported (linear-time regex)");
  expect_reject("x(?!a)", "lookaround assertions are not supported (linear-time regex)");
  expect_reject("(?<=a)b", "lookaround assertions are not supported (linear-time regex)");
  expect_reject("(?<!a)b", "lookaround assertions are not supported (linear-time regex)");
  expect_reject("(?>a+)b", "atomic groups are not supported (linear-time regex)");
  expect_reject("a(?R)?", "recursion and subroutine calls are not supported (linear-time regex)");
  expect_reject("(a)(?1)", "recursion and subroutine calls are not supported (linear-time regex)");
  expect_reject("a(*FAIL)", "backtracking control verbs are not supported (linear-time regex)");
  expect_reject("(*pla:a)", "backtracking control verbs are not supported (linear-time regex)");
  expect_reject("(?C1)a", "callouts are not supported (linear-time regex)");
  expect_reject("(a)?(?(1)b|c)", "conditional groups are not supported (linear-time regex)");
  expect_reject("(", "missing closing parenthesis at offset 1");
}

static void test_linear_time(void **st) {
  (void)st;
  size_t n = 100000;
  char *s = malloc(n);
  memset(s, 'a', n);
  vm_regex_cache *c = vm_regex_cache_new();
  clock_t t0 = clock();
  /* catastrophic for a backtracking engine; the DFA matcher gives up
   * (unknown) or answers, but never takes long */
  int r1 = vm_regex_match(c, "(a*)*b", 6, s, n);
  int r2 = vm_regex_match(c, "(a|aa)+$", 8, s, n);
  int r3 = vm_regex_match(c, "^(a+)+c", 7, s, n);
  int r4 = vm_regex_match(c, "[a-z]+b", 7, s, n);
  int r5 = vm_regex_match(c, "a+$", 3, s, n);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  assert_true(r1 != 1);
  assert_true(r2 != 0);
  assert_true(r3 != 1);
  /* single-item repeats under the search prefix stay linear and decided */
  assert_int_equal(r4, 0);
  assert_int_equal(r5, 1);
  /* the same with the bytes the patterns need present after every start, so
   * no prefilter answers: backtracking gives up at its work limit and the DFA
   * decides */
  memcpy(s + n - 8, "xbxcxdx0", 8);
  static const char *const slow[] = {"(a+)+cd",  "(a+a+)+bd", "(a|ab|b)*cd",  "(a*)*bd",
                                     "(a|b)*cd", "a{0,50}bd", "[a-z]*[0-9]y", "(?:a|b)*?x?c0"};
  for (size_t i = 0; i < sizeof slow / sizeof *slow; i++)
    assert_int_equal(vm_regex_match(c, slow[i], strlen(slow[i]), s, n), 0);
  assert_int_equal(vm_regex_match(c, "\\w*\\d$", 6, s, n), 1);
  secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  if (secs > 1.0) fail_msg("regex took %.2fs", secs);
  vm_regex_cache_free(c);
  free(s);
}

static void test_match_and_cache(void **st) {
  (void)st;
  vm_regex_cache *c = vm_regex_cache_new();
  assert_int_equal(vm_regex_match(c, "^ecr:", 5, "ecr:PutImage", 12), 1);
  assert_int_equal(vm_regex_match(c, "^ecr:", 5, "s3:PutObject", 12), 0);
  assert_int_equal(vm_regex_match(c, "(?=x)", 5, "x", 1), -1);
  /* more patterns than cache slots: evictions recompile and stay correct */
  char pat[32], subj[32];
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < 400; i++) {
      int pn = snprintf(pat, sizeof pat, "^p%d$", i);
      int sn = snprintf(subj, sizeof subj, "p%d", i);
      assert_int_equal(vm_regex_match(c, pat, (size_t)pn, subj, (size_t)sn), 1);
      sn = snprintf(subj, sizeof subj, "p%dx", i);
      assert_int_equal(vm_regex_match(c, pat, (size_t)pn, subj, (size_t)sn), 0);
    }
  /* single items before + are rewritten to group repeats: same meaning */
  assert_int_equal(vm_regex_match(c, "^a{2}+$", 7, "aa", 2), 1);
  assert_int_equal(vm_regex_match(c, "^a{2}+$", 7, "aaa", 3), 0);
  assert_int_equal(vm_regex_match(c, "^x{+$", 5, "x{{", 3), 1);
  assert_int_equal(vm_regex_match(c, "^\\x{41}+[]b]+$", 14, "AA]b", 4), 1);
  assert_int_equal(vm_regex_match(c, "^[a-z]+:[0-9]++$", 16, "ecr:12", 6), 1);
  assert_int_equal(vm_regex_match(c, "^\\Qa+\\E$", 8, "a+", 2), 1);
  assert_int_equal(vm_regex_match(c, "^\\Qa+\\E$", 8, "aa", 2), 0);
  /* the bytes a match needs (its first, a later one) are looked for before
   * the matcher runs, and an unanchored search starts at the first byte */
  assert_int_equal(vm_regex_match(c, "@[a-z]+$", 8, "x@ab", 4), 1);
  assert_int_equal(vm_regex_match(c, "@[a-z]+$", 8, "xab", 3), 0);
  assert_int_equal(vm_regex_match(c, "@[a-z]+$", 8, "a@1@cd", 6), 1);
  assert_int_equal(vm_regex_match(c, "^@x", 3, "a@x", 3), 0);
  assert_int_equal(vm_regex_match(c, "^@x", 3, "@x", 2), 1);
  assert_int_equal(vm_regex_match(c, "\\Gb", 3, "ab", 2), 0);
  assert_int_equal(vm_regex_match(c, "\\Gb", 3, "ba", 2), 1);
  assert_int_equal(vm_regex_match(c, "\\bfoo", 5, "xfoo", 4), 0);
  assert_int_equal(vm_regex_match(c, "\\bfoo", 5, "x foo", 5), 1);
  assert_int_equal(vm_regex_match(c, "(?m)^foo", 8, "x\nfoo", 5), 1);
  assert_int_equal(vm_regex_match(c, "(?m)^foo", 8, "xfoo", 4), 0);
  assert_int_equal(vm_regex_match(c, "(?i)ab", 6, "xaB", 3), 1);
  assert_int_equal(vm_regex_match(c, "(?i)Ab", 6, "xaB", 3), 1);
  assert_int_equal(vm_regex_match(c, "a.*:", 4, "abc", 3), 0);
  assert_int_equal(vm_regex_match(c, "a.*:", 4, "ab:", 3), 1);
  assert_int_equal(vm_regex_match(c, "^(x|y)z", 7, "yz", 2), 1);
  assert_int_equal(vm_regex_match(c, "^(x|y)z", 7, "zyz", 3), 0);
  /* a possessive group answers as the DFA does (backtracking locks in "ab"
   * and fails; the DFA matches), whichever engine runs first */
  assert_int_equal(vm_regex_match(c, "^(?:ab|a)++b", 12, "ab", 2), 1);
  assert_int_equal(vm_regex_match(c, "^(?:a|ab)++$", 12, "ab", 2), 0);
  /* subjects and patterns with NUL bytes are matched byte-wise */
  assert_int_equal(vm_regex_match(c, "a\0b", 3, "xa\0by", 5), 1);
  vm_regex_cache_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_accepts),
      cmocka_unit_test(test_rejects),
      cmocka_unit_test(test_linear_time),
      cmocka_unit_test(test_match_and_cache),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
