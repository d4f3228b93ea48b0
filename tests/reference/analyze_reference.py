#!/usr/bin/python3
"""Reference values for tests/cli/test_cli_analyze.cpp, computed with NetworkX 2.8 (Debian's
python3-networkx) straight from datasets/example-municipality's CSV files, independently of leadnet.

The analyze report's informal network: every layer except reports_to, dotted_line and service,
merged into one undirected simple graph over all 433 people; betweenness and PageRank run on the
people with at least one tie in it (the citizens, tied only by service, drop out).
Silos: the unit at depth 1 above a person's unit (the root unit for the kommunaldirektør).

Run: /usr/bin/python3 tests/reference/analyze_reference.py
"""
import csv
import os

import networkx as nx

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "..", "datasets", "example-municipality")
units = {r["id"]: r for r in csv.DictReader(open(os.path.join(data, "units.csv"), encoding="utf-8"))}
nodes = {r["id"]: r for r in csv.DictReader(open(os.path.join(data, "nodes.csv"), encoding="utf-8"))}


def silo(unit):
    path = []
    while unit:
        path.append(unit)
        unit = units[unit]["parent"]
    path.reverse()  # the root first (depth 0)
    return path[1] if len(path) > 1 else path[0]


G = nx.Graph()
G.add_nodes_from(nodes)
for r in csv.DictReader(open(os.path.join(data, "edges.csv"), encoding="utf-8")):
    if r["type"] not in ("reports_to", "dotted_line", "service"):
        G.add_edge(r["source"], r["target"])

H = G.subgraph([v for v in G if G.degree(v) > 0])
bc = nx.betweenness_centrality(H)
# tol tightened: NetworkX stops at an L1 change of n * tol, far from the fixed point with the default.
pr = nx.pagerank(H, tol=1e-13, max_iter=100000)
print("people", G.number_of_nodes(), "with ties", H.number_of_nodes(), "ties", G.number_of_edges())
for v in ("s0257", "d00", "l031"):
    print(f"{v}: degree {G.degree(v)} betweenness {bc[v]:.12g} pagerank {pr[v]:.12g}")
top = sorted(bc, key=lambda v: (-bc[v], v))[:3]
print("top brokers", top)

group = {v: silo(r["unit"]) for v, r in nodes.items() if r["unit"]}
internal = {}
external = {}
for u, v in G.edges():
    if u not in group or v not in group:
        continue
    if group[u] == group[v]:
        internal[group[u]] = internal.get(group[u], 0) + 1
    else:
        external[group[u]] = external.get(group[u], 0) + 1
        external[group[v]] = external.get(group[v], 0) + 1
I, E = sum(internal.values()), sum(external.values()) // 2
print(f"overall E-I {(E - I) / (E + I):.12g} (E {E}, I {I})")
for s in ("bu", "sos"):
    e, i = external.get(s, 0), internal.get(s, 0)
    print(f"silo {s}: E {e} I {i} E-I {(e - i) / (e + i):.12g}")
