/* cmd_explain.c — `vigil explain ID|REF`: everything about a rule, found by its
 * id or by any of its refs (`vigil explain CKV_AWS_51` shows the Vigil rule
 * mirroring that Checkov check). Matching is exact first, then ignoring case;
 * several rules may carry the same ref: all are shown. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "builtin_pack.h"
#include "cmd.h"
#include "ruletest.h"
#include "suppress.h"

enum { OPT_RULES = 1, OPT_PACK, OPT_HELP };
static const cli_option options[] = {
    {"rules", 'r', true, OPT_RULES, "FILE|DIR", "look in these rule sources (repeatable)"},
    {"pack", 'p', true, OPT_PACK, "FILE", "look in a compiled pack"},
    {"help", 'h', false, OPT_HELP, NULL, "show this help"},
    {0},
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
  }
  printf("  fix:      %s\n", r->fix && *r->fix ? r->fix : "(none)");
  printf("  docs:     %s\n", r->docs && *r->docs ? r->docs : "(none)");
}

int cli_cmd_explain(int argc, char **argv) {
  const char **rules = calloc((size_t)argc + 1, sizeof *rules);
  if (!rules) abort();
  size_t n_rules = 0;
  const char *pack_file = NULL, *query = NULL;
  int id;
  cli_optstate st;
  cli_opt_init(&st, argc, argv);
  while ((id = cli_opt_next(&st, options)) != CLI_OPT_END) {
    switch (id) {
    case OPT_RULES: rules[n_rules++] = st.arg; break;
    case OPT_PACK: pack_file = st.arg; break;
    case OPT_HELP:
      fputs("usage: vigil explain [--rules FILE|DIR]... [--pack FILE] ID|REF\n\n"
            "Shows a rule's title, severity, refs, the formats and types it checks, its fix\n"
            "and docs. REF may be any ref the rule carries (CKV_AWS_51, SecurityHub:ECR.2).\n\n"
            "options:\n",
            stdout);
      cli_opt_help(stdout, options);
      free(rules);
      return CLI_EXIT_OK;
    case CLI_OPT_POSITIONAL:
      if (!query) {
        query = st.arg;
        break;
      }
      fprintf(stderr, "vigil explain: one rule id or ref at a time\n");
      /* fall through */
    default: free(rules); return CLI_EXIT_USAGE;
    }
  }
  if (!query) {
    fputs("vigil explain: which rule? (vigil explain ID|REF; `vigil list` shows them)\n", stderr);
    free(rules);
    return CLI_EXIT_USAGE;
  }
  int status = CLI_EXIT_USAGE;
  vm_pack *p = engine_load_rules_pack("explain", rules, n_rules, pack_file, cli_builtin_pack,
                                      cli_builtin_pack_len);
  if (p) {
    size_t shown = 0;
    for (int pass = 0; pass < 2 && !shown; pass++)
      for (uint32_t i = 0; i < p->n_rules; i++)
        if (matches(&p->rules[i], query, pass == 1)) {
          if (shown++) putchar('\n');
          explain(p, &p->rules[i]);
        }
    if (shown)
      status = CLI_EXIT_OK;
    else
      fprintf(stderr, "vigil explain: no rule has the id or ref '%s'\n", query);
    vm_pack_free(p);
  }
  free(rules);
  return status;
}
