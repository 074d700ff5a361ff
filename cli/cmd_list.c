/* cmd_list.c — `vigil list`: the rules of a pack, one per line:
 *   ID  SEVERITY  FORMATS  REFS */
#include <stdlib.h>
#include <string.h>

#include "builtin_pack.h"
#include "cmd.h"
#include "ruletest.h"

enum { OPT_RULES = 1, OPT_PACK, OPT_HELP };
static const cli_option options[] = {
    {"rules", 'r', true, OPT_RULES, "FILE|DIR", "list the rules of these sources (repeatable)"},
    {"pack", 'p', true, OPT_PACK, "FILE", "list the rules of a compiled pack"},
    {"help", 'h', false, OPT_HELP, NULL, "show this help"},
    {0},
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

int cli_cmd_list(int argc, char **argv) {
  const char **rules = calloc((size_t)argc + 1, sizeof *rules);
  if (!rules) abort();
  size_t n_rules = 0;
  const char *pack_file = NULL;
  int status = CLI_EXIT_USAGE, id;
  cli_optstate st;
  cli_opt_init(&st, argc, argv);
  while ((id = cli_opt_next(&st, options)) != CLI_OPT_END) {
    switch (id) {
    case OPT_RULES: rules[n_rules++] = st.arg; break;
    case OPT_PACK: pack_file = st.arg; break;
    case OPT_HELP:
      fputs("usage: vigil list [--rules FILE|DIR]... [--pack FILE]\n\n"
            "Lists the rules of the built-in pack (or of the given rules or pack):\n"
            "id, severity, formats, refs.\n\noptions:\n",
            stdout);
      cli_opt_help(stdout, options);
      free(rules);
      return CLI_EXIT_OK;
    case CLI_OPT_POSITIONAL:
      fprintf(stderr, "vigil list: unexpected argument '%s'\n", st.arg);
      /* fall through */
    default: free(rules); return CLI_EXIT_USAGE;
    }
  }
  vm_pack *p = engine_load_rules_pack("list", rules, n_rules, pack_file, cli_builtin_pack,
                                      cli_builtin_pack_len);
  if (p) {
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
    status = CLI_EXIT_OK;
    vm_pack_free(p);
  }
  free(rules);
  return status;
}
