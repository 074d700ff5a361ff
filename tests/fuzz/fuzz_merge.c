/* fuzz_merge.c — libFuzzer harness: `vigil merge` (cli/cmd_merge.c) on shard
 * reports from other machines (a CI artifact, a volume of a Kubernetes Job):
 * the streaming reader (engine/merge_read.h), the checks that the shards
 * belong together (pack, params, N, K, the plan digest, overlaps and gaps),
 * the results' parse and the rendering of the merged report.
 *
 * The input is one to eight shard reports separated by lines "%%SHARD%%";
 * each is written to a private temporary directory and the merge runs on them
 * as the command line would, its output in the format the first byte picks
 * (JSON, SARIF, JUnit, text, github) written to /dev/null. Seeds: the
 * `--shard K/N --format json` reports of small scans, joined (run.sh). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_SHARDS = 8 };
static const char SEP[] = "\n%%SHARD%%\n";
static char dir[64];
static char paths[MAX_SHARDS][128];

static void cleanup(void) {
  for (int i = 0; i < MAX_SHARDS; i++)
    unlink(paths[i]);
  rmdir(dir);
}

static const uint8_t *find(const uint8_t *p, size_t n, const char *what, size_t w) {
  for (size_t i = 0; i + w <= n; i++)
    if (!memcmp(p + i, what, w)) return p + i;
  return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/vigil-fuzz-merge-XXXXXX");
    if (!mkdtemp(dir)) abort();
    for (int i = 0; i < MAX_SHARDS; i++)
      snprintf(paths[i], sizeof paths[i], "%s/shard-%d.json", dir, i);
    atexit(cleanup);
  }
  if (size < 1 || size > (1u << 20)) return 0;
  static const char *const formats[] = {"json", "sarif", "junit", "text", "github"};
  const char *format = formats[data[0] % 5];
  data++, size--;
  char *argv[8 + MAX_SHARDS];
  int argc = 0;
  argv[argc++] = (char *)"merge";
  argv[argc++] = (char *)"-q";
  argv[argc++] = (char *)"--format";
  argv[argc++] = (char *)format;
  argv[argc++] = (char *)"--output";
  char out[64];
  snprintf(out, sizeof out, "%s=/dev/null", format);
  argv[argc++] = out;
  for (int i = 0; i < MAX_SHARDS && size; i++) {
    const uint8_t *sep = find(data, size, SEP, sizeof SEP - 1);
    size_t n = sep ? (size_t)(sep - data) : size;
    FILE *f = fopen(paths[i], "wb");
    if (!f) abort();
    if (n && fwrite(data, 1, n, f) != n) abort();
    fclose(f);
    argv[argc++] = paths[i];
    if (!sep) break;
    data = sep + sizeof SEP - 1;
    size -= n + sizeof SEP - 1;
  }
  argv[argc] = NULL;
  int rc = cli_cmd_merge(argc, argv);
  if (rc < 0 || rc > 3) abort(); /* an exit status vigil documents (0-3) */
  return 0;
}
