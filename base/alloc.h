/* alloc.h — the one allocation wrapper for malloc'd scratch (arenas are in
 * arena.h). Running out of memory is not an input error: inputs are bounded by
 * the limits in docs/reliability.md, so a failed allocation means the machine
 * is out of memory and Vigil stops with one message (base_oom) instead of
 * threading a failure path through every caller.
 *
 * Ownership: every pointer returned is the caller's, released with free(). */
#ifndef VIGIL_BASE_ALLOC_H
#define VIGIL_BASE_ALLOC_H

#include <stdbool.h>
#include <stddef.h>

_Noreturn void base_oom(void);                /* "vigil: out of memory", abort */
void *base_xmalloc(size_t n);                 /* n == 0 gives a unique pointer */
void *base_xcalloc(size_t n, size_t size);    /* zeroed; overflow is OOM */
void *base_xrealloc(void *p, size_t n);       /* n == 0 keeps a unique pointer */
char *base_xstrndup(const char *s, size_t n); /* NUL-terminated copy */
/* Grow an array of `size`-byte elements so `need` fit; *cap doubles from 16.
 * Returns the (possibly moved) array. */
void *base_grow(void *p, size_t *cap, size_t need, size_t size);

/* Tunes malloc for a one-shot command (cli/main.c calls it first thing):
 * freed memory stays in the process for reuse, and the main heap is one
 * reservation of 64 MiB whose first 32 MiB are advised to transparent huge
 * pages from a 2 MiB boundary (malloc's own headers sit in the 4 KiB page
 * below it, so no page of the advised part is touched before the advice),
 * so filling them costs a fault per 2 MiB instead of one per 4 KiB page;
 * past them (a scan of tens of thousands of files) 4 KiB pages keep the
 * peak RSS to what is touched. Returns whether the advice was taken
 * (not under a sanitizer or valgrind, whose malloc is not glibc's heap, nor
 * on a kernel without THP); either way malloc works as before. Not for a
 * library's callers: it changes the whole process's malloc. */
bool base_alloc_tune_process(void);

/* The same for the calling thread's own heap (engine/pool.c calls it as a
 * worker starts): glibc gives each thread a heap of its own, so the threads
 * never wait on one heap's lock (one heap for all made -j2 on the 10k repo
 * slower than -j1), and after base_alloc_tune_process each such heap is one
 * 64 MiB read-write mapping, whose first 16 MiB are advised here to huge
 * pages; its first 2 MiB,
 * which glibc wrote before the advice (they would stay 4 KiB pages), are
 * held by one block never touched, so the thread's blocks start on the first
 * huge page (2 MiB of address space per thread, no memory). Does nothing
 * when base_alloc_tune_process did not take. */
void base_alloc_tune_thread(void);

#endif
