/* cmd_list.c — `vigil list`: the rules of a pack, one per line:
 *   ID  SEVERITY  FORMATS  REFS */
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "packs.h"

static const cli_option options[] = {
    CLI_PACK_OPTIONS("list the rules of these sources (repeatable)",
                     "list the rules of a compiled pack"),
    CLI_PACK_SELECT_OPTIONS,
    {0},
};

static const cli_command command = {
    .usage = "usage: vigil list [--rules FILE|DIR]... [--pack FILE] [--pack-name NAME]\n"
             "                  [--config FILE | --no-config]\n\n"
             "Lists the rules of the pack `vigil scan` would run here (the given rules or\n"
             "pack, else .vigil.yaml's packs: or sources:, else the built-in pack):\n"
             "id, severity, formats, refs.\n\n",
    .options = options,
    .max_args = 0,
    .too_many = "unexpected argument '%s'",
};

/* "cloudformation,terraform": each format once, in selector order */
static void formats(const vm_pack *p, const vm_rule *r, char *buf, size_t cap) {
  buf[0] = '\0';
  for (uint32_t s = 0; s < r->n_sels; s++) {
    uint8_t f = p->sels[r->first_sel + s].format;
    bool seen = false;
    for (uint32_t t = 0; t < s; t++)
      seen |= p->sels[r->first_sel + t].format == f;
    if (seen) continue;
    size_t n = strlen(buf);
    const char *name = iac_format_name((iac_format)f);
    /* a selector for every format has no format name: say so */
    snprintf(buf + n, cap - n, "%s%s", n ? "," : "", name && *name ? name : "any");
  }
}

/* The rules, one a line, in columns as wide as their widest entry. */
static void list(const vm_pack *p) {
  int wid = 2, wsev = 8, wfmt = 7;
  char buf[256];
  for (uint32_t i = 0; i < p->n_rules; i++) {
    int n = (int)strlen(p->rules[i].id);
    if (n > wid) wid = n;
    formats(p, &p->rules[i], buf, sizeof buf);
    if ((int)strlen(buf) > wfmt) wfmt = (int)strlen(buf);
  }
  printf("%-*s  %-*s  %-*s  %s\n", wid, "ID", wsev, "SEVERITY", wfmt, "FORMATS", "REFS");
  for (uint32_t i = 0; i < p->n_rules; i++) {
    const vm_rule *r = &p->rules[i];
    formats(p, r, buf, sizeof buf);
    /* no trailing blanks: a rule without refs ends after its formats */
    if (r->n_refs)
      printf("%-*s  %-*s  %-*s  ", wid, r->id, wsev, vm_severity_name((vm_severity)r->severity),
             wfmt, buf);
    else
      printf("%-*s  %-*s  %s", wid, r->id, wsev, vm_severity_name((vm_severity)r->severity), buf);
    for (uint32_t k = 0; k < r->n_refs; k++)
      printf("%s%s", k ? ", " : "", r->refs[k]);
    putchar('\n');
  }
}

int cli_cmd_list(int argc, char **argv) {
  cli_args a;
  int status;
  vm_pack *p = cli_packs_command(&command, "list", argc, argv, &a, &status);
  if (!p) return status;
  cli_packs_escape_names(p); /* a hand-made pack's names reach the terminal */
  list(p);
  vm_pack_free(p);
  cli_args_free(&a);
  return CLI_EXIT_OK;
}
