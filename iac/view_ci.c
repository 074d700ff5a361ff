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
 * and `docker buildx build --push -t REF`. Lines are split on `&&`, `||` and
 * `;`. A push inside a shell script the step calls is not seen.
 *
 * Detection: GitHub, a map with a `jobs` map whose jobs have `steps` or
 * `runs-on`, and only workflow top-level keys; GitLab, a file named
 * `.gitlab-ci.yml` (or `*.gitlab-ci.yml`), or a map with a `stages` list and
 * a job with `script`. Files that push nothing still belong to this view (and
 * have no resources). */
#include "views.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

enum { MAX_PUSHES = 512, MAX_TOKENS = 64 };

typedef struct push {
  const char *job, *repo, *tag, *via;
  const doc_node *at;
  bool pushed; /* false: only tagged (docker tag / build -t), pushed by --all-tags */
} push;

typedef struct ci {
  iac_unit *u;
  const char *type;
  push p[MAX_PUSHES];
  size_t n;
} ci;

static bool is_str(const doc_node *n) {
  return n && n->kind == DOC_STRING;
}

static const char *const GH_KEYS[] = {"name",     "on",       "true",     "jobs",
                                      "env",      "defaults", "run-name", "permissions",
                                      "concurrency", NULL};

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

/* Split an image reference into repository and tag: the tag follows the last
 * ':' after the last '/' (a ':' before it is a registry port); a digest is
 * dropped (a push names a tag). No tag: "latest". */
static void split_ref(base_arena *a, const char *s, size_t n, const char **repo,
                      const char **tag) {
  /* one whole expression (${{ steps.meta.outputs.tags }}): neither is known */
  if (n > 5 && !strncmp(s, "${{", 3) && !strncmp(s + n - 2, "}}", 2) &&
      !memchr(s + 3, '$', n - 3)) {
    *repo = *tag = base_arena_strndup(a, s, n);
    return;
  }
  const char *at = memchr(s, '@', n);
  if (at) n = (size_t)(at - s);
  size_t slash = 0, colon = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '/') slash = i + 1, colon = 0;
    if (s[i] == ':' && i >= slash) colon = i + 1;
  }
  /* a ':' inside ${...} or ${{ }} is not a tag separator */
  if (colon && colon >= 2 && s[colon - 2] == '$') colon = 0;
  *repo = base_arena_strndup(a, s, colon ? colon - 1 : n);
  *tag = colon ? base_arena_strndup(a, s + colon, n - colon) : "latest";
}

static size_t unquote(const char **ref, size_t n) {
  while (n && ((*ref)[0] == '"' || (*ref)[0] == '\''))
    (*ref)++, n--;
  while (n && ((*ref)[n - 1] == '"' || (*ref)[n - 1] == '\'' || (*ref)[n - 1] == ','))
    n--;
  return n;
}

static void add(ci *c, const char *job, const char *ref, size_t n, const char *via,
                const doc_node *at, bool pushed) {
  n = unquote(&ref, n);
  if (!n || c->n >= MAX_PUSHES) return;
  push *p = &c->p[c->n++];
  split_ref(&c->u->arena, ref, n, &p->repo, &p->tag);
  p->job = job;
  p->via = via;
  p->at = at;
  p->pushed = pushed;
}

/* `docker push --all-tags REPO`: every tag the job gave REPO. */
static void push_all(ci *c, const char *job, const char *repo, size_t n, const doc_node *at) {
  n = unquote(&repo, n);
  size_t end = c->n;
  bool any = false;
  for (size_t i = 0; i < end; i++) {
    push *p = &c->p[i];
    if (p->job != job || p->pushed || strlen(p->repo) != n || strncmp(p->repo, repo, n)) continue;
    p->pushed = true;
    p->via = "docker push --all-tags";
    any = true;
  }
  if (!any) add(c, job, repo, n, "docker push --all-tags", at, true);
}

static bool tok_is(const char *t, size_t n, const char *w) {
  return strlen(w) == n && !strncmp(t, w, n);
}

static bool tok_has(const char *t, size_t n, const char *w) {
  size_t m = strlen(w);
  for (size_t i = 0; i + m <= n; i++)
    if (!strncmp(t + i, w, m)) return true;
  return false;
}

/* One shell command (already split off its neighbours). */
static void command(ci *c, const char *job, const char *s, size_t n, const doc_node *at) {
  const char *tok[MAX_TOKENS];
  size_t len[MAX_TOKENS];
  int k = 0;
  for (size_t i = 0; i < n && k < MAX_TOKENS;) {
    while (i < n && isspace((unsigned char)s[i]))
      i++;
    if (i >= n) break;
    size_t st = i;
    char q = 0;
    while (i < n && (q || !isspace((unsigned char)s[i]))) {
      if (i + 2 < n && !strncmp(s + i, "${{", 3)) { /* GitHub substitutes it before the shell */
        while (i + 1 < n && strncmp(s + i, "}}", 2))
          i++;
        i += i + 1 < n ? 2 : 1;
        continue;
      }
      if (!q && (s[i] == '"' || s[i] == '\'')) q = s[i];
      else if (q == s[i]) q = 0;
      i++;
    }
    tok[k] = s + st;
    len[k++] = i - st;
  }
  int d = 0;
  while (d < k && !tok_is(tok[d], len[d], "docker"))
    d++; /* `sudo docker`, `time docker` */
  if (d + 1 >= k) return;
  int a = d + 1;
  if (tok_is(tok[a], len[a], "image") || tok_is(tok[a], len[a], "buildx")) a++;
  if (a >= k) return;
  if (tok_is(tok[a], len[a], "push")) {
    bool all = false;
    for (int i = a + 1; i < k; i++) {
      if (tok_is(tok[i], len[i], "--all-tags") || tok_is(tok[i], len[i], "-a")) all = true;
      else if (tok[i][0] != '-') {
        if (all) push_all(c, job, tok[i], len[i], at);
        else add(c, job, tok[i], len[i], "docker push", at, true);
        return;
      }
    }
  } else if (tok_is(tok[a], len[a], "tag")) {
    if (a + 2 < k) add(c, job, tok[a + 2], len[a + 2], "docker tag", at, false);
  } else if (tok_is(tok[a], len[a], "build")) {
    bool push_flag = false;
    for (int i = a + 1; i < k; i++)
      push_flag |= tok_is(tok[i], len[i], "--push") ||
                   (len[i] > 9 && !strncmp(tok[i], "--output=", 9) && tok_has(tok[i], len[i], "push=true"));
    for (int i = a + 1; i + 1 < k; i++)
      if (tok_is(tok[i], len[i], "-t") || tok_is(tok[i], len[i], "--tag"))
        add(c, job, tok[i + 1], len[i + 1], push_flag ? "docker buildx build --push" : "docker build",
            at, push_flag);
  }
}

/* A script: text (lines) or a list of lines; split on newlines, &&, ||, ;. */
static void script(ci *c, const char *job, const doc_node *v) {
  if (!v) return;
  if (v->kind == DOC_LIST) {
    for (uint32_t i = 0; i < v->len; i++)
      script(c, job, v->u.items[i]);
    return;
  }
  if (!is_str(v)) return;
  const char *s = v->u.str, *end = s + v->len, *st = s;
  for (const char *p = s; p <= end; p++) {
    bool cut = p == end || *p == '\n' || *p == ';';
    size_t skip = 1;
    if (!cut && p + 1 < end && ((p[0] == '&' && p[1] == '&') || (p[0] == '|' && p[1] == '|')))
      cut = true, skip = 2;
    if (!cut) continue;
    command(c, job, st, (size_t)(p - st), v);
    st = p + skip;
    if (skip == 2) p++;
  }
}

static bool truthy(const doc_node *v) {
  if (!v) return false;
  if (v->kind == DOC_BOOL) return v->u.b;
  /* "true", or an expression that may be true: counted as a push */
  return is_str(v) && strcasecmp(v->u.str, "false") != 0;
}

static void gh_build(ci *c, const doc_node *doc) {
  const doc_node *jobs = iac_map_get(doc, "jobs");
  for (uint32_t i = 0; i < jobs->len; i++) {
    const char *job = jobs->u.entries[i].key;
    const doc_node *steps = iac_map_get(jobs->u.entries[i].val, "steps");
    for (uint32_t k = 0; steps && steps->kind == DOC_LIST && k < steps->len; k++) {
      const doc_node *st = steps->u.items[k];
      const doc_node *uses = iac_map_get(st, "uses");
      if (is_str(uses) && !strncmp(uses->u.str, "docker/build-push-action", 24)) {
        const doc_node *with = iac_map_get(st, "with");
        if (!truthy(iac_map_get(with, "push"))) continue;
        const doc_node *tags = iac_map_get(with, "tags");
        for (uint32_t t = 0; tags && tags->kind == DOC_LIST && t < tags->len; t++)
          if (is_str(tags->u.items[t]))
            add(c, job, tags->u.items[t]->u.str, tags->u.items[t]->len, "docker/build-push-action",
                tags->u.items[t], true);
        if (is_str(tags)) {
          const char *s = tags->u.str, *end = s + tags->len, *b = s;
          for (const char *p = s; p <= end; p++) {
            if (p < end && *p != '\n' && *p != ',') continue;
            while (b < p && isspace((unsigned char)*b))
              b++;
            size_t n = (size_t)(p - b);
            while (n && isspace((unsigned char)b[n - 1]))
              n--;
            add(c, job, b, n, "docker/build-push-action", tags, true);
            b = p + 1;
          }
        }
      }
      script(c, job, iac_map_get(st, "run"));
    }
  }
}

static void gl_build(ci *c, const doc_node *doc) {
  for (uint32_t i = 0; i < doc->len; i++) {
    const doc_entry *e = &doc->u.entries[i];
    if (e->val->kind != DOC_MAP || e->key[0] == '.') continue; /* hidden job: a template */
    if (!iac_map_get(e->val, "script")) continue;
    script(c, e->key, iac_map_get(e->val, "before_script"));
    script(c, e->key, iac_map_get(e->val, "script"));
    script(c, e->key, iac_map_get(e->val, "after_script"));
  }
}

/* One resource per (job, repository) with every tag pushed to it. */
static void emit(ci *c) {
  base_arena *a = &c->u->arena;
  for (size_t i = 0; i < c->n; i++) {
    push *p = &c->p[i];
    if (!p->pushed || !p->repo) continue;
    doc_node **tags = base_arena_alloc(a, (c->n - i) * sizeof *tags);
    uint32_t nt = 0;
    for (size_t k = i; k < c->n; k++) {
      push *q = &c->p[k];
      if (!q->pushed || !q->repo || q->job != p->job || strcmp(q->repo, p->repo)) continue;
      tags[nt++] = iac_doc_string(a, q->tag, strlen(q->tag), q->at->line, q->at->col);
      if (k != i) q->repo = NULL; /* merged */
    }
    uint32_t l = p->at->line, col = p->at->col;
    doc_entry e[4] = {
        {"job", 3, l, col, iac_doc_string(a, p->job, strlen(p->job), l, col)},
        {"repository", 10, l, col, iac_doc_string(a, p->repo, strlen(p->repo), l, col)},
        {"tags", 4, l, col, iac_doc_list(a, tags, nt, l, col)},
        {"via", 3, l, col, iac_doc_string(a, p->via, strlen(p->via), l, col)},
    };
    iac_resource *r = iac_unit_add_resource(c->u);
    r->format = IAC_FMT_CI;
    r->kind = "push";
    r->type = c->type;
    r->name = base_arena_printf(a, "%s %s", p->job, p->repo);
    r->line = l;
    r->col = col;
    r->body = iac_doc_map(a, e, 4, l, col);
  }
}

static void ci_build(iac_unit *u, const doc_node *doc) {
  ci *c = base_arena_calloc(&u->arena, sizeof *c);
  c->u = u;
  if (gh_detect(doc)) {
    c->type = "github-actions";
    gh_build(c, doc);
  } else {
    c->type = "gitlab-ci";
    gl_build(c, doc);
  }
  emit(c);
}

const iac_view iac_view_ci = {
    .name = "ci",
    .format = IAC_FMT_CI,
    .detect = ci_detect,
    .build = ci_build,
};
