/* lex.c — the scanner's helpers: positions, bracket stack, comments, errors.
 * Kept out of lexer.l so they build under the project's full warning flags. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"

int cc_lex_advance(cc_lex *x, cc_loc *loc, const char *text, size_t len, int in_string) {
  if (x->fatal) return 1;
  loc->off = x->off;
  loc->line = loc->end_line = x->line;
  loc->col = loc->end_col = x->col;
  for (size_t i = 0; i < len; i++) {
    loc->end_line = x->line;
    loc->end_col = x->col;
    if (text[i] == '\n') {
      x->line++;
      x->col = 1;
    } else {
      x->col++;
    }
  }
  x->off += (uint32_t)len;
  loc->end_off = x->off;
  if (len && (in_string || !strchr(" \t\r\n#", text[0]))) x->last_code_line = loc->end_line;
  return 0;
}

void cc_lex_comment(cc_lex *x, const cc_loc *loc, const char *text, size_t len) {
  cc_comment *c = base_arena_calloc(x->arena, sizeof *c);
  while (len && (text[len - 1] == '\r' || text[len - 1] == ' ' || text[len - 1] == '\t'))
    len--;
  c->line = loc->line;
  c->col = loc->col;
  c->text = base_arena_strndup(x->arena, text, len);
  c->trailing = x->last_code_line == loc->line;
  cc_vec_push(x->arena, &x->comments, c);
}

void cc_lex_error(cc_lex *x, cc_loc loc, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  x->file->n_errors++;
  cc_diag_error(x->diag, x->src, loc, "%s", buf);
}

void cc_lex_bad_char(cc_lex *x, cc_loc loc, unsigned char c) {
  if (c >= 0x20 && c < 0x7f)
    cc_lex_error(x, loc, "unexpected character '%c'", c);
  else
    cc_lex_error(x, loc, "unexpected byte 0x%02X", c);
}

int cc_lex_push(cc_lex *x, cc_loc loc, char what) {
  if (x->sp >= CC_MAX_DEPTH) {
    cc_lex_error(x, loc, "nesting too deep (more than %d levels)", CC_MAX_DEPTH);
    x->fatal = true;
    return 1;
  }
  x->stack[x->sp] = what;
  x->stack_loc[x->sp] = loc;
  x->sp++;
  return 0;
}

void cc_lex_pop_bracket(cc_lex *x) {
  if (x->sp > 0 && x->stack[x->sp - 1] == 'b') x->sp--;
}

/* A `}` closes the innermost block or interpolation, dropping unclosed ( [
 * in between (the parser reports those). Returns 1 when it ends an
 * interpolation, so the scanner resumes the enclosing string. */
int cc_lex_close_brace(cc_lex *x) {
  int i = x->sp - 1;
  while (i >= 0 && x->stack[i] == 'b')
    i--;
  if (i < 0 || x->stack[i] == '"') return 0;
  x->sp = i;
  return x->stack[i] == 'i';
}

void cc_lex_pop_string(cc_lex *x) {
  if (x->sp > 0 && x->stack[x->sp - 1] == '"') x->sp--;
}

void cc_lex_unterminated(cc_lex *x) {
  cc_loc at = x->sp > 0 && x->stack[x->sp - 1] == '"' ? x->stack_loc[x->sp - 1] : (cc_loc){0};
  if (!at.line) at = (cc_loc){x->line, x->col, x->line, x->col, x->off, x->off};
  cc_lex_error(x, at, "unterminated string");
  cc_lex_pop_string(x);
}

cc_text cc_lex_text(cc_lex *x, const char *s, size_t len) {
  cc_text t = {base_arena_strndup(x->arena, s, len), (uint32_t)len};
  return t;
}

void cc_lex_fatal(const char *msg) {
  /* flex calls this only on internal failure (out of memory): not an input error */
  fprintf(stderr, "vigil: scanner: %s\n", msg);
  abort();
}
