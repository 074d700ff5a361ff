/* utf8.h — the one UTF-8 validator: loaders reject files with broken UTF-8,
 * Terraform functions check decoded text, and reporters replace bad bytes with
 * U+FFFD, all with the same definition of "valid". */
#ifndef VIGIL_IAC_UTF8_H
#define VIGIL_IAC_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Length (1-4) of the valid UTF-8 sequence at s[0..n), n > 0, or 0 when it is
 * not one: overlong forms, surrogates, code points above U+10FFFF and
 * truncated sequences are all invalid. */
size_t iac_utf8_len(const unsigned char *s, size_t n);

/* Whether all of s[0..n) is valid UTF-8. */
bool iac_utf8_valid(const unsigned char *s, size_t n);

#endif
