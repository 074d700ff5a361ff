#!/usr/bin/env python3
"""action-summary.py RESULT.json — the job summary the GitHub Action writes to
$GITHUB_STEP_SUMMARY: a Markdown table of the findings of one `vigil scan
--format json` result, one row per (rule, severity), most severe first.
Counts come from the results themselves (fail, unknown, suppressed), not from
the JSON summary object, so they cannot disagree with the rows. Files that
could not be read are listed after the table: a scan with such errors is never
shown as clean."""
import json
import sys

SEVERITIES = ["critical", "high", "medium", "low", "info"]
SHOWN = ["fail", "unknown", "suppressed"]
MAX_ERRORS = 20


def cell(text):
    """Markdown table cells: a '|' would end the cell, a newline the row."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def summarise(doc):
    rows = {}
    for r in doc.get("results", []):
        status = r.get("status")
        if status not in SHOWN:
            continue
        key = (r.get("rule", "?"), r.get("severity", "?"))
        rows.setdefault(key, dict.fromkeys(SHOWN, 0))[status] += 1
    totals = dict.fromkeys(SHOWN, 0)
    for counts in rows.values():
        for s in SHOWN:
            totals[s] += counts[s]
    errors = doc.get("errors", [])

    def rank(key):
        sev = key[1]
        return (SEVERITIES.index(sev) if sev in SEVERITIES else len(SEVERITIES), key[0])

    out = ["## Vigil scan", ""]
    head = "%d failing, %d unknown, %d suppressed" % (totals["fail"], totals["unknown"],
                                                      totals["suppressed"])
    if errors:
        head += ", %d file%s not readable" % (len(errors), "" if len(errors) == 1 else "s")
    out.append("%s (vigil %s, pack `%s`)" % (head, doc.get("vigil", "?"), doc.get("pack", "?")))
    out.append("")
    if rows:
        out.append("| Rule | Severity | Failing | Unknown | Suppressed |")
        out.append("| --- | --- | ---: | ---: | ---: |")
        for key in sorted(rows, key=rank):
            c = rows[key]
            out.append("| `%s` | %s | %d | %d | %d |" % (cell(key[0]), cell(key[1]), c["fail"],
                                                       c["unknown"], c["suppressed"]))
        out.append("")
    elif not errors:
        out.append("No failing, unknown or suppressed results.")
        out.append("")
    if errors:
        out.append("Not readable:")
        out.append("")
        for e in errors[:MAX_ERRORS]:
            out.append("- `%s:%s:%s` %s" % (cell(e.get("file", "?")), e.get("line", 0),
                                           e.get("column", 0), cell(e.get("message", ""))))
        if len(errors) > MAX_ERRORS:
            out.append("- ... and %d more" % (len(errors) - MAX_ERRORS))
        out.append("")
    return "\n".join(out)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: action-summary.py RESULT.json\n")
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        sys.stderr.write("action-summary: %s: %s\n" % (argv[1], e))
        return 2
    sys.stdout.write(summarise(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
