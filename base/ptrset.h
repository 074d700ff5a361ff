/* base/ptrset.h — a set of pointer pairs, for walks over values built by
 * sharing.
 *
 * A Terraform value is a DAG: `l1 = [local.l0, local.l0]`, 64 times over, is
 * 65 nodes with 2^64 paths, and a walk of every path (a search for an
 * unknown, a deep comparison) never ends. Such a walk notes the containers
 * (or pairs of containers) it has been through and skips one met again; a
 * walk that meets few nodes never allocates one (callers first walk with a
 * step count and build a set only past it).
 *
 * Not thread-safe (one walk's); ownership: the set owns its slots, released
 * by base_ptrset_free. A zeroed base_ptrset is an empty set. */
#ifndef VIGIL_BASE_PTRSET_H
#define VIGIL_BASE_PTRSET_H

#include <stdbool.h>
#include <stddef.h>

typedef struct base_ptrset {
  const void *(*slot)[2]; /* open addressing; {NULL, _} is free */
  size_t cap, n;
} base_ptrset;

/* Adds the pair (a, b) (a not NULL; b may be NULL for a set of single
 * pointers): true when it was not in the set. */
bool base_ptrset_add(base_ptrset *s, const void *a, const void *b);
void base_ptrset_free(base_ptrset *s);

#endif
