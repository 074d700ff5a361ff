/* report_json.c — the machine format, a contract other tools rely on
 * (docs/cli.md documents it; golden tests pin it):
 *
 *   {"schema": 2, "vigil": VERSION, "pack": "sha256:...", ["params": {"MODULE.NAME": value},
 *    when the pack has params: their effective values]
 *    "results": [{"rule", "refs", "severity", "status", "file", "line", "column",
 *                 "resource", "message"[, "suppression": {"kind", "reason"}]}],
 *    "errors": [{"file", "line", "column", "message"}],
 *    "skipped": [{"file", "reason"}],
 *    "warnings": [{"file", "line", "column", "message"}],
 *    "summary": {"files", "resources", "pass", "fail", "unknown", "errors",
 *                "skipped", "suppressed", "scanned", "unparsable"}
 *    ["shard": {...}: a sharded scan's (write_shard; each result then also
 *     has "format", and a file name that is not UTF-8 a "file_raw" beside
 *     it: engine/merge_read.h)]}
 *
 * Every (rule, resource) evaluation is a result, passes included, in report
 * order. docs/vigil-output.schema.json is the JSON Schema of this output;
 * "schema" is its version (ENGINE_JSON_SCHEMA_VERSION): version 2 renamed
 * the summary's "failed" (files that could not be parsed, easily read as
 * failed checks beside "fail") to "unparsable". New keys may be added within
 * a version; a key that changes meaning or name bumps it. Strings
 * are valid UTF-8 already (the scan engine cleans them).
 *
 * A streaming writer (report.h): results are written as the scan hands them
 * over, and the summary, known only at the end, comes last. Written straight
 * to the stream, one result at a time: no tree of the report, no allocation
 * per value (a cJSON tree per result was half of a 1,000-rule scan). The layout is jq's: two-space
 * indent, one key per line, arrays of strings (refs) on one line; escaping as cJSON's (\" \\ \b \f
 * \n \r \t, other control characters \u00xx, everything else as is). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "alloc.h"
#include "escape.h"
#include "report.h"
#include "shard.h"
#include "utf8.h"

/* The version of docs/vigil-output.schema.json this writer follows. */
#define ENGINE_JSON_SCHEMA_VERSION 2
#include "value.h"

/* A string field of a result as rendered last (same_put). */
enum { SAME_MAX = 240 };
enum { SAME_FILE, SAME_RESOURCE, SAME_MESSAGE, N_SAME };
typedef struct same_str {
  const char *s; /* the string rendered, or NULL */
  size_t len;
  char json[SAME_MAX]; /* what it rendered to */
} same_str;

/* Output buffered here and handed to stdio in 64 KiB blocks: one fwrite per
 * block instead of one locked stdio call per token. */
typedef struct jout {
  FILE *f;
  engine_rendered *mem; /* without f: rendered apart (json_render), into here */
  size_t n;
  size_t n_results; /* written so far: the separator before the next */
  bool top_first;   /* no top-level key written yet */
  /* Per rule, the rendered start of its results (`{` through `"severity": "`),
   * made the first time the rule has a result: the rule id and refs are the
   * same in every one of them. */
  char **rule_head;
  uint32_t *rule_head_len;
  uint32_t n_rules;
  /* a sharded scan (shard.h): per unit with results, (plan index, count),
   * for the merge to put the units of every shard back in order */
  bool shard;
  size_t (*units)[2];
  size_t n_units, cap_units;
  /* JBUF bytes for a stream; rendered apart, mem's bytes, grown as needed */
  char *buf;
  size_t cap;
  unsigned flushes; /* of buf, so far (a kept rendering must not span one) */
  /* Within one batch of results: the file, resource and message of the
   * result before, as rendered. A unit's results share their file, most
   * share their resource and many their message, and a warm scan's decoder
   * gives such fields one pointer (cache.c SAME_STR): the same pointer is
   * written again as it was, not escaped again. Reset for every batch: a
   * string of an earlier one may be gone and its address reused. */
  same_str same[N_SAME];
} jout;

enum { JBUF = 1 << 16 };

static void jflush(jout *o) {
  if (!o->f) return; /* rendered apart: the bytes stay where they are */
  if (o->n) fwrite(o->buf, 1, o->n, o->f);
  o->n = 0;
  o->flushes++;
}

static void jput_slow(jout *o, const char *s, size_t n) {
  if (!o->f) { /* rendered apart: room for it */
    o->buf = o->mem->p = base_grow(o->mem->p, &o->mem->cap, o->n + n, 1);
    o->cap = o->mem->cap;
  } else {
    jflush(o);
    if (n > o->cap) { /* a huge string: straight through */
      fwrite(s, 1, n, o->f);
      return;
    }
  }
  memcpy(o->buf + o->n, s, n);
  o->n += n;
}

/* Inline: most calls copy a literal of a few bytes, which the compiler turns
 * into a couple of moves. */
static inline void jput(jout *o, const char *s, size_t n) {
  if (o->n + n > o->cap) {
    jput_slow(o, s, n);
    return;
  }
  memcpy(o->buf + o->n, s, n);
  o->n += n;
}

#define JLIT(o, lit) jput((o), lit, sizeof lit - 1)

/* The report nests four levels deep; 16 spaces cover eight. */
static void jindent(jout *o, int depth) {
  static const char spaces[] = "                ";
  jput(o, spaces,
       (size_t)(2 * depth) < sizeof spaces - 1 ? (size_t)(2 * depth) : sizeof spaces - 1);
}

/* Whether any byte of x is below 0x20, '"' or '\\': the bytes JSON escapes.
 * (The classic has-less/has-zero bit tricks: a false positive is possible,
 * after a real hit, a false negative is not; the byte loop decides.) */
static inline bool word_needs_escape(uint64_t x) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  uint64_t ctl = (x - 0x20 * ones) & ~x;
  uint64_t q = x ^ (0x22 * ones), b = x ^ (0x5c * ones);
  return ((ctl | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs) != 0;
}

/* p itself, or past the bytes from p that need no escape, sixteen at a time
 * (SSE2, which every x86-64 has): a warm scan renders every result again,
 * and this loop was most of the JSON writer's time (72,658 results, 29 MB, on
 * the 10k repo). Elsewhere p: the word loop below does the same. */
#ifdef __SSE2__
/* The bytes of v that JSON escapes, a bit each. */
static inline unsigned escape_mask(__m128i v) {
  const __m128i below = _mm_set1_epi8(0x1f), quote = _mm_set1_epi8('"'),
                bslash = _mm_set1_epi8('\\');
  /* unsigned v <= 0x1f: min(v, 0x1f) == v */
  __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below), v),
                             _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bslash)));
  return (unsigned)_mm_movemask_epi8(hit);
}
#endif

static inline const unsigned char *skip_plain(const unsigned char *p, const unsigned char *end) {
#ifdef __SSE2__
  while (end - p >= 16) {
    unsigned m = escape_mask(_mm_loadu_si128((const __m128i *)(const void *)p));
    if (m) return p + __builtin_ctz(m);
    p += 16;
  }
  if (p < end) {
    /* the last bytes (a string's, nearly always: most are shorter than 16)
     * beside plain padding, tested at once: they went through the byte
     * loop one by one, a sixth of the writer's time */
    unsigned char t[16];
    memset(t, 'a', sizeof t);
    memcpy(t, p, (size_t)(end - p));
    unsigned m = escape_mask(_mm_loadu_si128((const __m128i *)(const void *)t));
    return m ? p + __builtin_ctz(m) : end;
  }
#else
  (void)end;
#endif
  return p;
}

/* s[0..n) as a JSON string. */
static void jstr_n(jout *o, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s, *end = p + n, *run = p;
  JLIT(o, "\"");
  for (;; p++) {
    p = skip_plain(p, end);
    /* eight plain bytes at a time: most strings have nothing to escape */
    while (end - p >= 8) {
      uint64_t x;
      memcpy(&x, p, 8);
      if (word_needs_escape(x)) break;
      p += 8;
    }
    if (p == end) {
      if (p > run) jput(o, (const char *)run, (size_t)(p - run));
      break;
    }
    unsigned char c = *p;
    if (c > 31 && c != '"' && c != '\\') continue;
    if (p > run) jput(o, (const char *)run, (size_t)(p - run));
    switch (c) {
    case '"': JLIT(o, "\\\""); break;
    case '\\': JLIT(o, "\\\\"); break;
    case '\b': JLIT(o, "\\b"); break;
    case '\f': JLIT(o, "\\f"); break;
    case '\n': JLIT(o, "\\n"); break;
    case '\r': JLIT(o, "\\r"); break;
    case '\t': JLIT(o, "\\t"); break;
    default: {
      char u[8];
      snprintf(u, sizeof u, "\\u%04x", c);
      jput(o, u, 6);
      break;
    }
    }
    run = p + 1;
  }
  JLIT(o, "\"");
}

static void jstr(jout *o, const char *s) {
  if (!s) s = "";
  jstr_n(o, s, strlen(s));
}

/* Whether s[0..n) is all ASCII, eight bytes at a time: file names nearly
 * always are, and then they are valid UTF-8 without decoding them. */
static bool is_ascii(const char *s, size_t n) {
  size_t i = 0;
  for (uint64_t x; i + 8 <= n; i += 8) {
    memcpy(&x, s + i, 8);
    if (x & 0x8080808080808080ull) return false;
  }
  for (; i < n; i++)
    if ((unsigned char)s[i] & 0x80) return false;
  return true;
}

static void jnum(jout *o, size_t n) {
  char d[24];
  size_t i = sizeof d;
  do {
    d[--i] = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  jput(o, d + i, sizeof d - i);
}

/* Starts the next member of an object at `depth`: `"key": ` on its own line. */
static void jkey(jout *o, int depth, const char *k, bool *first) {
  if (*first)
    JLIT(o, "\n");
  else
    JLIT(o, ",\n");
  *first = false;
  jindent(o, depth);
  jstr(o, k);
  JLIT(o, ": ");
}

static void jkey_str(jout *o, int depth, const char *k, const char *v, bool *first) {
  jkey(o, depth, k, first);
  jstr(o, v);
}

static void jkey_num(jout *o, int depth, const char *k, size_t v, bool *first) {
  jkey(o, depth, k, first);
  jnum(o, v);
}

/* A file name: the only string that may hold bytes that are not UTF-8 (the
 * path's own, scan.c); JSON cannot carry them, so each becomes U+FFFD. A
 * shard's report (for `vigil merge`, which must tell such names apart and
 * give them back exactly) also writes "file_raw": the exact bytes,
 * percent-encoded (merge_read.h), as the next member at `depth`. */
static void jstr_file(jout *o, const char *s, int depth) {
  size_t n = s ? strlen(s) : 0;
  if (!s || is_ascii(s, n) || base_utf8_valid((const unsigned char *)s, n)) {
    jstr_n(o, s ? s : "", n);
    return;
  }
  char *c = base_utf8_clean_dup(s);
  jstr(o, c);
  free(c);
  if (!o->shard) return;
  bool first = false;
  char *raw = engine_uri_encode_path(s);
  jkey_str(o, depth, "file_raw", raw, &first);
  free(raw);
}

/* Closes an object whose members were at `depth`. */
static void jclose(jout *o, int depth) {
  JLIT(o, "\n");
  jindent(o, depth - 1);
  JLIT(o, "}");
}

/* A rule's results start the same way: `{`, "rule", "refs", and the key of
 * "severity" (whose value may differ: config overrides). */
static void write_rule_head(jout *out, const vm_rule *rule, const char *id) {
  JLIT(out, "{\n      \"rule\": ");
  jstr(out, id);
  JLIT(out, ",\n      \"refs\": [");
  for (uint32_t i = 0; rule && i < rule->n_refs; i++) {
    if (i) JLIT(out, ", ");
    jstr(out, rule->refs[i]);
  }
  JLIT(out, "],\n      \"severity\": \"");
}

/* At most the bytes of a rule's head (jstr escapes a byte into 6 at most). */
static size_t head_bound(const vm_rule *rule) {
  size_t bound = 64 + 6 * strlen(rule->id);
  for (uint32_t i = 0; i < rule->n_refs; i++)
    bound += 4 + 6 * strlen(rule->refs[i]);
  return bound;
}

static void rule_head(jout *out, const engine_report *r, const engine_result *res) {
  const vm_rule *rule = engine_result_rule(r, res);
  if (!rule || res->rule >= out->n_rules) {
    write_rule_head(out, rule, engine_result_rule_id(r, res));
    return;
  }
  if (out->rule_head[res->rule]) {
    jput(out, out->rule_head[res->rule], out->rule_head_len[res->rule]);
    return;
  }
  if (!out->f) { /* rendered apart: the heads are the writer's, only read (json_begin) */
    write_rule_head(out, rule, rule->id);
    return;
  }
  /* rendered once into the buffer (room made first, so it is contiguous), then kept */
  size_t bound = head_bound(rule);
  if (bound > JBUF / 2) { /* absurdly long: not cached */
    write_rule_head(out, rule, rule->id);
    return;
  }
  if (out->n + bound > out->cap) jflush(out);
  size_t start = out->n;
  write_rule_head(out, rule, rule->id);
  size_t len = out->n - start;
  char *copy = malloc(len);
  if (!copy) abort();
  memcpy(copy, out->buf + start, len);
  out->rule_head[res->rule] = copy;
  out->rule_head_len[res->rule] = (uint32_t)len;
}

/* Severity and status names are plain ASCII words: no escaping. */
static void jword(jout *o, const char *w) {
  jput(o, w, strlen(w));
}

/* Field f of a result when it is the string the result before had there
 * (the same pointer, within one batch: see jout.same), written as then;
 * false when it is not. */
static bool same_put(jout *o, int f, const char *s) {
  const same_str *c = &o->same[f];
  if (!s || c->s != s) return false;
  jput(o, c->json, c->len);
  return true;
}

/* Keeps what field f's string s rendered to, from buf[at] on, unless the
 * buffer was flushed since (`flushes` then) or it is long. */
static void same_keep(jout *o, int f, const char *s, size_t at, unsigned flushes) {
  same_str *c = &o->same[f];
  c->s = NULL;
  if (!s || o->flushes != flushes || o->n - at > SAME_MAX) return;
  c->len = o->n - at;
  memcpy(c->json, o->buf + at, c->len);
  c->s = s;
}

static void same_reset(jout *o) {
  for (int f = 0; f < N_SAME; f++)
    o->same[f].s = NULL;
}

/* The layout of jkey/jclose at depth 3, spelled out: this runs once per result. */
static void write_result(jout *out, const engine_report *r, const engine_result *res) {
  rule_head(out, r, res);
  jword(out, vm_severity_name((vm_severity)res->severity));
  JLIT(out, "\",\n      \"status\": \"");
  jword(out, vm_status_name(res->status));
  JLIT(out, "\",\n      \"file\": ");
  if (!same_put(out, SAME_FILE, res->file)) {
    size_t at = out->n;
    unsigned flushes = out->flushes;
    jstr_file(out, res->file, 3);
    same_keep(out, SAME_FILE, res->file, at, flushes);
  }
  JLIT(out, ",\n      \"line\": ");
  jnum(out, res->line);
  JLIT(out, ",\n      \"column\": ");
  jnum(out, res->col);
  JLIT(out, ",\n      \"resource\": ");
  if (!same_put(out, SAME_RESOURCE, res->resource)) {
    size_t at = out->n;
    unsigned flushes = out->flushes;
    jstr(out, res->resource);
    same_keep(out, SAME_RESOURCE, res->resource, at, flushes);
  }
  JLIT(out, ",\n      \"message\": ");
  if (!same_put(out, SAME_MESSAGE, res->message)) {
    size_t at = out->n;
    unsigned flushes = out->flushes;
    jstr(out, res->message);
    same_keep(out, SAME_MESSAGE, res->message, at, flushes);
  }
  if (out->shard && res->format) { /* sarif's, when the merge writes it */
    JLIT(out, ",\n      \"format\": ");
    jstr(out, res->format);
  }
  if (res->status == VM_UNKNOWN && res->reason) {
    JLIT(out, ",\n      \"reason\": ");
    jstr(out, res->reason);
  }
  if (res->status == VM_SUPPRESSED) {
    JLIT(out, ",\n      \"suppression\": {\n        \"kind\": ");
    jstr(out, res->suppression_kind);
    JLIT(out, ",\n        \"reason\": ");
    jstr(out, res->suppression);
    JLIT(out, "\n      }");
  }
  JLIT(out, "\n    }");
}

static void write_located(jout *out, const char *file, uint32_t line, uint32_t col,
                          const char *msg) {
  bool first = true;
  JLIT(out, "{");
  jkey(out, 3, "file", &first);
  jstr_file(out, file, 3);
  jkey_num(out, 3, "line", line, &first);
  jkey_num(out, 3, "column", col, &first);
  jkey_str(out, 3, "message", msg, &first);
  jclose(out, 3);
}

/* Separates the elements of a top-level array (members at depth 2). */
static void element(jout *out, size_t i) {
  if (i)
    JLIT(out, ",\n    ");
  else
    JLIT(out, "\n    ");
}

static void close_array(jout *out, size_t n) {
  if (n)
    JLIT(out, "\n  ]");
  else
    JLIT(out, "]");
}

/* Closes an array whose elements were at depth 3. */
static void close_nested(jout *out, size_t n) {
  if (n)
    JLIT(out, "\n    ]");
  else
    JLIT(out, "]");
}

static const char *const tf_status_names[] = {[ENGINE_TF_SKIPPED] = "skipped",
                                              [ENGINE_TF_SCANNED] = "scanned",
                                              [ENGINE_TF_FAILED] = "failed"};

/* "shard": what `vigil merge` needs besides the report (shard.h): which
 * shard of how many, of which plan and params; the plan index and result
 * count of each unit with results; the Terraform files whose fate the merge
 * decides. */
static void write_shard(jout *out, const engine_report *r) {
  const engine_shard_report *sr = &r->shard;
  bool first = true;
  char params[ENGINE_DIGEST_LEN + 1];
  engine_params_digest(r->pack, params);
  jkey(out, 1, "shard", &out->top_first);
  JLIT(out, "{");
  jkey_num(out, 2, "index", sr->index, &first);
  jkey_num(out, 2, "count", sr->count, &first);
  jkey_num(out, 2, "units", sr->units, &first);
  jkey_num(out, 2, "units_run", sr->units_run, &first);
  jkey_str(out, 2, "plan", sr->plan, &first);
  jkey_str(out, 2, "params", params, &first);
  /* the facts table every shard computed over the whole tree (engine/facts.h) */
  if (r->facts[0]) jkey_str(out, 2, "facts", r->facts, &first);
  jkey(out, 2, "results", &first);
  JLIT(out, "[");
  for (size_t i = 0; i < out->n_units; i++) {
    element(out, i);
    JLIT(out, "  [");
    jnum(out, out->units[i][0]);
    JLIT(out, ", ");
    jnum(out, out->units[i][1]);
    JLIT(out, "]");
  }
  close_nested(out, out->n_units);
  jkey(out, 2, "terraform", &first);
  JLIT(out, "[");
  for (size_t i = 0; i < sr->n_tf; i++) {
    const engine_tf_fate *t = &sr->tf[i];
    bool kfirst = true;
    element(out, i);
    JLIT(out, "  {");
    jkey(out, 4, "file", &kfirst);
    jstr_file(out, t->file, 4);
    jkey_str(out, 4, "status", tf_status_names[t->status], &kfirst);
    if (t->reason) jkey_str(out, 4, "reason", t->reason, &kfirst);
    jclose(out, 4);
  }
  close_nested(out, sr->n_tf);
  jclose(out, 2);
}

/* Every rule's head, kept before any result: json_render reads them on
 * several threads at once (an absurdly long one stays unkept, as in
 * rule_head). */
static void keep_rule_heads(jout *out, const engine_report *r) {
  for (uint32_t i = 0; i < out->n_rules; i++) {
    if (head_bound(&r->pack->rules[i]) > JBUF / 2) continue;
    if (out->n + JBUF / 2 > out->cap) jflush(out); /* no flush inside */
    engine_result one = {.rule = i};
    size_t at = out->n;
    rule_head(out, r, &one);
    out->n = at; /* kept, not written */
  }
}

static void *json_begin(const engine_report *r, FILE *f, const engine_report_options *o) {
  jout *out = malloc(sizeof *out);
  if (!out) abort();
  out->f = f;
  out->mem = NULL;
  out->buf = malloc(JBUF);
  out->cap = JBUF;
  if (!out->buf) abort();
  out->n = 0;
  out->flushes = 0;
  same_reset(out);
  out->n_results = 0;
  out->top_first = true;
  out->shard = r->shard.count > 0;
  out->units = NULL;
  out->n_units = out->cap_units = 0;
  out->n_rules = r->pack ? r->pack->n_rules : 0;
  out->rule_head = calloc(out->n_rules + 1, sizeof *out->rule_head);
  out->rule_head_len = calloc(out->n_rules + 1, sizeof *out->rule_head_len);
  if (!out->rule_head || !out->rule_head_len) abort();
  JLIT(out, "{");
  jkey_num(out, 1, "schema", ENGINE_JSON_SCHEMA_VERSION, &out->top_first);
  jkey_str(out, 1, "vigil", o && o->version ? o->version : "", &out->top_first);
  jkey_str(out, 1, "pack", r->pack ? r->pack->digest : "", &out->top_first);
  if (r->pack && r->pack->n_params) { /* the rules' params as this scan set them */
    jkey(out, 1, "params", &out->top_first);
    JLIT(out, "{");
    bool pfirst = true;
    for (uint32_t i = 0; i < r->pack->n_params; i++) {
      jkey(out, 2, r->pack->params[i].name, &pfirst);
      vm_value v = vm_value_from_node(r->pack->param_values[i], 0, 0);
      if (v.tag == VV_STR) {
        char *s = strndup(v.u.s, v.len);
        if (!s) abort();
        jstr(out, s);
        free(s);
      } else { /* numbers, bools, null; lists and maps as compact JSON */
        size_t n = vm_value_display(&v, NULL, 0);
        char *s = malloc(n + 1);
        if (!s) abort();
        vm_value_display(&v, s, n + 1);
        jput(out, s, n);
        free(s);
      }
    }
    JLIT(out, "\n  }");
  }
  jkey(out, 1, "results", &out->top_first);
  JLIT(out, "[");
  if (!out->shard) keep_rule_heads(out, r);
  return out;
}

static void json_results(void *st, const engine_report *r, const engine_result *res, size_t n) {
  jout *out = st;
  if (out->shard && n) {
    if (out->n_units && out->units[out->n_units - 1][0] == r->cur_unit)
      out->units[out->n_units - 1][1] += n;
    else {
      if (out->n_units == out->cap_units)
        out->units = base_grow(out->units, &out->cap_units, out->n_units + 1, sizeof *out->units);
      out->units[out->n_units][0] = r->cur_unit;
      out->units[out->n_units++][1] = n;
    }
  }
  same_reset(out);
  for (size_t i = 0; i < n; i++) {
    element(out, out->n_results++);
    write_result(out, r, &res[i]);
  }
}

/* Bytes a result takes as a guess (json_render): a little over the
 * average, so a batch's buffer is rarely grown again. */
enum { RENDER_GUESS = 512, GUESS_MAX = 4u << 20 }; /* past GUESS_MAX: grown as needed */

/* What json_results would write for res[0..n) after other results (each
 * result with its separator), appended to *mem; st only read. */
static void json_render(const void *st, const engine_report *r, const engine_result *res, size_t n,
                        engine_rendered *mem) {
  const jout *w = st;
  /* room for what n results usually take up front (408 bytes a result on
   * the 10k repo): grown from nothing by doubling, the buffer was copied a
   * dozen times a batch, a fifth of a warm scan's rendering (jput_slow
   * still grows it past a guess too small) */
  size_t guess = mem->n + (n < GUESS_MAX / RENDER_GUESS ? n * RENDER_GUESS : GUESS_MAX) + 64;
  if (guess > mem->cap) {
    mem->p = base_xrealloc(mem->p, guess);
    mem->cap = guess;
  }
  jout o = {.mem = mem,
            .n_results = 1,
            .rule_head = w->rule_head,
            .rule_head_len = w->rule_head_len,
            .n_rules = w->n_rules,
            .buf = mem->p,
            .n = mem->n,
            .cap = mem->cap};
  for (size_t i = 0; i < n; i++) {
    element(&o, o.n_results++);
    write_result(&o, r, &res[i]);
  }
  mem->n = o.n; /* mem->p and cap follow the buffer as it grows (jput_slow) */
}

/* Bytes json_render made, n results, in their turn: the first result of
 * the report has no separator before it. */
static void json_put(void *st, const char *bytes, size_t len, size_t n) {
  jout *out = st;
  if (!n) return;
  if (!out->n_results && len && bytes[0] == ',') bytes++, len--;
  jput(out, bytes, len);
  out->n_results += n;
}

static void json_discard(void *st) {
  jout *out = st;
  for (uint32_t i = 0; i < out->n_rules; i++)
    free(out->rule_head[i]);
  free(out->rule_head);
  free(out->rule_head_len);
  free(out->units);
  free(out->buf);
  free(out);
}

static int json_end(void *st, const engine_report *r) {
  jout *out = st;
  bool *first = &out->top_first;
  close_array(out, out->n_results);

  jkey(out, 1, "errors", first);
  JLIT(out, "[");
  for (size_t i = 0; i < r->n_errors; i++) {
    const engine_file_error *e = &r->errors[i];
    element(out, i);
    write_located(out, e->file, e->line, e->col, e->message);
  }
  close_array(out, r->n_errors);

  jkey(out, 1, "skipped", first);
  JLIT(out, "[");
  for (size_t i = 0; i < r->n_skipped; i++) {
    bool kfirst = true;
    element(out, i);
    JLIT(out, "{");
    jkey(out, 3, "file", &kfirst);
    jstr_file(out, r->skipped[i].file, 3);
    jkey_str(out, 3, "reason", r->skipped[i].reason, &kfirst);
    jclose(out, 3);
  }
  close_array(out, r->n_skipped);

  jkey(out, 1, "warnings", first);
  JLIT(out, "[");
  for (size_t i = 0; i < r->n_warnings; i++) {
    const engine_warning *w = &r->warnings[i];
    element(out, i);
    write_located(out, w->file, w->line, w->col, w->message);
  }
  close_array(out, r->n_warnings);

  const engine_summary *m = &r->summary;
  bool sfirst = true;
  jkey(out, 1, "summary", first);
  JLIT(out, "{");
  jkey_num(out, 2, "files", m->files, &sfirst);
  jkey_num(out, 2, "resources", m->resources, &sfirst);
  jkey_num(out, 2, "pass", m->pass, &sfirst);
  jkey_num(out, 2, "fail", m->fail, &sfirst);
  jkey_num(out, 2, "unknown", m->unknown, &sfirst);
  jkey_num(out, 2, "errors", m->errors, &sfirst);
  jkey_num(out, 2, "skipped", m->skipped, &sfirst);
  jkey_num(out, 2, "suppressed", m->suppressed, &sfirst);
  jkey_num(out, 2, "scanned", m->scanned, &sfirst);
  jkey_num(out, 2, "unparsable", m->failed, &sfirst);
  jclose(out, 2);
  if (out->shard) write_shard(out, r);
  JLIT(out, "\n}\n");
  jflush(out);
  FILE *f = out->f;
  json_discard(out);
  return ferror(f) ? -1 : 0;
}

const engine_writer_ops engine_writer_json = {"json",   false,       json_begin, json_results,
                                              json_end, json_render, json_put,   json_discard};
