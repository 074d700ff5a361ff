/* pack_encode.c — vm_pack → .vgp bytes (layout: docs/bytecode.md).
 *
 * Deterministic: strings are interned in first-use order of one fixed traversal
 * (constants, rules, selectors, index, params, debug), index entries are sorted
 * by content, and nothing depends on addresses or the clock. */
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "pack.h"
#include "pack_format.h"

typedef struct buf {
  uint8_t *p;
  size_t len, cap;
} buf;

/* Out of memory aborts in base_grow, as everywhere (alloc.h): the old oom
 * flag only turned it into "cannot encode the rule pack" after the compiler
 * had already built the whole pack in memory. */
static void put(buf *b, const void *s, size_t n) {
  b->p = base_grow(b->p, &b->cap, b->len + n, 1);
  if (n) memcpy(b->p + b->len, s, n);
  b->len += n;
}

static void put8(buf *b, uint8_t v) {
  put(b, &v, 1);
}

static void put16(buf *b, uint16_t v) {
  uint8_t x[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
  put(b, x, 2);
}

static void put32(buf *b, uint32_t v) {
  uint8_t x[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
  put(b, x, 4);
}

static void put64(buf *b, uint64_t v) {
  put32(b, (uint32_t)v);
  put32(b, (uint32_t)(v >> 32));
}

/* ---- string interning (open addressing over the string table) ---- */

struct slot {
  const char *s;
  size_t len;
  uint32_t id;
};

typedef struct strtab {
  buf data; /* the STRINGS payload without its count */
  uint32_t n;
  struct slot *slots;
  size_t cap;
} strtab;

static uint32_t hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static uint32_t intern_n(strtab *t, const char *s, size_t len) {
  if (!s) s = "";
  if ((t->n + 1) * 2 > t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 64;
    struct slot *slots = base_xcalloc(cap, sizeof *t->slots);
    for (size_t i = 0; i < t->cap; i++)
      if (t->slots[i].s) {
        size_t j = hash(t->slots[i].s, t->slots[i].len) & (cap - 1);
        while (slots[j].s)
          j = (j + 1) & (cap - 1);
        slots[j] = t->slots[i];
      }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
  }
  size_t j = hash(s, len) & (t->cap - 1);
  while (t->slots[j].s) {
    if (t->slots[j].len == len && memcmp(t->slots[j].s, s, len) == 0) return t->slots[j].id;
    j = (j + 1) & (t->cap - 1);
  }
  t->slots[j].s = s;
  t->slots[j].len = len;
  t->slots[j].id = t->n;
  put32(&t->data, (uint32_t)len);
  put(&t->data, s, len);
  put8(&t->data, 0);
  return t->n++;
}

static uint32_t intern(strtab *t, const char *s) {
  return intern_n(t, s, s ? strlen(s) : 0);
}

static void put_node(buf *b, strtab *t, const doc_node *n) {
  if (!n) {
    /* a NULL constant slot encodes as null (the compiler never produces one) */
    put8(b, DOC_NULL);
    put32(b, 0);
    put32(b, 0);
    return;
  }
  put8(b, n->kind);
  put32(b, n->line);
  put32(b, n->col);
  switch ((doc_kind)n->kind) {
  case DOC_NULL: break;
  case DOC_BOOL: put8(b, n->u.b ? 1 : 0); break;
  case DOC_NUMBER: {
    uint64_t bits;
    memcpy(&bits, &n->u.num, sizeof bits);
    put64(b, bits);
    break;
  }
  case DOC_STRING:
  case DOC_UNKNOWN: put32(b, intern_n(t, n->u.str, n->u.str ? n->len : 0)); break;
  case DOC_LIST:
    put32(b, n->len);
    for (uint32_t i = 0; i < n->len; i++)
      put_node(b, t, n->u.items[i]);
    break;
  case DOC_MAP:
    put32(b, n->len);
    for (uint32_t i = 0; i < n->len; i++) {
      const doc_entry *e = &n->u.entries[i];
      put32(b, intern_n(t, e->key, e->key_len));
      put32(b, e->line);
      put32(b, e->col);
      put_node(b, t, e->val);
    }
    break;
  }
}

/* ---- index: (format, kind, type) → selector ids, sorted by content ---- */

typedef struct ikey {
  uint8_t format;
  const char *kind, *type;
  uint32_t sel;
} ikey;

static int ikey_cmp(const void *a, const void *b) {
  const ikey *x = a, *y = b;
  if (x->format != y->format) return x->format < y->format ? -1 : 1;
  int c = strcmp(x->kind, y->kind);
  if (c) return c;
  c = strcmp(x->type, y->type);
  if (c) return c;
  return x->sel < y->sel ? -1 : x->sel > y->sel;
}

static int put_index(buf *b, strtab *t, const vm_pack *p) {
  size_t n = 0;
  for (uint32_t i = 0; i < p->n_sels; i++)
    n += p->sels[i].is_fact ? 0 : p->sels[i].n_types;
  ikey *keys = base_xcalloc(n, sizeof *keys);
  size_t k = 0;
  for (uint32_t i = 0; i < p->n_sels; i++)
    for (uint32_t j = 0; j < p->sels[i].n_types && !p->sels[i].is_fact; j++) {
      const vm_selector *s = &p->sels[i];
      keys[k++] = (ikey){s->format, s->kind ? s->kind : "", s->types[j] ? s->types[j] : "", i};
    }
  qsort(keys, n, sizeof *keys, ikey_cmp);
  /* drop a selector listed twice under one key (duplicate types) */
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (m == 0 || ikey_cmp(&keys[m - 1], &keys[i]) != 0) keys[m++] = keys[i];
  uint32_t entries = 0;
  for (size_t i = 0; i < m; i++)
    if (i == 0 || keys[i - 1].format != keys[i].format || strcmp(keys[i - 1].kind, keys[i].kind) ||
        strcmp(keys[i - 1].type, keys[i].type))
      entries++;
  put32(b, entries);
  for (size_t i = 0; i < m;) {
    size_t j = i;
    while (j < m && keys[j].format == keys[i].format && !strcmp(keys[j].kind, keys[i].kind) &&
           !strcmp(keys[j].type, keys[i].type))
      j++;
    put8(b, keys[i].format);
    put32(b, intern(t, keys[i].kind));
    put32(b, intern(t, keys[i].type));
    put32(b, (uint32_t)(j - i));
    for (size_t q = i; q < j; q++)
      put32(b, keys[q].sel);
    i = j;
  }
  free(keys);
  return 0;
}

/* The debug section (docs/bytecode.md); empty when the pack has none. Last in
 * the traversal, so stripping only drops strings from the end of the table. */
static void put_debug(buf *b, strtab *t, const vm_pack *p) {
  const vm_debug *d = p->debug;
  if (!d) return;
  put32(b, d->n_files);
  for (uint32_t i = 0; i < d->n_files; i++) {
    put32(b, intern(t, d->files[i].name));
    put32(b, intern_n(t, d->files[i].text, d->files[i].len));
  }
  for (uint32_t i = 0; i < p->n_sels; i++) {
    const vm_dbg_sel *s = &d->sels[i];
    put32(b, s->file);
    put32(b, s->line);
    put32(b, s->col);
    put32(b, s->n_lines);
    for (uint32_t j = 0; j < s->n_lines; j++) {
      put32(b, s->lines[j].pc);
      put32(b, s->lines[j].file);
      put32(b, s->lines[j].line);
      put32(b, s->lines[j].col);
    }
    put32(b, s->n_locals);
    for (uint32_t j = 0; j < s->n_locals; j++) {
      put32(b, s->locals[j].slot);
      put32(b, s->locals[j].from);
      put32(b, s->locals[j].to);
      put32(b, intern(t, s->locals[j].name));
    }
    put32(b, s->n_stmts);
    for (uint32_t j = 0; j < s->n_stmts; j++) {
      const vm_dbg_stmt *x = &s->stmts[j];
      put8(b, x->kind);
      put32(b, x->index);
      put32(b, x->start);
      put32(b, x->end);
      put32(b, x->file);
      put32(b, x->line);
      put32(b, x->col);
      put32(b, x->end_line);
      put32(b, x->end_col);
    }
  }
}

static void section(buf *out, uint32_t id, const buf *payload) {
  put32(out, id);
  put32(out, (uint32_t)payload->len);
  put(out, payload->p, payload->len);
}

int vm_pack_encode(const vm_pack *p, uint8_t **out, size_t *out_len) {
  strtab t = {0};
  buf consts = {0}, rules = {0}, sels = {0}, index = {0}, params = {0}, facts = {0}, debug = {0},
      strs = {0}, all = {0};
  int rc = -1;
  *out = NULL;
  *out_len = 0;

  put32(&consts, p->n_consts);
  for (uint32_t i = 0; i < p->n_consts; i++)
    put_node(&consts, &t, p->consts[i]);

  put32(&rules, p->n_rules);
  for (uint32_t i = 0; i < p->n_rules; i++) {
    const vm_rule *r = &p->rules[i];
    put32(&rules, intern(&t, r->id));
    put32(&rules, intern(&t, r->module));
    put32(&rules, intern(&t, r->title));
    put32(&rules, intern(&t, r->fix));
    put32(&rules, intern(&t, r->docs));
    put32(&rules, r->n_refs);
    for (uint32_t j = 0; j < r->n_refs; j++)
      put32(&rules, intern(&t, r->refs[j]));
    put8(&rules, r->severity);
    put32(&rules, r->first_sel);
    put32(&rules, r->n_sels);
  }

  put32(&sels, p->n_sels);
  for (uint32_t i = 0; i < p->n_sels; i++) {
    const vm_selector *s = &p->sels[i];
    put32(&sels, s->rule);
    put8(&sels, s->is_fact);
    put8(&sels, s->format);
    put32(&sels, intern(&t, s->kind));
    put32(&sels, s->n_types);
    for (uint32_t j = 0; j < s->n_types; j++)
      put32(&sels, intern(&t, s->types[j]));
    put32(&sels, s->code_off);
    put32(&sels, s->code_len);
    put16(&sels, s->n_locals);
    put16(&sels, s->max_stack);
  }

  if (put_index(&index, &t, p)) goto done;

  put32(&params, p->n_params);
  for (uint32_t i = 0; i < p->n_params; i++) {
    put32(&params, intern(&t, p->params[i].name));
    put32(&params, p->params[i].konst);
  }

  put32(&facts, p->n_facts);
  for (uint32_t i = 0; i < p->n_facts; i++) {
    put32(&facts, intern(&t, p->facts[i].name));
    put32(&facts, intern(&t, p->facts[i].module));
    put32(&facts, p->facts[i].first_sel);
    put32(&facts, p->facts[i].n_sels);
  }

  put_debug(&debug, &t, p);

  put32(&strs, t.n);
  put(&strs, t.data.p, t.data.len);

  /* content = the sections; the header's digest covers exactly these bytes */
  uint8_t hdr[VM_PACK_HEADER_SIZE] = {0};
  put(&all, hdr, sizeof hdr);
  buf code = {(uint8_t *)p->code, p->code_len, p->code_len};
  section(&all, VM_SEC_STRINGS, &strs);
  section(&all, VM_SEC_CONSTS, &consts);
  section(&all, VM_SEC_RULES, &rules);
  section(&all, VM_SEC_SELECTORS, &sels);
  section(&all, VM_SEC_CODE, &code);
  section(&all, VM_SEC_INDEX, &index);
  section(&all, VM_SEC_PARAMS, &params);
  section(&all, VM_SEC_FACTS, &facts);
  section(&all, VM_SEC_DEBUG, &debug);
  if (all.len - VM_PACK_HEADER_SIZE > UINT32_MAX) goto done; /* the header's size field */

  buf h = {0};
  put(&h, VM_PACK_MAGIC, 8);
  put32(&h, VM_PACK_VERSION);
  put32(&h, 0); /* flags: none defined */
  struct sha256_ctx sc;
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_init(&sc);
  sha256_update(&sc, all.len - VM_PACK_HEADER_SIZE, all.p + VM_PACK_HEADER_SIZE);
  sha256_digest(&sc, sizeof digest, digest);
  put(&h, digest, sizeof digest);
  put32(&h, VM_PACK_SECTIONS);
  put32(&h, (uint32_t)(all.len - VM_PACK_HEADER_SIZE));
  memcpy(all.p, h.p, VM_PACK_HEADER_SIZE);
  free(h.p);
  *out = all.p;
  *out_len = all.len;
  all.p = NULL;
  rc = 0;
done:
  free(t.data.p);
  free(t.slots);
  free(consts.p);
  free(rules.p);
  free(sels.p);
  free(index.p);
  free(params.p);
  free(facts.p);
  free(debug.p);
  free(strs.p);
  free(all.p);
  return rc;
}
