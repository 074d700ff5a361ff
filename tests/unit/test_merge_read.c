/* test_merge_read.c — a shard report read as a stream (engine/merge_read.h):
 * which arrays are lists and come element by element, what stays in the
 * returned tree, refusals (not JSON, not an object, too deep, a callback that
 * stops), and file_raw giving back a non-UTF-8 name exactly or refusing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "merge_read.h"

/* Every element handed over, as compact JSON lines "LIST:JSON\n". */
typedef struct seen {
  char buf[4096];
  size_t n;
  int stop_at; /* stop at this element (1-based), 0 = never */
  int count;
} seen;

static int record(void *ctx, engine_merge_list list, const cJSON *e) {
  seen *s = ctx;
  char *j = cJSON_PrintUnformatted(e);
  s->n += (size_t)snprintf(s->buf + s->n, sizeof s->buf - s->n, "%d:%s\n", (int)list, j);
  free(j);
  return ++s->count == s->stop_at ? -1 : 0;
}

static cJSON *read_text(const char *text, seen *s, char *err, size_t errlen) {
  FILE *f = fmemopen((void *)text, strlen(text), "r");
  assert_non_null(f);
  cJSON *doc = engine_merge_read(f, record, s, err, errlen);
  fclose(f);
  return doc;
}

static void test_lists_stream_the_rest_stays(void **state) {
  (void)state;
  const char *text =
      "{\"schema\": 2, \"results\": [{\"rule\": \"A\", \"x\": [1, {\"y\": null}]}, 7],"
      " \"errors\": [{\"file\": \"e\"}], \"skipped\": [], \"warnings\": [[true]],"
      " \"params\": {\"results\": [1, 2]},"
      " \"shard\": {\"index\": 1, \"results\": [[3, 2]], \"terraform\": [{\"f\": 1}],"
      " \"other\": [4]}}";
  seen s = {0};
  char err[128];
  cJSON *doc = read_text(text, &s, err, sizeof err);
  assert_non_null(doc);
  assert_string_equal(s.buf, "0:{\"rule\":\"A\",\"x\":[1,{\"y\":null}]}\n"
                             "0:7\n"
                             "1:{\"file\":\"e\"}\n"
                             "2:[true]\n"
                             "4:[3,2]\n"
                             "5:{\"f\":1}\n");
  /* the lists are left empty; an array of the same name elsewhere is no list */
  char *rest = cJSON_PrintUnformatted(doc);
  assert_string_equal(rest,
                      "{\"schema\":2,\"results\":[],\"errors\":[],\"skipped\":[],"
                      "\"warnings\":[],\"params\":{\"results\":[1,2]},"
                      "\"shard\":{\"index\":1,\"results\":[],\"terraform\":[],\"other\":[4]}}");
  free(rest);
  cJSON_Delete(doc);
}

static void test_refusals(void **state) {
  (void)state;
  static const struct {
    const char *text, *err;
  } cases[] = {
      {"{\"results\": [1, 2", "parse error: premature EOF"},
      {"", "parse error: premature EOF"},
      {"[1]", "its top level is not an object"},
      {"{} {}", "parse error: trailing garbage"},
      {"{\"a\": \"\xff\"}", "lexical error: invalid bytes in UTF8 string."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    seen s = {0};
    char err[128];
    assert_null(read_text(cases[i].text, &s, err, sizeof err));
    assert_string_equal(err, cases[i].err);
  }
  /* nesting beyond 64 levels, inside an element and in the rest */
  char deep[400];
  for (int in_list = 0; in_list < 2; in_list++) {
    char *p = deep;
    p += sprintf(p, in_list ? "{\"results\": [" : "{\"params\": ");
    for (int i = 0; i < 70; i++)
      *p++ = '[';
    for (int i = 0; i < 70; i++)
      *p++ = ']';
    sprintf(p, in_list ? "]}" : "}");
    seen s = {0};
    char err[128];
    assert_null(read_text(deep, &s, err, sizeof err));
    assert_string_equal(err, "nested deeper than 64 levels");
  }
}

static void test_callback_stops(void **state) {
  (void)state;
  seen s = {.stop_at = 2};
  char err[128];
  assert_null(read_text("{\"results\": [{\"a\": 1}, {\"b\": [2]}, 3]}", &s, err, sizeof err));
  assert_string_equal(err, "");
  assert_int_equal(s.count, 2);
}

static const char *file_of(const char *json, base_arena *a) {
  cJSON *e = cJSON_Parse(json);
  assert_non_null(e);
  const char *f = engine_merge_file(e, a);
  cJSON_Delete(e);
  return f;
}

static void test_file_raw(void **state) {
  (void)state;
  base_arena a;
  base_arena_init(&a);
  /* a plain name, and a non-UTF-8 one given back byte for byte */
  assert_string_equal(file_of("{\"file\": \"a/b.yaml\"}", &a), "a/b.yaml");
  assert_string_equal(file_of("{\"file\": \"caf\\ufffd.yaml\", \"file_raw\": \"caf%E9.yaml\"}", &a),
                      "caf\xe9.yaml");
  assert_string_equal(file_of("{\"file\": \"\\ufffd\\ufffd/x\", \"file_raw\": \"%ff%FE/x\"}", &a),
                      "\xff\xfe/x");
  /* refused: no file; a raw name another than the one shown; a raw name
   * that is UTF-8 (it needs none); bad escapes; a NUL byte */
  assert_null(file_of("{\"line\": 1}", &a));
  assert_null(file_of("{\"file\": \"caf\\ufffd.yaml\", \"file_raw\": \"cof%E9.yaml\"}", &a));
  assert_null(file_of("{\"file\": \"caf\\u00e9.yaml\", \"file_raw\": \"caf%C3%A9.yaml\"}", &a));
  assert_null(file_of("{\"file\": \"caf\\ufffd.yaml\", \"file_raw\": \"caf%E.yaml\"}", &a));
  assert_null(file_of("{\"file\": \"caf\\ufffd\", \"file_raw\": \"caf%E\"}", &a));
  assert_null(file_of("{\"file\": \"caf\\ufffd\", \"file_raw\": \"caf%\"}", &a));
  assert_null(file_of("{\"file\": \"\\ufffd\", \"file_raw\": \"%00%E9\"}", &a));
  assert_null(file_of("{\"file\": \"x\", \"file_raw\": 3}", &a));
  base_arena_free(&a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lists_stream_the_rest_stays),
      cmocka_unit_test(test_refusals),
      cmocka_unit_test(test_callback_stops),
      cmocka_unit_test(test_file_raw),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
