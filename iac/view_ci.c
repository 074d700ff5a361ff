/* view_ci.c — CI pipelines that push container images: GitHub Actions
 * workflows and GitLab CI files, as one kind "push" resource (format ci,
 * type "github-actions" or "gitlab-ci") per job and image repository pushed,
 * named "JOB REPOSITORY", with the body
 *   {job, repository, tags: [TAG, ...], via}
 * where tags are the tags that job pushes to that repository, as written
 * (variables and ${{ }} expressions kept), each located at the step that
 * pushes it, and via is how ("docker/build-push-action", "docker push",
 * "docker buildx build --push"). A reference without a tag pushes `latest`.
 *
 * Pushes are read from `docker/build-push-action` steps with `push` set (its
 * `tags`: a list or newline/comma separated text), and from shell lines in
 * GitHub `run:` and GitLab `script:` / `before_script:` / `after_script:`:
 * `docker push REF` (`docker image push`), `docker push --all-tags REPO`
 * (every tag the job gave REPO with `docker tag SRC DST` or `docker build -t`),
 * and `docker buildx build --push -t REF`; the same with nerdctl, podman and
 * buildah (`podman|buildah push SRC DEST` pushes DEST), the tool being the
 * command word only (`echo docker push x` pushes nothing). What a pipeline calls is read too
 * (view_ci_files.h: inside the scan root only, bounded): shell scripts a line runs, local reusable
 * workflows
 * (`uses: ./.github/workflows/x.yml`, jobs named JOB/INNER, literal `with:`
 * inputs substituted) and GitLab local includes and `extends`; a push there
 * is located in the called file (iac_resource.file). Remote workflows and
 * includes are not seen (docs/formats.md).
 *
 * Variables: GitHub `env:` of the workflow, job and step, and what earlier
 * steps of the job wrote to `$GITHUB_ENV` (genv_*); GitLab `variables:`
 * merged as GitLab merges them (gl_env). Both reach the shell as exported
 * variables (view_ci_shell.h).
 *
 * Detection: GitHub, a map with a `jobs` map whose jobs have `steps` or
 * `runs-on`, and only workflow top-level keys; GitLab, a file named
 * `.gitlab-ci.yml` (or `*.gitlab-ci.yml`), or a map with a `stages` list and
 * a job with `script`. Files that push nothing still belong to this view (and
 * have no resources). */
#include "views.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "read.h"
#include "view_ci_files.h"
#include "view_ci_shell.h"

/* MAX_DEPTH: scripts calling scripts, workflows calling workflows, includes
 * including includes; MAX_FILES: called files read per pipeline file;
 * MAX_EXTENDS: GitLab's own limit on an `extends` chain. */
enum { MAX_PUSHES = 512, MAX_TOKENS = 64, MAX_DEPTH = 4, MAX_FILES = 64, MAX_EXTENDS = 11 };
/* templates looked at to resolve one key of one job through `extends` (lists
 * of lists could otherwise branch exponentially within the 11 levels) */
enum { MAX_EXTENDS_STEPS = 1024 };
/* bytes of called files read per pipeline file, all together */
#define MAX_CALLED_BYTES ((size_t)16 << 20)
/* GitHub $GITHUB_ENV: bytes one step writes, writes one step makes, and
 * variables (and unknown writes) one job keeps */
enum { MAX_GENV_BYTES = 1 << 20, MAX_GENV_WRITES = 4096, MAX_GENV_EVENTS = 1024 };

/* One write of a step to $GITHUB_ENV: where its text starts in the step's
 * text, where it is, why it may not run (NULL: it runs), or why what it
 * writes is not known (then it has no text). */
typedef struct genv_write {
  size_t start;
  const char *at, *cond, *why;
} genv_write;

/* What the steps of a job so far wrote to $GITHUB_ENV, in order: a variable
 * (value expanded, unknown parts marked; or NULL with why), or, with all, a
 * write the file does not show (every variable may be set by it: why). */
typedef struct genv_event {
  const char *name, *value, *why;
  bool all;
} genv_event;

typedef struct push {
  const char *job, *repo, *tag, *via; /* repo and tag may have unknown parts (view_ci_shell.h) */
  const char *repo_shown, *tag_shown; /* as people read them (emit) */
  const doc_node *at;
  const char *file; /* report path of the called file it is in; NULL: the pipeline file */
  bool pushed;      /* false: only tagged (docker tag / build -t), pushed by --all-tags */
} push;

typedef struct ci {
  iac_unit *u;
  const char *type;
  push p[MAX_PUSHES];
  size_t n;
  /* following called files (view_ci_files.h) */
  iac_ci_repo repo;
  bool follow;              /* the repository root is known: called files may be read */
  int depth, n_files;       /* nesting now; files read so far */
  size_t budget;            /* bytes of called files still allowed (MAX_CALLED_BYTES) */
  const char *file;         /* report path of the called file being read; NULL: the unit's */
  const char *wd;           /* GitHub working-directory of the step (repo-relative), or NULL */
  const doc_node *with;     /* inputs of the reusable workflow being read, or NULL */
  iac_unit *sub[MAX_FILES]; /* parsed called YAML files, freed after emit */
  const char *files[MAX_DEPTH + 1]; /* the file being read before each level of scripts */
  const char *job;                  /* the job whose shell runs (command) */
  iac_ci_sh_host host;
  int n_sub;
  /* GitLab: every job map of the file and its local includes, for extends */
  const doc_entry *jobs[MAX_PUSHES];
  const char *job_file[MAX_PUSHES]; /* the include each is in; NULL: the pipeline file */
  size_t n_jobs;
  /* GitHub: the step's writes to $GITHUB_ENV (text malloc'd), and the job's */
  char *genv;
  size_t genv_n, genv_cap;
  genv_write *writes; /* malloc'd, MAX_GENV_WRITES */
  size_t n_writes;
  const char *step_cond; /* the step has `if:`: why its writes may not happen */
  genv_event *events;    /* in the arena, MAX_GENV_EVENTS */
  size_t n_events;
} ci;

static bool is_str(const doc_node *n) {
  return n && n->kind == DOC_STRING;
}

static const char *const GH_KEYS[] = {"name",     "on",       "true",        "jobs",        "env",
                                      "defaults", "run-name", "permissions", "concurrency", NULL};

static bool gh_detect(const doc_node *doc) {
  const doc_node *jobs = iac_map_get(doc, "jobs");
  if (!jobs || jobs->kind != DOC_MAP || !jobs->len) return false;
  for (uint32_t i = 0; i < doc->len; i++) {
    bool ok = false;
    for (int k = 0; GH_KEYS[k] && !ok; k++)
      ok = !strcmp(doc->u.entries[i].key, GH_KEYS[k]);
    if (!ok) return false;
  }
  for (uint32_t i = 0; i < jobs->len; i++) {
    const doc_node *j = jobs->u.entries[i].val;
    if (j->kind != DOC_MAP) return false;
    if (!iac_map_get(j, "steps") && !iac_map_get(j, "runs-on") && !iac_map_get(j, "uses"))
      return false;
  }
  return true;
}

static bool gitlab_name(const char *path) {
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  size_t n = strlen(b);
  return !strcmp(b, ".gitlab-ci.yml") || !strcmp(b, ".gitlab-ci.yaml") ||
         (n > 14 && !strcmp(b + n - 14, ".gitlab-ci.yml"));
}

static bool gl_detect(const char *path, const doc_node *doc) {
  if (gitlab_name(path)) return true;
  const doc_node *st = iac_map_get(doc, "stages");
  if (!st || st->kind != DOC_LIST) return false;
  for (uint32_t i = 0; i < doc->len; i++) {
    const doc_node *j = doc->u.entries[i].val;
    if (j->kind == DOC_MAP && iac_map_get(j, "script")) return true;
  }
  return false;
}

static bool ci_detect(const char *path, const doc_node *doc) {
  if (!doc || doc->kind != DOC_MAP) return false;
  return gh_detect(doc) || gl_detect(path, doc);
}

/* The end of the `${...}` / `${{ }}` / unknown part starting at s[i]. */
static size_t span_end(const char *s, size_t i, size_t n) {
  if (s[i] == IAC_CI_SH_MARK_OPEN) {
    for (i += 3; i < n && s[i] != IAC_CI_SH_MARK_CLOSE; i++) {
    }
    return i < n ? i + 1 : n;
  }
  bool gh = i + 2 < n && s[i + 2] == '{';
  int depth = 0;
  for (; i < n; i++) {
    if (s[i] == '{') depth++;
    if (s[i] == '}' && --depth == 0) return gh && i + 1 < n && s[i + 1] == '}' ? i + 2 : i + 1;
  }
  return n;
}

/* Split an image reference into repository and tag: the tag follows the last
 * ':' after the last '/' (a ':' before it is a registry port); a digest is
 * dropped (a push names a tag). No tag: "latest". Separators inside `${...}`,
 * `${{ }}` and unknown parts (view_ci_shell.h) do not count; when the last
 * path component has an unknown part and no ':' of its own, the tag may be in
 * it: the tag is that unknown. */
static void split_ref(base_arena *a, const char *s, size_t n, const char **repo, const char **tag) {
  /* one whole expression (${{ steps.meta.outputs.tags }}): neither is known */
  if (n > 5 && !strncmp(s, "${{", 3) && span_end(s, 0, n) == n) {
    *repo = *tag = base_arena_strndup(a, s, n);
    return;
  }
  size_t slash = 0, colon = 0, at = n;
  bool marked = false; /* an unknown part after the last '/' */
  for (size_t i = 0; i < at;) {
    if (s[i] == IAC_CI_SH_MARK_OPEN || (s[i] == '$' && i + 1 < n && s[i + 1] == '{')) {
      marked |= s[i] == IAC_CI_SH_MARK_OPEN;
      i = span_end(s, i, n);
      continue;
    }
    if (s[i] == '/') slash = i + 1, colon = 0, marked = false;
    if (s[i] == ':') colon = i + 1;
    if (s[i] == '@') at = i;
    i++;
  }
  n = at;
  if (colon > n) colon = 0;
  *repo = base_arena_strndup(a, s, colon ? colon - 1 : n);
  if (colon)
    *tag = base_arena_strndup(a, s + colon, n - colon);
  else
    *tag = marked ? base_arena_strndup(a, s + slash, n - slash) : "latest";
}

static size_t unquote(const char **ref, size_t n) {
  while (n && ((*ref)[0] == '"' || (*ref)[0] == '\''))
    (*ref)++, n--;
  while (n && ((*ref)[n - 1] == '"' || (*ref)[n - 1] == '\'' || (*ref)[n - 1] == ','))
    n--;
  return n;
}

/* s[0..*n) with every `${{ inputs.NAME }}` whose `with:` value is a literal
 * (string, number, boolean) replaced by it, inside a reusable workflow;
 * other expressions are kept (their values are not known from the files). */
static const char *find(const char *s, size_t n, const char *w) {
  size_t m = strlen(w);
  for (size_t i = 0; i + m <= n; i++)
    if (!memcmp(s + i, w, m)) return s + i;
  return NULL;
}

static const char *subst(ci *c, const char *s, size_t *n) {
  if (!c->with || !find(s, *n, "${{")) return s;
  base_arena *a = &c->u->arena;
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  if (!f) return s;
  for (size_t i = 0; i < *n;) {
    const char *open = i + 3 <= *n ? find(s + i, *n - i, "${{") : NULL;
    const char *close = open ? find(open, (size_t)(s + *n - open), "}}") : NULL;
    if (!close) {
      fwrite(s + i, 1, *n - i, f);
      break;
    }
    fwrite(s + i, 1, (size_t)(open - (s + i)), f);
    const char *b = open + 3, *e = close;
    while (b < e && isspace((unsigned char)*b))
      b++;
    while (e > b && isspace((unsigned char)e[-1]))
      e--;
    const doc_node *v = NULL;
    if (e - b > 7 && !strncmp(b, "inputs.", 7)) {
      char name[128];
      size_t nl = (size_t)(e - b - 7);
      if (nl < sizeof name) {
        memcpy(name, b + 7, nl);
        name[nl] = 0;
        v = iac_map_get(c->with, name);
      }
    }
    if (v && v->kind == DOC_STRING)
      fwrite(v->u.str, 1, v->len, f);
    else if (v && v->kind == DOC_NUMBER)
      fprintf(f, "%.17g", v->u.num);
    else if (v && v->kind == DOC_BOOL)
      fputs(v->u.b ? "true" : "false", f);
    else
      fwrite(open, 1, (size_t)(close + 2 - open), f);
    i = (size_t)(close + 2 - s);
  }
  if (fclose(f) != 0) {
    free(out);
    return s;
  }
  const char *r = base_arena_strndup(a, out, len);
  free(out);
  *n = len;
  return r;
}

/* A reference pushed or tagged: from YAML (quotes and a trailing ',' around
 * it dropped, inputs substituted) or a shell word (expanded already). */
static void add(ci *c, const char *job, const char *ref, size_t n, const char *via,
                const doc_node *at, bool pushed, bool shell) {
  if (!shell) {
    n = unquote(&ref, n);
    ref = subst(c, ref, &n);
  }
  if (!n || c->n >= MAX_PUSHES) return;
  push *p = &c->p[c->n++];
  split_ref(&c->u->arena, ref, n, &p->repo, &p->tag);
  p->job = job;
  p->via = via;
  p->at = at;
  p->file = c->file;
  p->pushed = pushed;
}

/* `docker push --all-tags REPO`: every tag the job gave REPO. */
static void push_all(ci *c, const char *job, const char *repo, const doc_node *at) {
  size_t n = strlen(repo), end = c->n;
  bool any = false;
  for (size_t i = 0; i < end; i++) {
    push *p = &c->p[i];
    if (p->job != job || p->pushed || strcmp(p->repo, repo)) continue;
    p->pushed = true;
    p->via = "docker push --all-tags";
    any = true;
  }
  if (!any) add(c, job, repo, n, "docker push --all-tags", at, true, true);
}

static bool tok_is(const char *t, const char *w) {
  return !strcmp(t, w);
}

/* The image tool a command word names (a path's last component): docker and
 * nerdctl (docker's CLI), podman, buildah; NULL for any other word. Only the
 * command word counts: `echo docker push x`, `: docker push x` and `retry
 * docker push x` run echo, :, retry (what retry runs is its business). */
static const char *image_tool(const char *w) {
  const char *b = strrchr(w, '/');
  b = b ? b + 1 : w;
  static const char *const tools[] = {"docker", "nerdctl", "podman", "buildah", NULL};
  for (int i = 0; tools[i]; i++)
    if (!strcmp(b, tools[i])) return tools[i];
  return NULL;
}

/* Whether option o of TOOL push takes the next word as its argument. */
static bool push_opt_arg(const char *o) {
  static const char *const arg[] = {"--platform",
                                    "--authfile",
                                    "--creds",
                                    "--cert-dir",
                                    "--format",
                                    "-f",
                                    "--digestfile",
                                    "--sign-by",
                                    "--sign-by-sigstore",
                                    "--sign-by-sigstore-private-key",
                                    "--sign-passphrase-file",
                                    "--compression-format",
                                    "--compression-level",
                                    "--encryption-key",
                                    "--retry",
                                    "--retry-delay",
                                    "--signature-policy",
                                    NULL};
  for (int i = 0; arg[i]; i++)
    if (!strcmp(o, arg[i])) return true;
  return false;
}

/* The registry reference a podman/buildah push destination names:
 * `docker://REF` or a bare REF; NULL for another transport (oci:, dir:,
 * docker-archive:, containers-storage:, ...), which writes no registry. */
static const char *push_dest(const char *d) {
  if (!strncmp(d, "docker://", 9)) return d + 9;
  static const char *const other[] = {
      "oci:",           "oci-archive:",        "dir:", "docker-archive:",
      "docker-daemon:", "containers-storage:", NULL};
  for (int i = 0; other[i]; i++)
    if (!strncmp(d, other[i], strlen(other[i]))) return NULL;
  return d;
}

/* One simple command of a step's shell, its words expanded and its prefixes
 * (sudo, env, time, ...) removed (view_ci_shell.h): TOOL push / tag / build,
 * where TOOL is the command word (image_tool). */
static void command(void *ctx, const char *const *tok, int k, const doc_node *at) {
  ci *c = ctx;
  const char *job = c->job;
  const char *tool = k ? image_tool(tok[0]) : NULL;
  if (!tool) return;
  int a = 1;
  /* the tool's own options before the command */
  while (a < k && tok[a][0] == '-') {
    static const char *const arg[] = {"-H",
                                      "--host",
                                      "-c",
                                      "--context",
                                      "--config",
                                      "-l",
                                      "--log-level",
                                      "--tlscacert",
                                      "--tlscert",
                                      "--tlskey",
                                      "--root",
                                      "--runroot",
                                      "--storage-driver",
                                      "--connection",
                                      "--url",
                                      "--namespace",
                                      "-n",
                                      NULL};
    bool takes = false;
    for (int i = 0; arg[i] && !takes; i++)
      takes = tok_is(tok[a], arg[i]);
    a += takes ? 2 : 1;
  }
  if (a >= k) return;
  if (tok_is(tok[a], "image") || tok_is(tok[a], "buildx")) a++;
  if (a >= k) return;
  const char *via = base_arena_printf(&c->u->arena, "%s %s", tool, tok[a]);
  if (tok_is(tok[a], "push")) {
    bool all = false;
    const char *pos[2] = {NULL, NULL};
    int np = 0;
    for (int i = a + 1; i < k && np < 2; i++) {
      if (tok_is(tok[i], "--all-tags") || tok_is(tok[i], "-a"))
        all = true;
      else if (push_opt_arg(tok[i]))
        i++;
      else if (tok[i][0] != '-')
        pos[np++] = tok[i];
    }
    if (!np) return;
    /* docker and nerdctl push one reference; podman and buildah push
     * SOURCE [DESTINATION] */
    const char *ref = pos[0];
    if (strcmp(tool, "docker") && strcmp(tool, "nerdctl") && np == 2) ref = push_dest(pos[1]);
    if (!ref) return;
    if (all)
      push_all(c, job, ref, at);
    else
      add(c, job, ref, strlen(ref), via, at, true, true);
  } else if (tok_is(tok[a], "tag")) {
    if (a + 2 < k) add(c, job, tok[a + 2], strlen(tok[a + 2]), via, at, false, true);
  } else if (tok_is(tok[a], "build") || tok_is(tok[a], "bud")) {
    bool push_flag = false;
    for (int i = a + 1; i < k; i++)
      push_flag |= tok_is(tok[i], "--push") ||
                   (!strncmp(tok[i], "--output=", 9) && strstr(tok[i], "push=true"));
    for (int i = a + 1; i < k; i++) {
      const char *t = NULL;
      if ((tok_is(tok[i], "-t") || tok_is(tok[i], "--tag")) && i + 1 < k)
        t = tok[++i];
      else if (!strncmp(tok[i], "--tag=", 6))
        t = tok[i] + 6;
      if (t)
        add(c, job, t, strlen(t),
            push_flag ? base_arena_printf(&c->u->arena, "%s buildx build --push", tool) : via, at,
            push_flag, true);
    }
  }
}

/* Enters a called file: false when the nesting or file budget is spent. */
static bool enter(ci *c) {
  if (!c->follow || c->depth >= MAX_DEPTH || c->n_files >= MAX_FILES) return false;
  c->depth++;
  c->n_files++;
  return true;
}

/* The shell reads a script the job runs (view_ci_shell.h): its pushes are
 * located in it. */
static const char *sh_enter(void *ctx, const char *path, size_t n, size_t *len, const char **rel) {
  ci *c = ctx;
  if (!enter(c)) return NULL;
  const char *text = iac_ci_read(c->u, &c->repo, path, n, c->budget, len, rel);
  if (!text) {
    c->depth--;
    return NULL;
  }
  c->budget -= *len;
  c->files[c->depth] = c->file;
  c->file = *rel;
  return text;
}

static void sh_leave(void *ctx) {
  ci *c = ctx;
  c->file = c->files[c->depth];
  c->depth--;
}

static void sh_warn(void *ctx, const char *file, uint32_t line, const char *msg) {
  ci *c = ctx;
  iac_error *e = iac_unit_warning(c->u, line, 1, "%s", msg);
  if (file) e->file = file;
}

/* Runs a `run:` value or GitLab script lines in sh: a string, or a list of
 * lines (each located at itself). */
static void run(ci *c, iac_ci_sh *sh, const char *job, const doc_node *v) {
  if (!v) return;
  if (v->kind == DOC_LIST) {
    for (uint32_t i = 0; i < v->len; i++)
      run(c, sh, job, v->u.items[i]);
    return;
  }
  if (!is_str(v)) return;
  uint32_t first = v->line, indent;
  if (v->flags & DOC_F_VERBATIM) iac_doc_verbatim_at(v->u.str, v->len, &first, &indent);
  size_t n = v->len;
  const char *s = subst(c, v->u.str, &n);
  c->job = job;
  iac_ci_sh_run(sh, s, n, c->file, v, first);
}

/* A new shell for a step or a GitLab job. */
static iac_ci_sh *shell(ci *c) {
  return iac_ci_sh_new(&c->host, c->wd);
}

/* The shell writes to $GITHUB_ENV (view_ci_shell.h): appended to the step's
 * text, each write remembered with where it starts. */
static void genv_write_cb(void *ctx, const char *text, size_t n, const char *why, const char *cond,
                          bool truncate, const char *at) {
  ci *c = ctx;
  if (!cond) cond = c->step_cond;
  if (truncate && !cond) { /* `>`: what the step wrote before is gone */
    c->genv_n = 0;
    c->n_writes = 0;
  } else if (truncate) /* may be gone: what was written before may not be there */
    for (size_t i = 0; i < c->n_writes; i++)
      if (!c->writes[i].cond) c->writes[i].cond = cond;
  if (c->n_writes >= MAX_GENV_WRITES) return; /* the last one says so (below) */
  if (!why && c->genv_n + n > MAX_GENV_BYTES)
    why = base_arena_printf(&c->u->arena,
                            "more than 1 MB written to $GITHUB_ENV by the step at %s "
                            "(limit exceeded)",
                            at);
  if (c->n_writes == MAX_GENV_WRITES - 1 && !why)
    why = base_arena_printf(&c->u->arena,
                            "more than %d writes to $GITHUB_ENV by the step at %s (limit exceeded)",
                            MAX_GENV_WRITES, at);
  c->writes[c->n_writes++] = (genv_write){c->genv_n, at, cond, why};
  if (why) return;
  c->genv = base_grow(c->genv, &c->genv_cap, c->genv_n + n + 1, 1);
  memcpy(c->genv + c->genv_n, text, n);
  c->genv_n += n;
  c->genv[c->genv_n] = 0;
}

static void genv_event_add(ci *c, genv_event e) {
  if (!c->events) /* the job's first: most jobs write none */
    c->events = base_arena_alloc(&c->u->arena, MAX_GENV_EVENTS * sizeof *c->events);
  if (c->n_events < MAX_GENV_EVENTS) {
    c->events[c->n_events++] = e;
    return;
  }
  c->events[MAX_GENV_EVENTS - 1] =
      (genv_event){.all = true,
                   .why = "more than 1024 variables written to $GITHUB_ENV by the job's steps "
                          "(limit exceeded)"};
}

/* The first byte of s[from..to) outside unknown parts equal to ch (or the
 * pair ch ch when pair), or to; *marked: an unknown part comes before it. */
static size_t genv_find(const char *s, size_t from, size_t to, char ch, bool pair, bool *marked) {
  for (size_t i = from; i < to;) {
    if (s[i] == IAC_CI_SH_MARK_OPEN) {
      *marked = true;
      i = span_end(s, i, to);
      continue;
    }
    if (s[i] == ch && (!pair || (i + 1 < to && s[i + 1] == ch))) return i;
    i++;
  }
  return to;
}

/* The end of the line at s[pos] (its '\n', or n): unknown parts, whose
 * bytes may be anything, are skipped whole. */
static size_t genv_eol(const char *s, size_t pos, size_t n) {
  bool marked = false;
  return genv_find(s, pos, n, '\n', false, &marked);
}

/* The write that s[pos] belongs to (the last with text that starts at or
 * before it); *hint: where to start looking (lines are read in order, so
 * the search moves forward only). */
static const genv_write *genv_write_at(const ci *c, size_t pos, size_t *hint) {
  const genv_write *w = NULL;
  size_t i = *hint;
  for (; i < c->n_writes && c->writes[i].start <= pos; i++)
    if (!c->writes[i].why) w = &c->writes[i], *hint = i;
  return w;
}

/* Why a variable written in s[from..to) may not be set: the first write in
 * that range that may not run (from the write at index hint on). */
static const char *genv_cond(const ci *c, size_t from, size_t to, size_t hint) {
  for (size_t i = hint; i < c->n_writes && c->writes[i].start < to; i++) {
    const genv_write *w = &c->writes[i];
    size_t end = i + 1 < c->n_writes ? c->writes[i + 1].start : c->genv_n;
    if (!w->why && w->cond && w->start < to && end > from) return w->cond;
  }
  return NULL;
}

/* The step's $GITHUB_ENV text read as the runner reads it after the step:
 * lines NAME=VALUE, and NAME<<DELIMITER, the value's lines, DELIMITER.
 * GITHUB_* and RUNNER_* are not set (the runner does not let a step). A line
 * of another form fails the step (and nothing after it is read). */
static void genv_parse(ci *c) {
  base_arena *a = &c->u->arena;
  const char *s = c->genv ? c->genv : "";
  size_t n = c->genv_n, w_next = 0, hint = 0;
  for (size_t pos = 0; pos <= n;) {
    /* unknown writes made before this line */
    for (; w_next < c->n_writes && (c->writes[w_next].start <= pos || pos == n); w_next++)
      if (c->writes[w_next].why)
        genv_event_add(c, (genv_event){.all = true,
                                       .why = base_arena_printf(
                                           a, "%s%s%s", c->writes[w_next].why,
                                           c->writes[w_next].cond ? ", " : "",
                                           c->writes[w_next].cond ? c->writes[w_next].cond : "")});
    if (pos >= n) break;
    size_t e = genv_eol(s, pos, n), next = e < n ? e + 1 : n;
    size_t le = e > pos && s[e - 1] == '\r' ? e - 1 : e;
    if (le == pos) {
      pos = next;
      continue;
    }
    const genv_write *w = genv_write_at(c, pos, &hint);
    const char *at = w ? w->at : "?";
    bool marked = false;
    size_t eq = genv_find(s, pos, le, '=', false, &marked);
    bool m2 = false;
    size_t hd = genv_find(s, pos, le, '<', true, &m2);
    bool heredoc = hd < eq;
    size_t sep = heredoc ? hd : eq;
    if (sep == le && !marked && !m2) break; /* the runner fails the step here */
    if ((heredoc ? m2 : marked) || sep == pos) {
      const char *why = "";
      const char *m = memchr(s + pos, IAC_CI_SH_MARK_OPEN, le - pos);
      if (m) iac_ci_sh_unknown(&c->host, m, (size_t)(s + le - m), &why);
      genv_event_add(
          c, (genv_event){.all = true,
                          .why = base_arena_printf(
                              a, "a line written to $GITHUB_ENV at %s whose name is not known%s%s",
                              at, *why ? ": " : "", why)});
      pos = next;
      continue;
    }
    const char *name = base_arena_strndup(a, s + pos, sep - pos);
    const char *value, *why = NULL;
    size_t end = next;
    if (!heredoc)
      value = base_arena_strndup(a, s + eq + 1, le - eq - 1);
    else {
      size_t dl = le - hd - 2;
      const char *delim = s + hd + 2;
      size_t v0 = next, v1 = n;
      bool found = false;
      for (size_t p = next; p < n;) {
        size_t pe = genv_eol(s, p, n), pl = pe > p && s[pe - 1] == '\r' ? pe - 1 : pe;
        if (pl - p == dl && !memcmp(s + p, delim, dl)) {
          v1 = p > v0 ? p - 1 : v0; /* the newline before the delimiter is not the value's */
          end = pe < n ? pe + 1 : n;
          found = true;
          break;
        }
        p = pe < n ? pe + 1 : n;
      }
      if (!found || memchr(delim, IAC_CI_SH_MARK_OPEN, dl)) {
        genv_event_add(
            c, (genv_event){
                   .name = name,
                   .why = base_arena_printf(
                       a,
                       "%s is written to $GITHUB_ENV at %s with the delimiter %.*s, "
                       "which %s",
                       name, at, (int)dl, delim,
                       found ? "is not known" : "never follows (the runner fails the step)")});
        break;
      }
      value = base_arena_strndup(a, s + v0, v1 - v0);
    }
    const char *cond = genv_cond(c, pos, end, hint);
    if (cond) why = base_arena_printf(a, "%s is written to $GITHUB_ENV at %s %s", name, at, cond);
    if (strncmp(name, "GITHUB_", 7) && strncmp(name, "RUNNER_", 7))
      genv_event_add(c, (genv_event){.name = name, .value = why ? NULL : value, .why = why});
    pos = end;
  }
  c->genv_n = 0;
  c->n_writes = 0;
}

/* What earlier steps of the job wrote to $GITHUB_ENV, into sh (after the
 * workflow's and job's env:, which those writes override, and before the
 * step's own env:, which overrides them). */
static void genv_apply(ci *c, iac_ci_sh *sh) {
  size_t from = 0; /* the last unknown write: it overrides what came before */
  for (size_t i = 0; i < c->n_events; i++)
    if (c->events[i].all) from = i;
  for (size_t i = from; i < c->n_events; i++) {
    const genv_event *e = &c->events[i];
    if (e->all)
      iac_ci_sh_env_unknown(sh, e->why);
    else if (e->value)
      iac_ci_sh_env_marked(sh, e->name, e->value);
    else
      iac_ci_sh_env(sh, e->name, NULL, e->why);
  }
}

/* Actions known to write nothing to $GITHUB_ENV (by name, before '@'). */
static const char *const GENV_SILENT_ACTIONS[] = {"actions/checkout", NULL};

/* A `uses:` step runs an action, whose code is not in the files: it may
 * write to $GITHUB_ENV (core.exportVariable, or an echo to the file), so
 * every variable later steps read may be set by it, unless the action is
 * one known to write nothing there. */
static void genv_action(ci *c, const doc_node *st, const doc_node *uses) {
  const char *u = uses->u.str, *at = strchr(u, '@');
  size_t n = at ? (size_t)(at - u) : uses->len;
  for (int i = 0; GENV_SILENT_ACTIONS[i]; i++)
    if (strlen(GENV_SILENT_ACTIONS[i]) == n && !strncmp(u, GENV_SILENT_ACTIONS[i], n)) return;
  genv_event_add(c, (genv_event){.all = true,
                                 .why = base_arena_printf(
                                     &c->u->arena,
                                     "the action %s (the step at %s:%u), which may write to "
                                     "$GITHUB_ENV what the files do not show",
                                     u, c->file ? c->file : c->u->path, st->line)});
}

/* GitHub `env:` of a workflow, job or step into sh: GitHub evaluates `${{ }}`
 * (a reusable workflow's literal inputs are substituted) and nothing else, so
 * a value with another `$` reaches the shell as that text: unknown (what the
 * push would name is not what it reads like). */
static void gh_env(ci *c, iac_ci_sh *sh, const doc_node *env) {
  if (!env || env->kind != DOC_MAP) return;
  for (uint32_t i = 0; i < env->len; i++) {
    const doc_entry *e = &env->u.entries[i];
    const doc_node *v = e->val;
    const char *val = NULL;
    size_t n = 0;
    if (is_str(v)) {
      n = v->len;
      val = subst(c, v->u.str, &n);
    } else if (v->kind == DOC_NUMBER)
      val = base_arena_printf(&c->u->arena, "%.17g", v->u.num), n = strlen(val);
    else if (v->kind == DOC_BOOL)
      val = v->u.b ? "true" : "false", n = strlen(val);
    else
      continue;
    bool literal_dollar = false; /* a '$' outside ${{ }} */
    for (size_t k = 0; k < n && !literal_dollar; k++) {
      if (val[k] == '$' && k + 2 < n && val[k + 1] == '{' && val[k + 2] == '{') {
        const char *close = strstr(val + k, "}}");
        if (close) k = (size_t)(close - val) + 1;
        continue;
      }
      literal_dollar = val[k] == '$';
    }
    const char *file = c->file ? c->file : c->u->path;
    if (literal_dollar)
      iac_ci_sh_env(sh, e->key, NULL,
                    base_arena_printf(&c->u->arena,
                                      "env %s at %s:%u is the text %.*s: GitHub does not expand "
                                      "$ in env values",
                                      e->key, file, e->line, (int)n, val));
    else
      iac_ci_sh_env(sh, e->key, base_arena_strndup(&c->u->arena, val, n), NULL);
  }
}

/* A called YAML file (reusable workflow, GitLab local include), parsed and
 * kept until the resources are built; NULL when it cannot be seen. */
static const doc_node *yaml_file(ci *c, const char *path, size_t n, const char **rel) {
  size_t len;
  const char *text = iac_ci_read(c->u, &c->repo, path, n, c->budget, &len, rel);
  if (text) c->budget -= len;
  if (!text || c->n_sub >= MAX_FILES) return NULL;
  iac_read_opts o = {0};
  iac_unit *f = iac_read_buffer(*rel, text, len, NULL, &o);
  c->sub[c->n_sub++] = f;
  if (f->failed || !f->n_docs || !f->docs[0] || f->docs[0]->kind != DOC_MAP) return NULL;
  return f->docs[0];
}

static bool truthy(const doc_node *v) {
  if (!v) return false;
  if (v->kind == DOC_BOOL) return v->u.b;
  /* "true", or an expression that may be true: counted as a push */
  return is_str(v) && strcasecmp(v->u.str, "false") != 0;
}

/* defaults: run: working-directory: of a workflow or job map. */
static const doc_node *default_wd(const doc_node *m) {
  return iac_map_get(iac_map_get(iac_map_get(m, "defaults"), "run"), "working-directory");
}

static void gh_build(ci *c, const doc_node *doc, const char *prefix);

/* `jobs.JOB.uses: ./.github/workflows/x.yml` with `with:`: the called
 * workflow's jobs run as JOB/INNER, `${{ inputs.NAME }}` replaced by JOB's
 * literal `with:` values. Another repository's workflow (OWNER/REPO/...@REF)
 * is not read. */
static void gh_call(ci *c, const char *job, const doc_node *j) {
  const doc_node *uses = iac_map_get(j, "uses");
  if (!is_str(uses) || strncmp(uses->u.str, "./", 2) || !enter(c)) return;
  const char *rel = NULL;
  const doc_node *doc = yaml_file(c, uses->u.str, uses->len, &rel);
  const doc_node *jobs = iac_map_get(doc, "jobs");
  if (jobs && jobs->kind == DOC_MAP) {
    const char *was = c->file;
    const doc_node *with = c->with;
    const doc_node *w = iac_map_get(j, "with");
    c->file = rel;
    c->with = w && w->kind == DOC_MAP ? w : NULL;
    gh_build(c, doc, job);
    c->file = was;
    c->with = with;
  }
  c->depth--;
}

static void gh_build(ci *c, const doc_node *doc, const char *prefix) {
  const doc_node *jobs = iac_map_get(doc, "jobs");
  const doc_node *doc_wd = default_wd(doc);
  for (uint32_t i = 0; i < jobs->len; i++) {
    const char *job = jobs->u.entries[i].key;
    if (prefix) job = base_arena_printf(&c->u->arena, "%s/%s", prefix, job);
    const doc_node *jm = jobs->u.entries[i].val;
    if (iac_map_get(jm, "uses")) {
      gh_call(c, job, jm);
      continue;
    }
    const doc_node *job_wd = default_wd(jm);
    const doc_node *steps = iac_map_get(jm, "steps");
    genv_event *events = c->events; /* a called workflow's job has its own */
    size_t n_events = c->n_events;
    c->events = NULL;
    c->n_events = 0;
    for (uint32_t k = 0; steps && steps->kind == DOC_LIST && k < steps->len; k++) {
      const doc_node *st = steps->u.items[k];
      const doc_node *wd = iac_map_get(st, "working-directory");
      wd = wd ? wd : job_wd ? job_wd : doc_wd;
      c->wd = is_str(wd) ? wd->u.str : NULL;
      const doc_node *uses = iac_map_get(st, "uses");
      if (is_str(uses)) genv_action(c, st, uses);
      if (is_str(uses) && !strncmp(uses->u.str, "docker/build-push-action", 24)) {
        const doc_node *with = iac_map_get(st, "with");
        if (!truthy(iac_map_get(with, "push"))) continue;
        const doc_node *tags = iac_map_get(with, "tags");
        for (uint32_t t = 0; tags && tags->kind == DOC_LIST && t < tags->len; t++)
          if (is_str(tags->u.items[t]))
            add(c, job, tags->u.items[t]->u.str, tags->u.items[t]->len, "docker/build-push-action",
                tags->u.items[t], true, false);
        if (is_str(tags)) {
          const char *s = tags->u.str, *end = s + tags->len, *b = s;
          for (const char *p = s; p <= end; p++) {
            if (p < end && *p != '\n' && *p != ',') continue;
            while (b < p && isspace((unsigned char)*b))
              b++;
            size_t n = (size_t)(p - b);
            while (n && isspace((unsigned char)b[n - 1]))
              n--;
            add(c, job, b, n, "docker/build-push-action", tags, true, false);
            b = p + 1;
          }
        }
      }
      const doc_node *r = iac_map_get(st, "run");
      if (r) {
        iac_ci_sh *sh = shell(c);
        gh_env(c, sh, iac_map_get(doc, "env"));
        gh_env(c, sh, iac_map_get(jm, "env"));
        genv_apply(c, sh);
        gh_env(c, sh, iac_map_get(st, "env"));
        const doc_node *cond = iac_map_get(st, "if");
        c->step_cond = NULL;
        if (cond)
          c->step_cond =
              base_arena_printf(&c->u->arena, "in the step at %s:%u, which runs only if: %s",
                                c->file ? c->file : c->u->path, st->line,
                                is_str(cond)                          ? cond->u.str
                                : cond->kind == DOC_BOOL && cond->u.b ? "true"
                                                                      : "...");
        run(c, sh, job, r);
        genv_parse(c);
        c->step_cond = NULL;
      }
      c->wd = NULL;
    }
    c->events = events;
    c->n_events = n_events;
  }
}

/* The job maps of a GitLab file, and of its `include:` local files (a
 * string that is not a URL, or {local: PATH}; remote, project, template and
 * component includes are not seen), for jobs and `extends`. */
static void gl_collect(ci *c, const doc_node *doc) {
  for (uint32_t i = 0; i < doc->len && c->n_jobs < MAX_PUSHES; i++)
    if (doc->u.entries[i].val->kind == DOC_MAP) {
      c->job_file[c->n_jobs] = c->file;
      c->jobs[c->n_jobs++] = &doc->u.entries[i];
    }
  const doc_node *inc = iac_map_get(doc, "include");
  if (!inc) return;
  uint32_t n = inc->kind == DOC_LIST ? inc->len : 1;
  for (uint32_t i = 0; i < n; i++) {
    const doc_node *it = inc->kind == DOC_LIST ? inc->u.items[i] : inc;
    const doc_node *local = is_str(it) ? it : iac_map_get(it, "local");
    if (!is_str(local) || strstr(local->u.str, "://") || !enter(c)) continue;
    const char *rel = NULL;
    const doc_node *d = yaml_file(c, local->u.str, local->len, &rel);
    const char *was = c->file;
    c->file = rel;
    if (d) gl_collect(c, d);
    c->file = was;
    c->depth--;
  }
}

/* The job named name (a later definition, an include's, wins), or -1. */
static long gl_job(const ci *c, const char *name) {
  for (size_t i = c->n_jobs; i-- > 0;)
    if (!strcmp(c->jobs[i]->key, name)) return (long)i;
  return -1;
}

/* Job j's key as GitLab merges it: its own, else from its `extends` (the
 * last one listed wins), recursively; NULL when none has it, or when
 * MAX_EXTENDS_STEPS templates were looked at without finding it (a chain
 * GitLab itself rejects). *file: the file of the job that has it (NULL: the
 * pipeline file). */
static const doc_node *gl_key_from(const ci *c, size_t j, const char *key, int depth,
                                   const char **file, int *steps) {
  const doc_node *job = c->jobs[j]->val;
  const doc_node *v = iac_map_get(job, key);
  *file = c->job_file[j];
  if (v || depth >= MAX_EXTENDS || --*steps <= 0) return v;
  const doc_node *ext = iac_map_get(job, "extends");
  uint32_t n = ext && ext->kind == DOC_LIST ? ext->len : ext ? 1 : 0;
  for (uint32_t i = n; i-- > 0;) {
    const doc_node *name = ext->kind == DOC_LIST ? ext->u.items[i] : ext;
    long b = is_str(name) ? gl_job(c, name->u.str) : -1;
    if (b >= 0 && (v = gl_key_from(c, (size_t)b, key, depth + 1, file, steps))) return v;
  }
  return NULL;
}

static const doc_node *gl_key(const ci *c, size_t j, const char *key, int depth,
                              const char **file) {
  int steps = MAX_EXTENDS_STEPS;
  return gl_key_from(c, j, key, depth, file, &steps);
}

/* The job's before_script / script / after_script (the default's when it has
 * none), read where each is written, in sh. */
static void gl_part(ci *c, iac_ci_sh *sh, size_t j, const char *key, const doc_node *dflt) {
  const char *file;
  const doc_node *v = gl_key(c, j, key, 0, &file);
  if (!v && dflt) v = iac_map_get(dflt, key), file = NULL;
  const char *was = c->file;
  c->file = file;
  run(c, sh, c->jobs[j]->key, v);
  c->file = was;
}

/* ---- GitLab variables ---------------------------------------------------------------------- */

/* A variable a GitLab file defines: its value as written (NULL: not known,
 * why), raw when `expand: false` (the runner leaves its $ as they are). */
typedef struct gl_var {
  const char *name, *value, *why;
  bool raw;
} gl_var;

/* variables one job sees (the rest: a located warning, not applied); bytes
 * of one value after references are expanded; nesting of references */
enum { MAX_GL_VARS = 512, MAX_GL_VALUE = 65536, MAX_GL_REF_DEPTH = 8 };
/* references expanded for one value (empty values repeated do not grow it);
 * `variables:` entries looked at for one job (templates reached many ways) */
enum { MAX_GL_REFS = 65536, MAX_GL_LOOKED = 65536 };

typedef struct gl_vars {
  gl_var v[MAX_GL_VARS];
  size_t n;
  bool full;     /* MAX_GL_VARS reached */
  size_t looked; /* entries looked at (MAX_GL_LOOKED) */
} gl_vars;

/* Sets name from the `variables:` entry e (a string, number or boolean, or
 * {value: ..., expand: false, description: ...}) of the file `file`. */
static void gl_var_set(ci *c, gl_vars *vs, const doc_entry *e, const char *file) {
  base_arena *a = &c->u->arena;
  if (++vs->looked > MAX_GL_LOOKED) return; /* gl_env: every variable unknown */
  const doc_node *val = e->val;
  bool raw = false;
  if (val->kind == DOC_MAP) {
    const doc_node *x = iac_map_get(val, "expand");
    raw = x && x->kind == DOC_BOOL && !x->u.b;
    val = iac_map_get(val, "value");
  }
  const char *value = NULL, *why = NULL;
  if (val && val->kind == DOC_STRING)
    value = val->u.str;
  else if (val && val->kind == DOC_NUMBER)
    value = base_arena_printf(a, "%.17g", val->u.num);
  else if (val && val->kind == DOC_BOOL)
    value = val->u.b ? "true" : "false";
  else if (!val || val->kind == DOC_NULL)
    value = "";
  else
    why = base_arena_printf(a, "variable %s at %s:%u is not a string, number or boolean", e->key,
                            file ? file : c->u->path, e->line);
  size_t i = 0;
  while (i < vs->n && strcmp(vs->v[i].name, e->key))
    i++;
  if (i == vs->n) {
    if (vs->n >= MAX_GL_VARS) {
      if (!vs->full)
        iac_unit_warning(c->u, e->line, 1,
                         "more than %d GitLab variables for one job: the rest are not applied",
                         MAX_GL_VARS);
      vs->full = true;
      return;
    }
    vs->n++;
  }
  vs->v[i] = (gl_var){e->key, why ? NULL : value, why, raw};
}

static void gl_vars_from(ci *c, gl_vars *vs, const doc_node *m, const char *file) {
  for (uint32_t i = 0; m && m->kind == DOC_MAP && i < m->len; i++)
    gl_var_set(c, vs, &m->u.entries[i], file);
}

/* Job j's `variables:` merged through `extends` as GitLab merges hashes:
 * each template's (in the order listed, a later one over an earlier one,
 * each after its own templates), then the job's own over them. False when
 * the chain is deeper than MAX_EXTENDS or looks at MAX_EXTENDS_STEPS jobs (a
 * cycle: GitLab rejects the file). */
static bool gl_job_vars(ci *c, size_t j, int depth, int *steps, gl_vars *vs) {
  if (depth > MAX_EXTENDS || --*steps <= 0) return false;
  const doc_node *job = c->jobs[j]->val;
  const doc_node *ext = iac_map_get(job, "extends");
  uint32_t n = ext && ext->kind == DOC_LIST ? ext->len : ext ? 1 : 0;
  bool ok = true;
  for (uint32_t i = 0; i < n && ok; i++) {
    const doc_node *name = ext->kind == DOC_LIST ? ext->u.items[i] : ext;
    long b = is_str(name) ? gl_job(c, name->u.str) : -1;
    if (b >= 0) ok = gl_job_vars(c, (size_t)b, depth + 1, steps, vs);
  }
  gl_vars_from(c, vs, iac_map_get(job, "variables"), c->job_file[j]);
  return ok;
}

/* Whether the global variable name reaches a job whose `inherit: variables:`
 * is inh (absent or true: all; false: none; a list: those named). */
static bool gl_inherits(const doc_node *inh, const char *name) {
  if (!inh) return true;
  if (inh->kind == DOC_BOOL) return inh->u.b;
  for (uint32_t i = 0; inh->kind == DOC_LIST && i < inh->len; i++)
    if (is_str(inh->u.items[i]) && !strcmp(inh->u.items[i]->u.str, name)) return true;
  return false;
}

/* value with every $NAME / ${NAME} that names another variable of vs
 * replaced by that one's value (expanded in turn), as the runner expands
 * variables in variables; `$$` is a '$'; other references are kept as
 * written (the environment's). *why: set when a value referred to is not
 * known or the result is too large. */
static void gl_expand(ci *c, const gl_vars *vs, const char *value, int depth, FILE *f, size_t *len,
                      size_t *refs, const char **why, bool *literal) {
  for (const char *p = value; *p && !*why; p++) {
    if (*p != '$') {
      fputc(*p, f), ++*len;
      continue;
    }
    if (p[1] == '$') {
      fputc('$', f), ++*len, p++;
      *literal = true;
      continue;
    }
    bool brace = p[1] == '{';
    const char *nm = p + 1 + brace;
    size_t nl = 0;
    while (isalnum((unsigned char)nm[nl]) || nm[nl] == '_')
      nl++;
    const gl_var *ref = NULL;
    for (size_t i = 0; nl && i < vs->n && !ref; i++)
      if (strlen(vs->v[i].name) == nl && !strncmp(vs->v[i].name, nm, nl)) ref = &vs->v[i];
    if (brace && nm[nl] != '}') ref = NULL; /* ${X:-y} and the like: as written */
    if (!ref || depth >= MAX_GL_REF_DEPTH) {
      fputc('$', f), ++*len;
      continue;
    }
    if (++*refs > MAX_GL_REFS)
      *why = base_arena_printf(&c->u->arena,
                               "the value of a GitLab variable names more than %d variables once "
                               "expanded (limit exceeded)",
                               MAX_GL_REFS);
    else if (!ref->value)
      *why = ref->why;
    else if (ref->raw) {
      fputs(ref->value, f);
      *len += strlen(ref->value);
      if (strchr(ref->value, '$')) *literal = true;
    } else
      gl_expand(c, vs, ref->value, depth + 1, f, len, refs, why, literal);
    p = nm + nl + brace - 1;
    if (*len > MAX_GL_VALUE && !*why)
      *why = base_arena_printf(&c->u->arena,
                               "the value of a GitLab variable is longer than %d bytes once the "
                               "variables it names are expanded (limit exceeded)",
                               MAX_GL_VALUE);
  }
}

/* The variables GitLab gives job j from the file (the global `variables:`
 * of the file and its local includes, the file's over the includes', as
 * `inherit: variables:` lets them; then the job's, merged through
 * `extends`), exported with the references between them expanded into both
 * of the job's shells: sh (before_script and script) and after.
 * Variables set elsewhere (project, group, instance, predefined) are not
 * seen: a variable the file does not define stays the environment's. */
static void gl_env(ci *c, iac_ci_sh *sh, iac_ci_sh *after, size_t j) {
  gl_vars *vs = base_xmalloc(sizeof *vs);
  vs->n = 0;
  vs->full = false;
  vs->looked = 0;
  const char *file;
  const doc_node *inherit = gl_key(c, j, "inherit", 0, &file);
  const doc_node *inh = iac_map_get(inherit, "variables");
  for (int main_file = 0; main_file < 2; main_file++)
    for (size_t i = 0; i < c->n_jobs; i++) {
      const doc_entry *e = c->jobs[i];
      if (strcmp(e->key, "variables") || e->val->kind != DOC_MAP ||
          (c->job_file[i] == NULL) != main_file)
        continue;
      for (uint32_t k = 0; k < e->val->len; k++)
        if (gl_inherits(inh, e->val->u.entries[k].key))
          gl_var_set(c, vs, &e->val->u.entries[k], c->job_file[i]);
    }
  int steps = MAX_EXTENDS_STEPS;
  const char *broken = NULL;
  bool chain = gl_job_vars(c, j, 0, &steps, vs);
  if (vs->looked > MAX_GL_LOOKED)
    broken = base_arena_printf(&c->u->arena,
                               "the variables: of job %s and its templates, more than %d entries "
                               "(limit exceeded)",
                               c->jobs[j]->key, MAX_GL_LOOKED);
  else if (!chain)
    broken = base_arena_printf(&c->u->arena,
                               "the extends chain of job %s, deeper than %d levels or circular "
                               "(GitLab rejects the file)",
                               c->jobs[j]->key, MAX_EXTENDS);
  for (size_t i = 0; i < vs->n; i++) {
    const gl_var *v = &vs->v[i];
    const char *why = broken ? broken : v->why;
    char *out = NULL;
    size_t len = 0;
    bool literal = v->raw && v->value && strchr(v->value, '$');
    if (!why && !v->raw) {
      size_t n = 0;
      FILE *f = open_memstream(&out, &n);
      if (!f)
        why = "out of memory";
      else {
        size_t refs = 0;
        gl_expand(c, vs, v->value, 0, f, &len, &refs, &why, &literal);
        if (fclose(f) != 0) why = "out of memory";
      }
    }
    /* A '$' GitLab leaves as text ($$, expand: false) reaches the shell as
     * text, which it does not expand again: the value is not the variable
     * reference it reads like, and no image tag or repository may hold a
     * '$' (the push is rejected). Said, as GitHub's env: is. */
    if (!why && literal)
      why = base_arena_printf(&c->u->arena,
                              "variable %s is the text %s: GitLab leaves its $ as written "
                              "(%s), and the shell does not expand a variable's value again",
                              v->name, v->raw ? v->value : out,
                              v->raw ? "expand: false"
                                     : "a $$, or a variable with expand: false it names");
    for (int k = 0; k < 2; k++)
      if (why)
        iac_ci_sh_env(k ? after : sh, v->name, NULL, why);
      else
        iac_ci_sh_env(k ? after : sh, v->name, v->raw ? v->value : out, NULL);
    free(out);
  }
  if (broken) { /* what any variable is, GitLab never says */
    iac_ci_sh_env_unknown(sh, broken);
    iac_ci_sh_env_unknown(after, broken);
  }
  free(vs);
}

static void gl_build(ci *c, const doc_node *doc) {
  gl_collect(c, doc);
  const doc_node *dflt = iac_map_get(doc, "default");
  for (uint32_t i = 0; dflt && dflt->kind == DOC_MAP && i < dflt->len; i++)
    if (!strcmp(dflt->u.entries[i].key, "variables"))
      iac_unit_warning(c->u, dflt->u.entries[i].line, 1,
                       "default: variables is not a GitLab keyword (GitLab rejects the file; "
                       "global variables: are the defaults): not applied");
  for (size_t i = 0; i < c->n_jobs; i++) {
    const doc_entry *e = c->jobs[i];
    if (e->key[0] == '.' || gl_job(c, e->key) != (long)i) continue; /* a template; overridden */
    const char *file;
    if (!gl_key(c, i, "script", 0, &file)) continue; /* not a job */
    iac_ci_sh *sh = shell(c);                        /* before_script and script run in one shell */
    iac_ci_sh *after = shell(c);
    gl_env(c, sh, after, i);
    gl_part(c, sh, i, "before_script", dflt);
    gl_part(c, sh, i, "script", NULL);
    gl_part(c, after, i, "after_script", dflt);
  }
}

/* A value of the view (what: "tag", "repository") of the push p: a string,
 * or unknown with its reason when a part of it is (view_ci_shell.h). A '$'
 * the shell kept as text ('$X', \$X) is not the variable it reads like, and
 * no image tag or repository may hold a '$' (the push is rejected): unknown,
 * said as for GitHub's env: and GitLab's variables that keep a '$'. */
static doc_node *value(ci *c, const push *p, const char *what, const char *v) {
  uint32_t line = p->at->line, col = p->at->col;
  const char *why;
  if (iac_ci_sh_unknown(&c->host, v, strlen(v), &why))
    return iac_doc_unknown(&c->u->arena, why, line, col);
  if (strchr(v, IAC_CI_SH_LITERAL_DOLLAR))
    return iac_doc_unknown(
        &c->u->arena,
        base_arena_printf(&c->u->arena,
                          "the %s %s pushed at %s:%u holds a $ the shell keeps as text (in single "
                          "quotes, written \\$, or in a here-document with a quoted delimiter), "
                          "not a variable's value: no image %s may hold a '$' (the push is "
                          "rejected)",
                          what, iac_ci_sh_display(&c->host, v, strlen(v)),
                          p->file ? p->file : c->u->path, line, what),
        line, col);
  return iac_doc_string(&c->u->arena, v, strlen(v), line, col);
}

/* One resource per (job, repository) with every tag pushed to it. */
static void emit(ci *c) {
  base_arena *a = &c->u->arena;
  for (size_t i = 0; i < c->n; i++) { /* as people read them */
    push *p = &c->p[i];
    p->repo_shown = p->repo ? iac_ci_sh_display(&c->host, p->repo, strlen(p->repo)) : NULL;
    p->tag_shown = iac_ci_sh_display(&c->host, p->tag, strlen(p->tag));
  }
  for (size_t i = 0; i < c->n; i++) {
    push *p = &c->p[i];
    if (!p->pushed || !p->repo_shown) continue;
    doc_node **tags = base_arena_alloc(a, (c->n - i) * sizeof *tags);
    const char **shown = base_arena_alloc(a, (c->n - i) * sizeof *shown);
    uint32_t nt = 0;
    for (size_t k = i; k < c->n; k++) {
      push *q = &c->p[k];
      if (!q->pushed || !q->repo_shown || q->job != p->job || strcmp(q->repo_shown, p->repo_shown))
        continue;
      bool again = false; /* the same tag pushed twice (a script run by two steps) */
      for (uint32_t t = 0; t < nt && !again; t++)
        again = !strcmp(shown[t], q->tag_shown);
      if (!again) {
        shown[nt] = q->tag_shown;
        tags[nt++] = value(c, q, "tag", q->tag);
      }
      if (k != i) q->repo_shown = NULL; /* merged */
    }
    uint32_t l = p->at->line, col = p->at->col;
    doc_entry e[4] = {
        {"job", 3, l, col, iac_doc_string(a, p->job, strlen(p->job), l, col)},
        {"repository", 10, l, col, value(c, p, "repository", p->repo)},
        {"tags", 4, l, col, iac_doc_list(a, tags, nt, l, col)},
        {"via", 3, l, col, iac_doc_string(a, p->via, strlen(p->via), l, col)},
    };
    iac_resource *r = iac_unit_add_resource(c->u);
    if (p->file) r->file = p->file;
    r->format = IAC_FMT_CI;
    r->kind = "push";
    r->type = c->type;
    r->name = base_arena_printf(a, "%s %s", p->job, p->repo_shown);
    r->line = l;
    r->col = col;
    r->body = iac_doc_map(a, e, 4, l, col);
  }
}

static void ci_build(iac_unit *u, const doc_node *doc) {
  ci *c = base_arena_calloc(&u->arena, sizeof *c);
  c->u = u;
  bool github = gh_detect(doc);
  c->follow = iac_ci_repo_of(u, github, &c->repo);
  c->budget = MAX_CALLED_BYTES;
  c->host = (iac_ci_sh_host){.ctx = c,
                             .arena = &u->arena,
                             .path = u->path,
                             .command = command,
                             .enter = sh_enter,
                             .leave = sh_leave,
                             .warn = sh_warn};
  if (github) {
    c->type = "github-actions";
    c->host.github_env = genv_write_cb;
    c->writes = base_xmalloc(MAX_GENV_WRITES * sizeof *c->writes);
    gh_build(c, doc, NULL);
    free(c->writes);
    free(c->genv);
  } else {
    c->type = "gitlab-ci";
    gl_build(c, doc);
  }
  emit(c);
  for (int i = 0; i < c->n_sub; i++)
    iac_unit_free(c->sub[i]);
}

const iac_view iac_view_ci = {
    .name = "ci",
    .format = IAC_FMT_CI,
    .detect = ci_detect,
    .build = ci_build,
};
