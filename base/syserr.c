/* syserr.c — see syserr.h. No _GNU_SOURCE here: strerror_r is the POSIX
 * one (returns int, fills the buffer). */
#include "syserr.h"

#include <stdio.h>
#include <string.h>

const char *base_strerror(int err) {
  static _Thread_local char buf[256];
  if (strerror_r(err, buf, sizeof buf) != 0) snprintf(buf, sizeof buf, "error %d", err);
  return buf;
}
