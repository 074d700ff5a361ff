/* writefile.c — base_write_file_atomic (writefile.h). */
#include "writefile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"

/* Writes and closes f: 0 or an errno. */
static int write_all(FILE *f, const void *bytes, size_t len) {
  if (!f) return errno ? errno : EIO;
  int err = fwrite(bytes, 1, len, f) == len ? 0 : (errno ? errno : EIO);
  if (fclose(f) != 0 && !err) err = errno ? errno : EIO;
  return err;
}

int base_write_file_atomic(const char *path, const void *bytes, size_t len) {
  struct stat st;
  bool exists = stat(path, &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) return write_all(fopen(path, "wb"), bytes, len);
  size_t pl = strlen(path);
  char *tmp = base_xmalloc(pl + 8);
  snprintf(tmp, pl + 8, "%s.tmp~", path);
  int err = write_all(fopen(tmp, "wb"), bytes, len);
  if (!err && exists && chmod(tmp, st.st_mode & 07777) != 0) err = errno;
  if (!err && rename(tmp, path) != 0) err = errno;
  if (err) remove(tmp);
  free(tmp);
  return err;
}

FILE *base_scratch_file(void) {
  FILE *f = tmpfile();
  if (f) {
    int fl = fcntl(fileno(f), F_GETFD);
    if (fl < 0 || fcntl(fileno(f), F_SETFD, fl | FD_CLOEXEC) < 0) {
      int e = errno;
      fclose(f);
      errno = e;
      return NULL;
    }
  }
  return f;
}

int base_scratch_fd(void) {
  FILE *f = tmpfile();
  if (!f) return -1;
  int fd = fcntl(fileno(f), F_DUPFD_CLOEXEC, 0);
  int e = errno;
  fclose(f);
  errno = e;
  return fd;
}
