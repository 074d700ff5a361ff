/* hcl_json.c — Terraform's JSON configuration syntax (*.tf.json, *.tfvars.json)
 * into the same syntax tree as native HCL (hcl.h), through the scan's own JSON
 * loader (iac/read.h: yajl and the shared tree builder, so the same limits and
 * located errors as every other JSON input; duplicate keys are kept, in order,
 * for the body builder to report as Terraform does).
 *
 * Without a provider schema, JSON cannot tell a nested block from an object
 * attribute. The shape chosen matches the native evaluation: top-level keys
 * (resource, data, variable, output, module, locals, provider, terraform, ...)
 * are blocks with their labels; inside a body, "dynamic", "lifecycle",
 * "provisioner" and "connection" are blocks and everything else an attribute —
 * an array of objects then evaluates to a list of maps, exactly what a
 * repeated native block gives. Strings containing ${ or %{ are templates;
 * a variable's "type" string is a type expression. */
#include <stdio.h>
#include <string.h>

#include "hcl_int.h"
#include "read.h"

typedef struct jctx {
  base_arena *a;
  const char *file;
  const char *src;
  size_t len;
  uint32_t max_depth;
  const iac_limits *lim; /* for templates in strings */
  const char *deep_msg;  /* the --max-depth limit message */
  hcl_diag diag;
  hcl_ctx bodies; /* builds bodies; collects their warnings */
} jctx;

static void jerr(jctx *c, const doc_node *n, const char *msg) {
  if (c->diag.message) return;
  c->diag.line = n ? n->line : 1;
  c->diag.col = n ? n->col : 1;
  c->diag.message = msg;
}

/* A JSON string holding a template: re-quote it as a native quoted template. */
static hcl_expr *template_expr(jctx *c, const doc_node *n, bool raw) {
  size_t len = n->len;
  const char *s = n->u.str;
  hcl_expr *e;
  if (raw) { /* copied: the tree is freed before the syntax tree is */
    e = iac_hcl_parse_expr_lim(c->a, c->file, base_arena_strndup(c->a, s, len), len, c->lim);
  } else {
    char *q = base_arena_alloc(c->a, 2 * len + 3);
    size_t o = 0;
    q[o++] = '"';
    for (size_t i = 0; i < len; i++) {
      char ch = s[i];
      if (ch == '"' || ch == '\\') {
        q[o++] = '\\';
        q[o++] = ch;
      } else if (ch == '\n') {
        q[o++] = '\\';
        q[o++] = 'n';
      } else if (ch == '\r') {
        q[o++] = '\\';
        q[o++] = 'r';
      } else if (ch == '\t') {
        q[o++] = '\\';
        q[o++] = 't';
      } else
        q[o++] = ch;
    }
    q[o++] = '"';
    e = iac_hcl_parse_expr_lim(c->a, c->file, q, o, c->lim);
  }
  if (!e) {
    jerr(c, n, "invalid template or expression in a JSON string");
    return NULL;
  }
  e->line = n->line;
  e->col = n->col;
  return e;
}

static bool has_template(const char *s, size_t len) {
  for (size_t i = 0; i + 1 < len; i++)
    if ((s[i] == '$' || s[i] == '%') && s[i + 1] == '{') return true;
  return false;
}

static hcl_expr *value_expr(jctx *c, const doc_node *n, uint32_t depth) {
  if (depth > c->max_depth) {
    jerr(c, n, c->deep_msg);
    return NULL;
  }
  hcl_expr *e;
  switch ((doc_kind)n->kind) {
  case DOC_STRING:
    if (has_template(n->u.str, n->len)) return template_expr(c, n, false);
    e = iac_hcl_expr_new(c->a, HX_LIT, n->line, n->col);
    e->lit = iac_doc_string(c->a, n->u.str, n->len, n->line, n->col);
    return e;
  case DOC_LIST: {
    e = iac_hcl_expr_new(c->a, HX_TUPLE, n->line, n->col);
    hcl_vec v = {0};
    for (uint32_t i = 0; i < n->len; i++) {
      hcl_expr *x = value_expr(c, n->u.items[i], depth + 1);
      if (!x) return NULL;
      iac_hcl_vec_push(c->a, &v, x);
    }
    e->items = (hcl_expr **)v.v;
    e->n = v.n;
    return e;
  }
  case DOC_MAP: {
    e = iac_hcl_expr_new(c->a, HX_OBJECT, n->line, n->col);
    hcl_vec v = {0};
    for (uint32_t i = 0; i < n->len; i++) {
      const doc_entry *k = &n->u.entries[i];
      hcl_expr *ke = iac_hcl_expr_new(c->a, HX_LIT, k->line, k->col);
      ke->lit = iac_doc_string(c->a, k->key, k->key_len, k->line, k->col);
      hcl_expr *ve = value_expr(c, k->val, depth + 1);
      if (!ve) return NULL;
      iac_hcl_vec_push(c->a, &v, ke);
      iac_hcl_vec_push(c->a, &v, ve);
    }
    e->items = (hcl_expr **)v.v;
    e->n = v.n;
    return e;
  }
  default: /* null, true, false, numbers: the loader typed them */
    e = iac_hcl_expr_new(c->a, HX_LIT, n->line, n->col);
    if (n->kind == DOC_BOOL)
      e->lit = iac_doc_bool(c->a, n->u.b, n->line, n->col);
    else if (n->kind == DOC_NUMBER)
      e->lit = iac_doc_number(c->a, n->u.num, n->line, n->col);
    else
      e->lit = iac_doc_null(c->a, n->line, n->col);
    return e;
  }
}

static int labels_for(const char *type) {
  if (!strcmp(type, "resource") || !strcmp(type, "data")) return 2;
  if (!strcmp(type, "variable") || !strcmp(type, "output") || !strcmp(type, "module") ||
      !strcmp(type, "provider") || !strcmp(type, "dynamic") || !strcmp(type, "provisioner") ||
      !strcmp(type, "check"))
    return 1;
  if (!strcmp(type, "locals") || !strcmp(type, "terraform") || !strcmp(type, "lifecycle") ||
      !strcmp(type, "connection") || !strcmp(type, "content") || !strcmp(type, "moved") ||
      !strcmp(type, "import"))
    return 0;
  return -1;
}

/* Byte offset of 1-based line:col (columns count characters, as the loader's). */
static size_t offset_of(const jctx *c, uint32_t line, uint32_t col) {
  size_t i = c->len >= 3 && !memcmp(c->src, "\xEF\xBB\xBF", 3) ? 3 : 0;
  for (uint32_t l = 1; l < line && i < c->len; i++)
    if (c->src[i] == '\n') l++;
  for (uint32_t k = 1; k < col && i < c->len; k++)
    do
      i++;
    while (i < c->len && ((unsigned char)c->src[i] & 0xC0) == 0x80);
  return i;
}

/* The line of the bracket closing the object or array that starts at n (a
 * block's last line, kept for source snippets). The text is valid JSON. */
static uint32_t end_line(const jctx *c, const doc_node *n) {
  uint32_t line = n->line;
  size_t depth = 0;
  bool str = false;
  for (size_t i = offset_of(c, n->line, n->col); i < c->len; i++) {
    char ch = c->src[i];
    if (ch == '\n') line++;
    if (str) {
      if (ch == '\\')
        i++;
      else if (ch == '"')
        str = false;
    } else if (ch == '"') {
      str = true;
    } else if (ch == '{' || ch == '[') {
      depth++;
    } else if ((ch == '}' || ch == ']') && --depth == 0) {
      break;
    }
  }
  return line;
}

static hcl_body *body_of(jctx *c, const doc_node *n, bool top, bool tfvars, const char *block_type,
                         uint32_t depth);

/* A block `type` whose remaining `need` labels are keys of nested objects. */
static void add_blocks(jctx *c, hcl_vec *items, const char *type, const doc_entry *key,
                       const doc_node *n, int need, const char **labels, uint32_t nl,
                       uint32_t depth) {
  if (c->diag.message) return;
  if (depth > c->max_depth) {
    jerr(c, n, c->deep_msg);
    return;
  }
  if (n->kind == DOC_LIST) {
    for (uint32_t i = 0; i < n->len; i++)
      add_blocks(c, items, type, key, n->u.items[i], need, labels, nl, depth + 1);
    return;
  }
  if (n->kind != DOC_MAP) {
    jerr(c, n, "a block must be a JSON object");
    return;
  }
  if (need > 0) {
    for (uint32_t i = 0; i < n->len; i++) {
      const doc_entry *k = &n->u.entries[i];
      const char **nlab = base_arena_alloc(c->a, (nl + 1) * sizeof *nlab);
      if (nl) memcpy(nlab, labels, nl * sizeof *nlab);
      nlab[nl] = base_arena_strndup(c->a, k->key, k->key_len);
      add_blocks(c, items, type, k, k->val, need - 1, nlab, nl + 1, depth + 1);
    }
    return;
  }
  hcl_block *b = base_arena_calloc(c->a, sizeof *b);
  b->type = type;
  b->labels = labels;
  b->n_labels = nl;
  b->line = key->line;
  b->col = key->col;
  b->end_line = end_line(c, n);
  b->body = body_of(c, n, false, false, type, depth + 1);
  hcl_item *it = base_arena_calloc(c->a, sizeof *it);
  it->blk = b;
  iac_hcl_vec_push(c->a, items, it);
}

static bool is_nested_block(const char *key, const char *block_type) {
  return !strcmp(key, "dynamic") || !strcmp(key, "lifecycle") || !strcmp(key, "provisioner") ||
         !strcmp(key, "connection") || (!strcmp(block_type, "dynamic") && !strcmp(key, "content"));
}

static hcl_body *body_of(jctx *c, const doc_node *n, bool top, bool tfvars, const char *block_type,
                         uint32_t depth) {
  hcl_vec items = {0};
  if (n->kind != DOC_MAP) {
    jerr(c, n, "expected a JSON object");
    return NULL;
  }
  for (uint32_t i = 0; i < n->len; i++) {
    const doc_entry *k = &n->u.entries[i];
    const doc_node *v = k->val;
    const char *key = base_arena_strndup(c->a, k->key, k->key_len);
    if (!strcmp(key, "//")) continue; /* JSON-syntax comment */
    int nl = tfvars ? -1 : labels_for(key);
    bool block = !tfvars && ((top && nl >= 0) || (!top && is_nested_block(key, block_type)));
    if (block) {
      add_blocks(c, &items, key, k, v, nl < 0 ? 0 : nl, NULL, 0, depth + 1);
      continue;
    }
    hcl_attr *a = base_arena_calloc(c->a, sizeof *a);
    a->name = key;
    a->line = k->line;
    a->col = k->col;
    bool type_expr = block_type && !strcmp(block_type, "variable") && !strcmp(key, "type") &&
                     v->kind == DOC_STRING;
    a->expr = type_expr ? template_expr(c, v, true) : value_expr(c, v, depth + 1);
    if (!a->expr) return NULL;
    hcl_item *it = base_arena_calloc(c->a, sizeof *it);
    it->attr = a;
    iac_hcl_vec_push(c->a, &items, it);
  }
  if (c->diag.message) return NULL;
  return iac_hcl_make_body(&c->bodies, &items, n->line, n->col);
}

static bool blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!strchr(" \t\r\n", s[i])) return false;
  return true;
}

hcl_parse_result iac_hcl_parse_json(base_arena *a, const char *file, const char *src, size_t len,
                                    const iac_limits *lim) {
  hcl_parse_result r = {0};
  jctx c = {0};
  c.a = a;
  c.file = file;
  c.src = src;
  c.len = len;
  c.max_depth = lim && lim->max_depth ? lim->max_depth : IAC_DEFAULT_MAX_DEPTH;
  c.lim = lim;
  c.bodies.a = a;
  c.bodies.file = file;
  c.deep_msg = base_arena_printf(a, "limit exceeded: nesting deeper than %u levels (--max-depth)",
                                 c.max_depth);
  if (blank(src, len)) { /* an empty file declares nothing (as an empty .tf) */
    hcl_vec none = {0};
    r.body = iac_hcl_make_body(&c.bodies, &none, 1, 1);
    return r;
  }
  iac_read_opts o = {.json = true, .keep_duplicates = true};
  iac_unit *u = iac_read_buffer(file, src, len, lim, &o);
  if (u->failed) {
    const iac_error *e = u->n_errors ? &u->errors[0] : NULL;
    r.diag.line = e && e->line ? e->line : 1;
    r.diag.col = e && e->line ? e->col : 1;
    r.diag.message = base_arena_strdup(a, e ? e->message : "invalid JSON");
  } else {
    size_t fl = strlen(file);
    bool tfvars = fl >= 12 && !strcmp(file + fl - 12, ".tfvars.json");
    r.body = body_of(&c, u->docs[0], true, tfvars, "", 0);
    if (!r.body) r.diag = c.diag;
  }
  iac_unit_free(u);
  if (r.body) {
    r.warnings = c.bodies.warnings;
    r.n_warnings = c.bodies.n_warnings;
  }
  return r;
}
