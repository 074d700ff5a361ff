/* test_cache.c — incremental scans: the read log (readfile.h) records what a
 * unit read and tells when it changed; the unit cache (cache.h) gives back
 * exactly what was stored, and only while the read log holds. End to end
 * (formats, corruption, processes, --changed-since): tests/incr/suite.sh. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <nettle/umac.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "cache.h"
#include "readfile.h"
#include "test_tree_util.h"

/* the scan's --max-file-size, as engine_cache_open is given it; no scope */
enum { MAX_READ = 1 << 20 };
static const engine_cache_bounds BOUNDS = {.max_read = MAX_READ};

static int setup(void **state) {
  (void)state;
  tree_make("cache");
  return 0;
}

static char *path_of(const char *rel) {
  return strdup(tree_at(rel));
}

static void put(const char *rel, const char *text) {
  tree_put(rel, text, strlen(text));
}

/* Reads rel through base_read_file (what loaders do). */
static void read_it(const char *path) {
  size_t len;
  const char *why;
  free(base_read_file(path, CLI_SIZE_UNKNOWN, 1 << 20, &len, &why));
}

static void test_log_file(void **state) {
  (void)state;
  put("a/x.tf", "resource \"a\" \"b\" {}\n");
  char *p = path_of("a/x.tf");
  base_read_log log = {0};
  read_it(p); /* not recording: not logged */
  base_read_log_begin(&log);
  read_it(p);
  read_it(p); /* twice: one entry */
  base_read_log_end();
  read_it(p);
  assert_int_equal(log.n, 1);
  assert_int_equal(log.e[0].kind, BASE_READ_FILE);
  assert_string_equal(log.e[0].path, p);
  /* just written: its ctime is recent, so no stat signature is trusted */
  assert_int_equal(log.e[0].sig.valid, 0);
  assert_true(base_read_entry_current(&log.e[0]));

  /* same size, same mtime, other bytes: found by the digest */
  struct stat st;
  assert_int_equal(stat(p, &st), 0);
  put("a/x.tf", "resource \"a\" \"c\" {}\n");
  struct timespec ts[2] = {st.st_atim, st.st_mtim};
  assert_int_equal(utimensat(AT_FDCWD, p, ts, 0), 0);
  assert_false(base_read_entry_current(&log.e[0]));
  put("a/x.tf", "resource \"a\" \"b\" {}\n");
  assert_true(base_read_entry_current(&log.e[0]));
  unlink(p);
  assert_false(base_read_entry_current(&log.e[0]));
  put("a/x.tf", "resource \"a\" \"b\" {}\n");
  base_read_log_free(&log);
  free(p);
}

static void test_log_missing_file(void **state) {
  (void)state;
  char *p = path_of("a/terraform.tfvars");
  base_read_log log = {0};
  base_read_log_begin(&log);
  read_it(p); /* not there: its absence is what the unit saw */
  base_read_log_end();
  assert_int_equal(log.n, 1);
  assert_true(base_read_entry_current(&log.e[0]));
  put("a/terraform.tfvars", "x = 1\n");
  assert_false(base_read_entry_current(&log.e[0]));
  unlink(p);
  base_read_log_free(&log);
  free(p);
}

static void test_log_dir_and_probe(void **state) {
  (void)state;
  put("m/main.tf", "variable \"v\" {}\n");
  put("m/policy.json", "{}\n");
  char *dir = path_of("m"), *pol = path_of("m/policy.json"), *ln = path_of("m/link.json");
  base_read_log log = {0};
  base_read_log_dir(dir); /* not recording */
  assert_int_equal(log.n, 0);
  base_read_log_begin(&log);
  base_read_log_dir(dir);
  base_read_log_probe(pol, 1 << 20);
  base_read_log_end();
  assert_int_equal(log.n, 2);
  assert_int_equal(log.e[0].kind, BASE_READ_DIR);
  assert_int_equal(log.e[1].kind, BASE_READ_PROBE);
  assert_true(base_read_entry_current(&log.e[0]));
  assert_true(base_read_entry_current(&log.e[1]));
  put("m/b.auto.tfvars", "v = 1\n"); /* a new file: the listing changed */
  assert_false(base_read_entry_current(&log.e[0]));
  unlink(tree_at("m/b.auto.tfvars"));
  assert_true(base_read_entry_current(&log.e[0]));
  put("m/policy.json", "{\"a\": 1}\n");
  assert_false(base_read_entry_current(&log.e[1]));
  put("m/policy.json", "{}\n");
  assert_true(base_read_entry_current(&log.e[1]));

  /* a probe follows the real path: a symlink moved to equal bytes elsewhere counts */
  put("m/other.json", "{}\n");
  assert_int_equal(symlink("policy.json", ln), 0);
  base_read_log_begin(&log);
  base_read_log_probe(ln, 1 << 20);
  base_read_log_end();
  assert_true(base_read_entry_current(&log.e[0]));
  unlink(ln);
  assert_int_equal(symlink("other.json", ln), 0);
  assert_false(base_read_entry_current(&log.e[0]));
  unlink(ln);
  base_read_log_free(&log);
  free(dir);
  free(pol);
  free(ln);
}

/* One unit stored and looked up again: the same results, warnings, errors,
 * skip and marks; a miss once a file it read changed. */
static void test_cache_round_trip(void **state) {
  (void)state;
  put("u/ecr.yaml", "Resources: {}\n");
  char *doc = path_of("u/ecr.yaml"), *dir = path_of("cachedir");
  uint8_t ctx[32] = {1, 2, 3}, key[32];
  char err[256];
  engine_cache *c = engine_cache_open(dir, ctx, &BOUNDS, stderr, err, sizeof err);
  assert_non_null(c);
  const char *paths[] = {doc};
  engine_cache_key(c, false, "ecr.yaml", paths, 1, key);

  base_arena a;
  base_arena_init(&a);
  engine_unit_results ur = {.arena = &a, .file = "ecr.yaml"};
  engine_unit_results got = {.arena = &a};
  engine_cache_unit m = {0}, gm;
  assert_false(engine_cache_lookup(c, key, false, &got, &gm));

  base_read_log log = {0};
  base_read_log_begin(&log);
  read_it(doc);
  base_read_log_end();
  engine_result res[2] = {{.rule = 3,
                           .status = VM_FAIL,
                           .severity = 2,
                           .file = "ecr.yaml",
                           .line = 4,
                           .col = 7,
                           .resource = "AWS::ECR::Repository.R",
                           .resource_type = "AWS::ECR::Repository",
                           .format = "cloudformation",
                           .message = "mutable",
                           .reason = NULL},
                          {.rule = 4,
                           .status = VM_UNKNOWN,
                           .severity = 1,
                           .file = "ecr.yaml",
                           .line = 9,
                           .col = 1,
                           .resource = "AWS::ECR::Repository.R",
                           .resource_type = "AWS::ECR::Repository",
                           .format = "cloudformation",
                           .message = "",
                           .reason = "!Ref P has no Default",
                           .suppression = "waived",
                           .suppression_kind = "inline"}};
  engine_file_error e = {"ecr.yaml", 1, 2, "oops"};
  engine_warning w = {"ecr.yaml", 3, 4, "suppression for X matches nothing"};
  ur.results = res;
  ur.n_results = 2;
  ur.errors = &e;
  ur.n_errors = 1;
  ur.warnings = &w;
  ur.n_warnings = 1;
  m.n_resources = 1;
  engine_cache_store(c, key, &log, &ur, &m);
  engine_cache_count(c, false);
  engine_cache_stats st;
  engine_cache_close(c, &st);
  assert_int_equal(st.misses, 1);

  c = engine_cache_open(dir, ctx, &BOUNDS, stderr, err, sizeof err);
  assert_non_null(c);
  assert_true(engine_cache_lookup(c, key, false, &got, &gm));
  /* the results stay encoded where the entry has them, decoded on demand */
  assert_int_equal(got.n_results, 0);
  assert_non_null(gm.results);
  assert_true(engine_cache_results_decode(gm.results, gm.results_len, &got));
  assert_int_equal(got.n_results, 2);
  got.n_results = got.n_errors = got.n_warnings = 0; /* or decoded by the lookup */
  assert_true(engine_cache_lookup(c, key, true, &got, &gm));
  assert_int_equal(got.n_results, 2);
  assert_int_equal(got.results[1].rule, 4);
  assert_int_equal(got.results[1].status, VM_UNKNOWN);
  assert_int_equal(got.results[0].line, 4);
  assert_string_equal(got.results[1].resource, "AWS::ECR::Repository.R");
  assert_string_equal(got.results[1].reason, "!Ref P has no Default");
  assert_string_equal(got.results[1].suppression_kind, "inline");
  assert_null(got.results[0].reason);
  assert_null(got.results[0].suppression);
  /* a report keeps the format by pointer: the static name comes back */
  assert_ptr_equal(got.results[0].format, iac_format_name(IAC_FMT_CLOUDFORMATION));
  assert_int_equal(got.n_errors, 1);
  assert_string_equal(got.errors[0].message, "oops");
  assert_int_equal(got.n_warnings, 1);
  assert_int_equal(got.warnings[0].col, 4);
  assert_null(gm.skip);
  assert_int_equal(gm.n_resources, 1);
  /* the strings are the pack's own (no copy): they outlive the arena */
  base_arena_reset(&a);
  assert_string_equal(got.results[0].message, "mutable");
  assert_string_equal(got.errors[0].file, "ecr.yaml");
  uint8_t other[32];
  engine_cache_key(c, true, "ecr.yaml", paths, 1, other); /* another kind, another unit */
  got.n_results = got.n_errors = got.n_warnings = 0;
  assert_false(engine_cache_lookup(c, other, false, &got, &gm));
  engine_cache_close(c, NULL);

  put("u/ecr.yaml", "Resources: {A: 1}\n");
  c = engine_cache_open(dir, ctx, &BOUNDS, stderr, err, sizeof err);
  got.n_results = got.n_errors = got.n_warnings = 0;
  assert_false(engine_cache_lookup(c, key, false, &got, &gm));
  assert_int_equal(got.n_results, 0);
  engine_cache_close(c, &st);
  assert_int_equal(st.hits, 0);
  assert_int_equal(st.ignored, 0);

  free(got.results);
  free(got.errors);
  free(got.warnings);
  base_read_log_free(&log);
  base_arena_free(&a);
  free(doc);
  free(dir);
}

/* A pack's bytes, whole (malloc'd; *n its length). */
static uint8_t *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  uint8_t *b = malloc(1 << 20);
  *n = fread(b, 1, 1 << 20, f);
  fclose(f);
  return b;
}

/* Where `what` (n bytes) is in the entry e[0..len), or NULL. */
static uint8_t *find_in(uint8_t *e, size_t len, const char *what, size_t n) {
  for (size_t i = 0; i + n <= len; i++)
    if (!memcmp(e + i, what, n)) return e + i;
  return NULL;
}

/* The message's NUL gone (a string handed out of the pack would run on). */
static void drop_nul(uint8_t *e, size_t len) {
  uint8_t *mk = find_in(e, len, "MARKER", 6);
  assert_non_null(mk);
  assert_int_equal(mk[6], 0);
  mk[6] = 'X';
}

/* A format no loader has (a report keeps the format by its static name). */
static void bad_format(uint8_t *e, size_t len) {
  uint8_t *f = find_in(e, len, "cloudformation", 14);
  assert_non_null(f);
  f[13] = 'X';
}

/* The first result's file said to be the same as the result's before it,
 * when there is none (9 bytes shorter: its string gone). */
static void same_as_nothing(uint8_t *e, size_t len) {
  uint32_t same = UINT32_MAX - 1;
  /* str file after u32 rule, u8 status, u8 severity: u32 8, "ecr.yaml", NUL */
  uint8_t *file = find_in(e, len, "\x08\0\0\0ecr.yaml", 12);
  assert_non_null(file);
  memcpy(file, &same, 4);
  memmove(file + 4, file + 13, (size_t)(e + len - (file + 13)));
}

/* An entry whose tag is right but whose results would not decode (mutate):
 * its layout is wrong, it is not trusted, and the unit is evaluated; the
 * lookup refuses it, not the reader of its results (they are handed on
 * encoded: engine_cache_unit results). */
static void corrupt_entry_refused(const char *name, void (*mutate)(uint8_t *e, size_t len)) {
  char rel[64], cdir[64];
  snprintf(rel, sizeof rel, "v-%s/ecr.yaml", name);
  snprintf(cdir, sizeof cdir, "cachedir-%s", name);
  put(rel, "Resources: {}\n");
  char *doc = path_of(rel), *dir = path_of(cdir);
  uint8_t ctx[32] = {4, 5, 6}, key[32];
  char err[256];
  engine_cache *c = engine_cache_open(dir, ctx, &BOUNDS, NULL, err, sizeof err);
  assert_non_null(c);
  const char *paths[] = {doc};
  engine_cache_key(c, false, "ecr.yaml", paths, 1, key);
  base_arena a;
  base_arena_init(&a);
  engine_result res = {.rule = 1,
                       .status = VM_FAIL,
                       .file = "ecr.yaml",
                       .format = "cloudformation",
                       .message = "MARKER"};
  engine_unit_results ur = {.arena = &a, .file = "ecr.yaml", .results = &res, .n_results = 1};
  engine_cache_unit m = {0}, gm;
  base_read_log log = {0};
  base_read_log_begin(&log);
  read_it(doc);
  base_read_log_end();
  engine_cache_store(c, key, &log, &ur, &m);
  engine_cache_close(c, NULL);

  /* the pack: its one file in dir; its one entry after the header */
  char pack[4096];
  char cmd[4200];
  snprintf(cmd, sizeof cmd, "ls %s/*.pack", dir);
  FILE *p = popen(cmd, "r");
  assert_non_null(fgets(pack, sizeof pack, p));
  pclose(p);
  pack[strcspn(pack, "\n")] = 0;
  size_t n;
  uint8_t *b = slurp(pack, &n);
  uint32_t vn;
  memcpy(&vn, b + 14, 4);
  size_t at = 18 + vn + 32; /* "VIGILPACK\n" u32 format, u32 + version, context */
  uint32_t len;
  memcpy(&len, b + at, 4);
  uint8_t *e = b + at + 4;
  assert_int_equal(at + 4 + len, n);
  mutate(e, len);
  if (mutate == same_as_nothing) { /* 9 bytes shorter */
    len -= 9;
    n -= 9;
    memcpy(b + at, &len, 4);
  }
  /* the tag made right again (cache.c entry_tag) */
  struct umac128_ctx h;
  static const uint8_t nonce[16] = {0};
  umac128_set_key(&h, (const uint8_t *)"vigil unit cache");
  umac128_set_nonce(&h, sizeof nonce, nonce);
  umac128_update(&h, len - 16, e);
  umac128_digest(&h, 16, e + len - 16);
  FILE *f = fopen(pack, "wb");
  assert_int_equal(fwrite(b, 1, n, f), n);
  fclose(f);

  char *diag = NULL;
  size_t diag_len = 0;
  FILE *d = open_memstream(&diag, &diag_len);
  c = engine_cache_open(dir, ctx, &BOUNDS, d, err, sizeof err);
  engine_unit_results got = {.arena = &a};
  assert_false(engine_cache_lookup(c, key, false, &got, &gm));
  assert_int_equal(got.n_results, 0);
  engine_cache_stats st;
  engine_cache_close(c, &st);
  fclose(d);
  assert_int_equal(st.ignored, 1);
  assert_non_null(strstr(diag, "ignored: corrupt (its layout is wrong)"));
  free(diag);
  free(got.results);
  free(b);
  base_read_log_free(&log);
  base_arena_free(&a);
  free(doc);
  free(dir);
}

static void test_cache_string_without_nul(void **state) {
  (void)state;
  corrupt_entry_refused("nul", drop_nul);
}
static void test_cache_unknown_format(void **state) {
  (void)state;
  corrupt_entry_refused("format", bad_format);
}
static void test_cache_same_as_nothing(void **state) {
  (void)state;
  corrupt_entry_refused("same", same_as_nothing);
}

/* Stores an entry with no results for the unit of doc ("ecr.yaml") in the
 * cache dir of context ctx, log its read log; its key in *key. */
static void store_unit(const char *dir, const uint8_t ctx[32], const char *doc,
                       const base_read_log *log, uint8_t key[32]) {
  char err[256];
  engine_cache *c = engine_cache_open(dir, ctx, &BOUNDS, NULL, err, sizeof err);
  assert_non_null(c);
  const char *paths[] = {doc};
  engine_cache_key(c, false, "ecr.yaml", paths, 1, key);
  base_arena a;
  base_arena_init(&a);
  engine_unit_results ur = {.arena = &a, .file = "ecr.yaml"};
  engine_cache_unit m = {0};
  engine_cache_store(c, key, log, &ur, &m);
  engine_cache_close(c, NULL);
  base_arena_free(&a);
}

/* An entry's read log says how much of a file to read (its max): whoever can
 * write the cache can say "all of it" of any file. The check reads no more
 * than the scan's --max-file-size (engine_cache_open's max_read): a 64 GiB
 * sparse file named with no limit is "too large", the entry not current, and
 * nothing the size of the file is allocated (before: base_oom's abort). */
static void test_cache_read_log_max_is_the_scan_limit(void **state) {
  (void)state;
  put("big/ecr.yaml", "Resources: {}\n");
  char *doc = path_of("big/ecr.yaml"), *dir = path_of("cachedir-big"), *big = path_of("big/huge");
  int fd = open(big, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  assert_true(fd >= 0);
  if (ftruncate(fd, (off_t)64 << 30) != 0) { /* a file system without sparse files */
    close(fd);
    skip();
  }
  close(fd);
  uint8_t ctx[32] = {7, 8, 9}, key[32];
  base_read_log log = {0};
  base_read_log_begin(&log);
  base_read_log_note(big, UINT64_MAX, "x", 1, NULL, 0); /* unsigned: just made */
  base_read_log_end();
  store_unit(dir, ctx, doc, &log, key);

  char err[256];
  base_arena a;
  base_arena_init(&a);
  engine_unit_results got = {.arena = &a};
  engine_cache_unit gm;
  engine_cache *c = engine_cache_open(dir, ctx, &BOUNDS, NULL, err, sizeof err);
  assert_false(engine_cache_lookup(c, key, false, &got, &gm));
  engine_cache_stats st;
  engine_cache_close(c, &st);
  assert_int_equal(st.ignored, 0); /* not corrupt: only not current */
  unlink(big);
  base_read_log_free(&log);
  base_arena_free(&a);
  free(doc);
  free(dir);
  free(big);
}

/* A read log is held to the scan's scope (engine_cache_bounds): a logged
 * file outside the scan paths and not a --var-file makes its entry not
 * current, without a stat, a read or a warning (the unit is evaluated); the
 * same entry is current when the file is a --var-file, below a root given
 * with a "/./x/.." detour, or when no scope is given. (The miss last: an
 * entry not reused is not written to the next pack.) */
static void test_cache_read_log_scope(void **state) {
  (void)state;
  put("scope/in/ecr.yaml", "Resources: {}\n");
  put("scope-out/vars.tfvars", "x = 1\n");
  char *doc = path_of("scope/in/ecr.yaml"), *dir = path_of("cachedir-scope");
  char *scope = path_of("scope"), *var = path_of("scope-out/vars.tfvars");
  uint8_t ctx[32] = {0x5c}, key[32];
  base_read_log log = {0};
  base_read_log_begin(&log);
  read_it(doc);
  read_it(var); /* outside the scan path */
  base_read_log_end();
  store_unit(dir, ctx, doc, &log, key);

  char detour[4200];
  snprintf(detour, sizeof detour, "%s/./in/..", scope);
  const char *roots[] = {scope}, *detours[] = {detour}, *files[] = {var};
  const struct {
    engine_cache_bounds b;
    bool hit;
  } cases[] = {
      {{MAX_READ, roots, 1, files, 1}, true},   /* a --var-file */
      {{MAX_READ, detours, 1, files, 1}, true}, /* the root, spelt otherwise */
      {{MAX_READ, NULL, 0, NULL, 0}, true},     /* no scope */
      {{MAX_READ, roots, 1, NULL, 0}, false},   /* outside: not current */
  };
  char err[256];
  base_arena a;
  base_arena_init(&a);
  engine_unit_results got = {.arena = &a};
  engine_cache_unit gm;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *diag = NULL;
    size_t diag_len = 0;
    FILE *d = open_memstream(&diag, &diag_len);
    engine_cache *c = engine_cache_open(dir, ctx, &cases[i].b, d, err, sizeof err);
    got.n_results = got.n_errors = got.n_warnings = 0;
    assert_int_equal(engine_cache_lookup(c, key, false, &got, &gm), cases[i].hit);
    engine_cache_stats st;
    engine_cache_close(c, &st);
    fclose(d);
    assert_int_equal(st.ignored, 0);
    assert_int_equal(diag_len, 0); /* no warning either way */
    free(diag);
  }
  base_read_log_free(&log);
  base_arena_free(&a);
  free(doc);
  free(dir);
  free(scope);
  free(var);
}

/* A listing's names are joined to its directory by the walk: one that is
 * not a file name ("..", "a/b", "") is a way out of the scan, which no walk
 * writes. The listings entry is ignored with a warning, and the walk lists
 * the directories itself. */
static void test_cache_listing_names(void **state) {
  (void)state;
  char *dir = path_of("cachedir-names"), err[256];
  uint8_t ctx[32] = {0x4e};
  static const char *const bad[] = {"..", "../escape.yaml", "a/b.yaml", "", "."};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    engine_walk_name names[] = {{"a.yaml", 8}, {bad[i], 8}};
    engine_walk_listing one = {"/x/dir", {.valid = 1, .ino = 42}, names, 2};
    engine_walk w = {.listings = &one, .n_listings = 1};
    engine_cache *c = engine_cache_open(dir, ctx, &BOUNDS, NULL, err, sizeof err);
    assert_non_null(c);
    engine_cache_listings(c);
    engine_cache_keep_listings(c, &w);
    engine_cache_close(c, NULL);

    char *diag = NULL;
    size_t diag_len = 0;
    FILE *d = open_memstream(&diag, &diag_len);
    c = engine_cache_open(dir, ctx, &BOUNDS, d, err, sizeof err);
    engine_cache_listings(c);
    assert_null(engine_cache_listed(c, "/x/dir"));
    engine_cache_stats st;
    engine_cache_close(c, &st);
    fclose(d);
    assert_int_equal(st.ignored, 1);
    assert_non_null(strstr(diag, "ignored: corrupt (a listed name is not a file name)"));
    free(diag);
  }
  free(dir);
}

/* A pack is read whole into memory, and whoever can write the cache can make
 * it any size: one past 4 GiB (sparse: no disk) is not read, with a warning,
 * and its units are evaluated (st.ignored). Before, it was a 4 GiB buffer
 * and a 4 GiB read. */
static void test_cache_pack_too_big(void **state) {
  (void)state;
  char *dir = path_of("cachedir-huge");
  uint8_t ctx[32] = {0xab}, key[32];
  char err[256];
  engine_cache *c = engine_cache_open(dir, ctx, &BOUNDS, NULL, err, sizeof err);
  assert_non_null(c);
  engine_cache_close(c, NULL);
  char pack[4200];
  snprintf(pack, sizeof pack, "%s/ab000000000000000000000000000000.pack", dir);
  int fd = open(pack, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  assert_true(fd >= 0);
  if (ftruncate(fd, ((off_t)4 << 30) + 1) != 0) { /* a file system without sparse files */
    close(fd);
    skip();
  }
  close(fd);
  char *diag = NULL;
  size_t diag_len = 0;
  FILE *d = open_memstream(&diag, &diag_len);
  c = engine_cache_open(dir, ctx, &BOUNDS, d, err, sizeof err);
  assert_non_null(c);
  const char *paths[] = {"x.yaml"};
  engine_cache_key(c, false, "x.yaml", paths, 1, key);
  base_arena a;
  base_arena_init(&a);
  engine_unit_results got = {.arena = &a};
  engine_cache_unit gm;
  assert_false(engine_cache_lookup(c, key, false, &got, &gm));
  engine_cache_stats st;
  engine_cache_close(c, &st);
  fclose(d);
  assert_int_equal(st.ignored, 1);
  assert_non_null(strstr(diag, "ab000000000000000000000000000000.pack ignored: 4294967297 bytes, "
                               "more than a scan reads ("));
  free(diag);
  unlink(pack);
  base_arena_free(&a);
  free(dir);
}

/* The walk's listings are the pack's first entry, also when a later scan
 * reuses them unchanged and stores something else: the next scan's walk
 * takes them while the rest of the pack is still being read. */
static void test_cache_listings_first(void **state) {
  (void)state;
  char *dir = path_of("cachedir-first"), err[256];
  uint8_t ctx[32] = {7, 8, 9}, key[32];
  engine_walk_name names[] = {{"a.yaml", 8}};
  engine_walk_listing one = {"/x/dir", {.valid = 1, .ino = 42}, names, 1};
  engine_walk w = {.listings = &one, .n_listings = 1};
  engine_cache *c = engine_cache_open(dir, ctx, &BOUNDS, stderr, err, sizeof err);
  assert_non_null(c);
  engine_cache_listings(c);
  assert_null(engine_cache_listed(c, "/x/dir"));
  engine_cache_keep_listings(c, &w);
  engine_cache_close(c, NULL);

  c = engine_cache_open(dir, ctx, &BOUNDS, stderr, err, sizeof err);
  engine_cache_listings(c);
  const engine_walk_listing *l = engine_cache_listed(c, "/x/dir");
  assert_non_null(l);
  assert_int_equal(l->n, 1);
  assert_string_equal(l->names[0].name, "a.yaml");
  assert_int_equal(l->sig.ino, 42);
  engine_walk w2 = {.listings = (engine_walk_listing *)l, .n_listings = 1, .n_listed = 1};
  engine_cache_keep_listings(c, &w2); /* unchanged: reused */
  const char *paths[] = {"/x/dir/a.yaml"};
  engine_cache_key(c, false, "a.yaml", paths, 1, key);
  base_arena a;
  base_arena_init(&a);
  engine_unit_results ur = {.arena = &a, .file = "a.yaml"};
  engine_cache_unit m = {0}, gm;
  base_read_log log = {0};
  engine_cache_store(c, key, &log, &ur, &m); /* something new: the pack is written again */
  engine_cache_close(c, NULL);

  char cmd[4200], pack[4096];
  snprintf(cmd, sizeof cmd, "ls %s/*.pack", dir);
  FILE *p = popen(cmd, "r");
  assert_non_null(fgets(pack, sizeof pack, p));
  pclose(p);
  pack[strcspn(pack, "\n")] = 0;
  size_t n;
  uint8_t *b = slurp(pack, &n);
  uint32_t vn, len;
  memcpy(&vn, b + 14, 4);
  size_t at = 18 + vn + 32;
  memcpy(&len, b + at, 4);
  bool has_dir = false;
  for (size_t i = 0; i + 7 <= len; i++)
    if (!memcmp(b + at + 4 + i, "/x/dir", 7)) has_dir = true; /* with its NUL */
  assert_true(has_dir);
  free(b);

  c = engine_cache_open(dir, ctx, &BOUNDS, stderr, err, sizeof err);
  engine_cache_listings(c);
  assert_non_null(engine_cache_listed(c, "/x/dir"));
  engine_unit_results got = {.arena = &a};
  assert_true(engine_cache_lookup(c, key, false, &got, &gm));
  engine_cache_stats st;
  engine_cache_close(c, &st);
  assert_int_equal(st.ignored, 0);
  free(got.results);
  base_arena_free(&a);
  free(dir);
}

static void test_cache_dir_error(void **state) {
  (void)state;
  put("plain", "x");
  char *p = path_of("plain/sub");
  uint8_t ctx[32] = {0};
  char err[600], want[600];
  assert_null(engine_cache_open(p, ctx, &BOUNDS, NULL, err, sizeof err));
  snprintf(want, sizeof want, "--cache %s: Not a directory", p);
  assert_string_equal(err, want);
  free(p);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_log_file),
      cmocka_unit_test(test_log_missing_file),
      cmocka_unit_test(test_log_dir_and_probe),
      cmocka_unit_test(test_cache_round_trip),
      cmocka_unit_test(test_cache_dir_error),
      cmocka_unit_test(test_cache_string_without_nul),
      cmocka_unit_test(test_cache_unknown_format),
      cmocka_unit_test(test_cache_same_as_nothing),
      cmocka_unit_test(test_cache_read_log_max_is_the_scan_limit),
      cmocka_unit_test(test_cache_pack_too_big),
      cmocka_unit_test(test_cache_read_log_scope),
      cmocka_unit_test(test_cache_listing_names),
      cmocka_unit_test(test_cache_listings_first),
  };
  return cmocka_run_group_tests(tests, setup, tree_teardown);
}
