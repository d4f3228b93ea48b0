#!/usr/bin/python3
"""Reference values for `leadnet chain` and Krackhardt's GTD, computed independently of leadnet.

Chain measures come from NetworkX 2.8 (Debian's python3-networkx) applied to the CSV files
directly, following DESIGN.md's definitions as written in include/leadnet/metrics/chain.hpp.
Krackhardt's four measures come from R sna 2.7 (Debian's r-cran-sna, via Rscript), the oracle
the library promises to equal; on graphs of up to 40 nodes a literal Python transcription of
sna's loops is run as well and must agree with sna to 1e-12.

Writes tests/data/chain/reference.json. Run from anywhere:
    tests/reference/chain_reference.py
Needs: python3-networkx, python3-numpy, r-cran-sna (scripts/bootstrap bench).
"""

import csv
import json
import math
import os
import subprocess
import sys
import tempfile

import networkx as nx
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "data", "chain", "reference.json")
DIRECTED = {"reports_to", "dotted_line", "advice", "communication", "hr_support", "political", "service"}
DEFAULT_DIALOGUE = ["sparring", "advice", "communication", "collaboration"]


# ---- data --------------------------------------------------------------------------------------
def load(name):
    folder = os.path.join(ROOT, "datasets", name)
    with open(os.path.join(folder, "nodes.csv"), encoding="utf-8-sig") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(folder, "edges.csv"), encoding="utf-8-sig") as f:
        edges = [(r["source"], r["target"], r["type"]) for r in csv.DictReader(f)]
    directed = set(DIRECTED)
    meta = os.path.join(folder, "meta.json")
    if os.path.exists(meta):
        for t in json.load(open(meta, encoding="utf-8")).get("edge_types", []):
            if t.get("directed", True):
                directed.add(t["name"])
    return nodes, edges, directed


def undirected(ids, edges, types):
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from((s, t) for s, t, typ in edges if typ in types and s != t)
    return g


# ---- Krackhardt GTD ----------------------------------------------------------------------------
def sna_gtd(graphs):
    """graphs: {name: (n, [(u, v), ...])} with 0-based ids -> {name: {measure: value}} from R sna."""
    with tempfile.TemporaryDirectory() as tmp:
        script = ["suppressMessages(library(sna))"]
        for i, (name, (n, arcs)) in enumerate(sorted(graphs.items())):
            path = os.path.join(tmp, "g%d.txt" % i)
            with open(path, "w") as f:
                for u, v in arcs:
                    f.write("%d %d\n" % (u + 1, v + 1))
            script.append("m <- matrix(0, %d, %d)" % (n, n))
            if arcs:
                script.append("e <- as.matrix(read.table('%s')); m[e] <- 1" % path)
            script.append(
                "cat('%s', sprintf('%%.17g', c(connectedness(m), hierarchy(m, measure='krackhardt'), "
                "efficiency(m), lubness(m))), '\\n')" % name)
        rfile = os.path.join(tmp, "gtd.R")
        open(rfile, "w").write("\n".join(script) + "\n")
        out = subprocess.run(["Rscript", rfile], check=True, capture_output=True, text=True).stdout
    result = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 5:
            vals = [float(x) for x in parts[1:]]
            result[parts[0]] = dict(zip(("connectedness", "hierarchy", "efficiency", "lub"), vals))
    assert set(result) == set(graphs), (set(graphs) - set(result))
    return result


def literal_gtd(n, arcs):
    """sna's definitions transcribed loop by loop (reflexive reachability, weak components)."""
    r = np.eye(n, dtype=bool)
    for u, v in arcs:
        r[u, v] = True
    for k in range(n):  # Warshall
        r |= np.outer(r[:, k], r[k, :])
    w = nx.Graph()
    w.add_nodes_from(range(n))
    w.add_edges_from(arcs)
    comps = [sorted(c) for c in nx.connected_components(w)]
    sizes = [len(c) for c in comps]
    nan = float("nan")
    con = 1.0 if n <= 1 else sum(s * (s - 1) / 2 for s in sizes) / (n * (n - 1) / 2)
    mutual = nonnull = 0
    for i in range(n):
        for j in range(i + 1, n):
            nonnull += r[i, j] or r[j, i]
            mutual += r[i, j] and r[j, i]
    hier = nan if nonnull == 0 else 1 - mutual / nonnull
    maxv = sum((s - 1) ** 2 for s in sizes)
    eff = nan if maxv == 0 else 1 - (len(arcs) - sum(s - 1 for s in sizes)) / maxv
    viol = maxviol = 0
    for c in comps:
        if len(c) <= 2:
            continue
        maxviol += (len(c) - 1) * (len(c) - 2) / 2
        for a in range(len(c)):
            for b in range(a + 1, len(c)):
                ub = [k for k in c if r[k, c[a]] and r[k, c[b]]]
                if not any(all(r[k, l] for l in ub) for k in ub):
                    viol += 1
    lub = nan if maxviol == 0 else 1 - viol / maxviol
    return dict(connectedness=con, hierarchy=hier, efficiency=eff, lub=lub)


def same(a, b):
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) <= 1e-12


def gtd_with_check(graphs):
    values = sna_gtd(graphs)
    for name, (n, arcs) in graphs.items():
        if n <= 40:
            lit = literal_gtd(n, arcs)
            for k in lit:
                assert same(lit[k], values[name][k]), (name, k, lit[k], values[name][k])
    return values


# Small hand-drawn digraphs (0-based ids); the same drawings are in tests/metrics/test_krackhardt_gtd.cpp.
SMALL = {
    "out_tree": (6, [(0, 1), (0, 2), (1, 3), (1, 4), (2, 5)]),
    "in_tree": (6, [(1, 0), (2, 0), (3, 1), (4, 1), (5, 2)]),
    "in_star4": (4, [(1, 0), (2, 0), (3, 0)]),
    "zigzag": (5, [(0, 1), (2, 1), (2, 3), (4, 3)]),
    "two_bosses": (4, [(0, 2), (1, 2), (0, 3), (1, 3)]),
    "diamond": (4, [(0, 1), (0, 2), (1, 3), (2, 3)]),
    "cycle3": (3, [(0, 1), (1, 2), (2, 0)]),
    "complete4": (4, [(i, j) for i in range(4) for j in range(4) if i != j]),
    "forest_isolate": (7, [(0, 1), (0, 2), (3, 4), (4, 5)]),
    "pair_only": (3, [(0, 1)]),
    "empty3": (3, []),
    "one_node": (1, []),
    "cycle_with_tails": (8, [(0, 1), (1, 2), (2, 0), (3, 0), (4, 3), (2, 5), (5, 6), (7, 6)]),
    "bowtie": (9, [(0, 2), (1, 2), (2, 3), (3, 4), (4, 2), (4, 5), (4, 6), (7, 1), (8, 0), (8, 1)]),
}


# ---- chain measures ----------------------------------------------------------------------------
def chain(name, dialogue):
    nodes, edges, directed = load(name)
    ids = [r["id"] for r in nodes]
    order = {v: i for i, v in enumerate(ids)}
    role = {r["id"]: r["role"].strip().lower() for r in nodes}
    unit = {r["id"]: r.get("unit", "") for r in nodes}
    formal = sorted({(s, t) for s, t, typ in edges if typ == "reports_to"}, key=lambda e: (order[e[0]], order[e[1]]))
    managers = {}
    for s, t in formal:
        managers.setdefault(s, []).append(t)
    manager = {s: min(ms, key=order.get) for s, ms in managers.items()}
    reports = {}
    for s, t in formal:
        reports.setdefault(t, []).append(s)
    span = {v: len(reports.get(v, [])) for v in ids}
    roots = sorted((v for v in ids if v not in manager and span[v] > 0), key=order.get)

    tree = nx.DiGraph()  # manager -> subordinate, primary lines only
    tree.add_edges_from((manager[s], s) for s in manager)
    depth = {}
    for r in roots:
        for v, d in nx.single_source_shortest_path_length(tree, r).items():
            depth[v] = d

    D = undirected(ids, edges, set(dialogue))
    backed = {(s, t): D.has_edge(s, t) for s, t in formal}
    gaps = [[s, t] for s, t in formal if not backed[(s, t)]]

    # chains: walk up the primary line
    people = {}
    in_formal = [v for v in ids if v in manager or span[v] > 0]
    for v in in_formal:
        if v not in depth:
            people[v] = {"chain": "unknown"}
            continue
        breaks, first, q = 0, None, v
        while q in manager:
            if not backed[(q, manager[q])]:
                breaks += 1
                if first is None:
                    first = q
            q = manager[q]
        people[v] = {"depth": depth[v], "chain": "unbroken" if breaks == 0 else "broken", "breaks": breaks,
                     "first_break": first, "first_break_depth": depth[first] if first else None}

    top = nx.multi_source_dijkstra_path_length(D, set(roots)) if roots else {}
    for v in in_formal:
        if v in depth:
            people[v]["distance_to_top"] = top.get(v)

    # leaders
    leaders = [v for v in ids if role[v] == "leader" or span[v] > 0]
    hr = [v for v in ids if role[v] == "hr"]
    pols = [v for v in ids if role[v] == "politician"]
    H = undirected(ids, edges, set(dialogue) | {"hr_support"})
    hr_dist = nx.multi_source_dijkstra_path_length(H, set(hr)) if hr else {}
    P = undirected(ids, edges, set(dialogue) | {"political"})
    pol_dist = nx.multi_source_dijkstra_path_length(P, set(pols)) if pols else {}
    N = undirected(ids, edges, set(dialogue) | {"network"})
    POL = undirected(ids, edges, {"political"})
    ALL = undirected(ids, edges, {typ for _, _, typ in edges})

    def line(v):
        up = set(nx.ancestors(tree, v)) if v in tree else set()
        down = set(nx.descendants(tree, v)) if v in tree else set()
        return up | down

    out_leaders = {}
    for v in leaders:
        ln = line(v)
        peers = sum(1 for w in N[v] if role[w] == "leader" and w not in ln)
        hd = hr_dist.get(v)
        if v in manager:
            line_backed = any(backed[(v, m)] for m in managers[v])
        else:
            line_backed = any(backed[(s, v)] for s in reports.get(v, []))
        out_leaders[v] = {
            "span": span[v],
            "peer_ties": peers,
            "hr_distance": hd,
            "political_ties": sum(1 for w in POL[v] if role[w] == "politician"),
            "political_distance": pol_dist.get(v),
            "external_ties": sum(1 for w in ALL[v] if role[w] in ("external", "citizen")),
            "isolated": (not line_backed) and peers == 0 and hd != 1,
        }

    skip = in_line = 0
    for a, b in D.edges():
        if a in depth and b in depth and abs(depth[a] - depth[b]) >= 2:
            skip += 1
            in_line += b in line(a)

    # per unit: people directly in the unit
    units = {}
    for v in in_formal:
        if v not in depth:
            continue
        u = units.setdefault(unit[v], {"people": 0, "losses": []})
        u["people"] += 1
        if people[v].get("distance_to_top") is not None:
            u["losses"].append(people[v]["distance_to_top"] - depth[v])
    unit_rows = {u: {"people": x["people"], "mean_loss": sum(x["losses"]) / len(x["losses"]),
                     "max_loss": max(x["losses"])} for u, x in units.items() if x["losses"]}

    losses = [people[v]["distance_to_top"] - depth[v] for v in in_formal
              if v in depth and people[v].get("distance_to_top") is not None]
    spans = sorted(span[v] for v in ids if span[v] > 0)
    summary = {
        "formal_ties": len(formal),
        "backed_ties": len(formal) - len(gaps),
        "chain_gaps": len(gaps),
        "gap_rate": len(gaps) / len(formal),
        "layers": 1 + max(depth.values()),
        "max_span": max(spans),
        "managers": len(spans),
        "mean_span": sum(spans) / len(spans),
        "median_span": float(np.median(spans)),
        "leaders_over_span_limit": sum(1 for s in spans if s > 30),
        "people": len(depth),
        "unbroken": sum(1 for v in depth if people[v]["chain"] == "unbroken"),
        "broken": sum(1 for v in depth if people[v]["chain"] == "broken"),
        "mean_loss": sum(losses) / len(losses),
        "unreachable_top": len(depth) - len(losses),
        "isolated_leaders": sorted((v for v in leaders if out_leaders[v]["isolated"]), key=order.get),
        "skip_level_ties": skip,
        "skip_level_in_line": in_line,
        "leaders_with_external_tie": sum(1 for v in leaders if out_leaders[v]["external_ties"] > 0),
    }

    # Krackhardt GTD on the formal organisation's members
    members = [v for v in ids if v in manager or span[v] > 0]
    local = {v: i for i, v in enumerate(members)}
    graphs = {"reports_to": (len(members), sorted({(local[t], local[s]) for s, t in formal}))}
    for typ in dialogue:
        arcs = set()
        for s, t, ty in edges:
            if ty == typ and s in local and t in local and s != t:
                arcs.add((local[s], local[t]))
                if typ not in directed:
                    arcs.add((local[t], local[s]))
        graphs[typ] = (len(members), sorted(arcs))
    return {"summary": summary, "gaps": gaps, "people": people, "leaders": out_leaders, "units": unit_rows,
            "krackhardt": gtd_with_check(graphs)}


def main():
    ref = {
        "generated_by": "tests/reference/chain_reference.py (NetworkX %s, R sna via Rscript)" % nx.__version__,
        "gtd_small": gtd_with_check(SMALL),
        "krackhardt_advice": chain("krackhardt-hightech", ["advice"]),
        "krackhardt_friendship": chain("krackhardt-hightech", ["friendship"]),
        "example_municipality": chain("example-municipality", DEFAULT_DIALOGUE),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)

    def clean(x):  # JSON has no NaN: write null
        if isinstance(x, float) and math.isnan(x):
            return None
        if isinstance(x, dict):
            return {k: clean(v) for k, v in x.items()}
        if isinstance(x, list):
            return [clean(v) for v in x]
        return x
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(clean(ref), f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print("wrote", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    sys.exit(main())
