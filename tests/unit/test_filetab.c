/* test_filetab.c — the scan's file table (base/filetab.h) and the Terraform
 * reads made through it (iac_tf_cache_read, module listings, realpath): a
 * file or directory unchanged since the scan read it is not read again, one
 * that changed (in place, same size; replaced; a new entry) is, and every
 * use is still in the read log with the digest of what the reader got.
 *
 * A signature is only trusted when the file is over two seconds old (the
 * racy check), so the group setup makes the tree and waits three seconds. */
#include "test_tree_util.h"

#include <unistd.h>

#include <dirent.h>
#include <sys/stat.h>
#include <time.h>

#include "alloc.h"
#include "filetab.h"
#include "readfile.h"
#include "terraform.h"
#include "tf_parse_cache.h"

static const char MOD[] = "variable \"n\" {}\n"
                          "resource \"aws_s3_bucket\" \"b\" {\n  bucket = var.n\n}\n";
static const char CALL_A[] = "module \"m\" {\n  source = \"../mod\"\n  n = \"a\"\n}\n";
static const char CALL_B[] = "module \"m\" {\n  source = \"../link\"\n  n = \"b\"\n}\n";

static int setup(void **state) {
  (void)state;
  tree_make("filetab");
  tree_put_str("old.tf", "a = 1\n");
  tree_put_str("same.tf", "a = 1\n");
  tree_put_str("swap.tf", "a = 1\n");
  tree_put_str("snap.tf", "a = 1\n");
  tree_put_str("dir/one.tf", "a = 1\n");
  tree_put_str("mod/main.tf", MOD);
  tree_put_str("c/main.tf", "module \"m\" {\n  source = \"../mod2\"\n  n = \"c\"\n}\n");
  tree_put_str("mod2/main.tf", MOD);
  tree_put_str("put/x.tf", "a = 1\n");
  tree_put_str("put/grow.tf", "a = 1\n"); /* test_put_stat: unchanged */
  tree_put_str("a/main.tf", CALL_A);
  tree_put_str("b/main.tf", CALL_B);
  char target[512];
  snprintf(target, sizeof target, "%s", tree_at("mod"));
  assert_int_equal(symlink(target, tree_at("link")), 0);
  sleep(3); /* every file is now old enough for its signature to be trusted */
  return 0;
}

static void assert_stats(base_file_table *t, size_t hits, size_t reads) {
  size_t h, r;
  base_file_table_stats(t, &h, &r);
  assert_int_equal(h, hits);
  assert_int_equal(r, reads);
}

static char *read_seen(base_file_table *t, const char *rel, base_file_seen *seen) {
  size_t len;
  const char *why = NULL;
  char *buf = base_file_table_read(t, tree_at(rel), 1 << 20, &len, &why, seen);
  assert_non_null(buf);
  return buf;
}

/* An unchanged file: one read, then stat only, with the read's digest; a
 * lookup with a smaller limit than its size is no answer. */
static void test_unchanged(void **state) {
  (void)state;
  base_file_table *t = base_file_table_new();
  base_file_seen first, again;
  free(read_seen(t, "old.tf", &first));
  assert_true(first.sig.valid);
  assert_true(base_file_table_lookup(t, tree_at("old.tf"), 1 << 20, &again));
  assert_memory_equal(first.digest, again.digest, 32);
  assert_false(base_file_table_lookup(t, tree_at("old.tf"), 3, &again));
  assert_false(base_file_table_lookup(t, tree_at("absent.tf"), 1 << 20, &again));
  assert_stats(t, 1, 1);
  base_file_table_free(t);
}

/* A file rewritten in place with as many bytes (same inode and size) after
 * the scan read it: its ctime moved, it is read again and the new digest
 * replaces the old; written just now, its signature is not trusted, so each
 * later use reads it too. */
static void test_changed_mid_scan(void **state) {
  (void)state;
  base_file_table *t = base_file_table_new();
  base_file_seen before, after, look;
  free(read_seen(t, "same.tf", &before));
  tree_put_str("same.tf", "a = 2\n");
  assert_false(base_file_table_lookup(t, tree_at("same.tf"), 1 << 20, &look));
  char *buf = read_seen(t, "same.tf", &after);
  assert_string_equal(buf, "a = 2\n");
  free(buf);
  assert_memory_not_equal(before.digest, after.digest, 32);
  assert_false(after.sig.valid);
  assert_false(base_file_table_lookup(t, tree_at("same.tf"), 1 << 20, &look));
  assert_stats(t, 0, 2);
  base_file_table_free(t);
}

/* A file replaced by another (rename over it: another inode). */
static void test_replaced(void **state) {
  (void)state;
  base_file_table *t = base_file_table_new();
  base_file_seen seen, look;
  free(read_seen(t, "swap.tf", &seen));
  tree_put_str("swap.new", "b = 1\n");
  char to[512];
  snprintf(to, sizeof to, "%s", tree_at("swap.tf"));
  assert_int_equal(rename(tree_at("swap.new"), to), 0);
  assert_false(base_file_table_lookup(t, tree_at("swap.tf"), 1 << 20, &look));
  base_file_table_free(t);
}

/* A snapshot table (one scan's) trusts a recorded read without a stat: a
 * file replaced after the read still gives the read's digest (a scan sees
 * one version of each file), and a read whose signature was not valid is
 * still no answer. */
static void test_snapshot_no_stat(void **state) {
  (void)state;
  base_file_table *t = base_file_table_new();
  base_file_table_snapshot(t);
  tree_put_str("snap.new", "b = 2\n");
  base_file_seen seen, look;
  free(read_seen(t, "snap.new", &seen));
  assert_false(seen.sig.valid); /* written just now: not trusted */
  assert_false(base_file_table_lookup(t, tree_at("snap.new"), 1 << 20, &look));
  free(read_seen(t, "snap.tf", &seen));
  assert_true(seen.sig.valid);
  assert_true(base_file_table_unchanged(t, tree_at("snap.tf"), &seen.sig));
  char to[512];
  snprintf(to, sizeof to, "%s", tree_at("snap.tf"));
  assert_int_equal(rename(tree_at("snap.new"), to), 0);
  assert_true(base_file_table_lookup(t, tree_at("snap.tf"), 1 << 20, &look));
  assert_memory_equal(seen.digest, look.digest, 32);
  base_file_table_free(t);
  /* the same replacement seen by a table that is not a snapshot */
  t = base_file_table_new();
  assert_false(base_file_table_unchanged(t, tree_at("snap.tf"), &seen.sig));
  base_file_table_free(t);
}

/* A directory listed twice is listed once; an entry added since makes it
 * listed again, and the listing handed out before stays valid. The new
 * listing, of a directory changed just now, is the caller's: the table
 * keeps only listings it can trust, so one that keeps changing does not
 * pile up copies. */
static void test_listing(void **state) {
  (void)state;
  base_file_table *t = base_file_table_new();
  char dir[512];
  snprintf(dir, sizeof dir, "%s", tree_at("dir"));
  base_dir_seen own[4];
  const base_dir_seen *a = base_file_table_list(t, dir, &own[0]);
  assert_ptr_not_equal(a, &own[0]);
  assert_int_equal(a->e.n, 1);
  assert_true(a->sig.valid);
  const base_dir_seen *b = base_file_table_list(t, dir, &own[1]);
  assert_ptr_equal(a, b);
  assert_stats(t, 1, 1);
  tree_put_str("dir/two.tf", "b = 2\n");
  for (int k = 2; k < 4; k++) {
    const base_dir_seen *c = base_file_table_list(t, dir, &own[k]);
    assert_ptr_equal(c, &own[k]);
    assert_false(c->sig.valid);
    assert_int_equal(c->e.n, 2);
    assert_string_equal(c->e.v[1].name, "two.tf");
    assert_memory_not_equal(a->digest, c->digest, 32);
  }
  assert_int_equal(a->e.n, 1); /* still there for whoever holds it */
  assert_string_equal(a->e.v[0].name, "one.tf");
  base_dir_seen none;
  const base_dir_seen *d = base_file_table_list(t, tree_at("nodir"), &none);
  assert_ptr_equal(d, &none);
  assert_int_equal(d->e.err, ENOENT);
  assert_stats(t, 1, 4);
  for (int k = 0; k < 4; k++)
    base_dir_entries_free(&own[k].e);
  base_dir_entries_free(&none.e);
  base_file_table_free(t);
}

/* A listing the walk put (base_file_table_put_list) is the table's: listing
 * the directory returns it (here a made-up one, to tell it from the disk)
 * with no read; a second put of the same directory changes nothing; a
 * stat within the racy window is not kept, and the directory is listed. A
 * recording thread gets the put listing's digest in its log. */
static void test_put_list(void **state) {
  (void)state;
  base_file_table *t = base_file_table_new();
  base_file_table_snapshot(t);
  char dir[512];
  snprintf(dir, sizeof dir, "%s", tree_at("put"));
  struct stat st;
  assert_int_equal(stat(dir, &st), 0);
  base_dir_entries e = {base_xmalloc(2 * sizeof *e.v), 2, 0};
  e.v[0] = (base_dir_entry){base_xstrndup("made.tf", 7), DT_REG};
  e.v[1] = (base_dir_entry){base_xstrndup("up.tf", 5), DT_REG};
  base_file_table_put_list(t, dir, &e, &st);
  assert_null(e.v); /* taken */
  base_dir_entries again = {base_xmalloc(sizeof *again.v), 1, 0};
  again.v[0] = (base_dir_entry){base_xstrndup("other.tf", 8), DT_REG};
  base_file_table_put_list(t, dir, &again, &st); /* listed already: dropped */
  base_dir_seen own;
  base_read_log log = {0};
  base_read_log_begin(&log);
  const base_dir_seen *d = base_file_table_list(t, dir, &own);
  base_read_log_end();
  assert_ptr_not_equal(d, &own);
  assert_int_equal(d->e.n, 2);
  assert_string_equal(d->e.v[1].name, "up.tf");
  assert_true(d->sig.valid);
  assert_stats(t, 1, 0);
  uint8_t digest[32];
  base_dir_digest(&d->e, digest);
  assert_int_equal(log.n, 1);
  assert_memory_equal(log.e[0].digest, digest, 32);
  base_read_log_free(&log);

  /* a stat from just now: not trusted, not kept */
  base_file_table *u = base_file_table_new();
  base_file_table_snapshot(u);
  struct stat fresh = st;
  fresh.st_mtim.tv_sec = time(NULL);
  base_dir_entries f = {base_xmalloc(sizeof *f.v), 1, 0};
  f.v[0] = (base_dir_entry){base_xstrndup("made.tf", 7), DT_REG};
  base_file_table_put_list(u, dir, &f, &fresh);
  d = base_file_table_list(u, dir, &own);
  assert_int_equal(d->e.n, 2); /* the disk's: grow.tf, x.tf */
  assert_string_equal(d->e.v[0].name, "grow.tf");
  assert_stats(u, 0, 1);
  base_dir_entries_free(&own.e);
  base_file_table_free(u);
  base_file_table_free(t);
}

/* A file the walk stat'ed (base_file_table_put_stat) is read with that
 * stat's size and takes its signature, not one of its own (the stat given
 * here is made up: a ctime the file does not have); a lookup finds nothing
 * before the read, the read after it. A file whose size is not the stat's
 * is read whole and that read is not trusted (no signature); the next read
 * fstats it as usual. */
static void test_put_stat(void **state) {
  (void)state;
  base_file_table *t = base_file_table_new();
  base_file_table_snapshot(t); /* as a scan's: a signature once read holds */
  struct stat st;
  assert_int_equal(stat(tree_at("put/x.tf"), &st), 0);
  st.st_ctim.tv_nsec = st.st_ctim.tv_nsec == 1 ? 2 : 1;
  base_file_table_put_stat(t, tree_at("put/x.tf"), &st);
  base_file_seen seen;
  assert_false(base_file_table_lookup(t, tree_at("put/x.tf"), 1 << 20, &seen));
  char *buf = read_seen(t, "put/x.tf", &seen);
  assert_string_equal(buf, "a = 1\n");
  free(buf);
  base_file_sig want = base_file_sig_of_stat(&st);
  assert_memory_equal(&seen.sig, &want, sizeof want);
  base_file_seen again;
  assert_true(base_file_table_lookup(t, tree_at("put/x.tf"), 1 << 20, &again));
  assert_memory_equal(&again.sig, &want, sizeof want);
  assert_stats(t, 1, 1);

  assert_int_equal(stat(tree_at("put/grow.tf"), &st), 0);
  base_file_sig real = base_file_sig_of_stat(&st);
  st.st_size = 2; /* the file has 6 bytes */
  base_file_table_put_stat(t, tree_at("put/grow.tf"), &st);
  buf = read_seen(t, "put/grow.tf", &seen);
  assert_string_equal(buf, "a = 1\n");
  free(buf);
  assert_false(seen.sig.valid);
  assert_false(base_file_table_lookup(t, tree_at("put/grow.tf"), 1 << 20, &again));
  buf = read_seen(t, "put/grow.tf", &seen);
  free(buf);
  assert_memory_equal(&seen.sig, &real, sizeof real); /* its own fstat's */
  base_file_table_free(t);
}

/* What a unit's read log holds for a file it got from the table without
 * reading it: the digest and signature of the scan's read, which still
 * hold on a later look. */
static void test_logged_hit(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  base_arena a;
  base_arena_init(&a);
  base_read_log logs[2] = {{0}, {0}};
  const tf_parsed *trees[2];
  for (int k = 0; k < 2; k++) {
    base_read_log_begin(&logs[k]);
    tf_source s = {0};
    tf_cache_ent *held;
    trees[k] = iac_tf_cache_read(c, &a, tree_at("mod/main.tf"), 1 << 20, NULL, true, &s, &held);
    base_read_log_end();
    assert_non_null(trees[k]);
    iac_tf_cache_expect(c, tree_at("mod/main.tf"), 1, true);
    iac_tf_cache_release(c, held);
  }
  assert_ptr_equal(trees[0], trees[1]);
  size_t hits, reads;
  base_file_table_stats(iac_tf_cache_files(c), &hits, &reads);
  assert_int_equal(hits, 1);
  assert_int_equal(reads, 1);
  for (int k = 0; k < 2; k++) {
    assert_int_equal(logs[k].n, 1);
    assert_int_equal(logs[k].e[0].kind, BASE_READ_FILE);
    assert_string_equal(logs[k].e[0].path, tree_at("mod/main.tf"));
    assert_true(logs[k].e[0].sig.valid);
    assert_true(base_read_entry_current(&logs[k].e[0]));
  }
  assert_memory_equal(logs[0].e[0].digest, logs[1].e[0].digest, 32);
  base_read_log_free(&logs[0]);
  base_read_log_free(&logs[1]);
  base_arena_free(&a);
  iac_tf_cache_free(c);
}

/* The parse a reader gets after the file changed is the new bytes'. */
static void test_changed_parse(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  base_arena a;
  base_arena_init(&a);
  tree_put_str("dir/val.tf", "locals {\n  v = 1\n}\n");
  const double values[2] = {1, 22};
  for (int k = 0; k < 2; k++) {
    if (k) tree_put_str("dir/val.tf", "locals {\n  v = 22\n}\n");
    tf_source s = {0};
    tf_cache_ent *held;
    const tf_parsed *r =
        iac_tf_cache_read(c, &a, tree_at("dir/val.tf"), 1 << 20, NULL, true, &s, &held);
    assert_non_null(r->body);
    const hcl_expr *e = r->body->blocks[0].body->attrs[0].expr;
    assert_int_equal(e->kind, HX_LIT);
    assert_int_equal(e->lit->kind, DOC_NUMBER);
    assert_true(e->lit->u.num == values[k]);
    iac_tf_cache_release(c, held);
  }
  base_arena_free(&a);
  iac_tf_cache_free(c);
}

/* A module directory reached through a symbolic link resolves to the
 * directory it names; a dangling link or a missing directory to nothing. */
static void test_symlinked_module(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  char *real = realpath(tree_at("mod"), NULL);
  assert_non_null(real);
  char link[512], rel[600];
  snprintf(link, sizeof link, "%s", tree_at("link"));
  assert_string_equal(iac_tf_cache_realpath(c, link), real);
  assert_string_equal(iac_tf_cache_realpath(c, tree_at("mod")), real);
  snprintf(rel, sizeof rel, "%s/./", link);
  assert_string_equal(iac_tf_cache_realpath(c, rel), real);
  snprintf(rel, sizeof rel, "%s/../mod", link); /* ".." after a link is not lexical */
  char *want = realpath(rel, NULL);
  assert_non_null(want);
  assert_string_equal(iac_tf_cache_realpath(c, rel), want);
  free(want);
  assert_null(iac_tf_cache_realpath(c, tree_at("nodir/x")));
  assert_null(iac_tf_cache_realpath(c, tree_at("old.tf/x")));
  free(real);
  iac_tf_cache_free(c);
}

static void serial_runner(void *ctx, size_t n, iac_tf_job_fn fn, void *fn_ctx) {
  (void)ctx;
  for (size_t j = 0; j < n; j++)
    fn(fn_ctx, j);
}

/* Two roots call one module directory (one through a symbolic link): root
 * finding reads every file once and parses (and records in the table) those
 * that call a module, keeping no tree; the loads then read the callers
 * again, take the module's bytes from root finding, and list each directory
 * from the table. */
static void test_two_roots(void **state) {
  (void)state;
  char d[3][512];
  snprintf(d[0], sizeof d[0], "%s/a", root);
  snprintf(d[1], sizeof d[1], "%s/b", root);
  snprintf(d[2], sizeof d[2], "%s/mod", root);
  const char *dirs[3] = {d[0], d[1], d[2]};
  bool is_root[3];
  iac_tf_cache *c = iac_tf_cache_new(0);
  base_file_table *t = iac_tf_cache_files(c);
  iac_tf_runner runner = {serial_runner, NULL};
  iac_tf_find_roots(dirs, 3, is_root, NULL, c, &runner);
  assert_true(is_root[0] && is_root[1] && !is_root[2]);
  /* three listings and the two files that can call a module; mod/main.tf
   * cannot: it was read, neither hashed nor recorded (its unit reads it) */
  assert_stats(t, 0, 5);
  size_t hits, misses;
  iac_tf_cache_stats(c, &hits, &misses);
  assert_int_equal(misses, 2); /* the callers */
  for (int k = 0; k < 2; k++) {
    char f[600];
    snprintf(f, sizeof f, "%s/main.tf", dirs[k]);
    const char *files[1] = {f};
    iac_tf_options opt = {.cache = c};
    iac_unit *u = iac_tf_load_module(dirs[k], files, 1, &opt);
    assert_int_equal(u->n_resources, 1);
    iac_tf_unit_release(u);
    iac_unit_free(u);
  }
  /* a: its listing (auto tfvars), mod's listing; a's and b's files are
   * looked up (root finding held their trees for their units: unchanged,
   * not read again); mod's file is parsed from root finding's bytes (no
   * tree of it was made: no lookup; unchanged: not read again, recorded as
   * read); b: its listing; link/ is another path: listed and read once */
  assert_stats(t, 5, 8);
  iac_tf_cache_stats(c, &hits, &misses);
  /* mod/main.tf, and link/main.tf: another path (a's and b's trees: hits) */
  assert_int_equal(misses, 4);
  size_t kept, taken;
  iac_tf_cache_source_stats(c, &kept, &taken);
  assert_int_equal(kept, 1); /* mod/main.tf (link/ is nobody's module directory) */
  assert_int_equal(taken, 1);
  iac_tf_cache_free(c);
}

/* A module file root finding kept the bytes of, rewritten before its unit
 * runs: a scan is a snapshot (one version of a file per scan), so the unit
 * parses the bytes root finding read and logs their digest, not the new
 * bytes' (the next --cache scan sees the file changed and evaluates the
 * unit again). */
static void test_kept_source_snapshot(void **state) {
  (void)state;
  char d[2][512];
  snprintf(d[0], sizeof d[0], "%s/c", root);
  snprintf(d[1], sizeof d[1], "%s/mod2", root);
  const char *dirs[2] = {d[0], d[1]};
  bool is_root[2];
  iac_tf_cache *c = iac_tf_cache_new(0);
  iac_tf_find_roots(dirs, 2, is_root, NULL, c, NULL);
  assert_true(is_root[0] && !is_root[1]);
  size_t kept, taken;
  iac_tf_cache_source_stats(c, &kept, &taken);
  assert_int_equal(kept, 1);
  static const char NEW[] = "variable \"n\" {}\n"
                            "resource \"aws_s3_bucket\" \"b\" {\n  bucket = var.n\n}\n"
                            "resource \"aws_s3_bucket\" \"b2\" {\n  bucket = var.n\n}\n";
  tree_put_str("mod2/main.tf", NEW);
  char f[600];
  snprintf(f, sizeof f, "%s/main.tf", dirs[0]);
  const char *files[1] = {f};
  iac_tf_options opt = {.cache = c};
  base_read_log log = {0};
  base_read_log_begin(&log);
  iac_unit *u = iac_tf_load_module(dirs[0], files, 1, &opt);
  base_read_log_end();
  assert_int_equal(u->n_resources, 1); /* the kept bytes' */
  iac_tf_cache_source_stats(c, &kept, &taken);
  assert_int_equal(taken, 1);
  uint8_t want[32];
  base_read_digest(MOD, strlen(MOD), NULL, 0, want);
  bool logged = false;
  for (size_t i = 0; i < log.n; i++)
    if (log.e[i].kind == BASE_READ_FILE && strstr(log.e[i].path, "mod2/main.tf")) {
      assert_memory_equal(log.e[i].digest, want, 32);
      logged = true;
    }
  assert_true(logged);
  base_read_log_free(&log);
  iac_tf_unit_release(u);
  iac_unit_free(u);
  iac_tf_cache_free(c);
}

/* A lazy table hashes a read only for a thread that records: a read made
 * outside a read log is recorded unhashed and answers later lookups made
 * outside one; a recording thread is not given it (it reads again, and that
 * read is hashed: the digest of the bytes, in the log). A failed read is
 * hashed either way. */
static void test_lazy_digest(void **state) {
  (void)state;
  base_file_table *t = base_file_table_new();
  base_file_table_lazy(t);
  base_file_seen seen, look;
  free(read_seen(t, "old.tf", &seen));
  assert_false(seen.hashed);
  assert_true(seen.sig.valid);
  assert_true(base_file_table_lookup(t, tree_at("old.tf"), 1 << 20, &look));
  assert_false(look.hashed);
  base_read_log log = {0};
  base_read_log_begin(&log);
  assert_true(base_read_log_recording());
  assert_false(base_file_table_lookup(t, tree_at("old.tf"), 1 << 20, &look));
  free(read_seen(t, "old.tf", &seen));
  assert_true(seen.hashed);
  uint8_t want[32];
  base_read_digest("a = 1\n", 6, NULL, 0, want);
  assert_memory_equal(seen.digest, want, 32);
  assert_true(base_file_table_lookup(t, tree_at("old.tf"), 1 << 20, &look));
  assert_true(look.hashed);
  assert_memory_equal(look.digest, want, 32);
  base_read_log_end();
  assert_false(base_read_log_recording());
  assert_int_equal(log.n, 1);
  assert_memory_equal(log.e[0].digest, want, 32);
  size_t len;
  const char *why = NULL;
  assert_null(base_file_table_read(t, tree_at("absent.tf"), 1 << 20, &len, &why, &seen));
  assert_true(seen.hashed);
  assert_stats(t, 2, 3);
  base_read_log_free(&log);
  base_file_table_free(t);
}

/* Through the parse cache (whose table is lazy): a unit outside a read log
 * and then one inside it get one tree (keyed by the file's signature, not by
 * a digest); the second reads the file again for its log, which gets the
 * digest of the bytes. */
static void test_lazy_parse_then_logged(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  base_arena a;
  base_arena_init(&a);
  const char *path = tree_at("mod/main.tf");
  iac_tf_cache_expect(c, path, 2, true);
  const tf_parsed *trees[2];
  tf_cache_ent *held[2];
  base_read_log log = {0};
  for (int k = 0; k < 2; k++) {
    if (k) base_read_log_begin(&log);
    tf_source s = {0};
    trees[k] = iac_tf_cache_read(c, &a, path, 1 << 20, NULL, true, &s, &held[k]);
    assert_non_null(trees[k]);
    if (k) base_read_log_end();
  }
  assert_ptr_equal(trees[0], trees[1]);
  size_t hits, misses;
  iac_tf_cache_stats(c, &hits, &misses);
  assert_int_equal(hits, 1);
  assert_int_equal(misses, 1);
  assert_stats(iac_tf_cache_files(c), 0, 2);
  uint8_t want[32];
  base_read_digest(MOD, strlen(MOD), NULL, 0, want);
  assert_int_equal(log.n, 1);
  assert_memory_equal(log.e[0].digest, want, 32);
  assert_true(base_read_entry_current(&log.e[0]));
  for (int k = 0; k < 2; k++)
    iac_tf_cache_release(c, held[k]);
  base_read_log_free(&log);
  base_arena_free(&a);
  iac_tf_cache_free(c);
}

/* The warnings of module dir's load from root (a fresh directory calling
 * ../dir), through the cache c. */
static size_t load_warnings(iac_tf_cache *c, const char *rootdir, const char *dir) {
  char rel[128], f[600];
  snprintf(rel, sizeof rel, "%s/main.tf", rootdir);
  char call[256];
  snprintf(call, sizeof call, "module \"m\" {\n  source = \"../%s\"\n}\n", dir);
  tree_put_str(rel, call);
  snprintf(f, sizeof f, "%s", tree_at(rel));
  char d[600];
  snprintf(d, sizeof d, "%s", tree_at(rootdir));
  const char *files[1] = {f};
  iac_tf_options opt = {.cache = c};
  iac_unit *u = iac_tf_load_module(d, files, 1, &opt);
  size_t n = 0;
  for (size_t i = 0; i < u->n_errors; i++) {
    assert_int_equal(u->errors[i].severity, IAC_SEV_WARNING);
    assert_non_null(strstr(u->errors[i].message, "duplicate variable"));
    n++;
  }
  iac_tf_unit_release(u);
  iac_unit_free(u);
  return n;
}

/* A module another root loaded from the same trees is not checked for
 * declarations made twice again (iac_tf_cache_nodup), but only then: one
 * with a duplicate warns in every root that calls it, and one edited
 * between two roots to declare a variable twice warns in the second. */
static void test_nodup_memo(void **state) {
  (void)state;
  iac_tf_cache *c = iac_tf_cache_new(0);
  /* the trees stay cached between the roots, as in a scan */
  const char *kept[3] = {"dup/main.tf", "nodup/main.tf", "nodup/more.tf"};
  for (int i = 0; i < 3; i++)
    iac_tf_cache_expect(c, tree_at(kept[i]), 100, true);
  tree_put_str("dup/main.tf", "variable \"x\" {}\nvariable \"x\" {}\n");
  assert_int_equal(load_warnings(c, "r1", "dup"), 1);
  assert_int_equal(load_warnings(c, "r2", "dup"), 1);
  tree_put_str("nodup/main.tf", "variable \"y\" {}\n");
  tree_put_str("nodup/more.tf", "variable \"z\" {}\n");
  assert_int_equal(load_warnings(c, "s1", "nodup"), 0);
  assert_int_equal(load_warnings(c, "s2", "nodup"), 0);
  tree_put_str("nodup/more.tf", "variable \"y\" {}\n");
  assert_int_equal(load_warnings(c, "s3", "nodup"), 1);
  assert_int_equal(load_warnings(c, "s4", "nodup"), 1);
  iac_tf_cache_free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_unchanged),     cmocka_unit_test(test_changed_mid_scan),
      cmocka_unit_test(test_replaced),      cmocka_unit_test(test_snapshot_no_stat),
      cmocka_unit_test(test_listing),       cmocka_unit_test(test_logged_hit),
      cmocka_unit_test(test_put_list),      cmocka_unit_test(test_put_stat),
      cmocka_unit_test(test_changed_parse), cmocka_unit_test(test_symlinked_module),
      cmocka_unit_test(test_two_roots),     cmocka_unit_test(test_kept_source_snapshot),
      cmocka_unit_test(test_lazy_digest),   cmocka_unit_test(test_lazy_parse_then_logged),
      cmocka_unit_test(test_nodup_memo),
  };
  return cmocka_run_group_tests(tests, setup, tree_teardown);
}
