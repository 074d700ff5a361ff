/* test_cli_readfile.c — reading one input file: with the walker's size, with
 * no size (fstat first), and with ENGINE_SIZE_REGULAR (readdir said regular,
 * nobody stat'ed it: one read into a first buffer, a short read is the end,
 * fstat only when the buffer fills or nothing came back); and the walker's
 * side of it: which files it leaves unstat'ed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "readfile.h"
#include "writefile.h"
#include "test_tree_util.h"
#include "walk.h"

/* A file of n bytes: 'a'..'z' repeated, a newline every 64 bytes. */
static char *pattern(size_t n) {
  char *s = malloc(n + 1);
  assert_non_null(s);
  for (size_t i = 0; i < n; i++)
    s[i] = i % 64 == 63 ? '\n' : (char)('a' + i % 26);
  s[n] = 0;
  return s;
}

/* Sizes around the first buffer (16 KiB) and well past it. */
static const size_t SIZES[] = {0, 1, 100, 16382, 16383, 16384, 16385, 40000};

static int setup(void **state) {
  (void)state;
  tree_make("readfile");
  for (size_t i = 0; i < sizeof SIZES / sizeof *SIZES; i++) {
    char name[32];
    snprintf(name, sizeof name, "f%zu.yaml", SIZES[i]);
    char *s = pattern(SIZES[i]);
    tree_put(name, s, SIZES[i]);
    free(s);
  }
  assert_int_equal(mkdir(tree_at("dir.yaml"), 0755), 0);
  assert_int_equal(mkfifo(tree_at("pipe.yaml"), 0644), 0);
  /* a socket: open() fails (ENXIO), which is not "unreadable" either */
  int sock = socket(AF_UNIX, SOCK_STREAM, 0);
  assert_true(sock >= 0);
  struct sockaddr_un sa = {.sun_family = AF_UNIX};
  const char *sp = tree_at("sock.tf");
  assert_true(strlen(sp) < sizeof sa.sun_path);
  memcpy(sa.sun_path, sp, strlen(sp) + 1);
  assert_int_equal(bind(sock, (struct sockaddr *)&sa, sizeof sa), 0);
  close(sock);
  assert_int_equal(mkdir(tree_at("w"), 0755), 0);
  tree_put_str("w/big.tf", "variable \"x\" {}\n# padding padding padding\n");
  tree_put_str("w/big.yaml", "a: 1\n# padding padding padding padding\n");
  tree_put_str("w/small.yaml", "a: 1\n");
  tree_put_str("w/Dockerfile", "FROM x\n");
  tree_put_str("w/README.md", "hi\n");
  return 0;
}

/* Every size reads back byte for byte, NUL-terminated, whichever size the
 * caller passes: the exact one, none, or ENGINE_SIZE_REGULAR. */
static void test_read_sizes(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof SIZES / sizeof *SIZES; i++) {
    char name[32];
    snprintf(name, sizeof name, "f%zu.yaml", SIZES[i]);
    char *want = pattern(SIZES[i]);
    const uint64_t how[] = {SIZES[i], CLI_SIZE_UNKNOWN, ENGINE_SIZE_REGULAR};
    for (size_t k = 0; k < 3; k++) {
      size_t len = 12345;
      const char *why = NULL;
      char *buf = base_read_file(tree_at(name), how[k], 1 << 20, &len, &why);
      assert_non_null(buf);
      assert_null(why);
      assert_int_equal(len, SIZES[i]);
      assert_memory_equal(buf, want, SIZES[i] + 1); /* with the NUL */
      free(buf);
    }
    free(want);
  }
}

/* Over the limit: "too large" whether the size was known up front, found by
 * fstat first, or found once the first buffer filled. */
static void test_read_too_large(void **state) {
  (void)state;
  const uint64_t how[] = {40000, CLI_SIZE_UNKNOWN, ENGINE_SIZE_REGULAR};
  for (size_t k = 0; k < 3; k++) {
    size_t len = 0;
    const char *why = NULL;
    assert_null(base_read_file(tree_at("f40000.yaml"), how[k], 20000, &len, &why));
    assert_string_equal(why, "too large");
  }
  /* under the first buffer: read whole, then found over the limit */
  for (size_t k = 0; k < 3; k++) {
    size_t len = 0;
    const char *why = NULL;
    assert_null(base_read_file(tree_at("f100.yaml"),
                               (uint64_t[]){100, CLI_SIZE_UNKNOWN, ENGINE_SIZE_REGULAR}[k], 50,
                               &len, &why));
    assert_string_equal(why, "too large");
  }
  /* exactly at the limit is not over it */
  size_t len = 0;
  const char *why = NULL;
  char *buf = base_read_file(tree_at("f100.yaml"), ENGINE_SIZE_REGULAR, 100, &len, &why);
  assert_non_null(buf);
  assert_int_equal(len, 100);
  free(buf);
}

/* Not regular files: a directory, a FIFO or a socket where readdir saw a
 * regular file (replaced since the walk) is skipped as such, never read or
 * waited on. */
static void test_read_not_regular(void **state) {
  (void)state;
  const char *names[] = {"dir.yaml", "pipe.yaml", "sock.tf"};
  for (size_t i = 0; i < 3; i++) {
    const uint64_t how[] = {5, CLI_SIZE_UNKNOWN, ENGINE_SIZE_REGULAR};
    for (size_t k = 0; k < 3; k++) {
      size_t len = 0;
      const char *why = NULL;
      assert_null(base_read_file(tree_at(names[i]), how[k], 1 << 20, &len, &why));
      assert_string_equal(why, "not a regular file");
    }
  }
  size_t len = 0;
  const char *why = NULL;
  assert_null(base_read_file(tree_at("missing.yaml"), ENGINE_SIZE_REGULAR, 1 << 20, &len, &why));
  assert_string_equal(why, "unreadable");
}

/* The walker stats only what it must: YAML/JSON and Dockerfiles readdir
 * typed as regular come unsized (the reader decides "too large"); Terraform
 * files keep their size and the walker's "too large". */
static void test_walk_unstated(void **state) {
  (void)state;
  engine_walk w;
  char dir[300];
  snprintf(dir, sizeof dir, "%s/w", root);
  const char *paths[] = {dir};
  engine_walk_options o = {.max_file_size = 20};
  assert_int_equal(engine_walk_paths(&w, paths, 1, &o), 0);
  assert_int_equal(w.n_files, 5);
  assert_string_equal(w.files[0].rel, "Dockerfile");
  assert_int_equal(w.files[0].kind, ENGINE_FILE_DOCKERFILE);
  assert_true(w.files[0].size == ENGINE_SIZE_REGULAR);
  assert_string_equal(w.files[1].rel, "README.md");
  assert_string_equal(w.files[1].skip_reason, "not IaC");
  assert_string_equal(w.files[2].rel, "big.tf");
  assert_int_equal(w.files[2].kind, ENGINE_FILE_SKIP);
  assert_string_equal(w.files[2].skip_reason, "too large");
  assert_string_equal(w.files[3].rel, "big.yaml");
  assert_int_equal(w.files[3].kind, ENGINE_FILE_DOC);
  assert_true(w.files[3].size == ENGINE_SIZE_REGULAR);
  assert_string_equal(w.files[4].rel, "small.yaml");
  /* and the reader then finds big.yaml too large, small.yaml not */
  size_t len = 0;
  const char *why = NULL;
  assert_null(base_read_file(w.files[3].path, w.files[3].size, 20, &len, &why));
  assert_string_equal(why, "too large");
  why = NULL;
  char *buf = base_read_file(w.files[4].path, w.files[4].size, 20, &len, &why);
  assert_non_null(buf);
  assert_null(why);
  assert_string_equal(buf, "a: 1\n");
  free(buf);
  engine_walk_free(&w);
}

/* scratch files (spools, spilled records) are closed on exec: a `git` child
 * (--changed-since) must not inherit them */
static void test_scratch_cloexec(void **state) {
  (void)state;
  int fd = base_scratch_fd();
  assert_true(fd >= 0);
  assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
  assert_int_equal(write(fd, "abc", 3), 3);
  char b[3];
  assert_int_equal(pread(fd, b, 3, 0), 3);
  assert_memory_equal(b, "abc", 3);
  close(fd);
  FILE *f = base_scratch_file();
  assert_non_null(f);
  assert_true(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC);
  fclose(f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_read_sizes),       cmocka_unit_test(test_read_too_large),
      cmocka_unit_test(test_read_not_regular), cmocka_unit_test(test_walk_unstated),
      cmocka_unit_test(test_scratch_cloexec),
  };
  return cmocka_run_group_tests(tests, setup, tree_teardown);
}
