/* syserr.h — the text of an errno value for messages, safe on worker threads.
 *
 * strerror() may return a buffer shared by every thread (POSIX does not make
 * it thread-safe); scans load files on a pool. base_strerror gives the same
 * text as strerror, from strerror_r into a buffer of the calling thread.
 *
 * Ownership: the string is the calling thread's; it stays valid until that
 * thread's next base_strerror call (copy it to keep it longer). */
#ifndef VIGIL_BASE_SYSERR_H
#define VIGIL_BASE_SYSERR_H

const char *base_strerror(int err);

#endif
