/* escape.h — one place that makes untrusted text safe for a log or a terminal.
 *
 * Vigil runs on pull requests: file names, resource names, values and the
 * messages built from them are written by whoever opens the PR. Printed raw,
 * a CR/LF starts a line of the reader's choosing (GitHub Actions obeys
 * `::stop-commands::`, `::add-mask::` and forged `::error` lines on stdout) and
 * an ESC starts a terminal control sequence. Every text-like output (the text
 * and github formats, the progress line, error and warning lines) goes through
 * this module; structured formats (json, sarif, junit) escape by their own
 * grammar, and SARIF URIs are percent-encoded here.
 *
 * Text escaping (engine_escape_text): bytes below 0x20 and DEL become C-style
 * escapes (\n \r \t, others \xNN: ESC is \x1b), C1 controls (U+0080..U+009F,
 * which some terminals obey as 8-bit CSI and friends) become \u00NN, invisible
 * format characters (the bidi embeddings/overrides/isolates U+202A..U+202E and
 * U+2066..U+2069, zero-width characters, LRM/RLM, U+2028/U+2029, the BOM, tag
 * characters, ...: the BASE_INVISIBLE table in base/utf8.c) become \uXXXX (or
 * \UXXXXXXXX), so nothing shown can be reordered or hidden, and bytes that are
 * not UTF-8 become \xNN. Everything else, backslash included, is kept:
 * output for input without control characters is unchanged.
 *
 * GitHub escaping (engine_escape_github): the text escaping for every control
 * character but CR and LF, then the Actions toolkit's own rules: % -> %25,
 * CR -> %0D, LF -> %0A, and in properties (file=, title=) also : -> %3A and
 * , -> %2C, so no value can end a line or a command section. */
#ifndef VIGIL_ENGINE_ESCAPE_H
#define VIGIL_ENGINE_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum engine_escape_flags {
  ENGINE_ESC_TEXT = 0,
  ENGINE_ESC_KEEP_TAB = 1u << 0,    /* text: TAB stays (source context lines) */
  ENGINE_ESC_GITHUB = 1u << 1,      /* GitHub workflow-command data */
  ENGINE_ESC_GITHUB_PROP = 1u << 2, /* ... in a property value (implies GITHUB) */
} engine_escape_flags;

/* Writes the n bytes at s to out, escaped as flags say. */
void engine_escape_write(FILE *out, const char *s, size_t n, unsigned flags);
/* The same for a NUL-terminated string (NULL prints nothing). */
void engine_escape_text(FILE *out, const char *s);
void engine_escape_github(FILE *out, const char *s, bool property);
/* Escaped copy in a malloc'd string (the caller frees it); NULL s gives "". */
char *engine_escape_dup(const char *s, unsigned flags);
/* Whether s needs text escaping at all (fast path for callers). */
bool engine_escape_needed(const char *s);

/* A scan-root-relative path as an RFC 3986 relative reference that decodes
 * back to exactly the same bytes: every byte but the unreserved characters
 * (A-Z a-z 0-9 - . _ ~), '/' and the sub-delimiters ! $ & ' ( ) * + , ; = and
 * '@' is percent-encoded (uppercase hex): so '%', ' ', '#', '?', ':' (a first
 * segment with ':' would read as a scheme), '\\', controls and every byte of
 * 0x80 and above (non-UTF-8 names stay distinct, never U+FFFD). Malloc'd. */
char *engine_uri_encode_path(const char *path);

#endif
