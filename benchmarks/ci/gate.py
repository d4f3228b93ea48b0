#!/usr/bin/python3
"""Performance gate for CI: instruction counts of a fixed set of kernels against a baseline.

Wall-clock time on a shared 2-core machine drifts by +-50% between runs; instruction counts
measured by valgrind's callgrind do not (same binary, same input, same environment -> the same
count, whatever else the machine is doing). Each kernel runs once in `leadnet_ci_kernels`, a
program that builds its fixed, seeded input first with instrumentation off and switches
callgrind's collection on only around the kernel (CALLGRIND_START/STOP_INSTRUMENTATION), on one
thread.

  benchmarks/ci/gate.py                 measure, compare with baseline.json, fail on a regression
  benchmarks/ci/gate.py --update        measure and rewrite baseline.json (review the diff!)
  benchmarks/ci/gate.py --kernels a,b   only these kernels
  benchmarks/ci/gate.py --margin 5      allowed increase in percent (default 5)

Wall time and peak memory of each kernel run (outside valgrind) are recorded beside the counts
for information; they never fail the gate.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BASELINE = os.path.join(HERE, "baseline.json")
DEFAULT_BINARY = os.path.join(ROOT, "build", "release", "benchmarks", "leadnet_ci_kernels")


def list_kernels(binary):
    out = subprocess.run([binary, "--list"], check=True, capture_output=True, text=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def environment():
    env = dict(os.environ)
    env["OMP_NUM_THREADS"] = "1"
    env["OMP_WAIT_POLICY"] = "passive"
    env["LC_ALL"] = "C"
    return env


def count_instructions(binary, kernel, extra_env=None):
    env = environment()
    if extra_env:
        env.update(extra_env)
    with tempfile.TemporaryDirectory() as tmp:
        out_file = os.path.join(tmp, "callgrind.out")
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=" + out_file,
               binary, "--kernel", kernel]
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out_file) as f:
            text = f.read()
    m = re.search(r"^totals:\s+(\d+)", text, re.M)
    if not m:
        raise RuntimeError("no instruction total in callgrind output for " + kernel)
    return int(m.group(1))


def wall_and_memory(binary, kernel, extra_env=None):
    """Kernel seconds (printed by the program) and the process's peak RSS, outside valgrind."""
    env = environment()
    if extra_env:
        env.update(extra_env)
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "--kernel", kernel, "--time"], env=env, stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{kernel} failed (status {status})")
    kernel_seconds = None
    for line in out.splitlines():
        if line.startswith("kernel_seconds "):
            kernel_seconds = float(line.split()[1])
    return {"kernel_seconds": kernel_seconds, "process_seconds": round(elapsed, 3),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def measure(binary, kernels, extra_env=None):
    results = {}
    for k in kernels:
        ir = count_instructions(binary, k, extra_env)
        info = wall_and_memory(binary, k, extra_env)
        results[k] = {"instructions": ir, **info}
        print(f"  measured {k:<28} {ir:>16,d} instructions", file=sys.stderr)
    return results


def compare(baseline, now, margin):
    rows = []
    failed = []
    for k, cur in now.items():
        base = baseline.get(k)
        if base is None:
            rows.append((k, "-", f"{cur['instructions']:,d}", "new"))
            continue
        change = (cur["instructions"] - base["instructions"]) / base["instructions"] * 100.0
        verdict = ""
        if change > margin:
            verdict = "  REGRESSION"
            failed.append(k)
        rows.append((k, f"{base['instructions']:,d}", f"{cur['instructions']:,d}", f"{change:+.2f}%{verdict}"))
    missing = [k for k in baseline if k not in now]
    width = [max(len(r[i]) for r in rows + [("kernel", "baseline", "now", "change")]) for i in range(4)]
    header = ("kernel", "baseline", "now", "change")
    print("  ".join(h.ljust(width[i]) if i == 0 else h.rjust(width[i]) for i, h in enumerate(header)))
    print("  ".join("-" * w for w in width))
    for r in rows:
        print("  ".join(c.ljust(width[i]) if i == 0 else c.rjust(width[i]) for i, c in enumerate(r)))
    return failed, missing


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--baseline", default=BASELINE)
    ap.add_argument("--margin", type=float, default=5.0, help="allowed increase in percent (default 5)")
    ap.add_argument("--kernels", default="", help="comma-separated subset")
    ap.add_argument("--update", action="store_true", help="rewrite the baseline with the counts measured now")
    ap.add_argument("--env", action="append", default=[], help="KEY=VALUE for the kernel program (tests)")
    ap.add_argument("--output", help="also write the measurements as JSON here")
    args = ap.parse_args()

    kernels = list_kernels(args.binary)
    if args.kernels:
        wanted = args.kernels.split(",")
        unknown = [k for k in wanted if k not in kernels]
        if unknown:
            print("unknown kernels: " + ", ".join(unknown) + "; known: " + ", ".join(kernels), file=sys.stderr)
            return 2
        kernels = wanted
    extra_env = dict(kv.split("=", 1) for kv in args.env)
    now = measure(args.binary, kernels, extra_env)
    if args.output:
        with open(args.output, "w") as f:
            json.dump(now, f, indent=2, sort_keys=True)
    if args.update:
        data = {"note": "instruction counts from benchmarks/ci/gate.py --update; review before committing",
                "kernels": now}
        with open(args.baseline, "w") as f:
            json.dump(data, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"baseline written: {args.baseline} ({len(now)} kernels)")
        return 0
    if not os.path.exists(args.baseline):
        print(f"no baseline at {args.baseline}; run with --update first", file=sys.stderr)
        return 2
    with open(args.baseline) as f:
        baseline = json.load(f)["kernels"]
    failed, missing = compare(baseline, now, args.margin)
    if missing and not args.kernels:
        print("kernels in the baseline but not measured: " + ", ".join(missing))
        return 1
    if failed:
        print(f"\nperformance gate FAILED: {', '.join(failed)} grew by more than {args.margin}% in instructions.")
        print("If the slow-down is intended, run benchmarks/ci/gate.py --update and commit baseline.json.")
        return 1
    print(f"\nperformance gate passed ({len(now)} kernels, margin {args.margin}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
