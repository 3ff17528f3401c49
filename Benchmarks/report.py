#!/usr/bin/env python3
"""Turns the measurements of Benchmarks/run (hyperfine JSON exports, /usr/bin/time -v logs)
into the Markdown tables of BENCHMARKS.md, each with the issue's targets and whether they are met."""
import json
import re
import sys


def runs(path):
    """command name -> (mean seconds, standard deviation, runs) of a hyperfine JSON export."""
    with open(path) as f:
        results = json.load(f)["results"]
    return {r["command"]: (r["mean"], r.get("stddev") or 0.0, len(r["times"])) for r in results}


def cpu(path):
    """command name -> mean user + system seconds (the process and its children)."""
    with open(path) as f:
        results = json.load(f)["results"]
    return {r["command"]: r["user"] + r["system"] for r in results}


def seconds(mean, sd, n):
    return "%.3f ± %.3f (%d runs)" % (mean, sd, n) if n > 1 else "%.3f (1 run)" % mean


def verdict(ok):
    return "**met**" if ok else "**not met**"


def throughput(path, megabytes, articles, cores, label):
    r, c = runs(path), cpu(path)
    grep = r["grep -F -o"][0]
    print("### 1. Extraction throughput, %s corpus (%.1f MB, %d articles)\n" % (label, megabytes, articles))
    print("| command | time (s) | CPU (s) | MB/s | articles/s | time / grep floor |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in ["cat", "grep -F -o", "extract --threads 1", "extract --threads %d" % cores]:
        mean, sd, n = r[name]
        print("| `%s` | %s | %.2f | %.2f | %.0f | %.2fx |" % (name, seconds(mean, sd, n), c[name], megabytes / mean, articles / mean, mean / grep))
    one = r["extract --threads 1"][0]
    many = r["extract --threads %d" % cores][0]
    per_core = megabytes / one
    print()
    print("- Target ≥ 50 MB/s per core on one thread: %.2f MB/s, %s." % (per_core, verdict(per_core >= 50)))
    print("- Target within 1.5x of the `grep -F -o` floor (one thread): %.2fx, %s." % (one / grep, verdict(one <= 1.5 * grep)))
    print("- Target: parallel extraction scales with cores: %.2fx faster on %d threads (%.0f%% of linear), %s (counted as met at ≥ 80%% of linear)."
          % (one / many, cores, 100 * one / many / cores, verdict(one / many >= 0.8 * cores)))
    print()


def reference(path, megabytes, articles, cores, label):
    r, c = runs(path), cpu(path)
    py = r["python reference"]
    print("### 2. Against the Python reference pipeline, %s corpus (%.1f MB, %d articles)\n" % (label, megabytes, articles))
    print("| command | time (s) | CPU (s) | MB/s | articles/s | Python time / this |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in ["python reference", "extract --threads 1", "extract --threads %d" % cores]:
        mean, sd, n = r[name]
        print("| `%s` | %s | %.2f | %.2f | %.0f | %.2fx |" % (name, seconds(mean, sd, n), c[name], megabytes / mean, articles / mean, py[0] / mean))
    speedup = py[0] / r["extract --threads 1"][0]
    print()
    print("- Target ≥ 10x the Python reference (one thread against its one process): %.2fx, %s." % (speedup, verdict(speedup >= 10)))
    print("- The reference finds sentence co-occurrences only; `extract` also finds typed relations, modality, attribution, evidence and offsets.")
    print()


def incremental(path, articles):
    r = runs(path)
    full, new, same = r["full build"], r["one new article"], r["nothing changed"]
    print("### 3. Incremental cost: a %d-article store\n" % articles)
    print("| build | time (s) | share of the full build |")
    print("| --- | --- | --- |")
    for name, (mean, sd, n) in [("full build (empty store)", full), ("one new article", new), ("nothing changed", same)]:
        print("| %s | %s | %.1f%% |" % (name, seconds(mean, sd, n), 100 * mean / full[0]))
    share = new[0] / full[0]
    print()
    print("- Target: one new article under 5%% of the full build: %.1f%%, %s." % (100 * share, verdict(share < 0.05)))
    print()


def render(paths):
    print("### 4. Rendering: C API against `dot -Tsvg` (a process per call), automatic engine\n")
    print("| nodes | edges | engine | `actorgraph render` (s) | `dot -Tsvg` (s) | render / dot |")
    print("| --- | --- | --- | --- | --- | --- |")
    ok_ratio, ok_2000 = True, True
    for path in paths:
        m = re.search(r"render-(\d+)-(\d+)-(\w+)\.json$", path)
        nodes, edges, engine = int(m.group(1)), int(m.group(2)), m.group(3)
        r = runs(path)
        ours, theirs = r["actorgraph render"], r["dot -Tsvg"]
        ok_ratio &= ours[0] <= theirs[0] * 1.05
        if nodes >= 2000:
            ok_2000 &= ours[0] < 10
        print("| %d | %d | %s | %s | %s | %.2fx |" % (nodes, edges, engine, seconds(*ours), seconds(*theirs), ours[0] / theirs[0]))
    print()
    print("- Target: the C API at most as slow as `dot -Tsvg` at every size (5%% noise allowed): %s." % verdict(ok_ratio))
    print("- Target: 2,000 nodes in under 10 s: %s." % verdict(ok_2000))
    print()


def memory(logs):
    """logs: LABEL=MEGABYTES=COMMAND=PATH of /usr/bin/time -v outputs."""
    print("### 5. Peak memory (maximum resident set size) against corpus size\n")
    print("| corpus | command | peak RSS (MB) | wall time (s) | MB/s |")
    print("| --- | --- | --- | --- | --- |")
    peaks = {}  # command -> [(corpus megabytes, label, peak MB)]
    for item in logs:
        label, megabytes, command, path = item.split("=", 3)
        text = open(path).read()
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
        wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text).group(1)
        parts = [float(x) for x in wall.split(":")]
        secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
        print("| %s | `%s` | %.0f | %.1f | %.2f |" % (label, command, rss, secs, float(megabytes) / secs))
        peaks.setdefault(command, []).append((float(megabytes), label, rss))
    print()
    for command, rows in peaks.items():
        rows.sort()
        (small_mb, small, small_rss), (large_mb, large, large_rss) = rows[0], rows[-1]
        if len(rows) > 1:
            growth = large_rss / small_rss
            print("- `%s`: target flat in corpus size: the peak grows %.2fx from %s to %s (%.0fx the data), %s (counted as flat under 1.5x)."
                  % (command, growth, small, large, large_mb / small_mb, verdict(growth < 1.5)))
        if large_mb >= 900:
            print("- `%s`: target under 300 MB peak for the 1 GB corpus: %.0f MB, %s." % (command, large_rss, verdict(large_rss < 300)))
        else:
            print("- `%s`: target under 300 MB peak for the 1 GB corpus: not measured in this run (`Benchmarks/run --full`); %.0f MB at %s." % (command, large_rss, large))
    print()


if __name__ == "__main__":
    kind, args = sys.argv[1], sys.argv[2:]
    if kind in ("throughput", "reference"):
        globals()[kind](args[0], float(args[1]), int(args[2]), int(args[3]), args[4])
    elif kind == "incremental":
        incremental(args[0], int(args[1]))
    elif kind == "render":
        render(args)
    elif kind == "memory":
        memory(args)
    else:
        sys.exit("unknown table " + kind)
