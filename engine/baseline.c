/* baseline.c — see baseline.h. Baselines are written with cJSON and read with
 * the scan's own JSON loader (iac/read.h). */
#include "baseline.h"
#include "writefile.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fingerprint.h"
#include "iac.h"
#include "read.h"
#include "readfile.h"
#include "syserr.h"
#include "utf8.h"

typedef struct bl_entry {
  char fp[ENGINE_FINGERPRINT_LEN + 1];
  bool used;
} bl_entry;

struct engine_baseline {
  bl_entry *e; /* sorted by fp, duplicates adjacent */
  size_t n;
};

static bool baselined(vm_status s) {
  return s == VM_FAIL || s == VM_UNKNOWN;
}

/* A JSON string as cJSON escapes it (control characters as \uXXXX); bytes
 * that are not UTF-8 (file names keep the path's bytes) become U+FFFD. */
static void put_json_str(FILE *out, const char *s) {
  if (!s) s = "";
  size_t n = strlen(s);
  char *clean = base_xmalloc(3 * n + 1), *p = clean;
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    size_t len = base_utf8_len(u + i, n - i);
    memcpy(p, len ? s + i : "\xEF\xBF\xBD", len ? len : 3);
    p += len ? len : 3;
    i += len ? len : 1;
  }
  *p = 0;
  cJSON *str = cJSON_CreateString(clean);
  free(clean);
  char *txt = str ? cJSON_PrintUnformatted(str) : NULL;
  if (!txt) abort();
  fputs(txt, out);
  free(txt);
  cJSON_Delete(str);
}

/* Written by hand, not by cJSON_Print (tabs, one key per line): two-space
 * indentation and one finding per line, so adopting or refreshing a baseline
 * is a diff of whole findings. One finding, the n-th: */
static void put_finding(FILE *out, size_t n, const engine_report *r, const engine_result *res) {
  char fp[ENGINE_FINGERPRINT_LEN + 1];
  fputs(n ? ",\n    {\"fingerprint\": " : "\n    {\"fingerprint\": ", out);
  put_json_str(out, engine_result_fingerprint(r, res, fp));
  fputs(", \"rule\": ", out);
  put_json_str(out, engine_result_rule_id(r, res));
  fputs(", \"file\": ", out);
  put_json_str(out, res->file);
  fputs(", \"resource\": ", out);
  put_json_str(out, res->resource);
  fputc('}', out);
}

static const char bl_head[] = "{\n  \"vigil_baseline\": 1,\n  \"findings\": [";

static void put_tail(FILE *out, size_t n) {
  fputs(n ? "\n  ]\n}\n" : "]\n}\n", out);
}

int engine_baseline_write(const engine_report *r, FILE *out) {
  size_t n = 0;
  fputs(bl_head, out);
  for (size_t i = 0; i < r->n_results; i++)
    if (baselined(r->results[i].status)) put_finding(out, n++, r, &r->results[i]);
  put_tail(out, n);
  return ferror(out) ? -1 : 0;
}

int engine_baseline_write_file(const engine_report *r, const char *path, char *err, size_t errlen) {
  FILE *f = fopen(path, "w");
  if (!f) {
    snprintf(err, errlen, "cannot write baseline %s: %s", path, strerror(errno));
    return -1;
  }
  int rc = engine_baseline_write(r, f);
  if (fclose(f) != 0) rc = -1;
  if (rc) snprintf(err, errlen, "cannot write baseline %s: %s", path, strerror(errno));
  return rc;
}

struct engine_baseline_writer {
  FILE *spool; /* the findings written so far */
  char *mem;   /* its buffer when it is in memory (no scratch file could be made) */
  size_t mem_len, n;
};

engine_baseline_writer *engine_baseline_writer_new(void) {
  engine_baseline_writer *w = base_xcalloc(1, sizeof *w);
  w->spool = base_scratch_file();
  if (!w->spool) w->spool = open_memstream(&w->mem, &w->mem_len);
  if (!w->spool) abort(); /* no memory for a stream either (arena.h: not an input error) */
  return w;
}

void engine_baseline_writer_add(engine_baseline_writer *w, const engine_report *r,
                                const engine_result *res) {
  if (baselined(res->status)) put_finding(w->spool, w->n++, r, res);
}

int engine_baseline_writer_finish(engine_baseline_writer *w, const char *path, char *err,
                                  size_t errlen) {
  FILE *f = fopen(path, "w");
  int rc = f ? 0 : -1;
  if (f) {
    char buf[1 << 15];
    size_t got;
    fputs(bl_head, f);
    if (fflush(w->spool) != 0 || fseek(w->spool, 0, SEEK_SET) != 0) rc = -1;
    while (!rc && (got = fread(buf, 1, sizeof buf, w->spool)) > 0)
      if (fwrite(buf, 1, got, f) != got) rc = -1;
    if (ferror(w->spool)) rc = -1;
    put_tail(f, w->n);
    if (ferror(f)) rc = -1;
    if (fclose(f) != 0) rc = -1;
  }
  if (rc) snprintf(err, errlen, "cannot write baseline %s: %s", path, strerror(errno));
  engine_baseline_writer_free(w);
  return rc;
}

void engine_baseline_writer_free(engine_baseline_writer *w) {
  if (!w) return;
  fclose(w->spool);
  free(w->mem);
  free(w);
}

static int cmp_entry(const void *a, const void *b) {
  return strcmp(((const bl_entry *)a)->fp, ((const bl_entry *)b)->fp);
}

static bool is_hex64(const char *s) {
  if (strlen(s) != ENGINE_FINGERPRINT_LEN) return false;
  for (; *s; s++)
    if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f'))) return false;
  return true;
}

/* The findings of a parsed baseline document; NULL with err set when it is
 * not one. */
static engine_baseline *from_tree(const doc_node *root, char *err, size_t errlen) {
  if (!root || root->kind != DOC_MAP) {
    snprintf(err, errlen, "not a JSON object");
    return NULL;
  }
  const doc_node *ver = iac_map_get(root, "vigil_baseline");
  if (!ver || ver->kind != DOC_NUMBER || ver->u.num != 1) {
    snprintf(err, errlen, "missing \"vigil_baseline\": 1 (not a vigil baseline?)");
    return NULL;
  }
  const doc_node *arr = iac_map_get(root, "findings");
  if (!arr || arr->kind != DOC_LIST) {
    snprintf(err, errlen, "\"findings\" must be a list");
    return NULL;
  }
  engine_baseline *b = base_xcalloc(1, sizeof *b);
  b->e = base_xcalloc(arr->len ? arr->len : 1, sizeof *b->e);
  for (uint32_t i = 0; i < arr->len; i++) {
    const doc_node *it = arr->u.items[i];
    const doc_node *fp = it->kind == DOC_MAP ? iac_map_get(it, "fingerprint") : NULL;
    if (!fp || fp->kind != DOC_STRING || !is_hex64(fp->u.str)) {
      snprintf(err, errlen, "findings[%u]: \"fingerprint\" must be 64 lowercase hex digits",
               (unsigned)i);
      engine_baseline_free(b);
      return NULL;
    }
    memcpy(b->e[i].fp, fp->u.str, ENGINE_FINGERPRINT_LEN + 1);
  }
  b->n = arr->len;
  qsort(b->e, b->n, sizeof *b->e, cmp_entry);
  return b;
}

/* Through the scan's JSON loader (iac/read.h): its limits, and a syntax error
 * located as "name:line:col: message" (*located set). */
static engine_baseline *parse_named(const char *name, const char *text, size_t len, char *err,
                                    size_t errlen, bool *located) {
  iac_read_opts o = {.json = true};
  iac_unit *u = iac_read_buffer(name, text, len, NULL, &o);
  engine_baseline *b = NULL;
  *located = u->failed;
  if (u->failed) {
    if (!iac_read_error(u, err, errlen)) snprintf(err, errlen, "%s: invalid JSON", name);
  } else {
    b = from_tree(u->n_docs ? u->docs[0] : NULL, err, errlen);
  }
  iac_unit_free(u);
  return b;
}

engine_baseline *engine_baseline_parse(const char *text, size_t len, char *err, size_t errlen) {
  bool located;
  return parse_named("baseline", text, len, err, errlen, &located);
}

engine_baseline *engine_baseline_load(const char *path, char *err, size_t errlen) {
  /* base_read_file: .vigil.yaml in the scanned repository may name the
   * baseline, so it may be a FIFO there; never block on one */
  size_t n;
  const char *skip;
  errno = 0;
  char *buf = base_read_file(path, CLI_SIZE_UNKNOWN, IAC_DEFAULT_MAX_FILE_SIZE, &n, &skip);
  if (!buf) {
    int e = errno;
    snprintf(err, errlen, "cannot read baseline %s: %s", path,
             strcmp(skip, "unreadable") ? skip : base_strerror(e));
    return NULL;
  }
  char why[512];
  bool located;
  engine_baseline *b = parse_named(path, buf, n, why, sizeof why, &located);
  if (!b && located) snprintf(err, errlen, "baseline %s", why); /* why starts with the path */
  if (!b && !located) snprintf(err, errlen, "baseline %s: %s", path, why);
  free(buf);
  return b;
}

size_t engine_baseline_size(const engine_baseline *b) {
  return b ? b->n : 0;
}

void engine_baseline_reset(engine_baseline *b) {
  for (size_t k = 0; k < b->n; k++)
    b->e[k].used = false;
}

bool engine_baseline_match(engine_baseline *b, const engine_report *r, engine_result *res,
                           const char *reason) {
  if (!baselined(res->status)) return false;
  char fp[ENGINE_FINGERPRINT_LEN + 1];
  engine_result_fingerprint(r, res, fp);
  /* lower bound, then the first unused duplicate */
  size_t lo = 0, hi = b->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(b->e[mid].fp, fp) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  while (lo < b->n && !strcmp(b->e[lo].fp, fp) && b->e[lo].used)
    lo++;
  if (lo >= b->n || strcmp(b->e[lo].fp, fp)) return false;
  b->e[lo].used = true;
  res->status = VM_SUPPRESSED;
  res->suppression = reason;
  res->suppression_kind = "baseline";
  return true;
}

size_t engine_baseline_apply(engine_baseline *b, engine_report *r, const char *name) {
  size_t hits = 0;
  const char *reason = base_arena_printf(&r->arena, "in baseline %s", name ? name : "");
  engine_baseline_reset(b); /* each apply starts afresh */
  for (size_t i = 0; i < r->n_results; i++) {
    vm_status was = r->results[i].status;
    if (!engine_baseline_match(b, r, &r->results[i], reason)) continue;
    if (was == VM_FAIL && r->summary.fail) r->summary.fail--;
    if (was == VM_UNKNOWN && r->summary.unknown) r->summary.unknown--;
    r->summary.suppressed++;
    hits++;
  }
  return hits;
}

void engine_baseline_free(engine_baseline *b) {
  if (!b) return;
  free(b->e);
  free(b);
}
