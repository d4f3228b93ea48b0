#!/usr/bin/python3
"""Reference values for `leadnet silos` and `leadnet communities`, independent of leadnet's code.

For every dataset in datasets/ this script reads the CSV folder itself, builds the silo view the
way DESIGN.md defines it, and writes tests/data/reference/silos/<dataset>.json with:

  * modularity of the silo partition            networkx.community.modularity (NetworkX 2.8.8)
  * Burt constraint and effective size          networkx.constraint / networkx.effective_size
  * algebraic connectivity, largest component   networkx.algebraic_connectivity (lanczos, tol 1e-10)
  * Louvain communities (for a modularity bar)  networkx.community.louvain_communities
  * E-I index: E and I counted directly and again from networkx.attribute_mixing_matrix (the
    script stops if they differ); network, silo and person level, expected value
  * mixing counts, Gould–Fernandez brokerage,
    bridge risk (via networkx.bipartite.hopcroft_karp_matching + König), citizen coherence,
    NMI and adjusted Rand index: computed here directly from the formulas in
    /work/shared/reference/features.md §2.1–2.2 and DESIGN.md, not from leadnet.
  * Gould–Fernandez brokerage from R's sna::brokerage() (r-cran-sna), when Rscript is present,
    stored beside the direct values; the script checks that both agree.

Usage:  tests/reference/silos_reference.py            (all datasets)
        tests/reference/silos_reference.py NAME ...   (some)
Deterministic: Louvain runs with seed 1; everything else is exact.
"""

import csv
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict, deque

import networkx as nx
from networkx.algorithms import bipartite

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "data", "reference", "silos")

# DESIGN.md edge types and their default direction.
BUILTIN_DIRECTED = {
    "reports_to": True, "dotted_line": True, "advice": True, "sparring": False,
    "collaboration": False, "communication": True, "hr_support": True, "political": True,
    "service": True, "network": False,
}
# Default silo layers: everything but the formal lines and service (documented in leadnet's
# include/leadnet/metrics/silos.hpp).
NOT_SILO_LAYERS = {"reports_to", "dotted_line", "service"}
DIALOGUE = ["sparring", "advice", "communication", "collaboration"]


# ---------------------------------------------------------------------------------------------
# Reading a dataset folder (the subset of DESIGN.md's CSV form the bundled datasets use).

def read_dataset(folder):
    with open(os.path.join(folder, "nodes.csv"), encoding="utf-8-sig", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(os.path.join(folder, "edges.csv"), encoding="utf-8-sig", newline="") as f:
        edges = list(csv.DictReader(f))
    units = []
    if os.path.exists(os.path.join(folder, "units.csv")):
        with open(os.path.join(folder, "units.csv"), encoding="utf-8-sig", newline="") as f:
            units = list(csv.DictReader(f))
    meta = {}
    if os.path.exists(os.path.join(folder, "meta.json")):
        with open(os.path.join(folder, "meta.json"), encoding="utf-8") as f:
            meta = json.load(f)
    directed = dict(BUILTIN_DIRECTED)
    for t in meta.get("edge_types", []):
        directed[t["name"]] = bool(t.get("directed", True))
    ids = [n["id"] for n in nodes]
    ties = []  # (source, target, type, weight), self-loops dropped
    for e in edges:
        if e["source"] == e["target"]:
            continue
        w = float(e["weight"]) if e.get("weight") not in (None, "") else 1.0
        ties.append((e["source"], e["target"], e["type"], w))
    return {"nodes": nodes, "ids": ids, "ties": ties, "directed": directed, "units": units}


def unit_depths(units):
    """Unit id -> (depth, parent) with leadnet's rule: one root has depth 0; several roots get a
    synthetic root at depth 0 so the data's top units have depth 1."""
    parent = {u["id"]: u["parent"] for u in units}
    roots = [u for u in parent if not parent[u]]
    offset = 0 if len(roots) == 1 else 1
    depth = {}

    def d(u):
        if u not in depth:
            depth[u] = offset if not parent[u] else d(parent[u]) + 1
        return depth[u]
    for u in parent:
        d(u)
    return depth, parent


def silos(ds, level):
    """Person -> silo unit id (ancestor at `level`, or own unit when shallower), None without unit."""
    if not ds["units"]:
        return None
    depth, parent = unit_depths(ds["units"])
    if level > max(depth.values()):
        return None
    out = {}
    for n in ds["nodes"]:
        u = n.get("unit") or ""
        if not u:
            out[n["id"]] = None
            continue
        while depth[u] > level:
            u = parent[u]
        out[n["id"]] = u
    return out


# ---------------------------------------------------------------------------------------------
# Views (DESIGN.md "Metric conventions": parallel ties of different layers merge into one edge;
# weighted views add their weights).

def undirected_view(ds, layers, weighted):
    g = nx.Graph()
    g.add_nodes_from(ds["ids"])
    for s, t, typ, w in ds["ties"]:
        if typ not in layers:
            continue
        w = w if weighted else 1.0
        if g.has_edge(s, t):
            if weighted:
                g[s][t]["weight"] += w
        else:
            g.add_edge(s, t, weight=w)
    return g


def directed_view(ds, layers, weighted):
    g = nx.DiGraph()
    g.add_nodes_from(ds["ids"])

    def add(a, b, w):
        if g.has_edge(a, b):
            if weighted:
                g[a][b]["weight"] += w
        else:
            g.add_edge(a, b, weight=w)
    for s, t, typ, w in ds["ties"]:
        if typ not in layers:
            continue
        w = w if weighted else 1.0
        add(s, t, w)
        if not ds["directed"].get(typ, True):
            add(t, s, w)
    return g


def default_layers(ds):
    present = {typ for _, _, typ, _ in ds["ties"]}
    return sorted(present - NOT_SILO_LAYERS)


# ---------------------------------------------------------------------------------------------
# Formulas.

def ei(e, i):
    return None if e + i == 0 else (e - i) / (e + i)


def ei_index(g, silo):
    """features.md §2.1, over ties between people who both have a silo."""
    members = [v for v in g if silo[v] is not None]
    E = I = 0
    per_group = defaultdict(lambda: [0, 0])  # silo -> [external, internal]
    person = {v: [0, 0] for v in members}
    edges = g.edges() if not g.is_directed() else g.edges()
    for u, v in edges:
        if silo[u] is None or silo[v] is None:
            continue
        if silo[u] == silo[v]:
            I += 1
            per_group[silo[u]][1] += 1
            person[u][1] += 1
            person[v][1] += 1
        else:
            E += 1
            per_group[silo[u]][0] += 1
            per_group[silo[v]][0] += 1
            person[u][0] += 1
            person[v][0] += 1
    sizes = defaultdict(int)
    for v in members:
        sizes[silo[v]] += 1
    N = len(members)
    same = sum(n * (n - 1) for n in sizes.values())
    expected = 1 - 2 * same / (N * (N - 1)) if N >= 2 else None
    groups = {}
    for s, n in sizes.items():
        ext, inn = 2 * (N - n), n - 1
        groups[s] = {"external": per_group[s][0], "internal": per_group[s][1],
                     "ei": ei(*per_group[s]),
                     "expected": (ext - inn) / (ext + inn) if ext + inn > 0 else None}
    return {"external": E, "internal": I, "ei": ei(E, I), "expected": expected, "groups": groups,
            "person": {v: {"external": person[v][0], "internal": person[v][1], "ei": ei(*person[v])}
                       for v in members}}


def ei_counts_networkx(g, silo):
    """E and I again, from networkx.attribute_mixing_matrix (independent of ei_index's loop): an
    undirected graph's matrix counts every edge from both ends, a directed one every arc once."""
    members = [v for v in g if silo[v] is not None]
    h = g.subgraph(members).copy()
    nx.set_node_attributes(h, {v: silo[v] for v in members}, "silo")
    labels = sorted({silo[v] for v in members})
    if h.number_of_edges() == 0:
        return 0, 0
    m = nx.attribute_mixing_matrix(h, "silo", nodes=None, mapping={s: i for i, s in enumerate(labels)},
                                   normalized=False)
    inside = float(m.trace())
    across = float(m.sum()) - inside
    if not g.is_directed():
        inside, across = inside / 2, across / 2
    return round(across), round(inside)


def mixing(g, silo):
    cells = defaultdict(int)
    for u, v in g.edges():
        if silo[u] is None or silo[v] is None:
            continue
        a, b = silo[u], silo[v]
        if not g.is_directed() and a > b:
            a, b = b, a
        cells[(a, b)] += 1
    return [{"a": a, "b": b, "ties": c} for (a, b), c in sorted(cells.items())]


def modularity(g, silo, weighted):
    members = [v for v in g if silo[v] is not None]
    h = g.subgraph(members)
    if h.number_of_edges() == 0:
        return None
    groups = defaultdict(set)
    for v in members:
        groups[silo[v]].add(v)
    return nx.community.modularity(h, list(groups.values()), weight="weight" if weighted else None)


def brokerage(dg, silo):
    """Gould–Fernandez roles, sna semantics (features.md §2.2): v brokers (a, c) when a→v, v→c,
    a ≠ c and not a→c. Over people with a silo only."""
    members = [v for v in dg if silo[v] is not None]
    h = dg.subgraph(members)
    out = {}
    for v in members:
        r = [0, 0, 0, 0, 0]
        gv = silo[v]
        succ = set(h.successors(v))
        for a in h.predecessors(v):
            ga = silo[a]
            asucc = h._succ[a]
            for c in succ:
                if c == a or c in asucc:
                    continue
                gc = silo[c]
                if ga == gv == gc:
                    r[0] += 1          # w_I coordinator
                elif ga == gc != gv:
                    r[1] += 1          # w_O itinerant (sna) / consultant (UCINET)
                elif ga == gv != gc:
                    r[2] += 1          # b_IO representative
                elif ga != gv == gc:
                    r[3] += 1          # b_OI gatekeeper
                else:
                    r[4] += 1          # b_O liaison
        out[v] = r + [sum(r)]
    return out


def sna_brokerage(dg, silo):
    """sna::brokerage(g, cl) on the same digraph, via Rscript; None when R or sna is missing."""
    if shutil.which("Rscript") is None:
        return None
    members = [v for v in dg if silo[v] is not None]
    index = {v: i + 1 for i, v in enumerate(members)}
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "edges.tsv"), "w") as f:
            for u, v in dg.subgraph(members).edges():
                f.write("%d\t%d\n" % (index[u], index[v]))
        with open(os.path.join(tmp, "cl.tsv"), "w") as f:
            for v in members:
                f.write(silo[v] + "\n")
        script = (
            "suppressMessages(library(sna));"
            "e <- as.matrix(read.table('%s/edges.tsv'));"
            "cl <- readLines('%s/cl.tsv'); n <- length(cl);"
            "el <- cbind(e, 1); attr(el, 'n') <- n;"
            "b <- brokerage(el, cl);"
            "write.table(b$raw.nli, '%s/out.tsv', row.names=FALSE, col.names=FALSE);"
            "write.table(b$exp.nli, '%s/exp.tsv', row.names=FALSE, col.names=FALSE);"
            "write.table(b$sd.nli, '%s/sd.tsv', row.names=FALSE, col.names=FALSE)"
        ) % (tmp, tmp, tmp, tmp, tmp)
        res = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True)
        if res.returncode != 0:
            print("sna failed:", res.stderr, file=sys.stderr)
            return None

        def rows(name):
            with open(os.path.join(tmp, name)) as f:
                return [[float(x) for x in line.split()] for line in f]
        raw, exp, sd = rows("out.tsv"), rows("exp.tsv"), rows("sd.tsv")
    return {v: {"raw": raw[i], "expected": exp[i], "sd": sd[i]} for i, v in enumerate(members)}


def structural_holes(g, weighted):
    """NetworkX's per-node loops recompute each normaliser per call (O(d³) per node, hours on
    email-Eu-core's hubs): on graphs over 500 nodes the values are taken on every 5th node of at
    most 60 contacts."""
    w = "weight" if weighted else None
    nodes = list(g)
    if len(nodes) > 500:
        nodes = [v for v in nodes if len(set(nx.all_neighbors(g, v))) <= 60][::5]
    c = nx.constraint(g, nodes=nodes, weight=w)
    es = nx.effective_size(g, nodes=nodes, weight=w)
    return {v: {"constraint": None if math.isnan(c[v]) else c[v],
                "effective_size": None if math.isnan(es[v]) else es[v]} for v in nodes}


def algebraic_connectivity(g, weighted):
    if g.number_of_nodes() == 0:
        return None
    comp = max(nx.connected_components(g), key=len)
    h = g.subgraph(comp)
    if h.number_of_nodes() < 2:
        return {"nodes": h.number_of_nodes(), "value": 0.0}
    value = nx.algebraic_connectivity(h, weight="weight" if weighted else None, normalized=False,
                                      tol=1e-10, method="lanczos")
    return {"nodes": h.number_of_nodes(), "value": value}


def bridge_risk(g, silo):
    """Per silo pair with ties: the people carrying its ties, and the size of a minimum set of
    people whose removal leaves no tie between the two silos = minimum vertex cover of the
    bipartite graph of the pair's ties = its maximum matching (König's theorem)."""
    pair_edges = defaultdict(list)
    for u, v in g.edges():
        if silo[u] is None or silo[v] is None or silo[u] == silo[v]:
            continue
        a, b = sorted((silo[u], silo[v]))
        x, y = (u, v) if silo[u] == a else (v, u)
        pair_edges[(a, b)].append((x, y))
    out = []
    for (a, b), es in sorted(pair_edges.items()):
        bg = nx.Graph()
        left = {("L", x) for x, _ in es}
        bg.add_nodes_from(left, bipartite=0)
        bg.add_nodes_from({("R", y) for _, y in es}, bipartite=1)
        bg.add_edges_from((("L", x), ("R", y)) for x, y in es)
        matching = bipartite.hopcroft_karp_matching(bg, top_nodes=left)
        carriers = sorted({x for x, _ in es} | {y for _, y in es})
        out.append({"a": a, "b": b, "ties": len(es), "carriers": carriers, "cut": len(matching) // 2})
    return out


def citizen_coherence(ds, silo):
    """DESIGN.md: citizens served (`service`) by staff of >= 2 silos; coherent when those staff are
    pairwise within 2 hops in the dialogue layers (undirected)."""
    dg = undirected_view(ds, set(DIALOGUE), False)
    role = {n["id"]: n["role"] for n in ds["nodes"]}
    served = defaultdict(set)
    for s, t, typ, _ in ds["ties"]:
        if typ == "service":
            if role.get(t) in ("citizen", "borger"):
                served[t].add(s)
            elif role.get(s) in ("citizen", "borger"):
                served[s].add(t)
    result = {}
    for c, staff in sorted(served.items()):
        staff = sorted(x for x in staff if silo[x] is not None)
        silos_ = {silo[x] for x in staff}
        if len(silos_) < 2:
            continue
        ok = True
        for i, a in enumerate(staff):
            near = nx.single_source_shortest_path_length(dg, a, cutoff=2)
            for b in staff[i + 1:]:
                if b not in near:
                    ok = False
        result[c] = {"staff": staff, "silos": sorted(silos_), "coherent": ok}
    return result


def nmi_ari(x, y):
    """NMI (arithmetic mean normalisation, sklearn's default) and adjusted Rand index of two
    labelings of the same items, from the contingency table (Hubert & Arabie 1985)."""
    n = len(x)
    cont = defaultdict(int)
    a = defaultdict(int)
    b = defaultdict(int)
    for p, q in zip(x, y):
        cont[(p, q)] += 1
        a[p] += 1
        b[q] += 1

    def h(counts):
        return -sum(c / n * math.log(c / n) for c in counts.values() if c)
    mi = sum(c / n * math.log(c * n / (a[p] * b[q])) for (p, q), c in cont.items())
    ha, hb = h(a), h(b)
    nmi = 1.0 if ha == 0 and hb == 0 else (0.0 if ha + hb == 0 else mi / ((ha + hb) / 2))
    c2 = lambda k: k * (k - 1) / 2
    index = sum(c2(c) for c in cont.values())
    sa, sb = sum(c2(c) for c in a.values()), sum(c2(c) for c in b.values())
    expected = sa * sb / c2(n)
    maximum = (sa + sb) / 2
    ari = 1.0 if maximum == expected else (index - expected) / (maximum - expected)
    return nmi, ari


# ---------------------------------------------------------------------------------------------

def clean(x):
    """JSON-safe: NaN -> None, tuple keys flattened."""
    if isinstance(x, float) and math.isnan(x):
        return None
    if isinstance(x, dict):
        return {str(k): clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    return x


def reference(name):
    ds = read_dataset(os.path.join(ROOT, "datasets", name))
    layers = default_layers(ds)
    ref = {"dataset": name, "layers": layers, "configs": {}}
    g = undirected_view(ds, set(layers), False)
    gw = undirected_view(ds, set(layers), True)
    dg = directed_view(ds, set(layers), False)
    dgw = directed_view(ds, set(layers), True)
    print(name, "views built", file=sys.stderr, flush=True)
    ref["edges"] = g.number_of_edges()
    ref["arcs"] = dg.number_of_edges()

    # Structure measures that need no silos.
    ref["structural_holes"] = {"undirected": structural_holes(g, False),
                               "undirected_weighted": structural_holes(gw, True),
                               "directed": structural_holes(dg, False),
                               "directed_weighted": structural_holes(dgw, True)}
    print(name, "structural holes done", file=sys.stderr, flush=True)
    ref["algebraic_connectivity"] = {"unweighted": algebraic_connectivity(g, False),
                                     "weighted": algebraic_connectivity(gw, True)}
    louvain = nx.community.louvain_communities(g, weight=None, resolution=1, seed=1)
    ref["louvain"] = {"communities": len(louvain),
                      "modularity": nx.community.modularity(g, louvain, weight=None)}

    print(name, "connectivity and louvain done", file=sys.stderr, flush=True)
    depth_max = max(unit_depths(ds["units"])[0].values()) if ds["units"] else 0
    for level in range(1, min(depth_max, 2) + 1):
        silo = silos(ds, level)
        cfg = {"unit_depth": level}
        cfg["ei"] = ei_index(g, silo)
        cfg["ei_directed"] = ei_index(dg, silo)
        for view, key in ((g, "ei"), (dg, "ei_directed")):
            e = cfg[key]
            assert ei_counts_networkx(view, silo) == (e["external"], e["internal"]), (name, level, key)
        cfg["mixing"] = mixing(g, silo)
        cfg["mixing_directed"] = mixing(dg, silo)
        cfg["modularity"] = modularity(g, silo, False)
        cfg["modularity_weighted"] = modularity(gw, silo, True)
        cfg["modularity_directed"] = modularity(dg, silo, False)
        cfg["modularity_directed_weighted"] = modularity(dgw, silo, True)
        b = brokerage(dg, silo)
        cfg["brokerage"] = b
        sna = sna_brokerage(dg, silo)
        if sna is not None:
            for v, r in sna.items():
                assert [round(x) for x in r["raw"]] == b[v], (name, v, r["raw"], b[v])
            cfg["brokerage_sna"] = sna
        cfg["bridge_risk"] = bridge_risk(g, silo)
        cfg["citizen_coherence"] = citizen_coherence(ds, silo)
        ref["configs"]["depth%d" % level] = cfg
        print(name, "depth", level, "done", file=sys.stderr, flush=True)
    if depth_max >= 2:
        s1, s2 = silos(ds, 1), silos(ds, 2)
        people = [v for v in ds["ids"] if s1[v] is not None]
        nmi, ari = nmi_ari([s1[v] for v in people], [s2[v] for v in people])
        ref["depth1_vs_depth2"] = {"nmi": nmi, "ari": ari}
        members = set(people)
        lab = {}
        for k, c in enumerate(louvain):
            for v in c:
                lab[v] = k
        nmi, ari = nmi_ari([s1[v] for v in people], [lab[v] for v in people])
        ref["louvain_vs_depth1"] = {"nmi": nmi, "ari": ari, "people": len(members)}
    return ref


def main(argv):
    names = argv[1:] or sorted(d for d in os.listdir(os.path.join(ROOT, "datasets"))
                               if os.path.isdir(os.path.join(ROOT, "datasets", d)))
    os.makedirs(OUT, exist_ok=True)
    for name in names:
        ref = reference(name)
        path = os.path.join(OUT, name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(clean(ref), f, ensure_ascii=False, indent=None, separators=(",", ":"), sort_keys=True)
            f.write("\n")
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main(sys.argv)
