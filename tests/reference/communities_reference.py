#!/usr/bin/python3
"""Reference modularity values for `leadnet communities`, independent of leadnet's code.

For every dataset in datasets/, on the default silo view (undirected, unweighted; the view is
built by tests/reference/silos_reference.py's reader), writes
tests/data/reference/communities/<dataset>.json with:

  * networkx.community.louvain_communities(G, weight=None, seed=s) modularity for seeds 1..20
    (NetworkX 2.8.8): Louvain is randomised, so tests compare distributions, not single runs;
  * igraph's community_multilevel modularity for 20 runs (python3-igraph 0.10, its own RNG
    seeded 1..20);
  * the exact maximum modularity (igraph community_optimal_modularity, GLPK) for graphs of at
    most 40 people with ties.

Usage: tests/reference/communities_reference.py [NAME ...]
"""

import json
import os
import random
import sys

import igraph as ig
import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import silos_reference as sr  # noqa: E402  (same reader and view as the silo reference)

OUT = os.path.join(sr.ROOT, "tests", "data", "reference", "communities")
SEEDS = range(1, 21)


def reference(name):
    ds = sr.read_dataset(os.path.join(sr.ROOT, "datasets", name))
    g = sr.undirected_view(ds, set(sr.default_layers(ds)), False)
    nodes = list(g)
    index = {v: i for i, v in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in g.edges()])
    ref = {"dataset": name, "people": len(nodes), "edges": g.number_of_edges()}
    ref["networkx_louvain"] = [
        nx.community.modularity(g, nx.community.louvain_communities(g, weight=None, seed=s), weight=None)
        for s in SEEDS]
    multilevel = []
    for s in SEEDS:
        random.seed(s)
        ig.set_random_number_generator(random)
        multilevel.append(h.community_multilevel().modularity)
    ref["igraph_multilevel"] = multilevel
    with_ties = sum(1 for v in g if g.degree(v) > 0)
    if with_ties <= 40:
        ref["optimum"] = h.community_optimal_modularity().modularity
    return ref


def main(argv):
    names = argv[1:] or sorted(d for d in os.listdir(os.path.join(sr.ROOT, "datasets"))
                               if os.path.isdir(os.path.join(sr.ROOT, "datasets", d)))
    os.makedirs(OUT, exist_ok=True)
    for name in names:
        path = os.path.join(OUT, name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(reference(name), f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote", os.path.relpath(path, sr.ROOT))


if __name__ == "__main__":
    main(sys.argv)
