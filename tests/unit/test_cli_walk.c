/* test_cli_walk.c — the file walker: order, classification, default skips,
 * size limit, symlink loops, symlinks out of the root, special files, explicit
 * files, missing paths. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "readfile.h"
#include "test_tree_util.h"
#include "walk.h"

static void dir(const char *rel) {
  assert_int_equal(mkdir(tree_at(rel), 0755), 0);
}

static int setup(void **state) {
  (void)state;
  tree_make("walk");
  dir("b");
  dir("b/sub");
  dir(".git");
  dir("node_modules");
  dir(".terraform");
  dir("d");
  tree_put_str("d/k.yaml", "");
  tree_put_str("a.yaml", "x: 1\n");
  tree_put_str("b/c.json", "{}");
  tree_put_str("b.yaml", "x: 2\n"); /* "b.yaml" < "b/...": files in byte order of their paths */
  tree_put_str("b/main.tf", "");
  tree_put_str("b/prod.tfvars", "");
  tree_put_str("b/sub/z.yml", "");
  tree_put_str("README.md", "hi");
  tree_put_str("Dockerfile.prod", "FROM x\n");
  tree_put_str("stack.template", "");
  tree_put_str(".git/config.yaml", "");
  tree_put_str("node_modules/p.json", "");
  tree_put_str(".terraform/m.tf", "");
  tree_put_str("big.json", "0123456789012345678901234567890123456789");
  char p[512], t[512];
  snprintf(p, sizeof p, "%s/b/sub/loop", root);
  assert_int_equal(symlink("..", p), 0);
  snprintf(p, sizeof p, "%s/dangling.yaml", root);
  assert_int_equal(symlink("nowhere", p), 0);
  snprintf(p, sizeof p, "%s/pipe.yaml", root);
  assert_int_equal(mkfifo(p, 0644), 0);
  snprintf(t, sizeof t, "%s/b", root);
  snprintf(p, sizeof p, "%s/b-again", root);
  assert_int_equal(symlink(t, p), 0);
  return 0;
}

static const char *describe(const engine_walk_file *f, char *buf, size_t cap) {
  static const char *kinds[] = {"skip", "doc", "terraform", "dockerfile"};
  if (f->kind == ENGINE_FILE_SKIP)
    snprintf(buf, cap, "%s skip:%s", f->rel, f->skip_reason);
  else
    snprintf(buf, cap, "%s %s", f->rel, kinds[f->kind]);
  return buf;
}

static void test_walk_directory(void **state) {
  (void)state;
  engine_walk w;
  const char *paths[] = {root};
  engine_walk_options o = {.max_file_size = 20};
  assert_int_equal(engine_walk_paths(&w, paths, 1, &o), 0);
  char all[4096] = "", buf[512];
  for (size_t i = 0; i < w.n_files; i++) {
    strcat(all, describe(&w.files[i], buf, sizeof buf));
    strcat(all, "\n");
  }
  assert_string_equal(all, "Dockerfile.prod dockerfile\n"
                           "README.md skip:not IaC\n"
                           "a.yaml doc\n"
                           /* the symlink "b-again" sorts as "b-again/", before "b.yaml"
                            * and "b/": it is walked, and b is the one already scanned */
                           "b-again/c.json doc\n"
                           "b-again/main.tf terraform\n"
                           "b-again/prod.tfvars terraform\n"
                           "b-again/sub/loop skip:symlink loop\n"
                           "b-again/sub/z.yml doc\n"
                           "b.yaml doc\n"
                           "b skip:already scanned\n"
                           "big.json doc\n"
                           "d/k.yaml doc\n"
                           "dangling.yaml skip:unreadable\n"
                           "pipe.yaml skip:not a regular file\n"
                           "stack.template doc\n");
  /* files of one directory share one dir string (Terraform module grouping) */
  assert_ptr_equal(w.files[4].dir, w.files[5].dir);
  assert_string_equal(w.files[4].rel, "b-again/main.tf");
  /* regular files readdir typed are not stat'ed: the reader sizes them (and
   * finds big.json "too large", see test_cli_readfile) */
  assert_true(w.files[2].size == 5 || w.files[2].size == ENGINE_SIZE_REGULAR);
  /* one directory scanned: every report name is the tail of its open path,
   * not a copy (the walk's memory at 100k files) */
  for (size_t i = 0; i < w.n_files; i++) {
    size_t lp = strlen(w.files[i].path), lr = strlen(w.files[i].rel);
    assert_ptr_equal(w.files[i].rel, w.files[i].path + lp - lr);
    /* and its name to open in its directory is the tail too (an offset:
     * the record is 48 bytes) */
    const char *name = engine_walk_file_name(&w.files[i]), *slash = strrchr(w.files[i].path, '/');
    if (w.files[i].kind != ENGINE_FILE_SKIP) assert_ptr_equal(name, slash + 1);
  }
  assert_int_equal(sizeof(engine_walk_file), 48);
  engine_walk_free(&w);
}

static bool exclude_b(void *ctx, const char *rel, bool is_dir) {
  (void)ctx;
  return is_dir && !strcmp(rel, "b");
}

static void test_walk_exclude_hook(void **state) {
  (void)state;
  engine_walk w;
  const char *paths[] = {root};
  engine_walk_options o = {.exclude = exclude_b};
  assert_int_equal(engine_walk_paths(&w, paths, 1, &o), 0);
  bool saw = false;
  for (size_t i = 0; i < w.n_files; i++) {
    assert_true(strncmp(w.files[i].rel, "b/", 2) != 0);
    if (!strcmp(w.files[i].rel, "b")) {
      assert_string_equal(w.files[i].skip_reason, "excluded");
      saw = true;
    }
  }
  assert_true(saw);
  engine_walk_free(&w);
}

static void test_walk_several_paths_and_files(void **state) {
  (void)state;
  char a[512], b[512], readme[512];
  snprintf(a, sizeof a, "%s//d/", root);
  snprintf(b, sizeof b, "%s/a.yaml", root);
  snprintf(readme, sizeof readme, "%s/README.md", root);
  const char *paths[] = {a, b, readme};
  engine_walk w;
  assert_int_equal(engine_walk_paths(&w, paths, 3, NULL), 0);
  assert_int_equal(w.n_files, 3);
  /* several roots: paths as given (normalised), so they cannot collide */
  char expect[512];
  snprintf(expect, sizeof expect, "%s/d/k.yaml", root);
  assert_string_equal(w.files[0].rel, expect);
  assert_string_equal(w.files[1].rel, b);
  assert_int_equal(w.files[1].kind, ENGINE_FILE_DOC);
  /* named explicitly: read whatever the extension, the loader decides */
  assert_int_equal(w.files[2].kind, ENGINE_FILE_DOC);
  /* opened by its path, not in a directory */
  assert_null(engine_walk_file_name(&w.files[1]));
  assert_null(engine_walk_file_name(&w.files[2]));
  assert_string_equal(engine_walk_file_name(&w.files[0]), "k.yaml");
  engine_walk_free(&w);
}

static void test_walk_missing_path(void **state) {
  (void)state;
  const char *paths[] = {"/nonexistent/vigil/path"};
  engine_walk w;
  assert_int_equal(engine_walk_paths(&w, paths, 1, NULL), -1);
  assert_string_equal(w.error, "/nonexistent/vigil/path: No such file or directory");
  engine_walk_free(&w);
}

static void test_walk_relative_dot(void **state) {
  (void)state;
  char cwd[512];
  assert_non_null(getcwd(cwd, sizeof cwd));
  char sub[512];
  snprintf(sub, sizeof sub, "%s/b", root);
  assert_int_equal(chdir(sub), 0);
  const char *paths[] = {"."};
  engine_walk w;
  assert_int_equal(engine_walk_paths(&w, paths, 1, NULL), 0);
  assert_string_equal(w.files[0].rel, "c.json");
  assert_string_equal(w.files[0].path, "./c.json");
  assert_string_equal(w.files[3].rel, "sub/loop");
  engine_walk_free(&w);
  assert_int_equal(chdir(cwd), 0);
}

/* Lists a walk of path as "rel kind" lines into all. */
static void walk_list(const char *path, const engine_walk_options *o, char *all, size_t cap) {
  engine_walk w;
  const char *paths[] = {path};
  assert_int_equal(engine_walk_paths(&w, paths, 1, o), 0);
  char buf[512];
  all[0] = 0;
  for (size_t i = 0; i < w.n_files; i++) {
    assert_true(strlen(all) + 520 < cap);
    strcat(all, describe(&w.files[i], buf, sizeof buf));
    strcat(all, "\n");
  }
  engine_walk_free(&w);
}

static void link_at(const char *target, const char *base, const char *rel) {
  char p[600];
  snprintf(p, sizeof p, "%s/%s", base, rel);
  assert_int_equal(symlink(target, p), 0);
}

/* issue 13: a symlink that resolves outside the scan root is not followed
 * (file, directory, "/", a sibling whose name starts like the root's, an
 * absolute path that goes out and back in is followed: it resolves inside),
 * unless follow_symlinks; never into /proc, /sys or /dev. */
static void test_walk_symlinks_out_of_root(void **state) {
  (void)state;
  char top[] = "/tmp/vigil-walk-out-XXXXXX", in[64], p[600];
  assert_non_null(mkdtemp(top));
  snprintf(in, sizeof in, "%s/in", top);
  const char *dirs[] = {"in", "in/sub", "in2", "out"};
  for (size_t i = 0; i < 4; i++) {
    snprintf(p, sizeof p, "%s/%s", top, dirs[i]);
    assert_int_equal(mkdir(p, 0755), 0);
  }
  const char *files[] = {"in/a.yaml", "in/sub/b.yaml", "in2/c.yaml", "out/secret.yaml"};
  for (size_t i = 0; i < 4; i++) {
    snprintf(p, sizeof p, "%s/%s", top, files[i]);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs("x: 1\n", f);
    fclose(f);
  }
  link_at("../out/secret.yaml", in, "file-out.yaml");
  link_at("../out", in, "dir-out");
  link_at("/", in, "slash");
  link_at("../in2", in, "sib"); /* "/…/in2" starts with "/…/in" */
  snprintf(p, sizeof p, "%s/in/../out/../in/a.yaml", top);
  link_at(p, in, "back-in.yaml");
  link_at("sub/b.yaml", in, "inside.yaml");
  link_at("../..", in, "sub/up"); /* above the root */
  char all[4096];
  walk_list(in, NULL, all, sizeof all);
  assert_string_equal(all, "a.yaml doc\n"
                           "back-in.yaml doc\n"
                           "dir-out skip:outside the scan root\n"
                           "file-out.yaml skip:outside the scan root\n"
                           "inside.yaml doc\n"
                           "sib skip:outside the scan root\n"
                           "slash skip:outside the scan root\n"
                           "sub/b.yaml doc\n"
                           "sub/up skip:outside the scan root\n");
  /* the root itself reached through a symlink: judged where it resolves */
  snprintf(p, sizeof p, "%s/via", top);
  assert_int_equal(symlink("in", p), 0);
  char all2[4096];
  walk_list(p, NULL, all2, sizeof all2);
  assert_string_equal(all2, all);

  /* opted in: followed, but not into the kernel's directories */
  assert_int_equal(unlink(strcat(strcpy(p, in), "/slash")), 0);
  assert_int_equal(unlink(strcat(strcpy(p, in), "/sub/up")), 0);
  link_at("/proc", in, "proc");
  link_at("/dev/null", in, "null.yaml");
  link_at("/sys", in, "sys");
  engine_walk_options o = {.follow_symlinks = true};
  walk_list(in, &o, all, sizeof all);
  assert_string_equal(all, "a.yaml doc\n"
                           "back-in.yaml doc\n"
                           "dir-out/secret.yaml doc\n"
                           "file-out.yaml doc\n"
                           "inside.yaml doc\n"
                           "null.yaml skip:system directory\n"
                           "proc skip:system directory\n"
                           "sib/c.yaml doc\n"
                           "sub/b.yaml doc\n"
                           "sys skip:system directory\n");
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", top);
  assert_int_equal(system(cmd), 0);
}

static void test_classify(void **state) {
  (void)state;
  assert_int_equal(engine_walk_classify("x/y.yaml"), ENGINE_FILE_DOC);
  assert_int_equal(engine_walk_classify("y.YAML"), ENGINE_FILE_SKIP);
  assert_int_equal(engine_walk_classify("main.tf.json"), ENGINE_FILE_TERRAFORM);
  assert_int_equal(engine_walk_classify("a.tfvars.json"), ENGINE_FILE_TERRAFORM);
  assert_int_equal(engine_walk_classify("Dockerfile"), ENGINE_FILE_DOCKERFILE);
  assert_int_equal(engine_walk_classify("api.Dockerfile"), ENGINE_FILE_DOCKERFILE);
  assert_int_equal(engine_walk_classify("dockerfile.dev"), ENGINE_FILE_DOCKERFILE);
  assert_int_equal(engine_walk_classify("Dockerfile-old"), ENGINE_FILE_SKIP);
  assert_int_equal(engine_walk_classify("notes.txt"), ENGINE_FILE_SKIP);
  assert_int_equal(engine_walk_classify("tf"), ENGINE_FILE_SKIP);
}

/* The tf_dir hook (root finding during the walk) hears of exactly the
 * directories the unit plan makes Terraform modules of: each once, with the
 * files' own dir string, in walk order; not a directory with only tfvars,
 * nor one whose path says ".tfvars", nor a module file the exclude hook
 * drops (its directory is heard of through another file). */
typedef struct heard {
  const char *dir[16];
  size_t n;
} heard;

static void hear(void *ctx, const char *d) {
  heard *h = ctx;
  assert_true(h->n < 16);
  h->dir[h->n++] = d;
}

static bool exclude_skip_tf(void *ctx, const char *rel, bool is_dir) {
  (void)ctx;
  return !is_dir && strstr(rel, "skip.tf") != NULL;
}

static void test_walk_tf_dir_hook(void **state) {
  (void)state;
  tree_put_str("hook/a/main.tf", "");
  tree_put_str("hook/a/x.tf", "");
  tree_put_str("hook/a/sub/m.tf.json", "{}");
  tree_put_str("hook/b/only.tfvars", "");
  tree_put_str("hook/c.tfvars.d/main.tf", "");
  tree_put_str("hook/d/a-skip.tf", "");
  tree_put_str("hook/d/keep.tf", "");
  tree_put_str("hook/e/readme.md", "");
  char top[512];
  snprintf(top, sizeof top, "%s/hook", root);
  const char *paths[] = {top};
  heard h = {.n = 0};
  engine_walk_options o = {.exclude = exclude_skip_tf, .tf_dir = hear, .tf_dir_ctx = &h};
  engine_walk w;
  assert_int_equal(engine_walk_paths(&w, paths, 1, &o), 0);
  /* what iac/plan.c groups: Terraform files, ".tfvars" nowhere in rel */
  const char *want[16];
  size_t n_want = 0;
  for (size_t i = 0; i < w.n_files; i++) {
    const engine_walk_file *f = &w.files[i];
    if (f->kind != ENGINE_FILE_TERRAFORM || strstr(f->rel, ".tfvars")) continue;
    bool seen = false;
    for (size_t k = 0; k < n_want; k++)
      seen |= want[k] == f->dir;
    if (!seen) want[n_want++] = f->dir;
  }
  assert_int_equal(h.n, 3);
  assert_int_equal(n_want, 3);
  for (size_t k = 0; k < 3; k++)
    assert_ptr_equal(h.dir[k], want[k]);
  const char *tails[3] = {"/hook/a", "/hook/a/sub", "/hook/d"};
  for (size_t k = 0; k < 3; k++) {
    size_t lt = strlen(tails[k]), ld = strlen(h.dir[k]);
    assert_true(ld >= lt && !strcmp(h.dir[k] + ld - lt, tails[k]));
  }
  engine_walk_free(&w);
}

/* The tf_listing and tf_file hooks (the scan's file table gets what the
 * walk read and stat'ed): a directory with a module file (.tf, .tf.json;
 * not a dotfile) is offered whole, every entry as readdir gives it, in
 * strcmp order (the walk's own order differs: "m" as a directory sorts
 * as "m/", after "m-x.tf"), with its stat; a directory with none is not;
 * every Terraform file the walk stat'ed is offered with its stat, tfvars
 * included, each before its directory's tf_dir. */
typedef struct offered {
  char dirs[8][512];
  char names[8][8][32];
  unsigned char types[8][8];
  size_t n_names[8];
  ino_t ino[8];
  size_t n_dirs;
  char files[16][512];
  off_t sizes[16];
  size_t n_files;
  size_t dirs_at_tf_dir[8]; /* n_dirs when tf_dir heard of a directory */
  size_t n_tf_dir;
} offered;

static void offer_dir(void *ctx, const char *d, base_dir_entries *e, const struct stat *st) {
  offered *o = ctx;
  assert_true(o->n_dirs < 8 && e->n <= 8);
  snprintf(o->dirs[o->n_dirs], sizeof o->dirs[0], "%s", d);
  for (size_t i = 0; i < e->n; i++) {
    snprintf(o->names[o->n_dirs][i], sizeof o->names[0][0], "%s", e->v[i].name);
    o->types[o->n_dirs][i] = e->v[i].type;
  }
  o->n_names[o->n_dirs] = e->n;
  o->ino[o->n_dirs++] = st->st_ino;
  base_dir_entries_free(e);
}

static void offer_file(void *ctx, const char *path, const struct stat *st) {
  offered *o = ctx;
  assert_true(o->n_files < 16);
  snprintf(o->files[o->n_files], sizeof o->files[0], "%s", path);
  o->sizes[o->n_files++] = st->st_size;
}

static void offer_tf_dir(void *ctx, const char *d) {
  (void)d;
  offered *o = ctx;
  o->dirs_at_tf_dir[o->n_tf_dir++] = o->n_dirs;
}

static void test_walk_offers_tf_listings(void **state) {
  (void)state;
  tree_put_str("offer/m-x.tf", "a = 1\n");
  tree_put_str("offer/m/inner.tf.json", "{}");
  tree_put_str("offer/m/.hidden.tf", "");
  tree_put_str("offer/notes.md", "");
  tree_put_str("offer/vars/prod.tfvars", "x = 1\n");
  tree_put_str("offer/hid/.only.tf", "");
  tree_put_str("offer/docs/readme.md", "");
  char top[512];
  snprintf(top, sizeof top, "%s/offer", root);
  const char *paths[] = {top};
  offered *o = calloc(1, sizeof *o);
  engine_walk_options opt = {.tf_listing = offer_dir,
                             .tf_file = offer_file,
                             .tf_seen_ctx = o,
                             .tf_dir = offer_tf_dir,
                             .tf_dir_ctx = o};
  engine_walk w;
  assert_int_equal(engine_walk_paths(&w, paths, 1, &opt), 0);
  assert_int_equal(o->n_dirs, 2);
  assert_string_equal(o->dirs[0], top);
  assert_int_equal(o->n_names[0], 6);
  const char *top_names[] = {"docs", "hid", "m", "m-x.tf", "notes.md", "vars"};
  for (size_t i = 0; i < 6; i++)
    assert_string_equal(o->names[0][i], top_names[i]);
  assert_int_equal(o->types[0][2], DT_DIR);
  assert_int_equal(o->types[0][3], DT_REG);
  struct stat st;
  assert_int_equal(stat(top, &st), 0);
  assert_int_equal(o->ino[0], st.st_ino);
  char m[600];
  snprintf(m, sizeof m, "%s/m", top);
  assert_string_equal(o->dirs[1], m);
  assert_int_equal(o->n_names[1], 2);
  assert_string_equal(o->names[1][0], ".hidden.tf");
  assert_string_equal(o->names[1][1], "inner.tf.json");
  /* Terraform files, in walk order ("m/" after "m-x.tf"); .hidden.tf and
   * .only.tf are Terraform files too (only the listing looks at dots) */
  const char *want[] = {"/hid/.only.tf", "/m-x.tf", "/m/.hidden.tf", "/m/inner.tf.json",
                        "/vars/prod.tfvars"};
  assert_int_equal(o->n_files, 5);
  for (size_t i = 0; i < 5; i++) {
    char p[600];
    snprintf(p, sizeof p, "%s%s", top, want[i]);
    assert_string_equal(o->files[i], p);
  }
  assert_int_equal(o->sizes[1], 6);
  /* each directory's listing came before tf_dir heard of it */
  assert_true(o->n_tf_dir >= 2);
  for (size_t k = 0; k < o->n_tf_dir; k++)
    assert_true(o->dirs_at_tf_dir[k] >= 1);
  assert_int_equal(o->dirs_at_tf_dir[o->n_tf_dir - 1], 2);
  engine_walk_free(&w);
  free(o);
}

/* the `listed` hook's listing for one directory (test_walk_kept_listings) */
static const engine_walk_listing *listed_one(void *ctx, const char *path) {
  const engine_walk_listing *l = ctx;
  return !strcmp(path, l->path) ? l : NULL;
}

/* A walk keeps each directory's listing in its own order (byte order, a
 * directory as "name/"), so the next walk that takes it need not sort it;
 * a kept listing in another order (an older walk kept them as read) is
 * walked in the same order as one read now. */
static void test_walk_kept_listings(void **state) {
  (void)state;
  tree_put_str("kept/b.yaml", "");
  tree_put_str("kept/b/x.yaml", "");
  tree_put_str("kept/a.yaml", "");
  tree_put_str("kept/a-b.yaml", "");
  tree_put_str("kept/m.tf", "");
  char top[512];
  snprintf(top, sizeof top, "%s/kept", root);
  const char *paths[] = {top};
  engine_walk_options o = {.keep_stats = true};
  engine_walk w;
  assert_int_equal(engine_walk_paths(&w, paths, 1, &o), 0);
  assert_int_equal(w.n_listings, 2);
  assert_string_equal(w.listings[0].path, top);
  char names[256] = "";
  for (size_t i = 0; i < w.listings[0].n; i++) {
    strcat(names, w.listings[0].names[i].name);
    strcat(names, " ");
  }
  assert_string_equal(names, "a-b.yaml a.yaml b.yaml b m.tf ");
  char all[1024] = "", buf[512];
  for (size_t i = 0; i < w.n_files; i++) {
    strcat(all, describe(&w.files[i], buf, sizeof buf));
    strcat(all, "\n");
  }
  assert_string_equal(all, "a-b.yaml doc\na.yaml doc\nb.yaml doc\nb/x.yaml doc\nm.tf terraform\n");
  engine_walk_free(&w);

  /* the same directory, its entries kept in the order read */
  engine_walk_name as_read[] = {{"b.yaml", DT_REG},
                                {"m.tf", DT_REG},
                                {"b", DT_DIR},
                                {"a.yaml", DT_REG},
                                {"a-b.yaml", DT_REG}};
  engine_walk_listing l = {top, {0}, as_read, 5};
  struct stat st;
  assert_int_equal(stat(top, &st), 0);
  l.sig = base_file_sig_of_stat(&st);
  o.listed = listed_one;
  o.listed_ctx = &l;
  assert_int_equal(engine_walk_paths(&w, paths, 1, &o), 0);
  assert_int_equal(w.n_listed, 1); /* taken, not read */
  all[0] = 0;
  for (size_t i = 0; i < w.n_files; i++) {
    strcat(all, describe(&w.files[i], buf, sizeof buf));
    strcat(all, "\n");
  }
  assert_string_equal(all, "a-b.yaml doc\na.yaml doc\nb.yaml doc\nb/x.yaml doc\nm.tf terraform\n");
  /* what is under a listed directory is stat'ed relative to the scan root
   * (walk.c stat_at): b and m.tf are found, the root given as "kept/" too */
  assert_int_equal(w.files[4].size, 0);
  engine_walk_free(&w);
  char top_slash[520];
  snprintf(top_slash, sizeof top_slash, "%s/", top);
  l.path = top_slash;
  paths[0] = top_slash;
  assert_int_equal(engine_walk_paths(&w, paths, 1, &o), 0);
  assert_int_equal(w.n_listed, 1);
  all[0] = 0;
  for (size_t i = 0; i < w.n_files; i++) {
    strcat(all, describe(&w.files[i], buf, sizeof buf));
    strcat(all, "\n");
  }
  assert_string_equal(all, "a-b.yaml doc\na.yaml doc\nb.yaml doc\nb/x.yaml doc\nm.tf terraform\n");
  engine_walk_free(&w);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_walk_directory),
      cmocka_unit_test(test_walk_exclude_hook),
      cmocka_unit_test(test_walk_several_paths_and_files),
      cmocka_unit_test(test_walk_missing_path),
      cmocka_unit_test(test_walk_relative_dot),
      cmocka_unit_test(test_walk_symlinks_out_of_root),
      cmocka_unit_test(test_classify),
      cmocka_unit_test(test_walk_tf_dir_hook),
      cmocka_unit_test(test_walk_offers_tf_listings),
      cmocka_unit_test(test_walk_kept_listings),
  };
  return cmocka_run_group_tests(tests, setup, tree_teardown);
}
