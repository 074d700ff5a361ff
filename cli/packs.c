/* packs.c — where a command's rule pack comes from (packs.h). */
#define _GNU_SOURCE /* asprintf */
#include "packs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "alloc.h"
#include "builtin_pack.h"
#include "escape.h"
#include "pack_format.h"
#include "scan.h"

void cli_packs_init(cli_packs *ps, const char *cmd, int argc) {
  memset(ps, 0, sizeof *ps);
  ps->cmd = cmd;
  ps->rules = base_xcalloc((size_t)argc + 1, sizeof *ps->rules);
}

void cli_packs_free(cli_packs *ps) {
  free(ps->rules);
  free(ps->named);
  memset(ps, 0, sizeof *ps);
}

/* Appends dir to the malloc'd list of searched directories ("A, B"). */
static void searched_add(char **list, const char *dir) {
  if (!list) return;
  char *grown = NULL;
  if (asprintf(&grown, "%s%s%s", *list ? *list : "", *list ? ", " : "", dir) < 0) base_oom();
  free(*list);
  *list = grown;
}

char *cli_packs_find(const char *name, char **searched) {
  if (!*name || strchr(name, '/') || strstr(name, "..")) return NULL;
  char exe[4096], dirs[3][4096 + 32];
  size_t nd = 0;
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    snprintf(dirs[nd++], sizeof dirs[0], "%s/packs", exe);
    snprintf(dirs[nd++], sizeof dirs[0], "%s/../share/vigil/packs", exe);
  }
  const char *env = getenv("VIGIL_PACK_PATH");
  char *try = NULL;
  if (env && *env) {
    char *copy = base_xstrndup(env, strlen(env)), *save = NULL;
    for (char *d = strtok_r(copy, ":", &save); d && !try; d = strtok_r(NULL, ":", &save)) {
      searched_add(searched, d);
      if (asprintf(&try, "%s/%s.vgp", d, name) < 0) base_oom();
      if (access(try, R_OK) != 0) {
        free(try);
        try = NULL;
      }
    }
    free(copy);
    if (try) return try;
  }
  for (size_t i = 0; i < nd; i++) {
    searched_add(searched, dirs[i]);
    if (asprintf(&try, "%s/%s.vgp", dirs[i], name) < 0) base_oom();
    if (access(try, R_OK) == 0) return try;
    free(try);
  }
  return NULL;
}

int cli_packs_option(void *packs, int id, const char *arg) {
  cli_packs *ps = packs;
  switch (id) {
  case CLI_PACK_OPT_RULES: ps->rules[ps->n_rules++] = arg; return 0;
  case CLI_PACK_OPT_FILE: ps->pack_file = arg; return 0;
  case CLI_PACK_OPT_NAME:
    free(ps->named);
    char *searched = NULL;
    if (!(ps->named = cli_packs_find(arg, &searched))) {
      fprintf(stderr, "vigil %s: --pack-name %s: no such shipped pack (looked in %s)\n", ps->cmd,
              arg, searched ? searched : "no directory");
      free(searched);
      return -1;
    }
    free(searched);
    ps->pack_file = ps->named;
    return 0;
  case CLI_PACK_OPT_CONFIG: ps->config = arg; return 0;
  case CLI_PACK_OPT_NO_CONFIG: ps->no_config = true; return 0;
  case CLI_PACK_OPT_DIGEST:
    if (strncmp(arg, "sha256:", 7) != 0 || strlen(arg) != 71) {
      fprintf(stderr, "vigil %s: --pack-digest wants sha256: and 64 hex digits, not '%s'\n",
              ps->cmd, arg);
      return -1;
    }
    ps->digest = arg;
    return 0;
  default: fprintf(stderr, "vigil %s: internal: unknown pack option %d\n", ps->cmd, id); return -1;
  }
}

vm_pack *cli_packs_builtin(char *err, size_t errlen) {
  if (errlen) err[0] = '\0';
  if (!cli_builtin_pack_len) return NULL;
  /* loaded and checked whole when the build embedded it (pack.h) */
  return vm_pack_load_static(cli_builtin_pack, cli_builtin_pack_len, err, errlen);
}

/* Compiles rule sources (none: the embedded stdlib) into a loaded pack. */
static vm_pack *compile(const char *cmd, const char *const *srcs, size_t n) {
  char err[512];
  uint8_t *bytes = NULL;
  size_t len = 0;
  int color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
  if (engine_compile_sources(srcs, n, stderr, color, &bytes, &len) != 0) return NULL;
  vm_pack *p = vm_pack_load(bytes, len, err, sizeof err);
  if (!p) fprintf(stderr, "vigil %s: compiled pack: %s\n", cmd, err);
  free(bytes);
  return p;
}

/* A pack file (--pack, --pack-name, a config's packs:). */
static vm_pack *load_file(const cli_packs *ps, const char *path) {
  char err[512];
  vm_pack *p = vm_pack_load_file(path, err, sizeof err);
  if (!p) {
    /* rule sources given to --pack: say which option compiles them */
    FILE *f = fopen(path, "rb");
    char head[8] = {0};
    bool pack_like = f && fread(head, 1, 8, f) == 8 && !memcmp(head, VM_PACK_MAGIC, 8);
    if (f) fclose(f);
    fprintf(stderr, "vigil %s: %s: %s%s\n", ps->cmd, path, err,
            f && !pack_like ? " (rule sources go to --rules FILE|DIR; --pack takes a pack "
                              "that `vigil compile -o` wrote)"
                            : "");
  }
  return p;
}

/* The config's `packs:` (the parser allows one name): found like --pack-name. */
static vm_pack *config_pack(const cli_packs *ps, const cli_config *cfg) {
  char *searched = NULL;
  char *path = cli_packs_find(cfg->packs[0], &searched);
  if (!path) {
    char *name = engine_escape_dup(cfg->packs[0], ENGINE_ESC_TEXT);
    char *file = engine_escape_dup(cfg->path, ENGINE_ESC_TEXT);
    fprintf(stderr, "vigil %s: %s:%u:%u: packs: no such shipped pack '%s' (looked in %s)\n",
            ps->cmd, file, (unsigned)cfg->packs_at[0].line, (unsigned)cfg->packs_at[0].col, name,
            searched ? searched : "no directory");
    free(name);
    free(file);
    free(searched);
    return NULL;
  }
  free(searched);
  vm_pack *p = load_file(ps, path);
  free(path);
  return p;
}

static vm_pack *choose(const cli_packs *ps, const cli_config *cfg) {
  char err[512];
  vm_pack *p;
  if (ps->pack_file) return load_file(ps, ps->pack_file);
  if (ps->n_rules) return compile(ps->cmd, ps->rules, ps->n_rules);
  if (cfg && cfg->n_packs) return config_pack(ps, cfg);
  if (cfg && cfg->n_sources) return compile(ps->cmd, cfg->sources, cfg->n_sources);
  if ((p = cli_packs_builtin(err, sizeof err))) return p;
  if (!*err) return compile(ps->cmd, NULL, 0); /* the stage-0 binary has no built-in pack */
  fprintf(stderr, "vigil %s: built-in pack: %s\n", ps->cmd, err);
  return NULL;
}

vm_pack *cli_packs_load(const cli_packs *ps, const cli_config *cfg) {
  vm_pack *p = choose(ps, cfg);
  if (p && ps->digest && strcasecmp(ps->digest, p->digest) != 0) {
    fprintf(stderr, "vigil %s: pack digest %s does not match the pinned %s: refusing it\n", ps->cmd,
            p->digest, ps->digest);
    vm_pack_free(p);
    return NULL;
  }
  return p;
}

/* The .vigil.yaml scan would read from . (or --config); 1 when there is one,
 * 0 when there is none, -1 after printing why it does not load. */
static int command_config(const cli_packs *ps, cli_config *cfg) {
  char found[4096], err[1024];
  const char *path = ps->config;
  if (!path && (ps->no_config || cli_config_find(".", found, sizeof found) != 0)) return 0;
  if (!path) path = found;
  if (cli_config_load(cfg, path, err, sizeof err) == 0) return 1;
  char *safe = engine_escape_dup(err, ENGINE_ESC_TEXT);
  fprintf(stderr, "vigil %s: %s\n", ps->cmd, safe);
  free(safe);
  return -1;
}

vm_pack *cli_packs_command(const cli_command *c, const char *name, int argc, char **argv,
                           cli_args *a, int *status) {
  cli_packs ps;
  cli_packs_init(&ps, name, argc);
  vm_pack *p = NULL;
  if ((*status = cli_command_parse(c, argc, argv, a, cli_packs_option, &ps)) < 0) {
    *status = CLI_EXIT_USAGE;
    cli_config cfg;
    int have = command_config(&ps, &cfg);
    if (have >= 0) p = cli_packs_load(&ps, have ? &cfg : NULL);
    if (have > 0) cli_config_free(&cfg);
    if (!p) cli_args_free(a);
  }
  cli_packs_free(&ps);
  return p;
}

/* s, or its engine_escape_text form copied into a (when it needs escaping). */
static const char *escaped(base_arena *a, const char *s) {
  if (!s || !engine_escape_needed(s)) return s;
  char *e = engine_escape_dup(s, ENGINE_ESC_TEXT);
  const char *copy = base_arena_strdup(a, e);
  free(e);
  return copy;
}

void cli_packs_escape_names(vm_pack *p) {
  base_arena *a = &p->arena;
  for (uint32_t i = 0; i < p->n_rules; i++) {
    vm_rule *r = &p->rules[i];
    r->id = escaped(a, r->id);
    r->module = escaped(a, r->module);
    r->title = escaped(a, r->title);
    r->fix = escaped(a, r->fix);
    r->docs = escaped(a, r->docs);
    for (uint32_t k = 0; k < r->n_refs; k++)
      r->refs[k] = escaped(a, r->refs[k]);
  }
  for (uint32_t i = 0; i < p->n_sels; i++) {
    vm_selector *s = &p->sels[i];
    s->kind = escaped(a, s->kind);
    for (uint32_t k = 0; k < s->n_types; k++)
      s->types[k] = escaped(a, s->types[k]);
  }
  for (uint32_t i = 0; i < p->n_params; i++)
    p->params[i].name = escaped(a, p->params[i].name);
  if (!p->debug) return;
  for (uint32_t i = 0; i < p->debug->n_files; i++)
    p->debug->files[i].name = escaped(a, p->debug->files[i].name);
  for (uint32_t i = 0; i < p->n_sels; i++)
    for (uint32_t k = 0; k < p->debug->sels[i].n_locals; k++)
      p->debug->sels[i].locals[k].name = escaped(a, p->debug->sels[i].locals[k].name);
}
