/* cmd_explain.c — `vigil explain ID|REF`: everything about a rule, found by its
 * id or by any of its refs (`vigil explain CKV_AWS_51` shows the Vigil rule
 * mirroring that Checkov check). Matching is exact first, then ignoring case;
 * several rules may carry the same ref: all are shown. A pack may be hand-made
 * and hostile: its names are escaped (cli_packs_escape_names) and the source
 * lines quoted from its debug info go through engine_escape_write. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmd.h"
#include "escape.h"
#include "packs.h"
#include "suppress.h"

static const cli_option options[] = {
    CLI_PACK_OPTIONS("look in these rule sources (repeatable)", "look in a compiled pack"),
    CLI_PACK_SELECT_OPTIONS,
    {0},
};

static const cli_command command = {
    .usage = "usage: vigil explain [--rules FILE|DIR]... [--pack FILE] [--pack-name NAME]\n"
             "                     [--config FILE | --no-config] ID|REF\n\n"
             "Shows a rule's title, severity, refs, the formats and types it checks (with\n"
             "each selector's source when the pack has debug info), its fix and docs. REF may be "
             "any ref the rule carries (CKV_AWS_51, SecurityHub:ECR.2).\n"
             "The rule is looked up in the pack `vigil scan` would run here (as `vigil list`).\n\n",
    .options = options,
    .max_args = 1,
    .too_many = "one rule id or ref at a time",
    .missing = "which rule? (vigil explain ID|REF; `vigil list` shows them)",
};

static bool matches(const vm_rule *r, const char *q, bool nocase) {
  if (!nocase) return engine_suppress_rule_matches(r, q, strlen(q));
  if (!strcasecmp(r->id, q)) return true;
  for (uint32_t i = 0; i < r->n_refs; i++) {
    const char *c = strrchr(r->refs[i], ':');
    if (!strcasecmp(r->refs[i], q) || (c && !strcasecmp(c + 1, q))) return true;
  }
  return false;
}

/* The selector's source from the pack's debug info: its `on` line to its
 * closing brace (the line of its RET), numbered, dedented to the `on`. */
static void selector_source(const vm_pack *p, uint32_t sel) {
  if (!p->debug) {
    fputs("      (no source: the pack was compiled with --strip)\n", stdout);
    return;
  }
  const vm_dbg_sel *d = &p->debug->sels[sel];
  uint32_t last = d->line;
  for (uint32_t i = 0; i < d->n_lines; i++)
    if (d->lines[i].file == d->file && d->lines[i].line > last) last = d->lines[i].line;
  printf("      %s:%u\n", p->debug->files[d->file].name, d->line);
  for (uint32_t l = d->line; l <= last; l++) {
    uint32_t len;
    const char *t = vm_dbg_source_line(p, d->file, l, &len);
    uint32_t cut = 0;
    while (cut + 1 < d->col && cut < len && (t[cut] == ' ' || t[cut] == '\t'))
      cut++;
    printf("      %4u | ", l);
    if (t) engine_escape_write(stdout, t + cut, len - cut, ENGINE_ESC_KEEP_TAB);
    putchar('\n');
  }
}

static void explain(const vm_pack *p, const vm_rule *r) {
  printf("%s: %s\n", r->id, r->title);
  printf("  severity: %s\n", vm_severity_name((vm_severity)r->severity));
  if (r->module && *r->module) printf("  module:   %s\n", r->module);
  fputs("  refs:    ", stdout);
  for (uint32_t k = 0; k < r->n_refs; k++)
    printf("%s%s", k ? ", " : " ", r->refs[k]);
  if (!r->n_refs) fputs(" (none)", stdout);
  putchar('\n');
  fputs("  checks:\n", stdout);
  for (uint32_t s = r->first_sel; s < r->first_sel + r->n_sels; s++) {
    const vm_selector *sel = &p->sels[s];
    printf("    %s %s", iac_format_name((iac_format)sel->format), sel->kind);
    for (uint32_t k = 0; k < sel->n_types; k++)
      printf("%s\"%s\"", k ? ", " : " ", sel->types[k]);
    putchar('\n');
    selector_source(p, s);
  }
  printf("  fix:      %s\n", r->fix && *r->fix ? r->fix : "(none)");
  printf("  docs:     %s\n", r->docs && *r->docs ? r->docs : "(none)");
}

/* Shows every rule with the id or ref query (exactly, else ignoring case). */
static int explain_all(const vm_pack *p, const char *query) {
  size_t shown = 0;
  for (int pass = 0; pass < 2 && !shown; pass++)
    for (uint32_t i = 0; i < p->n_rules; i++)
      if (matches(&p->rules[i], query, pass == 1)) {
        if (shown++) putchar('\n');
        explain(p, &p->rules[i]);
      }
  if (shown) return CLI_EXIT_OK;
  fprintf(stderr, "vigil explain: no rule has the id or ref '%s'\n", query);
  return CLI_EXIT_USAGE;
}

int cli_cmd_explain(int argc, char **argv) {
  cli_args a;
  int status;
  vm_pack *p = cli_packs_command(&command, "explain", argc, argv, &a, &status);
  if (!p) return status;
  cli_packs_escape_names(p);
  status = explain_all(p, a.args[0]);
  vm_pack_free(p);
  cli_args_free(&a);
  return status;
}
