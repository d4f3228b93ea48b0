#!/usr/bin/python3
"""Reads a GEXF file with NetworkX's own parser (an implementation independent of leadnet's
writer) and prints what it found as JSON, for tests/io/test_gexf_writer.cpp:

  {"nodes": N, "edges": M, "directed": bool, "kinds": {layer: ties},
   "nodes_by_role": {role: count}, "weights": {layer: total weight},
   "node": {id: {every attribute NetworkX read, and "color": "#rrggbb", "size"}},
   "attributes": [every node attribute title seen]}

NetworkX 2.8 knows the GEXF namespaces of versions 1.1draft and 1.2draft only; the structure
leadnet writes (meta, typed attributes, attvalues, edges with weight and label, viz:color,
viz:size) is the same in 1.3, so the 1.3 namespaces are registered with the reader as one more
version. NetworkX also refuses graphs that mix directed and undirected edges (GEXF allows them);
the error is printed as {"error": MESSAGE}.

Usage: gexf_networkx.py FILE.gexf [NODE_ID ...]
"""
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF, GEXFReader

GEXF.versions["1.3"] = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}


def main():
    path = sys.argv[1]
    try:
        g = GEXFReader(version="1.3")(path)
    except nx.NetworkXError as e:
        print(json.dumps({"error": str(e)}))
        return
    kinds, weights = {}, {}
    for _, _, data in g.edges(data=True):
        kind = data.get("label")
        kinds[kind] = kinds.get(kind, 0) + 1
        weights[kind] = weights.get(kind, 0.0) + data.get("weight", 1.0)
    roles = {}
    titles = set()
    for _, data in g.nodes(data=True):
        roles[data.get("role")] = roles.get(data.get("role"), 0) + 1
        titles.update(k for k in data if k != "viz")
    picked = {}
    for node_id in sys.argv[2:]:
        d = dict(g.nodes[node_id])
        viz = d.pop("viz", {})
        color = viz.get("color", {})
        d["color"] = "#%02x%02x%02x" % (color.get("r", 0), color.get("g", 0), color.get("b", 0))
        d["size"] = viz.get("size")
        picked[node_id] = d
    print(json.dumps({
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "kinds": kinds,
        "weights": weights,
        "nodes_by_role": roles,
        "node": picked,
        "attributes": sorted(titles),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
