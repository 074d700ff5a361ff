/* disasm.c — `vigil disasm`: the pack in readable form, like `luac -l`:
 * header, constants, then each rule's metadata and each selector's code with
 * offsets, opcode names, operands and what they resolve to. */
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "opcodes.h"
#include "pack.h"
#include "pack_format.h"
#include "value.h"

static void show_value(FILE *out, const doc_node *n) {
  char buf[120];
  vm_value v = vm_value_from_node(n, 0, 0);
  if (v.tag == VV_STR) { /* quoted, so "" and "1" read unambiguously */
    fputc('"', out);
    for (uint32_t i = 0; i < v.len && i < 100; i++) {
      unsigned char c = (unsigned char)v.u.s[i];
      if (c == '"' || c == '\\')
        fprintf(out, "\\%c", c);
      else if (c < 0x20 || c == 0x7f)
        fprintf(out, "\\x%02x", c);
      else
        fputc(c, out);
    }
    fputs(v.len > 100 ? "\"..." : "\"", out);
    return;
  }
  size_t len = vm_value_display(&v, buf, sizeof buf);
  fprintf(out, "%s%s", buf, len >= sizeof buf ? "..." : "");
}

/* "    ; FILE:LINE: source" before the first instruction of each source line:
 * an instruction belongs to the first line-table entry at or after it (the
 * entry marks the instruction that completes an expression). */
static void show_source(const vm_pack *p, uint32_t sel, uint32_t pc, uint32_t *cursor,
                        const vm_dbg_line **shown, FILE *out) {
  const vm_dbg_sel *d = p->debug ? &p->debug->sels[sel] : NULL;
  if (!d) return;
  while (*cursor < d->n_lines && d->lines[*cursor].pc < pc)
    ++*cursor;
  if (*cursor >= d->n_lines) return;
  const vm_dbg_line *x = &d->lines[*cursor];
  if (*shown && (*shown)->file == x->file && (*shown)->line == x->line) return;
  *shown = x;
  uint32_t len;
  const char *t = vm_dbg_source_line(p, x->file, x->line, &len);
  while (len && (*t == ' ' || *t == '\t'))
    t++, len--;
  fprintf(out, "    ; %s:%u: %.*s\n", p->debug->files[x->file].name, x->line, (int)len, t ? t : "");
}

static void show_local(const vm_pack *p, uint32_t sel, uint32_t slot, uint32_t pc, FILE *out) {
  const char *name = vm_dbg_local_name(p, sel, slot, pc);
  fprintf(out, "L%u", slot);
  if (name) fprintf(out, " (%s)", name);
}

static void disasm_code(const vm_pack *p, uint32_t sel, FILE *out) {
  const vm_selector *s = &p->sels[sel];
  const uint8_t *code = p->code + s->code_off;
  uint32_t cursor = 0;
  const vm_dbg_line *shown = NULL;
  for (uint32_t pc = 0; pc < s->code_len;) {
    show_source(p, sel, pc, &cursor, &shown, out);
    int op = code[pc];
    if (op >= VM_OP__COUNT) {
      fprintf(out, "    %04u  ??? %d\n", pc, op);
      return;
    }
    const vm_opinfo *oi = &vm_opinfo_table[op];
    if (pc + 1 + 4u * (uint32_t)oi->nops > s->code_len) {
      fprintf(out, "    %04u  %s (truncated)\n", pc, oi->name);
      return;
    }
    uint32_t a = oi->nops > 0 ? vm_rd32(code + pc + 1) : 0;
    uint32_t b = oi->nops > 1 ? vm_rd32(code + pc + 5) : 0;
    /* "    0001  FIELD 2" then, padded to a column, what the operands resolve to */
    char left[64];
    if (oi->nops == 0)
      snprintf(left, sizeof left, "    %04u  %s", pc, oi->name);
    else if (oi->nops == 1)
      snprintf(left, sizeof left, "    %04u  %-13s %u", pc, oi->name, a);
    else
      snprintf(left, sizeof left, "    %04u  %-13s %u %u", pc, oi->name, a, b);
    int padn = (int)strlen(left) < 32 ? 32 - (int)strlen(left) : 0;
    fputs(left, out);
    switch (op) {
    case VM_OP_CONST:
    case VM_OP_FIELD:
    case VM_OP_RESOURCES:
    case VM_OP_EMIT:
    case VM_OP_FACTS:
      fprintf(out, "%*s ; ", padn, "");
      if (a < p->n_consts) show_value(out, p->consts[a]);
      break;
    case VM_OP_FACTS_WHERE:
      fprintf(out, "%*s ; ", padn, "");
      if (a < p->n_consts) show_value(out, p->consts[a]);
      fputs(" where ", out);
      if (b < p->n_consts) show_value(out, p->consts[b]);
      break;
    case VM_OP_PARAM:
      if (a < p->n_params) fprintf(out, "%*s ; %s", padn, "", p->params[a].name);
      break;
    case VM_OP_CALL:
      if (a < VM_BI__COUNT)
        fprintf(out, "%*s ; %s/%d", padn, "", vm_builtin_table[a].name, vm_builtin_table[a].arity);
      break;
    case VM_OP_JMP:
    case VM_OP_JFALSE_KEEP:
    case VM_OP_JTRUE_KEEP:
    case VM_OP_JPRESENT_KEEP:
    case VM_OP_CHECK:
    case VM_OP_WHEN:
    case VM_OP_LOOP: fprintf(out, "%*s ; to %04u", padn, "", a); break;
    case VM_OP_NEXT:
      fprintf(out, "%*s ; ", padn, "");
      show_local(p, sel, a, pc, out);
      fprintf(out, ", done: to %04u", b);
      break;
    case VM_OP_LOAD:
    case VM_OP_STORE:
      fprintf(out, "%*s ; ", padn, "");
      show_local(p, sel, a, pc, out);
      break;
    default: break;
    }
    fputc('\n', out);
    pc += 1 + 4u * (uint32_t)oi->nops;
  }
}

/* The selectors sels[first .. first+n) of one rule or fact, with their code. */
static void disasm_sels(const vm_pack *p, uint32_t first, uint32_t n, FILE *out) {
  for (uint32_t j = 0; j < n && first + j < p->n_sels; j++) {
    const vm_selector *s = &p->sels[first + j];
    const char *fmt = s->format ? iac_format_name((iac_format)s->format) : "any";
    fprintf(out, "  selector %u: %s %s ", j, fmt, s->kind);
    for (uint32_t t = 0; t < s->n_types; t++)
      fprintf(out, "%s\"%s\"", t ? ", " : "", s->types[t]);
    fprintf(out, " (%u bytes at %u, %u locals, stack %u)\n", s->code_len, s->code_off,
            s->n_locals, s->max_stack);
    if (p->debug) {
      const vm_dbg_sel *d = &p->debug->sels[first + j];
      fprintf(out, "    ; %s:%u:%u\n", p->debug->files[d->file].name, d->line, d->col);
    }
    if (s->code_off <= p->code_len && s->code_len <= p->code_len - s->code_off)
      disasm_code(p, first + j, out);
  }
}

void vm_disasm(const vm_pack *p, FILE *out) {
  fprintf(out, "pack %s (format version %u)\n", p->digest[0] ? p->digest : "(not encoded)",
          VM_PACK_VERSION);
  fprintf(out, "%u constants, %u rules, ", p->n_consts, p->n_rules);
  if (p->n_facts) fprintf(out, "%u facts, ", p->n_facts);
  fprintf(out, "%u selectors, %u bytes of code, %s\n", p->n_sels, p->code_len,
          p->debug ? "debug info" : "no debug info (stripped)");
  if (p->n_consts) fprintf(out, "\nconstants:\n");
  for (uint32_t i = 0; i < p->n_consts; i++) {
    fprintf(out, "  K%-4u ", i);
    show_value(out, p->consts[i]);
    fputc('\n', out);
  }
  for (uint32_t i = 0; i < p->n_rules; i++) {
    const vm_rule *r = &p->rules[i];
    fprintf(out, "\nrule %u %s", i, r->id);
    if (r->module && r->module[0]) fprintf(out, " (module %s)", r->module);
    fprintf(out, " severity %s\n", vm_severity_name((vm_severity)r->severity));
    fprintf(out, "  title \"%s\"\n", r->title ? r->title : "");
    if (r->n_refs) {
      fprintf(out, "  refs ");
      for (uint32_t j = 0; j < r->n_refs; j++)
        fprintf(out, "%s%s", j ? ", " : "", r->refs[j]);
      fputc('\n', out);
    }
    if (r->fix && r->fix[0]) fprintf(out, "  fix \"%s\"\n", r->fix);
    if (r->docs && r->docs[0]) fprintf(out, "  docs %s\n", r->docs);
    disasm_sels(p, r->first_sel, r->n_sels, out);
  }
  for (uint32_t i = 0; i < p->n_facts; i++) {
    const vm_fact *f = &p->facts[i];
    fprintf(out, "\nfact %u %s", i, f->name);
    if (f->module && f->module[0]) fprintf(out, " (module %s)", f->module);
    fputc('\n', out);
    disasm_sels(p, f->first_sel, f->n_sels, out);
  }
}
