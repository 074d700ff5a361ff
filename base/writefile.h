/* writefile.h — writing a whole file so that no reader ever sees half of it.
 *
 * Part of base/: no dependency on any other layer. */
#ifndef VIGIL_BASE_WRITEFILE_H
#define VIGIL_BASE_WRITEFILE_H

#include <stddef.h>

/* Writes len bytes to path through "PATH.tmp~", renamed over path once the
 * bytes are on disk: an interrupted write leaves the old file whole. An
 * existing file keeps its permission bits. A device or FIFO at path (-o
 * /dev/null, -o /dev/stdout) is written in place, since a rename would replace
 * the node with a regular file. Returns 0, or the errno of the step that
 * failed (the temporary file is removed). */
int base_write_file_atomic(const char *path, const void *bytes, size_t len);

#endif
