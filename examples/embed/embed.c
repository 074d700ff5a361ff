/* embed.c — using libvigil from a program: compile a rule file, scan a
 * directory and an in-memory document, print every failure and a summary.
 *
 *   cc embed.c $(pkg-config --cflags --libs vigil) -o embed
 *   ./embed ecr.vgl ../monorepo
 *
 * A CI tool would rather load a pinned pack:
 *   vigil_pack_load_file("org.vgp", "sha256:...", err, sizeof err). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vigil.h"

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0, got;
  char *b = malloc(cap);
  while (b && (got = fread(b + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *nb = realloc(b, cap *= 2);
      if (!nb) free(b);
      b = nb;
    }
  }
  fclose(f);
  *len = n;
  return b;
}

static void print(const char *what, const vigil_results *rs) {
  size_t fails = 0;
  for (size_t i = 0; i < vigil_results_count(rs); i++) {
    const vigil_result *r = vigil_results_get(rs, i);
    if (strcmp(r->status, "pass") == 0) continue;
    printf("%s %s %s:%u:%u %s: %s\n", r->status, r->rule, r->file, r->line, r->column, r->resource,
           r->message);
    fails++;
  }
  for (size_t i = 0; i < vigil_results_error_count(rs); i++) {
    const vigil_error *e = vigil_results_error(rs, i);
    printf("error %s:%u:%u: %s\n", e->file, e->line, e->column, e->message);
  }
  printf("%s: %zu results, %zu not passing, %zu failures, exit status %d\n", what,
         vigil_results_count(rs), fails, vigil_results_failures(rs), vigil_results_exit_status(rs));
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: embed RULES.vgl DIR\n");
    return 2;
  }
  char err[512];
  size_t len;
  char *src = slurp(argv[1], &len);
  if (!src) {
    fprintf(stderr, "embed: cannot read %s\n", argv[1]);
    return 2;
  }
  vigil_pack *pack = vigil_pack_compile(argv[1], src, len, err, sizeof err);
  free(src);
  if (!pack) {
    fprintf(stderr, "embed: %s\n", err);
    return 2;
  }
  printf("libvigil %s, %zu rule(s)\n", vigil_version(), vigil_pack_rule_count(pack));

  vigil_scan_options opts = {.threads = 2};
  vigil_results *rs = vigil_scan_path(pack, argv[2], &opts, err, sizeof err);
  if (!rs) {
    fprintf(stderr, "embed: %s\n", err);
    vigil_pack_free(pack);
    return 2;
  }
  print(argv[2], rs);
  int status = vigil_results_exit_status(rs);
  vigil_results_free(rs);

  /* a document that never touched the disk (a PR's changed file, an API body) */
  static const char doc[] = "Resources:\n"
                            "  Repo:\n"
                            "    Type: AWS::ECR::Repository\n"
                            "    Properties:\n"
                            "      ImageTagMutability: MUTABLE\n";
  rs = vigil_scan_buffer(pack, "pr/template.yaml", doc, sizeof doc - 1, NULL);
  print("pr/template.yaml", rs);
  vigil_results_free(rs);

  /* a file that does not parse is an error result, not a crash or a failure */
  static const char broken[] = "Resources:\n  Repo: [unclosed\n";
  rs = vigil_scan_buffer(pack, "pr/broken.yaml", broken, sizeof broken - 1, NULL);
  print("pr/broken.yaml", rs);
  vigil_results_free(rs);

  /* an in-source waiver applies as in `vigil scan` (status "suppressed", not a
   * failure); no_inline_suppressions ignores it (--no-inline-suppressions).
   * No .vigil.yaml is read: the embedder owns the rest of the policy. */
  static const char waived[] =
      "Resources:\n"
      "  Repo:\n"
      "    Type: AWS::ECR::Repository\n"
      "    Properties:\n"
      "      ImageTagMutability: MUTABLE  # vigil:ignore TEST_ECR_IMMUTABLE "
      "pinned by digest\n";
  rs = vigil_scan_buffer(pack, "pr/waived.yaml", waived, sizeof waived - 1, NULL);
  print("pr/waived.yaml", rs);
  vigil_results_free(rs);
  vigil_scan_options no_waivers = {.no_inline_suppressions = 1};
  rs = vigil_scan_buffer(pack, "pr/waived.yaml", waived, sizeof waived - 1, &no_waivers);
  print("pr/waived.yaml, no_inline_suppressions", rs);
  vigil_results_free(rs);
  vigil_pack_free(pack);
  return status;
}
