/* yaml_load.c — libyaml events (YAML) and yajl callbacks (JSON) -> doc_node
 * trees in the unit arena (see yaml_load.h).
 *
 * One pass over the event stream with an explicit frame stack (no recursion, so
 * nesting depth costs heap, not C stack, and is capped by iac_limits.max_depth).
 * Collections accumulate children in per-depth scratch buffers that are reused
 * for the whole load; only the finished array is copied into the arena.
 *
 * Aliases share the anchored subtree (no copy) but are charged the number of
 * nodes they stand for against iac_limits.max_alias_expansion, so a
 * billion-laughs document fails quickly with a located error instead of
 * producing a tree that explodes every later walk.
 *
 * JSON goes through yajl, a strict JSON parser, into the same frames (see
 * "JSON" below for how its tokens are located). */
#include "yaml_load.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include <yajl/yajl_parse.h>

static const char *const tag_yaml[IAC_TAG__COUNT] = {
    [IAC_TAG_NONE] = "",
#define TAG_Y(id, yaml, cfn) [IAC_TAG_##id] = yaml,
    IAC_YAML_TAGS(TAG_Y)
#undef TAG_Y
        [IAC_TAG_OTHER] = "!<other>",
};
static const char *const tag_cfn[IAC_TAG__COUNT] = {
#define TAG_C(id, yaml, cfn) [IAC_TAG_##id] = cfn,
    IAC_YAML_TAGS(TAG_C)
#undef TAG_C
};

const char *iac_yaml_tag_name(unsigned tag) {
  return tag < IAC_TAG__COUNT ? tag_yaml[tag] : "";
}

const char *iac_yaml_tag_cfn(unsigned tag) {
  return tag < IAC_TAG__COUNT ? tag_cfn[tag] : NULL;
}

static uint16_t tag_id(const yaml_char_t *t) {
  if (!t || !*t || strcmp((const char *)t, "!") == 0) return IAC_TAG_NONE;
  for (unsigned i = 1; i < IAC_TAG_OTHER; i++)
    if (strcmp(tag_yaml[i], (const char *)t) == 0) return (uint16_t)i;
  return IAC_TAG_OTHER;
}

/* ---- scratch memory (malloc, freed at the end of the load) ------------------ */

static _Noreturn void oom(void) {
  fputs("vigil: out of memory\n", stderr);
  abort();
}

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) oom();
  return q;
}

/* Key sentinel marking a `<<` merge entry until the map is finished. */
static const char MERGE_KEY[] = "<<";

typedef struct frame {
  bool is_map;
  uint16_t tag;
  uint32_t line, col;
  char *anchor;    /* malloc'd, NULL if none */
  uint64_t weight; /* nodes this subtree stands for (aliases expanded) */
  /* children: doc_node* for lists, doc_entry for maps; buffer reused per depth */
  void *buf;
  size_t n, cap; /* cap in bytes */
  /* maps: 0 = expecting key, 1 = key pending, 2 = key dropped (skip the value) */
  int key_state;
  doc_entry pending;
  bool has_merge;
} frame;

typedef struct anchor {
  char *name; /* malloc'd; NULL = empty slot */
  doc_node *node;
  uint64_t weight;
} anchor;

typedef struct loader {
  iac_unit *u;
  base_arena *a;
  const char *text;
  size_t len;
  uint32_t max_depth;
  uint64_t max_alias, alias_used;
  frame *frames;
  size_t depth, frames_cap;
  anchor *anchors;
  size_t anchors_cap, anchors_n;
  doc_node **docs;
  size_t n_docs, docs_cap;
  doc_node *root;
  bool have_root;
  /* duplicate/merge detection scratch: open-addressed table of entry indices */
  uint32_t *set;
  size_t set_cap, set_n; /* allocated slots; slots in use (a power of two) */
  /* JSON (yajl): where the last token ended, and a line cursor that only
   * moves forward (tokens come in text order) */
  yajl_handle yh;
  size_t base;                       /* bytes skipped before what yajl sees (a UTF-8 BOM) */
  size_t prev_end;                   /* text offset just past the previous token */
  size_t lc_byte, lc_line, lc_chars; /* cursor, its line (0-based), characters from line start */
  bool ascii; /* JSON text without multi-byte characters: columns are byte counts */
  bool failed;
  bool quiet; /* embedded documents: no diagnostics, just success or not */
} loader;

static void fail(loader *L, size_t line0, size_t col0, const char *fmt, const char *arg) {
  if (L->failed) return;
  L->failed = true;
  if (!L->quiet) iac_unit_error(L->u, (uint32_t)line0 + 1, (uint32_t)col0 + 1, fmt, arg);
}

/* ---- anchors: open-addressed hash by name, reset per document -------------- */

static uint64_t hash_bytes(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

static void anchors_clear(loader *L) {
  for (size_t i = 0; i < L->anchors_cap; i++) {
    free(L->anchors[i].name);
    L->anchors[i].name = NULL;
  }
  L->anchors_n = 0;
}

static anchor *anchor_slot(anchor *tab, size_t cap, const char *name) {
  size_t mask = cap - 1, i = (size_t)hash_bytes(name, strlen(name)) & mask;
  while (tab[i].name && strcmp(tab[i].name, name) != 0)
    i = (i + 1) & mask;
  return &tab[i];
}

static void anchor_set(loader *L, char *name, doc_node *node, uint64_t weight) {
  if ((L->anchors_n + 1) * 2 > L->anchors_cap) {
    size_t ncap = L->anchors_cap ? L->anchors_cap * 2 : 64;
    anchor *nt = calloc(ncap, sizeof *nt);
    if (!nt) oom();
    for (size_t i = 0; i < L->anchors_cap; i++)
      if (L->anchors[i].name) *anchor_slot(nt, ncap, L->anchors[i].name) = L->anchors[i];
    free(L->anchors);
    L->anchors = nt;
    L->anchors_cap = ncap;
  }
  anchor *s = anchor_slot(L->anchors, L->anchors_cap, name);
  if (s->name) {
    free(s->name); /* redefinition: the latest anchor wins (YAML spec) */
  } else {
    L->anchors_n++;
  }
  s->name = name;
  s->node = node;
  s->weight = weight;
}

static const anchor *anchor_get(loader *L, const char *name) {
  if (!L->anchors_cap) return NULL;
  anchor *s = anchor_slot(L->anchors, L->anchors_cap, name);
  return s->name ? s : NULL;
}

/* ---- scalars ------------------------------------------------------------------ */

static bool all_digits(const char *s, size_t n, const char *set) {
  if (!n) return false;
  for (size_t i = 0; i < n; i++)
    if (!strchr(set, s[i]) || !s[i]) return false;
  return true;
}

/* Copy s without '_' separators (YAML 1.1 allows 1_000). */
static size_t strip_underscores(char *out, size_t cap, const char *s, size_t n) {
  size_t o = 0;
  for (size_t i = 0; i < n && o + 1 < cap; i++)
    if (s[i] != '_') out[o++] = s[i];
  out[o] = 0;
  return o;
}

/* YAML 1.1 int/float resolution (the PyYAML resolver's rules, minus
 * sexagesimal, which surprises more than it helps: `22:22` stays a string). */
static bool yaml11_number(const char *s, size_t n, double *out) {
  if (n == 0 || n > 64) return false;
  /* every form below starts with a sign, a digit or '.': most words do not */
  if (!(s[0] >= '0' && s[0] <= '9') && s[0] != '+' && s[0] != '-' && s[0] != '.') return false;
  char buf[80];
  const char *p = s;
  size_t m = n;
  bool neg = false;
  if (*p == '+' || *p == '-') {
    neg = *p == '-';
    p++;
    m--;
  }
  if (m == 0) return false;
  if (m == 4 && (!memcmp(p, ".inf", 4) || !memcmp(p, ".Inf", 4) || !memcmp(p, ".INF", 4))) {
    *out = neg ? -INFINITY : INFINITY;
    return true;
  }
  if (n == 4 && (!memcmp(s, ".nan", 4) || !memcmp(s, ".NaN", 4) || !memcmp(s, ".NAN", 4))) {
    *out = NAN;
    return true;
  }
  int base = 0;
  if (m > 2 && p[0] == '0' && p[1] == 'b' && all_digits(p + 2, m - 2, "01_"))
    base = 2;
  else if (m > 2 && p[0] == '0' && p[1] == 'x' &&
           all_digits(p + 2, m - 2, "0123456789abcdefABCDEF_"))
    base = 16;
  else if (m > 1 && p[0] == '0' && all_digits(p + 1, m - 1, "01234567_"))
    base = 8;
  else if ((m == 1 && p[0] == '0') ||
           (p[0] >= '1' && p[0] <= '9' && all_digits(p, m, "0123456789_")))
    base = 10;
  if (base) {
    size_t skip = base == 2 || base == 16 ? 2 : base == 8 ? 1 : 0;
    strip_underscores(buf, sizeof buf, p + skip, m - skip);
    if (!buf[0]) return false;
    errno = 0;
    unsigned long long v = strtoull(buf, NULL, base);
    double d = errno == ERANGE ? HUGE_VAL : (double)v;
    *out = neg ? -d : d;
    return true;
  }
  /* float: [0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)? or digits with exponent */
  size_t i = 0;
  bool int_digits = false, dot = false;
  while (i < m && ((p[i] >= '0' && p[i] <= '9') || p[i] == '_')) {
    int_digits = true;
    i++;
  }
  if (int_digits && p[0] == '_') return false;
  if (i < m && p[i] == '.') {
    dot = true;
    i++;
    while (i < m && ((p[i] >= '0' && p[i] <= '9') || p[i] == '_'))
      i++;
  }
  if (!dot && !int_digits) return false;
  if (!int_digits && i == 1) return false; /* a lone "." */
  if (i < m && (p[i] == 'e' || p[i] == 'E')) {
    i++;
    if (i < m && (p[i] == '+' || p[i] == '-'))
      i++;
    else
      return false;
    size_t d0 = i;
    while (i < m && p[i] >= '0' && p[i] <= '9')
      i++;
    if (i == d0) return false;
  } else if (!dot) {
    return false;
  }
  if (i != m) return false;
  strip_underscores(buf, sizeof buf, s, n);
  *out = strtod(buf, NULL);
  return true;
}

/* YAML 1.1's null and bool words, by what they resolve to. */
enum { WORD_NONE, WORD_NULL, WORD_TRUE, WORD_FALSE };

/* Up to 5 bytes as one number (s[0] lowest), to compare with a word's W(). */
static uint64_t word_bits(const char *s, size_t n) {
  uint64_t w = 0;
  for (size_t i = n; i-- > 0;)
    w = w << 8 | (unsigned char)s[i];
  return w;
}
#define W(a, b, c, d, e)                                                                           \
  ((uint64_t)(a) | (uint64_t)(b) << 8 | (uint64_t)(c) << 16 | (uint64_t)(d) << 24 |                \
   (uint64_t)(e) << 32)

/* One of "~ null Null NULL", "true True TRUE yes Yes YES on On ON" or
 * "false False FALSE no No NO off Off OFF" (exactly, as PyYAML), else
 * WORD_NONE. Runs for every plain scalar, nearly none of which is such a
 * word: a few integer compares instead of a memcmp per word. */
static int yaml11_word(const char *s, size_t n) {
  if (n == 0 || n > 5) return WORD_NONE;
  uint64_t w = word_bits(s, n);
  switch (n) {
  case 1: return w == '~' ? WORD_NULL : WORD_NONE;
  case 2:
    if (w == W('o', 'n', 0, 0, 0) || w == W('O', 'n', 0, 0, 0) || w == W('O', 'N', 0, 0, 0))
      return WORD_TRUE;
    if (w == W('n', 'o', 0, 0, 0) || w == W('N', 'o', 0, 0, 0) || w == W('N', 'O', 0, 0, 0))
      return WORD_FALSE;
    return WORD_NONE;
  case 3:
    if (w == W('y', 'e', 's', 0, 0) || w == W('Y', 'e', 's', 0, 0) || w == W('Y', 'E', 'S', 0, 0))
      return WORD_TRUE;
    if (w == W('o', 'f', 'f', 0, 0) || w == W('O', 'f', 'f', 0, 0) || w == W('O', 'F', 'F', 0, 0))
      return WORD_FALSE;
    return WORD_NONE;
  case 4:
    if (w == W('n', 'u', 'l', 'l', 0) || w == W('N', 'u', 'l', 'l', 0) ||
        w == W('N', 'U', 'L', 'L', 0))
      return WORD_NULL;
    if (w == W('t', 'r', 'u', 'e', 0) || w == W('T', 'r', 'u', 'e', 0) ||
        w == W('T', 'R', 'U', 'E', 0))
      return WORD_TRUE;
    return WORD_NONE;
  default:
    if (w == W('f', 'a', 'l', 's', 'e') || w == W('F', 'a', 'l', 's', 'e') ||
        w == W('F', 'A', 'L', 'S', 'E'))
      return WORD_FALSE;
    return WORD_NONE;
  }
}
#undef W

/* ---- nodes: what doc.c's constructors do, inlined into the event loop --------- */

static doc_node *new_node(loader *L, doc_kind kind, uint32_t line, uint32_t col) {
  doc_node *n = base_arena_alloc_fast(L->a, sizeof *n);
  memset(n, 0, sizeof *n);
  n->kind = (uint8_t)kind;
  n->line = line;
  n->col = col;
  return n;
}

/* A NUL-terminated arena copy of s[0..n). */
static char *copy_str(loader *L, const char *s, size_t n) {
  char *p = base_arena_alloc_fast(L->a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

/* A string node and its text in one allocation (the text right behind it). */
static doc_node *str_node(loader *L, const char *s, size_t n, uint32_t line, uint32_t col) {
  doc_node *node = base_arena_alloc_fast(L->a, sizeof *node + n + 1);
  char *p = (char *)(node + 1);
  memset(node, 0, sizeof *node);
  node->kind = DOC_STRING;
  node->line = line;
  node->col = col;
  node->len = (uint32_t)n;
  memcpy(p, s, n);
  p[n] = 0;
  node->u.str = p;
  return node;
}

static doc_node *bool_node(loader *L, bool b, uint32_t line, uint32_t col) {
  doc_node *n = new_node(L, DOC_BOOL, line, col);
  n->u.b = b;
  return n;
}

static doc_node *num_node(loader *L, double d, uint32_t line, uint32_t col) {
  doc_node *n = new_node(L, DOC_NUMBER, line, col);
  n->u.num = d;
  return n;
}

static doc_node *scalar_node(loader *L, const yaml_event_t *ev, uint16_t tag) {
  const char *s = (const char *)ev->data.scalar.value;
  size_t n = ev->data.scalar.length;
  uint32_t line = (uint32_t)ev->start_mark.line + 1, col = (uint32_t)ev->start_mark.column + 1;
  bool plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
  double d;
  doc_node *node = NULL;
  if (tag == IAC_TAG_NONE && plain) {
    /* YAML 1.1 implicit typing applies to untagged plain scalars only: a quoted
     * "true" (CloudFormation's Default: "true") stays a string. */
    int w = n == 0 ? WORD_NULL : yaml11_word(s, n);
    if (w == WORD_NULL)
      node = new_node(L, DOC_NULL, line, col);
    else if (w != WORD_NONE)
      node = bool_node(L, w == WORD_TRUE, line, col);
    else if (yaml11_number(s, n, &d))
      node = num_node(L, d, line, col);
    else
      node = str_node(L, s, n, line, col);
  } else if (tag == IAC_TAG_INT || tag == IAC_TAG_FLOAT) {
    if (yaml11_number(s, n, &d))
      node = num_node(L, d, line, col);
    else
      node = str_node(L, s, n, line, col);
  } else if (tag == IAC_TAG_BOOL &&
             (yaml11_word(s, n) == WORD_TRUE || yaml11_word(s, n) == WORD_FALSE)) {
    node = bool_node(L, yaml11_word(s, n) == WORD_TRUE, line, col);
  } else if (tag == IAC_TAG_NULL) {
    node = new_node(L, DOC_NULL, line, col);
  } else {
    /* quoted, !!str, or an application tag such as !Ref: the text as written */
    node = str_node(L, s, n, line, col);
  }
  if (!plain) node->flags |= DOC_F_QUOTED;
  node->tag = tag;
  return node;
}

/* ---- frames -------------------------------------------------------------------- */

static frame *top(loader *L) {
  return L->depth ? &L->frames[L->depth - 1] : NULL;
}

/* Room for one more child of `size` bytes in f's scratch buffer. */
static void *buf_slot(frame *f, size_t size) {
  if ((f->n + 1) * size > f->cap) {
    f->cap = f->cap ? f->cap * 2 : 16 * size;
    f->buf = xrealloc(f->buf, f->cap);
  }
  return (char *)f->buf + f->n++ * size;
}

/* Typed pushes: a fixed-size store instead of a memcpy call per child. */
static void push_item(frame *f, doc_node *node) {
  *(doc_node **)buf_slot(f, sizeof node) = node;
}

static void push_entry(frame *f, const doc_entry *e) {
  *(doc_entry *)buf_slot(f, sizeof *e) = *e;
}

/* line, col: 1-based */
static bool push_frame(loader *L, uint32_t line, uint32_t col, bool is_map,
                       const yaml_char_t *anchor_name, uint16_t tag) {
  if (L->depth >= L->max_depth) {
    char lim[32];
    snprintf(lim, sizeof lim, "%u", L->max_depth);
    fail(L, line - 1, col - 1, "limit exceeded: nesting deeper than %s levels (--max-depth)", lim);
    return false;
  }
  if (L->depth == L->frames_cap) {
    size_t ncap = L->frames_cap ? L->frames_cap * 2 : 32;
    L->frames = xrealloc(L->frames, ncap * sizeof *L->frames);
    memset(L->frames + L->frames_cap, 0, (ncap - L->frames_cap) * sizeof *L->frames);
    L->frames_cap = ncap;
  }
  frame *f = &L->frames[L->depth++];
  f->is_map = is_map;
  f->tag = tag;
  f->line = line;
  f->col = col;
  f->anchor = anchor_name ? strdup((const char *)anchor_name) : NULL;
  f->weight = 1;
  f->n = 0;
  f->key_state = 0;
  f->has_merge = false;
  return true;
}

/* Hand a finished node to its parent (or make it the document root). */
static void deliver(loader *L, doc_node *node, uint64_t weight) {
  frame *f = top(L);
  if (!f) {
    L->root = node;
    L->have_root = true;
    return;
  }
  f->weight += weight;
  if (!f->is_map) {
    push_item(f, node);
    return;
  }
  if (f->key_state == 0) {
    /* a collection (or non-string alias) used as a key: nothing can select it */
    if (!L->quiet) iac_unit_warning(L->u, node->line, node->col, "non-scalar mapping key ignored");
    f->key_state = 2;
    return;
  }
  if (f->key_state == 1) {
    f->pending.val = node;
    push_entry(f, &f->pending);
    if (f->pending.key == MERGE_KEY) f->has_merge = true;
  }
  f->key_state = 0;
}

/* ---- maps: duplicate keys and `<<` merges ------------------------------------ */

/* Set values: i+1 refers to ents[i]; OUT_BIT|(i+1) to out[i] (merged keys). */
#define OUT_BIT 0x80000000u
static size_t set_slot(loader *L, const doc_entry *ents, const doc_entry *out, const char *key,
                       uint32_t klen, bool *found) {
  size_t mask = L->set_n - 1, i = (size_t)hash_bytes(key, klen) & mask;
  for (;;) {
    uint32_t v = L->set[i];
    if (!v) {
      *found = false;
      return i;
    }
    const doc_entry *e = v & OUT_BIT ? &out[(v & ~OUT_BIT) - 1] : &ents[v - 1];
    if (e->key_len == klen && memcmp(e->key, key, klen) == 0) {
      *found = true;
      return i;
    }
    i = (i + 1) & mask;
  }
}

/* An empty table for n keys: only the slots this map uses are cleared (the
 * table may be larger, kept from an earlier map or file). */
static void set_reset(loader *L, size_t n) {
  size_t cap = 16;
  while (cap < n * 2)
    cap *= 2;
  if (cap > L->set_cap) {
    free(L->set);
    L->set = malloc(cap * sizeof *L->set);
    if (!L->set) oom();
    L->set_cap = cap;
  }
  L->set_n = cap;
  memset(L->set, 0, cap * sizeof *L->set);
}

/* Maps with at most this many entries are checked for duplicate keys pairwise. */
enum { SMALL_MAP = 8 };

/* ents[i] repeats the key of `kept`, which wins: drop ents[i] and say so. */
static void duplicate(loader *L, const doc_entry *ents, size_t n, size_t i, const doc_entry *kept,
                      bool **drop) {
  if (!*drop) *drop = calloc(n, sizeof **drop);
  if (!*drop) oom();
  (*drop)[i] = true;
  char where[32];
  snprintf(where, sizeof where, "%u", (unsigned)kept->line);
  if (!L->quiet)
    iac_unit_warning(L->u, ents[i].line, ents[i].col,
                     "duplicate key '%s' (the one at line %s wins)", ents[i].key, where);
}

static doc_node *finish_map(loader *L, frame *f) {
  doc_entry *ents = f->buf;
  size_t n = f->n;
  /* Count what the final map can hold: explicit keys plus merged ones. */
  size_t total = n;
  if (f->has_merge)
    for (size_t i = 0; i < n; i++) {
      if (ents[i].key != MERGE_KEY) continue;
      const doc_node *v = ents[i].val;
      if (v->kind == DOC_MAP)
        total += v->len;
      else if (v->kind == DOC_LIST)
        for (uint32_t k = 0; k < v->len; k++)
          if (v->u.items[k]->kind == DOC_MAP) total += v->u.items[k]->len;
    }
  if (total > UINT32_MAX / 4) total = UINT32_MAX / 4;
  doc_entry *out = base_arena_alloc_fast(L->a, (total ? total : 1) * sizeof *out);
  size_t o = 0;
  /* Explicit keys: last one wins; earlier duplicates are reported and dropped.
   * The set maps key -> index into ents (+1); iterate backwards so the kept
   * occurrence is found first. */
  bool *drop = NULL;
  if (!f->has_merge && n <= SMALL_MAP) {
    /* Small maps (most of them): pairwise comparison beats hashing. Same
     * outcome as the set below: the kept occurrence is the last one. */
    for (size_t i = n; i-- > 0;) {
      const doc_entry *kept = NULL;
      for (size_t j = n; j-- > i + 1 && !kept;)
        if (ents[j].key_len == ents[i].key_len &&
            memcmp(ents[j].key, ents[i].key, ents[i].key_len) == 0)
          kept = &ents[j];
      if (kept) duplicate(L, ents, n, i, kept, &drop);
    }
  } else {
    set_reset(L, total);
    for (size_t i = n; i-- > 0;) {
      if (ents[i].key == MERGE_KEY) continue;
      bool found;
      size_t s = set_slot(L, ents, NULL, ents[i].key, ents[i].key_len, &found);
      if (!found) {
        L->set[s] = (uint32_t)i + 1;
        continue;
      }
      duplicate(L, ents, n, i, &ents[L->set[s] - 1], &drop);
    }
  }
  /* Then the output in source order, merged entries where their `<<` was. */
  for (size_t i = 0; i < n; i++) {
    if (drop && drop[i]) continue;
    if (ents[i].key != MERGE_KEY) {
      out[o++] = ents[i];
      continue;
    }
    const doc_node *v = ents[i].val;
    uint32_t nsrc = v->kind == DOC_LIST ? v->len : 1;
    for (uint32_t k = 0; k < nsrc; k++) {
      const doc_node *src = v->kind == DOC_LIST ? v->u.items[k] : v;
      if (src->kind != DOC_MAP) {
        if (!L->quiet)
          iac_unit_warning(L->u, src->line, src->col, "'<<' merge of a non-mapping ignored");
        continue;
      }
      for (uint32_t j = 0; j < src->len; j++) {
        const doc_entry *e = &src->u.entries[j];
        /* present explicitly, or merged already (earlier sources win) */
        bool found;
        size_t s = set_slot(L, ents, out, e->key, e->key_len, &found);
        if (found || o >= total) continue;
        L->set[s] = OUT_BIT | (uint32_t)(o + 1);
        if (++L->alias_used > L->max_alias) {
          char lim[32];
          snprintf(lim, sizeof lim, "%llu", (unsigned long long)L->max_alias);
          fail(L, ents[i].line - 1, ents[i].col - 1,
               "limit exceeded: alias expansion over %s nodes (--max-alias-expansion)", lim);
          free(drop);
          doc_node *partial = new_node(L, DOC_MAP, f->line, f->col);
          partial->u.entries = out;
          partial->len = (uint32_t)o;
          return partial;
        }
        out[o++] = *e;
      }
    }
  }
  free(drop);
  doc_node *node = new_node(L, DOC_MAP, f->line, f->col);
  node->u.entries = out; /* already in the arena: adopt instead of copying */
  node->len = (uint32_t)o;
  return node;
}

static void end_collection(loader *L) {
  frame *f = top(L);
  doc_node *node;
  if (f->is_map) {
    node = finish_map(L, f);
  } else {
    node = new_node(L, DOC_LIST, f->line, f->col);
    node->len = (uint32_t)f->n;
    node->u.items = base_arena_alloc_fast(L->a, (f->n ? f->n : 1) * sizeof *node->u.items);
    if (f->n) memcpy(node->u.items, f->buf, f->n * sizeof *node->u.items);
  }
  node->tag = f->tag;
  uint64_t weight = f->weight;
  if (f->anchor) {
    anchor_set(L, f->anchor, node, weight);
    f->anchor = NULL;
  }
  L->depth--;
  deliver(L, node, weight);
}

static void on_scalar(loader *L, const yaml_event_t *ev) {
  frame *f = top(L);
  uint16_t tag = tag_id(ev->data.scalar.tag);
  if (f && f->is_map && f->key_state == 0) {
    /* keys keep their text as written (a key `200:` is "200", not a number) */
    doc_entry *k = &f->pending;
    bool merge = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && tag == IAC_TAG_NONE &&
                 ev->data.scalar.length == 2 && memcmp(ev->data.scalar.value, "<<", 2) == 0;
    k->key = merge ? MERGE_KEY
                   : copy_str(L, (const char *)ev->data.scalar.value, ev->data.scalar.length);
    k->key_len = (uint32_t)ev->data.scalar.length;
    k->line = (uint32_t)ev->start_mark.line + 1;
    k->col = (uint32_t)ev->start_mark.column + 1;
    k->val = NULL;
    f->key_state = 1;
    f->weight++;
    if (ev->data.scalar.anchor) {
      doc_node *kn = str_node(L, k->key, k->key_len, k->line, k->col);
      anchor_set(L, strdup((const char *)ev->data.scalar.anchor), kn, 1);
    }
    return;
  }
  doc_node *node = scalar_node(L, ev, tag);
  if (ev->data.scalar.anchor) anchor_set(L, strdup((const char *)ev->data.scalar.anchor), node, 1);
  deliver(L, node, 1);
}

static void on_alias(loader *L, const yaml_event_t *ev) {
  const char *name = (const char *)ev->data.alias.anchor;
  const anchor *an = anchor_get(L, name);
  if (!an) {
    fail(L, ev->start_mark.line, ev->start_mark.column, "unknown anchor '%s'", name);
    return;
  }
  L->alias_used += an->weight;
  if (L->alias_used > L->max_alias || an->weight > L->max_alias) {
    char lim[32];
    snprintf(lim, sizeof lim, "%llu", (unsigned long long)L->max_alias);
    fail(L, ev->start_mark.line, ev->start_mark.column,
         "limit exceeded: alias expansion over %s nodes (--max-alias-expansion)", lim);
    return;
  }
  frame *f = top(L);
  if (f && f->is_map && f->key_state == 0 && an->node->kind == DOC_STRING) {
    doc_entry *k = &f->pending;
    k->key = an->node->u.str;
    k->key_len = an->node->len;
    k->line = (uint32_t)ev->start_mark.line + 1;
    k->col = (uint32_t)ev->start_mark.column + 1;
    f->key_state = 1;
    return;
  }
  deliver(L, an->node, an->weight);
}

/* libyaml error -> located unit error. */
static void parser_error(loader *L, const yaml_parser_t *p) {
  const char *problem = p->problem ? p->problem : "YAML syntax error";
  size_t line = p->problem_mark.line, col = p->problem_mark.column;
  if (p->error == YAML_READER_ERROR) {
    /* reader errors carry a byte offset only */
    line = col = 0;
    for (size_t i = 0; i < p->problem_offset && i < L->len; i++) {
      if (L->text[i] == '\n')
        line++, col = 0;
      else if (((unsigned char)L->text[i] & 0xC0) != 0x80)
        col++;
    }
  }
  if (p->context) {
    char msg[512];
    snprintf(msg, sizeof msg, "%s %s (line %zu)", p->context, problem, p->context_mark.line + 1);
    fail(L, line, col, "%s", msg);
  } else {
    fail(L, line, col, "%s", problem);
  }
}

static void add_doc(loader *L) {
  doc_node *root = L->have_root && L->root ? L->root : NULL;
  if (!root) return;
  if (L->n_docs == L->docs_cap) {
    L->docs_cap = L->docs_cap ? L->docs_cap * 2 : 4;
    L->docs = xrealloc(L->docs, L->docs_cap * sizeof *L->docs);
  }
  L->docs[L->n_docs++] = root;
}

static void setup(loader *L, iac_unit *u, const char *text, size_t len, const iac_limits *lim) {
  L->u = u;
  L->a = &u->arena;
  L->text = text;
  L->len = len;
  L->max_depth = lim && lim->max_depth ? lim->max_depth : IAC_DEFAULT_MAX_DEPTH;
  L->max_alias =
      lim && lim->max_alias_expansion ? lim->max_alias_expansion : IAC_DEFAULT_MAX_ALIAS_EXPANSION;
}

/* YAML: parse into L->docs; the caller frees the loader's scratch with loader_free. */
static void run_yaml(loader *Lp) {
  loader L = *Lp;
  yaml_parser_t p;
  yaml_parser_initialize(&p);
  yaml_parser_set_input_string(&p, (const unsigned char *)L.text, L.len);
  bool done = false;
  while (!done && !L.failed) {
    yaml_event_t ev;
    if (!yaml_parser_parse(&p, &ev)) {
      parser_error(&L, &p);
      break;
    }
    if (L.failed) {
      yaml_event_delete(&ev);
      break;
    }
    switch (ev.type) {
    case YAML_STREAM_END_EVENT: done = true; break;
    case YAML_DOCUMENT_START_EVENT:
      anchors_clear(&L);
      L.root = NULL;
      L.have_root = false;
      break;
    case YAML_DOCUMENT_END_EVENT: add_doc(&L); break;
    case YAML_SCALAR_EVENT: on_scalar(&L, &ev); break;
    case YAML_ALIAS_EVENT: on_alias(&L, &ev); break;
    case YAML_MAPPING_START_EVENT:
      push_frame(&L, (uint32_t)ev.start_mark.line + 1, (uint32_t)ev.start_mark.column + 1, true,
                 ev.data.mapping_start.anchor, tag_id(ev.data.mapping_start.tag));
      break;
    case YAML_SEQUENCE_START_EVENT:
      push_frame(&L, (uint32_t)ev.start_mark.line + 1, (uint32_t)ev.start_mark.column + 1, false,
                 ev.data.sequence_start.anchor, tag_id(ev.data.sequence_start.tag));
      break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT: end_collection(&L); break;
    default: break;
    }
    yaml_event_delete(&ev);
  }
  yaml_parser_delete(&p);
  *Lp = L;
}

/* ---- JSON: yajl's callbacks build the same trees ------------------------------
 *
 * yajl is a strict JSON parser (RFC 8259: no comments, no trailing commas, no
 * single quotes, one value) and several times faster than libyaml on JSON.
 * It reports no positions, but inside a callback yajl_get_bytes_consumed is
 * the offset just past the token being reported; between two tokens there is
 * only whitespace, ':' and ','. So a token starts at the first other byte
 * after the previous token's end, and a forward-only cursor turns that offset
 * into a line and a column (characters, as for YAML). */

static const unsigned char json_gap_byte[256] = {
    [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [','] = 1, [':'] = 1};

/* Line and column (1-based) of text offset off >= the cursor's. */
static void json_locate(loader *L, size_t off, uint32_t *line, uint32_t *col) {
  const char *t = L->text;
  size_t i = L->lc_byte;
  const char *nl;
  while (i < off && (nl = memchr(t + i, '\n', off - i)) != NULL) {
    L->lc_line++;
    i = (size_t)(nl - t) + 1;
    L->lc_chars = 0;
  }
  if (L->ascii) {
    L->lc_chars += off - i;
  } else {
    for (; i < off; i++)
      L->lc_chars += ((unsigned char)t[i] & 0xC0) != 0x80;
  }
  L->lc_byte = off;
  *line = (uint32_t)L->lc_line + 1;
  *col = (uint32_t)L->lc_chars + 1;
}

/* Where the token being reported starts; moves past it. */
static void json_token(loader *L, uint32_t *line, uint32_t *col) {
  const unsigned char *t = (const unsigned char *)L->text;
  size_t i = L->prev_end;
  while (i < L->len && json_gap_byte[t[i]])
    i++;
  json_locate(L, i, line, col);
  L->prev_end = L->base + yajl_get_bytes_consumed(L->yh);
}

/* A value (yajl reports an object's keys through j_key, so in an object a
 * value always has its key pending). */
static int json_value(loader *L, doc_node *n) {
  deliver(L, n, 1);
  return !L->failed;
}

static int j_null(void *ctx) {
  loader *L = ctx;
  uint32_t line, col;
  json_token(L, &line, &col);
  return json_value(L, new_node(L, DOC_NULL, line, col));
}

static int j_bool(void *ctx, int b) {
  loader *L = ctx;
  uint32_t line, col;
  json_token(L, &line, &col);
  return json_value(L, bool_node(L, b != 0, line, col));
}

/* The number's text as written (yajl checked the grammar): no overflow error
 * for big integers, which become the nearest double, as before. */
static int j_number(void *ctx, const char *s, size_t n) {
  loader *L = ctx;
  uint32_t line, col;
  json_token(L, &line, &col);
  char small[64];
  char *z = n < sizeof small ? small : base_arena_alloc(L->a, n + 1);
  memcpy(z, s, n);
  z[n] = 0;
  return json_value(L, num_node(L, strtod(z, NULL), line, col));
}

static int j_string(void *ctx, const unsigned char *s, size_t n) {
  loader *L = ctx;
  uint32_t line, col;
  json_token(L, &line, &col);
  doc_node *node = str_node(L, (const char *)s, n, line, col);
  node->flags |= DOC_F_QUOTED;
  return json_value(L, node);
}

static int j_key(void *ctx, const unsigned char *s, size_t n) {
  loader *L = ctx;
  frame *f = top(L);
  doc_entry *k = &f->pending;
  uint32_t line, col;
  json_token(L, &line, &col);
  k->key = copy_str(L, (const char *)s, n);
  k->key_len = (uint32_t)n;
  k->line = line;
  k->col = col;
  k->val = NULL;
  f->key_state = 1;
  f->weight++;
  return 1;
}

static int j_start(loader *L, bool is_map) {
  uint32_t line, col;
  json_token(L, &line, &col);
  return push_frame(L, line, col, is_map, NULL, IAC_TAG_NONE);
}

static int j_start_map(void *ctx) {
  return j_start(ctx, true);
}

static int j_start_array(void *ctx) {
  return j_start(ctx, false);
}

static int j_end(void *ctx) {
  loader *L = ctx;
  L->prev_end = L->base + yajl_get_bytes_consumed(L->yh);
  end_collection(L);
  return !L->failed;
}

static const yajl_callbacks json_callbacks = {
    .yajl_null = j_null,
    .yajl_boolean = j_bool,
    .yajl_number = j_number,
    .yajl_string = j_string,
    .yajl_start_map = j_start_map,
    .yajl_map_key = j_key,
    .yajl_end_map = j_end,
    .yajl_start_array = j_start_array,
    .yajl_end_array = j_end,
};

static bool json_ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A syntax error. yajl says what it expected, but not where: the offending
 * token is the first one after the last token reported (L->prev_end) and the
 * separator accepted after it. What a comment, a single quote, a bare word or
 * a trailing comma all get from yajl ("invalid char in json text", "unallowed
 * token at this point") is made specific by the bytes there. */
static void json_error(loader *L, size_t at) {
  const unsigned char *t = (const unsigned char *)L->text;
  size_t len = L->len, q = L->prev_end, sep = len;
  while (q < len && json_ws(t[q]))
    q++;
  if (q < len && (t[q] == ',' || t[q] == ':')) {
    sep = q++;
    while (q < len && json_ws(t[q]))
      q++;
  }
  unsigned char *msg = yajl_get_error(L->yh, 0, NULL, 0);
  char text[200];
  const char *m = msg ? (const char *)msg : "syntax error";
  if (!strncmp(m, "parse error: ", 13)) m += 13;
  if (!strncmp(m, "lexical error: ", 15)) m += 15;
  snprintf(text, sizeof text, "%s", m);
  size_t n = strlen(text);
  while (n && (text[n - 1] == '\n' || text[n - 1] == '.' || text[n - 1] == ' '))
    text[--n] = 0;
  if (msg) yajl_free_error(L->yh, msg);
  const frame *f = top(L);
  const char *what = text;
  char buf[64];
  size_t where = q;
  if (q >= len || !strcmp(text, "premature EOF")) {
    bool open_string = q < len && t[q] == '"';
    what = open_string ? "unterminated string in JSON" : "unexpected end of JSON text";
    where = q < len && open_string ? q : len;
  } else if (t[q] == '/' || t[q] == '#') {
    what = "comments are not allowed in JSON";
  } else if ((t[q] == '}' || t[q] == ']') && sep < len && t[sep] == ',') {
    what = "trailing comma";
    where = sep;
  } else if (t[q] == '\'') {
    what = "strings must be double-quoted in JSON";
  } else if (!f && L->have_root) {
    what = "JSON text must hold exactly one value";
  } else if (t[q] == ',' || t[q] == ':') {
    snprintf(buf, sizeof buf, "unexpected '%c' in JSON", t[q]);
    what = buf;
  } else if (f && f->is_map && f->key_state == 0 && t[q] != '"' && t[q] != '}' &&
             (sep < len ? t[sep] == ',' : f->n == 0)) {
    what = "JSON object keys must be double-quoted strings";
  } else if (t[q] == '"' && at > q && strstr(text, "string")) {
    where = at; /* a bad escape or control character: yajl stopped at it */
  } else if (t[q] == '-' || (t[q] >= '0' && t[q] <= '9')) {
    /* yajl's own words: "malformed number, ..." */
  } else if (strstr(text, "invalid")) {
    /* a bare word (NaN, tru, yes) or a stray character */
    size_t e = q;
    while (e < len && e - q < 40 && !json_ws(t[e]) && !strchr(",:[]{}\"", t[e]))
      e++;
    if (e == q) e = q + 1;
    snprintf(buf, sizeof buf, "invalid JSON value '%.*s'", (int)(e - q), (const char *)t + q);
    what = buf;
  }
  uint32_t line, col;
  if (where < L->lc_byte) { /* a located token is past it: count again */
    L->lc_byte = L->base;
    L->lc_line = L->lc_chars = 0;
  }
  json_locate(L, where > len ? len : where, &line, &col);
  fail(L, line - 1, col - 1, "%s", what);
}

/* JSON: parse into L->docs (one document). */
static void run_json(loader *L) {
  const unsigned char *t = (const unsigned char *)L->text;
  size_t len = L->len;
  /* one pass, a word at a time: ASCII text needs no character counting */
  uint64_t hi = 0, w;
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    memcpy(&w, t + i, 8);
    hi |= w;
  }
  for (; i < len; i++)
    hi |= t[i];
  L->ascii = (hi & 0x8080808080808080ull) == 0;
  L->base = len >= 3 && !memcmp(t, "\xEF\xBB\xBF", 3) ? 3 : 0;
  L->prev_end = L->lc_byte = L->base;
  L->lc_line = L->lc_chars = 0;
  size_t k = L->base;
  while (k < len && json_ws(t[k]))
    k++;
  if (k == len) {
    fail(L, 0, 0, "empty JSON file%s", "");
    return;
  }
  L->yh = yajl_alloc(&json_callbacks, NULL, L);
  if (!L->yh) oom();
  /* the whole text was checked as UTF-8 before parsing (base_text_problem) */
  yajl_config(L->yh, yajl_dont_validate_strings, 1);
  yajl_status st = yajl_parse(L->yh, t + L->base, len - L->base);
  size_t at = L->base + yajl_get_bytes_consumed(L->yh);
  if (st == yajl_status_ok) {
    st = yajl_complete_parse(L->yh);
    at = len;
  }
  if (st == yajl_status_error && !L->failed) json_error(L, at);
  if (st != yajl_status_ok && !L->failed) fail(L, 0, 0, "JSON syntax error%s", "");
  yajl_free(L->yh);
  L->yh = NULL;
  if (!L->failed) add_doc(L);
}

static void run(loader *L, iac_unit *u, const char *text, size_t len, const iac_limits *lim,
                bool json) {
  setup(L, u, text, len, lim);
  if (json)
    run_json(L);
  else
    run_yaml(L);
}

static void loader_free(loader *Lp) {
  loader L = *Lp;
  for (size_t i = 0; i < L.frames_cap; i++) {
    free(L.frames[i].buf);
    free(L.frames[i].anchor);
  }
  free(L.frames);
  anchors_clear(&L);
  free(L.anchors);
  free(L.docs);
  free(L.set);
}

/* ---- scratch kept per thread from one load to the next ------------------------
 * A scan loads thousands of small files on each worker thread: the frame stack,
 * the per-depth child buffers, the anchor and key tables are kept (emptied)
 * instead of being allocated, zeroed and freed for every file. What one huge
 * file grew them to is not kept (it would cost memory, and clearing a large
 * key table, for every later file). A load nested in another on the same
 * thread simply gets fresh scratch. */

/* Largest scratch kept: child buffer bytes, anchor slots, key-table slots. */
enum { KEEP_BUF = 64 * 1024, KEEP_SLOTS = 1024 };

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void scratch_destroy(void *p) {
  loader_free(p);
  free(p);
}

static void scratch_init(void) {
  if (pthread_key_create(&scratch_key, scratch_destroy) != 0) oom();
}

/* Hands the reusable buffers (frames, anchors, documents, key set) from one
 * loader to another. */
static void scratch_move(loader *dst, const loader *src) {
  dst->frames = src->frames;
  dst->frames_cap = src->frames_cap;
  dst->anchors = src->anchors;
  dst->anchors_cap = src->anchors_cap;
  dst->docs = src->docs;
  dst->docs_cap = src->docs_cap;
  dst->set = src->set;
  dst->set_cap = src->set_cap;
}

/* A loader with this thread's kept scratch, or a fresh one. */
static void loader_start(loader *L) {
  memset(L, 0, sizeof *L);
  pthread_once(&scratch_once, scratch_init);
  loader *kept = pthread_getspecific(scratch_key);
  if (!kept) return;
  pthread_setspecific(scratch_key, NULL); /* in use until loader_done */
  scratch_move(L, kept);
  free(kept);
}

/* Empties L's scratch and keeps it for the thread's next load. */
static void loader_done(loader *L) {
  for (size_t i = 0; i < L->frames_cap; i++) {
    frame *f = &L->frames[i];
    free(f->anchor); /* left by a failed load */
    f->anchor = NULL;
    if (f->cap > KEEP_BUF) {
      free(f->buf);
      f->buf = NULL;
      f->cap = 0;
    }
  }
  anchors_clear(L);
  if (L->anchors_cap > KEEP_SLOTS) {
    free(L->anchors);
    L->anchors = NULL;
    L->anchors_cap = 0;
  }
  if (L->set_cap > KEEP_SLOTS) {
    free(L->set);
    L->set = NULL;
    L->set_cap = 0;
  }
  loader *keep = pthread_getspecific(scratch_key) ? NULL : malloc(sizeof *keep);
  if (!keep) {
    loader_free(L); /* another load's scratch is kept already */
    return;
  }
  memset(keep, 0, sizeof *keep);
  scratch_move(keep, L);
  if (pthread_setspecific(scratch_key, keep) != 0) scratch_destroy(keep);
}

bool iac_yaml_load(iac_unit *u, const char *text, size_t len, const iac_limits *lim, bool json) {
  loader L;
  loader_start(&L);
  run(&L, u, text, len, lim, json);
  if (!L.failed) {
    u->docs = base_arena_alloc(L.a, (L.n_docs ? L.n_docs : 1) * sizeof *u->docs);
    for (size_t i = 0; i < L.n_docs; i++)
      u->docs[i] = L.docs[i];
    u->n_docs = L.n_docs;
  } else {
    u->failed = true;
  }
  loader_done(&L);
  return !L.failed;
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
  loader L;
  memset(&L, 0, sizeof L);
  L.quiet = true;
  iac_limits lim = {0};
  lim.max_depth = 64;
  lim.max_alias_expansion = 1;
  run(&L, u, str->u.str, str->len, &lim, true);
  doc_node *root = !L.failed && L.n_docs == 1 ? L.docs[0] : NULL;
  loader_free(&L);
  if (root) relocate_tree(root, str->line, str->col);
  return root;
}
