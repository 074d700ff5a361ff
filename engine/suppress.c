/* suppress.c — in-source suppressions (see suppress.h for the forms and rules).
 *
 * Directives are collected once per file (comments) and per resource
 * (CloudFormation Metadata) into a small table, then each fail/unknown result
 * looks for a directive naming its rule in the lines that apply to it. */
#include "suppress.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "directive.h"
#include "readfile.h"
#include "terraform.h"

enum { K_INLINE, K_CHECKOV, K_META, K_CHECKOV_META };
static const char *const kind_names[] = {"inline", "checkov", "metadata", "checkov"};

typedef struct sdir {
  const char *token, *reason;
  size_t token_len, reason_len;
  uint32_t line, col;
  uint8_t kind;
  bool used;
  size_t file; /* comment directives: index into files */
  size_t res;  /* Metadata directives: index of the resource; SIZE_MAX for comments */
} sdir;

typedef struct sfile {
  const char *path;
  const char *text;
  size_t len;
  char *owned;           /* text read from disk (Terraform) */
  uint8_t *comment_only; /* [line] 1 = the line holds only a comment (1-based) */
  uint32_t n_lines;
  bool hcl;
  uint32_t memo_decl, memo_end; /* the last block_end answer: results come by resource */
} sfile;

typedef struct sset {
  sdir *d;
  size_t n, cap;
  sfile *f;
  size_t nf, capf;
} sset;

/* Records one directive: what it names (token) and why (reason), located at
 * line:col. The caller sets where it came from (file or resource). */
static sdir *add_dir(sset *s, uint8_t kind, const char *token, size_t token_len, const char *reason,
                     size_t reason_len, uint32_t line, uint32_t col) {
  s->d = base_grow(s->d, &s->cap, s->n + 1, sizeof *s->d);
  sdir *d = &s->d[s->n++];
  memset(d, 0, sizeof *d);
  d->res = SIZE_MAX;
  d->kind = kind;
  d->token = token;
  d->token_len = token_len;
  d->reason = reason;
  d->reason_len = reason_len;
  d->line = line;
  d->col = col;
  return d;
}

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

static bool token_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == ':' || c == '-' || c == '/';
}

static const char *find(const char *s, const char *end, const char *needle) {
  size_t n = strlen(needle);
  for (; s + n <= end; s++)
    if (*s == needle[0] && !memcmp(s, needle, n)) return s;
  return NULL;
}

static void trim(const char **s, const char *end, size_t *len) {
  while (*s < end && is_space(**s))
    (*s)++;
  const char *e = end;
  while (e > *s && is_space(e[-1]))
    e--;
  *len = (size_t)(e - *s);
}

/* Directives inside one comment [c, end) on line `line` starting at column col0. */
static void parse_comment(sset *s, size_t file, const char *line_start, const char *c,
                          const char *end, uint32_t line) {
  const char *p = find(c, end, "vigil:ignore");
  if (p) {
    const char *q = p + strlen("vigil:ignore");
    if (q < end && *q == '=') q++;
    while (q < end && is_space(*q))
      q++;
    const char *tokens = q;
    while (q < end && (token_char(*q) || *q == ','))
      q++;
    const char *reason = q;
    size_t rlen;
    trim(&reason, end, &rlen);
    for (const char *t = tokens; t < q;) {
      const char *te = t;
      while (te < q && *te != ',')
        te++;
      if (te > t) {
        add_dir(s, K_INLINE, t, (size_t)(te - t), reason, rlen, line,
                (uint32_t)(p - line_start) + 1)
            ->file = file;
      }
      t = te + 1;
    }
  }
  p = find(c, end, "checkov:skip=");
  if (p) {
    const char *t = p + strlen("checkov:skip="), *te = t;
    while (te < end && token_char(*te) && *te != ':')
      te++;
    if (te > t) {
      const char *reason = te < end && *te == ':' ? te + 1 : te;
      size_t rlen;
      trim(&reason, end, &rlen);
      add_dir(s, K_CHECKOV, t, (size_t)(te - t), reason, rlen, line, (uint32_t)(p - line_start) + 1)
          ->file = file;
    }
  }
}

/* Start of the comment on [p, end), or NULL. Quotes are tracked so that a '#'
 * inside a string is not a comment; in YAML a quote only opens a scalar where
 * a scalar can start, so apostrophes in plain text do not hide comments. */
static const char *comment_start(const char *p, const char *end, bool hcl) {
  char q = 0;
  for (const char *c = p; c < end; c++) {
    if (q) {
      if (*c == '\\' && q == '"' && c + 1 < end)
        c++;
      else if (*c == '\'' && q == '\'' && c + 1 < end && c[1] == '\'')
        c++; /* YAML '' */
      else if (*c == q)
        q = 0;
      continue;
    }
    char prev = c > p ? c[-1] : ' ';
    bool at_start = is_space(prev) || strchr(":[{,(=-", prev);
    if (*c == '"' && (hcl || at_start))
      q = '"';
    else if (*c == '\'' && !hcl && at_start)
      q = '\'';
    else if (*c == '#' && (hcl || is_space(prev) || c == p))
      return c;
    else if (hcl && *c == '/' && c + 1 < end && c[1] == '/')
      return c;
  }
  return NULL;
}

static void scan_file(sset *s, size_t fi, bool hcl) {
  sfile *f = &s->f[fi];
  f->hcl = hcl;
  /* most files hold no directive: the line-by-line comment scan below costs
   * about as much as parsing them, and the table it builds (comment-only
   * lines) is only consulted for directives of the same file */
  if (!iac_text_may_hold_directive(f->text, f->len)) {
    f->n_lines = 0; /* no directive can name this file: no line table either */
    f->comment_only = NULL;
    return;
  }
  uint32_t lines = 1;
  for (size_t i = 0; i < f->len; i++)
    lines += f->text[i] == '\n';
  f->n_lines = lines;
  f->comment_only = base_xcalloc(lines + 2, 1);
  const char *p = f->text, *end = f->text + f->len;
  for (uint32_t line = 1; p <= end && line <= lines; line++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    const char *c = comment_start(p, le, hcl);
    if (c) {
      const char *b = p;
      while (b < c && is_space(*b))
        b++;
      f->comment_only[line] = b == c;
      if (find(c, le, "vigil:ignore") || find(c, le, "checkov:skip="))
        parse_comment(s, fi, p, c, le, line);
    }
    if (!nl) break;
    p = nl + 1;
  }
}

static const char *str_of(const doc_node *n, size_t *len) {
  if (!n || n->kind != DOC_STRING) return NULL;
  *len = n->len;
  return n->u.str;
}

/* CloudFormation Metadata: vigil.ignore [{rule, reason}] and checkov.skip [{id, comment}]. */
static void scan_metadata(sset *s, size_t res, const doc_node *body) {
  if (!body || body->kind != DOC_MAP) return;
  const doc_node *md = iac_map_get(body, "Metadata");
  if (!md || md->kind != DOC_MAP) return;
  static const struct {
    const char *tool, *list, *id, *reason;
    uint8_t kind;
  } forms[] = {{"vigil", "ignore", "rule", "reason", K_META},
               {"checkov", "skip", "id", "comment", K_CHECKOV_META}};
  for (size_t k = 0; k < 2; k++) {
    const doc_node *tool = iac_map_get(md, forms[k].tool);
    const doc_node *list = tool && tool->kind == DOC_MAP ? iac_map_get(tool, forms[k].list) : NULL;
    if (!list || list->kind != DOC_LIST) continue;
    for (uint32_t i = 0; i < list->len; i++) {
      const doc_node *it = list->u.items[i];
      size_t tl = 0, rl = 0;
      const char *tok = NULL, *why = NULL;
      if (it->kind == DOC_MAP) {
        tok = str_of(iac_map_get(it, forms[k].id), &tl);
        why = str_of(iac_map_get(it, forms[k].reason), &rl);
      } else {
        tok = str_of(it, &tl); /* a bare id is accepted too */
      }
      if (!tok) continue;
      add_dir(s, forms[k].kind, tok, tl, why ? why : "", why ? rl : 0, it->line, it->col)->res =
          res;
    }
  }
}

bool engine_suppress_rule_matches(const vm_rule *rule, const char *tok, size_t len) {
  if (strlen(rule->id) == len && !memcmp(rule->id, tok, len)) return true;
  for (uint32_t i = 0; i < rule->n_refs; i++) {
    const char *ref = rule->refs[i];
    size_t rl = strlen(ref);
    if (rl == len && !memcmp(ref, tok, len)) return true;
    const char *colon = strrchr(ref, ':');
    if (colon && strlen(colon + 1) == len && !memcmp(colon + 1, tok, len)) return true;
  }
  return false;
}

/* First line of the run of comment-only lines directly above `line`. */
static uint32_t run_above(const sfile *f, uint32_t line) {
  while (line > 1 && line - 1 <= f->n_lines && f->comment_only[line - 1])
    line--;
  return line;
}

static uint32_t run_below(const sfile *f, uint32_t line) {
  while (line + 1 <= f->n_lines && f->comment_only[line + 1])
    line++;
  return line;
}

/* Start of line `line` (1-based) in the text, or NULL past the end. */
static const char *line_at(const sfile *f, uint32_t line) {
  const char *p = f->text, *end = f->text + f->len;
  for (uint32_t l = 1; l < line; l++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) return NULL;
    p = nl + 1;
  }
  return p;
}

/* Last line of the HCL block declared on `decl`: its braces matched, skipping
 * strings (with ${ } inside), heredocs and comments. `decl` if none opens. */
static uint32_t hcl_block_end(const sfile *f, uint32_t decl) {
  const char *p = line_at(f, decl), *end = f->text + f->len;
  if (!p) return decl;
  uint32_t line = decl, depth = 0;
  bool opened = false;
  const char *heredoc = NULL; /* the closing marker while inside a heredoc */
  size_t heredoc_len = 0;
  for (; p < end; p++) {
    char c = *p;
    if (c == '\n') {
      line++;
      if (heredoc) { /* the marker alone on a line (indented for <<-) ends it */
        const char *q = p + 1;
        while (q < end && (*q == ' ' || *q == '\t'))
          q++;
        if ((size_t)(end - q) >= heredoc_len && !memcmp(q, heredoc, heredoc_len) &&
            (q + heredoc_len == end || q[heredoc_len] == '\n' || q[heredoc_len] == '\r'))
          heredoc = NULL;
      }
      continue;
    }
    if (heredoc) continue;
    if (c == '#' || (c == '/' && p + 1 < end && p[1] == '/')) {
      const char *nl = memchr(p, '\n', (size_t)(end - p));
      if (!nl) break;
      p = nl - 1;
    } else if (c == '/' && p + 1 < end && p[1] == '*') {
      for (p += 2; p + 1 < end && !(p[0] == '*' && p[1] == '/'); p++)
        line += *p == '\n';
      p++;
    } else if (c == '"') {
      for (p++; p < end && *p != '"' && *p != '\n'; p++)
        if (*p == '\\') p++;
    } else if (c == '<' && p + 2 < end && p[1] == '<') {
      const char *m = p + 2 + (p[2] == '-');
      const char *e = m;
      while (e < end && (isalnum((unsigned char)*e) || *e == '_'))
        e++;
      if (e > m) {
        heredoc = m;
        heredoc_len = (size_t)(e - m);
        p = e - 1;
      }
    } else if (c == '{') {
      depth++;
      opened = true;
    } else if (c == '}' && depth) {
      if (--depth == 0 && opened) return line;
    }
  }
  return opened ? line : decl;
}

static uint32_t indent_of(const char *p, const char *le) {
  uint32_t n = 0;
  while (p + n < le && (p[n] == ' ' || p[n] == '\t'))
    n++;
  return n;
}

/* Last line of the YAML block declared on `decl`: the lines indented deeper
 * than it (a document-level resource, at column 1, runs to the next `---`). */
static uint32_t yaml_block_end(const sfile *f, uint32_t decl) {
  const char *p = line_at(f, decl), *end = f->text + f->len;
  if (!p) return decl;
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  uint32_t base = indent_of(p, nl ? nl : end), last = decl, line = decl;
  while (nl) {
    p = nl + 1;
    line++;
    nl = memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    uint32_t ind = indent_of(p, le);
    if (p + ind == le || (line <= f->n_lines && f->comment_only[line])) {
      if (p + ind < le && (ind > base || base == 0)) last = line; /* a comment inside */
      continue;
    }
    if (base == 0 ? (le - p >= 3 && !memcmp(p, "---", 3)) : ind <= base) break;
    last = line;
  }
  return last;
}

static uint32_t block_end(sfile *f, uint32_t decl) {
  if (f->memo_decl != decl) {
    f->memo_decl = decl;
    f->memo_end = f->hcl ? hcl_block_end(f, decl) : yaml_block_end(f, decl);
  }
  return f->memo_end;
}

/* A directive applies to a finding on its line or in the comments above it,
 * and to every finding of a resource when it is anywhere in the resource's
 * block (Checkov's rule: a `#checkov:skip` inside the block skips the
 * resource), or in the comments directly above or below its declaration. */
static bool line_applies(sfile *f, uint32_t dl, uint32_t res_line, uint32_t finding_line) {
  if (finding_line && dl >= run_above(f, finding_line) && dl <= finding_line) return true;
  if (res_line && dl >= run_above(f, res_line) && dl <= run_below(f, res_line)) return true;
  if (res_line && dl > res_line && dl <= block_end(f, res_line)) return true;
  return false;
}

/* The directive suppressing `rule` for a finding on resource res (index), or NULL. */
static sdir *match(sset *s, size_t res, size_t file, uint32_t res_line, const vm_rule *rule,
                   uint32_t finding_line) {
  for (size_t i = 0; i < s->n; i++) {
    sdir *d = &s->d[i];
    if (d->res != SIZE_MAX ? d->res != res
                           : file == SIZE_MAX || d->file != file ||
                                 !line_applies(&s->f[file], d->line, res_line, finding_line))
      continue;
    if (engine_suppress_rule_matches(rule, d->token, d->token_len)) return d;
  }
  return NULL;
}

static void fill_hit(const sdir *d, engine_suppress_hit *hit) {
  hit->kind = kind_names[d->kind];
  hit->reason = d->reason;
  hit->reason_len = d->reason_len;
  hit->line = d->line;
  hit->col = d->col;
}

static void sset_free(sset *s) {
  for (size_t i = 0; i < s->nf; i++) {
    free(s->f[i].owned);
    free(s->f[i].comment_only);
  }
  free(s->f);
  free(s->d);
}

bool engine_suppress_lookup(const char *text, size_t len, bool hcl, const doc_node *body,
                            uint32_t res_line, const vm_rule *rule, uint32_t finding_line,
                            engine_suppress_hit *hit) {
  sset s = {0};
  size_t file = SIZE_MAX;
  if (text) {
    s.f = base_grow(s.f, &s.capf, 1, sizeof *s.f);
    memset(&s.f[0], 0, sizeof s.f[0]);
    s.f[0].text = text;
    s.f[0].len = len;
    s.nf = 1;
    file = 0;
    scan_file(&s, 0, hcl);
  }
  scan_metadata(&s, 0, body);
  sdir *d = match(&s, 0, file, res_line, rule, finding_line);
  if (d) fill_hit(d, hit);
  sset_free(&s);
  return d != NULL;
}

/* ---- per unit -------------------------------------------------------------------- */

static bool ends_with_path(const char *path, const char *rel) {
  size_t pl = strlen(path), rl = strlen(rel);
  if (rl > pl) return false;
  return !strcmp(path + pl - rl, rel) && (pl == rl || path[pl - rl - 1] == '/');
}

static bool hcl_name(const char *path) {
  const char *dot = strrchr(path, '.');
  return dot && (!strcmp(dot, ".tf") || !strcmp(dot, ".tfvars") || !strcmp(dot, ".hcl"));
}

/* A module file the Terraform loader read (its other files are not this
 * unit's text): read again for its comments, through base_read_file so a file
 * replaced by a FIFO or device since is refused, not blocked on. Lines are
 * counted in 32 bits. */
static char *slurp(const char *path, size_t *len) {
  const char *why;
  return base_read_file(path, CLI_SIZE_UNKNOWN, UINT32_MAX, len, &why);
}

/* index of the file holding `path`, loading and scanning it on first use */
static size_t file_index(sset *s, const iac_unit *u, const char *path) {
  for (size_t i = 0; i < s->nf; i++)
    if (!strcmp(s->f[i].path, path)) return i;
  sfile f = {0};
  f.path = path;
  if (u->text && (!u->path || !strcmp(u->path, path))) {
    f.text = u->text;
    f.len = u->text_len;
  } else if (hcl_name(path) && !iac_tf_unit_file_quiet(u, path)) {
    /* (a file the Terraform unit parsed without a directive in it holds none:
     * not read again) */
    f.owned = slurp(path, &f.len);
    f.text = f.owned;
  }
  if (!f.text) {
    f.text = "";
    f.len = 0;
  }
  s->f = base_grow(s->f, &s->capf, s->nf + 1, sizeof *s->f);
  s->f[s->nf] = f;
  scan_file(s, s->nf, hcl_name(path));
  return s->nf++;
}

/* report path of a file of the unit: r->file for a single file; for a
 * Terraform unit the scan's own mapping (a child module's file may lie outside
 * the root's directory), else r->file joined with the part below the unit's
 * directory */
static const char *report_path(const iac_unit *u, engine_unit_results *r, const char *path) {
  if (r->report_path) return r->report_path(r->report_ctx, path);
  size_t ul = u->path ? strlen(u->path) : 0;
  if (!u->text && ul && !strncmp(path, u->path, ul) && path[ul] == '/') {
    if (!r->file || !*r->file || !strcmp(r->file, "."))
      return base_arena_strdup(r->arena, path + ul + 1);
    return base_arena_printf(r->arena, "%s%s", r->file, path + ul);
  }
  return r->file ? r->file : path;
}

static size_t find_resource(const iac_unit *u, const engine_result *res) {
  size_t best = SIZE_MAX;
  for (size_t i = 0; i < u->n_resources; i++) {
    const iac_resource *ir = &u->resources[i];
    if (!ir->name || !res->resource || strcmp(ir->name, res->resource)) continue;
    /* several documents of a stream may reuse a name: the nearest one above */
    if (best == SIZE_MAX || (ir->line <= res->line && ir->line > u->resources[best].line)) best = i;
  }
  return best;
}

/* is there a rule in the pack that this token names? */
static bool pack_knows(const vm_pack *p, const char *tok, size_t len) {
  for (uint32_t i = 0; i < p->n_rules; i++)
    if (engine_suppress_rule_matches(&p->rules[i], tok, len)) return true;
  return false;
}

void engine_suppress_unit(const engine_suppress_options *o, const vm_pack *p, const iac_unit *u,
                          engine_unit_results *r) {
  if (o && o->no_inline) return;
  sset s = {0};
  /* every file holding a resource, and every resource's Metadata */
  for (size_t i = 0; i < u->n_resources; i++) {
    const iac_resource *ir = &u->resources[i];
    if (ir->file) file_index(&s, u, ir->file);
    if (ir->format == IAC_FMT_CLOUDFORMATION) scan_metadata(&s, i, ir->body);
  }
  if (!s.n) {
    sset_free(&s);
    return;
  }
  for (size_t i = 0; i < r->n_results; i++) {
    engine_result *res = &r->results[i];
    if (res->status != VM_FAIL && res->status != VM_UNKNOWN) continue;
    if (res->rule >= p->n_rules) continue;
    size_t ri = find_resource(u, res);
    if (ri == SIZE_MAX) continue;
    const iac_resource *ir = &u->resources[ri];
    size_t fi = ir->file ? file_index(&s, u, ir->file) : SIZE_MAX;
    uint32_t fl =
        res->file && ir->file && (u->text || ends_with_path(ir->file, res->file)) ? res->line : 0;
    sdir *d = match(&s, ri, fi, ir->line, &p->rules[res->rule], fl);
    if (!d) continue;
    d->used = true;
    res->status = VM_SUPPRESSED;
    res->suppression =
        d->reason_len ? base_arena_strndup(r->arena, d->reason, d->reason_len) : "no reason given";
    res->suppression_kind = kind_names[d->kind];
  }
  for (size_t i = 0; i < s.n; i++) {
    const sdir *d = &s.d[i];
    if (d->used) continue;
    bool checkov = d->kind == K_CHECKOV || d->kind == K_CHECKOV_META;
    if (checkov && !pack_knows(p, d->token, d->token_len)) continue;
    const char *path = d->res != SIZE_MAX ? u->resources[d->res].file : s.f[d->file].path;
    engine_unit_warn(r, path ? report_path(u, r, path) : r->file, d->line, d->col,
                     "suppression for %.*s matches nothing", (int)d->token_len, d->token);
  }
  sset_free(&s);
}
