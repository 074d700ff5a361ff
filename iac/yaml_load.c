/* yaml_load.c — runs one front end (yaml_events.c or json_events.c) over a text
 * with the caller's limits and options, and hands the tree builder's documents
 * to the unit (see yaml_load.h). Also the quiet parse of JSON held in a string. */
#include "yaml_load.h"

#include <string.h>

#include "tree_build.h"

static void setup(tb_loader *L, iac_unit *u, const char *text, size_t len, const iac_limits *lim,
                  const iac_read_opts *o) {
  L->u = u;
  L->a = &u->arena;
  L->text = text;
  L->len = len;
  L->max_depth = lim && lim->max_depth ? lim->max_depth : IAC_DEFAULT_MAX_DEPTH;
  L->max_alias =
      lim && lim->max_alias_expansion ? lim->max_alias_expansion : IAC_DEFAULT_MAX_ALIAS_EXPANSION;
  L->raw_scalars = o->raw_scalars;
  L->keep_duplicates = o->keep_duplicates;
  L->strict_keys = o->strict_keys;
  if (o->json)
    iac_json_events_run(L);
  else
    iac_yaml_events_run(L);
}

bool iac_yaml_load_opts(iac_unit *u, const char *text, size_t len, const iac_limits *lim,
                        const iac_read_opts *o) {
  tb_loader L;
  iac_tb_start(&L);
  setup(&L, u, text, len, lim, o);
  if (!L.failed) {
    u->docs = base_arena_alloc(L.a, (L.n_docs ? L.n_docs : 1) * sizeof *u->docs);
    for (size_t i = 0; i < L.n_docs; i++)
      u->docs[i] = L.docs[i];
    u->n_docs = L.n_docs;
  } else {
    u->failed = true;
  }
  iac_tb_done(&L);
  return !L.failed;
}

bool iac_yaml_load(iac_unit *u, const char *text, size_t len, const iac_limits *lim, bool json) {
  iac_read_opts o = {.json = json};
  return iac_yaml_load_opts(u, text, len, lim, &o);
}

/* Every node of a freshly parsed embedded tree takes the string's location. */
static void relocate_tree(doc_node *n, uint32_t line, uint32_t col) {
  n->line = line;
  n->col = col;
  if (n->kind == DOC_LIST)
    for (uint32_t i = 0; i < n->len; i++)
      relocate_tree(n->u.items[i], line, col);
  if (n->kind == DOC_MAP)
    for (uint32_t i = 0; i < n->len; i++) {
      n->u.entries[i].line = line;
      n->u.entries[i].col = col;
      relocate_tree(n->u.entries[i].val, line, col);
    }
}

const doc_node *iac_yaml_parse_embedded(iac_unit *u, const doc_node *str) {
  if (!str || str->kind != DOC_STRING) return NULL;
  size_t i = 0;
  while (i < str->len && strchr(" \t\r\n", str->u.str[i]))
    i++;
  if (i >= str->len || (str->u.str[i] != '{' && str->u.str[i] != '[')) return NULL;
  /* decoded YAML/JSON strings are valid UTF-8; only a "\0" escape can hurt */
  if (memchr(str->u.str, 0, str->len)) return NULL;
  tb_loader L;
  memset(&L, 0, sizeof L);
  L.quiet = true;
  iac_limits lim = {0};
  lim.max_depth = 64;
  lim.max_alias_expansion = 1;
  iac_read_opts o = {.json = true};
  setup(&L, u, str->u.str, str->len, &lim, &o);
  doc_node *root = !L.failed && L.n_docs == 1 ? L.docs[0] : NULL;
  iac_tb_free(&L);
  if (root) relocate_tree(root, str->line, str->col);
  return root;
}
