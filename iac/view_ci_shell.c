/* view_ci_shell.c — the shell of a CI step, read as far as it is exact
 * (view_ci_shell.h). */
#include "view_ci_shell.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "path.h"

/* SH_MAX_NEST: `bash -c`, `$(...)` and `eval` inside one another;
 * SH_MAX_LEX_NEST: quotes and substitutions inside one another in one word;
 * SH_MAX_WORDS: words of one command looked at; SH_MAX_VARS: assignments one
 * shell records; SH_MAX_WORD: bytes of one expanded word; SH_MAX_REASONS:
 * unknown parts (their reasons) per pipeline file. */
enum {
  SH_MAX_NEST = 8,
  SH_MAX_LEX_NEST = 64,
  SH_MAX_WORDS = 256,
  SH_MAX_VARS = 1024,
  SH_MAX_WORD = 65536,
  SH_MAX_REASONS = 250 * 250,
  SH_MAX_FRAMES = 256,
};
/* bytes of expanded words and values per pipeline file, all shells together */
#define SH_MAX_EXPANDED ((size_t)16 << 20)
/* tokens looked at ahead (what a loop or a text assigns) per pipeline file */
#define SH_MAX_SCANNED ((size_t)16 << 20)

struct iac_ci_sh_reasons {
  const char **why;
  size_t n, cap;
  size_t expanded; /* bytes expanded so far (SH_MAX_EXPANDED) */
  size_t scanned;  /* tokens looked at ahead of running them (SH_MAX_SCANNED) */
  bool warned;     /* the expansion budget's warning was given */
};

/* ---- variables ---------------------------------------------------------------------------- */

/* One assignment, newest first: a lookup takes the first node of a name, and
 * a subshell's changes are undone by restoring the head. */
typedef struct sh_var {
  const char *name;
  const char *val;   /* expanded (with unknown marks); NULL: unset */
  const char *where; /* "FILE:LINE" of the assignment */
  bool exported;
  struct sh_var *next;
} sh_var;

/* Names a text assigns anywhere, sorted, and those of the texts it runs in. */
typedef struct name_set {
  const char **v;
  size_t n;
  const struct name_set *up;
} name_set;

struct iac_ci_sh {
  iac_ci_sh_host *h;
  sh_var *vars;
  int n_vars;
  bool full;               /* SH_MAX_VARS reached: every variable set here is unknown */
  const char *cwd;         /* repository-relative ("" the root); NULL: not known */
  const char *const *argv; /* $1...; NULL with args_why: not known */
  int argc;
  const char *args_why;
  bool allexport;
  int nest;
  /* the text being run */
  const char *file;   /* report path; NULL: the pipeline file */
  const doc_node *at; /* every command's location, or NULL: its own line */
  uint32_t first_line;
  const char *func;         /* inside this function's body */
  const name_set *assigned; /* what the texts being run assign (function bodies) */
  bool stop;                /* `exit` at the top level, or an unterminated word */
  /* GitHub: why the command being run may not run (inside an if, a loop...),
   * for what it writes to $GITHUB_ENV; NULL: it runs */
  const char *cond;
  /* a step before wrote to $GITHUB_ENV what the file does not show: why a
   * variable never set here is not known (iac_ci_sh_env_unknown) */
  const char *env_why;
};

static base_arena *A(const iac_ci_sh *sh) {
  return sh->h->arena;
}

static bool name_start(char c) {
  return isalpha((unsigned char)c) || c == '_';
}

static bool name_char(char c) {
  return isalnum((unsigned char)c) || c == '_';
}

/* Length of the variable name s[0..n) starts with (0: none). */
static size_t name_len(const char *s, size_t n) {
  if (!n || !name_start(s[0])) return 0;
  size_t i = 1;
  while (i < n && name_char(s[i]))
    i++;
  return i;
}

static sh_var *lookup(const iac_ci_sh *sh, const char *name, size_t n) {
  for (sh_var *v = sh->vars; v; v = v->next)
    if (!strncmp(v->name, name, n) && !v->name[n]) return v;
  return NULL;
}

static const char *loc(const iac_ci_sh *sh, uint32_t line) {
  uint32_t l = sh->at ? sh->first_line + (line ? line - 1 : 0) : line;
  return base_arena_printf(A(sh), "%s:%u", sh->file ? sh->file : sh->h->path, l);
}

static void warn(iac_ci_sh *sh, uint32_t line, const char *msg) {
  uint32_t l = sh->at ? sh->at->line : line;
  if (sh->h->warn) sh->h->warn(sh->h->ctx, sh->file, l, msg);
}

/* ---- unknown marks ------------------------------------------------------------------------ */

static iac_ci_sh_reasons *reasons(iac_ci_sh_host *h) {
  iac_ci_sh_reasons *r = h->reasons;
  if (!r) {
    r = h->reasons = base_arena_calloc(h->arena, sizeof *r);
    r->cap = 64; /* id 0: the limit's own reason */
    r->why = base_arena_alloc(h->arena, r->cap * sizeof *r->why);
    r->why[r->n++] = "limit exceeded: more than 62500 unknown values in one pipeline file";
  }
  return r;
}

static size_t reason_id(iac_ci_sh_host *h, const char *why) {
  iac_ci_sh_reasons *r = reasons(h);
  if (r->n >= SH_MAX_REASONS) return 0;
  if (r->n == r->cap) {
    const char **w = base_arena_alloc(h->arena, 2 * r->cap * sizeof *w);
    memcpy(w, r->why, r->n * sizeof *w);
    r->why = w;
    r->cap *= 2;
  }
  r->why[r->n] = why;
  return r->n++;
}

/* A growable text (malloc'd), bounded by SH_MAX_WORD. */
typedef struct buf {
  char *s;
  size_t n, cap;
  bool over; /* SH_MAX_WORD reached: the rest was dropped */
} buf;

static void put(buf *b, const char *s, size_t n) {
  if (b->over) return;
  if (b->n + n > SH_MAX_WORD) {
    b->over = true;
    return;
  }
  b->s = base_grow(b->s, &b->cap, b->n + n + 1, 1);
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = 0;
}

static void putc_(buf *b, char c) {
  put(b, &c, 1);
}

/* Whether s[i] ('$') starts GitHub's `${{`, which GitHub substitutes before
 * the shell runs, quoted or not. */
static bool gh_expr(const char *s, size_t i, size_t n) {
  return i + 2 < n && s[i + 1] == '{' && s[i + 2] == '{';
}

/* Text the shell keeps as written: each '$' (but `${{`) a literal one
 * (IAC_CI_SH_LITERAL_DOLLAR). */
static void put_literal(buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    const char *d = memchr(s + i, '$', n - i);
    size_t k = d ? (size_t)(d - s) : n;
    put(b, s + i, k - i);
    if (k < n) putc_(b, gh_expr(s, k, n) ? '$' : IAC_CI_SH_LITERAL_DOLLAR);
    i = k + 1;
  }
}

/* An expanded text read as a script again (`bash -c`, `eval`): a malloc'd
 * copy with each literal '$' a '$' again, or NULL when it has none. */
static char *relex(const char *s, size_t n) {
  if (!memchr(s, IAC_CI_SH_LITERAL_DOLLAR, n)) return NULL;
  char *c = base_xmalloc(n + 1);
  for (size_t i = 0; i < n; i++)
    c[i] = s[i] == IAC_CI_SH_LITERAL_DOLLAR ? '$' : s[i];
  c[n] = 0;
  return c;
}

/* Whether c is a byte the reader uses (marks, a literal '$'): the input's are
 * read as '_'. */
static bool reader_byte(char c) {
  return c == IAC_CI_SH_MARK_OPEN || c == IAC_CI_SH_MARK_CLOSE || c == IAC_CI_SH_LITERAL_DOLLAR;
}

/* text[0..len) with the reader's bytes read as '_': a malloc'd copy, or NULL
 * when it has none. */
static char *clean_input(const char *text, size_t len) {
  size_t i = 0;
  while (i < len && !reader_byte(text[i]))
    i++;
  if (i == len) return NULL;
  char *c = base_xmalloc(len + 1);
  for (i = 0; i < len; i++)
    c[i] = reader_byte(text[i]) ? '_' : text[i];
  c[len] = 0;
  return c;
}

/* Appends an unknown part: its reason and how it is written. */
static void mark(iac_ci_sh *sh, buf *b, const char *why, const char *raw, size_t n) {
  size_t id = reason_id(sh->h, why);
  char head[3] = {IAC_CI_SH_MARK_OPEN, (char)(id / 250 + 1), (char)(id % 250 + 1)};
  put(b, head, 3);
  for (size_t i = 0; i < n; i++) {
    char c = raw[i];
    if (c == IAC_CI_SH_MARK_OPEN) { /* a mark inside: its text only */
      i += 2;
      continue;
    }
    if (c != IAC_CI_SH_MARK_CLOSE) putc_(b, c);
  }
  putc_(b, IAC_CI_SH_MARK_CLOSE);
}

/* The end of the mark starting at s[i] (past its close byte). */
static size_t mark_end(const char *s, size_t i, size_t n) {
  i += 3;
  while (i < n && s[i] != IAC_CI_SH_MARK_CLOSE)
    i++;
  return i < n ? i + 1 : n;
}

bool iac_ci_sh_unknown(const iac_ci_sh_host *h, const char *w, size_t n, const char **why) {
  const char *m = memchr(w, IAC_CI_SH_MARK_OPEN, n);
  if (!m) return false;
  size_t id = m + 2 < w + n ? (size_t)((unsigned char)m[1] - 1) * 250 + (unsigned char)m[2] - 1 : 0;
  const iac_ci_sh_reasons *r = h->reasons;
  *why = r && id < r->n ? r->why[id] : "not known";
  return true;
}

const char *iac_ci_sh_display(const iac_ci_sh_host *h, const char *w, size_t n) {
  char *out = base_arena_alloc(h->arena, n + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (w[i] == IAC_CI_SH_MARK_OPEN) {
      i += 2;
      continue;
    }
    if (w[i] != IAC_CI_SH_MARK_CLOSE) out[k++] = w[i] == IAC_CI_SH_LITERAL_DOLLAR ? '$' : w[i];
  }
  out[k] = 0;
  return out;
}

/* Records the assignment name = val (NULL: unset); NULL when SH_MAX_VARS
 * are recorded already (every variable is unknown from then on). */
static sh_var *assign(iac_ci_sh *sh, const char *name, size_t n, const char *val, bool exported,
                      uint32_t line) {
  if (sh->n_vars >= SH_MAX_VARS) {
    if (!sh->full) warn(sh, line, "more than 1024 shell assignments: later values are not known");
    sh->full = true;
    return NULL;
  }
  sh_var *old = lookup(sh, name, n);
  sh_var *v = base_arena_alloc(A(sh), sizeof *v);
  v->name = old ? old->name : base_arena_strndup(A(sh), name, n);
  v->val = val;
  v->where = loc(sh, line);
  v->exported = exported || sh->allexport || (val && old && old->val && old->exported);
  v->next = sh->vars;
  sh->vars = v;
  sh->n_vars++;
  return v;
}

/* name becomes unknown for the reason why. */
static void forget(iac_ci_sh *sh, const char *name, size_t n, const char *why, uint32_t line) {
  buf b = {0};
  const char *raw = base_arena_printf(A(sh), "$%.*s", (int)n, name);
  mark(sh, &b, why, raw, n + 1);
  const char *val = base_arena_strndup(A(sh), b.s, b.n);
  free(b.s);
  assign(sh, name, n, val, false, line);
}

/* Every name assigned since mark (newer nodes) becomes unknown: why is a
 * printf format taking the name. */
static void forget_since(iac_ci_sh *sh, sh_var *since, const char *fmt, const char *what,
                         uint32_t line) {
  size_t cap = 0, k = 0;
  for (sh_var *v = sh->vars; v && v != since; v = v->next)
    cap++;
  const char **names = base_xmalloc((cap + 1) * sizeof *names);
  for (sh_var *v = sh->vars; v && v != since; v = v->next) {
    bool seen = false;
    for (size_t i = 0; i < k && !seen; i++)
      seen = names[i] == v->name;
    if (!seen) names[k++] = v->name;
  }
  for (size_t i = 0; i < k; i++)
    forget(sh, names[i], strlen(names[i]),
           base_arena_printf(A(sh), fmt, names[i], what, loc(sh, line)), line);
  free(names);
}

/* ---- words -------------------------------------------------------------------------------- */

/* Skipping over one quoted or substituted part of a word: the index past it,
 * or SIZE_MAX when it never ends (or nests deeper than SH_MAX_LEX_NEST). */
#define BAD ((size_t)-1)
#define DEEP ((size_t)-2) /* nested deeper than SH_MAX_LEX_NEST */

static size_t skip_dollar(const char *s, size_t i, size_t n, int d);
static size_t skip_bq(const char *s, size_t i, size_t n);

static size_t skip_sq(const char *s, size_t i, size_t n) {
  const char *q = memchr(s + i + 1, '\'', n - i - 1);
  return q ? (size_t)(q - s) + 1 : BAD;
}

static size_t skip_dq(const char *s, size_t i, size_t n, int d) {
  for (i++; i < n;) {
    if (s[i] == '\\')
      i += 2;
    else if (s[i] == '"')
      return i + 1;
    else if (s[i] == '$') {
      if ((i = skip_dollar(s, i, n, d + 1)) >= DEEP) return i;
    } else if (s[i] == '`') {
      if ((i = skip_bq(s, i, n)) >= DEEP) return i;
    } else
      i++;
  }
  return BAD;
}

static size_t skip_bq(const char *s, size_t i, size_t n) {
  for (i++; i < n;) {
    if (s[i] == '\\')
      i += 2;
    else if (s[i] == '`')
      return i + 1;
    else
      i++;
  }
  return BAD;
}

/* s[k] is one of ' " $ `: past the part it starts, inside ${ } or $( ) at
 * nesting depth d. */
static size_t skip_quoted(const char *s, size_t k, size_t n, int d) {
  char c = s[k];
  return c == '\''  ? skip_sq(s, k, n)
         : c == '"' ? skip_dq(s, k, n, d + 1)
         : c == '$' ? skip_dollar(s, k, n, d + 1)
                    : skip_bq(s, k, n);
}

/* s[i] is '$'. */
static size_t skip_dollar(const char *s, size_t i, size_t n, int d) {
  if (d > SH_MAX_LEX_NEST) return DEEP;
  if (i + 2 < n && s[i + 1] == '{' && s[i + 2] == '{') { /* ${{ }}: GitHub's, before the shell */
    for (size_t k = i + 3; k + 1 < n; k++)
      if (s[k] == '}' && s[k + 1] == '}') return k + 2;
    return BAD;
  }
  if (i + 1 < n && s[i + 1] == '{') {
    for (size_t k = i + 2; k < n;) {
      char c = s[k];
      if (c == '\\')
        k += 2;
      else if (c == '}')
        return k + 1;
      else if (c == '\'' || c == '"' || c == '$' || c == '`') {
        k = skip_quoted(s, k, n, d);
        if (k >= DEEP) return k;
      } else
        k++;
    }
    return BAD;
  }
  if (i + 1 < n && s[i + 1] == '(') { /* $( ) and $(( )) */
    int depth = 0;
    for (size_t k = i + 1; k < n;) {
      char c = s[k];
      if (c == '\\')
        k += 2;
      else if (c == '(')
        depth++, k++;
      else if (c == ')') {
        k++;
        if (--depth == 0) return k;
      } else if (c == '\'' || c == '"' || c == '$' || c == '`') {
        k = skip_quoted(s, k, n, d);
        if (k >= DEEP) return k;
      } else
        k++;
    }
    return BAD;
  }
  return i + 1;
}

/* ---- tokens ------------------------------------------------------------------------------- */

typedef enum tkind { T_WORD, T_SEP, T_AND, T_OR, T_PIPE, T_LP, T_RP, T_DSEMI, T_REDIR } tkind;

/* What a redirection (T_REDIR, its target word in s) does: standard output
 * to a file (> >| &> >&WORD), appended (>> &>>), another descriptor's
 * output (2> ...), input (< <> <&), a here-document (<< <<-: its body in
 * tok.body; _LIT when the delimiter is quoted, so the body is not expanded),
 * a here-string (<<<). */
typedef enum rkind { R_OUT = 1, R_APPEND, R_FD, R_IN, R_HEREDOC, R_HEREDOC_LIT, R_HERESTR } rkind;

typedef struct tok {
  tkind k;
  const char *s;
  uint32_t n, line;
  /* T_REDIR */
  uint8_t rop; /* rkind */
  bool tabs;   /* <<-: leading tabs of the body's lines are removed */
  int fd;      /* the descriptor written (R_FD) */
  const char *body;
  uint32_t body_n;
} tok;

typedef struct toks {
  tok *v;
  size_t n, cap;
  uint32_t bad_line; /* an unterminated word starts here (0: none) */
  const char *bad;   /* why */
} toks;

static void add_tok(toks *t, tkind k, const char *s, size_t n, uint32_t line) {
  t->v = base_grow(t->v, &t->cap, t->n + 1, sizeof *t->v);
  t->v[t->n++] = (tok){.k = k, .s = s, .n = (uint32_t)n, .line = line};
}

/* What the redirection operator o[0..n) does, fd the descriptor written
 * before it (-1: none given). */
static rkind redir_kind(const char *o, size_t n, int fd) {
  if (o[0] == '<') {
    if (n >= 3 && o[1] == '<' && o[2] == '<') return R_HERESTR;
    if (n >= 2 && o[1] == '<') return R_HEREDOC;
    return R_IN;
  }
  rkind k = (n >= 2 && o[1] == '>') || (n >= 3 && o[0] == '&' && o[2] == '>') ? R_APPEND : R_OUT;
  return fd >= 0 && fd != 1 && o[0] != '&' ? R_FD : k;
}

/* Each command's redirections after its words (the order of its words is
 * kept), so a command is its words then its redirections. */
static void redirs_last(toks *t) {
  tok *tmp = base_xmalloc((t->n + 1) * sizeof *tmp);
  for (size_t a = 0; a < t->n;) {
    if (t->v[a].k != T_WORD && t->v[a].k != T_REDIR) {
      a++;
      continue;
    }
    size_t b = a, m = 0;
    while (b < t->n && (t->v[b].k == T_WORD || t->v[b].k == T_REDIR))
      b++;
    for (size_t q = a; q < b; q++)
      if (t->v[q].k == T_WORD) tmp[m++] = t->v[q];
    for (size_t q = a; q < b; q++)
      if (t->v[q].k == T_REDIR) tmp[m++] = t->v[q];
    memcpy(t->v + a, tmp, (b - a) * sizeof *tmp);
    a = b;
  }
  free(tmp);
}

static bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

static bool ends_word(char c) {
  return is_blank(c) || c == '\n' || c == ';' || c == '&' || c == '|' || c == '(' || c == ')' ||
         c == '<' || c == '>';
}

/* The end of the word at s[i] (BAD: unterminated). */
static size_t word_end(const char *s, size_t i, size_t n) {
  size_t st = i;
  while (i < n && !ends_word(s[i])) {
    char c = s[i];
    if (c == '\\')
      i = i + 2 <= n ? i + 2 : n;
    else if (c == '\'')
      i = skip_sq(s, i, n);
    else if (c == '"')
      i = skip_dq(s, i, n, 0);
    else if (c == '`')
      i = skip_bq(s, i, n);
    else if (c == '$')
      i = skip_dollar(s, i, n, 0);
    else if (c == IAC_CI_SH_MARK_OPEN)
      i = mark_end(s, i, n);
    else
      i++;
    if (i >= DEEP) return i;
    /* NAME=( ... ): an array, one word */
    if (i < n && s[i] == '(' && i > st && s[i - 1] == '=') {
      int depth = 0;
      while (i < n) {
        if (s[i] == '(') depth++;
        if (s[i] == ')' && --depth == 0) break;
        i++;
      }
      if (i >= n) return BAD;
      i++;
    }
  }
  return i;
}

static uint32_t lines_in(const char *s, size_t n) {
  uint32_t l = 0;
  for (size_t i = 0; i < n; i++)
    l += s[i] == '\n';
  return l;
}

static const char *unterminated(size_t why) {
  return why == DEEP ? "quotes and substitutions nested more than 64 deep"
                     : "a quote or substitution that is never closed";
}

/* Splits s[0..n) into tokens: words, operators and each redirection (its
 * target word, a here-document's body on it), a command's redirections after
 * its words. */
static void lex(const char *s, size_t n, toks *t) {
  uint32_t line = 1;
  /* here-documents whose bodies start after this line */
  const char *hd[16];
  size_t hdn[16];
  bool hd_tabs[16];
  size_t hd_tok[16]; /* the T_REDIR token each body belongs to */
  int n_hd = 0;
  int fd = -1; /* the descriptor digits just before a redirection (2>) */
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (is_blank(c)) {
      i++;
      continue;
    }
    if (c == '\\' && i + 1 < n && s[i + 1] == '\n') {
      i += 2, line++;
      continue;
    }
    if (c == '#') {
      while (i < n && s[i] != '\n')
        i++;
      continue;
    }
    if (c == '\n') {
      add_tok(t, T_SEP, s + i, 1, line);
      i++, line++;
      for (int h = 0; h < n_hd; h++) { /* skip the bodies, kept on their tokens */
        size_t body = i, body_end = n; /* no delimiter: the body runs to the end, as in bash */
        while (i < n) {
          const char *eol = memchr(s + i, '\n', n - i);
          size_t e = eol ? (size_t)(eol - s) : n;
          size_t b = i;
          if (hd_tabs[h])
            while (b < e && s[b] == '\t')
              b++;
          bool end = e - b == hdn[h] && !memcmp(s + b, hd[h], hdn[h]);
          if (end) body_end = i;
          i = e < n ? e + 1 : n;
          line++;
          if (end) break;
        }
        t->v[hd_tok[h]].body = s + body;
        t->v[hd_tok[h]].body_n = (uint32_t)(body_end - body);
      }
      for (int h = 0; h < n_hd; h++)
        free((char *)hd[h]);
      n_hd = 0;
      continue;
    }
    if (c == ';') {
      if (i + 1 < n && (s[i + 1] == ';' || s[i + 1] == '&')) {
        add_tok(t, T_DSEMI, s + i, 2, line);
        i += 2 + (i + 2 < n && s[i + 2] == '&');
      } else
        add_tok(t, T_SEP, s + i, 1, line), i++;
      continue;
    }
    if (c == '&' && i + 1 < n && s[i + 1] == '&') {
      add_tok(t, T_AND, s + i, 2, line), i += 2;
      continue;
    }
    if (c == '&' && !(i + 1 < n && s[i + 1] == '>')) { /* CMD &: in the background, then on */
      add_tok(t, T_SEP, s + i, 1, line), i++;
      continue;
    }
    if (c == '|') {
      if (i + 1 < n && s[i + 1] == '|')
        add_tok(t, T_OR, s + i, 2, line), i += 2;
      else
        add_tok(t, T_PIPE, s + i, 1, line), i += 1 + (i + 1 < n && s[i + 1] == '&');
      continue;
    }
    if (c == '(' || c == ')') {
      add_tok(t, c == '(' ? T_LP : T_RP, s + i, 1, line), i++;
      continue;
    }
    if (c == '<' || c == '>' || (c == '&' && i + 1 < n && s[i + 1] == '>')) {
      /* a redirection: the operator and its target word */
      bool heredoc = c == '<' && i + 1 < n && s[i + 1] == '<' && !(i + 2 < n && s[i + 2] == '<');
      bool tabs = heredoc && i + 2 < n && s[i + 2] == '-';
      size_t op = i;
      while (i < n && (s[i] == '<' || s[i] == '>' || s[i] == '&' || s[i] == '|' || s[i] == '-'))
        i++;
      rkind rk = redir_kind(s + op, i - op, fd);
      int wfd = fd;
      fd = -1;
      while (i < n && is_blank(s[i]))
        i++;
      if (i < n && isdigit((unsigned char)s[i]) && i > 0 && s[i - 1] == '&') { /* >&2 */
        while (i < n && isdigit((unsigned char)s[i]))
          i++;
        continue;
      }
      size_t st = i, e = word_end(s, i, n);
      if (e >= DEEP) {
        t->bad_line = line, t->bad = unterminated(e);
        break;
      }
      i = e;
      add_tok(t, T_REDIR, s + st, e - st, line);
      tok *r = &t->v[t->n - 1];
      r->rop = (uint8_t)rk;
      r->fd = wfd;
      r->tabs = tabs;
      if (heredoc && n_hd < 16) { /* the delimiter, quotes removed */
        char *copy = base_xmalloc(e - st + 1);
        size_t m = 0;
        for (size_t k = st; k < e; k++)
          if (s[k] != '\'' && s[k] != '"' && s[k] != '\\') copy[m++] = s[k];
        copy[m] = 0;
        if (m != e - st) r->rop = R_HEREDOC_LIT;
        hd[n_hd] = copy;
        hdn[n_hd] = m;
        hd_tok[n_hd] = t->n - 1;
        hd_tabs[n_hd++] = tabs;
      }
      continue;
    }
    size_t e = word_end(s, i, n);
    if (e >= DEEP) {
      t->bad_line = line, t->bad = unterminated(e);
      break;
    }
    if (e == i) { /* a character that ends a word and no branch above takes: never loop on it */
      i++;
      continue;
    }
    /* fd digits glued to a redirection (2>&1): not a word */
    bool is_fd = e < n && (s[e] == '<' || s[e] == '>');
    for (size_t k = i; k < e && is_fd; k++)
      is_fd = isdigit((unsigned char)s[k]);
    if (is_fd)
      fd = e - i <= 4 ? atoi(s + i) : 9999;
    else
      add_tok(t, T_WORD, s + i, e - i, line);
    line += lines_in(s + i, e - i);
    i = e;
  }
  for (int h = 0; h < n_hd; h++)
    free((char *)hd[h]);
  redirs_last(t);
}

/* ---- expansion ---------------------------------------------------------------------------- */

typedef struct fields {
  const char *v[SH_MAX_WORDS];
  int n;
  bool dropped; /* more than SH_MAX_WORDS */
} fields;

typedef struct exp {
  iac_ci_sh *sh;
  buf b;
  bool has;   /* the field has content (or an empty quoted string) */
  bool split; /* unquoted expansions split into fields */
  fields *out;
  uint32_t line;
  bool over;
  bool heredoc; /* a here-document's body: as inside "", but " and ' are plain */
} exp;

static void run_text(iac_ci_sh *sh, const char *text, size_t len, uint32_t line0);

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void flush(exp *e) {
  if (e->b.over) e->over = true;
  if (!e->has || !e->out) return;
  if (e->out->n >= SH_MAX_WORDS) {
    e->out->dropped = true;
  } else
    e->out->v[e->out->n++] = base_arena_strndup(A(e->sh), e->b.s ? e->b.s : "", e->b.n);
  e->b.n = 0;
  e->has = false;
}

/* A value put into the word: split on blanks when unquoted. */
static void put_value(exp *e, const char *v, size_t n, bool quoted) {
  if (quoted || !e->split) {
    put(&e->b, v, n);
    e->has = true;
    return;
  }
  for (size_t i = 0; i < n;) {
    if (v[i] == IAC_CI_SH_MARK_OPEN ||
        (v[i] == '$' && i + 2 < n && v[i + 1] == '{' && v[i + 2] == '{')) {
      /* an unknown part, or GitHub's ${{ }} (substituted before the shell) */
      size_t m = v[i] == '$' ? skip_dollar(v, i, n, 0) : mark_end(v, i, n);
      if (m >= DEEP) m = n;
      put(&e->b, v + i, m - i);
      e->has = true;
      i = m;
    } else if (v[i] == ' ' || v[i] == '\t' || v[i] == '\n') {
      flush(e);
      i++;
    } else {
      putc_(&e->b, v[i++]);
      e->has = true;
    }
  }
}

static const char *expand_str(iac_ci_sh *sh, const char *s, size_t n, uint32_t line);

/* A subshell running text: its pushes count, its changes do not. */
static void subshell(iac_ci_sh *sh, const char *text, size_t len, uint32_t line) {
  sh_var *vars = sh->vars;
  int n_vars = sh->n_vars;
  const char *cwd = sh->cwd;
  bool stop = sh->stop;
  if (sh->nest >= SH_MAX_NEST) {
    warn(sh, line, "commands nested more than 8 deep (bash -c, $(...), eval): not read");
    return;
  }
  sh->nest++;
  run_text(sh, text, len, line);
  sh->nest--;
  sh->vars = vars;
  sh->n_vars = n_vars;
  sh->cwd = cwd;
  sh->stop = stop;
}

/* Names an arithmetic text assigns (`x=1`, `x+=2`, `x++`, `--x`) become unknown. */
static void arith_assigns(iac_ci_sh *sh, const char *s, size_t n, uint32_t line) {
  for (size_t i = 0; i < n;) {
    size_t l = name_len(s + i, n - i);
    if (!l || (i && name_char(s[i - 1]))) {
      i++;
      continue;
    }
    size_t k = i + l;
    while (k < n && is_blank(s[k]))
      k++;
    bool set = (k < n && s[k] == '=' && !(k + 1 < n && s[k + 1] == '=')) ||
               (k + 1 < n && strchr("+-*/%&|^", s[k]) && s[k + 1] == '=') ||
               (k + 1 < n && (s[k] == '+' || s[k] == '-') && s[k + 1] == s[k]) ||
               (i >= 2 && (s[i - 1] == '+' || s[i - 1] == '-') && s[i - 2] == s[i - 1]);
    if (set)
      forget(
          sh, s + i, l,
          base_arena_printf(A(sh), "%.*s is set by arithmetic at %s", (int)l, s + i, loc(sh, line)),
          line);
    i += l;
  }
}

/* ${...}: inner is what is between the braces. */
static void param(exp *e, const char *raw, size_t rn, const char *in, size_t n, bool quoted) {
  iac_ci_sh *sh = e->sh;
  size_t l = name_len(in, n);
  bool positional = !l && n && isdigit((unsigned char)in[0]);
  if (positional)
    while (l < n && isdigit((unsigned char)in[l]))
      l++;
  const char *op = in + l;
  size_t opn = n - l;
  if (!l) { /* ${#X}, ${!X}, ${@}: not evaluated */
    mark(sh, &e->b,
         base_arena_printf(A(sh), "%.*s at %s is not evaluated", (int)rn, raw, loc(sh, e->line)),
         raw, rn);
    e->has = true;
    return;
  }
  sh_var *v = positional || sh->full ? NULL : lookup(sh, in, l);
  const char *val = NULL; /* the variable's value; NULL: unset */
  bool env = false;       /* never set here: the environment's */
  const char *why = NULL;
  if (sh->full)
    why = "limit exceeded: more than 1024 shell assignments";
  else if (positional) {
    long k = strtol(in, NULL, 10);
    if (sh->func)
      why = base_arena_printf(A(sh), "$%ld is a parameter of function %s", k, sh->func);
    else if (!sh->argv && sh->args_why)
      why = sh->args_why;
    else if (k == 0)
      why = "$0 is the script's name as it was run";
    else
      val = k <= sh->argc ? sh->argv[k - 1] : NULL;
  } else if (sh->func) { /* only the environment's variables are what they were */
    bool set = v != NULL;
    const char *key = base_arena_strndup(A(sh), in, l);
    for (const name_set *ns = sh->assigned; ns && !set; ns = ns->up)
      set = ns->n && bsearch(&key, ns->v, ns->n, sizeof *ns->v, cmp_name);
    if (set)
      why = base_arena_printf(A(sh),
                              "%.*s is read inside function %s: its value depends on "
                              "where the function is called",
                              (int)l, in, sh->func);
    else
      env = true;
  } else
    env = !v, val = v ? v->val : NULL;
  if (env && sh->env_why && strncmp(in, "GITHUB_", 7) && strncmp(in, "RUNNER_", 7))
    why = base_arena_printf(A(sh), "%.*s may be set by %s", (int)l, in, sh->env_why);
  if (why) {
    mark(sh, &e->b, why, raw, rn);
    e->has = true;
    return;
  }
  if (env) { /* as written: the rule judges the environment's variables */
    put(&e->b, raw, rn);
    e->has = true;
    if (opn >= 1 && (op[0] == '=' || (opn >= 2 && op[0] == ':' && op[1] == '=')))
      forget(sh, in, l,
             base_arena_printf(A(sh),
                               "%.*s is set by %.*s at %s only when the environment has "
                               "none",
                               (int)l, in, (int)rn, raw, loc(sh, e->line)),
             e->line);
    return;
  }
  if (!opn) {
    if (val) put_value(e, val, strlen(val), quoted);
    return;
  }
  bool colon = op[0] == ':';
  char o = colon && opn > 1 ? op[1] : op[0];
  size_t wst = colon ? 2 : 1;
  if (!strchr("-=+", o) || opn < wst) {
    mark(sh, &e->b,
         base_arena_printf(A(sh), "%.*s at %s is not evaluated", (int)rn, raw, loc(sh, e->line)),
         raw, rn);
    e->has = true;
    return;
  }
  bool empty = !val || (colon && !*val);
  const char *w = op + wst;
  size_t wn = opn - wst;
  if (o == '+') {
    if (!empty) {
      const char *x = expand_str(sh, w, wn, e->line);
      put_value(e, x, strlen(x), quoted);
    }
    return;
  }
  if (!empty) {
    put_value(e, val, strlen(val), quoted);
    return;
  }
  const char *x = expand_str(sh, w, wn, e->line);
  if (o == '=') assign(sh, in, l, x, false, e->line);
  put_value(e, x, strlen(x), quoted);
}

/* An expansion whose value the file does not show ($(( )), $( )): the text
 * as written goes into the word, marked unknown with "TEXT at FILE:LINE is
 * WHAT"; returns the length taken. */
static size_t put_opaque(exp *e, const char *raw, size_t n, const char *what) {
  iac_ci_sh *sh = e->sh;
  mark(sh, &e->b, base_arena_printf(A(sh), "%.*s at %s is %s", (int)n, raw, loc(sh, e->line), what),
       raw, n);
  e->has = true;
  return n;
}

/* $NAME, $1, $@, $#, $?... at s[i] ('$'); returns the index past it. */
static size_t dollar(exp *e, const char *s, size_t i, size_t n, bool quoted) {
  iac_ci_sh *sh = e->sh;
  size_t end = skip_dollar(s, i, n, 0);
  if (end >= DEEP) end = n;
  if (i + 2 < n && s[i + 1] == '{' && s[i + 2] == '{') { /* GitHub's, as written */
    put(&e->b, s + i, end - i);
    e->has = true;
    return end;
  }
  if (i + 2 < n && s[i + 1] == '(' && s[i + 2] == '(') {
    arith_assigns(sh, s + i + 3, end >= i + 5 ? end - i - 5 : 0, e->line);
    return i + put_opaque(e, s + i, end - i, "arithmetic");
  }
  if (i + 1 < n && s[i + 1] == '(') {
    subshell(sh, s + i + 2, end >= i + 3 ? end - i - 3 : 0, e->line);
    return i + put_opaque(e, s + i, end - i, "the output of a command");
  }
  if (i + 1 < n && s[i + 1] == '{') {
    param(e, s + i, end - i, s + i + 2, end >= i + 3 ? end - i - 3 : 0, quoted);
    return end;
  }
  size_t l = i + 1 < n ? name_len(s + i + 1, n - i - 1) : 0;
  if (!l && i + 1 < n && isdigit((unsigned char)s[i + 1])) l = 1;
  if (l) {
    param(e, s + i, l + 1, s + i + 1, l, quoted);
    return i + 1 + l;
  }
  char c = i + 1 < n ? s[i + 1] : 0;
  if (c == '@' || c == '*' || c == '#') {
    if (sh->func || !sh->argv) {
      const char *why =
          sh->func ? base_arena_printf(A(sh), "$%c is the parameters of function %s", c, sh->func)
          : sh->args_why ? sh->args_why
                         : "the script's parameters are not known";
      mark(sh, &e->b, why, s + i, 2);
      e->has = true;
    } else if (c == '#') {
      char num[16];
      snprintf(num, sizeof num, "%d", sh->argc);
      put_value(e, num, strlen(num), true);
    } else
      for (int k = 0; k < sh->argc; k++) {
        if (k) put_value(e, " ", 1, quoted);
        put_value(e, sh->argv[k], strlen(sh->argv[k]), quoted);
      }
    return i + 2;
  }
  if (c == '?' || c == '$' || c == '!' || c == '-') {
    mark(sh, &e->b, base_arena_printf(A(sh), "$%c is set by the shell as it runs", c), s + i, 2);
    e->has = true;
    return i + 2;
  }
  putc_(&e->b, IAC_CI_SH_LITERAL_DOLLAR); /* a lone '$' is text */
  e->has = true;
  return i + 1;
}

/* Expands one word: quotes removed, parameters and substitutions expanded. */
static void expand(exp *e, const char *s, size_t n) {
  bool dq = e->heredoc;
  for (size_t i = 0; i < n && !e->b.over;) {
    char c = s[i];
    if (c == IAC_CI_SH_MARK_OPEN) {
      size_t m = mark_end(s, i, n);
      put(&e->b, s + i, m - i);
      e->has = true;
      i = m;
    } else if (c == '\'' && !dq) {
      size_t m = skip_sq(s, i, n);
      if (m >= DEEP) m = n + 1;
      put_literal(&e->b, s + i + 1, m - i - 2);
      e->has = true;
      i = m;
    } else if (c == '"' && !e->heredoc) {
      dq = !dq;
      e->has = true;
      i++;
    } else if (c == '\\') {
      if (i + 1 >= n) {
        i++;
        continue;
      }
      char x = s[i + 1];
      if (x == '\n') {
        i += 2;
        continue;
      }
      if (dq && !strchr(e->heredoc ? "$`\\" : "$`\"\\", x)) putc_(&e->b, '\\');
      putc_(&e->b, x == '$' && !gh_expr(s, i + 1, n) ? IAC_CI_SH_LITERAL_DOLLAR : x);
      e->has = true;
      i += 2;
    } else if (c == '$') {
      i = dollar(e, s, i, n, dq);
    } else if (c == '`') {
      size_t m = skip_bq(s, i, n);
      if (m >= DEEP) m = n;
      subshell(e->sh, s + i + 1, m > i + 1 ? m - i - 2 : 0, e->line);
      mark(e->sh, &e->b,
           base_arena_printf(A(e->sh), "%.*s at %s is the output of a command", (int)(m - i), s + i,
                             loc(e->sh, e->line)),
           s + i, m - i);
      e->has = true;
      i = m;
    } else {
      putc_(&e->b, reader_byte(c) ? '_' : c);
      e->has = true;
      i++;
    }
  }
}

/* Accounts for the pipeline file's expansion budget: false when spent. */
static bool spend(iac_ci_sh *sh, size_t n, uint32_t line) {
  iac_ci_sh_reasons *r = reasons(sh->h);
  r->expanded += n;
  if (r->expanded <= SH_MAX_EXPANDED) return true;
  if (!r->warned)
    warn(sh, line, "more than 16 MB of expanded shell words: later words are not read");
  r->warned = true;
  return false;
}

/* One word expanded without splitting, in the arena (assignment values,
 * ${X:-word}, here-strings). Past the size limit: unknown. */
static const char *expand_text(iac_ci_sh *sh, const char *s, size_t n, uint32_t line,
                               bool heredoc) {
  exp e = {.sh = sh, .line = line, .heredoc = heredoc};
  expand(&e, s, n);
  const char *r;
  if (e.b.over || !spend(sh, e.b.n, line)) {
    buf b = {0};
    mark(sh, &b,
         base_arena_printf(A(sh), "limit exceeded: the value at %s is longer than 65536 bytes",
                           loc(sh, line)),
         s, n < 64 ? n : 64);
    r = base_arena_strndup(A(sh), b.s, b.n);
    free(b.s);
  } else
    r = base_arena_strndup(A(sh), e.b.s ? e.b.s : "", e.b.n);
  free(e.b.s);
  return r;
}

static const char *expand_str(iac_ci_sh *sh, const char *s, size_t n, uint32_t line) {
  return expand_text(sh, s, n, line, false);
}

/* Words expanded into fields (unquoted expansions split). */
static void expand_words(iac_ci_sh *sh, const tok *w, int n, fields *out) {
  out->n = 0;
  out->dropped = false;
  for (int k = 0; k < n; k++) {
    exp e = {.sh = sh, .split = true, .out = out, .line = w[k].line};
    expand(&e, w[k].s, w[k].n);
    if (e.b.over || !spend(sh, e.b.n, w[k].line)) {
      e.b.over = false;
      e.b.n = 0;
      mark(sh, &e.b,
           base_arena_printf(A(sh), "limit exceeded: the word at %s is longer than 65536 bytes",
                             loc(sh, w[k].line)),
           w[k].s, w[k].n < 64 ? w[k].n : 64);
      e.has = true;
    }
    flush(&e);
    free(e.b.s);
  }
}

/* ---- commands ----------------------------------------------------------------------------- */

static bool is(const char *w, const char *x) {
  return !strcmp(w, x);
}

static bool has_mark(const char *w) {
  return strchr(w, IAC_CI_SH_MARK_OPEN) != NULL;
}

/* How a command is run: what its prefixes said. */
typedef struct how {
  const char *sudo_why; /* sudo without -E: the environment may be reset */
  bool clear;           /* env -i */
  const tok *assigns;   /* NAME=VALUE words before the command (unexpanded) */
  int n_assigns;
  const char *env[16]; /* env NAME=VALUE (expanded) */
  int n_env;
} how;

static void child_env(iac_ci_sh *sh, iac_ci_sh *c, const how *hw) {
  for (int k = 0; k < hw->n_assigns; k++) { /* X=1 ./x.sh: in its environment */
    const tok *a = &hw->assigns[k];
    const char *eq = memchr(a->s, '=', a->n);
    size_t nl = (size_t)(eq - a->s);
    if (nl && a->s[nl - 1] == '+') nl--;
    assign(c, a->s, nl, expand_str(sh, eq + 1, a->n - (size_t)(eq + 1 - a->s), a->line), true,
           a->line);
  }
  for (int k = 0; k < hw->n_env; k++) {
    const char *eq = strchr(hw->env[k], '=');
    size_t nl = name_len(hw->env[k], (size_t)(eq - hw->env[k]));
    if (nl && hw->env[k] + nl == eq)
      assign(c, hw->env[k], nl, base_arena_strdup(A(sh), eq + 1), true, 0);
  }
}

/* A child shell (a script or `bash -c`): the exported variables, the others
 * the caller set unknown; sudo: every one unknown; env -i: none; then the
 * command's own assignments. */
static iac_ci_sh *child(iac_ci_sh *sh, const how *hw) {
  iac_ci_sh *c = base_arena_calloc(A(sh), sizeof *c);
  c->h = sh->h;
  c->cwd = sh->cwd;
  c->nest = sh->nest;
  c->full = sh->full;
  c->cond = sh->cond;
  c->env_why = sh->env_why;
  const char *sudo_why = hw->sudo_why;
  if (hw->clear) {
    child_env(sh, c, hw);
    return c;
  }
  enum { MAX_NAMES = SH_MAX_VARS };
  const char **names = base_xmalloc(MAX_NAMES * sizeof *names);
  int k = 0;
  sh_var *rev = NULL; /* oldest first, so the child's list keeps the order */
  for (sh_var *v = sh->vars; v && k < MAX_NAMES; v = v->next) {
    bool seen = false;
    for (int i = 0; i < k && !seen; i++)
      seen = names[i] == v->name;
    if (seen) continue;
    names[k++] = v->name;
    sh_var *x = base_arena_alloc(A(sh), sizeof *x);
    *x = *v;
    x->next = rev;
    rev = x;
  }
  free(names);
  c->file = sh->file;
  for (sh_var *v = rev; v; v = v->next) {
    if (!v->val && v->exported) continue; /* unset */
    size_t nl = strlen(v->name);
    if (sudo_why && v->exported)
      forget(c, v->name, nl, base_arena_printf(A(sh), "%s %s", v->name, sudo_why), 0);
    else if (v->exported)
      assign(c, v->name, nl, v->val, true, 0);
    else if (v->val)
      forget(c, v->name, nl,
             base_arena_printf(A(sh),
                               "%s is set at %s without export: a script it runs sees it "
                               "only if it was in the environment already",
                               v->name, v->where),
             0);
  }
  child_env(sh, c, hw);
  c->file = NULL;
  return c;
}

/* The location of a command at line (for the host). */
static const doc_node *at_line(iac_ci_sh *sh, uint32_t line) {
  return sh->at ? sh->at : iac_doc_null(A(sh), line, 1);
}

/* Reads a script the shell runs or sources (path expanded, relative to the
 * working directory); into is the shell that runs it. */
static bool script(iac_ci_sh *sh, iac_ci_sh *into, const char *path, const char *const *argv,
                   int argc) {
  if (has_mark(path) || strchr(path, '$') || strchr(path, IAC_CI_SH_LITERAL_DOLLAR) ||
      path[0] == '/' || !sh->cwd || !sh->h->enter)
    return false;
  const char *full = *sh->cwd ? base_arena_printf(A(sh), "%s/%s", sh->cwd, path) : path;
  size_t len;
  const char *rel = NULL;
  const char *text = sh->h->enter(sh->h->ctx, full, strlen(full), &len, &rel);
  if (!text) return false;
  const char *file = into->file;
  const doc_node *at = into->at;
  uint32_t first = into->first_line;
  const char *const *av = into->argv;
  int ac = into->argc;
  const char *aw = into->args_why;
  const char *func = into->func;
  const name_set *as = into->assigned;
  bool stop = into->stop;
  into->file = rel;
  into->at = NULL;
  into->first_line = 1;
  into->func = NULL;
  if (argv) {
    into->argv = argv;
    into->argc = argc;
    into->args_why = NULL;
  }
  char *clean = clean_input(text, len);
  run_text(into, clean ? clean : text, len, 1);
  free(clean);
  into->file = file;
  into->at = at;
  into->first_line = first;
  into->argv = av;
  into->argc = ac;
  into->args_why = aw;
  into->func = func;
  into->assigned = as;
  into->stop = stop;
  sh->h->leave(sh->h->ctx);
  return true;
}

/* export/declare/typeset/local/readonly ARGS */
static void declare(iac_ci_sh *sh, const fields *f, int i, bool export, uint32_t line) {
  const char *odd = NULL; /* an attribute that changes the value: -a -A -i -n -l -u */
  bool unexport = false;
  for (; i < f->n; i++) {
    const char *w = f->v[i];
    if (w[0] == '-' || w[0] == '+') {
      for (const char *p = w + 1; *p; p++) {
        if (*p == 'x') export = w[0] == '-';
        if (*p == 'n' && export) unexport = true;
        if (strchr("aAinlu", *p) && !(export && *p == 'n')) odd = w;
      }
      continue;
    }
    const char *eq = strchr(w, '=');
    size_t l = name_len(w, eq ? (size_t)(eq - w) : strlen(w));
    if (!l || (eq ? (size_t)(eq - w) != l : w[l])) continue;
    if (odd) {
      forget(sh, w, l,
             base_arena_printf(A(sh), "%.*s is declared %s at %s", (int)l, w, odd, loc(sh, line)),
             line);
      continue;
    }
    sh_var *v = lookup(sh, w, l);
    if (eq)
      assign(sh, w, l, base_arena_strdup(A(sh), eq + 1), export && !unexport, line);
    else if (unexport && v) {
      sh_var *x = assign(sh, w, l, v->val, false, line);
      if (x) x->exported = false;
    } else if (export && v)
      assign(sh, w, l, v->val, true, line);
    else if (export) { /* exported from the environment: still the environment's */
    }
  }
}

/* Names after read / mapfile / getopts / printf -v become unknown. */
static void read_names(iac_ci_sh *sh, const fields *f, int i, const char *what, uint32_t line) {
  bool any = false;
  for (; i < f->n; i++) {
    const char *w = f->v[i];
    if (w[0] == '-') {
      /* options with an argument: read -p -d -n -N -t -u -a, mapfile -d -n -O -s -u -C -c */
      if (strchr("pdnNtuOsCc", w[1]) && !w[2]) i++;
      if (w[1] == 'a' && !w[2] && i + 1 < f->n) {
        i++;
        size_t l = name_len(f->v[i], strlen(f->v[i]));
        if (l)
          forget(sh, f->v[i], l,
                 base_arena_printf(A(sh), "%s is %s at %s", f->v[i], what, loc(sh, line)), line);
        any = true;
      }
      continue;
    }
    size_t l = name_len(w, strlen(w));
    if (!l || w[l]) continue;
    forget(sh, w, l, base_arena_printf(A(sh), "%s is %s at %s", w, what, loc(sh, line)), line);
    any = true;
  }
  if (!any && !strcmp(what, "read from input"))
    forget(sh, "REPLY", 5,
           base_arena_printf(A(sh), "REPLY is read from input at %s", loc(sh, line)), line);
}

/* Every variable set here may have been changed by what runs at line. */
static void taint(iac_ci_sh *sh, const char *what, uint32_t line) {
  forget_since(sh, NULL, "%s may be changed by %s at %s", what, line);
}

/* `bash -c STRING [NAME ARGS...]` or `bash [opts] FILE ARGS`; i at the shell's name. */
static void shell_cmd(iac_ci_sh *sh, const fields *f, int i, const how *hw, uint32_t line) {
  bool c_mode = false;
  for (i++; i < f->n; i++) {
    const char *w = f->v[i];
    if (w[0] != '-' && w[0] != '+') break;
    if (is(w, "--")) {
      i++;
      break;
    }
    if (w[1] == '-') continue; /* --login, --norc */
    for (const char *p = w + 1; *p; p++) {
      if (*p == 'c') c_mode = true;
      if (*p == 'o' || *p == 'O') i++; /* -o pipefail */
    }
  }
  if (i >= f->n) return;
  iac_ci_sh *c = child(sh, hw);
  if (c_mode) {
    if (sh->nest >= SH_MAX_NEST) {
      warn(sh, line, "commands nested more than 8 deep (bash -c, $(...), eval): not read");
      return;
    }
    const char *text = f->v[i];
    c->argv = i + 2 < f->n ? f->v + i + 2 : NULL;
    c->argc = i + 2 < f->n ? f->n - i - 2 : 0;
    if (!c->argv) c->argv = (const char *const *)&f->v[f->n]; /* none */
    c->file = sh->file;
    c->at = sh->at ? sh->at : at_line(sh, line);
    c->first_line = sh->at ? sh->first_line + line - 1 : line;
    c->nest = sh->nest + 1;
    char *again = relex(text, strlen(text)); /* the child shell expands its '$' */
    run_text(c, again ? again : text, strlen(text), 1);
    free(again);
    return;
  }
  script(sh, c, f->v[i], f->v + i + 1, f->n - i - 1);
}

/* A path the first word of a command names as a script of the repository. */
static bool script_path(const char *t) {
  size_t tl = strlen(t);
  bool sh = tl > 3 && !strcmp(t + tl - 3, ".sh");
  return strchr(t, '/') && t[0] != '/' && (sh || !strncmp(t, "./", 2));
}

/* A simple command: fields f from index i on, after prefixes. */
static void command_fields(iac_ci_sh *sh, const fields *f, int i, uint32_t line, const doc_node *at,
                           const tok *assigns, int n_assigns) {
  how hw = {.assigns = assigns, .n_assigns = n_assigns};
  iac_ci_sh_host *h = sh->h;
  /* prefixes that run the rest as a command */
  while (i < f->n) {
    const char *w = f->v[i];
    if (is(w, "time") || is(w, "nohup") || is(w, "exec") || is(w, "command") || is(w, "builtin") ||
        is(w, "!")) {
      i++;
      while (i < f->n && f->v[i][0] == '-')
        i++;
    } else if (is(w, "sudo")) {
      bool keep = false;
      for (i++; i < f->n && f->v[i][0] == '-'; i++) {
        const char *o = f->v[i];
        if (is(o, "-E") || !strncmp(o, "--preserve-env", 14)) keep = true;
        if (strchr("ugpCDhrtTU", o[1]) && !o[2]) i++; /* an option's argument */
      }
      if (!keep)
        hw.sudo_why = base_arena_printf(A(sh), "may be reset by sudo at %s", loc(sh, line));
    } else if (is(w, "env")) {
      for (i++; i < f->n; i++) {
        const char *o = f->v[i];
        if (is(o, "-i") || is(o, "-") || is(o, "--ignore-environment"))
          hw.clear = true;
        else if (is(o, "-u") || is(o, "-C"))
          i++;
        else if (strchr(o, '=') && o[0] != '-') {
          if (hw.n_env < 16) hw.env[hw.n_env++] = o;
        } else if (o[0] != '-')
          break;
      }
    } else if (is(w, "nice") || is(w, "timeout")) {
      for (i++; i < f->n && f->v[i][0] == '-'; i++)
        if (!strchr(f->v[i], '=') && strchr("nsk", f->v[i][1]) && !f->v[i][2]) i++;
      if (is(w, "timeout") && i < f->n) i++; /* the duration */
    } else
      break;
  }
  if (i >= f->n) return;
  const char *w = f->v[i];
  uint32_t l = line;
  if (is(w, "export") || is(w, "declare") || is(w, "typeset") || is(w, "local") ||
      is(w, "readonly")) {
    declare(sh, f, i + 1, is(w, "export"), l);
    return;
  }
  if (is(w, "read")) return read_names(sh, f, i + 1, "read from input", l);
  if (is(w, "mapfile") || is(w, "readarray")) {
    read_names(sh, f, i + 1, "read from input", l);
    return;
  }
  if (is(w, "getopts")) {
    read_names(sh, f, i + 2, "set by getopts", l);
    forget(sh, "OPTARG", 6, base_arena_printf(A(sh), "OPTARG is set by getopts at %s", loc(sh, l)),
           l);
    return;
  }
  if (is(w, "printf") && i + 2 < f->n && is(f->v[i + 1], "-v")) {
    size_t nl = name_len(f->v[i + 2], strlen(f->v[i + 2]));
    if (nl)
      forget(sh, f->v[i + 2], nl,
             base_arena_printf(A(sh), "%s is set by printf -v at %s", f->v[i + 2], loc(sh, l)), l);
    return;
  }
  if (is(w, "let")) {
    for (int k = i + 1; k < f->n; k++)
      arith_assigns(sh, f->v[k], strlen(f->v[k]), l);
    return;
  }
  if (is(w, "unset")) {
    for (int k = i + 1; k < f->n; k++) {
      size_t nl = name_len(f->v[k], strlen(f->v[k]));
      if (nl && !f->v[k][nl]) assign(sh, f->v[k], nl, NULL, false, l);
    }
    return;
  }
  if (is(w, "shift")) {
    int by = i + 1 < f->n ? atoi(f->v[i + 1]) : 1;
    if (sh->argv && by >= 0) {
      by = by < sh->argc ? by : sh->argc;
      sh->argv += by;
      sh->argc -= by;
    }
    return;
  }
  if (is(w, "set")) {
    for (int k = i + 1; k < f->n; k++) {
      const char *o = f->v[k];
      if (is(o, "--")) { /* f is the next command's: the parameters are copied */
        int n = f->n - k - 1;
        const char **v = base_arena_alloc(A(sh), ((size_t)n + 1) * sizeof *v);
        for (int q = 0; q < n; q++)
          v[q] = f->v[k + 1 + q];
        sh->argv = v;
        sh->argc = n;
        sh->args_why = NULL;
        break;
      }
      if ((o[0] == '-' || o[0] == '+') && strchr(o, 'a') && o[1] != '-')
        sh->allexport = o[0] == '-';
      if (is(o, "-o") || is(o, "+o")) {
        if (k + 1 < f->n && is(f->v[k + 1], "allexport")) sh->allexport = o[0] == '-';
        k++;
      }
    }
    return;
  }
  if (is(w, "cd") || is(w, "pushd") || is(w, "popd")) {
    const char *d = i + 1 < f->n ? f->v[i + 1] : NULL;
    if (d && is(d, "--")) d = i + 2 < f->n ? f->v[i + 2] : NULL;
    if (!sh->cwd || is(w, "popd") || !d || d[0] == '/' || d[0] == '-' || d[0] == '~' ||
        has_mark(d) || strchr(d, '$')) {
      sh->cwd = NULL; /* not known: relative scripts are not read */
      return;
    }
    const char *p = base_path_join(A(sh), *sh->cwd ? sh->cwd : ".", d);
    sh->cwd = is(p, ".") ? "" : (!strcmp(p, "..") || !strncmp(p, "../", 3)) ? NULL : p;
    return;
  }
  if (is(w, "eval")) {
    buf b = {0};
    bool unknown = false;
    for (int k = i + 1; k < f->n; k++) {
      if (k > i + 1) putc_(&b, ' ');
      put(&b, f->v[k], strlen(f->v[k]));
      unknown |= has_mark(f->v[k]) || strchr(f->v[k], '$'); /* the environment's text */
    }
    if (b.n && sh->nest >= SH_MAX_NEST) {
      warn(sh, l, "commands nested more than 8 deep (bash -c, $(...), eval): not read");
      unknown = true;
    } else if (b.n) { /* in this shell: what it sets stays set */
      sh->nest++;
      char *again = relex(b.s, b.n); /* eval expands its '$' */
      run_text(sh, again ? again : b.s, b.n, l);
      free(again);
      sh->nest--;
    }
    free(b.s);
    if (unknown) taint(sh, "an eval of a text not known", l);
    return;
  }
  if (is(w, "source") || is(w, ".")) {
    if (i + 1 >= f->n) return;
    const char *const *argv = i + 2 < f->n ? f->v + i + 2 : NULL;
    /* A name without '/' is looked up in PATH (the runner's, not the
     * repository's) before bash's non-POSIX fallback to the working
     * directory, and never there by sh: which file it reads is not known. */
    if (!strchr(f->v[i + 1], '/') && !has_mark(f->v[i + 1])) {
      taint(sh,
            base_arena_printf(A(sh),
                              "`%s %s`, a name without '/' that the shell looks up in PATH "
                              "first (not read)",
                              w, f->v[i + 1]),
            l);
      return;
    }
    if (!script(sh, sh, f->v[i + 1], argv, f->n - i - 2))
      taint(sh,
            base_arena_printf(A(sh), "`%s %s`, which is not read", w,
                              iac_ci_sh_display(sh->h, f->v[i + 1], strlen(f->v[i + 1]))),
            l);
    return;
  }
  static const char *const shells[] = {"bash", "sh", "zsh", "dash", "ksh", NULL};
  for (int s = 0; shells[s]; s++)
    if (is(w, shells[s])) {
      shell_cmd(sh, f, i, &hw, l);
      return;
    }
  if (script_path(w)) {
    script(sh, child(sh, &hw), w, f->v + i + 1, f->n - i - 1);
    return;
  }
  if (h->command) h->command(h->ctx, f->v + i, f->n - i, at);
}

/* ---- $GITHUB_ENV ---------------------------------------------------------------------------- */

/* Copies w into b up to the end, a mark (unknown part) whole. */
static size_t put_marked(buf *b, const char *w, size_t i, size_t n) {
  size_t m = mark_end(w, i, n);
  put(b, w + i, m - i);
  return m;
}

/* What `printf FORMAT ARGS` writes (f->v[i] the format): %s and %% and the
 * escapes \n \t \\ \" \' are read, the format reused while arguments remain;
 * any other conversion: false. */
static bool printf_text(const fields *f, int i, buf *b) {
  const char *fmt = f->v[i];
  size_t fn = strlen(fmt);
  int a = i + 1;
  bool used;
  do {
    used = false;
    for (size_t p = 0; p < fn;) {
      char c = fmt[p];
      if (c == IAC_CI_SH_MARK_OPEN) {
        p = put_marked(b, fmt, p, fn);
      } else if (c == '\\' && p + 1 < fn) {
        char x = fmt[p + 1];
        const char *esc = x == 'n'             ? "\n"
                          : x == 't'           ? "\t"
                          : strchr("\\\"'", x) ? fmt + p + 1
                                               : NULL;
        if (!esc) return false;
        putc_(b, *esc);
        p += 2;
      } else if (c == '%' && p + 1 < fn && fmt[p + 1] == '%') {
        putc_(b, '%');
        p += 2;
      } else if (c == '%' && p + 1 < fn && fmt[p + 1] == 's') {
        if (a < f->n) put(b, f->v[a], strlen(f->v[a]));
        a++;
        used = true;
        p += 2;
      } else if (c == '%') {
        return false;
      } else {
        putc_(b, c);
        p++;
      }
    }
  } while (used && a < f->n && !b->over);
  return true;
}

/* What the command f (expanded, NULL: a compound command) with here-document
 * hd (or NULL) writes to standard output, into b; false when it is not known
 * from the file. */
static bool output_text(iac_ci_sh *sh, const fields *f, const tok *hd, uint32_t line, buf *b) {
  if (!f || !f->n) return false;
  const char *w = f->v[0];
  if (is(w, ":") || is(w, "true")) return true; /* nothing */
  if (is(w, "echo")) {
    int i = 1;
    bool nl = true, esc = false;
    for (; i < f->n && f->v[i][0] == '-' && f->v[i][1] &&
           strspn(f->v[i] + 1, "neE") == strlen(f->v[i] + 1);
         i++) {
      nl &= !strchr(f->v[i], 'n');
      esc |= strchr(f->v[i], 'e') != NULL;
    }
    for (int k = i; k < f->n; k++) {
      if (esc && strchr(f->v[k], '\\')) return false; /* echo -e escapes: not read */
      if (k > i) putc_(b, ' ');
      put(b, f->v[k], strlen(f->v[k]));
    }
    if (nl) putc_(b, '\n');
    return true;
  }
  if (is(w, "printf") && f->n >= 2 && f->v[1][0] != '-') return printf_text(f, 1, b);
  if (is(w, "cat") && (f->n == 1 || (f->n == 2 && is(f->v[1], "-"))) && hd) {
    if (!hd->body) return true; /* a here-document with no body: nothing */
    const char *body = hd->body;
    size_t bn = hd->body_n;
    char *stripped = NULL;
    if (hd->tabs) { /* <<-: each line's leading tabs removed */
      stripped = base_xmalloc(bn + 1);
      size_t m = 0;
      bool start = true;
      for (size_t k = 0; k < bn; k++) {
        if (start && body[k] == '\t') continue;
        start = body[k] == '\n';
        stripped[m++] = body[k];
      }
      body = stripped, bn = m;
    }
    const char *x = hd->rop == R_HEREDOC_LIT ? NULL : expand_text(sh, body, bn, line, true);
    if (x)
      put(b, x, strlen(x));
    else
      put_literal(b, body, bn);
    free(stripped);
    return true;
  }
  return false;
}

/* The redirections rd[0..nr) of the command f (NULL: a compound command)
 * that send its standard output to $GITHUB_ENV: what it writes, for the
 * host (iac_ci_sh_host.github_env). */
static void github_env_writes(iac_ci_sh *sh, const fields *f, const tok *rd, size_t nr,
                              uint32_t line) {
  if (!sh->h->github_env) return;
  const tok *hd = NULL;
  for (size_t q = 0; q < nr; q++)
    if (rd[q].rop == R_HEREDOC || rd[q].rop == R_HEREDOC_LIT || rd[q].rop == R_HERESTR ||
        rd[q].rop == R_IN)
      hd = rd[q].rop == R_HEREDOC || rd[q].rop == R_HEREDOC_LIT ? &rd[q] : NULL;
  for (size_t q = 0; q < nr; q++) {
    const tok *r = &rd[q];
    if (r->rop != R_OUT && r->rop != R_APPEND && r->rop != R_FD) continue;
    bool named = false; /* the target names GITHUB_ENV: expanded only then */
    for (size_t k = 0; k + 10 <= r->n && !named; k++)
      named = !memcmp(r->s + k, "GITHUB_ENV", 10);
    if (!named) continue;
    const char *target = expand_str(sh, r->s, r->n, r->line);
    if (!is(target, "$GITHUB_ENV") && !is(target, "${GITHUB_ENV}")) continue;
    const char *at = loc(sh, line);
    buf b = {0};
    const char *why = NULL;
    if (r->rop == R_FD)
      why = base_arena_printf(A(sh), "descriptor %d of a command at %s, sent to $GITHUB_ENV", r->fd,
                              at);
    else if (!output_text(sh, f, hd, line, &b))
      why = f && f->n ? base_arena_printf(A(sh),
                                          "`%s` at %s, which writes to $GITHUB_ENV what the "
                                          "file does not show",
                                          iac_ci_sh_display(sh->h, f->v[0], strlen(f->v[0])), at)
                      : base_arena_printf(A(sh),
                                          "a compound command at %s, whose output to $GITHUB_ENV "
                                          "is not read",
                                          at);
    else if (b.over)
      why = base_arena_printf(A(sh),
                              "a write to $GITHUB_ENV at %s longer than 65536 bytes "
                              "(limit exceeded)",
                              at);
    sh->h->github_env(sh->h->ctx,
                      why   ? NULL
                      : b.s ? b.s
                            : "",
                      why ? 0 : b.n, why, sh->cond, r->rop == R_OUT, at);
    free(b.s);
  }
}

/* ---- the interpreter ---------------------------------------------------------------------- */

typedef enum fkind { F_IF, F_LOOP, F_CASE, F_GROUP, F_SUB, F_FUNC, F_ANDOR } fkind;

typedef struct frame {
  fkind k;
  sh_var *mark; /* the variables when it opened */
  int n_vars;
  const char *cwd;
  uint32_t line;
  const char *func; /* F_FUNC: the enclosing function, restored at its end */
  bool body_paren;  /* F_FUNC whose body is ( ... ) */
} frame;

/* An assignment word: NAME=... or NAME+=...; *nl: the name's length. */
static bool assignment(const tok *w, size_t *nl) {
  size_t l = name_len(w->s, w->n);
  if (!l || l >= w->n) return false;
  *nl = l;
  return w->s[l] == '=' || (w->s[l] == '+' && l + 1 < w->n && w->s[l + 1] == '=');
}

static bool word_is(const tok *t, const char *x) {
  return t->k == T_WORD && strlen(x) == t->n && !memcmp(t->s, x, t->n);
}

/* Accounts for n tokens looked at ahead: false (and every variable unknown
 * from now on, with a warning) past SH_MAX_SCANNED. */
static bool ahead(iac_ci_sh *sh, size_t n, uint32_t line) {
  iac_ci_sh_reasons *r = reasons(sh->h);
  r->scanned += n;
  if (r->scanned <= SH_MAX_SCANNED) return true;
  if (!sh->full)
    warn(sh, line,
         "limit exceeded: more than 16M shell words looked at ahead: later values are "
         "not known");
  sh->full = true;
  return false;
}

/* Names assigned in tokens [from, to): a superset (assignment words, the
 * names after for/read/export...). */
static void names_in(iac_ci_sh *sh, const tok *t, size_t from, size_t to, const char ***out,
                     size_t *n) {
  size_t cap = 0;
  *out = NULL;
  *n = 0;
  if (!ahead(sh, to - from, t[from].line)) return; /* every variable is unknown now */
  for (size_t i = from; i < to; i++) {
    if (t[i].k != T_WORD) continue;
    size_t l = name_len(t[i].s, t[i].n);
    if (!l) continue;
    bool set = l < t[i].n && (t[i].s[l] == '=' || t[i].s[l] == '+');
    bool prev_kw = i > from && t[i - 1].k == T_WORD &&
                   (word_is(&t[i - 1], "for") || word_is(&t[i - 1], "read") ||
                    word_is(&t[i - 1], "export") || word_is(&t[i - 1], "local") ||
                    word_is(&t[i - 1], "declare") || word_is(&t[i - 1], "unset"));
    if (!set && !(prev_kw && l == t[i].n)) continue;
    const char **v = base_grow((void *)*out, &cap, *n + 1, sizeof **out);
    *out = v;
    v[(*n)++] = base_arena_strndup(A(sh), t[i].s, l);
  }
}

/* The token after the `done` that closes the loop opened at t[i]. */
static size_t loop_end(iac_ci_sh *sh, const tok *t, size_t i, size_t n) {
  int depth = 0;
  size_t from = i;
  for (; i < n; i++) {
    if ((i - from) % 4096 == 4095 && !ahead(sh, 4096, t[from].line)) return n;
    bool start = !i || t[i - 1].k != T_WORD || word_is(&t[i - 1], "do") ||
                 word_is(&t[i - 1], "then") || word_is(&t[i - 1], "else");
    if (!start) continue;
    if (word_is(&t[i], "do")) depth++;
    if (word_is(&t[i], "done") && --depth <= 0) return i + 1;
  }
  return n;
}

/* Every name the loop opened at t[i] may assign is unknown from its start
 * (while, until and for alike). */
static void forget_loop_names(iac_ci_sh *sh, const tok *t, size_t i, size_t n, uint32_t line) {
  const char **ln = NULL;
  size_t nln = 0;
  names_in(sh, t, i, loop_end(sh, t, i, n), &ln, &nln);
  for (size_t q = 0; q < nln; q++)
    forget(
        sh, ln[q], strlen(ln[q]),
        base_arena_printf(A(sh), "%s is assigned inside a loop at %s", ln[q], loc(sh, t[i].line)),
        line);
  free(ln);
}

static void pop(iac_ci_sh *sh, frame *f, uint32_t line) {
  switch (f->k) {
  case F_SUB:
    sh->vars = f->mark;
    sh->n_vars = f->n_vars;
    sh->cwd = f->cwd;
    break;
  case F_GROUP: break;
  case F_IF: forget_since(sh, f->mark, "%s is assigned inside %s at %s", "an if", f->line); break;
  case F_LOOP:
    forget_since(sh, f->mark, "%s is assigned inside %s at %s", "a loop", f->line);
    break;
  case F_CASE:
    forget_since(sh, f->mark, "%s is assigned inside %s at %s", "a case", f->line);
    break;
  case F_ANDOR:
    forget_since(sh, f->mark, "%s is assigned after %s at %s", "&& or ||", f->line);
    break;
  case F_FUNC: {
    const char *what = base_arena_printf(A(sh), "function %s", sh->func);
    forget_since(sh, f->mark, "%s is assigned inside %s at %s (it may be called later)", what,
                 f->line);
    sh->func = f->func;
    break;
  }
  }
  if (f->k != F_SUB && f->cwd != sh->cwd && f->k != F_GROUP) sh->cwd = NULL;
  (void)line;
}

/* Why a command inside the frames fr[0..nf) may not run (the outermost
 * frame that makes it conditional), else outer: for $GITHUB_ENV writes. */
static const char *cond_of(iac_ci_sh *sh, const frame *fr, int nf, const char *outer) {
  if (!sh->h->github_env) return outer;
  for (int q = 0; q < nf; q++) {
    const char *what = fr[q].k == F_IF      ? "inside an if"
                       : fr[q].k == F_LOOP  ? "inside a loop"
                       : fr[q].k == F_CASE  ? "inside a case"
                       : fr[q].k == F_ANDOR ? "after && or ||"
                       : fr[q].k == F_FUNC  ? "inside a function body"
                                            : NULL;
    if (what) return base_arena_printf(A(sh), "%s at %s", what, loc(sh, fr[q].line));
  }
  return outer;
}

static void run_text(iac_ci_sh *sh, const char *text, size_t len, uint32_t line0) {
  const char *outer_cond = sh->cond;
  toks t = {0};
  lex(text, len, &t);
  for (size_t q = 0; q < t.n; q++) /* lines of the text sh runs */
    t.v[q].line += line0 - 1;
  if (t.bad_line) t.bad_line += line0 - 1;
  /* the names a function body must not trust: this text's and the callers' */
  const name_set *as = sh->assigned;
  name_set here = {NULL, 0, as};
  if (t.n) names_in(sh, t.v, 0, t.n, &here.v, &here.n);
  if (here.n > 1) qsort(here.v, here.n, sizeof *here.v, cmp_name);
  sh->assigned = &here;

  frame fr[SH_MAX_FRAMES];
  int nf = 0;
  bool case_pattern = false;
  const char *func_pending = NULL;
  tkind prev = T_SEP;
  fields *f = base_xmalloc(sizeof *f);
  size_t end = t.n;
  if (t.bad_line) { /* the shell stops before the command with the broken word */
    while (end > 0 && t.v[end - 1].k != T_SEP)
      end--;
  }
  for (size_t i = 0; i < end && !sh->stop;) {
    tok *k = &t.v[i];
    uint32_t line = k->line;
    if (case_pattern) { /* skip `pattern)` */
      if (k->k == T_RP) case_pattern = false;
      if (word_is(k, "esac")) {
        case_pattern = false;
        if (nf && fr[nf - 1].k == F_CASE) pop(sh, &fr[--nf], line);
      }
      i++;
      continue;
    }
    if (k->k == T_LP) {
      if (nf < SH_MAX_FRAMES) {
        bool body = func_pending != NULL;
        fr[nf++] =
            (frame){body ? F_FUNC : F_SUB, sh->vars, sh->n_vars, sh->cwd, line, sh->func, body};
        if (body) sh->func = func_pending;
      }
      func_pending = NULL;
      prev = T_LP;
      i++;
      continue;
    }
    if (k->k == T_REDIR) { /* after a compound command (esac > f), or before any word */
      sh->cond = cond_of(sh, fr, nf, outer_cond);
      if (prev == T_WORD || prev == T_RP)
        github_env_writes(sh, NULL, k, 1, line);
      else {
        fields none = {.n = 0};
        static const char *const colon = ":";
        none.v[0] = colon; /* `> FILE` alone writes nothing, as `:` */
        none.n = 1;
        github_env_writes(sh, &none, k, 1, line);
      }
      sh->cond = outer_cond;
      i++;
      continue;
    }
    if (k->k == T_RP) {
      while (nf && fr[nf - 1].k == F_ANDOR)
        pop(sh, &fr[--nf], line);
      if (nf && (fr[nf - 1].k == F_SUB || (fr[nf - 1].k == F_FUNC && fr[nf - 1].body_paren)))
        pop(sh, &fr[--nf], line);
      i++;
      prev = T_RP;
      continue;
    }
    if (k->k != T_WORD) {
      while (k->k == T_DSEMI && nf && fr[nf - 1].k == F_ANDOR)
        pop(sh, &fr[--nf], line);
      if (k->k == T_DSEMI) { /* the next branch does not see this one's values */
        case_pattern = true;
        if (nf && fr[nf - 1].k == F_CASE)
          forget_since(sh, fr[nf - 1].mark, "%s is assigned inside %s at %s", "a case",
                       fr[nf - 1].line);
      }
      if (k->k == T_AND || k->k == T_OR) {
        if (!(nf && fr[nf - 1].k == F_ANDOR) && nf < SH_MAX_FRAMES)
          fr[nf++] = (frame){F_ANDOR, sh->vars, sh->n_vars, sh->cwd, line, NULL, false};
      } else if (nf && fr[nf - 1].k == F_ANDOR && k->k != T_PIPE)
        pop(sh, &fr[--nf], line);
      prev = k->k;
      i++;
      continue;
    }
    /* a simple command: words up to the next operator */
    size_t j = i;
    while (j < end && t.v[j].k == T_WORD)
      j++;
    size_t r0 = j; /* its redirections */
    while (j < end && t.v[j].k == T_REDIR)
      j++;
    bool pipe = prev == T_PIPE || (j < end && t.v[j].k == T_PIPE);
    tok *w = &t.v[i];
    int nw = (int)(r0 - i);
    /* keywords */
    while (nw > 0) {
      if (word_is(w, "if") || word_is(w, "while") || word_is(w, "until") || word_is(w, "{") ||
          word_is(w, "select")) {
        bool loop = !word_is(w, "if") && !word_is(w, "{");
        if (nf < SH_MAX_FRAMES) {
          bool body = word_is(w, "{") && func_pending;
          fkind fk = loop ? F_LOOP : word_is(w, "if") ? F_IF : body ? F_FUNC : F_GROUP;
          fr[nf++] = (frame){fk, sh->vars, sh->n_vars, sh->cwd, line, sh->func, false};
          if (body) sh->func = func_pending;
        }
        func_pending = NULL;
        if (loop) /* what the loop assigns is unknown from its start */
          forget_loop_names(sh, t.v, (size_t)(w - t.v), end, line);
        w++, nw--;
      } else if (word_is(w, "then") || word_is(w, "do") || word_is(w, "!")) {
        w++, nw--;
      } else if (word_is(w, "else") || word_is(w, "elif")) {
        while (nf && fr[nf - 1].k == F_ANDOR)
          pop(sh, &fr[--nf], line);
        if (nf && fr[nf - 1].k == F_IF) { /* this branch does not see the other's values */
          forget_since(sh, fr[nf - 1].mark, "%s is assigned inside %s at %s", "an if",
                       fr[nf - 1].line);
          if (sh->cwd != fr[nf - 1].cwd) sh->cwd = NULL;
        }
        w++, nw--;
      } else if (word_is(w, "fi") || word_is(w, "done") || word_is(w, "esac") || word_is(w, "}")) {
        while (nf && fr[nf - 1].k == F_ANDOR)
          pop(sh, &fr[--nf], line);
        if (nf) pop(sh, &fr[--nf], line);
        w++, nw--;
      } else if (word_is(w, "for")) {
        if (nf < SH_MAX_FRAMES)
          fr[nf++] = (frame){F_LOOP, sh->vars, sh->n_vars, sh->cwd, line, sh->func, false};
        forget_loop_names(sh, t.v, (size_t)(w - t.v), end, line);
        if (nw > 1) {
          size_t nl = name_len(w[1].s, w[1].n);
          if (nl)
            forget(sh, w[1].s, nl,
                   base_arena_printf(A(sh), "%.*s is a loop variable at %s", (int)nl, w[1].s,
                                     loc(sh, w[1].line)),
                   line);
        }
        nw = 0; /* the list is not run */
      } else if (word_is(w, "case")) {
        if (nf < SH_MAX_FRAMES)
          fr[nf++] = (frame){F_CASE, sh->vars, sh->n_vars, sh->cwd, line, sh->func, false};
        case_pattern = true;
        nw = 0;
      } else if (word_is(w, "function") && nw > 1) {
        func_pending = base_arena_strndup(A(sh), w[1].s, w[1].n);
        w += 2, nw -= 2;
        if (!nw && r0 == j && j + 1 < end && t.v[j].k == T_LP && t.v[j + 1].k == T_RP) j += 2;
      } else
        break;
    }
    /* NAME ( ) : a function definition */
    if (nw == 1 && r0 == j && j + 1 < end && t.v[j].k == T_LP && t.v[j + 1].k == T_RP) {
      func_pending = base_arena_strndup(A(sh), w->s, w->n);
      i = j + 2;
      prev = T_SEP;
      continue;
    }
    if (nw > 0 && !case_pattern) {
      int na = 0;
      size_t nl;
      while (na < nw && assignment(&w[na], &nl))
        na++;
      const doc_node *at = at_line(sh, line);
      sh_var *vars = sh->vars;
      int n_vars = sh->n_vars;
      const char *cwd = sh->cwd;
      if (na == nw) {
        for (int q = 0; q < na; q++) {
          assignment(&w[q], &nl);
          bool append = w[q].s[nl] == '+';
          const char *eq = w[q].s + nl + (append ? 2 : 1);
          size_t vn = w[q].n - (size_t)(eq - w[q].s);
          const char *val;
          if (vn && eq[0] == '(')
            val = NULL;
          else
            val = expand_str(sh, eq, vn, line);
          if (!val) {
            forget(
                sh, w[q].s, nl,
                base_arena_printf(A(sh), "%.*s is an array at %s", (int)nl, w[q].s, loc(sh, line)),
                line);
            continue;
          }
          if (append) {
            sh_var *old = lookup(sh, w[q].s, nl);
            if (old && old->val)
              val = base_arena_printf(A(sh), "%s%s", old->val, val);
            else if (!old)
              val = base_arena_printf(A(sh), "$%.*s%s", (int)nl, w[q].s, val);
          }
          assign(sh, w[q].s, nl, val, false, line);
        }
      } else {
        expand_words(sh, w + na, nw - na, f);
        if (f->dropped) warn(sh, line, "a command of more than 256 words: the rest is not read");
        sh->cond = cond_of(sh, fr, nf, outer_cond);
        command_fields(sh, f, 0, line, at, w, na);
        if (j > r0) github_env_writes(sh, f, t.v + r0, j - r0, line);
        sh->cond = outer_cond;
        if (f->n && is(f->v[0], "exit") && !nf) sh->stop = true;
      }
      if (pipe) { /* each part of a pipeline is a subshell */
        sh->vars = vars;
        sh->n_vars = n_vars;
        sh->cwd = cwd;
      }
    } else if (j > r0 && !case_pattern) { /* fi > FILE, done > FILE, } > FILE */
      sh->cond = cond_of(sh, fr, nf, outer_cond);
      github_env_writes(sh, NULL, t.v + r0, j - r0, line);
      sh->cond = outer_cond;
    }
    prev = T_WORD;
    i = j;
  }
  while (nf)
    pop(sh, &fr[--nf], t.n ? t.v[t.n - 1].line : 1);
  if (t.bad_line) {
    warn(sh, t.bad_line,
         base_arena_printf(A(sh), "shell: %s: the shell stops here, nothing after it is read",
                           t.bad));
    sh->stop = true;
  }
  free(f);
  free(t.v);
  sh->cond = outer_cond;
  sh->assigned = as;
  free(here.v);
}

iac_ci_sh *iac_ci_sh_new(iac_ci_sh_host *h, const char *wd) {
  iac_ci_sh *sh = base_arena_calloc(h->arena, sizeof *sh);
  sh->h = h;
  sh->cwd = wd ? base_path_normalise(h->arena, wd, true) : "";
  if (!strcmp(sh->cwd, ".")) sh->cwd = "";
  if (!strcmp(sh->cwd, "..") || !strncmp(sh->cwd, "../", 3) || sh->cwd[0] == '/') sh->cwd = NULL;
  static const char *const none[1] = {NULL};
  sh->argv = none; /* a step's script has no parameters */
  return sh;
}

void iac_ci_sh_env(iac_ci_sh *sh, const char *name, const char *value, const char *why) {
  size_t n = name_len(name, strlen(name));
  if (!n || name[n]) return; /* not a shell variable name: the shell cannot read it */
  if (value) {
    /* the marks' bytes are the reader's */
    char *v = base_arena_strdup(A(sh), value);
    for (char *p = v; *p; p++)
      if (reader_byte(*p)) *p = '_';
    assign(sh, name, n, v, true, 0);
  } else {
    forget(sh, name, n, why, 0);
    if (sh->vars && sh->vars->name && !strcmp(sh->vars->name, name)) sh->vars->exported = true;
  }
}

void iac_ci_sh_run(iac_ci_sh *sh, const char *text, size_t len, const char *file,
                   const doc_node *at, uint32_t first_line) {
  /* the marks' bytes are the reader's: the input's are read as '_' */
  char *clean = clean_input(text, len);
  if (clean) text = clean;
  sh->file = file;
  sh->at = at;
  sh->first_line = first_line;
  sh->stop = false;
  run_text(sh, text, len, 1);
  free(clean);
}

void iac_ci_sh_env_marked(iac_ci_sh *sh, const char *name, const char *value) {
  size_t n = name_len(name, strlen(name));
  if (!n || name[n]) return;
  assign(sh, name, n, value, true, 0);
}

void iac_ci_sh_env_unknown(iac_ci_sh *sh, const char *why) {
  forget_since(sh, NULL, "%s may be set by %s", why, 0);
  for (sh_var *v = sh->vars; v; v = v->next)
    v->exported = true;
  sh->env_why = why;
}
