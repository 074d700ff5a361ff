/* lock.h — mutexes for short critical sections.
 *
 * The scan's shared tables (the file table, the parse cache) are locked for
 * a hash lookup or an insert: a few hundred instructions. When two threads
 * meet on such a lock, a plain mutex puts the loser to sleep with futex(2)
 * and the winner wakes it with another: two system calls and a context
 * switch, ~10 µs on these VMs, for a wait of well under a microsecond. An
 * adaptive mutex spins briefly first (glibc's PTHREAD_MUTEX_ADAPTIVE_NP),
 * so a short wait costs no system call. A lock that may be held across a
 * system call or a parse is not one of these. */
#ifndef VIGIL_BASE_LOCK_H
#define VIGIL_BASE_LOCK_H

#include <pthread.h>

/* Initialises m as a short-section mutex (destroy it with
 * pthread_mutex_destroy as any other). */
void base_lock_init_short(pthread_mutex_t *m);

#endif
