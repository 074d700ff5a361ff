/* dockerfile.c — a Dockerfile as resources (see dockerfile.h): FROM lines and
 * the images COPY --from and RUN --mount pull in as images, and the file itself with the
 * instructions that decide how the final image runs (USER, HEALTHCHECK) and ADD. Reads logical
 * lines (backslash continuations joined, comments dropped). */
#include "dockerfile.h"
#include "image.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

bool iac_dockerfile_name(const char *b) {
  size_t n = strlen(b);
  return !strcasecmp(b, "Dockerfile") || !strncasecmp(b, "Dockerfile.", 11) ||
         (n > 11 && !strcasecmp(b + n - 11, ".dockerfile"));
}

typedef struct arg {
  const char *name, *value; /* value NULL: declared without default */
} arg;

enum { MAX_ARGS = 256, MAX_STAGES = 256, MAX_ADDS = 256, MAX_ENVS = 256 };

/* An ENV variable and the stage that set it (a stage FROM an earlier one
 * inherits its ENV). */
typedef struct env_var {
  const char *name, *value;
  const char *why; /* a variable in value was kept as written: why its value is not known */
  int stage;
} env_var;

/* What a stage leaves in its image config: the last USER and HEALTHCHECK
 * (inherited by a stage built FROM it; NULL: none seen). */
typedef struct stage_cfg {
  doc_node *user, *healthcheck;
} stage_cfg;

/* A growing list of nodes in the unit's arena. */
typedef struct nodes {
  doc_node **items;
  uint32_t n, cap;
} nodes;

static void nodes_add(base_arena *a, nodes *l, doc_node *v) {
  if (l->n == l->cap) {
    uint32_t cap = l->cap ? l->cap * 2 : 16;
    doc_node **items = base_arena_alloc(a, cap * sizeof *items);
    if (l->n) memcpy(items, l->items, l->n * sizeof *items);
    l->items = items, l->cap = cap;
  }
  l->items[l->n++] = v;
}

typedef struct df {
  iac_unit *u;
  arg args[MAX_ARGS];
  int n_args;
  /* ARGs visible to an instruction: FROM sees the global ones (before the
   * first FROM); an instruction inside a stage only those the stage declares
   * (a redeclared global ARG takes the global default), as in Docker. */
  int arg_floor, stage_args;
  /* ENV, for WORKDIR only (docs/formats.md): set by the stage or the stages
   * it is built FROM (parent: the earlier stage a stage is FROM, or -1). */
  env_var envs[MAX_ENVS];
  int n_envs;
  int parent[MAX_STAGES];
  bool with_env;    /* expand(): ENV first, and keep variables without a value as written */
  bool env_strict;  /* expand(): ENV first, a variable without a value is unknown (USER) */
  const char *kept; /* with_env: why the first variable kept as written has no value here */
  const char *stages[MAX_STAGES];
  stage_cfg cfg[MAX_STAGES];
  int n_stages;
  doc_node *adds[MAX_ADDS]; /* every ADD in the file, in order */
  uint32_t n_adds;
  nodes run, expose;             /* every RUN ({args, commands}) and EXPOSE (args), in order */
  nodes env;                     /* the arguments of every ENV and ARG, as written */
  nodes names;                   /* every stage's AS name, located */
  nodes maintainer, workdir;     /* every MAINTAINER's and WORKDIR's arguments, as written */
  int n_copy_from, n_mount_from; /* external images of COPY --from / RUN --mount from= */
  uint32_t last_from_line;
} df;

static const arg *find_arg(const df *d, const char *name, size_t n) {
  for (int i = d->n_args; i-- > d->arg_floor;)
    if (strlen(d->args[i].name) == n && !memcmp(d->args[i].name, name, n)) return &d->args[i];
  return NULL;
}

/* The ENV variable name[0..n) of the current stage or the stages it is
 * built FROM; NULL when none sets it. */
static const env_var *find_env(const df *d, const char *name, size_t n) {
  if (!d->n_stages) return NULL;
  for (int i = d->n_envs; i-- > 0;) {
    const env_var *e = &d->envs[i];
    if (strlen(e->name) != n || memcmp(e->name, name, n)) continue;
    for (int st = d->n_stages - 1, hops = 0; st >= 0 && hops < MAX_STAGES;
         st = d->parent[st], hops++)
      if (st == e->stage) return e;
  }
  return NULL;
}

/* Substitute $X, ${X}, ${X:-def}; *why set when a variable has no value.
 * With d->with_env (WORKDIR, ENV values): ENV variables first, as Docker
 * does, and a variable without a value here (a build argument, or one only
 * the base image's ENV may set) is kept as written instead of making the
 * result unknown (d->kept says why). With d->env_strict (USER): ENV
 * variables first, and any variable without a value here, or whose ENV value
 * kept one as written, makes the result unknown with *why. */
static char *expand(df *d, const char *s, size_t n, const char **why) {
  base_arena *a = &d->u->arena;
  char *out = base_arena_alloc(a, 4 * n + 256);
  size_t o = 0, cap = 4 * n + 255;
  for (size_t i = 0; i < n;) {
    if (s[i] != '$' || i + 1 >= n) {
      if (o < cap) out[o++] = s[i];
      i++;
      continue;
    }
    size_t st = i + 1, en, next;
    const char *def = NULL;
    size_t def_len = 0;
    if (s[st] == '{') {
      const char *close = memchr(s + st, '}', n - st);
      if (!close) break;
      en = st + 1;
      while (en < (size_t)(close - s) && (isalnum((unsigned char)s[en]) || s[en] == '_'))
        en++;
      if (en + 1 < (size_t)(close - s) && s[en] == ':' && s[en + 1] == '-') {
        def = s + en + 2;
        def_len = (size_t)(close - def);
      }
      next = (size_t)(close - s) + 1;
      st++;
    } else {
      en = st;
      while (en < n && (isalnum((unsigned char)s[en]) || s[en] == '_'))
        en++;
      next = en;
    }
    bool env = d->with_env || d->env_strict;
    const env_var *ev = env ? find_env(d, s + st, en - st) : NULL;
    const arg *v = ev ? NULL : find_arg(d, s + st, en - st);
    const char *val = ev ? ev->value : v && v->value ? v->value : NULL;
    size_t vl = val ? strlen(val) : 0;
    int nl = (int)(en - st);
    if (!val && def && (!env || v)) val = def, vl = def_len;
    if (ev && ev->why && d->env_strict) {
      if (!*why) *why = ev->why;
    } else if (ev && ev->why && d->with_env && !d->kept)
      d->kept = ev->why;
    if (!val && d->with_env) { /* kept as written: the rule sees where the unknown starts */
      for (size_t k = i; k < next && o < cap; k++)
        out[o++] = s[k];
      if (!d->kept)
        d->kept = base_arena_printf(
            a, v ? "ARG %.*s has no default" : "%.*s is set by no ENV or ARG of the stage", nl,
            s + st);
    } else if (!val) {
      if (*why) {
      } else if (v || !d->env_strict)
        *why = base_arena_printf(a, "ARG %.*s has no default", nl, s + st);
      else
        *why = base_arena_printf(a,
                                 "%.*s is set by no ENV or ARG of the stage (the base image's "
                                 "ENV may set it)",
                                 nl, s + st);
    } else {
      for (size_t k = 0; k < vl && o < cap; k++)
        out[o++] = val[k];
    }
    i = next;
  }
  out[o] = 0;
  return out;
}

static void from_line(df *d, const char *s, size_t n, uint32_t line, uint32_t col0) {
  /* FROM [--platform=...] IMAGE [AS NAME] */
  const char *tok[4];
  size_t len[4];
  uint32_t col[4];
  int k = 0;
  for (size_t i = 0; i < n && k < 4;) {
    while (i < n && isspace((unsigned char)s[i]))
      i++;
    if (i >= n) break;
    size_t st = i;
    while (i < n && !isspace((unsigned char)s[i]))
      i++;
    if (k == 0 && i - st > 2 && !strncmp(s + st, "--", 2)) continue; /* flags */
    tok[k] = s + st;
    len[k] = i - st;
    col[k] = (uint32_t)st + 1;
    k++;
  }
  if (k == 0) return;
  const char *stage = k >= 3 && len[1] == 2 && !strncasecmp(tok[1], "as", 2)
                          ? base_arena_strndup(&d->u->arena, tok[2], len[2])
                          : NULL;
  int index = d->n_stages;
  if (stage)
    nodes_add(&d->u->arena, &d->names,
              iac_doc_string(&d->u->arena, stage, len[2], line, col0 + col[2]));
  d->last_from_line = line;
  d->stage_args = d->n_args;
  if (d->n_stages < MAX_STAGES) {
    d->cfg[d->n_stages] = (stage_cfg){0};
    d->parent[d->n_stages] = -1;
    d->stages[d->n_stages++] = stage ? stage : "";
  }
  const char *why = NULL;
  char *image = expand(d, tok[0], len[0], &why);
  if (!why && !strcasecmp(image, "scratch")) return;
  for (int i = 0; i < index && !why; i++)
    if (!strcasecmp(d->stages[i], image)) { /* FROM an earlier stage: its config */
      if (index < MAX_STAGES) d->cfg[index] = d->cfg[i], d->parent[index] = i;
      return;
    }
  base_arena *a = &d->u->arena;
  /* col counts from the start of the FROM arguments */
  doc_node *v = why ? iac_doc_unknown(a, why, line, col0 + col[0])
                    : iac_doc_string(a, image, strlen(image), line, col0 + col[0]);
  const char *name = stage ? stage : base_arena_printf(a, "stage[%d]", index);
  iac_image_add(d->u, IAC_FMT_DOCKERFILE, "base", name, v);
}

/* Whether ref names a stage of this file: an earlier stage's name
 * (case-insensitive) or a stage index (COPY --from=0). */
static bool names_stage(const df *d, const char *ref) {
  size_t i = 0;
  while (ref[i] >= '0' && ref[i] <= '9')
    i++;
  if (i && !ref[i]) return true;
  for (int k = 0; k < d->n_stages; k++)
    if (!strcasecmp(d->stages[k], ref)) return true;
  return false;
}

/* `COPY --from=REF` or `RUN --mount=...,from=REF` inside a stage: a REF that
 * is not a stage of this file is an image pulled into the build (Docker looks
 * for a stage of that name first). ARGs of the stage are expanded; one
 * without a value makes the image unknown. type: "copy" or "mount". */
static void external_from(df *d, const char *ref, size_t n, uint32_t line, uint32_t col,
                          const char *type) {
  if (!n || !d->n_stages) return;
  base_arena *a = &d->u->arena;
  const char *why = NULL;
  d->arg_floor = d->stage_args;
  char *image = expand(d, ref, n, &why);
  d->arg_floor = 0;
  if (!why && names_stage(d, image)) return;
  const char *st = d->stages[d->n_stages - 1];
  const char *stage = *st ? st : base_arena_printf(a, "stage[%d]", d->n_stages - 1);
  int *k = !strcmp(type, "copy") ? &d->n_copy_from : &d->n_mount_from;
  const char *name = base_arena_printf(a, "%s %s[%d]", stage, type, (*k)++);
  doc_node *v =
      why ? iac_doc_unknown(a, why, line, col) : iac_doc_string(a, image, strlen(image), line, col);
  iac_image_add(d->u, IAC_FMT_DOCKERFILE, type, name, v);
}

/* The leading --flags of COPY or RUN (s[0..n) after the keyword; col0 is the
 * keyword's end on the line): COPY --from=REF, RUN --mount=type=...,from=REF. */
static void from_flags(df *d, const char *s, size_t n, uint32_t line, uint32_t col0, bool copy) {
  for (size_t i = 0; i < n;) {
    while (i < n && isspace((unsigned char)s[i]))
      i++;
    if (i + 2 > n || strncmp(s + i, "--", 2)) return; /* the flags come first */
    size_t st = i;
    while (i < n && !isspace((unsigned char)s[i]))
      i++;
    const char *f = s + st;
    size_t fl = i - st;
    if (copy && fl > 7 && !strncmp(f, "--from=", 7)) {
      external_from(d, f + 7, fl - 7, line, col0 + (uint32_t)st + 8, "copy");
    } else if (!copy && fl > 8 && !strncmp(f, "--mount=", 8)) {
      for (size_t k = 8; k < fl;) { /* comma-separated key=value */
        size_t e = k;
        while (e < fl && f[e] != ',')
          e++;
        if (e - k > 5 && !strncmp(f + k, "from=", 5))
          external_from(d, f + k + 5, e - k - 5, line, col0 + (uint32_t)(st + k) + 6, "mount");
        k = e + 1;
      }
    }
  }
}

static void arg_line(df *d, const char *s, size_t n) {
  while (n && isspace((unsigned char)*s))
    s++, n--;
  size_t nl = 0;
  while (nl < n && !isspace((unsigned char)s[nl]) && s[nl] != '=')
    nl++;
  if (!nl || d->n_args >= MAX_ARGS) return;
  const arg *prev = find_arg(d, s, nl);
  arg *a = &d->args[d->n_args++];
  a->name = base_arena_strndup(&d->u->arena, s, nl);
  a->value = prev ? prev->value : NULL; /* `ARG X` in a stage: the global default */
  if (nl < n && s[nl] == '=') {
    const char *v = s + nl + 1;
    size_t vl = n - nl - 1;
    while (vl && isspace((unsigned char)v[vl - 1]))
      vl--;
    if (vl >= 2 && (v[0] == '"' || v[0] == '\'') && v[vl - 1] == v[0]) v++, vl -= 2;
    const char *why = NULL;
    char *val = expand(d, v, vl, &why);
    a->value = why ? NULL : val;
  }
}

/* The arguments of an instruction as a located string (ARGs expanded for
 * USER; unknown when one has no default). */
static doc_node *args_node(df *d, const char *s, size_t n, uint32_t line, uint32_t col0,
                           bool expand_args) {
  size_t i = 0;
  while (i < n && isspace((unsigned char)s[i]))
    i++;
  while (n > i && isspace((unsigned char)s[n - 1]))
    n--;
  base_arena *a = &d->u->arena;
  uint32_t col = col0 + (uint32_t)i + 1;
  if (!expand_args) return iac_doc_string(a, s + i, n - i, line, col);
  const char *why = NULL;
  d->arg_floor = d->stage_args;
  char *v = expand(d, s + i, n - i, &why);
  d->arg_floor = 0;
  return why ? iac_doc_unknown(a, why, line, col) : iac_doc_string(a, v, strlen(v), line, col);
}

/* ENV NAME=VALUE ... (values quoted or not) or the one-pair form ENV NAME
 * VALUE: the variables, for WORKDIR. Values are expanded with the ENV and
 * ARGs set before this instruction (ENV a=1 b=$a gives b the earlier a). */
static void env_line(df *d, const char *s, size_t n) {
  base_arena *a = &d->u->arena;
  env_var set[MAX_ENVS];
  int k = 0;
  size_t i = 0;
  while (i < n && isspace((unsigned char)s[i]))
    i++;
  size_t nl = i;
  while (nl < n && !isspace((unsigned char)s[nl]) && s[nl] != '=')
    nl++;
  /* past MAX_ENVS, no more are kept (and none expanded: each expansion
   * takes arena memory) */
  if (nl == i || !d->n_stages || d->n_envs >= MAX_ENVS) return;
  const char *why = NULL;
  d->with_env = true;
  d->arg_floor = d->stage_args;
  if (nl >= n || s[nl] != '=') { /* ENV NAME VALUE: the rest of the line */
    size_t v = nl, e = n;
    while (v < e && isspace((unsigned char)s[v]))
      v++;
    while (e > v && isspace((unsigned char)s[e - 1]))
      e--;
    d->kept = NULL;
    const char *value = expand(d, s + v, e - v, &why);
    set[k++] = (env_var){base_arena_strndup(a, s + i, nl - i), value, d->kept, d->n_stages - 1};
  } else {
    /* NAME=VALUE pairs, each a shell word: quotes removed ("K=a b" and
     * K="a b" are the same), a backslash escapes the next character */
    char *w = base_arena_alloc(a, n + 1);
    while (i < n && d->n_envs + k < MAX_ENVS) {
      while (i < n && isspace((unsigned char)s[i]))
        i++;
      size_t wl = 0;
      char q = 0;
      bool single = false; /* '...' is not expanded */
      while (i < n && (q || !isspace((unsigned char)s[i]))) {
        if (q && s[i] == q)
          q = 0;
        else if (!q && (s[i] == '"' || s[i] == '\''))
          q = s[i], single |= s[i] == '\'';
        else if (s[i] == '\\' && q != '\'' && i + 1 < n)
          w[wl++] = s[++i];
        else
          w[wl++] = s[i];
        i++;
      }
      const char *eq = memchr(w, '=', wl);
      if (!eq || eq == w) break;
      size_t name_len = (size_t)(eq - w), vl = wl - name_len - 1;
      d->kept = NULL;
      const char *value = single ? base_arena_strndup(a, eq + 1, vl) : expand(d, eq + 1, vl, &why);
      set[k++] = (env_var){base_arena_strndup(a, w, name_len), value, d->kept, d->n_stages - 1};
    }
  }
  d->with_env = false;
  d->kept = NULL;
  d->arg_floor = 0;
  for (int j = 0; j < k && d->n_envs < MAX_ENVS; j++)
    d->envs[d->n_envs++] = set[j];
}

/* WORKDIR's arguments with the ENV and ARG values this file sets expanded;
 * other variables kept as written. */
static doc_node *workdir_node(df *d, const char *s, size_t n, uint32_t line, uint32_t col0) {
  d->with_env = true;
  doc_node *v = args_node(d, s, n, line, col0, true);
  d->with_env = false;
  return v;
}

/* The shell commands of a RUN's arguments (flags such as --mount dropped):
 * split on `;`, `&&`, `||`, `|` and newlines outside quotes, each trimmed;
 * the exec form ["curl", "-k", URL] is one command of its words. */
static doc_node *run_commands(df *d, const char *s, size_t n, uint32_t line, uint32_t col0) {
  base_arena *a = &d->u->arena;
  size_t i = 0;
  for (;;) { /* RUN --mount=... --network=... */
    while (i < n && isspace((unsigned char)s[i]))
      i++;
    if (i + 2 > n || strncmp(s + i, "--", 2)) break;
    while (i < n && !isspace((unsigned char)s[i]))
      i++;
  }
  nodes cmds = {0};
  uint32_t col = col0 + (uint32_t)i + 1;
  if (i < n && s[i] == '[') { /* exec form: the words of its strings */
    char *w = base_arena_alloc(a, n - i + 1);
    size_t k = 0;
    bool in = false;
    for (size_t j = i + 1; j < n && !(s[j] == ']' && !in); j++) {
      if (s[j] == '"' && s[j - 1] != '\\') {
        if (!in && k) w[k++] = ' ';
        in = !in;
      } else if (in) {
        w[k++] = s[j];
      }
    }
    nodes_add(a, &cmds, iac_doc_string(a, w, k, line, col));
    return iac_doc_list(a, cmds.items, cmds.n, line, col);
  }
  char q = 0;
  size_t st = i;
  for (size_t j = i; j <= n; j++) {
    char ch = j < n ? s[j] : 0;
    size_t cut = 0;
    if (j < n && q) {
      if (ch == q)
        q = 0;
      else if (ch == '\\' && q == '"' && j + 1 < n)
        j++;
      continue;
    }
    if (j < n && (ch == '"' || ch == '\'')) {
      q = ch;
      continue;
    }
    if (j < n && ch == '\\' && j + 1 < n) {
      j++;
      continue;
    }
    if (j == n || ch == ';' || ch == '\n')
      cut = 1;
    else if (ch == '&' && j + 1 < n && s[j + 1] == '&')
      cut = 2;
    else if (ch == '|')
      cut = j + 1 < n && s[j + 1] == '|' ? 2 : 1;
    if (!cut) continue;
    size_t b = st, e = j;
    while (b < e && isspace((unsigned char)s[b]))
      b++;
    while (e > b && isspace((unsigned char)s[e - 1]))
      e--;
    if (e > b) nodes_add(a, &cmds, iac_doc_string(a, s + b, e - b, line, col0 + (uint32_t)b + 1));
    j += cut - 1;
    st = j + 1;
  }
  return iac_doc_list(a, cmds.items, cmds.n, line, col);
}

static void run_line(df *d, const char *s, size_t n, uint32_t line, uint32_t col0) {
  base_arena *a = &d->u->arena;
  doc_node *args = args_node(d, s, n, line, col0, false);
  doc_entry e[2] = {{"args", 4, args->line, args->col, args},
                    {"commands", 8, args->line, args->col, run_commands(d, s, n, line, col0)}};
  nodes_add(a, &d->run, iac_doc_map(a, e, 2, args->line, args->col));
}

static stage_cfg *current(df *d) {
  return d->n_stages ? &d->cfg[d->n_stages - 1] : NULL;
}

/* The file resource: kind "file", type "Dockerfile", body
 *   {stage, user, healthcheck, add: [...], run: [{args, commands}], expose: [...],
 *    env: [...], stages: [...], maintainer: [...], workdir: [...]}
 * where user / healthcheck are the final stage's (missing when it has none)
 * and add lists every ADD of the file; located at the final FROM. */
static void add_file_resource(df *d) {
  if (!d->n_stages) return; /* no FROM: nothing is built from this file */
  iac_unit *u = d->u;
  base_arena *a = &u->arena;
  const stage_cfg *c = &d->cfg[d->n_stages - 1];
  uint32_t l = d->last_from_line;
  const char *st = d->stages[d->n_stages - 1];
  const char *stage = *st ? st : base_arena_printf(a, "stage[%d]", d->n_stages - 1);
  doc_entry e[10];
  uint32_t n = 0;
  e[n++] = (doc_entry){"stage", 5, l, 1, iac_doc_string(a, stage, strlen(stage), l, 1)};
  if (c->user) e[n++] = (doc_entry){"user", 4, c->user->line, c->user->col, c->user};
  if (c->healthcheck)
    e[n++] =
        (doc_entry){"healthcheck", 11, c->healthcheck->line, c->healthcheck->col, c->healthcheck};
  e[n++] = (doc_entry){"add", 3, l, 1, iac_doc_list(a, d->adds, d->n_adds, l, 1)};
  e[n++] = (doc_entry){"run", 3, l, 1, iac_doc_list(a, d->run.items, d->run.n, l, 1)};
  e[n++] = (doc_entry){"expose", 6, l, 1, iac_doc_list(a, d->expose.items, d->expose.n, l, 1)};
  e[n++] = (doc_entry){"env", 3, l, 1, iac_doc_list(a, d->env.items, d->env.n, l, 1)};
  e[n++] = (doc_entry){"stages", 6, l, 1, iac_doc_list(a, d->names.items, d->names.n, l, 1)};
  e[n++] = (doc_entry){"maintainer", 10, l, 1,
                       iac_doc_list(a, d->maintainer.items, d->maintainer.n, l, 1)};
  e[n++] = (doc_entry){"workdir", 7, l, 1, iac_doc_list(a, d->workdir.items, d->workdir.n, l, 1)};
  const char *b = strrchr(u->path, '/');
  iac_resource *r = iac_unit_add_resource(u);
  r->format = IAC_FMT_DOCKERFILE;
  r->kind = "file";
  r->type = "Dockerfile";
  r->name = b ? b + 1 : u->path;
  r->line = l;
  r->col = 1;
  r->body = iac_doc_map(a, e, n, l, 1);
}

void iac_dockerfile_load(iac_unit *u) {
  df *d = base_arena_calloc(&u->arena, sizeof *d);
  d->u = u;
  u->format = IAC_FMT_DOCKERFILE;
  const char *p = u->text, *end = u->text + u->text_len;
  uint32_t line = 0;
  char *buf = base_arena_alloc(&u->arena, u->text_len + 1);
  while (p < end) {
    /* one logical line: join continuations, note where it starts */
    size_t bl = 0;
    uint32_t start = line + 1;
    for (;;) {
      const char *eol = memchr(p, '\n', (size_t)(end - p));
      if (!eol) eol = end;
      line++;
      const char *q = p;
      while (q < eol && isspace((unsigned char)*q))
        q++;
      bool comment = q < eol && *q == '#';
      size_t l = (size_t)(eol - p);
      if (l && p[l - 1] == '\r') l--;
      bool cont = !comment && l && p[l - 1] == '\\';
      if (!comment) {
        memcpy(buf + bl, p, cont ? l - 1 : l);
        bl += cont ? l - 1 : l;
      }
      p = eol < end ? eol + 1 : end;
      if (comment ? bl == 0 : !cont) break;
      if (p >= end) break;
    }
    buf[bl] = 0;
    size_t i = 0;
    while (i < bl && isspace((unsigned char)buf[i]))
      i++;
    size_t kw = i;
    while (kw < bl && isalpha((unsigned char)buf[kw]))
      kw++;
    if (kw - i == 4 && !strncasecmp(buf + i, "FROM", 4))
      from_line(d, buf + kw, bl - kw, start, (uint32_t)kw);
    else if (kw - i == 3 && !strncasecmp(buf + i, "ARG", 3)) {
      arg_line(d, buf + kw, bl - kw);
      nodes_add(&u->arena, &d->env, args_node(d, buf + kw, bl - kw, start, (uint32_t)kw, false));
    } else if (kw - i == 3 && !strncasecmp(buf + i, "ENV", 3)) {
      nodes_add(&u->arena, &d->env, args_node(d, buf + kw, bl - kw, start, (uint32_t)kw, false));
      env_line(d, buf + kw, bl - kw);
    } else if (kw - i == 4 && !strncasecmp(buf + i, "USER", 4) && current(d)) {
      d->env_strict = true; /* USER ${APP_USER} from an earlier ENV, as Docker expands it */
      current(d)->user = args_node(d, buf + kw, bl - kw, start, (uint32_t)kw, true);
      d->env_strict = false;
    } else if (kw - i == 11 && !strncasecmp(buf + i, "HEALTHCHECK", 11) && current(d))
      current(d)->healthcheck = args_node(d, buf + kw, bl - kw, start, (uint32_t)kw, false);
    else if (kw - i == 4 && !strncasecmp(buf + i, "COPY", 4))
      from_flags(d, buf + kw, bl - kw, start, (uint32_t)kw, true);
    else if (kw - i == 3 && !strncasecmp(buf + i, "RUN", 3)) {
      from_flags(d, buf + kw, bl - kw, start, (uint32_t)kw, false);
      run_line(d, buf + kw, bl - kw, start, (uint32_t)kw);
    } else if (kw - i == 6 && !strncasecmp(buf + i, "EXPOSE", 6))
      nodes_add(&u->arena, &d->expose, args_node(d, buf + kw, bl - kw, start, (uint32_t)kw, true));
    else if (kw - i == 10 && !strncasecmp(buf + i, "MAINTAINER", 10))
      nodes_add(&u->arena, &d->maintainer,
                args_node(d, buf + kw, bl - kw, start, (uint32_t)kw, false));
    else if (kw - i == 7 && !strncasecmp(buf + i, "WORKDIR", 7))
      nodes_add(&u->arena, &d->workdir, workdir_node(d, buf + kw, bl - kw, start, (uint32_t)kw));
    else if (kw - i == 3 && !strncasecmp(buf + i, "ADD", 3) && d->n_adds < MAX_ADDS)
      d->adds[d->n_adds++] = args_node(d, buf + kw, bl - kw, start, (uint32_t)kw, false);
  }
  add_file_resource(d);
}
