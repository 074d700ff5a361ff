/* filetab.h — what a scan has read: per file path, the digest of the bytes
 * read (base_read_digest; in a lazy table only for reads made while the
 * thread records a read log) and the stat signature the file had then.
 *
 * A Terraform module called by many roots is read by each of them; a file
 * whose stat still gives the signature recorded at its read has the same
 * bytes (the signature is only recorded when the file had not changed for
 * two seconds: base_read_file_signed), so one stat replaces the open, read
 * and hash, and the digest finds the parse in the parse cache. A file that
 * changed since (another inode, size, mtime or ctime) is read again, and
 * that read replaces the entry: a reader gets the bytes of one version and
 * the digest of those bytes, never a mix.
 *
 * Directory listings are kept the same way: a directory's signature changes
 * when an entry is added, removed or renamed.
 *
 * A scan's table is a snapshot (base_file_table_snapshot): a read or listing
 * recorded with a valid signature is trusted for the rest of the scan with
 * no stat at all, so every root calling a module sees the one version of
 * its files the scan read first (a stat per file per root was a third of
 * the system calls of a Terraform scan). What the read log records does
 * not change: the signature and digest of the read used, which a later scan
 * (--cache) compares with the file as it is then, so a file changed during
 * a scan invalidates the units that read it at the next one.
 *
 * Threads: any number at once (one mutex, held for the lookup only).
 * Ownership: the table owns its copies of the paths. */
#ifndef VIGIL_BASE_FILETAB_H
#define VIGIL_BASE_FILETAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "readfile.h"

struct stat;

typedef struct base_file_table base_file_table;

/* One read of a file: the digest of what it gave, its size and signature. */
typedef struct base_file_seen {
  uint8_t digest[32]; /* when hashed */
  bool hashed;        /* false only in a lazy table (base_file_table_lazy) */
  uint64_t size;
  base_file_sig sig; /* valid = 0: not to be trusted later */
} base_file_seen;

base_file_table *base_file_table_new(void);
/* From now on t hashes a read only for a thread that records
 * (base_read_log_recording): the digest is what the read log keeps, and a
 * scan without --cache records nothing (SHA-256 of every file read was 3% of
 * a Terraform scan). A read recorded unhashed has seen.hashed false; a
 * recording thread never gets one from base_file_table_lookup (it reads the
 * file again, and that read is hashed). A failed read is always hashed. */
void base_file_table_lazy(base_file_table *t);
void base_file_table_free(base_file_table *t);

/* From now on t is a snapshot of one scan: base_file_table_lookup and
 * base_file_table_list trust a recorded signature without a stat. Without
 * it, each use stats the file or directory again (a table outliving a
 * scan). */
void base_file_table_snapshot(base_file_table *t);

/* Whether path still has the signature sig (false when sig is not valid):
 * one stat, none in a snapshot table. */
bool base_file_table_unchanged(base_file_table *t, const char *path, const base_file_sig *sig);

/* Whether path (stat'ed now; not in a snapshot) is unchanged since the
 * table recorded a read of it no larger than max: *seen is that read. One
 * stat at most; nothing is logged (the caller logs the read it uses:
 * base_read_log_note_known). */
bool base_file_table_lookup(base_file_table *t, const char *path, uint64_t max,
                            base_file_seen *seen);

/* Reads path (base_read_file's rules, its size unknown), logs the read
 * (base_read_log) and records it when its signature is valid. Returns the
 * malloc'd bytes (NUL-terminated, *len of them) or NULL with *why; seen gets
 * the digest of either. */
char *base_file_table_read(base_file_table *t, const char *path, uint64_t max, size_t *len,
                           const char **why, base_file_seen *seen);

/* base_file_table_read in two steps, for a reader that may not keep the
 * bytes (root finding looks into every file, and keeps only those that can
 * call a module): base_file_table_read_raw reads path (base_read_file's
 * rules) with the signature fstat gave before the read (or the walk's stat,
 * base_file_table_put_stat), and neither hashes,
 * logs nor records it; base_file_table_record then does what
 * base_file_table_read does after its read (buf NULL: the failure why, with
 * errno err). Bytes dropped unrecorded leave the table as it was: a reader
 * that records a unit (base_read_log_begin) must record what it reads. */
char *base_file_table_read_raw(base_file_table *t, const char *path, uint64_t max, size_t *len,
                               const char **why, base_file_sig *sig);
void base_file_table_record(base_file_table *t, const char *path, uint64_t max, const char *buf,
                            size_t len, const char *why, int err, const base_file_sig *sig,
                            base_file_seen *seen);

/* A directory as the scan listed it (immutable; lives as long as the table). */
typedef struct base_dir_seen {
  base_dir_entries e; /* sorted; e.err when it could not be listed */
  uint8_t digest[32]; /* base_dir_digest, once hashed */
  /* false only in a lazy table, for a listing no recording thread has used
   * yet (SHA-256 of every listing was 2% of a scan of the 10k repo's
   * terraform/ without --cache, where nothing reads the digests) */
  bool hashed;
  base_file_sig sig; /* the directory's, stat'ed before the listing */
} base_dir_seen;

/* dir's listing: the one the table holds when stat gives dir the signature
 * it had then (one stat, none in a snapshot; no open or getdents), else
 * listed now. A lazy
 * table digests a listing for a recording thread only (and keeps that
 * digest for the next). A listing
 * with a valid signature is kept by the table (and returned: it lives as
 * long as the table); one without (the directory changed within the last
 * two seconds) is listed into *own, which the caller frees with
 * base_dir_entries_free(&own->e) (always safe: zeroed when unused), so a
 * directory that keeps changing does not pile up copies in the table. The
 * listing is logged (base_read_log_dir). */
const base_dir_seen *base_file_table_list(base_file_table *t, const char *dir, base_dir_seen *own);

/* A listing of dir made by the caller (the scan's walk: getdents gives what
 * readdir does), sorted by name, with st what stat said of dir before it:
 * kept as base_file_table_list keeps its own, unhashed, so that no one
 * lists dir again (root finding and the loads list every Terraform
 * directory the walk listed: 5 system calls each). Takes e (freed here
 * when not kept: a signature within the racy window, or dir listed
 * already). Nothing is logged: a recording thread that uses the listing
 * logs it (base_file_table_list). */
void base_file_table_put_list(base_file_table *t, const char *dir, base_dir_entries *e,
                              const struct stat *st);

/* What the caller's stat said of path (the scan's walk, which stats every
 * Terraform file to weigh its module): kept while nothing else is known of
 * path, unless within the racy window. A read of path through the table
 * (base_file_table_read, _read_raw) then reads it with that size and takes
 * that signature, as if fstat had given it before the read: one system
 * call fewer per file. A lookup finds nothing until path is read. */
void base_file_table_put_stat(base_file_table *t, const char *path, const struct stat *st);

/* Lookups answered, and reads made, so far (files and listings). */
void base_file_table_stats(base_file_table *t, size_t *hits, size_t *reads);

#endif
