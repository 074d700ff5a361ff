/* yaml_floor.c — the benchmark floor: a bare libyaml parse of every file, nothing built.
 *
 *   yaml_floor [FILE...]        (no arguments: one file name per line on stdin)
 *   yaml_floor -l LIST          (file names, one per line, read from LIST)
 *
 * For each file: one read() of the whole file (what a scanner must do anyway),
 * then yaml_parser_parse until STREAM-END, deleting each event. No tree, no
 * strings kept, single-threaded. This is the least work any YAML-reading
 * scanner can do, so Vigil's `-j1` time over the same files is compared with it.
 * Prints one line: "files N bytes N events N errors N"; exit 1 if a file could
 * not be read (a parse error is counted, not fatal: it is the same for Vigil). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

typedef struct floor_stats {
  unsigned long files, bytes, events, errors;
} floor_stats;

static unsigned char *buf;
static size_t buf_cap;

/* Reads path into the reused buffer; returns its length or -1. */
static long read_all(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    close(fd);
    return -1;
  }
  size_t want = (size_t)st.st_size + 1;
  if (want > buf_cap) {
    unsigned char *nb = realloc(buf, want);
    if (!nb) {
      close(fd);
      return -1;
    }
    buf = nb;
    buf_cap = want;
  }
  size_t got = 0;
  while (got < (size_t)st.st_size) {
    ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += (size_t)n;
  }
  close(fd);
  return (long)got;
}

static int parse_file(const char *path, floor_stats *s) {
  long len = read_all(path);
  if (len < 0) {
    fprintf(stderr, "yaml_floor: %s: %s\n", path, strerror(errno));
    return -1;
  }
  yaml_parser_t p;
  yaml_parser_initialize(&p);
  yaml_parser_set_input_string(&p, buf, (size_t)len);
  for (;;) {
    yaml_event_t ev;
    if (!yaml_parser_parse(&p, &ev)) {
      s->errors++;
      break;
    }
    s->events++;
    int done = ev.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&ev);
    if (done) break;
  }
  yaml_parser_delete(&p);
  s->files++;
  s->bytes += (unsigned long)len;
  return 0;
}

int main(int argc, char **argv) {
  floor_stats s = {0, 0, 0, 0};
  int bad = 0;
  if (argc > 1 && strcmp(argv[1], "-l") != 0) {
    for (int i = 1; i < argc; i++)
      bad |= parse_file(argv[i], &s) != 0;
  } else {
    FILE *list = stdin;
    if (argc > 1 && (argc != 3 || !(list = fopen(argv[2], "r")))) {
      fprintf(stderr, "yaml_floor: usage: yaml_floor [-l LIST | FILE...]\n");
      return 2;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, list)) > 0) {
      if (line[n - 1] == '\n') line[--n] = '\0';
      if (n > 0) bad |= parse_file(line, &s) != 0;
    }
    free(line);
    if (list != stdin) fclose(list);
  }
  free(buf);
  printf("files %lu bytes %lu events %lu errors %lu\n", s.files, s.bytes, s.events, s.errors);
  return bad ? 1 : 0;
}
