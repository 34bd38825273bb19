#!/usr/bin/env python3
"""Turns the JMH results and the two CPython runs into one Markdown report: a table that compares
them and a Mermaid chart of Q8's time against the pool size. Used by scripts/benchmarks.

Usage: report.py --jmh JMH.json --fork FORK.json --spawn SPAWN.json --command "..." [--cores N]
Every cell is the median of the samples, with their range; the ratios compare medians.
"""
import argparse
import datetime
import json
import os
import statistics

POOL_SIZES = ("1", "2", "4", "8")
BENCH = "concurrency.q{}.{}Benchmark.{}"


def jmh_samples(entries, question, benchmark, method, param):
    name = BENCH.format(question, benchmark, method)
    for entry in entries:
        if entry["benchmark"] == name and param in entry.get("params", {}).items():
            return [value for fork in entry["primaryMetric"]["rawData"] for value in fork]
    return []


def cell(samples, unit):
    if not samples:
        return "–"
    if unit == "tasks/s":
        return "{} ({}–{})".format(*(rate(v) for v in (statistics.median(samples), min(samples), max(samples))))
    return "{} ({}–{})".format(*(ms(v) for v in (statistics.median(samples), min(samples), max(samples))))


def ms(value):
    return f"{value:.3g}" if value < 10 else f"{value:.0f}"


def rate(value):
    return f"{value / 1e6:.2f} M" if value >= 1e6 else f"{value / 1e3:.0f} k"


def speed(java, python, unit):
    """How much faster the Java process pool is than Python (or slower), from the medians."""
    if not java or not python:
        return "–"
    java, python = statistics.median(java), statistics.median(python)
    ratio = java / python if unit == "tasks/s" else python / java
    return f"**{ratio:.2f}× faster**" if ratio >= 1 else f"{1 / ratio:.2f}× slower"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jmh", required=True)
    parser.add_argument("--fork", required=True)
    parser.add_argument("--spawn", required=True)
    parser.add_argument("--command", required=True)
    parser.add_argument("--cores", type=int, default=os.cpu_count())
    args = parser.parse_args()
    with open(args.jmh) as f:
        jmh = json.load(f)
    with open(args.fork) as f:
        fork = json.load(f)
    with open(args.spawn) as f:
        spawn = json.load(f)

    rows = []  # (workload, unit, java process, java thread, python fork, python spawn)
    for n in POOL_SIZES:
        rows.append((f"Start to first result, {n} worker{'s' if n != '1' else ''}", "ms",
                     jmh_samples(jmh, 2, "FirstResult", "processPool", ("workers", n)),
                     jmh_samples(jmh, 2, "FirstResult", "threadPool", ("workers", n)),
                     fork["first_result_ms"].get(n, []), spawn["first_result_ms"].get(n, [])))
    rows.append(("map of 100 000 squares, 4 workers", "tasks/s",
                 jmh_samples(jmh, 2, "MapThroughput", "processPool", ("workers", "4")),
                 jmh_samples(jmh, 2, "MapThroughput", "threadPool", ("workers", "4")),
                 fork["map_tasks_per_s"].get("4", []), spawn["map_tasks_per_s"].get("4", [])))
    for n in POOL_SIZES:
        rows.append((f"Q8: squares of 1..10 on a new pool of {n} (start, map, close)", "ms",
                     jmh_samples(jmh, 8, "SquareTiming", "processPool", ("poolSize", n)),
                     jmh_samples(jmh, 8, "SquareTiming", "threadPool", ("poolSize", n)),
                     fork["q8_ms"].get(n, []), spawn["q8_ms"].get(n, [])))

    jdk = f"{jmh[0]['vmName']} {jmh[0]['jdkVersion']}" if jmh else "?"
    out = ["**A smoke run (--quick): one short sample of each, not a measurement.**", ""] if "--quick" in args.command else []
    out += [
        f"Measured {datetime.date.today().isoformat()} with `{args.command}` on {args.cores} cores;"
        f" Java: {jdk} (JMH {jmh[0]['jmhVersion'] if jmh else '?'}); Python: {fork['python']}.",
        "",
        "Each cell: the median of the samples (range in brackets). The last two columns compare the"
        " Java process pool's median with Python's: how many times faster (or slower) it is.",
        "",
        "| workload | unit | Java process pool | Java thread pool | Python fork | Python spawn"
        " | Java process pool vs Python fork | vs Python spawn |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for workload, unit, process, thread, py_fork, py_spawn in rows:
        out.append(f"| {workload} | {unit} | {cell(process, unit)} | {cell(thread, unit)} | {cell(py_fork, unit)}"
                   f" | {cell(py_spawn, unit)} | {speed(process, py_fork, unit)} | {speed(process, py_spawn, unit)} |")

    lines = [("Java process pool", "#1f77b4", 8, "processPool", None), ("Java thread pool", "#ff7f0e", 8, "threadPool", None),
             ("Python fork", "#2ca02c", None, None, fork), ("Python spawn", "#d62728", None, None, spawn)]
    series = []
    for label, color, question, method, python in lines:
        samples = [jmh_samples(jmh, question, "SquareTiming", method, ("poolSize", n)) if python is None
                   else python["q8_ms"].get(n, []) for n in POOL_SIZES]
        series.append((label, color, [statistics.median(s) if s else 0 for s in samples]))
    top = max(max(values) for _, _, values in series) * 1.1 or 1
    out += [
        "",
        "Q8's time against the pool size (median ms; "
        + ", ".join(f"{label}: {name}" for label, name in zip(("blue", "orange", "green", "red"), (s[0] for s in series)))
        + "):",
        "",
        "```mermaid",
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "'
        + ", ".join(color for _, color, _ in series) + '"}}}}%%',
        "xychart-beta",
        '    title "Q8: squares of 1..10 on a new pool (start, map, close)"',
        '    x-axis "pool size" [' + ", ".join(POOL_SIZES) + "]",
        f'    y-axis "milliseconds (median)" 0 --> {top:.0f}',
    ]
    for label, _, values in series:
        out.append("    line [" + ", ".join(f"{v:.1f}" for v in values) + "]")
    out.append("```")
    print("\n".join(out))


if __name__ == "__main__":
    main()
