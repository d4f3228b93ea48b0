#!/usr/bin/python3
"""Seed corpora for the fuzz targets, from datasets/, tests/bad_input/ and tests/data/ (graphml, viz).

    tests/fuzz/make_corpus.py OUT_DIR

writes OUT_DIR/csv_folder/, OUT_DIR/json/, OUT_DIR/graphml/ and OUT_DIR/generate/ (one seed per
file). Seeds are
kept small (the first rows of each dataset): libFuzzer mutates small inputs many times faster,
and the readers' paths are all reached within a few rows.
"""
import csv
import io
import json
import os
import sys
from xml.sax.saxutils import escape, quoteattr

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROWS = 40
SEP = b"\xff\xff"  # separates nodes.csv, edges.csv, units.csv and meta.json in a csv_folder seed


def head(path, rows=ROWS):
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    return b"\n".join(lines[: rows + 1]) + b"\n"


def write(out_dir, name, data):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, name), "wb") as f:
        f.write(data)


def folder_seed(folder, whole=False):
    """nodes SEP edges SEP units SEP meta; an empty units or meta part stands for an absent file."""
    parts = []
    for name in ("nodes.csv", "edges.csv", "units.csv", "meta.json"):
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            parts.append(None)
            continue
        with open(path, "rb") as f:
            data = f.read()
        parts.append(data if whole or name == "meta.json" else head(path))
    while parts and parts[-1] is None:
        parts.pop()
    if not parts or parts[0] is None:
        return None
    return SEP.join(p or b"" for p in parts)


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    delim = max(",;\t", key=lambda d: text.split("\n", 1)[0].count(d))
    return list(csv.DictReader(io.StringIO(text), delimiter=delim))


def dataset_graph(folder):
    nodes = read_rows(os.path.join(folder, "nodes.csv"))[:ROWS]
    ids = {n["id"] for n in nodes}
    edges = [e for e in read_rows(os.path.join(folder, "edges.csv")) if e["source"] in ids and e["target"] in ids][:ROWS]
    units = read_rows(os.path.join(folder, "units.csv")) if os.path.isfile(os.path.join(folder, "units.csv")) else []
    return nodes, edges, units


def json_seed(folder):
    nodes, edges, units = dataset_graph(folder)
    doc = {"meta": {"name": os.path.basename(folder)}, "units": [], "nodes": [], "edges": []}
    for u in units:
        doc["units"].append({k: v for k, v in u.items() if v})
    for n in nodes:
        entry = {"id": n["id"], "role": n["role"]}
        for k in ("name", "unit"):
            if n.get(k):
                entry[k] = n[k]
        if n.get("level"):
            entry["level"] = int(n["level"])
        extra = {k: v for k, v in n.items() if k not in ("id", "role", "name", "unit", "level") and v}
        if extra:
            entry["attributes"] = extra
        doc["nodes"].append(entry)
    for e in edges:
        entry = {"source": e["source"], "target": e["target"], "type": e["type"]}
        if e.get("weight"):
            entry["weight"] = float(e["weight"])
        doc["edges"].append(entry)
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def graphml_seed(folder):
    nodes, edges, _ = dataset_graph(folder)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '<key id="role" for="node" attr.name="role" attr.type="string"/>',
           '<key id="name" for="node" attr.name="name" attr.type="string"/>',
           '<key id="level" for="node" attr.name="level" attr.type="int"/>',
           '<key id="type" for="edge" attr.name="type" attr.type="string"/>',
           '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
           '<graph id="G" edgedefault="directed">']
    for n in nodes:
        out.append("<node id=%s><data key=\"role\">%s</data>" % (quoteattr(n["id"]), escape(n["role"])))
        if n.get("name"):
            out.append('<data key="name">%s</data>' % escape(n["name"]))
        if n.get("level"):
            out.append('<data key="level">%s</data>' % escape(n["level"]))
        out.append("</node>")
    for e in edges:
        out.append("<edge source=%s target=%s><data key=\"type\">%s</data>" %
                   (quoteattr(e["source"]), quoteattr(e["target"]), escape(e["type"])))
        if e.get("weight"):
            out.append('<data key="weight">%s</data>' % escape(e["weight"]))
        out.append("</edge>")
    out.append("</graph></graphml>")
    return "\n".join(out).encode("utf-8")


def generate_seeds(out_dir):
    """fuzz_generate's layout: preset, employees (2 bytes), citizens (2 bytes), seed, then
    NAME=VALUE lines. Each preset small, then each with a few parameters at their edges."""
    settings = [b"", b"gap_rate_leader=0\ngap_rate_staff=1\n", b"span_limit=1\nspan_sigma=0\n",
                b"isolated_leader_rate=1\npeer_sparring_rate=0\nhr_support_rate=0\n",
                b"multi_silo_citizen_rate=1\nthree_silo_share=1\ncoordinated_rate=0\n",
                b"outside_ties_mean=0\ninside_silo_share=1\ncrossing_staff_rate=1\n",
                b"span_elderly=1e9\nemployees_per_hr_partner=1\n"]
    for preset in range(3):
        for k, extra in enumerate(settings):
            header = bytes([preset, (k * 37) & 0xFF, k & 0x3, (k * 91) & 0xFF, 0, k + 1])
            write(out_dir, "preset%d_%d" % (preset, k), header + extra)


def main():
    out = sys.argv[1]
    generate_seeds(os.path.join(out, "generate"))
    datasets = os.path.join(ROOT, "datasets")
    for name in sorted(os.listdir(datasets)):
        folder = os.path.join(datasets, name)
        if not os.path.isfile(os.path.join(folder, "nodes.csv")):
            continue
        write(os.path.join(out, "csv_folder"), name, folder_seed(folder))
        write(os.path.join(out, "json"), name + ".json", json_seed(folder))
        write(os.path.join(out, "graphml"), name + ".graphml", graphml_seed(folder))
    for base in ("tests/bad_input", "tests/data/viz"):
        base = os.path.join(ROOT, base)
        if not os.path.isdir(base):
            continue
        for case in sorted(os.listdir(base)):
            folder = os.path.join(base, case)
            if not os.path.isdir(folder):
                continue
            seed = folder_seed(folder, whole=True)
            if seed is not None:
                write(os.path.join(out, "csv_folder"), case, seed)
            for file in sorted(os.listdir(folder)):
                path = os.path.join(folder, file)
                if file.endswith(".json") and file != "meta.json":
                    write(os.path.join(out, "json"), case + ".json", open(path, "rb").read())
                if file.endswith((".graphml", ".xml")):
                    write(os.path.join(out, "graphml"), case + ".graphml", open(path, "rb").read())
    graphml = os.path.join(ROOT, "tests/data/graphml")
    if os.path.isdir(graphml):
        for file in sorted(os.listdir(graphml)):
            path = os.path.join(graphml, file)
            if file.endswith(".graphml") and os.path.getsize(path) < 64 * 1024:
                write(os.path.join(out, "graphml"), file, open(path, "rb").read())


if __name__ == "__main__":
    main()
