/* yaml_events.c — the YAML front end: libyaml's event stream into the tree
 * builder (tree_build.h), with YAML 1.1 implicit typing of plain scalars and
 * the tag ids views see (yaml_load.h).
 *
 * Events come in text order, so a value is located where libyaml starts it;
 * mapping keys keep their text as written (a key `200:` is "200"). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "tree_build.h"
#include "yaml_load.h"

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

/* The tag of every scalar and collection event; nearly all have none, so
 * that test is inline and the table search out of line. */
static uint16_t tag_lookup(const yaml_char_t *t) {
  if (strcmp((const char *)t, "!") == 0) return IAC_TAG_NONE;
  for (unsigned i = 1; i < IAC_TAG_OTHER; i++)
    if (strcmp(tag_yaml[i], (const char *)t) == 0) return (uint16_t)i;
  return IAC_TAG_OTHER;
}

static inline uint16_t tag_id(const yaml_char_t *t) {
  return !t || !*t ? IAC_TAG_NONE : tag_lookup(t);
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

/* A literal block scalar ("|", "|-", "|+") maps to the file line for line,
 * every line shifted right by the block's indentation: mark it verbatim
 * (doc.h) so text decoded from it is located exactly. The indentation is the
 * leading spaces of its first non-blank line; with an explicit indentation
 * indicator ("|2") that line may hold more, so such a block is left alone, as
 * are folded and quoted scalars (their text is not the file's). */
static void mark_literal(tb_loader *L, const yaml_event_t *ev, doc_node *node) {
  size_t i = ev->start_mark.index;
  if (!L->text || i >= L->len || L->text[i] != '|') return;
  for (i++; i < L->len && L->text[i] != '\n'; i++)
    if (L->text[i] >= '1' && L->text[i] <= '9') return;
  uint32_t line = (uint32_t)ev->start_mark.line + 2; /* the text starts on the next line */
  while (++i < L->len) {
    size_t sp = 0;
    while (i + sp < L->len && L->text[i + sp] == ' ')
      sp++;
    if (i + sp < L->len && L->text[i + sp] != '\n' && L->text[i + sp] != '\r') {
      iac_doc_set_verbatim(L->a, node, line, (uint32_t)sp);
      return;
    }
    i += sp;
    if (i < L->len && L->text[i] == '\r') i++;
  }
}

static doc_node *scalar_node(tb_loader *L, const yaml_event_t *ev, uint16_t tag) {
  const char *s = (const char *)ev->data.scalar.value;
  size_t n = ev->data.scalar.length;
  uint32_t line = (uint32_t)ev->start_mark.line + 1, col = (uint32_t)ev->start_mark.column + 1;
  bool plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
  double d;
  doc_node *node = NULL;
  if (L->raw_scalars) {
    /* the reader types its values itself (yaml_load.h) */
    node = iac_tb_str(L, s, n, line, col);
  } else if (tag == IAC_TAG_NONE && plain) {
    /* YAML 1.1 implicit typing applies to untagged plain scalars only: a quoted
     * "true" (CloudFormation's Default: "true") stays a string. */
    int w = n == 0 ? WORD_NULL : yaml11_word(s, n);
    if (w == WORD_NULL)
      node = iac_tb_node(L, DOC_NULL, line, col);
    else if (w != WORD_NONE)
      node = iac_tb_bool(L, w == WORD_TRUE, line, col);
    else if (yaml11_number(s, n, &d))
      node = iac_tb_num(L, d, line, col);
    else
      node = iac_tb_str(L, s, n, line, col);
  } else if (tag == IAC_TAG_INT || tag == IAC_TAG_FLOAT) {
    if (yaml11_number(s, n, &d))
      node = iac_tb_num(L, d, line, col);
    else
      node = iac_tb_str(L, s, n, line, col);
  } else if (tag == IAC_TAG_BOOL &&
             (yaml11_word(s, n) == WORD_TRUE || yaml11_word(s, n) == WORD_FALSE)) {
    node = iac_tb_bool(L, yaml11_word(s, n) == WORD_TRUE, line, col);
  } else if (tag == IAC_TAG_NULL) {
    node = iac_tb_node(L, DOC_NULL, line, col);
  } else {
    /* quoted, !!str, or an application tag such as !Ref: the text as written */
    node = iac_tb_str(L, s, n, line, col);
  }
  if (!plain) node->flags |= DOC_F_QUOTED;
  node->tag = tag;
  if (ev->data.scalar.style == YAML_LITERAL_SCALAR_STYLE && tag == IAC_TAG_NONE &&
      node->kind == DOC_STRING && !L->raw_scalars)
    mark_literal(L, ev, node);
  return node;
}

/* A malloc'd copy of a scalar's anchor name (the anchor table adopts it). */
static char *anchor_name(const yaml_event_t *ev) {
  const char *a = (const char *)ev->data.scalar.anchor;
  return base_xstrndup(a, strlen(a));
}

static void on_scalar(tb_loader *L, const yaml_event_t *ev) {
  tb_frame *f = iac_tb_top(L);
  uint16_t tag = tag_id(ev->data.scalar.tag);
  if (f && f->is_map && f->key_state == 0) {
    /* keys keep their text as written (a key `200:` is "200", not a number) */
    doc_entry *k = iac_tb_pending(f);
    bool merge = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && tag == IAC_TAG_NONE &&
                 ev->data.scalar.length == 2 && memcmp(ev->data.scalar.value, "<<", 2) == 0;
    k->key = merge ? iac_tb_merge_key
                   : iac_tb_copy(L, (const char *)ev->data.scalar.value, ev->data.scalar.length);
    k->key_len = (uint32_t)ev->data.scalar.length;
    k->line = (uint32_t)ev->start_mark.line + 1;
    k->col = (uint32_t)ev->start_mark.column + 1;
    k->val = NULL;
    f->key_state = 1;
    f->weight++;
    if (ev->data.scalar.anchor) {
      doc_node *kn = iac_tb_str(L, k->key, k->key_len, k->line, k->col);
      iac_tb_anchor_set(L, anchor_name(ev), kn, 1);
    }
    return;
  }
  doc_node *node = scalar_node(L, ev, tag);
  if (ev->data.scalar.anchor) iac_tb_anchor_set(L, anchor_name(ev), node, 1);
  iac_tb_deliver(L, node, 1);
}

static void on_alias(tb_loader *L, const yaml_event_t *ev) {
  const char *name = (const char *)ev->data.alias.anchor;
  const tb_anchor *an = iac_tb_anchor_get(L, name);
  if (!an) {
    iac_tb_fail(L, ev->start_mark.line, ev->start_mark.column, "unknown anchor '%s'", name);
    return;
  }
  if (!iac_tb_charge_alias(L, an->weight, ev->start_mark.line, ev->start_mark.column)) return;
  tb_frame *f = iac_tb_top(L);
  if (f && f->is_map && f->key_state == 0 && an->node->kind == DOC_STRING) {
    doc_entry *k = iac_tb_pending(f);
    k->key = an->node->u.str;
    k->key_len = an->node->len;
    k->line = (uint32_t)ev->start_mark.line + 1;
    k->col = (uint32_t)ev->start_mark.column + 1;
    f->key_state = 1;
    return;
  }
  iac_tb_deliver(L, an->node, an->weight);
}

/* libyaml error -> located unit error. */
static void parser_error(tb_loader *L, const yaml_parser_t *p) {
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
    iac_tb_fail(L, line, col, "%s", msg);
  } else {
    iac_tb_fail(L, line, col, "%s", problem);
  }
}

void iac_yaml_events_run(tb_loader *Lp) {
  tb_loader L = *Lp;
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
      iac_tb_anchors_clear(&L);
      L.root = NULL;
      L.have_root = false;
      break;
    case YAML_DOCUMENT_END_EVENT: iac_tb_add_doc(&L); break;
    case YAML_SCALAR_EVENT: on_scalar(&L, &ev); break;
    case YAML_ALIAS_EVENT: on_alias(&L, &ev); break;
    case YAML_MAPPING_START_EVENT:
      iac_tb_push(&L, (uint32_t)ev.start_mark.line + 1, (uint32_t)ev.start_mark.column + 1, true,
                  (const char *)ev.data.mapping_start.anchor, tag_id(ev.data.mapping_start.tag));
      break;
    case YAML_SEQUENCE_START_EVENT:
      iac_tb_push(&L, (uint32_t)ev.start_mark.line + 1, (uint32_t)ev.start_mark.column + 1, false,
                  (const char *)ev.data.sequence_start.anchor, tag_id(ev.data.sequence_start.tag));
      break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT: iac_tb_end(&L); break;
    default: break;
    }
    yaml_event_delete(&ev);
  }
  yaml_parser_delete(&p);
  *Lp = L;
}
