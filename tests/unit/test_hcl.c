/* test_hcl.c — HCL2 lexer modes and grammar: the tree shapes and locations
 * the parser builds (evaluation is covered by test_tf's golden cases). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "hcl.h"

static base_arena A;

static hcl_body *parse(const char *src) {
  hcl_parse_result r = iac_hcl_parse(&A, "t.tf", src, strlen(src), NULL);
  if (!r.body) print_message("parse error %u:%u: %s\n", r.diag.line, r.diag.col, r.diag.message);
  return r.body;
}

static const hcl_expr *attr(const hcl_body *b, const char *name) {
  const hcl_attr *a = iac_hcl_body_attr(b, name);
  assert_non_null(a);
  return a->expr;
}

static int setup(void **s) {
  (void)s;
  base_arena_init(&A);
  return 0;
}
static int teardown(void **s) {
  (void)s;
  base_arena_free(&A);
  return 0;
}

static void blocks_labels_and_one_line_blocks(void **s) {
  (void)s;
  hcl_body *b = parse("resource \"aws_s3_bucket\" b {\n  a = 1\n  inner { x = 2 }\n}\nempty {}\n");
  assert_non_null(b);
  assert_int_equal(b->n_blocks, 2);
  const hcl_block *r = &b->blocks[0];
  assert_string_equal(r->type, "resource");
  assert_int_equal(r->n_labels, 2);
  assert_string_equal(r->labels[0], "aws_s3_bucket");
  assert_string_equal(r->labels[1], "b"); /* bare identifier label */
  assert_int_equal(r->line, 1);
  assert_int_equal(r->end_line, 4);
  assert_int_equal(r->body->n_blocks, 1);
  assert_int_equal(r->body->blocks[0].line, 3);
  assert_int_equal(r->body->blocks[0].col, 3);
  assert_string_equal(r->body->blocks[0].body->attrs[0].name, "x");
  assert_int_equal(b->blocks[1].body->n_attrs, 0);
}

static void comments_of_every_kind(void **s) {
  (void)s;
  hcl_body *b = parse("# hash\n// slashes\n/* multi\n line */ a = 1 /* inline */\nb = 2 # end\n");
  assert_non_null(b);
  assert_int_equal(b->n_attrs, 2);
  assert_int_equal(b->attrs[0].line, 4);
  assert_int_equal(b->attrs[0].col, 10);
}

static void precedence_follows_the_spec(void **s) {
  (void)s;
  hcl_body *b = parse("x = 1 + 2 * 3 > 4 || !a && b == c ? d : e\n");
  const hcl_expr *e = attr(b, "x");
  assert_int_equal(e->kind, HX_COND);
  assert_int_equal(e->a->kind, HX_BINARY);
  assert_int_equal(e->a->op, '|');
  const hcl_expr *gt = e->a->a;
  assert_int_equal(gt->op, '>');
  assert_int_equal(gt->a->op, '+');
  assert_int_equal(gt->a->b->op, '*');
  const hcl_expr *and = e->a->b;
  assert_int_equal(and->op, '&');
  assert_int_equal(and->a->kind, HX_UNARY);
  assert_int_equal(and->b->op, '=');
}

static void object_braces_separate_items_by_newline(void **s) {
  (void)s;
  hcl_body *b = parse("x = {\n  a = 1\n  \"b\" = 2, c: 3\n  (d) = 4\n}\n");
  const hcl_expr *o = attr(b, "x");
  assert_int_equal(o->kind, HX_OBJECT);
  assert_int_equal(o->n, 8);
  assert_int_equal(o->items[0]->kind, HX_VAR); /* bare key, read as a string later */
  assert_int_equal(o->items[2]->kind, HX_LIT);
  assert_int_equal(o->items[6]->kind, HX_PAREN);
}

static void for_expressions_ignore_newlines_in_braces(void **s) {
  (void)s;
  hcl_body *b = parse("m = { for k, v in var.m :\n  k => v...\n  if v != null }\n"
                      "l = [for x in y :\n x.id]\n");
  const hcl_expr *m = attr(b, "m");
  assert_int_equal(m->kind, HX_FOR);
  assert_true(m->obj_for);
  assert_true(m->expand);
  assert_string_equal(m->key_var, "k");
  assert_string_equal(m->name, "v");
  assert_non_null(m->c);
  const hcl_expr *l = attr(b, "l");
  assert_false(l->obj_for);
  assert_null(l->key_var);
}

static void templates_interpolation_and_nested_braces(void **s) {
  (void)s;
  hcl_body *b = parse("t = \"a-${ {k = \"v\"}[\"k\"] }-b\"\nu = \"${x}\"\nv = \"plain\"\n");
  const hcl_expr *t = attr(b, "t");
  assert_int_equal(t->kind, HX_TEMPLATE);
  assert_int_equal(t->n, 3);
  assert_int_equal(t->items[1]->kind, HX_INDEX);
  assert_int_equal(t->items[1]->a->kind, HX_OBJECT);
  /* "${x}" is x itself; a literal-only template is a string literal */
  assert_int_equal(attr(b, "u")->kind, HX_VAR);
  const hcl_expr *v = attr(b, "v");
  assert_int_equal(v->kind, HX_LIT);
  assert_string_equal(v->lit->u.str, "plain");
}

static void template_escapes_and_directives(void **s) {
  (void)s;
  hcl_body *b = parse("e = \"$${a} %%{b} \\\"\\n\\u00e9\"\n"
                      "d = \"x %{~ if c ~} y %{~ else ~} z %{~ endif ~} w\"\n"
                      "f = \"%{ for i, v in l }${v}%{ endfor }\"\n");
  const hcl_expr *e = attr(b, "e");
  assert_int_equal(e->kind, HX_LIT);
  assert_string_equal(e->lit->u.str, "${a} %{b} \"\n\xc3\xa9");
  const hcl_expr *d = attr(b, "d");
  assert_int_equal(d->kind, HX_TEMPLATE);
  assert_int_equal(d->n, 3);
  assert_string_equal(d->items[0]->lit->u.str, "x"); /* ~ stripped the space */
  assert_int_equal(d->items[1]->kind, HX_TIF);
  assert_string_equal(d->items[1]->items[0]->items[0]->lit->u.str, "y");
  assert_string_equal(d->items[1]->items[1]->items[0]->lit->u.str, "z");
  assert_string_equal(d->items[2]->lit->u.str, "w");
  const hcl_expr *f = attr(b, "f");
  assert_int_equal(f->kind, HX_TEMPLATE);
  assert_int_equal(f->items[0]->kind, HX_TFOR);
  assert_string_equal(f->items[0]->key_var, "i");
}

static void heredocs_plain_and_indented(void **s) {
  (void)s;
  hcl_body *b = parse("h = <<EOT\n  a ${b}\nEOT\ni = <<-EOT\n    one\n      two\n    EOT\nj = 1\n");
  const hcl_expr *h = attr(b, "h");
  assert_int_equal(h->kind, HX_TEMPLATE);
  assert_string_equal(h->items[0]->lit->u.str, "  a ");
  assert_string_equal(h->items[2]->lit->u.str, "\n");
  const hcl_expr *i = attr(b, "i");
  assert_int_equal(i->kind, HX_LIT);
  assert_string_equal(i->lit->u.str, "one\n  two\n");
  assert_int_equal(iac_hcl_body_attr(b, "j")->line, 8);
}

static void calls_expansion_and_provider_functions(void **s) {
  (void)s;
  hcl_body *b = parse("a = max(l...)\nb = provider::aws::arn_parse(x)\nc = f(1, 2,)\n");
  const hcl_expr *a = attr(b, "a");
  assert_int_equal(a->kind, HX_CALL);
  assert_true(a->expand);
  assert_string_equal(attr(b, "b")->name, "provider::aws::arn_parse");
  assert_int_equal(attr(b, "c")->n, 2);
}

static void splats_absorb_the_traversal_after_them(void **s) {
  (void)s;
  hcl_body *b = parse("a = x[*].y.z\nb = x.*.y\nc = (x[*].y).z\nd = x.0.y\n");
  const hcl_expr *a = attr(b, "a");
  assert_int_equal(a->kind, HX_SPLAT);
  assert_int_equal(a->b->kind, HX_ATTR);
  assert_string_equal(a->b->name, "z");
  assert_int_equal(a->b->a->a->kind, HX_SPLAT_ITEM);
  assert_int_equal(attr(b, "b")->kind, HX_SPLAT);
  const hcl_expr *c = attr(b, "c");
  assert_int_equal(c->kind, HX_ATTR); /* parentheses end the splat */
  assert_int_equal(c->a->kind, HX_PAREN);
  const hcl_expr *d = attr(b, "d");
  assert_int_equal(d->kind, HX_ATTR);
  assert_true(d->a->is_index);
  assert_string_equal(d->a->name, "0");
}

static void every_node_is_located(void **s) {
  (void)s;
  hcl_body *b = parse("x = [\n  1,\n  \"s\",\n  foo.bar,\n]\n");
  const hcl_expr *t = attr(b, "x");
  assert_int_equal(t->line, 1);
  assert_int_equal(t->col, 5);
  assert_int_equal(t->items[0]->line, 2);
  assert_int_equal(t->items[1]->line, 3);
  assert_int_equal(t->items[1]->col, 3);
  assert_int_equal(t->items[2]->line, 4);
  assert_int_equal(t->items[2]->col, 7); /* the .bar step, at its name */
}

static void syntax_errors_are_located(void **s) {
  (void)s;
  const char *src = "a = 1\nb = = 2\n";
  hcl_parse_result r = iac_hcl_parse(&A, "t.tf", src, strlen(src), NULL);
  assert_null(r.body);
  assert_int_equal(r.diag.line, 2);
  assert_int_equal(r.diag.col, 5);
  assert_string_equal(r.diag.message, "unexpected '='");
  src = "a = \"${b\"\n";
  r = iac_hcl_parse(&A, "t.tf", src, strlen(src), NULL);
  assert_null(r.body);
  assert_int_equal(r.diag.line, 1);
}

/* The parse error for src as "line:col: message" (or "ok"). */
static const char *diag(const char *src) {
  static char buf[256];
  hcl_parse_result r = iac_hcl_parse(&A, "t.tf", src, strlen(src), NULL);
  if (r.body) return "ok";
  snprintf(buf, sizeof buf, "%u:%u: %s", r.diag.line, r.diag.col, r.diag.message);
  return buf;
}

/* Columns count characters: the lexer tracks them from the line start less
 * the UTF-8 continuation bytes it has passed (in strings, comments, heredocs,
 * block comments across lines), not byte by byte. */
static void columns_count_characters_after_utf8(void **s) {
  (void)s;
  hcl_body *b = parse("a = \"\xc3\xa9\xc3\xa9\" # \xe2\x82\xac\xe2\x82\xac\n"
                      "b = \"\xf0\x9f\x98\x80 abcdefgh\xc3\xa9ijklmnop\" + x\n"
                      "/* \xc3\xa9\n \xc3\xa9\xc3\xa9 */ c = y\n"
                      "d = \"\xc3\xa9${z}\"\n");
  assert_non_null(b);
  const hcl_expr *bx = attr(b, "b");
  assert_int_equal(bx->kind, HX_BINARY);
  assert_int_equal(bx->b->line, 2);
  assert_int_equal(bx->b->col, 29); /* x after a 21-character string */
  assert_string_equal(bx->a->lit->u.str, "\xf0\x9f\x98\x80 abcdefgh\xc3\xa9ijklmnop");
  const hcl_attr *c = iac_hcl_body_attr(b, "c");
  assert_int_equal(c->line, 4);
  assert_int_equal(c->col, 8); /* on the block comment's second line, after 7 characters */
  const hcl_expr *d = attr(b, "d");
  assert_int_equal(d->kind, HX_TEMPLATE);
  assert_int_equal(d->items[1]->col, 9);
  /* errors after non-ASCII text point at characters too */
  assert_string_equal(diag("a = \"\xc3\xa9\xc3\xa9\xc3\xa9\" )\n"), "1:11: unexpected ')'");
  assert_string_equal(diag("# \xe2\x82\xac\nx = \"\xe2\x82\xac\" = 1\n"),
                      "2:9: unexpected '=', expecting newline");
  assert_string_equal(diag("x = <<EOT\n\xc3\xa9\xc3\xa9 ${a}\nEOT\n)\n"), "4:1: unexpected ')'");
  assert_string_equal(diag("x = 1\n\xc3\xa9 = 2\n"), "2:1: invalid character");
}

/* Escapes point at static or scratch text while parsing; the tree keeps its
 * own copy of every literal. */
static void string_escapes_and_unicode(void **s) {
  (void)s;
  hcl_body *b = parse("a = \"x\\ny\\tz\\r\\\"q\\\\\"\n"
                      "b = \"\\u00e9\\u20AC\\U0001F600!\"\n"
                      "c = \"$$ %% $${a} %%{b} $ % a$\"\n"
                      "d = \"\"\n");
  assert_non_null(b);
  assert_string_equal(attr(b, "a")->lit->u.str, "x\ny\tz\r\"q\\");
  assert_string_equal(attr(b, "b")->lit->u.str, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80!");
  assert_string_equal(attr(b, "c")->lit->u.str, "$$ %% ${a} %{b} $ % a$");
  assert_string_equal(attr(b, "d")->lit->u.str, "");
  assert_int_equal(attr(b, "d")->lit->len, 0);
  assert_string_equal(diag("a = \"\\u12\"\n"), "1:6: invalid escape sequence in string");
  assert_string_equal(diag("a = \"\\U1234567\"\n"), "1:6: invalid escape sequence in string");
  assert_string_equal(diag("a = \"\\q\"\n"), "1:6: invalid escape sequence in string");
  hcl_body *u = parse("a = \"\\u12345\"\n"); /* four digits, then a literal 5 */
  assert_non_null(u);
  assert_string_equal(attr(u, "a")->lit->u.str, "\xe1\x88\xb4"
                                                "5");
}

/* A string without escapes or interpolation is one token to the parser;
 * diagnostics still call it an opening quote, and the nesting limit still
 * counts it. */
static void simple_strings_are_one_token(void **s) {
  (void)s;
  assert_string_equal(diag("x = \"a\" \"b\"\n"),
                      "1:9: unexpected opening quote, expecting newline");
  assert_string_equal(diag("x = 1\n\"a\" = 1\n"),
                      "2:1: unexpected opening quote, expecting end of file");
  hcl_body *b = parse("a \"b\"  \"c\"\t{\n}\nx = {\"k\" = \"v\"}\ny = \"\"\n");
  assert_non_null(b);
  assert_int_equal(b->n_blocks, 1);
  assert_string_equal(b->blocks[0].labels[1], "c");
  const hcl_expr *x = attr(b, "x");
  assert_int_equal(x->kind, HX_OBJECT);
  assert_int_equal(x->items[0]->col, 6);
  assert_string_equal(x->items[1]->lit->u.str, "v");
  assert_int_equal(x->items[1]->col, 12);
  iac_limits lim = {.max_depth = 2};
  const char *src = "x = [[\"a\"]]\n";
  hcl_parse_result r = iac_hcl_parse(&A, "t.tf", src, strlen(src), &lim);
  assert_null(r.body);
  assert_int_equal(r.diag.col, 7);
  assert_string_equal(r.diag.message, "limit exceeded: nesting deeper than 2 levels (--max-depth)");
}

/* The lexer makes one token of some runs (hcl_parser.y: ATTR `name =`,
 * DOTCHAIN `.a.b`, TRAV `a.b.c`, RBNL `}` and its newline run, and a newline
 * run takes blank and comment-only lines): trees and diagnostics are those of
 * the tokens they stand for, wherever a run can and cannot stand. */
static void token_runs_parse_as_their_tokens(void **s) {
  (void)s;
  /* ATTR only where an item or key starts */
  assert_string_equal(
      diag("a.b = 1\n"),
      "1:2: unexpected '.', expecting identifier or heredoc or opening quote or '{'");
  assert_string_equal(diag("x = a = b\n"), "1:7: unexpected '=', expecting newline");
  assert_string_equal(
      diag("f(a = 1)\n"),
      "1:2: unexpected '(', expecting identifier or heredoc or opening quote or '{'");
  assert_string_equal(diag("x = {\n  a = 1\n  b == 2\n}\n"), "3:9: unexpected newline");
  assert_string_equal(diag("x = { for = 1 }\n"),
                      "1:11: unexpected '=', expecting identifier or for or in or if");
  assert_string_equal(diag("a { b = }\n"), "1:9: unexpected '}'");
  assert_string_equal(diag("b = 1 c = 2\n"), "1:7: unexpected identifier, expecting newline");
  assert_string_equal(diag("a = 1\n= 2\n"), "2:1: unexpected '=', expecting end of file");
  /* DOTCHAIN and TRAV */
  assert_string_equal(diag("x = a.b c\n"), "1:9: unexpected identifier, expecting newline");
  assert_string_equal(diag("x = a.b.\n"), "1:9: unexpected newline");
  assert_string_equal(
      diag("r a.b {\n}\n"),
      "1:4: unexpected '.', expecting identifier or heredoc or opening quote or '{'");
  assert_string_equal(
      diag("in a.b {\n}\n"),
      "1:5: unexpected '.', expecting identifier or heredoc or opening quote or '{'");
  assert_string_equal(diag("x = [for k, v.x in m : v]\n"), "1:14: unexpected '.', expecting in");
  assert_string_equal(diag("x = a.b: 1\n"), "1:8: unexpected ':', expecting newline");
  assert_string_equal(diag("x = a.b(1)\n"), "1:8: unexpected '(', expecting newline");
  /* RBNL and newline runs */
  assert_string_equal(diag("a {\n  b = \n}\n"), "2:7: unexpected newline");
  assert_string_equal(diag("a {\n}\n/x\n"), "3:1: unexpected '/', expecting end of file");
  assert_string_equal(diag("a {\n} b\n"), "2:3: unexpected identifier, expecting newline");
  assert_string_equal(diag("x = {\n  a = 1\n}\n}\n"), "4:1: unexpected '}'");
  assert_string_equal(diag("a {\n}\n  /* c */\n= 1\n"),
                      "4:1: unexpected '=', expecting end of file");
  assert_string_equal(diag("x = 1\n\n\n  # c\n  = 2\n"),
                      "5:3: unexpected '=', expecting end of file");
  assert_string_equal(diag("a {\n  b {\n  }\n}\n  #c"), "ok");
  /* CALL opens its ( frame: a limit error is located at the ( */
  iac_limits lim = {.max_depth = 1};
  const char *src = "x = [1 + f(2)]\n";
  hcl_parse_result r = iac_hcl_parse(&A, "t.tf", src, strlen(src), &lim);
  assert_null(r.body);
  assert_int_equal(r.diag.col, 11);
  assert_string_equal(r.diag.message, "limit exceeded: nesting deeper than 1 levels (--max-depth)");
  /* the trees: every step located at its name */
  hcl_body *b = parse("x = a. b .c\ny = f(a.b, c.d...)\nz = true.x\nw = p.q[0].r.*.s\n"
                      "a {\n  b = 1\n}\n# c\n\n// d\nv = [for k, v in m : v.a.b]\n");
  assert_non_null(b);
  const hcl_expr *x = attr(b, "x");
  assert_int_equal(x->kind, HX_ATTR);
  assert_string_equal(x->name, "c");
  assert_int_equal(x->col, 11);
  assert_string_equal(x->a->name, "b");
  assert_int_equal(x->a->col, 8);
  assert_string_equal(x->a->a->name, "a");
  assert_int_equal(x->a->a->kind, HX_VAR);
  const hcl_expr *y = attr(b, "y");
  assert_int_equal(y->n, 2);
  assert_true(y->expand);
  assert_string_equal(y->items[1]->name, "d");
  assert_int_equal(y->items[1]->col, 14);
  const hcl_expr *z = attr(b, "z");
  assert_int_equal(z->kind, HX_ATTR);
  assert_int_equal(z->a->kind, HX_LIT);
  const hcl_expr *w = attr(b, "w");
  assert_int_equal(w->kind, HX_SPLAT);
  assert_string_equal(w->b->name, "s");
  assert_int_equal(b->n_blocks, 1);
  assert_int_equal(b->blocks[0].end_line, 7);
  assert_int_equal(iac_hcl_body_attr(b, "v")->line, 11);
  assert_string_equal(attr(b, "v")->b->name, "b");
  assert_int_equal(attr(b, "v")->b->col, 26);
}

/* Heredoc markers only at the start of a line, with blanks around them; the
 * same text elsewhere on a line is content. */
static void heredoc_markers_and_line_starts(void **s) {
  (void)s;
  hcl_body *b = parse("a = <<EOT\nx ${y} EOT\n  EOT  \nb = <<EOT\r\nl1\r\nEOT\r\n"
                      "c = <<-EOT\n    $${v} %%{w}\n    $$\n  EOT\n"
                      "d = <<EOT\n${p}EOT\nEOTX\nEOT\n");
  assert_non_null(b);
  const hcl_expr *a = attr(b, "a");
  assert_int_equal(a->kind, HX_TEMPLATE);
  assert_string_equal(a->items[2]->lit->u.str, " EOT\n");
  assert_string_equal(attr(b, "b")->lit->u.str, "l1\r\n");
  assert_string_equal(attr(b, "c")->lit->u.str, "${v} %{w}\n$$\n");
  const hcl_expr *d = attr(b, "d");
  assert_string_equal(d->items[1]->lit->u.str, "EOT\nEOTX\n");
  assert_int_equal(iac_hcl_body_attr(b, "d")->line, 11);
  assert_string_equal(diag("a = <<EOT\nabc\n"), "3:1: unterminated heredoc");
  assert_string_equal(diag("a = <<EOT\nabc\nEOT"), "ok"); /* marker at end of input */
}

/* Token boundaries the lexer gives back (it never backs up): "1." "1e"
 * "a::" ".." "<<" "$$" and partial directives scan as they always did. */
static void partial_tokens_scan_as_before(void **s) {
  (void)s;
  assert_string_equal(diag("x = 1.\n"), "1:7: unexpected newline");
  assert_string_equal(diag("x = 1e\n"), "1:6: unexpected identifier, expecting newline");
  assert_string_equal(diag("x = a..b\n"), "1:7: unexpected '.'");
  assert_string_equal(diag("x = a::\n"), "1:6: unexpected ':', expecting newline");
  assert_string_equal(diag("x = {for:: 1}\n"),
                      "1:9: unexpected ':', expecting identifier or for or in or if");
  assert_string_equal(diag("x = a <<-\n"), "1:8: unexpected '<'"); /* not a heredoc */
  assert_string_equal(diag("x = \"%{ifx}\"\n"), "1:6: unknown template directive");
  assert_string_equal(diag("x = \"%{ en\"\n"), "1:6: unknown template directive");
  assert_string_equal(diag("/* open\n"), "1:1: unterminated /* comment");
  assert_string_equal(diag("x = 1 /* **"), "1:7: unterminated /* comment");
  hcl_body *b = parse("x = 1.5e+3\ny = a.0\nz = f(a...)\n\n\n  \n\t\nw = a::b\n");
  assert_non_null(b);
  assert_true(attr(b, "x")->lit->u.num == 1500);
  assert_true(attr(b, "z")->expand);
  assert_string_equal(attr(b, "w")->name, "a::b");
  assert_int_equal(iac_hcl_body_attr(b, "w")->line, 8); /* blank lines are counted */
  /* names take the blanks after them; keywords stay keywords */
  hcl_body *k = parse("x = [for  k,\tv in  a : k if  v]\nfor  = 1\ny = a.in  \n");
  assert_non_null(k);
  assert_int_equal(attr(k, "x")->kind, HX_FOR);
  assert_string_equal(attr(k, "x")->key_var, "k");
  assert_non_null(attr(k, "x")->c);
  assert_int_equal(attr(k, "for")->kind, HX_LIT);
  assert_string_equal(attr(k, "y")->name, "in");
}

/* Comments, newline runs and literal runs are matched by the scanner's DFA at
 * their start and scanned to their end in the rule's action (16 bytes at a
 * time): lines and columns past them, and the end of input inside them, are
 * where the byte-at-a-time scan put them. */
static void runs_scanned_to_their_end_keep_locations(void **s) {
  (void)s;
  /* a non-ASCII byte in the first 16 of a longer string */
  assert_string_equal(diag("a = \"abcdefgh\xc3\xa9ijklmnopqrstuv\" )\n"), "1:31: unexpected ')'");
  /* a trailing comment's characters, before a newline token and at the end */
  assert_string_equal(diag("x = # \xc3\xa9\xc3\xa9\n1\n"), "1:9: unexpected newline");
  assert_string_equal(diag("x = (\n  1 // \xc3\xa9\xc3\xa9"), "2:10: unexpected newline");
  /* newline runs: blank, CRLF and comment-only lines; one ending in a comment
     at the end of input, or in a '/' that is not one */
  assert_string_equal(diag("x = (\n\n  # end \xc3\xa9"), "3:10: unexpected newline");
  assert_string_equal(diag("x = (\n# \xc3\xa9\n  // x\r\n\r\n\t\n  /"), "6:3: unexpected '/'");
  assert_string_equal(diag("b {\n}\n# c\n\n}"), "5:1: unexpected '}'");
  assert_string_equal(diag("b {\n}\n  # c \xc3\xa9"), "ok");
  hcl_body *b = parse("a = 1\r\n  # c\r\n\r\n// d\n\t\nb {\n}\n\n  # e\n  c = 2\n");
  assert_non_null(b);
  assert_int_equal(iac_hcl_body_attr(b, "c")->line, 10);
  assert_int_equal(iac_hcl_body_attr(b, "c")->col, 3);
  assert_int_equal(b->blocks[0].line, 6);
  /* literal runs that end at the end of input (under 16 bytes from it) */
  assert_string_equal(diag("x = \"abc"), "1:9: unterminated string");
  assert_string_equal(diag("x = \"abc\xc3\xa9"), "1:10: unterminated string");
  assert_string_equal(diag("x = \"abcdefghijklmnopqrstuvwxyz\xc3\xa9 ${"),
                      "1:36: unexpected newline");
  assert_string_equal(diag("h = <<EOT\nEOT \xc3\xa9\xc3\xa9"), "2:7: unterminated heredoc");
  /* a heredoc line that starts like its marker and goes on */
  assert_string_equal(diag("h = <<EOT\n  EOT x \xc3\xa9 ${y}\nEOT\n)"), "4:1: unexpected ')'");
  b = parse("h = <<EOT\n  EOT x \xc3\xa9 ${y}\nEOT\n");
  assert_non_null(b);
  const hcl_expr *h = attr(b, "h");
  assert_int_equal(h->kind, HX_TEMPLATE);
  assert_string_equal(h->items[0]->lit->u.str, "  EOT x \xc3\xa9 ");
  assert_int_equal(h->items[1]->line, 2);
  assert_int_equal(h->items[1]->col, 13);
}

static void json_syntax_blocks_and_templates(void **s) {
  (void)s;
  const char *src = "{\n \"resource\": {\"aws_s3_bucket\": {\"b\": {\"bucket\": \"x-${var.y}\","
                    " \"acl\": \"private\", \"n\": 3}}},\n \"locals\": {\"l\": true}\n}\n";
  hcl_parse_result r = iac_hcl_parse_json(&A, "t.tf.json", src, strlen(src), NULL);
  assert_non_null(r.body);
  assert_int_equal(r.body->n_blocks, 2);
  const hcl_block *res = &r.body->blocks[0];
  assert_string_equal(res->labels[0], "aws_s3_bucket");
  assert_string_equal(res->labels[1], "b");
  assert_int_equal(iac_hcl_body_attr(res->body, "bucket")->expr->kind, HX_TEMPLATE);
  assert_int_equal(iac_hcl_body_attr(res->body, "acl")->expr->kind, HX_LIT);
  assert_int_equal(iac_hcl_body_attr(res->body, "n")->line, 2);
  assert_string_equal(r.body->blocks[1].type, "locals");
}

static void limits_are_the_callers(void **s) {
  (void)s;
  iac_limits lim = {0};
  lim.max_depth = 4;
  lim.max_template_depth = 2;
  const char *src = "a = [[[[[1]]]]]\n"; /* the fifth [ would be the fifth frame */
  hcl_parse_result r = iac_hcl_parse(&A, "t.tf", src, strlen(src), &lim);
  assert_null(r.body);
  assert_int_equal(r.diag.col, 9);
  assert_string_equal(r.diag.message, "limit exceeded: nesting deeper than 4 levels (--max-depth)");
  src = "a = \"${\"${\"${1}\"}\"}\"\n";
  lim.max_depth = 0; /* default */
  r = iac_hcl_parse(&A, "t.tf", src, strlen(src), &lim);
  assert_null(r.body);
  assert_int_equal(r.diag.col, 12);
  assert_string_equal(
      r.diag.message,
      "limit exceeded: templates nested deeper than 2 levels (--max-template-depth)");
  src = "a = \"${\"${1}\"}\"\n";
  assert_non_null(iac_hcl_parse(&A, "t.tf", src, strlen(src), &lim).body);
  /* %{if} nesting is bounded by the same limit */
  src = "a = \"%{if x}%{if y}%{if z}!%{endif}%{endif}%{endif}\"\n";
  r = iac_hcl_parse(&A, "t.tf", src, strlen(src), &lim);
  assert_null(r.body);
  assert_string_equal(
      r.diag.message,
      "limit exceeded: templates nested deeper than 2 levels (--max-template-depth)");
  /* JSON syntax: the depth limit, and templates in strings */
  src = "{\"locals\": {\"a\": \"${\\\"${\\\"${1}\\\"}\\\"}\"}}";
  r = iac_hcl_parse_json(&A, "t.tf.json", src, strlen(src), &lim);
  assert_null(r.body);
  assert_string_equal(r.diag.message, "invalid template or expression in a JSON string");
  lim.max_depth = 2;
  src = "{\"locals\": {\"a\": [[1]]}}";
  r = iac_hcl_parse_json(&A, "t.tf.json", src, strlen(src), &lim);
  assert_null(r.body);
  assert_string_equal(r.diag.message, "limit exceeded: nesting deeper than 2 levels (--max-depth)");
}

static void redefined_attributes_warn_and_keep_the_first(void **s) {
  (void)s;
  const char *src = "b = 0\nr {\n  a = 1\n  x = 2\n  a = 3\n  a = 4\n}\n";
  hcl_parse_result r = iac_hcl_parse(&A, "t.tf", src, strlen(src), NULL);
  assert_non_null(r.body);
  const hcl_body *b = r.body->blocks[0].body;
  assert_int_equal(b->n_attrs, 2);
  assert_string_equal(b->attrs[0].name, "a");
  assert_int_equal(b->attrs[0].line, 3);
  assert_string_equal(b->attrs[1].name, "x");
  assert_int_equal(r.n_warnings, 2);
  assert_int_equal(r.warnings[0].line, 5);
  assert_int_equal(r.warnings[0].col, 3);
  assert_string_equal(r.warnings[0].message,
                      "attribute 'a' redefined (first set at line 3); Terraform rejects "
                      "this, the first value is used");
  assert_int_equal(r.warnings[1].line, 6);
  /* a body past the pairwise size: the sorted path, same answers */
  char big[1024];
  size_t o = 0;
  for (int i = 0; i < 40; i++)
    o += (size_t)snprintf(big + o, sizeof big - o, "k%d = %d\n", i % 17, i);
  r = iac_hcl_parse(&A, "t.tf", big, o, NULL);
  assert_non_null(r.body);
  assert_int_equal(r.body->n_attrs, 17);
  assert_int_equal(r.body->attrs[16].line, 17);
  assert_int_equal(r.n_warnings, 23);
  assert_int_equal(r.warnings[0].line, 18);
  assert_string_equal(r.warnings[0].message,
                      "attribute 'k0' redefined (first set at line 1); Terraform "
                      "rejects this, the first value is used");
  assert_int_equal(r.warnings[22].line, 40);
  src = "{\"locals\": {\"a\": 1, \"a\": 2}}";
  r = iac_hcl_parse_json(&A, "t.tf.json", src, strlen(src), NULL);
  assert_non_null(r.body);
  assert_int_equal(r.body->blocks[0].body->n_attrs, 1);
  assert_int_equal(r.n_warnings, 1);
  assert_int_equal(r.warnings[0].col, 21);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(blocks_labels_and_one_line_blocks, setup, teardown),
      cmocka_unit_test_setup_teardown(comments_of_every_kind, setup, teardown),
      cmocka_unit_test_setup_teardown(precedence_follows_the_spec, setup, teardown),
      cmocka_unit_test_setup_teardown(object_braces_separate_items_by_newline, setup, teardown),
      cmocka_unit_test_setup_teardown(for_expressions_ignore_newlines_in_braces, setup, teardown),
      cmocka_unit_test_setup_teardown(templates_interpolation_and_nested_braces, setup, teardown),
      cmocka_unit_test_setup_teardown(template_escapes_and_directives, setup, teardown),
      cmocka_unit_test_setup_teardown(heredocs_plain_and_indented, setup, teardown),
      cmocka_unit_test_setup_teardown(calls_expansion_and_provider_functions, setup, teardown),
      cmocka_unit_test_setup_teardown(splats_absorb_the_traversal_after_them, setup, teardown),
      cmocka_unit_test_setup_teardown(every_node_is_located, setup, teardown),
      cmocka_unit_test_setup_teardown(syntax_errors_are_located, setup, teardown),
      cmocka_unit_test_setup_teardown(columns_count_characters_after_utf8, setup, teardown),
      cmocka_unit_test_setup_teardown(string_escapes_and_unicode, setup, teardown),
      cmocka_unit_test_setup_teardown(simple_strings_are_one_token, setup, teardown),
      cmocka_unit_test_setup_teardown(heredoc_markers_and_line_starts, setup, teardown),
      cmocka_unit_test_setup_teardown(partial_tokens_scan_as_before, setup, teardown),
      cmocka_unit_test_setup_teardown(token_runs_parse_as_their_tokens, setup, teardown),
      cmocka_unit_test_setup_teardown(runs_scanned_to_their_end_keep_locations, setup, teardown),
      cmocka_unit_test_setup_teardown(json_syntax_blocks_and_templates, setup, teardown),
      cmocka_unit_test_setup_teardown(limits_are_the_callers, setup, teardown),
      cmocka_unit_test_setup_teardown(redefined_attributes_warn_and_keep_the_first, setup,
                                      teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
