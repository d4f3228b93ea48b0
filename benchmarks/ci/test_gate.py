#!/usr/bin/python3
"""Tests of the CI performance gate itself (run by ctest).

1. The comparison: a kernel 5.1% over its baseline fails a 5% gate, 4.9% passes, a kernel that
   disappeared from the measurements fails, a new kernel passes.
2. Repeatability: the same kernel measured twice gives instruction counts within 0.5%.
3. A deliberate slow-down is caught: with LEADNET_CI_EXTRA_RUNS=1 the kernel program runs the
   kernel a second time inside the counted region, and the gate must exit 1 naming it.
"""
import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gate  # noqa: E402

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def test_compare():
    base = {"k": {"instructions": 1_000_000}}
    with redirect_stdout(io.StringIO()):
        failed, _ = gate.compare(base, {"k": {"instructions": 1_051_000}}, 5.0)
    check(failed == ["k"], "5.1% over the baseline fails a 5% gate")
    with redirect_stdout(io.StringIO()):
        failed, _ = gate.compare(base, {"k": {"instructions": 1_049_000}}, 5.0)
    check(failed == [], "4.9% over the baseline passes a 5% gate")
    with redirect_stdout(io.StringIO()):
        failed, _ = gate.compare(base, {"k": {"instructions": 900_000}}, 5.0)
    check(failed == [], "a faster kernel passes")
    with redirect_stdout(io.StringIO()):
        failed, missing = gate.compare({**base, "gone": {"instructions": 5}}, {"k": {"instructions": 1_000_000}}, 5.0)
    check(missing == ["gone"], "a kernel missing from the measurements is reported")
    with redirect_stdout(io.StringIO()):
        failed, missing = gate.compare(base, {"k": {"instructions": 1_000_000}, "new": {"instructions": 7}}, 5.0)
    check(failed == [] and missing == [], "a new kernel passes")


def test_repeatable_and_slowdown(binary, kernel):
    a = gate.count_instructions(binary, kernel)
    b = gate.count_instructions(binary, kernel)
    spread = abs(a - b) / a * 100.0
    check(spread <= 0.5, f"{kernel} measured twice: {a:,d} and {b:,d} instructions ({spread:.4f}% apart)")

    with tempfile.TemporaryDirectory() as tmp:
        baseline = os.path.join(tmp, "baseline.json")
        with open(baseline, "w") as f:
            json.dump({"kernels": {kernel: {"instructions": a}}}, f)
        cmd = [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "gate.py"),
               "--binary", binary, "--baseline", baseline, "--kernels", kernel]
        ok = subprocess.run(cmd, capture_output=True, text=True)
        check(ok.returncode == 0, f"the gate passes the unchanged kernel (exit {ok.returncode})")
        slow = subprocess.run(cmd + ["--env", "LEADNET_CI_EXTRA_RUNS=1"], capture_output=True, text=True)
        check(slow.returncode == 1 and "REGRESSION" in slow.stdout and kernel in slow.stdout,
              f"the gate catches the deliberate slow-down (exit {slow.returncode})")
        print(slow.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=gate.DEFAULT_BINARY)
    ap.add_argument("--kernel", default="components")
    args = ap.parse_args()
    test_compare()
    test_repeatable_and_slowdown(args.binary, args.kernel)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all gate checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
