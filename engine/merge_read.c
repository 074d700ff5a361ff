/* merge_read.c — a shard's JSON report read as a stream (merge_read.h). */
#include "merge_read.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

#include "alloc.h"
#include "escape.h"
#include "utf8.h"

/* A report nests four levels deep; params may hold deeper values. */
#define MAX_DEPTH 64

typedef struct frame {
  cJSON *node;
  int list;   /* this array is a list (engine_merge_list), or -1 */
  int elem;   /* this container is an element of a list: its list, or -1 */
  bool shard; /* the report's "shard" object */
} frame;

typedef struct reader {
  frame stack[MAX_DEPTH];
  int depth;
  char *key; /* the member name a value of the innermost object gets */
  cJSON *root;
  engine_merge_element_fn fn;
  void *ctx;
  bool stopped;  /* the callback said stop */
  bool too_deep; /* nesting beyond MAX_DEPTH */
} reader;

/* Which list an array that is member `key` of frame `parent` is, or -1. */
static int list_of(const reader *rd, const frame *parent, const char *key) {
  if (!key || parent->elem >= 0) return -1;
  if (rd->depth == 1) {
    static const char *const top[] = {[ENGINE_MERGE_RESULTS] = "results",
                                      [ENGINE_MERGE_ERRORS] = "errors",
                                      [ENGINE_MERGE_WARNINGS] = "warnings",
                                      [ENGINE_MERGE_SKIPPED] = "skipped"};
    for (int i = 0; i < (int)(sizeof top / sizeof *top); i++)
      if (!strcmp(key, top[i])) return i;
  } else if (rd->depth == 2 && parent->shard) {
    if (!strcmp(key, "results")) return ENGINE_MERGE_UNITS;
    if (!strcmp(key, "terraform")) return ENGINE_MERGE_TERRAFORM;
  }
  return -1;
}

/* A finished element goes to the callback, then away. */
static int hand_over(reader *rd, int list, cJSON *elem) {
  int rc = rd->fn(rd->ctx, (engine_merge_list)list, elem);
  cJSON_Delete(elem);
  if (rc) rd->stopped = true;
  return rc ? 0 : 1;
}

/* A new value v (scalar, or a container about to be pushed): into its
 * parent, or as an element of a list, or as the root. 1 = go on, 0 = stop. */
static int add(reader *rd, cJSON *v, bool container) {
  if (!v) abort(); /* cJSON out of memory (arena.h: not an input error) */
  int elem = -1, list = -1;
  bool shard = false;
  if (!rd->depth) {
    if (rd->root || !cJSON_IsObject(v)) { /* the caller refuses a non-object root */
      cJSON_Delete(v);
      rd->stopped = true;
      return 0;
    }
    rd->root = v;
  } else {
    frame *p = &rd->stack[rd->depth - 1];
    if (p->list >= 0) { /* an element of a list: detached, handed over once complete */
      elem = p->list;
      if (!container) return hand_over(rd, elem, v);
    } else {
      if (p->elem >= 0) elem = p->elem;
      if (cJSON_IsObject(p->node)) {
        if (container && cJSON_IsArray(v)) list = list_of(rd, p, rd->key);
        shard = rd->depth == 1 && cJSON_IsObject(v) && rd->key && !strcmp(rd->key, "shard");
        cJSON_AddItemToObject(p->node, rd->key ? rd->key : "", v);
      } else {
        cJSON_AddItemToArray(p->node, v);
      }
    }
  }
  free(rd->key);
  rd->key = NULL;
  if (!container) return 1;
  if (rd->depth == MAX_DEPTH) {
    rd->too_deep = true;
    if (elem >= 0 && rd->depth && rd->stack[rd->depth - 1].list >= 0) cJSON_Delete(v);
    return 0;
  }
  rd->stack[rd->depth++] = (frame){v, list, elem, shard};
  return 1;
}

static int end_container(void *ctx) {
  reader *rd = ctx;
  frame f = rd->stack[--rd->depth];
  /* the root of an element: its parent is the list */
  if (f.elem >= 0 && rd->depth && rd->stack[rd->depth - 1].list >= 0)
    return hand_over(rd, f.elem, f.node);
  return 1;
}

static int on_null(void *ctx) {
  return add(ctx, cJSON_CreateNull(), false);
}

static int on_bool(void *ctx, int b) {
  return add(ctx, cJSON_CreateBool(b), false);
}

static int on_number(void *ctx, const char *s, size_t n) {
  char buf[64];
  if (n >= sizeof buf) n = sizeof buf - 1; /* no count or line is that long */
  memcpy(buf, s, n);
  buf[n] = 0;
  return add(ctx, cJSON_CreateNumber(strtod(buf, NULL)), false);
}

static int on_string(void *ctx, const unsigned char *s, size_t n) {
  char *c = base_xstrndup((const char *)s, n);
  cJSON *v = cJSON_CreateString(c);
  free(c);
  return add(ctx, v, false);
}

static int on_key(void *ctx, const unsigned char *s, size_t n) {
  reader *rd = ctx;
  free(rd->key);
  rd->key = base_xstrndup((const char *)s, n);
  return 1;
}

static int on_start_map(void *ctx) {
  return add(ctx, cJSON_CreateObject(), true);
}

static int on_start_array(void *ctx) {
  return add(ctx, cJSON_CreateArray(), true);
}

static const yajl_callbacks callbacks = {
    on_null,      on_bool, NULL,          NULL,           on_number,     on_string,
    on_start_map, on_key,  end_container, on_start_array, end_container,
};

/* Frees what the stack holds that is not in the root: element roots. */
static void drop_stack(reader *rd) {
  for (int i = rd->depth - 1; i > 0; i--)
    if (rd->stack[i].elem >= 0 && rd->stack[i - 1].list >= 0) cJSON_Delete(rd->stack[i].node);
  rd->depth = 0;
}

cJSON *engine_merge_read(FILE *in, engine_merge_element_fn fn, void *ctx, char *err,
                         size_t errlen) {
  reader rd;
  memset(&rd, 0, sizeof rd);
  rd.fn = fn;
  rd.ctx = ctx;
  err[0] = 0;
  yajl_handle h = yajl_alloc(&callbacks, NULL, &rd);
  if (!h) abort();
  unsigned char *buf = base_xmalloc(1 << 16);
  yajl_status st = yajl_status_ok;
  size_t got;
  while (st == yajl_status_ok && (got = fread(buf, 1, 1 << 16, in)) > 0)
    st = yajl_parse(h, buf, got);
  bool io = ferror(in) != 0;
  if (st == yajl_status_ok && !io) st = yajl_complete_parse(h);
  if (io) {
    snprintf(err, errlen, "a read error");
  } else if (rd.too_deep) {
    snprintf(err, errlen, "nested deeper than %d levels", MAX_DEPTH);
  } else if (st == yajl_status_error) {
    unsigned char *m = yajl_get_error(h, 0, buf, 0);
    size_t n = strlen((char *)m);
    while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
      m[--n] = 0;
    snprintf(err, errlen, "%s", (char *)m);
    yajl_free_error(h, m);
  } else if (st == yajl_status_client_canceled && !rd.root) {
    snprintf(err, errlen, "its top level is not an object");
  } else if (!rd.root) {
    snprintf(err, errlen, "empty");
  }
  yajl_free(h);
  free(buf);
  drop_stack(&rd);
  free(rd.key);
  if (err[0] || rd.stopped) {
    cJSON_Delete(rd.root);
    return NULL;
  }
  return rd.root;
}

static int hex(int c) {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                : -1;
}

const char *engine_merge_file(const cJSON *elem, base_arena *arena) {
  const cJSON *f = cJSON_GetObjectItemCaseSensitive(elem, "file");
  const cJSON *raw = cJSON_GetObjectItemCaseSensitive(elem, "file_raw");
  if (!cJSON_IsString(f)) return NULL;
  if (!raw) return base_arena_strdup(arena, f->valuestring);
  if (!cJSON_IsString(raw)) return NULL;
  const char *s = raw->valuestring;
  size_t n = strlen(s), k = 0;
  char *out = base_arena_alloc(arena, n + 1);
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '%') {
      out[k++] = s[i];
      continue;
    }
    int hi = hex((unsigned char)s[i + 1]); /* s[i + 2] is in the string when s[i + 1] is not NUL */
    int lo = hi >= 0 ? hex((unsigned char)s[i + 2]) : -1;
    if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) return NULL; /* no NUL in a name */
    out[k++] = (char)(hi * 16 + lo);
    i += 2;
  }
  out[k] = 0;
  /* the two must agree: "file" is the name's UTF-8 cleaning, and file_raw is
   * there only for a name that needs it */
  if (base_utf8_valid((const unsigned char *)out, k)) return NULL;
  char *shown = base_utf8_clean_dup(out);
  bool same = !strcmp(shown, f->valuestring);
  free(shown);
  return same ? out : NULL;
}
