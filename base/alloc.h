/* alloc.h — the one allocation wrapper for malloc'd scratch (arenas are in
 * arena.h). Running out of memory is not an input error: inputs are bounded by
 * the limits in docs/reliability.md, so a failed allocation means the machine
 * is out of memory and Vigil stops with one message (base_oom) instead of
 * threading a failure path through every caller.
 *
 * Ownership: every pointer returned is the caller's, released with free(). */
#ifndef VIGIL_BASE_ALLOC_H
#define VIGIL_BASE_ALLOC_H

#include <stddef.h>

_Noreturn void base_oom(void);                /* "vigil: out of memory", abort */
void *base_xmalloc(size_t n);                 /* n == 0 gives a unique pointer */
void *base_xcalloc(size_t n, size_t size);    /* zeroed; overflow is OOM */
void *base_xrealloc(void *p, size_t n);       /* n == 0 keeps a unique pointer */
char *base_xstrndup(const char *s, size_t n); /* NUL-terminated copy */
/* Grow an array of `size`-byte elements so `need` fit; *cap doubles from 16.
 * Returns the (possibly moved) array. */
void *base_grow(void *p, size_t *cap, size_t need, size_t size);

#endif
