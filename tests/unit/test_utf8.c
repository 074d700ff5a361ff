/* test_utf8.c — the shared UTF-8 validator (iac/utf8.h) used by the loaders,
 * Terraform's text functions and the reporters. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "utf8.h"

static size_t len_of(const char *s) {
  return base_utf8_len((const unsigned char *)s, strlen(s));
}

static void test_valid_sequences(void **state) {
  (void)state;
  assert_int_equal(len_of("a"), 1);
  assert_int_equal(len_of("\xC2\xA9"), 2);         /* U+00A9 */
  assert_int_equal(len_of("\xE2\x82\xAC"), 3);     /* U+20AC */
  assert_int_equal(len_of("\xEF\xBF\xBD"), 3);     /* U+FFFD */
  assert_int_equal(len_of("\xF0\x9F\x98\x80"), 4); /* U+1F600 */
  assert_int_equal(len_of("\xF4\x8F\xBF\xBF"), 4); /* U+10FFFF */
}

static void test_invalid_sequences(void **state) {
  (void)state;
  assert_int_equal(len_of("\x80"), 0);             /* lone continuation */
  assert_int_equal(len_of("\xC0\xAF"), 0);         /* overlong '/' */
  assert_int_equal(len_of("\xC1\xBF"), 0);         /* overlong */
  assert_int_equal(len_of("\xE0\x80\xAF"), 0);     /* overlong 3-byte */
  assert_int_equal(len_of("\xED\xA0\x80"), 0);     /* surrogate U+D800 */
  assert_int_equal(len_of("\xF0\x80\x80\xAF"), 0); /* overlong 4-byte */
  assert_int_equal(len_of("\xF4\x90\x80\x80"), 0); /* above U+10FFFF */
  assert_int_equal(len_of("\xF5\x80\x80\x80"), 0); /* bad lead byte */
  assert_int_equal(len_of("\xE2\x82"), 0);         /* truncated */
  assert_int_equal(len_of("\xE2\x28\xA1"), 0);     /* bad continuation */
}

static void test_whole_buffer(void **state) {
  (void)state;
  const char ok[] = "caf\xC3\xA9 \xE2\x82\xAC";
  const char bad[] = "caf\xC3\xA9 \xC0\xAF";
  assert_true(base_utf8_valid((const unsigned char *)ok, sizeof ok - 1));
  assert_false(base_utf8_valid((const unsigned char *)bad, sizeof bad - 1));
  assert_true(base_utf8_valid((const unsigned char *)"", 0));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_valid_sequences),
      cmocka_unit_test(test_invalid_sequences),
      cmocka_unit_test(test_whole_buffer),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
