/* hcl_json.c — Terraform's JSON configuration syntax (*.tf.json, *.tfvars.json)
 * into the same syntax tree as native HCL (hcl.h), through libyaml's document
 * loader (JSON is YAML; libyaml gives every node its line and column).
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
#include <yaml.h>

#include "hcl_int.h"

typedef struct jctx {
  base_arena *a;
  const char *file;
  yaml_document_t *doc;
  uint32_t max_depth;
  const iac_limits *lim; /* for templates in strings */
  const char *deep_msg;  /* the --max-depth limit message */
  hcl_diag diag;
  hcl_ctx bodies; /* builds bodies; collects their warnings */
} jctx;

static uint32_t LN(const yaml_node_t *n) {
  return (uint32_t)n->start_mark.line + 1;
}
static uint32_t CL(const yaml_node_t *n) {
  return (uint32_t)n->start_mark.column + 1;
}

static void jerr(jctx *c, const yaml_node_t *n, const char *msg) {
  if (c->diag.message) return;
  c->diag.line = n ? LN(n) : 1;
  c->diag.col = n ? CL(n) : 1;
  c->diag.message = msg;
}

static const char *scalar(const yaml_node_t *n, size_t *len) {
  *len = n->data.scalar.length;
  return (const char *)n->data.scalar.value;
}

/* A JSON string holding a template: re-quote it as a native quoted template. */
static hcl_expr *template_expr(jctx *c, const yaml_node_t *n, bool raw) {
  size_t len;
  const char *s = scalar(n, &len);
  hcl_expr *e;
  if (raw) {
    e = iac_hcl_parse_expr_lim(c->a, c->file, s, len, c->lim);
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
  e->line = LN(n);
  e->col = CL(n);
  return e;
}

static bool has_template(const char *s, size_t len) {
  for (size_t i = 0; i + 1 < len; i++)
    if ((s[i] == '$' || s[i] == '%') && s[i + 1] == '{') return true;
  return false;
}

static hcl_expr *value_expr(jctx *c, yaml_node_t *n, uint32_t depth) {
  if (depth > c->max_depth) {
    jerr(c, n, c->deep_msg);
    return NULL;
  }
  hcl_expr *e;
  if (n->type == YAML_SCALAR_NODE) {
    size_t len;
    const char *s = scalar(n, &len);
    e = iac_hcl_expr_new(c->a, HX_LIT, LN(n), CL(n));
    if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
      if (!strcmp(s, "true") || !strcmp(s, "false"))
        e->lit = iac_doc_bool(c->a, s[0] == 't', LN(n), CL(n));
      else if (!strcmp(s, "null"))
        e->lit = iac_doc_null(c->a, LN(n), CL(n));
      else {
        char *end;
        double d = strtod(s, &end);
        if (*end) {
          jerr(c, n, "invalid JSON value");
          return NULL;
        }
        e->lit = iac_doc_number(c->a, d, LN(n), CL(n));
      }
      return e;
    }
    if (has_template(s, len)) return template_expr(c, n, false);
    e->lit = iac_doc_string(c->a, s, len, LN(n), CL(n));
    return e;
  }
  if (n->type == YAML_SEQUENCE_NODE) {
    e = iac_hcl_expr_new(c->a, HX_TUPLE, LN(n), CL(n));
    hcl_vec v = {0};
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top;
         it++) {
      hcl_expr *x = value_expr(c, yaml_document_get_node(c->doc, *it), depth + 1);
      if (!x) return NULL;
      iac_hcl_vec_push(c->a, &v, x);
    }
    e->items = (hcl_expr **)v.v;
    e->n = v.n;
    return e;
  }
  e = iac_hcl_expr_new(c->a, HX_OBJECT, LN(n), CL(n));
  hcl_vec v = {0};
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
    yaml_node_t *val = yaml_document_get_node(c->doc, p->value);
    if (k->type != YAML_SCALAR_NODE) {
      jerr(c, k, "object keys must be strings");
      return NULL;
    }
    size_t kl = 0;
    const char *ks = scalar(k, &kl);
    hcl_expr *ke = iac_hcl_expr_new(c->a, HX_LIT, LN(k), CL(k));
    ke->lit = iac_doc_string(c->a, ks, kl, LN(k), CL(k));
    hcl_expr *ve = value_expr(c, val, depth + 1);
    if (!ve) return NULL;
    iac_hcl_vec_push(c->a, &v, ke);
    iac_hcl_vec_push(c->a, &v, ve);
  }
  e->items = (hcl_expr **)v.v;
  e->n = v.n;
  return e;
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

typedef struct jitems {
  hcl_vec items;
} jitems;

static hcl_body *body_of(jctx *c, yaml_node_t *n, bool top, bool tfvars, const char *block_type,
                         uint32_t depth);

/* A block `type` whose remaining `need` labels are keys of nested objects. */
static void add_blocks(jctx *c, hcl_vec *items, const char *type, const yaml_node_t *key,
                       yaml_node_t *n, int need, const char **labels, uint32_t nl, uint32_t depth) {
  if (c->diag.message) return;
  if (depth > c->max_depth) {
    jerr(c, n, c->deep_msg);
    return;
  }
  if (n->type == YAML_SEQUENCE_NODE) {
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++)
      add_blocks(c, items, type, key, yaml_document_get_node(c->doc, *it), need, labels, nl,
                 depth + 1);
    return;
  }
  if (n->type != YAML_MAPPING_NODE) {
    jerr(c, n, "a block must be a JSON object");
    return;
  }
  if (need > 0) {
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
      yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
      if (k->type != YAML_SCALAR_NODE) { /* libyaml takes [..] and {..} as keys */
        jerr(c, k, "object keys must be strings");
        return;
      }
      size_t kl = 0;
      const char **nlab = base_arena_alloc(c->a, (nl + 1) * sizeof *nlab);
      if (nl) memcpy(nlab, labels, nl * sizeof *nlab);
      const char *ks = scalar(k, &kl);
      nlab[nl] = base_arena_strndup(c->a, ks, kl);
      add_blocks(c, items, type, k, yaml_document_get_node(c->doc, p->value), need - 1, nlab,
                 nl + 1, depth + 1);
    }
    return;
  }
  hcl_block *b = base_arena_calloc(c->a, sizeof *b);
  b->type = type;
  b->labels = labels;
  b->n_labels = nl;
  b->line = LN(key);
  b->col = CL(key);
  b->end_line = (uint32_t)n->end_mark.line + 1;
  b->body = body_of(c, n, false, false, type, depth + 1);
  hcl_item *it = base_arena_calloc(c->a, sizeof *it);
  it->blk = b;
  iac_hcl_vec_push(c->a, items, it);
}

static hcl_body *body_of(jctx *c, yaml_node_t *n, bool top, bool tfvars, const char *block_type,
                         uint32_t depth) {
  hcl_vec items = {0};
  if (n->type != YAML_MAPPING_NODE) {
    jerr(c, n, "expected a JSON object");
    return NULL;
  }
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
    yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
    if (k->type != YAML_SCALAR_NODE) {
      jerr(c, k, "object keys must be strings");
      return NULL;
    }
    size_t kl = 0;
    const char *kraw = scalar(k, &kl);
    const char *key = base_arena_strndup(c->a, kraw, kl);
    if (!strcmp(key, "//")) continue; /* JSON-syntax comment */
    int nl = tfvars ? -1 : labels_for(key);
    bool block =
        !tfvars && ((top && nl >= 0) ||
                    (!top && (!strcmp(key, "dynamic") || !strcmp(key, "lifecycle") ||
                              !strcmp(key, "provisioner") || !strcmp(key, "connection") ||
                              (!strcmp(block_type, "dynamic") && !strcmp(key, "content")))));
    if (block) {
      add_blocks(c, &items, key, k, v, nl < 0 ? 0 : nl, NULL, 0, depth + 1);
      continue;
    }
    hcl_attr *a = base_arena_calloc(c->a, sizeof *a);
    a->name = key;
    a->line = LN(k);
    a->col = CL(k);
    bool type_expr = block_type && !strcmp(block_type, "variable") && !strcmp(key, "type") &&
                     v->type == YAML_SCALAR_NODE;
    a->expr = type_expr ? template_expr(c, v, true) : value_expr(c, v, depth + 1);
    if (!a->expr) return NULL;
    hcl_item *it = base_arena_calloc(c->a, sizeof *it);
    it->attr = a;
    iac_hcl_vec_push(c->a, &items, it);
  }
  if (c->diag.message) return NULL;
  return iac_hcl_make_body(&c->bodies, &items, LN(n), CL(n));
}

/* True (with *d set) when collections nest deeper than max_depth. Syntax
 * errors are left to yaml_parser_load, which reports them the same way. */
static bool too_deep(yaml_parser_t *p, const char *src, size_t len, uint32_t max_depth,
                     const char *msg, hcl_diag *d) {
  yaml_parser_set_input_string(p, (const unsigned char *)src, len);
  uint32_t depth = 0;
  for (;;) {
    yaml_event_t ev;
    if (!yaml_parser_parse(p, &ev)) return false;
    yaml_event_type_t t = ev.type;
    if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT) {
      if (++depth > max_depth) {
        d->line = (uint32_t)ev.start_mark.line + 1;
        d->col = (uint32_t)ev.start_mark.column + 1;
        d->message = msg;
        yaml_event_delete(&ev);
        return true;
      }
    } else if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT) {
      depth--;
    }
    yaml_event_delete(&ev);
    if (t == YAML_STREAM_END_EVENT) return false;
  }
}

hcl_parse_result iac_hcl_parse_json(base_arena *a, const char *file, const char *src, size_t len,
                                    const iac_limits *lim) {
  hcl_parse_result r = {0};
  jctx c = {0};
  c.a = a;
  c.file = file;
  c.max_depth = lim && lim->max_depth ? lim->max_depth : IAC_DEFAULT_MAX_DEPTH;
  c.lim = lim;
  c.bodies.a = a;
  c.bodies.file = file;
  c.deep_msg = base_arena_printf(a, "limit exceeded: nesting deeper than %u levels (--max-depth)",
                                c.max_depth);
  yaml_parser_t p;
  yaml_document_t doc;
  if (!yaml_parser_initialize(&p)) {
    r.diag.line = r.diag.col = 1;
    r.diag.message = "cannot initialise the JSON parser";
    return r;
  }
  /* yaml_parser_load builds the whole document before value_expr can check
   * the depth, and takes quadratic time on deep flow nesting (100,000 `[`
   * ran for minutes; tests/hostile deep_hcl): bound the depth on the event
   * stream first, which is linear and stops at the limit. */
  if (too_deep(&p, src, len, c.max_depth, c.deep_msg, &r.diag)) {
    yaml_parser_delete(&p);
    return r;
  }
  yaml_parser_delete(&p);
  if (!yaml_parser_initialize(&p)) {
    r.diag.line = r.diag.col = 1;
    r.diag.message = "cannot initialise the JSON parser";
    return r;
  }
  yaml_parser_set_input_string(&p, (const unsigned char *)src, len);
  if (!yaml_parser_load(&p, &doc)) {
    r.diag.line = (uint32_t)p.problem_mark.line + 1;
    r.diag.col = (uint32_t)p.problem_mark.column + 1;
    r.diag.message = base_arena_strdup(a, p.problem ? p.problem : "invalid JSON");
    yaml_parser_delete(&p);
    return r;
  }
  c.doc = &doc;
  yaml_node_t *root = yaml_document_get_root_node(&doc);
  size_t fl = strlen(file);
  bool tfvars = fl >= 12 && !strcmp(file + fl - 12, ".tfvars.json");
  if (!root) {
    hcl_vec none = {0};
    r.body = iac_hcl_make_body(&c.bodies, &none, 1, 1);
  } else {
    r.body = body_of(&c, root, true, tfvars, "", 0);
    if (!r.body) r.diag = c.diag;
  }
  if (r.body) {
    r.warnings = c.bodies.warnings;
    r.n_warnings = c.bodies.n_warnings;
  }
  yaml_document_delete(&doc);
  yaml_parser_delete(&p);
  return r;
}
