/* tf_parse_cache.h — the parse cache inside iac/terraform/ (the public half,
 * iac_tf_cache_new/free, is in terraform.h).
 *
 * A scan reads the same Terraform file many times: every root module that
 * calls a child module reads the child's files, and root finding reads the
 * files that call modules before any unit runs. The cache parses a file once
 * per scan: it is keyed by the file's lexically normalised path, the
 * identity of its bytes (the file's stat signature while it is valid, else
 * the SHA-256 of the bytes) and the parse limits, and hands every reader the
 * same immutable tree. Files are read through the scan's file table
 * (base/filetab.h, lazy: a read is hashed only for a thread that records a
 * read log, i.e. with --cache): a file whose stat is unchanged since the
 * scan read it is not read again, its signature finds the tree; a file
 * edited since is read again and parsed again, never served stale.
 *
 * Threads: any number of threads call iac_tf_cache_parse at once; a file
 * being parsed by one thread is waited for by the others (parsed once).
 *
 * Lifetime: a tree stays valid while its entry is held: from
 * iac_tf_cache_parse to iac_tf_cache_release. A released tree whose path is
 * expected to be read again (iac_tf_cache_expect) stays cached while the
 * cache is under its byte budget (the newest kept goes first); any other
 * released tree is dropped at once, so memory follows what is still to come,
 * not the size of the repository. */
#ifndef VIGIL_IAC_TF_PARSE_CACHE_H
#define VIGIL_IAC_TF_PARSE_CACHE_H

#include "filetab.h"
#include "hcl.h"
#include "terraform.h"

/* What parsing a file's bytes gave; immutable once returned. */
typedef struct tf_parsed {
  const hcl_body *body; /* NULL: not a text file (bad) or a syntax error (message) */
  const char *bad;      /* base_text_problem's answer, or NULL */
  const char *message;  /* the syntax error, or NULL */
  uint32_t line, col;   /* of bad / message */
  const hcl_diag *warnings;
  uint32_t n_warnings;
  bool directives; /* the bytes may hold a suppression directive (directive.h) */
} tf_parsed;

typedef struct tf_cache_ent tf_cache_ent;

/* The parse of src[0..len) (the bytes of path, src[len] == 0): from the cache
 * c, or with c NULL parsed into the arena a. *held is the entry to release
 * (NULL when nothing is held). lim: NULL or 0 fields = defaults. */
const tf_parsed *iac_tf_cache_parse(iac_tf_cache *c, base_arena *a, const char *path,
                                    const char *src, size_t len, const iac_limits *lim,
                                    tf_cache_ent **held);
/* The same, except that NULL (nothing held, nothing counted) comes back at
 * once when another thread is parsing that file: the caller parses its other
 * files meanwhile and asks again with iac_tf_cache_parse. */
const tf_parsed *iac_tf_cache_try_parse(iac_tf_cache *c, base_arena *a, const char *path,
                                        const char *src, size_t len, const iac_limits *lim,
                                        tf_cache_ent **held);
/* A file being read through the cache (iac_tf_cache_read): what is known of
 * it so far. Zeroed before the first call; the bytes (src, malloc'd) are
 * kept only while the parse is still to come (iac_tf_source_done frees
 * them when the reader gives up). */
typedef struct tf_source {
  char *src; /* read, not yet parsed: len bytes */
  size_t len;
  bool known; /* seen holds the digest of the file as the scan read it */
  base_file_seen seen;
  const char *err; /* it could not be read: why */
} tf_source;

/* The parse of path (at most max bytes): its bytes read through the cache's
 * file table (and logged: base_read_log) only when the file changed since
 * the scan read it or its tree is no longer cached. NULL with s->err when it
 * cannot be read; NULL with s->err NULL (nothing held, nothing counted) when
 * !wait and another thread is parsing it: the caller parses its other files
 * meanwhile and calls again with s as it was left. c NULL: read and parsed
 * into a. *held is the entry to release. */
const tf_parsed *iac_tf_cache_read(iac_tf_cache *c, base_arena *a, const char *path, uint64_t max,
                                   const iac_limits *lim, bool wait, tf_source *s,
                                   tf_cache_ent **held);
void iac_tf_source_done(tf_source *s);

/* path will be read `reads` more times (by the units to come): its tree is
 * kept between reads until the last one, then dropped. A path nobody said
 * anything about is dropped as soon as its readers are done. parsed false:
 * the caller knows no tree of it was made (root finding read it without
 * parsing), so its first reader reads it without asking the file table. */
void iac_tf_cache_expect(iac_tf_cache *c, const char *path, uint32_t reads, bool parsed);
/* Root finding's bytes of path, a file it read (under max, fstat giving sig
 * before the read) and did not parse, kept for its first reader: that reader
 * stats the file, and while the signature is the same it parses these bytes
 * instead of reading them again (the read log gets that read's digest and
 * signature). Only for a path expected (iac_tf_cache_expect, parsed false)
 * and while the sources kept stay under a quarter of the cache's budget;
 * the cache owns src when this returns true, the caller still does when it
 * returns false. */
bool iac_tf_cache_keep_source(iac_tf_cache *c, const char *path, uint64_t max, char *src,
                              size_t len, const base_file_sig *sig);
/* Sources kept so far, and those a reader parsed (unchanged since). */
void iac_tf_cache_source_stats(iac_tf_cache *c, size_t *kept, size_t *taken);
/* The bytes of sources the cache keeps at most (a quarter of its budget). */
size_t iac_tf_cache_source_budget(const iac_tf_cache *c);
/* The bytes of released trees the cache keeps at most. */
size_t iac_tf_cache_budget(const iac_tf_cache *c);
/* realpath(dir) (NULL: it does not resolve), resolved once per cache and a
 * component at a time (the parent through the cache, then one lstat; links
 * and ".." by realpath(3)): every root that calls a module compares its
 * directory with its callers'. The string lives as long as the cache. */
const char *iac_tf_cache_realpath(iac_tf_cache *c, const char *dir);
/* A module's declarations made from the trees of ents[0..n) (held, in file
 * order) were checked and none is declared twice: recorded on ents[0], so
 * the next load of that module from the same trees (another root calling
 * it) skips the check. Exact: the entries are compared by a serial number
 * given at their creation, never reused, so a tree parsed again (the file
 * changed) is another sequence. iac_tf_cache_nodup says whether that exact
 * sequence was recorded. */
void iac_tf_cache_note_nodup(iac_tf_cache *c, tf_cache_ent *const *ents, size_t n);
bool iac_tf_cache_nodup(iac_tf_cache *c, tf_cache_ent *const *ents, size_t n);
/* The bytes e's tree takes (its arena), once parsed. */
size_t iac_tf_cache_ent_bytes(const tf_cache_ent *e);
/* Done with the tree of e (NULL: nothing). */
void iac_tf_cache_release(iac_tf_cache *c, tf_cache_ent *e);

#endif
