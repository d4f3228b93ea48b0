#!/usr/bin/python3
"""Writes the NetworkX GraphML test files and reference.json: what NetworkX and igraph themselves
read from every GraphML test file, for tests/io/test_graphml_reader.cpp to compare leadnet with.

Run from the repository root: /usr/bin/python3 tests/data/graphml/make_reference.py
"""
import json
import math
import os

import igraph
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def write_networkx_files():
    g = nx.DiGraph(name="Lille Kommune", wave=2)
    g.add_node("d1", role="leader", name="Mette Kjær", unit="Direktion", level=0, age=61, fte=1.0, remote=False,
               office="Rådhuset")
    g.add_node("s1", role="leder", name="Søren <Ærø> & Co", unit="Børn og Unge/Skoler", level=1, age=45,
               fte=0.8, remote=True, office="8000")
    g.add_node("h1", role="hr", name="Anne \"Holm\"", unit="HR", age=38, fte=float("nan"), remote=False)
    g.add_node("c1", role="borger", name="Bo, Borger")
    g.add_edge("s1", "d1", type="reports_to")
    g.add_edge("h1", "d1", type="reports_to", weight=1.0)
    g.add_edge("s1", "h1", type="hr_support", weight=2.5)
    g.add_edge("d1", "s1", type="sparring", weight=3.0)
    g.add_edge("s1", "c1", type="service")
    g.add_edge("c1", "h1")  # no type: leadnet's --default-type
    nx.write_graphml(g, os.path.join(HERE, "networkx_org.graphml"))
    nx.write_graphml(nx.karate_club_graph(), os.path.join(HERE, "networkx_karate.graphml"))


def plain(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def networkx_reference(name):
    g = nx.read_graphml(os.path.join(HERE, name))
    return {
        "directed": g.is_directed(),
        "graph": {k: plain(v) for k, v in g.graph.items()},
        "nodes": [{"id": n, "data": {k: plain(v) for k, v in d.items()}} for n, d in g.nodes(data=True)],
        "edges": [{"source": u, "target": v, "data": {k: plain(x) for k, x in d.items()}}
                  for u, v, d in g.edges(data=True)],
    }


def igraph_reference(name):
    g = igraph.Graph.Read_GraphML(os.path.join(HERE, name))
    # igraph keeps the GraphML node ids in the "id" vertex attribute.
    ids = g.vs["id"]
    return {
        "directed": g.is_directed(),
        "graph": {k: g[k] for k in g.attributes()},
        "nodes": [{"id": ids[v.index], "data": {k: plain(v[k]) for k in g.vs.attributes() if k != "id"}}
                  for v in g.vs],
        "edges": [{"source": ids[e.source], "target": ids[e.target],
                   "data": {k: plain(e[k]) for k in g.es.attributes()}} for e in g.es],
    }


def main():
    write_networkx_files()
    reference = {
        "networkx_org.graphml": networkx_reference("networkx_org.graphml"),
        "networkx_karate.graphml": networkx_reference("networkx_karate.graphml"),
        "igraph_karate.graphml": igraph_reference("igraph_karate.graphml"),
        "yed_groups.graphml": networkx_reference("yed_groups.graphml"),
    }
    with open(os.path.join(HERE, "reference.json"), "w", encoding="utf-8") as out:
        json.dump(reference, out, ensure_ascii=False, indent=1, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
