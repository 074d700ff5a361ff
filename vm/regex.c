/* regex.c — linear-time regex for `matches` (see regex.h): PCRE2 compiled
 * byte-wise, after rejecting every construct whose meaning needs
 * backtracking, and run with pcre2_dfa_match — after a JIT-compiled
 * backtracking attempt under a work limit linear in the subject, which
 * answers the common case several times faster. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "regex.h"

/* Under valgrind the JIT's generated code reads memory memcheck cannot see
 * initialised (PCRE2's own documentation: a JIT build without its valgrind
 * support gives false reports), so there every pattern runs on the DFA,
 * which answers the same. The header comes with Debian's valgrind package;
 * without it nothing runs under valgrind to care. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

enum { RX_SLOTS = 128, RX_WORKSPACE = 16384 };

/* The JIT attempt's match limit: a base plus this many per subject byte, so
 * it and the DFA pass after it stay linear in the subject. */
enum { RX_JIT_LIMIT_BASE = 1000, RX_JIT_LIMIT_PER_BYTE = 16 };

/* What the pattern alone says every match needs, checked before the matcher
 * runs: a subject without them cannot match (PCRE2's own start-up checks,
 * which pcre2_dfa_match skips under the search prefix below). */
typedef struct rx_needs {
  int first;     /* the byte every match starts with, or -1 */
  int last;      /* a byte every match contains after its start, or -1 */
  bool anchored; /* every match starts at the subject's start */
} rx_needs;

typedef struct rx_entry {
  char *pat; /* malloc'd copy; NULL = empty slot */
  size_t len;
  pcre2_code *code; /* NULL = bad pattern (cached so it is not recompiled) */
  pcre2_code *jit;  /* the pattern alone, JIT-compiled; NULL = DFA only */
  rx_needs needs;
} rx_entry;

/* Every vm_state has one, most never match a pattern (an empty scan, a pack
 * without `matches`): the match data, context and DFA workspace are made
 * on the first match, not with the cache (whose zeroed 64 KiB workspace was
 * a start-up cost of every scan and every worker). */
struct vm_regex_cache {
  rx_entry slots[RX_SLOTS];  /* direct-mapped by hash: a collision just recompiles */
  pcre2_match_data *md;      /* NULL until the first match */
  pcre2_match_context *mctx; /* the JIT attempt's match limit; NULL until the first match */
  int *ws;                   /* RX_WORKSPACE ints for the DFA; NULL until it first runs */
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
        while (i + 1 < n && !(p[i] == '\\' && p[i + 1] == 'E'))
          i++;
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

/* PCRE2's DFA matcher keeps a repeat count in the state of a single-item `X+`,
 * so under the leading `.*` (below) every start position inside a run of X
 * becomes a distinct state: state sets, and time, grow with the run length.
 * A group repeat `(?:X)+` carries no count, so single items before `+` are
 * wrapped. Writes the rewritten pattern to out (capacity 4n+1); returns its length. */
static size_t wrap_plus(const char *p, size_t n, char *out) {
  size_t o = 0, atom = (size_t)-1; /* where the last single item starts in out */
  for (size_t i = 0; i < n;) {
    size_t start = i;
    char c = p[i];
    if (c == '\\' && i + 1 < n && p[i + 1] == 'Q') { /* literal run: copy through \E */
      size_t j = i + 2;
      while (j + 1 < n && !(p[j] == '\\' && p[j + 1] == 'E'))
        j++;
      j = j + 1 < n ? j + 2 : n;
      memcpy(out + o, p + i, j - i);
      o += j - i;
      i = j;
      atom = (size_t)-1;
      continue;
    }
    if (c == '\\' && i + 1 < n) {
      i += 2;
      char d = p[i - 1];
      if ((d == 'x' || d == 'p' || d == 'P' || d == 'o' || d == 'N') && i < n && p[i] == '{') {
        while (i < n && p[i] != '}')
          i++;
        if (i < n) i++;
      } else if (d == 'x') {
        for (int k = 0; k < 2 && i < n && strchr("0123456789abcdefABCDEF", p[i]); k++)
          i++;
      }
    } else if (c == '[') {
      i++;
      if (i < n && p[i] == '^') i++;
      if (i < n && p[i] == ']') i++;
      while (i < n && p[i] != ']') {
        if (p[i] == '\\')
          i++;
        else if (p[i] == '[' && i + 1 < n && p[i + 1] == ':') {
          const char *e = NULL;
          for (size_t j = i + 2; j + 1 < n; j++)
            if (p[j] == ':' && p[j + 1] == ']') {
              e = p + j;
              break;
            }
          if (e) i = (size_t)(e - p) + 1;
        }
        i++;
      }
      if (i < n) i++;
    } else if (c == '{') { /* a {n}, {n,}, {n,m} quantifier is one token; else a literal */
      size_t j = i + 1;
      while (j < n && ((p[j] >= '0' && p[j] <= '9') || p[j] == ','))
        j++;
      if (j < n && p[j] == '}' && j > i + 1) {
        memcpy(out + o, p + i, j + 1 - i);
        o += j + 1 - i;
        i = j + 1;
        atom = (size_t)-1;
        continue;
      }
      i++;
    } else if (c == '+' && atom != (size_t)-1) {
      /* wrap out[atom..o) in (?: ) and keep the + */
      size_t len = o - atom;
      memmove(out + atom + 3, out + atom, len);
      memcpy(out + atom, "(?:", 3);
      o += 3;
      out[o++] = ')';
      out[o++] = '+';
      i++;
      atom = (size_t)-1; /* a following + is possessive: leave it */
      continue;
    } else {
      i++;
    }
    memcpy(out + o, p + start, i - start);
    bool single = !(c == '(' || c == ')' || c == '|' || c == '*' || c == '+' || c == '?' ||
                    c == '^' || c == '$');
    atom = single ? o : (size_t)-1;
    o += i - start;
  }
  return o;
}

/* The code unit the pattern reports for a FIRST/LAST query, if it is one byte
 * that has no other case (a caseless pattern's letter may match either). */
static int needed_byte(const pcre2_code *code, uint32_t type_what, uint32_t unit_what) {
  uint32_t type = 0, unit = 0;
  if (pcre2_pattern_info(code, type_what, &type) != 0 || type != 1) return -1;
  if (pcre2_pattern_info(code, unit_what, &unit) != 0 || unit > 0x7f) return -1;
  if ((unit >= 'a' && unit <= 'z') || (unit >= 'A' && unit <= 'Z')) return -1;
  return (int)unit;
}

/* Whether backtracking finds a match exactly when the DFA does. It does for
 * what scan() lets through except what locks in one way of matching — a
 * possessive repeat (the DFA locks in the longest, backtracking the first it
 * tries: (a|ab)++c on "abc"), \R and \X (atomic) — and \K, which the DFA
 * rejects. Textual and conservative: an escaped or bracketed occurrence also
 * keeps the pattern on the DFA. */
static bool jit_safe(const char *p, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    char c = p[i], d = p[i + 1];
    if (d == '+' && (c == '+' || c == '*' || c == '?' || c == '}')) return false;
    if (c == '\\' && (d == 'K' || d == 'R' || d == 'X')) return false;
  }
  return true;
}

/* The pattern alone, JIT-compiled, or NULL (JIT unavailable, not safe,
 * under valgrind). */
static pcre2_code *jit_compile(pcre2_code *code, const char *p, size_t n) {
  uint32_t have = 0;
  if (!jit_safe(p, n) || RUNNING_ON_VALGRIND || pcre2_config(PCRE2_CONFIG_JIT, &have) != 0 ||
      !have || pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) != 0) {
    pcre2_code_free(code);
    return NULL;
  }
  return code;
}

/* Compiles the DFA's search program; *jit (when not NULL) gets the JIT code. */
static pcre2_code *compile(const char *p, size_t n, rx_needs *needs, pcre2_code **jit, char *err,
                           size_t en) {
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
  uint32_t backrefs = 0, opts = 0;
  pcre2_pattern_info(code, PCRE2_INFO_BACKREFMAX, &backrefs);
  pcre2_pattern_info(code, PCRE2_INFO_ALLOPTIONS, &opts);
  needs->anchored = (opts & PCRE2_ANCHORED) != 0;
  needs->first = needed_byte(code, PCRE2_INFO_FIRSTCODETYPE, PCRE2_INFO_FIRSTCODEUNIT);
  needs->last = needed_byte(code, PCRE2_INFO_LASTCODETYPE, PCRE2_INFO_LASTCODEUNIT);
  /* \G means "at the search's start offset": moving that offset would move it */
  for (size_t i = 0; i + 1 < n; i++)
    if (p[i] == '\\' && p[i + 1] == 'G') needs->first = -1;
  if (backrefs) {
    pcre2_code_free(code);
    fail(err, en, "backreferences are not supported (linear-time regex)");
    return NULL;
  }
  pcre2_code *plain = code;
  /* pcre2_dfa_match simulates all states of one start position at once, but an
   * unanchored search restarts at every position: O(n^2) (e.g. a*[bc] over a
   * long run of a's). Running "(?s:.*)(?:PATTERN)" anchored instead tracks every
   * start position in the same single pass (Thompson's construction), so the
   * time is linear in the subject. The pattern compiled alone above, so the
   * wrapper cannot change how it parses (a pattern ending inside a (?x)
   * comment is the exception: it fails here and is rejected). A pattern PCRE2
   * found anchored by itself (every alternative starts with ^ or \A) can only
   * match at the start, so it runs without the prefix: one start position,
   * and no search states carried through the rest of the subject. */
  static const char search[] = "(?s:.*)(?:", anchored[] = "(?:", post[] = ")";
  const char *pre = needs->anchored ? anchored : search;
  size_t pn = strlen(pre);
  char *w = malloc(pn + 4 * n + sizeof post);
  if (!w) {
    pcre2_code_free(plain);
    return NULL;
  }
  memcpy(w, pre, pn);
  size_t wn = pn + wrap_plus(p, n, w + pn);
  memcpy(w + wn, post, sizeof post - 1);
  wn += sizeof post - 1;
  code =
      pcre2_compile((PCRE2_SPTR)w, wn, PCRE2_ANCHORED | PCRE2_NEVER_BACKSLASH_C, &ec, &off, NULL);
  free(w);
  if (!code)
    fail(err, en, "pattern cannot be embedded in a search (unterminated comment or quote)");
  if (code && jit)
    *jit = jit_compile(plain, p, n);
  else
    pcre2_code_free(plain);
  return code;
}

int vm_regex_check(const char *pattern, char *err, size_t n) {
  rx_needs needs;
  pcre2_code *c = compile(pattern, strlen(pattern), &needs, NULL, err, n);
  if (!c) return -1;
  pcre2_code_free(c);
  return 0;
}

vm_regex_cache *vm_regex_cache_new(void) {
  return base_xcalloc(1, sizeof(vm_regex_cache));
}

void vm_regex_cache_free(vm_regex_cache *c) {
  if (!c) return;
  for (int i = 0; i < RX_SLOTS; i++) {
    free(c->slots[i].pat);
    pcre2_code_free(c->slots[i].code);
    pcre2_code_free(c->slots[i].jit);
  }
  pcre2_match_data_free(c->md);
  pcre2_match_context_free(c->mctx);
  free(c->ws);
  free(c);
}

int vm_regex_match(vm_regex_cache *c, const char *pat, size_t pat_len, const char *subj,
                   size_t subj_len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < pat_len; i++)
    h = (h ^ (unsigned char)pat[i]) * 16777619u;
  rx_entry *e = &c->slots[h % RX_SLOTS];
  if (!e->pat || e->len != pat_len || memcmp(e->pat, pat, pat_len) != 0) {
    /* miss: compile once per state and pattern (not per resource) */
    free(e->pat);
    pcre2_code_free(e->code);
    pcre2_code_free(e->jit);
    e->jit = NULL;
    e->pat = base_xmalloc(pat_len + 1);
    memcpy(e->pat, pat, pat_len);
    e->pat[pat_len] = 0;
    e->len = pat_len;
    e->code = compile(pat, pat_len, &e->needs, &e->jit, NULL, 0);
  }
  if (!e->code) return -1;
  if (!c->md) { /* the first match of this cache */
    c->md = pcre2_match_data_create(1, NULL);
    c->mctx = pcre2_match_context_create(NULL);
    if (!c->md) return -1;
  }
  /* A match starts at an occurrence of `first`: an unanchored search starts
   * at the first one (the prefix still tries every later start; \b and ^
   * under (?m) still see the bytes before it). */
  size_t start = 0;
  if (e->needs.first >= 0) {
    const char *f = memchr(subj, e->needs.first, subj_len);
    if (!f || (e->needs.anchored && f != subj)) return 0;
    start = (size_t)(f - subj);
  }
  if (e->needs.last >= 0 && !memchr(subj + start, e->needs.last, subj_len - start)) return 0;
  /* Backtracking answers when it stays under a limit linear in the subject;
   * past it (or out of JIT stack) the DFA decides. */
  if (e->jit && c->mctx) {
    pcre2_set_match_limit(c->mctx, (uint32_t)(RX_JIT_LIMIT_BASE +
                                              RX_JIT_LIMIT_PER_BYTE *
                                                  (subj_len < (1u << 26) ? subj_len : (1u << 26))));
    int jr = pcre2_jit_match(e->jit, (PCRE2_SPTR)subj, subj_len, start, 0, c->md, c->mctx);
    if (jr >= 0) return 1;
    if (jr == PCRE2_ERROR_NOMATCH) return 0;
  }
  if (!c->ws) c->ws = base_xmalloc(RX_WORKSPACE * sizeof *c->ws);
  /* SHORTEST: stop at the first match; we only need a yes or no */
  int rc = pcre2_dfa_match(e->code, (PCRE2_SPTR)subj, subj_len, start, PCRE2_DFA_SHORTEST, c->md,
                           NULL, c->ws, RX_WORKSPACE);
  if (rc >= 0) return 1; /* 0: matched, ovector too small to list every match */
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  return -1;
}
