/* writefile.h — writing a whole file so that no reader ever sees half of it.
 *
 * Part of base/: no dependency on any other layer. */
#ifndef VIGIL_BASE_WRITEFILE_H
#define VIGIL_BASE_WRITEFILE_H

#include <stddef.h>
#include <stdio.h>

/* Writes len bytes to path through "PATH.tmp~", renamed over path once the
 * bytes are on disk: an interrupted write leaves the old file whole. An
 * existing file keeps its permission bits. A device or FIFO at path (-o
 * /dev/null, -o /dev/stdout) is written in place, since a rename would replace
 * the node with a regular file. Returns 0, or the errno of the step that
 * failed (the temporary file is removed). */
int base_write_file_atomic(const char *path, const void *bytes, size_t len);

/* A scratch file: unlinked (the stream or descriptor keeps it), and closed
 * on exec, so a child process (`git` for --changed-since) never inherits it.
 * NULL / -1 with errno set when none can be made. The caller closes it. */
FILE *base_scratch_file(void);
int base_scratch_fd(void);

#endif
