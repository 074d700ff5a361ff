/* test_yaml.c — the YAML/JSON loader: locations, typing, tags, streams, merges,
 * duplicate keys, limits, strict JSON, hostile bytes. */
#include "test_iac_util.h"
#include "yaml_load.h"

#include "baseline.h"
#include "config.h"
#include "hcl.h"
#include "read.h"

#include <math.h>
#include <stdio.h>
#include <unistd.h>

static void locations_on_values_and_keys(void **state) {
  (void)state;
  iac_unit *u = load("a.yaml", "top:\n  key: value\n  list:\n    - 1\n    - x: y\n");
  assert_false(u->failed);
  assert_int_equal(u->n_docs, 1);
  const doc_node *top = iac_map_get(u->docs[0], "top");
  assert_loc(top, 2, 3);
  const doc_entry *e = iac_map_entry(top, "list");
  assert_int_equal(e->line, 3);
  assert_int_equal(e->col, 3);
  assert_loc(at_path(u->docs[0], "top.key"), 2, 8);
  assert_loc(at_path(u->docs[0], "top.list[0]"), 4, 7);
  const doc_entry *x = iac_map_entry(at_path(u->docs[0], "top.list[1]"), "x");
  assert_int_equal(x->line, 5);
  assert_int_equal(x->col, 7);
  iac_unit_free(u);
}

static void json_locations(void **state) {
  (void)state;
  iac_unit *u = load("t.json", "{\n  \"Resources\": {\n    \"R\": {\"Type\": \"X\",\n"
                               "      \"Properties\": {\"A\": [1, true, null, \"s\"]}}}}\n");
  assert_false(u->failed);
  assert_int_equal(u->n_errors, 0);
  const doc_entry *r = iac_map_entry(iac_map_get(u->docs[0], "Resources"), "R");
  assert_int_equal(r->line, 3);
  assert_int_equal(r->col, 5);
  const doc_entry *p = iac_map_entry(r->val, "Properties");
  assert_int_equal(p->line, 4);
  assert_int_equal(p->col, 7);
  const doc_node *a = at_path(u->docs[0], "Resources.R.Properties.A");
  assert_int_equal(a->kind, DOC_LIST);
  assert_int_equal(a->u.items[0]->kind, DOC_NUMBER);
  assert_int_equal(a->u.items[1]->kind, DOC_BOOL);
  assert_int_equal(a->u.items[2]->kind, DOC_NULL);
  assert_str_node(a->u.items[3], "s");
  assert_loc(a->u.items[3], 4, 43);
  iac_unit_free(u);
}

/* yajl reports no positions: they come from the bytes it consumed. Escapes
 * (more bytes than they decode to), wide characters (columns count
 * characters), CRLF, numbers that end a line and empty collections. */
static void json_locations_from_consumed_bytes(void **state) {
  (void)state;
  iac_unit *u = load("w.json", "{\"k\\u00e9\": \"\\\"q\\\"\", \"\xc3\xa9\xc3\xa9\": [12,\r\n"
                               "  -3.5e2], \"e\": {}, \"f\": [],\n\t\"n\":null}");
  assert_false(u->failed);
  assert_int_equal(u->n_errors, 0);
  const doc_node *d = u->docs[0];
  assert_int_equal(d->len, 5);
  assert_str_node(d->u.entries[0].val, "\"q\"");
  assert_loc(d->u.entries[0].val, 1, 13);
  assert_int_equal(d->u.entries[1].line, 1);
  assert_int_equal(d->u.entries[1].col, 22);
  assert_loc(d->u.entries[1].val, 1, 28);
  assert_loc(d->u.entries[1].val->u.items[0], 1, 29);
  assert_loc(d->u.entries[1].val->u.items[1], 2, 3);
  assert_true(d->u.entries[1].val->u.items[1]->u.num == -350);
  assert_loc(d->u.entries[2].val, 2, 17);
  assert_loc(d->u.entries[3].val, 2, 26);
  assert_int_equal(d->u.entries[4].line, 3);
  assert_int_equal(d->u.entries[4].col, 2);
  assert_loc(d->u.entries[4].val, 3, 6);
  iac_unit_free(u);
  /* a document that is one scalar */
  u = load("s.json", "\n  \"only\"\n");
  assert_false(u->failed);
  assert_str_node(u->docs[0], "only");
  assert_loc(u->docs[0], 2, 3);
  iac_unit_free(u);
  /* duplicate keys: a warning, the last one wins (as for YAML) */
  u = load("d.json", "{\"a\": 1,\n \"b\": 2,\n \"a\": 3}");
  assert_false(u->failed);
  assert_int_equal(u->n_errors, 1);
  assert_error(u, 0, 1, 2, "duplicate key 'a' (the one at line 3 wins)");
  assert_int_equal(u->docs[0]->len, 2);
  assert_true(at_path(u->docs[0], "a")->u.num == 3);
  iac_unit_free(u);
  u = load("n.json", "12345678901234567890123");
  assert_false(u->failed);
  assert_true(u->docs[0]->u.num > 1.2e22 && u->docs[0]->u.num < 1.3e22);
  iac_unit_free(u);
}

/* Gaps between tokens longer than the 16 bytes json_events.c tests at once,
 * several newlines in one gap, newlines before a closing bracket (behind the
 * previous token's end, found when the next token is located), wide
 * characters after a long gap, and a text shorter than 16 bytes. */
static void json_locations_across_long_gaps(void **state) {
  (void)state;
  iac_unit *u = load("g.json", "{\"a\":1,\n                    \"b\":\n\n\n                 [\n"
                               "  {\"c\": 2\n                  }\n                , "
                               "\"\xc3\xa9\xc3\xa9\", \"z\"                    ,\t\"\xc3\xbc\"]}");
  assert_false(u->failed);
  assert_int_equal(u->n_errors, 0);
  const doc_node *d = u->docs[0];
  assert_int_equal(d->u.entries[0].line, 1);
  assert_int_equal(d->u.entries[0].col, 2);
  assert_loc(d->u.entries[0].val, 1, 6);
  assert_int_equal(d->u.entries[1].line, 2);
  assert_int_equal(d->u.entries[1].col, 21);
  const doc_node *b = d->u.entries[1].val;
  assert_loc(b, 5, 18);
  assert_int_equal(b->len, 4);
  assert_loc(b->u.items[0], 6, 3);
  assert_int_equal(b->u.items[0]->u.entries[0].line, 6);
  assert_int_equal(b->u.items[0]->u.entries[0].col, 4);
  assert_loc(b->u.items[0]->u.entries[0].val, 6, 9);
  assert_loc(b->u.items[1], 8, 19);
  assert_loc(b->u.items[2], 8, 25);
  assert_loc(b->u.items[3], 8, 50);
  iac_unit_free(u);
  u = load("h.json", "[1,\n 2]");
  assert_false(u->failed);
  assert_loc(u->docs[0]->u.items[1], 2, 2);
  iac_unit_free(u);
}

static void yaml11_scalar_typing(void **state) {
  (void)state;
  iac_unit *u = load("a.yaml", "a: yes\nb: \"true\"\nc: Off\nd: ~\ne:\nf: 0x1F\ng: 010\n"
                               "h: 1_000\ni: 1.5\nj: 1e5\nk: .inf\nl: 012345678901\nm: '3'\n"
                               "n: -2\no: 2010-09-09\np: !!str 12\nq: !!int \"7\"\nr: 22:22\n");
  assert_false(u->failed);
  const doc_node *d = u->docs[0];
  assert_int_equal(at_path(d, "a")->kind, DOC_BOOL);
  assert_true(at_path(d, "a")->u.b);
  assert_str_node(at_path(d, "b"), "true"); /* quoted: CloudFormation Default: "true" */
  assert_true(at_path(d, "b")->flags & DOC_F_QUOTED);
  assert_false(at_path(d, "c")->u.b);
  assert_int_equal(at_path(d, "d")->kind, DOC_NULL);
  assert_int_equal(at_path(d, "e")->kind, DOC_NULL);
  assert_true(at_path(d, "f")->u.num == 31);
  assert_true(at_path(d, "g")->u.num == 8);
  assert_true(at_path(d, "h")->u.num == 1000);
  assert_true(at_path(d, "i")->u.num == 1.5);
  assert_str_node(at_path(d, "j"), "1e5"); /* YAML 1.1: an exponent needs a dot */
  assert_true(isinf(at_path(d, "k")->u.num));
  assert_str_node(at_path(d, "l"), "012345678901"); /* not octal: has 8 and 9 */
  assert_str_node(at_path(d, "m"), "3");
  assert_true(at_path(d, "n")->u.num == -2);
  assert_str_node(at_path(d, "o"), "2010-09-09");
  assert_str_node(at_path(d, "p"), "12");
  assert_true(at_path(d, "q")->u.num == 7);
  assert_str_node(at_path(d, "r"), "22:22");
  iac_unit_free(u);
}

/* Exactly PyYAML's null and bool words are typed, plain and untagged; their
 * near misses (other case mixes, prefixes, extensions) stay strings, and
 * !!bool takes only the bool words. */
static void yaml11_words_exactly(void **state) {
  (void)state;
  static const struct {
    const char *text;
    int kind; /* DOC_NULL, DOC_BOOL (then b), DOC_STRING */
    bool b;
  } cases[] = {
      {"~", DOC_NULL, 0},       {"null", DOC_NULL, 0},    {"Null", DOC_NULL, 0},
      {"NULL", DOC_NULL, 0},    {"true", DOC_BOOL, 1},    {"True", DOC_BOOL, 1},
      {"TRUE", DOC_BOOL, 1},    {"yes", DOC_BOOL, 1},     {"Yes", DOC_BOOL, 1},
      {"YES", DOC_BOOL, 1},     {"on", DOC_BOOL, 1},      {"On", DOC_BOOL, 1},
      {"ON", DOC_BOOL, 1},      {"false", DOC_BOOL, 0},   {"False", DOC_BOOL, 0},
      {"FALSE", DOC_BOOL, 0},   {"no", DOC_BOOL, 0},      {"No", DOC_BOOL, 0},
      {"NO", DOC_BOOL, 0},      {"off", DOC_BOOL, 0},     {"Off", DOC_BOOL, 0},
      {"OFF", DOC_BOOL, 0},     {"nULL", DOC_STRING, 0},  {"tRUE", DOC_STRING, 0},
      {"yES", DOC_STRING, 0},   {"oN", DOC_STRING, 0},    {"nO", DOC_STRING, 0},
      {"oFF", DOC_STRING, 0},   {"FALSe", DOC_STRING, 0}, {"nul", DOC_STRING, 0},
      {"nulls", DOC_STRING, 0}, {"truee", DOC_STRING, 0}, {"falsey", DOC_STRING, 0},
      {"o", DOC_STRING, 0},     {"n", DOC_STRING, 0},     {"y", DOC_STRING, 0},
      {"~~", DOC_STRING, 0},    {"ye", DOC_STRING, 0},    {"of", DOC_STRING, 0},
      {"Tru", DOC_STRING, 0},   {"noo", DOC_STRING, 0},   {"onn", DOC_STRING, 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char text[64];
    snprintf(text, sizeof text, "a: %s\nb: !!bool %s\n", cases[i].text, cases[i].text);
    iac_unit *u = load("w.yaml", text);
    assert_false(u->failed);
    const doc_node *a = at_path(u->docs[0], "a"), *b = at_path(u->docs[0], "b");
    assert_int_equal(a->kind, cases[i].kind);
    if (cases[i].kind == DOC_BOOL) assert_int_equal(a->u.b, cases[i].b);
    if (cases[i].kind == DOC_STRING) assert_str_node(a, cases[i].text);
    assert_int_equal(b->kind, cases[i].kind == DOC_BOOL ? DOC_BOOL : DOC_STRING);
    if (cases[i].kind == DOC_BOOL) assert_int_equal(b->u.b, cases[i].b);
    iac_unit_free(u);
  }
}

static void json_typing_is_json(void **state) {
  (void)state;
  iac_unit *u = load("a.json", "{\"a\": 1e5, \"b\": \"yes\", \"c\": -0.5, \"d\": false}");
  assert_false(u->failed);
  assert_true(at_path(u->docs[0], "a")->u.num == 1e5);
  assert_str_node(at_path(u->docs[0], "b"), "yes");
  assert_true(at_path(u->docs[0], "c")->u.num == -0.5);
  assert_false(at_path(u->docs[0], "d")->u.b);
  iac_unit_free(u);
}

static void tags_are_kept(void **state) {
  (void)state;
  iac_unit *u =
      load("a.yaml", "a: !Ref X\nb: !GetAtt [R, Arn]\nc: !Custom 1\nd: !unsafe '{{x}}'\n");
  assert_false(u->failed);
  assert_int_equal(at_path(u->docs[0], "a")->tag, IAC_TAG_REF);
  assert_str_node(at_path(u->docs[0], "a"), "X");
  assert_int_equal(at_path(u->docs[0], "b")->tag, IAC_TAG_GETATT);
  assert_int_equal(at_path(u->docs[0], "b")->kind, DOC_LIST);
  assert_int_equal(at_path(u->docs[0], "c")->tag, IAC_TAG_OTHER);
  assert_str_node(at_path(u->docs[0], "c"), "1");
  assert_int_equal(at_path(u->docs[0], "d")->tag, IAC_TAG_UNSAFE);
  assert_string_equal(iac_yaml_tag_cfn(IAC_TAG_GETATT), "Fn::GetAtt");
  iac_unit_free(u);
}

static void multi_document_stream(void **state) {
  (void)state;
  iac_unit *u = load("m.yaml", "a: 1\n---\nb: 2\n---\n# empty\n---\n- c\n");
  assert_false(u->failed);
  assert_int_equal(u->n_docs, 4);
  assert_non_null(iac_map_get(u->docs[1], "b"));
  assert_int_equal(u->docs[2]->kind, DOC_NULL);
  assert_loc(u->docs[3], 7, 1);
  iac_unit_free(u);
}

static void anchors_aliases_and_merge(void **state) {
  (void)state;
  iac_unit *u = load("a.yaml", "base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n"
                               "both:\n  <<: [*b, {z: 4, x: 9}]\nref: *b\n");
  assert_false(u->failed);
  assert_int_equal(u->n_errors, 0);
  const doc_node *d = u->docs[0];
  assert_true(at_path(d, "derived.x")->u.num == 1);
  assert_true(at_path(d, "derived.y")->u.num == 3);
  assert_int_equal(at_path(d, "derived")->len, 2);
  assert_true(at_path(d, "both.x")->u.num == 1); /* earlier sources win */
  assert_true(at_path(d, "both.z")->u.num == 4);
  assert_ptr_equal(at_path(d, "ref"), at_path(d, "base")); /* shared, not copied */
  iac_unit_free(u);
}

static void duplicate_keys_warn_but_load(void **state) {
  (void)state;
  iac_unit *u = load("d.yaml", "a: 1\nb: 2\na: 3\n");
  assert_false(u->failed);
  assert_int_equal(u->n_errors, 1);
  assert_error(u, 0, 1, 1, "duplicate key 'a' (the one at line 3 wins)");
  assert_int_equal(u->docs[0]->len, 2);
  assert_true(at_path(u->docs[0], "a")->u.num == 3);
  iac_unit_free(u);
  /* many keys take the hashed path */
  char big[4096] = "";
  for (int i = 0; i < 100; i++)
    snprintf(big + strlen(big), 64, "k%d: %d\n", i % 60, i);
  u = load("d.yaml", big);
  assert_false(u->failed);
  assert_int_equal(u->n_errors, 40);
  assert_int_equal(u->docs[0]->len, 60);
  assert_true(at_path(u->docs[0], "k0")->u.num == 60);
  iac_unit_free(u);
}

static void syntax_error_is_located(void **state) {
  (void)state;
  iac_unit *u = load("bad.yaml", "a: 1\nb: [1, 2\nc: 3\n");
  assert_true(u->failed);
  assert_int_equal(u->n_errors, 1);
  assert_error(u, 0, 3, 2,
               "while parsing a flow sequence did not find expected ',' or ']' (line 2)");
  iac_unit_free(u);
  u = load("bad.yaml", "a: b: c\n");
  assert_true(u->failed);
  assert_error(u, 0, 1, 5, "mapping values are not allowed in this context");
  iac_unit_free(u);
}

static void strict_json(void **state) {
  (void)state;
  struct {
    const char *text, *msg;
    uint32_t line, col;
  } cases[] = {
      {"{\"a\": [1, 2,]}", "trailing comma", 1, 12},
      {"{\"a\": 1,\n}", "trailing comma", 1, 8},
      {"{\"a\": tru}", "invalid JSON value 'tru'", 1, 7},
      {"{\"a\": 1 \"b\": 2}", "after key and value, inside map, I expect ',' or '}'", 1, 9},
      {"{a: 1}", "JSON object keys must be double-quoted strings", 1, 2},
      {"{\"a\": 'x'}", "strings must be double-quoted in JSON", 1, 7},
      {"{\"a\": 1} # c", "comments are not allowed in JSON", 1, 10},
      {"{\"a\": 1} // c", "comments are not allowed in JSON", 1, 10},
      {"{\"a\": 1}\n{\"b\": 2}", "JSON text must hold exactly one value", 2, 1},
      {"{\"a\":1}}", "JSON text must hold exactly one value", 1, 8},
      {"a: 1\n", "invalid JSON value 'a'", 1, 1},
      {"", "empty JSON file", 1, 1},
      {" \n ", "empty JSON file", 1, 1},
      {"{\"a\": {\"b\": 1}", "unexpected end of JSON text", 1, 15},
      {"[1,\n 2\n", "unexpected end of JSON text", 3, 1},
      {"{\"a\": \"abc", "unterminated string in JSON", 1, 7},
      {"[1,,2]", "unexpected ',' in JSON", 1, 4},
      {"{\"a\":1,,\"b\":2}", "unexpected ',' in JSON", 1, 8},
      {"{\"a\":1]", "after key and value, inside map, I expect ',' or '}'", 1, 7},
      {"[1 2]", "after array element, I expect ',' or ']'", 1, 4},
      {"[NaN]", "invalid JSON value 'NaN'", 1, 2},
      {"[-]", "malformed number, a digit is required after the minus sign", 1, 2},
      {"{\"a\": \"x\\qy\"}", "inside a string, '\\' occurs before a character which it may not", 1,
       10},
      {"{\"a\": \"ab\tc\"}", "invalid character inside string", 1, 10},
      /* columns count characters, not bytes; a BOM is not one */
      {"{\"\xc3\xa9\": \"\xc3\xbc\", \"x\": tru}", "invalid JSON value 'tru'", 1, 17},
      {"\xef\xbb\xbf{\"a\": 1,}", "trailing comma", 1, 8},
      /* pretty-printed gaps (`,` + line break + indentation) and their look-alikes */
      {"[\n  1,\n                  ]", "trailing comma", 2, 4},
      {"{\"a\": [1,\n            2,\n]}", "trailing comma", 2, 14},
      {"{\n  \"a\": 1\n                # c\n}", "comments are not allowed in JSON", 3, 17},
      {"{\n  \"a\"\n          }", "object key and value must be separated by a colon (':')", 3, 11},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    iac_unit *u = load("x.json", cases[i].text);
    assert_true(u->failed);
    assert_int_equal(u->n_errors, 1);
    if (cases[i].line) {
      assert_error(u, 0, cases[i].line, cases[i].col, cases[i].msg);
    } else {
      assert_non_null(strstr(u->errors[0].message, cases[i].msg));
    }
    iac_unit_free(u);
  }
  /* whitespace of every kind and length between tokens */
  iac_unit *pretty = load("pretty.json", "{\r\n  \"a\": 1,\n                      \"b\"\t:\t[\n\n"
                                         "    2 ,\r\n                3\n  ]  ,\"c\":{}\n}\n");
  assert_false(pretty->failed);
  assert_int_equal(pretty->n_errors, 0);
  assert_int_equal(pretty->docs[0]->len, 3);
  iac_unit_free(pretty);
  /* valid JSON that YAML parsers sometimes trip on */
  iac_unit *u = load("ok.json", "{\"a\":1,\"b\":\"\\/x\\u00e9\",\"c\":[],\"d\":{}}");
  assert_false(u->failed);
  assert_str_node(at_path(u->docs[0], "b"), "/x\xc3\xa9");
  iac_unit_free(u);
}

static void alias_bomb_is_stopped(void **state) {
  (void)state;
  const char *bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                     "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                     "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                     "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                     "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                     "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n";
  iac_unit *u = load("bomb.yaml", bomb);
  assert_true(u->failed);
  assert_error(u, 0, 6, 36,
               "limit exceeded: alias expansion over 1000000 nodes (--max-alias-expansion)");
  iac_unit_free(u);
  iac_limits lim = {0};
  lim.max_alias_expansion = 50;
  u = iac_load_buffer("b.yaml", bomb, strlen(bomb), &lim);
  assert_true(u->failed);
  assert_error(u, 0, 2, 24,
               "limit exceeded: alias expansion over 50 nodes (--max-alias-expansion)");
  iac_unit_free(u);
}

static void depth_limit(void **state) {
  (void)state;
  size_t n = 20000;
  char *deep = malloc(2 * n + 1);
  memset(deep, '[', n);
  memset(deep + n, ']', n);
  deep[2 * n] = 0;
  iac_unit *u = load("deep.yaml", deep);
  assert_true(u->failed);
  assert_error(u, 0, 1, 513, "limit exceeded: nesting deeper than 512 levels (--max-depth)");
  iac_unit_free(u);
  u = load("deep.json", deep);
  assert_true(u->failed);
  assert_error(u, 0, 1, 513, "limit exceeded: nesting deeper than 512 levels (--max-depth)");
  iac_unit_free(u);
  free(deep);
}

static void hostile_bytes(void **state) {
  (void)state;
  iac_unit *u = iac_load_buffer("n.yaml", "a: 1\nb: x\0y\n", 12, NULL);
  assert_true(u->failed);
  assert_error(u, 0, 2, 5, "binary file (NUL byte)");
  iac_unit_free(u);
  u = load("u.yaml", "a: 1\nb: caf\xe9\n");
  assert_true(u->failed);
  assert_error(u, 0, 2, 7, "invalid UTF-8 byte 0xE9");
  iac_unit_free(u);
  u = iac_load_buffer("w.yaml",
                      "\xff\xfe"
                      "a\0:\0",
                      6, NULL);
  assert_true(u->failed);
  assert_error(u, 0, 1, 1, "UTF-16/UTF-32 encoded file is not supported; convert it to UTF-8");
  iac_unit_free(u);
  u = load("bom.yaml", "\xef\xbb\xbf"
                       "a: 1\n");
  assert_false(u->failed);
  assert_true(at_path(u->docs[0], "a")->u.num == 1);
  iac_unit_free(u);
  u = load("t.yaml", "a:\n\tb: 1\n");
  assert_true(u->failed);
  assert_int_equal(u->n_errors, 1);
  iac_unit_free(u);
}

static void limits_file_size(void **state) {
  (void)state;
  iac_limits lim = {0};
  lim.max_file_size = 4;
  iac_unit *u = iac_load_buffer("big.yaml", "a: 12345", 8, &lim);
  assert_true(u->failed);
  assert_error(u, 0, 1, 1, "limit exceeded: 8 bytes, more than 4 (--max-file-size)");
  iac_unit_free(u);
}

static void load_file_reads_once_and_keeps_text(void **state) {
  (void)state;
  char path[] = "/tmp/vigil_test_yaml_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  const char *text = "k: v\n";
  assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
  close(fd);
  iac_unit *u = iac_load_file(path, NULL);
  assert_false(u->failed);
  assert_string_equal(u->path, path);
  assert_int_equal(u->text_len, 5);
  assert_memory_equal(u->text, text, 5);
  iac_unit_free(u);
  unlink(path);
  u = iac_load_file(path, NULL);
  assert_true(u->failed);
  assert_error(u, 0, 0, 0, "cannot open: No such file or directory");
  iac_unit_free(u);
}

/* ---- the tree builder shared by both front ends and every reader ------------- */

/* Same kinds, values, keys and locations (values and keys). */
static void assert_same_tree(const doc_node *a, const doc_node *b) {
  assert_int_equal(a->kind, b->kind);
  assert_int_equal(a->line, b->line);
  assert_int_equal(a->col, b->col);
  assert_int_equal(a->len, b->len);
  if (a->kind == DOC_STRING) assert_memory_equal(a->u.str, b->u.str, a->len);
  if (a->kind == DOC_NUMBER) assert_true(a->u.num == b->u.num);
  if (a->kind == DOC_BOOL) assert_int_equal(a->u.b, b->u.b);
  for (uint32_t i = 0; a->kind == DOC_LIST && i < a->len; i++)
    assert_same_tree(a->u.items[i], b->u.items[i]);
  for (uint32_t i = 0; a->kind == DOC_MAP && i < a->len; i++) {
    assert_string_equal(a->u.entries[i].key, b->u.entries[i].key);
    assert_int_equal(a->u.entries[i].line, b->u.entries[i].line);
    assert_int_equal(a->u.entries[i].col, b->u.entries[i].col);
    assert_same_tree(a->u.entries[i].val, b->u.entries[i].val);
  }
}

/* JSON is (nearly) YAML: the same text through libyaml and through yajl gives
 * the same located tree, duplicate keys included (the last one wins, the
 * earlier one is the same located warning). */
static void same_tree_from_yaml_and_json(void **state) {
  (void)state;
  const char *text = "{\"a\": [1, true, null, \"s\", {\"b\": -2.5}],\n"
                     "  \"c\": {}, \"d\": [],\n"
                     "  \"e\": \"x\", \"\xc3\xa9\": {\"f\": [[0]]}, \"e\": \"y\"}\n";
  iac_unit *y = load("t.yaml", text), *j = load("t.json", text);
  assert_false(y->failed);
  assert_false(j->failed);
  assert_int_equal(y->n_docs, 1);
  assert_int_equal(j->n_docs, 1);
  assert_same_tree(y->docs[0], j->docs[0]);
  assert_str_node(iac_map_get(j->docs[0], "e"), "y");
  assert_int_equal(y->n_errors, 1);
  assert_int_equal(j->n_errors, 1);
  for (int k = 0; k < 2; k++) {
    const iac_unit *u = k ? j : y;
    assert_int_equal(u->errors[0].severity, IAC_SEV_WARNING);
    assert_error(u, 0, 3, 3, "duplicate key 'e' (the one at line 3 wins)");
  }
  iac_unit_free(y);
  iac_unit_free(j);
  /* a reader's raw scalars: the same shape, every scalar its text */
  iac_read_opts raw = {.raw_scalars = true};
  iac_unit *r = iac_read_buffer("t.yaml", text, strlen(text), NULL, &raw);
  assert_false(r->failed);
  const doc_node *a = iac_map_get(r->docs[0], "a");
  assert_str_node(a->u.items[1], "true");
  assert_str_node(a->u.items[2], "null");
  assert_true(a->u.items[3]->flags & DOC_F_QUOTED);
  assert_false(a->u.items[0]->flags & DOC_F_QUOTED);
  iac_unit_free(r);
  /* kept duplicates: both, in source order, no warning */
  iac_read_opts keep = {.json = true, .keep_duplicates = true};
  r = iac_read_buffer("t.json", text, strlen(text), NULL, &keep);
  assert_int_equal(r->docs[0]->len, 6);
  assert_int_equal(r->n_errors, 0);
  iac_unit_free(r);
}

/* One limit, one located error, whichever reader: a scanned YAML or JSON
 * file, Terraform's .tf.json, .vigil.yaml and a baseline. */
static void limits_same_for_every_reader(void **state) {
  (void)state;
  enum { DEEP = 600 };
  char deep[2 * DEEP + 1];
  memset(deep, '[', DEEP);
  memset(deep + DEEP, ']', DEEP);
  deep[2 * DEEP] = 0;
  const char *msg = "limit exceeded: nesting deeper than 512 levels (--max-depth)";
  char want[200], err[256];
  iac_unit *u = load("d.yaml", deep);
  assert_error(u, 0, 1, 513, msg);
  iac_unit_free(u);
  u = load("d.json", deep);
  assert_error(u, 0, 1, 513, msg);
  iac_unit_free(u);
  base_arena a;
  base_arena_init(&a);
  hcl_parse_result h = iac_hcl_parse_json(&a, "d.tf.json", deep, 2 * DEEP, NULL);
  assert_null(h.body);
  assert_int_equal(h.diag.line, 1);
  assert_int_equal(h.diag.col, 513);
  assert_string_equal(h.diag.message, msg);
  base_arena_free(&a);
  cli_config c;
  assert_int_equal(cli_config_parse(&c, "d/.vigil.yaml", deep, 2 * DEEP, err, sizeof err), -1);
  snprintf(want, sizeof want, "d/.vigil.yaml:1:513: %s", msg);
  assert_string_equal(err, want);
  assert_null(engine_baseline_parse(deep, 2 * DEEP, err, sizeof err));
  snprintf(want, sizeof want, "baseline:1:513: %s", msg);
  assert_string_equal(err, want);
  /* the alias budget: a scanned file and .vigil.yaml stop at the same alias */
  const char *bomb = "enable: &a [x, x, x, x, x, x, x, x, x, x]\n"
                     "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                     "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                     "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                     "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
  u = load("bomb.yaml", bomb);
  assert_error(u, 0, 6, 36,
               "limit exceeded: alias expansion over 1000000 nodes (--max-alias-expansion)");
  iac_unit_free(u);
  assert_int_equal(cli_config_parse(&c, "bomb.yaml", bomb, strlen(bomb), err, sizeof err), -1);
  assert_string_equal(err, "bomb.yaml:6:36: limit exceeded: alias expansion over 1000000 nodes "
                           "(--max-alias-expansion)");
  /* and a reader's syntax error is the scan's, located the same way */
  u = load("s.json", "{\"a\": 1,}");
  assert_error(u, 0, 1, 8, "trailing comma");
  iac_unit_free(u);
  assert_null(engine_baseline_parse("{\"a\": 1,}", 9, err, sizeof err));
  assert_string_equal(err, "baseline:1:8: trailing comma");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(locations_on_values_and_keys),
      cmocka_unit_test(json_locations),
      cmocka_unit_test(yaml11_scalar_typing),
      cmocka_unit_test(yaml11_words_exactly),
      cmocka_unit_test(json_typing_is_json),
      cmocka_unit_test(tags_are_kept),
      cmocka_unit_test(multi_document_stream),
      cmocka_unit_test(anchors_aliases_and_merge),
      cmocka_unit_test(duplicate_keys_warn_but_load),
      cmocka_unit_test(syntax_error_is_located),
      cmocka_unit_test(strict_json),
      cmocka_unit_test(json_locations_from_consumed_bytes),
      cmocka_unit_test(json_locations_across_long_gaps),
      cmocka_unit_test(alias_bomb_is_stopped),
      cmocka_unit_test(depth_limit),
      cmocka_unit_test(hostile_bytes),
      cmocka_unit_test(limits_file_size),
      cmocka_unit_test(load_file_reads_once_and_keeps_text),
      cmocka_unit_test(same_tree_from_yaml_and_json),
      cmocka_unit_test(limits_same_for_every_reader),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
