#!/usr/bin/python3
"""Reference centrality values for leadnet's tests, computed by NetworkX 2.8.8 (Debian's
python3-networkx) from the datasets' CSV folders.

    tests/reference/centrality_reference.py            # writes tests/data/reference/centrality/
    tests/reference/centrality_reference.py --check    # recomputes and compares with what is stored

The script reads nodes.csv, edges.csv and meta.json itself and rebuilds the graph leadnet's
View builds (src/model/view.cpp, src/model/graph_builder.cpp), so the values are independent of
leadnet's code:
  * a layer per edge type; duplicate (source, target, type) rows summed; self-loops dropped; an
    undirected tie in a layer that also holds directed ties becomes two arcs;
  * a directed view keeps arcs (an undirected tie gives both arcs) and sums weights of parallel
    arcs of different layers; an undirected view makes the pair {u, v} an edge when any layer has
    u->v or v->u, weighted by the sum of both arcs' weights plus undirected ties;
  * unweighted views have weight 1 everywhere; weighted views carry "weight" (tie strength) and
    "distance" = 1/weight, the arc length of the path measures (DESIGN.md).

Calls (NetworkX defaults, except tolerances; see below):
  degree       G.degree(), G.in_degree(), G.out_degree(), G.degree(weight="weight")
  betweenness  nx.betweenness_centrality(G, normalized=True, weight=None | "distance")
  closeness    nx.closeness_centrality(G, distance=None | "distance", wf_improved=True)
  harmonic     nx.harmonic_centrality(G, distance=None | "distance")
  pagerank     nx.pagerank(G, alpha=0.85, weight=None | "weight", tol=1e-15, max_iter=100000),
               and with the default tol=1e-6 (column "pagerank_default")
  eigenvector  nx.eigenvector_centrality(G, weight=..., tol=1e-14, max_iter=100000), and with
               the default tol=1e-6 (column "eigenvector_default")
  katz         nx.katz_centrality_numpy(G, alpha=0.1, beta=1.0, normalized=True, weight=...),
               and again with alpha=0.01 (column "katz_alpha_0.01", for leadnet's --katz-alpha),
               the exact solution the power iteration nx.katz_centrality converges to; when
               alpha * spectral radius >= 1 the series diverges (nx.katz_centrality raises
               PowerIterationFailedConvergence) and the value is recorded as null; and the
               power iteration nx.katz_centrality with its default tol=1e-6 ("katz_default",
               "katz_alpha_0.01_default")
  hits         nx.hits(G) with ARPACK's tol=0 (machine precision); when the top singular value
               is not simple, nx.hits returns an arbitrary vector of that singular space (it
               depends on ARPACK's random start), so the script records NetworkX's own power
               iteration from the uniform start instead (hits_alg._hits_python), which is what
               leadnet computes
NetworkX's default tolerances stop the iterations far from the fixed point (an L1 step below
n * 1e-6): the "_default" columns hold those numbers (what leadnet gives by default, following
NetworkX's iteration sweep for sweep), the tight tolerances the converged answer (what leadnet
gives with a small --tolerance). max_iter is raised everywhere: NetworkX gives up after 100
sweeps (pagerank, eigenvector) or 1000 (katz), leadnet goes on.
"""

import argparse
import csv
import io
import json
import math
import os
import sys

import networkx as nx
import numpy as np
from networkx.algorithms.link_analysis.hits_alg import _hits_python

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "tests", "data", "reference", "centrality")

BUILTIN_DIRECTED = {
    "reports_to": True, "dotted_line": True, "advice": True, "sparring": False, "collaboration": False,
    "communication": True, "hr_support": True, "political": True, "service": True, "network": False,
}
ALIASES = {
    "rapporterer_til": "reports_to", "refererer_til": "reports_to", "leder": "reports_to",
    "stiplet_linje": "dotted_line", "råd": "advice", "raad": "advice", "rådgivning": "advice",
    "raadgivning": "advice", "samarbejde": "collaboration", "kommunikation": "communication",
    "hr_støtte": "hr_support", "hr_stoette": "hr_support", "hr_sparring": "hr_support",
    "politisk": "political", "betjening": "service", "borgerservice": "service",
    "netværk": "network", "netvaerk": "network",
}
TRUE_WORDS = {"true", "yes", "ja", "1", "y", "j"}
FALSE_WORDS = {"false", "no", "nej", "0", "n"}

# (dataset, layers or None for all). Every dataset is taken whole in the four views
# directed/undirected x unweighted/weighted; chosen layers add single-relation views.
LAYER_CHOICES = [
    ("krackhardt-hightech", ["advice"]),
    ("krackhardt-hightech", ["reports_to"]),
    ("lazega-lawfirm", ["friendship"]),
    ("lazega-lawfirm", ["advice", "cowork"]),
    ("padgett-florentine", ["marriage"]),
    ("padgett-florentine", ["business"]),
    ("example-municipality", ["sparring", "advice", "communication", "collaboration"]),
    ("example-municipality", ["reports_to"]),
]
DATASETS = ["example-municipality", "krackhardt-hightech", "lazega-lawfirm", "email-eu-core", "zachary-karate",
            "padgett-florentine", "enron-employees"]


def norm_type(text):
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    return ALIASES.get(key, key)


def read_table(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    header = text.splitlines()[0] if text else ""
    delim = max([",", ";", "\t"], key=header.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    names = [h.strip().lower() for h in rows[0]]
    return [dict(zip(names, r)) for r in rows[1:] if any(c.strip() for c in r)], delim


def number(text, delim):
    text = text.strip()
    if delim == ";":
        text = text.replace(",", ".")
    return float(text)


def load(dataset):
    folder = os.path.join(ROOT, "datasets", dataset)
    nodes, _ = read_table(os.path.join(folder, "nodes.csv"))
    ids = [n["id"].strip() for n in nodes]
    index = {v: i for i, v in enumerate(ids)}
    directed_of = dict(BUILTIN_DIRECTED)
    meta_path = os.path.join(folder, "meta.json")
    if os.path.exists(meta_path):
        with open(meta_path, encoding="utf-8-sig") as f:
            for spec in json.load(f).get("edge_types", []):
                directed_of.setdefault(norm_type(spec["name"]), bool(spec.get("directed", True)))
    edges, delim = read_table(os.path.join(folder, "edges.csv"))
    raw = {}  # layer -> list of (s, t, w, tie_directed)
    for e in edges:
        s, t = index[e["source"].strip()], index[e["target"].strip()]
        layer = norm_type(e["type"])
        w = number(e["weight"], delim) if e.get("weight", "").strip() else 1.0
        d = directed_of[layer]
        if e.get("directed", "").strip():
            d = e["directed"].strip().lower() in TRUE_WORDS
        if s == t:
            continue
        raw.setdefault(layer, []).append((s, t, w, d))
    layers = {}
    for name, ties in raw.items():
        default = directed_of[name]
        directed = default or any(d != default for _, _, _, d in ties)
        arcs = {}
        for s, t, w, d in ties:
            if directed:
                arcs[(s, t)] = arcs.get((s, t), 0.0) + w
                if not d:
                    arcs[(t, s)] = arcs.get((t, s), 0.0) + w
            else:
                key = (min(s, t), max(s, t))
                arcs[key] = arcs.get(key, 0.0) + w
        layers[name] = (directed, arcs)
    return ids, layers


def build_view(ids, layers, chosen, directed, weighted):
    names = chosen if chosen else sorted(layers)
    total = {}
    for name in names:
        if name not in layers:
            continue
        layer_directed, arcs = layers[name]
        for (s, t), w in arcs.items():
            if directed:
                keys = [(s, t)] if layer_directed else [(s, t), (t, s)]
            else:
                keys = [(min(s, t), max(s, t))]
            for k in keys:
                total[k] = total.get(k, 0.0) + w
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(len(ids)))
    for (s, t), w in sorted(total.items()):
        if weighted:
            G.add_edge(s, t, weight=w, distance=1.0 / w)
        else:
            G.add_edge(s, t)
    return G


def spectral_radius(G, weight):
    if G.number_of_edges() == 0:
        return 0.0
    A = nx.to_numpy_array(G, nodelist=list(G), weight=weight)
    return float(max(abs(np.linalg.eigvals(A))))


def hits_reference(G):
    """nx.hits when the top singular value is simple, else NetworkX's power iteration."""
    if G.number_of_edges() == 0:
        return None, None, "no arcs: NetworkX returns NaN; leadnet returns 1/n"
    A = nx.to_numpy_array(G, nodelist=list(G), weight="weight")
    s = np.linalg.svd(A, compute_uv=False)
    if len(s) > 1 and s[0] - s[1] <= 1e-9 * s[0]:
        h, a = _hits_python(G, max_iter=1000000, tol=1e-13)
        method = "power iteration (top singular value not simple: %.12g, %.12g)" % (s[0], s[1])
    else:
        h, a = nx.hits(G, max_iter=100000, tol=0)
        method = "svds"
    return [h[v] for v in G], [a[v] for v in G], method


def compute(dataset, chosen, directed, weighted):
    ids, layers = load(dataset)
    G = build_view(ids, layers, chosen, directed, weighted)
    nodes = list(G)
    w = "weight" if weighted else None
    dist = "distance" if weighted else None
    m = {}
    notes = {}
    if directed:
        m["in_degree"] = [G.in_degree(v) for v in nodes]
        m["out_degree"] = [G.out_degree(v) for v in nodes]
    else:
        m["degree"] = [G.degree(v) for v in nodes]
    if weighted:
        m["strength"] = [G.degree(v, weight="weight") for v in nodes]
    b = nx.betweenness_centrality(G, normalized=True, weight=dist)
    m["betweenness"] = [b[v] for v in nodes]
    c = nx.closeness_centrality(G, distance=dist, wf_improved=True)
    m["closeness"] = [c[v] for v in nodes]
    h = nx.harmonic_centrality(G, distance=dist)
    m["harmonic"] = [h[v] for v in nodes]
    p = nx.pagerank(G, alpha=0.85, weight=w, tol=1e-15, max_iter=100000)
    m["pagerank"] = [p[v] for v in nodes]
    # NetworkX's default stopping point (tol=1e-6): what nx.pagerank(G) returns.
    p = nx.pagerank(G, alpha=0.85, weight=w, max_iter=100000)
    m["pagerank_default"] = [p[v] for v in nodes]
    try:
        e = nx.eigenvector_centrality(G, weight=w, tol=1e-14, max_iter=20000)
        m["eigenvector"] = [e[v] for v in nodes]
        e = nx.eigenvector_centrality(G, weight=w, max_iter=100000)
        m["eigenvector_default"] = [e[v] for v in nodes]
    except nx.PowerIterationFailedConvergence:
        m["eigenvector"] = None
        m["eigenvector_default"] = None
        notes["eigenvector"] = "nx.eigenvector_centrality raises PowerIterationFailedConvergence"
    rho = spectral_radius(G, w)
    for alpha, column in ((0.1, "katz"), (0.01, "katz_alpha_0.01")):
        if alpha * rho >= 1.0 - 1e-9:
            m[column] = None
            m[column + "_default"] = None
            notes[column] = "alpha * spectral radius = %.6g >= 1: the Katz series diverges" % (alpha * rho)
            continue
        k = nx.katz_centrality_numpy(G, alpha=alpha, beta=1.0, normalized=True, weight=w)
        m[column] = [abs(k[v]) for v in nodes]
        # The power iteration NetworkX users call must agree with the exact solution.
        kp = nx.katz_centrality(G, alpha=alpha, beta=1.0, normalized=True, weight=w, max_iter=100000)
        assert max(abs(kp[v] - abs(k[v])) for v in nodes) < 1e-5, "katz power iteration disagrees"
        # NetworkX's default stopping point (tol=1e-6): what nx.katz_centrality(G, alpha) returns.
        m[column + "_default"] = [kp[v] for v in nodes]
    hub, auth, method = hits_reference(G)
    m["hub"], m["authority"] = hub, auth
    notes["hits"] = method
    return {
        "dataset": dataset,
        "layers": chosen or [],
        "directed": directed,
        "weighted": weighted,
        "networkx": nx.__version__,
        "nodes": ids,
        "edges": G.number_of_edges(),
        "measures": m,
        "notes": notes,
    }


def configs():
    for dataset in DATASETS:
        for directed in (True, False):
            for weighted in (False, True):
                yield dataset, None, directed, weighted
    for dataset, chosen in LAYER_CHOICES:
        for directed in (True, False):
            yield dataset, chosen, directed, False
        yield dataset, chosen, True, True


def config_name(chosen, directed, weighted):
    return "%s-%s-%s" % ("+".join(chosen) if chosen else "all", "directed" if directed else "undirected",
                         "weighted" if weighted else "unweighted")


def rounded(x):
    if isinstance(x, float):
        return float("%.13g" % x)
    return x


def write(path, record):
    record = dict(record)
    record["measures"] = {k: (None if v is None else [rounded(x) for x in v]) for k, v in record["measures"].items()}
    text = json.dumps(record, ensure_ascii=False, indent=None, separators=(",", ":"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n")


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return all(math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12) for x, y in zip(a, b))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the stored files instead of writing")
    parser.add_argument("--only", help="only this dataset")
    args = parser.parse_args()
    bad = 0
    for dataset, chosen, directed, weighted in configs():
        if args.only and dataset != args.only:
            continue
        name = config_name(chosen, directed, weighted)
        path = os.path.join(OUT, dataset, name + ".json")
        record = compute(dataset, chosen, directed, weighted)
        if args.check:
            with open(path, encoding="utf-8") as f:
                stored = json.load(f)
            for k, v in record["measures"].items():
                if not close(v, stored["measures"].get(k)):
                    print("differs: %s %s %s" % (dataset, name, k))
                    bad += 1
        else:
            write(path, record)
        print("%-22s %-60s %s" % (dataset, name, json.dumps(record["notes"], ensure_ascii=False)), flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
