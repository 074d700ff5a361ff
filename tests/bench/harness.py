#!/usr/bin/env python3
"""harness.py — the benchmark driver behind tests/bench/run.sh (`make bench`).

Measures every comparison side by side in one run and prints one Markdown table
(also written to $BUILD/bench/results.md and results.json). Medians of several
runs; the commands of one comparison take turns, round by round (bench()).
Peak RSS is read from the kernel's rusage of the child (os.wait4).

Environment (run.sh sets the first three):
  BUILD        build directory (default build): vigil is $BUILD/vigil
  BENCH_DIR    scratch directory (default $BUILD/bench): repos, packs, helpers
  CFN_GUARD, CT_RULES   from shared/bench/peers.sh; Guard rows are skipped without them
  BENCH_SMOKE=1  CI smoke: tiny N, one run, no 237-rule Guard run
  BENCH_FULL=1   adds the 100k-file repo and runs the 237-rule Guard 3 times
  BENCH_RUNS     timed runs per command (default 5; smoke 1)
  BENCH_TF_RUNS  rounds of the Terraform rows (default 21, at least BENCH_RUNS)
  BENCH_SEED     generator seed (default 1)
  CORPUS         shared corpus root (default ../shared/corpus next to the repo)
Exit status: 0 when every run worked and every correctness check matched (targets
missed are reported, not fatal: benchmarks are not timed tests), 1 otherwise.
"""
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUILD = os.environ.get("BUILD", "build")
BENCH = os.environ.get("BENCH_DIR", os.path.join(BUILD, "bench"))
VIGIL = os.path.join(BUILD, "vigil")
SMOKE = os.environ.get("BENCH_SMOKE") == "1"
FULL = os.environ.get("BENCH_FULL") == "1"
RUNS = int(os.environ.get("BENCH_RUNS", "1" if SMOKE else "5"))
# The Terraform rows time scans of 20-40 ms, where one slow round of five
# (a neighbour on this VM) moves the median by several percent: they take
# TF_RUNS rounds, at least RUNS (a second or two in all).
TF_RUNS = 1 if SMOKE else max(RUNS, int(os.environ.get("BENCH_TF_RUNS", "21")))
SEED = int(os.environ.get("BENCH_SEED", "1"))
CORPUS = os.environ.get("CORPUS", os.path.join(os.path.dirname(ROOT), "shared", "corpus"))
RULE = "AWS_ECR_IMMUTABLE_TAGS"
TOP_FORMAT = {"cloudformation": "cloudformation", "terraform": "terraform",
              "ansible": "ansible", "awsapi": "awsapi"}
YAML_JSON_DIRS = ["ansible", "awsapi", "cloudformation", "cloudtrail", "kubernetes", "policy"]

problems = []  # correctness failures and broken runs: make the exit status 1


def note(msg):
    print("# " + msg, file=sys.stderr, flush=True)


def problem(msg):
    problems.append(msg)
    note("PROBLEM: " + msg)


# ---- measuring ------------------------------------------------------------------
def run_once(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (seconds, exit status, peak RSS in KiB)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return dt, p.returncode, ru.ru_maxrss


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def ok_status(cmd, rc):
    # vigil: 0 clean, 1 findings; guard: 0 pass, 19 non-compliant; floor 0
    return rc == 0 or (rc == 1 and os.path.basename(cmd[0]) == "vigil") or \
        (rc == 19 and "guard" in os.path.basename(cmd[0]))


def bench(cmds, runs=None, warmup=1):
    """Median wall seconds of each command, measured side by side: every round
    runs each command once, in an order that alternates between rounds, so
    a machine that drifts (a VM's neighbours, frequency, page cache) weighs
    on every command alike; sequential batches (hyperfine's way) let the
    drift between batches into the ratio. A command whose exit status says
    it broke is reported as a problem."""
    runs = runs or RUNS
    if SMOKE:
        warmup = 0
    for c in cmds:  # one checked run first: a crash must not be timed
        _, rc, _ = run_once(c)
        if not ok_status(c, rc):
            problem("%s exited with status %d" % (" ".join(c), rc))
    for _ in range(warmup):
        for c in cmds:
            run_once(c)
    times = [[] for _ in cmds]
    for k in range(runs):
        order = range(len(cmds)) if k % 2 == 0 else reversed(range(len(cmds)))
        for i in order:
            times[i].append(run_once(cmds[i])[0])
    return [median(t) for t in times]


def incr(big, big_n, j_all):
    work = os.path.join(BENCH, "incr-%d" % big_n)
    cache = os.path.join(BENCH, "incr-%d.cache" % big_n)
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(big, work)
    os.sync()
    time.sleep(2.5)
    docs = sorted(file_list(work, ["cloudformation"], (".yaml",)))
    if not docs:
        row("Cache: cold vs warm vs one file changed", "", "", "", "≤ 15%", "skipped",
            "no CloudFormation YAML to edit")
        return
    doc = docs[0]
    cmd = [VIGIL, "scan", "--format", "json", "--cache", cache, work]
    plain = [VIGIL, "scan", "--format", "json", work]
    cold, warm, one, none = [], [], [], []
    runs = 1 if SMOKE else RUNS
    evaluated = None
    for k in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(run_once(cmd)[0])
        warm.append(run_once(cmd)[0])
        with open(doc, "a") as f:
            f.write("# edit %d\n" % k)
        if k == 0:  # which units ran again, from the cache's own count
            p = subprocess.run(cmd, capture_output=True, text=True)
            m = re.search(r"vigil: cache: (\d+) units reused, (\d+) evaluated", p.stderr)
            evaluated = int(m.group(2)) if m else None
            with open(doc, "a") as f:
                f.write("# edit again\n")
        one.append(run_once(cmd)[0])
        none.append(run_once(plain)[0])
    tc, tw, to, tn = median(cold), median(warm), median(one), median(none)
    row("Cache: warm (nothing changed) vs cold `--cache`, %d files, `-j%s`" % (big_n, j_all),
        fmt_s(tw), fmt_s(tc), "%.0f%%" % (100 * tw / tc), "≤ 15%", verdict(tw / tc <= 0.15),
        "no cache: %s (warm = %.0f%% of it)" % (fmt_s(tn), 100 * tw / tn))
    row("Cache: one file changed vs cold, %d files, `-j%s`" % (big_n, j_all), fmt_s(to),
        fmt_s(tc), "%.0f%%" % (100 * to / tc), "only its unit evaluated",
        verdict(evaluated == 1), "%s unit(s) evaluated again" % evaluated)
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)


# The child's ru_maxrss counts what it had before exec: a child forked from this
# harness (which holds every timing and parsed report, 100+ MiB late in a run)
# starts with the harness's resident pages. A fresh small interpreter forks
# the command instead, so the peak is the command's (or that interpreter's
# ~10 MiB, whichever is larger).
_RSS_PROBE = ("import os, subprocess, sys\n"
              "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, "
              "stderr=subprocess.DEVNULL)\n"
              "print(os.wait4(p.pid, 0)[2].ru_maxrss)\n")


def peak_rss(cmd):
    out = subprocess.run([sys.executable, "-c", _RSS_PROBE] + cmd, stdout=subprocess.PIPE,
                         check=True).stdout
    return int(out.decode().strip())


# ---- inputs ---------------------------------------------------------------------
def sha256_file(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def repo(n):
    """The synthetic repo of n files (generated once per generator version)."""
    d = os.path.join(BENCH, "repo-%d-s%d" % (n, SEED))
    man = d + ".manifest.json"
    want = sha256_file(os.path.join(HERE, "gen.py"))
    try:
        with open(man) as f:
            m = json.load(f)
        if m.get("generator_sha256") == want and m.get("files") == n:
            return d, m
    except (OSError, ValueError):
        pass
    shutil.rmtree(d, ignore_errors=True)
    note("generating %d files in %s" % (n, d))
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "-n", str(n),
                    "--seed", str(SEED), d], check=True, stdout=subprocess.DEVNULL)
    with open(man) as f:
        return d, json.load(f)


def file_list(root, dirs, exts):
    out = []
    for top in dirs:
        for dp, dn, fn in os.walk(os.path.join(root, top)):
            dn.sort()
            for f in sorted(fn):
                if f.endswith(exts):
                    out.append(os.path.join(dp, f))
    return out


def pack(nrules):
    src = os.path.join(BENCH, "rules-%d.vgl" % nrules)
    out = os.path.join(BENCH, "rules-%d.vgp" % nrules)
    subprocess.run([sys.executable, os.path.join(HERE, "gen_rules.py"), "-n", str(nrules),
                    "--seed", str(SEED), "-o", src], check=True)
    p = subprocess.run([VIGIL, "compile", src, "-o", out], capture_output=True, text=True)
    if p.returncode != 0:
        problem("vigil compile %s failed (%d): %s" % (src, p.returncode, p.stderr.strip()[:800]))
        return None
    return out


# ---- correctness ----------------------------------------------------------------
def vigil_json(args):
    p = subprocess.run([VIGIL, "scan", "--format", "json"] + args, capture_output=True)
    if p.returncode not in (0, 1):
        problem("vigil scan %s exited %d: %s" % (" ".join(args), p.returncode,
                                                 p.stderr.decode(errors="replace")[:400]))
        return None
    try:
        return json.loads(p.stdout)
    except ValueError as e:
        problem("vigil scan %s: JSON output does not parse: %s" % (" ".join(args), e))
        return None


def check_repo(d, m):
    """Vigil's results for the ECR rule against the generator's manifest."""
    j = vigil_json(["-j1", d])
    if j is None:
        return "no output"
    got = {f: {"fail": 0, "unknown": 0, "pass": 0} for f in TOP_FORMAT.values()}
    for r in j.get("results", []):
        if r.get("rule") != RULE:
            continue
        fmt = TOP_FORMAT.get(r.get("file", "").split("/", 1)[0])
        if fmt and r.get("status") in got[fmt]:
            got[fmt][r["status"]] += 1
    bad = []
    for fmt, exp in sorted(m["expected"].items()):
        for st in ("fail", "unknown", "pass"):
            if got[fmt][st] != exp[st]:
                bad.append("%s %s %d/%d" % (fmt, st, got[fmt][st], exp[st]))
    s = j.get("summary", {})
    if s.get("files") != m["files"]:
        bad.append("summary.files %s/%d" % (s.get("files"), m["files"]))
    if s.get("errors", 0) or s.get("unparsable", 0):
        bad.append("%s parse errors" % (s.get("errors") or s.get("unparsable")))
    exp_fail = m["expected_fail"]
    got_fail = sum(g["fail"] for g in got.values())
    if bad:
        problem("repo %d files: ECR rule results differ from the manifest: %s"
                % (m["files"], "; ".join(bad)))
        return "%d/%d fail, MISMATCH (%s)" % (got_fail, exp_fail, "; ".join(bad))
    return "%d/%d fail, %d/%d unknown: exact" % (got_fail, exp_fail,
                                                 sum(g["unknown"] for g in got.values()),
                                                 m["expected_unknown"])


# ---- table ----------------------------------------------------------------------
rows = []


def fmt_s(t):
    if t is None:
        return "n/a"
    return "%.0f ms" % (t * 1e3) if t < 10 else "%.1f s" % t


def row(name, vigil, ref, ratio, target, met, note_=""):
    rows.append({"benchmark": name, "vigil": vigil, "reference": ref, "ratio": ratio,
                 "target": target, "met": met, "note": note_})


def verdict(ok):
    return "—" if ok is None else ("met" if ok else "MISSED")


def machine():
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            mem = "%.0f GiB RAM" % (int(f.readline().split()[1]) / 1048576)
    except (OSError, ValueError, IndexError):
        pass
    ver = subprocess.run([VIGIL, "version"], capture_output=True, text=True).stdout.strip()
    ver = ver[len("vigil "):] if ver.startswith("vigil ") else ver
    return "%d cores (nproc), %s, %s, Linux %s; vigil %s; %s; %d runs per median%s" % (
        os.cpu_count() or 0, cpu, mem, platform.release(), ver.splitlines()[0] if ver else "?",
        "compared commands interleaved round by round", RUNS, " (smoke)" if SMOKE else "")


# Issue 17 asks for peak RSS at 100k files: measured in every run but the
# smoke one (generating the repo takes ~40 s once per generator version, then
# it is reused; one scan per format ~10 s each), whether or not BENCH_FULL
# times the other rows over it.
MEM_N = 100000


def scale_rows(repos, big, big_n, j_all):
    """Issue 17 (docs/scale.md): peak RSS per format at 100k files, and a scan
    split into 4 shards run one after another, merged, vs one scan."""
    n_mem = max(repos) if SMOKE else MEM_N
    d, _ = repos[n_mem] if n_mem in repos else repo(n_mem)
    os.sync()  # the generated repo's dirty pages: not written back during the scans
    rss = {}
    for fmt in ("json", "sarif", "junit"):
        rss[fmt] = peak_rss([VIGIL, "scan", "-q", "--format", fmt, d]) / 1024
    baseline = os.path.join(BENCH, "baseline-%d.json" % n_mem)
    rss["baseline"] = peak_rss([VIGIL, "scan", "-q", "--write-baseline", baseline, d]) / 1024
    try:
        os.unlink(baseline)
    except OSError:
        pass
    row("Memory: peak RSS by format, %d files, `-j%s`" % (n_mem, j_all),
        "sarif %.1f MiB" % rss["sarif"], "json %.1f MiB" % rss["json"],
        "%.2f×" % (rss["sarif"] / rss["json"]), "every format ≤ 64 MiB",
        verdict(max(rss.values()) <= 64),
        "junit %.1f MiB, `--write-baseline` %.1f MiB" % (rss["junit"], rss["baseline"]))

    # 4 shards, one after another, then the merge; against one scan
    shards = [os.path.join(BENCH, "shard-%d.json" % k) for k in range(1, 5)]
    one = os.path.join(BENCH, "one.json")
    merged = os.path.join(BENCH, "merged.json")

    def sharded():
        t = 0.0
        for k, f in enumerate(shards, 1):
            t += run_to([VIGIL, "scan", "-q", "--shard", "%d/4" % k, "--format", "json", big], f)
        return t

    t_one = run_to([VIGIL, "scan", "-q", "--format", "json", big], one)
    t_sh = sharded()
    t_merge = run_to([VIGIL, "merge", "-q", "--format", "json"] + shards, merged)
    for _ in range(max(0, RUNS - 1)):  # the best of RUNS
        t_one = min(t_one, run_to([VIGIL, "scan", "-q", "--format", "json", big], one))
        t_sh = min(t_sh, sharded())
        t_merge = min(t_merge, run_to([VIGIL, "merge", "-q", "--format", "json"] + shards, merged))
    same = sha256_file(one) == sha256_file(merged)
    rss_merge = peak_rss([VIGIL, "merge", "-q", "--format", "json"] + shards) / 1024
    row("Shards: 4 shards one after another + merge vs one scan, %d files, `-j%s`" % (big_n, j_all),
        fmt_s(t_sh + t_merge), fmt_s(t_one), "%.2f×" % ((t_sh + t_merge) / t_one),
        "merged = one scan, byte for byte", verdict(same),
        "merge %s, peak RSS %.0f MiB" % (fmt_s(t_merge), rss_merge))
    # the merge reads the reports as streams: its memory must not grow with the results
    rss_one = peak_rss([VIGIL, "scan", "-q", "--format", "json", big]) / 1024
    row("Memory: merge of 4 shard reports, peak RSS, %d files" % big_n,
        "%.1f MiB" % rss_merge, "one scan %.1f MiB" % rss_one, "%.2f×" % (rss_merge / rss_one),
        "merge ≤ 64 MiB", verdict(rss_merge <= 64),
        "%.1f MB of shard JSON" % (sum(os.path.getsize(f) for f in shards) / 1e6))


def run_to(cmd, path):
    """Runs cmd with stdout to path; the best of one run, in seconds."""
    with open(path, "wb") as f:
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=f, stderr=subprocess.DEVNULL)
        dt = time.perf_counter() - t0
    if p.returncode > 1:
        problem("%s exited with status %d" % (" ".join(cmd), p.returncode))
    return dt


def main():
    os.makedirs(BENCH, exist_ok=True)
    if not os.access(VIGIL, os.X_OK):
        print("bench: %s is not built (run make)" % VIGIL, file=sys.stderr)
        return 1
    floor_bin = os.path.join(BENCH, "yaml_floor")
    pack_bin = os.path.join(BENCH, "pack_bench")
    sizes = [60] if SMOKE else [1000, 10000] + ([100000] if FULL else [])
    big_n = sizes[-1] if not FULL else 10000
    repos = {n: repo(n) for n in sizes}
    # a freshly generated repo leaves hundreds of MB of dirty pages: their
    # write-back must not run during the timings (it slowed the first rows by
    # half in one run)
    os.sync()
    big, bigm = repos[big_n]
    j_all = str(os.cpu_count() or 1)

    # 1. floor: vigil -j1 vs bare libyaml over the same YAML/JSON files
    files = file_list(big, YAML_JSON_DIRS, (".yaml", ".yml", ".json"))
    lst = os.path.join(BENCH, "floor-%d.list" % big_n)
    with open(lst, "w") as f:
        f.write("\n".join(files) + "\n")
    dirs = [os.path.join(big, x) for x in YAML_JSON_DIRS if os.path.isdir(os.path.join(big, x))]
    fl = subprocess.run([floor_bin, "-l", lst], capture_output=True, text=True).stdout.split()
    if len(fl) < 8 or fl[7] != "0":
        problem("yaml_floor on the synthetic YAML/JSON: %s" % " ".join(fl))
    tv, tf = bench([[VIGIL, "scan", "-j1", "--format", "json"] + dirs, [floor_bin, "-l", lst]])
    mb = int(fl[3]) / 1e6 if len(fl) > 3 else 0
    row("Floor: `-j1` vs bare libyaml parse, %d synthetic YAML/JSON files (%.1f MB)"
        % (len(files), mb), fmt_s(tv), fmt_s(tf), "%.2f×" % (tv / tf), "≤ 1.25×",
        verdict(tv / tf <= 1.25))

    # 2. Guard on the real CloudFormation corpus
    cfn = os.path.join(CORPUS, "cloudformation")
    guard, ct = os.environ.get("CFN_GUARD"), os.environ.get("CT_RULES")
    if SMOKE:  # the path works; the corpus comparison is for the real run
        cfn = os.path.join(big, "cloudformation")
    if guard and ct and os.path.isdir(cfn):
        nfiles = len(file_list(os.path.dirname(cfn), ["cloudformation"],
                               (".yaml", ".yml", ".json", ".template")))
        where = "synthetic cloudformation/" if SMOKE else "corpus/cloudformation"
        gcmd = [guard, "validate", "-d", cfn, "-r", os.path.join(ct, "ecr"), "-z", "-S",
                "none", "-o", "json"]
        tv, tj1, tg = bench([[VIGIL, "scan", "--format", "json", cfn],
                             [VIGIL, "scan", "-j1", "--format", "json", cfn], gcmd])
        row("Guard: CT ECR rules (3) vs Vigil full built-in pack, %s "
            "(%d files), `-j%s`" % (where, nfiles, j_all), fmt_s(tv), fmt_s(tg),
            "1/%.0f" % (tg / tv), "≤ 1/30", verdict(tg / tv >= 30),
            "vigil -j1: %s (1/%.0f)" % (fmt_s(tj1), tg / tj1))
        if not SMOKE:
            gall = [guard, "validate", "-d", cfn, "-r", ct, "-z", "-S", "none", "-o", "json"]
            if FULL:
                ta = bench([gall], runs=3, warmup=0)[0]
            else:  # ~a minute per run: one checked run is the measurement
                ta, rc, _ = run_once(gall)
                if not ok_status(gall, rc):
                    problem("%s exited with status %d" % (" ".join(gall), rc))
            row("Guard: all 237 CT rules, same corpus (for the record)", fmt_s(tv), fmt_s(ta),
                "1/%.0f" % (ta / tv), "—", "—")
    else:
        row("Guard: CT ECR rules vs Vigil, corpus/cloudformation", "", "", "", "≤ 1/30",
            "skipped", "peers.sh gave no CFN_GUARD/CT_RULES or no corpus")

    # 3. scaling in files: time and peak RSS at the default thread count
    base = None
    for n in sizes:
        d, m = repos[n]
        t = bench([[VIGIL, "scan", "--format", "json", d]])[0]
        rss = peak_rss([VIGIL, "scan", "--format", "json", d]) / 1024
        limit = 64 + m["largest_file"] / 1048576
        per = t / n * 1e6
        if base is None:
            base = per
        lin = per <= base * 1.25 if n != sizes[0] else None
        row("Scale: %d synthetic files (%.1f MB), `-j%s`" % (n, m["bytes"] / 1e6, j_all),
            fmt_s(t), "%.0f µs/file" % per, "%.2f× µs/file of %d" % (per / base, sizes[0])
            if n != sizes[0] else "—", "linear; RSS ≤ %.0f MiB" % limit,
            verdict((lin is not False) and rss <= limit),
            "peak RSS %.1f MiB" % rss)

    # correctness: the ECR rule against every repo's manifest
    for n in sizes:
        d, m = repos[n]
        res = check_repo(d, m)
        row("Check: %s results vs generator manifest, %d files" % (RULE, n), res, "", "",
            "exact", verdict(res.endswith("exact")))

    # 4. scaling in rules: 10 vs 1,000 synthetic rules, same files, -j1
    nr = (10, 50) if SMOKE else (10, 1000)
    p_small, p_big = pack(nr[0]), pack(nr[1])
    if p_small and p_big:
        ts, tb = bench([[VIGIL, "scan", "-j1", "--format", "json", "--pack", p_small, big],
                        [VIGIL, "scan", "-j1", "--format", "json", "--pack", p_big, big]])
        row("Rules: %d vs %d synthetic rules, %d files, `-j1`" % (nr[0], nr[1], big_n),
            fmt_s(tb), fmt_s(ts), "%.2f×" % (tb / ts), "≤ 1.3×", verdict(tb / ts <= 1.3))
        pb = subprocess.run([pack_bin, p_big, "20" if SMOKE else "200"], capture_output=True,
                            text=True)
        f = pb.stdout.split()
        if pb.returncode != 0 or len(f) < 10:
            problem("pack_bench %s: %s" % (p_big, pb.stderr.strip()))
        else:
            us = float(f[7])
            row("Pack load + verify, %s-rule pack (%d KiB), in-process median" %
                (f[1], int(f[3]) // 1024), "%.2f ms" % (us / 1e3), "", "", "< 5 ms",
                verdict(us < 5000), "min %.2f ms" % (float(f[9]) / 1e3))
    else:
        row("Rules: 10 vs 1000 synthetic rules", "", "", "", "≤ 1.3×", "skipped",
            "rule packs did not compile")

    # 5. threads
    t1, t2 = bench([[VIGIL, "scan", "-j1", "--format", "json", big],
                    [VIGIL, "scan", "-j2", "--format", "json", big]])
    row("Threads: `-j1` vs `-j2`, %d files" % big_n, fmt_s(t2), fmt_s(t1),
        "%.2f× speedup" % (t1 / t2), "—", "—")

    scale_rows(repos, big, big_n, j_all)

    # 6. Terraform throughput (parse + evaluation) against CloudFormation's, -j1,
    #    and Terraform's -j2 speedup: the three commands take turns (bench())
    tf_exts = (".tf", ".tfvars", ".tf.json", ".tfvars.json")
    cfn_exts = (".yaml", ".yml", ".json", ".template")
    pairs = [("corpus", CORPUS), ("synthetic %d-file repo" % big_n, big)]
    if SMOKE:
        pairs = pairs[1:]
    for label, top in pairs:
        tdir, cdir = os.path.join(top, "terraform"), os.path.join(top, "cloudformation")
        if not (os.path.isdir(tdir) and os.path.isdir(cdir)):
            continue
        tfiles = file_list(top, ["terraform"], tf_exts)
        cfiles = file_list(top, ["cloudformation"], cfn_exts)
        tbytes = sum(os.path.getsize(x) for x in tfiles)
        cbytes = sum(os.path.getsize(x) for x in cfiles)
        t1, c1, t2 = bench([[VIGIL, "scan", "-j1", "--format", "json", tdir],
                            [VIGIL, "scan", "-j1", "--format", "json", cdir],
                            [VIGIL, "scan", "-j2", "--format", "json", tdir]], runs=TF_RUNS)
        tmb, cmb = tbytes / 1e6 / t1, cbytes / 1e6 / c1
        row("Terraform: MB/s vs CloudFormation, %s (%d .tf files, %.2f MB; %d CFN files, %.2f MB), "
            "`-j1`" % (label, len(tfiles), tbytes / 1e6, len(cfiles), cbytes / 1e6),
            "%.1f MB/s (%s)" % (tmb, fmt_s(t1)), "%.1f MB/s (%s)" % (cmb, fmt_s(c1)),
            "%.2f×" % (tmb / cmb), "≥ 0.5×", verdict(tmb / cmb >= 0.5), "%d rounds" % TF_RUNS)
        row("Terraform: `-j2` vs `-j1`, %s/terraform" % label, fmt_s(t2), fmt_s(t1),
            "%.2f× speedup" % (t1 / t2), "≥ 1.7×", verdict(t1 / t2 >= 1.7), "%d rounds" % TF_RUNS)

    # 7. incremental scans (--cache): cold (empty cache) vs warm (nothing
    # changed) vs one file changed, on a copy of the big repo (one document is
    # edited each round); no cache for the record. The copy keeps mtimes, and
    # the wait lets its ctimes age past the cache's 2-second racy window, as a
    # checkout some time before the scan would.
    incr(big, big_n, j_all)

    # ---- print -----------------------------------------------------------------
    head = ["benchmark", "vigil", "reference", "ratio", "target", "met", "note"]
    lines = ["Machine: " + machine(), "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        lines.append("| " + " | ".join(str(r[h]) for h in head) + " |")
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    with open(os.path.join(BENCH, "results.md"), "w") as f:
        f.write(text)
    with open(os.path.join(BENCH, "results.json"), "w") as f:
        json.dump({"machine": machine(), "rows": rows, "problems": problems}, f, indent=2)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
