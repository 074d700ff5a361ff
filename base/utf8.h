/* utf8.h — the one UTF-8 validator: loaders reject files with broken UTF-8,
 * Terraform functions check decoded text, and reporters replace bad bytes with
 * U+FFFD, all with the same definition of "valid". */
#ifndef VIGIL_IAC_UTF8_H
#define VIGIL_IAC_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Length (1-4) of the valid UTF-8 sequence at s[0..n), n > 0, or 0 when it is
 * not one: overlong forms, surrogates, code points above U+10FFFF and
 * truncated sequences are all invalid. */
size_t base_utf8_len(const unsigned char *s, size_t n);

/* The code point of the valid UTF-8 sequence u[0..len) (len from base_utf8_len). */
uint32_t base_utf8_decode(const unsigned char *u, size_t len);
/* Whether the valid sequence u[0..len) is one a reader cannot see and an
 * output must escape: a C1 control (U+0080..U+009F) or an invisible format
 * character (the BASE_INVISIBLE table in utf8.c: bidi controls, zero-width
 * characters, tag characters, ...). Shared by engine/escape.c and the VM's
 * --explain renderer. */
bool base_utf8_hidden(const unsigned char *u, size_t len);

/* Whether all of s[0..n) is valid UTF-8. */
bool base_utf8_valid(const unsigned char *s, size_t n);
/* A malloc'd copy of the NUL-terminated s with every byte that does not start
 * valid UTF-8 replaced by U+FFFD (NULL is read as ""). For writers whose
 * grammar must be UTF-8 (JSON, SARIF). */
char *base_utf8_clean_dup(const char *s);

/* Why text[0..len) is not a UTF-8 text file, or NULL when it is one: a
 * UTF-16/32 byte-order mark (*off = 0), a NUL byte (binary data) or an
 * invalid UTF-8 sequence, at byte offset *off. The message is a literal or
 * written into msg. Every loader (YAML, JSON, HCL) asks this one question. */
const char *base_text_problem(const char *text, size_t len, size_t *off, char msg[64]);

/* Byte offset -> 1-based line and column (in characters). */
void base_text_locate(const char *text, size_t off, uint32_t *line, uint32_t *col);

#endif
