/* pack_debug.c — queries over a pack's debug info (pack.h): which source
 * line an instruction comes from, which statement it belongs to, what a local
 * is called. For the tools (disasm, explain, coverage); the interpreter never
 * calls these. Every offset was checked by the verifier. */
#include <pthread.h>
#include <string.h>

#include "pack.h"

void vm_dbg_index_file(base_arena *a, vm_dbg_file *f) {
  uint32_t n = 1;
  for (const char *c = f->text, *e = f->text + f->len; (c = memchr(c, '\n', (size_t)(e - c))); c++)
    n++;
  f->line_off = base_arena_alloc(a, (n + 1) * sizeof *f->line_off);
  f->line_off[0] = 0;
  uint32_t k = 1;
  for (uint32_t i = 0; i < f->len; i++)
    if (f->text[i] == '\n') f->line_off[k++] = i + 1;
  f->line_off[k] = f->len + 1; /* one past the last line's (virtual) newline */
  f->n_line = n;
}

static const vm_dbg_sel *dsel(const vm_pack *p, uint32_t sel) {
  return p && p->debug && sel < p->n_sels ? &p->debug->sels[sel] : NULL;
}

const vm_dbg_line *vm_dbg_line_at(const vm_pack *p, uint32_t sel, uint32_t pc) {
  const vm_dbg_sel *d = dsel(p, sel);
  if (!d || !d->n_lines || d->lines[0].pc > pc) return NULL;
  uint32_t lo = 0, hi = d->n_lines; /* last entry with .pc <= pc */
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (d->lines[mid].pc <= pc)
      lo = mid;
    else
      hi = mid;
  }
  return &d->lines[lo];
}

const vm_dbg_stmt *vm_dbg_stmt_at(const vm_pack *p, uint32_t sel, uint32_t pc) {
  const vm_dbg_sel *d = dsel(p, sel);
  const vm_dbg_stmt *best = NULL;
  for (uint32_t i = 0; d && i < d->n_stmts && d->stmts[i].start <= pc; i++)
    best = &d->stmts[i];
  return best;
}

const vm_dbg_stmt *vm_dbg_stmt_ending(const vm_pack *p, uint32_t sel, uint32_t pc) {
  const vm_dbg_sel *d = dsel(p, sel);
  if (!d) return NULL;
  uint32_t lo = 0, hi = d->n_stmts; /* first statement with .end >= pc (ends ascend) */
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (d->stmts[mid].end < pc)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < d->n_stmts && d->stmts[lo].end == pc ? &d->stmts[lo] : NULL;
}

const char *vm_dbg_local_name(const vm_pack *p, uint32_t sel, uint32_t slot, uint32_t pc) {
  const vm_dbg_sel *d = dsel(p, sel);
  for (uint32_t i = 0; d && i < d->n_locals; i++)
    if (d->locals[i].slot == slot && d->locals[i].from <= pc && pc < d->locals[i].to)
      return d->locals[i].name;
  return NULL;
}

/* A loaded pack's line tables are made on first use: only the tools print
 * source lines, and indexing every file cost each scan's start-up a pass over
 * the stdlib's whole text. The table is derived data in the pack's arena,
 * filled once under a lock (tools may ask from several threads); nothing else
 * allocates from a loaded pack's arena while it runs. */
static void index_lazily(const vm_pack *p, const vm_dbg_file *f) {
  static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&lock);
  if (!f->line_off) vm_dbg_index_file((base_arena *)&p->arena, (vm_dbg_file *)f);
  pthread_mutex_unlock(&lock);
}

const char *vm_dbg_source_line(const vm_pack *p, uint32_t file, uint32_t line, uint32_t *len) {
  *len = 0;
  if (!p || !p->debug || file >= p->debug->n_files) return NULL;
  const vm_dbg_file *f = &p->debug->files[file];
  if (!f->line_off) index_lazily(p, f);
  if (!line || line > f->n_line) return NULL;
  uint32_t a = f->line_off[line - 1], b = f->line_off[line] - 1;
  if (b > a && f->text[b - 1] == '\r') b--;
  *len = b - a;
  return f->text + a;
}
