/* regex.h — the linear-time regular expressions behind the `matches` builtin.
 *
 * Patterns are PCRE2 syntax restricted to what a DFA can run in time linear in
 * the subject: pcre2_dfa_match decides, after a JIT backtracking attempt whose
 * work is capped linearly in the subject (docs/bytecode.md), and
 * patterns with backreferences, lookaround, atomic groups, recursion, callouts
 * or backtracking verbs are rejected. Matching is byte-wise (no UTF mode), a
 * search anywhere in the subject (anchor with ^ and $).
 *
 * The compiler calls vm_regex_check on constant patterns to reject bad ones
 * with a diagnostic; at run time a bad pattern makes `matches` unknown. */
#ifndef VIGIL_VM_REGEX_H
#define VIGIL_VM_REGEX_H

#include <stddef.h>

/* 0 if pattern is accepted; otherwise -1 and a one-line reason in err
 * (e.g. "backreferences are not supported (linear-time regex)"). */
int vm_regex_check(const char *pattern, char *err, size_t n);

/* A per-VM-state cache of compiled patterns (owned by the state, not shared). */
typedef struct vm_regex_cache vm_regex_cache;
vm_regex_cache *vm_regex_cache_new(void);
void vm_regex_cache_free(vm_regex_cache *c);
/* 1 match, 0 no match, -1 bad pattern or matcher failure (the caller's unknown). */
int vm_regex_match(vm_regex_cache *c, const char *pat, size_t pat_len, const char *subj,
                   size_t subj_len);

#endif
