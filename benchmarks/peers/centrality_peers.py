#!/usr/bin/python3
"""Times leadnet's centrality kernels against NetworkX, igraph and graph-tool on the same graphs,
in the same run, and prints medians and ratios.

    benchmarks/peers/centrality_peers.py                       # the default graphs (see GRAPHS)
    benchmarks/peers/centrality_peers.py --graphs muni-6000,sf-50000 --repeats 3
    benchmarks/peers/centrality_peers.py --quick               # small graphs only, one repeat

Peers come from Debian's packages (python3-networkx 2.8.8, python3-igraph 0.10.2,
python3-graph-tool 2.45); run with /usr/bin/python3. leadnet is timed by
build/release/benchmarks/bench_centrality --dataset DIR (Google Benchmark; the graph is read once
and not timed), at 1 and 2 threads; graph-tool (OpenMP) at 1 and 2 threads; igraph and NetworkX
are single-threaded. The whole `leadnet centrality` process (reading the CSV folder included) is
also timed against a python3 process in which igraph reads the same ties (an edge-list file
written beside the dataset in igraph's fastest text format, NCOL) and computes the same measure.

Graphs (written once into --work, default build/release/bench-data/peers):
  muni-E   `leadnet generate --preset municipality --people E --citizens E --seed 1`
  sf-N     a directed scale-free graph of N nodes, ~10 arcs per node: each node links to 10 earlier
           nodes chosen by preferential attachment on in-degree + 1 (Price's model; nodes arrive
           in batches of 1 % of the graph so far; duplicate picks dropped), then each arc turned
           around with probability 1/2 (so that the graph has cycles), numpy PCG64 seed 1; one
           `communication` tie per arc.
Every tool gets the same simple directed graph: every layer merged, parallel arcs of different
types counted once, undirected ties as two arcs, no self-loops, unweighted (what `leadnet
centrality DATA` computes by default).

Kernels and calls (defaults unless said):
  degree            in- and out-degree of every node
  betweenness_256   exact Brandes from 256 fixed sources (node i*n/256): graph-tool
                    betweenness(pivots=...), NetworkX betweenness_centrality_subset(sources, all);
                    igraph 0.10.2's Python API has no source subset (not timed)
  betweenness_exact all sources (small graphs only)
  closeness, harmonic  all sources (small graphs only); distances to the node (NetworkX's and
                    leadnet's direction; igraph mode="in"; graph-tool on the reversed graph)
  pagerank          alpha 0.85, each library's default: NetworkX tol=1e-6 (stop at an L1 step below
                    n * 1e-6), igraph PRPACK (a direct solver), graph-tool epsilon=1e-6 (stop at an
                    L1 step below 1e-6); leadnet's default is NetworkX's stop, sweep for sweep
  pagerank_gt_stop  leadnet stopped where graph-tool stops (--tolerance 1e-6/n: an L1 step below
                    1e-6, the same number of sweeps as graph-tool's default); the peers' times are
                    those of the "pagerank" row (graph-tool's default is this stop; igraph's PRPACK
                    solves at least as precisely)
  eigenvector       NetworkX's and leadnet's default stop (L1 step < n * 1e-6), graph-tool's
                    (< 1e-6), igraph ARPACK (converged); eigenvector_gt_stop as for PageRank,
                    except that leadnet's tolerance 1e-6/n is at most 1e-10 from 10 000 nodes on,
                    where leadnet computes the converged vector by its own Arnoldi
  katz_0.01         alpha 0.01 (0.1 diverges on these graphs); igraph has no Katz; katz_0.01_gt_stop
                    as for PageRank
  hits              NetworkX svds (ARPACK), igraph ARPACK, graph-tool power iteration (epsilon
                    1e-6); leadnet Lanczos (Spectra) to a residual of 1e-10
Medians over --repeats runs. On this shared 2-core machine the wall time of a one-thread run
mostly measures the other jobs, so one-thread runs are compared by CPU time (Google Benchmark's
cpu_time for leadnet, time.process_time() for the peers, getrusage for whole processes) and
two-thread runs by wall time. Ratio = peer time / leadnet time (> 1: leadnet is faster), against
the fastest of igraph and graph-tool.
"""

import argparse
import csv
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy/scipy load their BLAS
import numpy as np  # noqa: E402

warnings.filterwarnings("ignore")
import graph_tool.all as gt  # noqa: E402
import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUILD = os.path.join(ROOT, "build", "release")
LEADNET = os.path.join(BUILD, "leadnet")
BENCH = os.path.join(BUILD, "benchmarks", "bench_centrality")

UNDIRECTED_TYPES = {"sparring", "collaboration", "network"}
DEFAULT_GRAPHS = ["muni-1500", "muni-6000", "sf-50000", "muni-45000", "muni-500000", "sf-1000000"]
ALL_PAIRS_MAX_NODES = 5000     # exact betweenness, closeness, harmonic
NETWORKX_MAX_NODES = 100_000   # NetworkX only below this
NETWORKX_BETWEENNESS_MAX = 20_000


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------- graphs

def write_scale_free(folder, n, out_per_node=10, seed=1):
    rng = np.random.Generator(np.random.PCG64(seed))
    # Price's model: targets drawn in proportion to in-degree + 1 among earlier nodes, from an urn
    # holding every arc target plus every node once. Nodes arrive in batches of 1% of the graph
    # so far (each batch draws from the urn as it stood before the batch), duplicate picks of a
    # node are dropped.
    urn = [np.arange(min(n, out_per_node + 1), dtype=np.int64)]
    srcs, dsts = [], []
    for v in range(1, min(n, out_per_node + 1)):  # the first nodes link to every earlier node
        srcs.append(np.full(v, v, dtype=np.int64))
        dsts.append(np.arange(v, dtype=np.int64))
        urn.append(np.arange(v, dtype=np.int64))
    lo = out_per_node + 1
    while lo < n:
        hi = min(n, max(lo + 1, lo + lo // 100))
        pool = np.concatenate(urn)
        urn = [pool]
        picks = pool[rng.integers(0, len(pool), size=(hi - lo) * out_per_node)]
        src = np.repeat(np.arange(lo, hi, dtype=np.int64), out_per_node)
        key = np.unique(src * n + picks)
        s, t = key // n, key % n
        srcs.append(s)
        dsts.append(t)
        urn.append(t)
        urn.append(np.arange(lo, hi, dtype=np.int64))
        lo = hi
    src = np.concatenate(srcs)
    dst = np.concatenate(dsts)
    # Arcs from new to old nodes only would make a graph without cycles (eigenvector and Katz
    # centrality vanish there); half the arcs, chosen at random, point from old to new.
    flip = rng.random(len(src)) < 0.5
    src, dst = np.where(flip, dst, src), np.where(flip, src, dst)
    m = len(src)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "nodes.csv"), "w") as f:
        f.write("id,role\n")
        f.write("".join(f"n{v},staff\n" for v in range(n)))
    with open(os.path.join(folder, "edges.csv"), "w") as f:
        f.write("source,target,type\n")
        for lo in range(0, m, 1_000_000):
            hi = min(m, lo + 1_000_000)
            f.write("".join(f"n{s},n{t},communication\n" for s, t in zip(src[lo:hi].tolist(), dst[lo:hi].tolist())))


def ensure_graph(name, work):
    folder = os.path.join(work, name)
    if os.path.exists(os.path.join(folder, "edges.csv")):
        return folder
    kind, size = name.split("-")
    size = int(size)
    log(f"writing {name} ...")
    if kind == "muni":
        subprocess.run([LEADNET, "generate", "--preset", "municipality", "--people", str(size), "--citizens",
                        str(size), "--seed", "1", "--quiet", "-o", folder], check=True, stdout=subprocess.DEVNULL)
    elif kind == "sf":
        tmp = folder + ".tmp"
        write_scale_free(tmp, size)
        os.replace(tmp, folder)
    else:
        raise SystemExit(f"unknown graph kind in {name}: muni-E or sf-N")
    return folder


def read_arcs(folder):
    """The simple directed graph of every layer merged, as (n, int64 array of shape (m, 2))."""
    with open(os.path.join(folder, "nodes.csv"), encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        col = header.index("id")
        index = {row[col]: i for i, row in enumerate(reader)}
    n = len(index)
    src, dst = [], []
    with open(os.path.join(folder, "edges.csv"), encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        cs, ct, cy = header.index("source"), header.index("target"), header.index("type")
        cd = header.index("directed") if "directed" in header else None
        for row in reader:
            s, t = index[row[cs]], index[row[ct]]
            if s == t:
                continue
            und = row[cy] in UNDIRECTED_TYPES
            if cd is not None and row[cd].strip():
                und = row[cd].strip().lower() in ("false", "no", "0", "nej", "n")
            src.append(s)
            dst.append(t)
            if und:
                src.append(t)
                dst.append(s)
    arcs = np.unique(np.stack([np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64)], axis=1), axis=0)
    return n, arcs


def write_ncol(folder, arcs):
    path = os.path.join(folder, "arcs.ncol")
    if not os.path.exists(path):
        np.savetxt(path, arcs, fmt="%d")
    return path


# ------------------------------------------------------------------------------------------ timing

def median_time(fn, repeats):
    """Medians of (wall seconds, CPU seconds of this process)."""
    walls, cpus = [], []
    for _ in range(repeats):
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def median_process_time(cmd, repeats):
    """Medians of (wall seconds, user + system CPU seconds) of a child process."""
    walls, cpus = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - t0)
        cpus.append(usage.ru_utime + usage.ru_stime)
        if status != 0:
            raise RuntimeError(f"{cmd[0]} failed (status {status})")
    return statistics.median(walls), statistics.median(cpus)


def sources_of(n, k=256):
    k = min(k, n)
    return [i * n // k for i in range(k)]


def peer_kernels(n, arcs, all_pairs, with_networkx, nx_betweenness):
    """{kernel: {tool: callable}} for the graph."""
    g_ig = ig.Graph(n=n, edges=arcs.tolist(), directed=True)
    g_gt = gt.Graph(directed=True)
    g_gt.add_vertex(n)
    g_gt.add_edge_list(arcs)
    g_gt_rev = gt.GraphView(g_gt, reversed=True)
    g_nx = None
    if with_networkx:
        g_nx = nx.DiGraph()
        g_nx.add_nodes_from(range(n))
        g_nx.add_edges_from(arcs.tolist())
    src = sources_of(n)
    vs = g_gt.get_vertices()
    k = {
        "degree": {
            "igraph": lambda: (g_ig.indegree(), g_ig.outdegree()),
            "graph-tool": lambda: (g_gt.get_in_degrees(vs), g_gt.get_out_degrees(vs)),
        },
        "betweenness_256": {
            "graph-tool": lambda: gt.betweenness(g_gt, pivots=np.array(src)),
        },
        "pagerank": {
            "igraph": lambda: g_ig.pagerank(),
            "graph-tool": lambda: gt.pagerank(g_gt),
        },
        "eigenvector": {
            "igraph": lambda: g_ig.eigenvector_centrality(directed=True),
            "graph-tool": lambda: gt.eigenvector(g_gt),
        },
        "katz_0.01": {
            "graph-tool": lambda: gt.katz(g_gt, alpha=0.01),
        },
        "hits": {
            "igraph": lambda: (g_ig.hub_score(), g_ig.authority_score()),
            "graph-tool": lambda: gt.hits(g_gt),
        },
    }
    if all_pairs:
        k["betweenness_exact"] = {"igraph": lambda: g_ig.betweenness(), "graph-tool": lambda: gt.betweenness(g_gt)}
        k["closeness"] = {"igraph": lambda: g_ig.closeness(mode="in"), "graph-tool": lambda: gt.closeness(g_gt_rev)}
        k["harmonic"] = {"igraph": lambda: g_ig.harmonic_centrality(mode="in"),
                         "graph-tool": lambda: gt.closeness(g_gt_rev, harmonic=True)}
    if g_nx is not None:
        k["degree"]["networkx"] = lambda: (dict(g_nx.in_degree()), dict(g_nx.out_degree()))
        k["pagerank"]["networkx"] = lambda: nx.pagerank(g_nx)
        k["hits"]["networkx"] = lambda: nx.hits(g_nx, max_iter=10000)
        k["katz_0.01"]["networkx"] = lambda: nx.katz_centrality(g_nx, alpha=0.01, max_iter=10000)
        k["eigenvector"]["networkx"] = lambda: nx.eigenvector_centrality(g_nx, max_iter=10000)
        if nx_betweenness:
            k["betweenness_256"]["networkx"] = lambda: nx.betweenness_centrality_subset(g_nx, src, list(g_nx))
        if all_pairs:
            k["betweenness_exact"]["networkx"] = lambda: nx.betweenness_centrality(g_nx)
            k["closeness"]["networkx"] = lambda: nx.closeness_centrality(g_nx)
            k["harmonic"]["networkx"] = lambda: nx.harmonic_centrality(g_nx)
    return k


def time_peers(kernels, repeats, skip, one_thread=False):
    out = {}  # (kernel, tool) -> seconds or None (failed)
    for kernel, tools in kernels.items():
        for tool, fn in tools.items():
            threads = [1, 2] if tool == "graph-tool" and not one_thread else [1]
            for t in threads:
                label = f"{tool}/{t}" if tool == "graph-tool" else tool
                if (kernel, label) in skip:
                    continue
                if tool == "graph-tool":
                    gt.openmp_set_num_threads(t)
                try:
                    out[(kernel, label)] = median_time(fn, repeats)
                except Exception as e:  # e.g. NetworkX's power iteration did not converge
                    log(f"  {kernel} {label}: failed ({type(e).__name__}: {e})")
                    out[(kernel, label)] = None
                log(f"  {kernel:<18} {label:<13} {fmt(out[(kernel, label)])}")
    # The peers' default stops are the *_gt_stop rows' references (see the docstring).
    for kernel in ("pagerank", "eigenvector", "katz_0.01"):
        for (k, label), t in list(out.items()):
            if k == kernel and label != "networkx":
                out[(kernel + "_gt_stop", label)] = t
    return out


def time_leadnet(folder, repeats, all_pairs, kernels=None, one_thread=False):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        path = tmp.name
    cmd = [BENCH, "--dataset", folder, f"--benchmark_repetitions={repeats}", "--benchmark_min_time=0.01",
           "--benchmark_format=json", f"--benchmark_out={path}", "--benchmark_out_format=json"]
    if all_pairs:
        cmd.append("--all-pairs")
    names = "|".join(k.replace(".", "\\.") for k in kernels) if kernels else "[a-z_0-9.]+"
    cmd.append(f"--benchmark_filter=^BM_({names})/.*threads:{'1' if one_thread else '[12]'}/")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    with open(path) as f:
        data = json.load(f)
    os.unlink(path)
    runs = {}
    for b in data["benchmarks"]:
        if b.get("run_type") != "iteration" or b.get("error_occurred"):
            continue
        name = b["run_name"]  # BM_pagerank/dataset:0/threads:1/real_time
        parts = name.split("/")
        kernel = parts[0][3:]
        threads = int([p for p in parts if p.startswith("threads:")][0].split(":")[1])
        # ms -> s; cpu_time is the main thread's (all the work at 1 thread)
        runs.setdefault((kernel, f"leadnet/{threads}"), []).append((b["real_time"] / 1000.0, b["cpu_time"] / 1000.0))
    return {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in runs.items()}


def time_processes(folder, ncol, repeats):
    """Whole processes: leadnet centrality (CSV read + PageRank + CSV written) vs igraph."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        lead = [LEADNET, "centrality", folder, "--measures", "pagerank", "--format", "csv", "--quiet", "-o",
                os.path.join(tmp, "pr.csv")]
        script = ("import igraph\n"
                  f"g = igraph.Graph.Read_Ncol({ncol!r}, names=True, directed=True)\n"
                  "pr = g.pagerank()\n"
                  f"open({os.path.join(tmp, 'ig.txt')!r}, 'w').write('\\n'.join(map(repr, pr)))\n")
        for label, cmd in (("leadnet/2", lead + ["--threads", "2"]), ("leadnet/1", lead + ["--threads", "1"]),
                           ("igraph", ["/usr/bin/python3", "-c", script])):
            out[label] = median_process_time(cmd, repeats)
    return out


# ------------------------------------------------------------------------------------------ report

def fmt(s):
    if isinstance(s, tuple):
        s = s[0]
    if s is None:
        return "failed"
    if s >= 10:
        return f"{s:.1f} s"
    if s >= 1:
        return f"{s:.2f} s"
    if s >= 0.001:
        return f"{s * 1000:.1f} ms"
    return f"{s * 1e6:.0f} µs"


def ratio(peer, ours):
    if peer is None or ours is None or ours <= 0:
        return "-"
    return f"{peer / ours:.1f}x"


def cpu(t):
    """One-thread time: CPU time, but never more than wall time (igraph's PageRank and ARPACK
    calls leave helper threads spinning, which process_time() counts)."""
    return None if t is None else min(t)


def wall(t):
    return None if t is None else t[0]


def report(name, n, m, times, procs):
    """Single-thread tools by CPU time (the machine is shared: wall time of a one-thread run
    measures the others' load as much as the kernel); two-thread runs by wall time."""
    one = ["leadnet/1", "igraph", "graph-tool/1", "networkx"]
    two = ["leadnet/2", "graph-tool/2"]
    kernels = []
    for (k, _t) in times:
        if k not in kernels:
            kernels.append(k)
    print(f"\n## {name}: {n:,} nodes, {m:,} arcs (medians)\n")
    print("| kernel | " + " | ".join(t + " CPU" for t in one) + " | " + " | ".join(t + " wall" for t in two) +
          " | best peer / leadnet, 1 thread (CPU) | best peer / leadnet, 2 threads (wall) |")
    print("|---|" + "---:|" * (len(one) + len(two) + 2))
    for k in kernels:
        cells = [fmt(cpu(times.get((k, t)))) if (k, t) in times else "-" for t in one]
        cells += [fmt(wall(times.get((k, t)))) if (k, t) in times else "-" for t in two]
        single = [cpu(times.get((k, t))) for t in ("igraph", "graph-tool/1")]
        single = [x for x in single if x is not None]
        best1 = min(single) if single else None
        # Two threads: graph-tool's two-thread wall time, or igraph's one-thread time (it has no
        # threads to use), whichever is shorter.
        double = [x for x in (cpu(times.get((k, "igraph"))), wall(times.get((k, "graph-tool/2")))) if x is not None]
        best2 = min(double) if double else None
        print(f"| {k} | " + " | ".join(cells) + f" | {ratio(best1, cpu(times.get((k, 'leadnet/1'))))} | "
              f"{ratio(best2, wall(times.get((k, 'leadnet/2'))))} |")
    if procs:
        print(f"\nWhole process, PageRank from the files (CPU, user + system): leadnet centrality (CSV folder) "
              f"{fmt(cpu(procs['leadnet/1']))} at 1 thread, {fmt(cpu(procs['leadnet/2']))} at 2 "
              f"(wall {fmt(wall(procs['leadnet/1']))}, {fmt(wall(procs['leadnet/2']))}); python3 + igraph "
              f"(NCOL edge list) {fmt(cpu(procs['igraph']))} (wall {fmt(wall(procs['igraph']))}): "
              f"{ratio(cpu(procs['igraph']), cpu(procs['leadnet/1']))} at 1 thread.")
    sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graphs", default=",".join(DEFAULT_GRAPHS))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="muni-1500 and sf-20000, one repeat")
    ap.add_argument("--work", default=os.path.join(BUILD, "bench-data", "peers"))
    ap.add_argument("--no-process", action="store_true", help="skip the whole-process comparison")
    ap.add_argument("--no-networkx", action="store_true", help="leave NetworkX out (it takes minutes per kernel "
                    "from ~50 000 nodes)")
    ap.add_argument("--kernels", help="only these kernels, comma-separated (e.g. pagerank,betweenness_256)")
    ap.add_argument("--one-thread", action="store_true", help="leave out the two-thread runs (leadnet and "
                    "graph-tool), which only wall time can measure and which a loaded machine makes meaningless")
    args = ap.parse_args()
    if args.quick:
        args.graphs, args.repeats = "muni-1500,sf-20000", 1
    for exe in (LEADNET, BENCH):
        if not os.path.exists(exe):
            raise SystemExit(f"{exe} is missing: cmake --build --preset release")
    os.makedirs(args.work, exist_ok=True)
    print(f"# centrality peers: leadnet vs igraph {ig.__version__}, graph-tool {gt.__version__.split()[0]}, "
          f"NetworkX {nx.__version__}; {args.repeats} repeats; load average {os.getloadavg()[0]:.1f} at start")
    for name in args.graphs.split(","):
        folder = ensure_graph(name, args.work)
        n, arcs = read_arcs(folder)
        m = len(arcs)
        all_pairs = n <= ALL_PAIRS_MAX_NODES
        log(f"{name}: {n:,} nodes, {m:,} arcs")
        wanted = args.kernels.split(",") if args.kernels else None
        if wanted:
            wanted += [k + "_gt_stop" for k in wanted if k in ("pagerank", "eigenvector", "katz_0.01")]
        times = time_leadnet(folder, args.repeats, all_pairs, wanted, args.one_thread)
        kernels = peer_kernels(n, arcs, all_pairs, n <= NETWORKX_MAX_NODES and not args.no_networkx,
                               n <= NETWORKX_BETWEENNESS_MAX)
        if wanted:
            kernels = {k: v for k, v in kernels.items() if k in wanted}
        times.update(time_peers(kernels, args.repeats, set(), args.one_thread))
        del kernels
        gc.collect()
        procs = None
        if not args.no_process:
            procs = time_processes(folder, write_ncol(folder, arcs), args.repeats)
        report(name, n, m, times, procs)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
