/* embed.c — build-time helper: turns files into C data (jq's builtin.jq idea).
 *   embed pack SYMBOL FILE         -> const unsigned char SYMBOL[]; const size_t SYMBOL_len;
 *   embed stdlib ROOTDIR FILE...   -> the cc_stdlib[] module table (compiler/cc.h)
 * A module's name is its path under ROOTDIR without ".vgl", '/' -> '.'. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    exit(1);
  }
  size_t cap = 4096, n = 0;
  unsigned char *b = malloc(cap);
  size_t r;
  while (b && (r = fread(b + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) b = realloc(b, cap *= 2);
  }
  fclose(f);
  if (!b) exit(1);
  *len = n;
  return b;
}

static void bytes(const unsigned char *b, size_t n) {
  for (size_t i = 0; i < n; i++) printf("%s0x%02x,", i % 16 ? "" : "\n  ", b[i]);
  printf("0x00\n");
}

int main(int argc, char **argv) {
  if (argc >= 4 && !strcmp(argv[1], "pack")) {
    size_t n = 0;
    unsigned char *b = argc > 3 && argv[3][0] ? slurp(argv[3], &n) : NULL;
    printf("#include <stddef.h>\nconst unsigned char %s[] = {", argv[2]);
    bytes(b, n);
    printf("};\nconst size_t %s_len = %zu;\n", argv[2], n);
    free(b);
    return 0;
  }
  if (argc >= 3 && !strcmp(argv[1], "stdlib")) {
    size_t rootlen = strlen(argv[2]);
    printf("#include \"cc.h\"\n");
    for (int i = 3; i < argc; i++) {
      size_t n;
      unsigned char *b = slurp(argv[i], &n);
      printf("static const char text_%d[] = {", i);
      bytes(b, n);
      printf("};\n");
      free(b);
    }
    printf("const cc_embedded cc_stdlib[] = {\n");
    for (int i = 3; i < argc; i++) {
      const char *p = argv[i];
      const char *rel = strncmp(p, argv[2], rootlen) == 0 ? p + rootlen : p;
      while (*rel == '/') rel++;
      char mod[512];
      size_t m = 0;
      for (const char *c = rel; *c && m < sizeof mod - 1; c++) mod[m++] = *c == '/' ? '.' : *c;
      mod[m] = 0;
      if (m > 4 && !strcmp(mod + m - 4, ".vgl")) mod[m - 4] = 0;
      printf("  {\"%s\", \"%s\", text_%d, sizeof text_%d - 1},\n", mod, p, i, i);
    }
    printf("  {0, 0, 0, 0}\n};\nconst size_t cc_stdlib_count = %d;\n", argc - 3);
    return 0;
  }
  fprintf(stderr, "usage: embed pack SYMBOL FILE | embed stdlib ROOT FILE...\n");
  return 2;
}
