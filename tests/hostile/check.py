#!/usr/bin/env python3
"""check.py — reads `vigil scan --format json` output on stdin and prints the
canonical accounting of one hostile case (compared byte for byte with
tests/hostile/expected/CASE.txt by suite.sh):

  files N scanned N skipped N failed N
  error FILE:LINE:COL: MESSAGE        (sorted)
  warning FILE:LINE:COL: MESSAGE      (sorted)
  rule-error FILE:LINE:COL RULE: MESSAGE  (sorted; a rule hit --max-steps)
  skipped FILE: REASON                (sorted)
  results pass N fail N unknown N     (only with --results, the evaluation
  unknown FILE:LINE RULE RESOURCE     cases: every unknown result, sorted; the
                                      counts show the rest was evaluated)

Fails (exit 1, reason on stderr) when the output is not JSON or the summary
does not account for every file exactly once:
files == scanned + skipped + failed, len(skipped list) == skipped, errors ==
error entries + results with status error, and every failed file has at least
one located error, and no skipped file is also a file-level error."""
import json
import sys

try:
    d = json.load(sys.stdin)
except ValueError as e:
    sys.exit('output is not JSON: %s' % e)
s = d['summary']
problems = []
if s['files'] != s['scanned'] + s['skipped'] + s['unparsable']:
    problems.append('files %d != scanned %d + skipped %d + failed %d'
                    % (s['files'], s['scanned'], s['skipped'], s['unparsable']))
if len(d['skipped']) != s['skipped']:
    problems.append('skipped list has %d entries, summary says %d' % (len(d['skipped']), s['skipped']))
rule_errors = [r for r in d['results'] if r['status'] == 'error']
if len(d['errors']) + len(rule_errors) != s['errors']:
    problems.append('errors list has %d entries and %d error results, summary says %d'
                    % (len(d['errors']), len(rule_errors), s['errors']))
error_files = {e['file'] for e in d['errors']}
if s['unparsable'] > len(error_files):
    problems.append('%d failed files but errors name only %d files' % (s['unparsable'], len(error_files)))
skipped_files = [k['file'] for k in d['skipped']]
if len(set(skipped_files)) != len(skipped_files):
    problems.append('a file is listed as skipped twice')
# a skipped file is accounted for by its skip alone: no file-level error
# (line 0) about it too (a FIFO in a called module's directory was both)
for e in d['errors']:
    if e['line'] == 0 and e['file'] in set(skipped_files):
        problems.append('%s is skipped and also an error: %s' % (e['file'], e['message']))
for k in d['skipped']:
    if not k.get('reason'):
        problems.append('skipped without a reason: %s' % k['file'])
if problems:
    sys.exit('; '.join(problems))
print('files %d scanned %d skipped %d failed %d' % (s['files'], s['scanned'], s['skipped'], s['unparsable']))
for line in sorted('error %s:%d:%d: %s' % (e['file'], e['line'], e['column'], e['message'][:200])
                   for e in d['errors']):
    print(line)
for line in sorted('warning %s:%d:%d: %s' % (w['file'], w['line'], w['column'], w['message'][:200])
                   for w in d['warnings']):
    print(line)
for line in sorted('rule-error %s:%d:%d %s: %s' % (r['file'], r['line'], r['column'], r['rule'],
                                                  r['message']) for r in rule_errors):
    print(line)
for line in sorted('skipped %s: %s' % (k['file'], k['reason']) for k in d['skipped']):
    print(line)
if '--results' in sys.argv[1:]:
    print('results pass %d fail %d unknown %d' % (s['pass'], s['fail'], s['unknown']))
    for line in sorted('unknown %s:%d %s %s' % (r['file'], r['line'], r['rule'], r.get('resource', ''))
                       for r in d['results'] if r['status'] == 'unknown'):
        print(line)
