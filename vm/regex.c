/* regex.c — linear-time regex for `matches` (see regex.h): PCRE2 compiled
 * byte-wise and run with pcre2_dfa_match only, after rejecting every construct
 * whose meaning needs backtracking. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex.h"

enum { RX_SLOTS = 128, RX_WORKSPACE = 4096 };

typedef struct rx_entry {
  char *pat; /* malloc'd copy; NULL = empty slot */
  size_t len;
  pcre2_code *code; /* NULL = bad pattern (cached so it is not recompiled) */
} rx_entry;

struct vm_regex_cache {
  rx_entry slots[RX_SLOTS]; /* direct-mapped by hash: a collision just recompiles */
  pcre2_match_data *md;
  int ws[RX_WORKSPACE];
};

static int fail(char *err, size_t n, const char *msg) {
  if (err && n) snprintf(err, n, "%s", msg);
  return -1;
}

/* Scan the pattern text for constructs the DFA matcher cannot run in linear
 * time (or at all). PCRE2 itself would reject some only at match time. */
static int scan(const char *p, size_t n, char *err, size_t en) {
  int in_class = 0;
  for (size_t i = 0; i < n; i++) {
    char c = p[i];
    if (c == '\\') {
      if (i + 1 >= n) break;
      char d = p[++i];
      if (d == 'Q') { /* \Q...\E is literal text */
        while (i + 1 < n && !(p[i] == '\\' && p[i + 1] == 'E')) i++;
        i++;
        continue;
      }
      if (in_class) continue;
      if ((d >= '1' && d <= '9') || d == 'g' || d == 'k')
        return fail(err, en, "backreferences are not supported (linear-time regex)");
      continue;
    }
    if (in_class) {
      if (c == '[' && i + 1 < n && p[i + 1] == ':') { /* [:alpha:] */
        const char *e = NULL;
        for (size_t j = i + 2; j + 1 < n; j++)
          if (p[j] == ':' && p[j + 1] == ']') {
            e = p + j;
            break;
          }
        if (e) i = (size_t)(e - p) + 1;
      } else if (c == ']') {
        in_class = 0;
      }
      continue;
    }
    if (c == '[') {
      in_class = 1;
      if (i + 1 < n && p[i + 1] == '^') i++;
      if (i + 1 < n && p[i + 1] == ']') i++; /* leading ] is literal */
      continue;
    }
    if (c != '(' || i + 1 >= n) continue;
    if (p[i + 1] == '*')
      return fail(err, en, "backtracking control verbs are not supported (linear-time regex)");
    if (p[i + 1] != '?' || i + 2 >= n) continue;
    char k = p[i + 2];
    char k2 = i + 3 < n ? p[i + 3] : 0;
    if (k == '=' || k == '!' || (k == '<' && (k2 == '=' || k2 == '!')) || k == '*')
      return fail(err, en, "lookaround assertions are not supported (linear-time regex)");
    if (k == '>') return fail(err, en, "atomic groups are not supported (linear-time regex)");
    if (k == 'P' && k2 == '=')
      return fail(err, en, "backreferences are not supported (linear-time regex)");
    if (k == 'R' || k == '&' || k == '+' || (k >= '0' && k <= '9') || (k == 'P' && k2 == '>') ||
        (k == '-' && k2 >= '0' && k2 <= '9'))
      return fail(err, en, "recursion and subroutine calls are not supported (linear-time regex)");
    if (k == 'C') return fail(err, en, "callouts are not supported (linear-time regex)");
    if (k == '(') return fail(err, en, "conditional groups are not supported (linear-time regex)");
  }
  return 0;
}

static pcre2_code *compile(const char *p, size_t n, char *err, size_t en) {
  if (scan(p, n, err, en)) return NULL;
  int ec;
  PCRE2_SIZE off;
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)p, n, PCRE2_NEVER_BACKSLASH_C, &ec, &off, NULL);
  if (!code) {
    PCRE2_UCHAR msg[160];
    pcre2_get_error_message(ec, msg, sizeof msg);
    if (err && en) snprintf(err, en, "%s at offset %zu", (const char *)msg, (size_t)off);
    return NULL;
  }
  uint32_t backrefs = 0;
  pcre2_pattern_info(code, PCRE2_INFO_BACKREFMAX, &backrefs);
  if (backrefs) {
    pcre2_code_free(code);
    fail(err, en, "backreferences are not supported (linear-time regex)");
    return NULL;
  }
  return code;
}

int vm_regex_check(const char *pattern, char *err, size_t n) {
  pcre2_code *c = compile(pattern, strlen(pattern), err, n);
  if (!c) return -1;
  pcre2_code_free(c);
  return 0;
}

vm_regex_cache *vm_regex_cache_new(void) {
  vm_regex_cache *c = calloc(1, sizeof *c);
  if (!c) {
    fputs("vigil: out of memory\n", stderr);
    abort();
  }
  c->md = pcre2_match_data_create(1, NULL);
  return c;
}

void vm_regex_cache_free(vm_regex_cache *c) {
  if (!c) return;
  for (int i = 0; i < RX_SLOTS; i++) {
    free(c->slots[i].pat);
    pcre2_code_free(c->slots[i].code);
  }
  pcre2_match_data_free(c->md);
  free(c);
}

int vm_regex_match(vm_regex_cache *c, const char *pat, size_t pat_len, const char *subj,
                   size_t subj_len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < pat_len; i++) h = (h ^ (unsigned char)pat[i]) * 16777619u;
  rx_entry *e = &c->slots[h % RX_SLOTS];
  if (!e->pat || e->len != pat_len || memcmp(e->pat, pat, pat_len) != 0) {
    /* miss: compile once per state and pattern (not per resource) */
    free(e->pat);
    pcre2_code_free(e->code);
    e->pat = malloc(pat_len + 1);
    if (!e->pat) {
      fputs("vigil: out of memory\n", stderr);
      abort();
    }
    memcpy(e->pat, pat, pat_len);
    e->pat[pat_len] = 0;
    e->len = pat_len;
    e->code = compile(pat, pat_len, NULL, 0);
  }
  if (!e->code || !c->md) return -1;
  int rc = pcre2_dfa_match(e->code, (PCRE2_SPTR)subj, subj_len, 0, 0, c->md, NULL, c->ws,
                           RX_WORKSPACE);
  if (rc >= 0) return 1; /* 0: matched, ovector too small to list every match */
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  return -1;
}
