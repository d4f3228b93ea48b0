#!/usr/bin/python3
"""Louvain in leadnet against igraph's community_multilevel (python3-igraph 0.10.2, Debian) on the
same graphs, in the same run: median seconds of the kernel and the modularity each reaches.

    benchmarks/peers/communities_peers.py DIR [DIR ...] [--repeats 3]

DIR is a dataset folder, e.g. `leadnet generate --preset municipality -o /tmp/muni` or
`--preset copenhagen`. Both tools get the default silo view of `leadnet silos` / `leadnet
communities`: every layer except reports_to, dotted_line and service, undirected, a pair of
people once, unweighted, every person a node (citizens without such ties are isolates).
leadnet is timed by build/release/benchmarks/bench_silos (BM_DatasetCommunities/0: Louvain,
seed 1, graph read once and not timed, 3 iterations per repeat); igraph's call alone is timed in
this process, with Python's `random` seeded 1..repeats (igraph draws from it). Ratio = igraph
seconds / leadnet seconds (> 1: leadnet is faster). Single-threaded both (leadnet's communities
are single-threaded).
"""
import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import time

import igraph as ig

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "build", "release", "benchmarks", "bench_silos")
NOT_SILO = {"reports_to", "dotted_line", "service"}


def silo_view(folder):
    with open(os.path.join(folder, "nodes.csv"), encoding="utf-8-sig", newline="") as f:
        ids = [row["id"] for row in csv.DictReader(f)]
    index = {v: i for i, v in enumerate(ids)}
    pairs = set()
    with open(os.path.join(folder, "edges.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row["type"] in NOT_SILO or row["source"] == row["target"]:
                continue
            a, b = index[row["source"]], index[row["target"]]
            pairs.add((a, b) if a < b else (b, a))
    return len(ids), sorted(pairs)


def leadnet_louvain(folder, repeats):
    times, q = [], None
    env = dict(os.environ, LEADNET_BENCH_DATASET=folder, OMP_NUM_THREADS="1")
    for _ in range(repeats):
        out = subprocess.run([BENCH, "--benchmark_filter=BM_DatasetCommunities/0/", "--benchmark_format=json"],
                             env=env, check=True, capture_output=True, text=True).stdout
        b = [x for x in json.loads(out)["benchmarks"] if x["name"].startswith("BM_DatasetCommunities/0")][0]
        assert b["time_unit"] == "ms"
        times.append(b["real_time"] / 1000.0)
        q = b["modularity"]
    return statistics.median(times), q


def igraph_louvain(n, edges, repeats):
    g = ig.Graph(n=n, edges=edges)
    times, qs = [], []
    for r in range(repeats):
        random.seed(r + 1)
        start = time.perf_counter()
        c = g.community_multilevel()
        times.append(time.perf_counter() - start)
        qs.append(g.modularity(c.membership))
    return statistics.median(times), statistics.mean(qs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    print(f"{'graph':<28} {'nodes':>9} {'edges':>9} {'leadnet s':>10} {'igraph s':>9} {'ratio':>6} "
          f"{'Q leadnet':>10} {'Q igraph':>9} {'Q diff':>7}")
    for folder in args.folders:
        n, edges = silo_view(folder)
        lt, lq = leadnet_louvain(os.path.abspath(folder), args.repeats)
        it, iq = igraph_louvain(n, edges, args.repeats)
        print(f"{os.path.basename(os.path.normpath(folder)):<28} {n:>9,d} {len(edges):>9,d} {lt:>10.3f} {it:>9.3f} "
              f"{it / lt:>6.2f} {lq:>10.4f} {iq:>9.4f} {(lq - iq) / iq * 100:>+6.2f}%", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
