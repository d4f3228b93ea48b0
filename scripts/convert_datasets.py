#!/usr/bin/env python3
"""Convert the classic networks in the shared dataset store into leadnet's CSV folder form.

Usage: convert_datasets.py SHARED_DATASETS_DIR OUT_DATASETS_DIR

Writes nodes.csv, edges.csv, units.csv (where the data has units) and meta.json for

    krackhardt-hightech  lazega-lawfirm  email-eu-core
    zachary-karate       padgett-florentine  enron-employees

under OUT_DATASETS_DIR. Each folder's README.md is written by hand and never touched here.

Python 3 standard library only. The output is deterministic: rows are sorted, JSON keys keep a
fixed order, and every file is UTF-8 without BOM with LF line endings, so re-running gives the same
bytes. At the end the script prints the counts per dataset and asserts them against the published
figures (see the PROVENANCE.md file of each source folder).
"""

import csv
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

# Built-in leadnet edge types (DESIGN.md "Input"); any other type is declared in meta.json.
BUILTIN_TYPES = {
    "reports_to", "dotted_line", "advice", "sparring", "collaboration",
    "communication", "hr_support", "political", "service", "network",
}
UNDIRECTED_BUILTINS = {"sparring", "collaboration", "network"}
ROLES = {"leader", "hr", "politician", "staff", "citizen", "external", "council"}
NODE_COLUMNS = ["id", "name", "role", "unit", "level"]


# ----------------------------------------------------------------------------- output helpers

def _write_bytes(path, data):
    """Write through a temporary file and rename, so no half-written file is ever left behind."""
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    _write_bytes(path, buf.getvalue().encode("utf-8"))


def write_json(path, obj):
    text = json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    _write_bytes(path, text.encode("utf-8"))


def read_lines(path):
    """Text lines without line terminators; copes with CRLF and LF."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read().replace("\r\n", "\n").replace("\r", "\n").split("\n")


def num_key(s):
    return int(s)


class Folder:
    """Collects one dataset in folder form, checks it against the contract, writes it."""

    def __init__(self, name):
        self.name = name
        self.nodes = []        # dicts with id, name, role, unit, level + attributes
        self.attr_columns = []  # extra node columns, in output order
        self.units = []        # (id, name, parent, kind)
        self.edges = {}        # (source, target, type) -> weight
        self.custom_types = {}  # name -> (directed, description)
        self.weighted = False
        self.meta = {}

    # -- building

    def add_edge(self, s, t, typ, weight=1):
        """Add a tie; undirected ties are stored once with the smaller id first; parallel ties
        of the same type are aggregated into the weight."""
        s, t = str(s), str(t)
        if s == t:
            raise ValueError(f"{self.name}: self-loop {s} must be dropped by the caller")
        if not self.is_directed(typ) and num_key(t) < num_key(s):
            s, t = t, s
        key = (s, t, typ)
        self.edges[key] = self.edges.get(key, 0) + weight

    def is_directed(self, typ):
        if typ in BUILTIN_TYPES:
            return typ not in UNDIRECTED_BUILTINS
        return self.custom_types[typ][0]

    # -- checks

    def validate(self):
        ids = [n["id"] for n in self.nodes]
        assert len(ids) == len(set(ids)), f"{self.name}: duplicate node ids"
        idset = set(ids)
        unit_ids = {u[0] for u in self.units}
        roots = [u for u in self.units if u[2] == ""]
        if self.units:
            assert len(roots) == 1, f"{self.name}: expected one root unit"
            assert len(unit_ids) == len(self.units), f"{self.name}: duplicate unit ids"
            for u in self.units:
                assert u[2] == "" or u[2] in unit_ids, f"{self.name}: unit {u[0]} bad parent"
                assert "/" not in u[0], f"{self.name}: unit id {u[0]} would read as a path"
        for n in self.nodes:
            assert n["role"] in ROLES, f"{self.name}: bad role {n['role']}"
            assert n.get("unit", "") in ("",) or n["unit"] in unit_ids, \
                f"{self.name}: node {n['id']} in unknown unit {n['unit']}"
        for (s, t, typ), w in self.edges.items():
            assert s in idset and t in idset, f"{self.name}: edge {s}->{t} to unknown node"
            assert s != t, f"{self.name}: self-loop {s}"
            assert typ in BUILTIN_TYPES or typ in self.custom_types, f"{self.name}: type {typ}"
            assert w > 0
            if not self.is_directed(typ):
                assert (t, s, typ) not in self.edges, f"{self.name}: {typ} tie {s}-{t} twice"
        if not self.weighted:
            assert all(w == 1 for w in self.edges.values()), f"{self.name}: unexpected weights"

    # -- output

    def write(self, out_dir):
        self.validate()
        d = os.path.join(out_dir, self.name)
        os.makedirs(d, exist_ok=True)

        header = NODE_COLUMNS + self.attr_columns
        rows = []
        for n in sorted(self.nodes, key=lambda n: num_key(n["id"])):
            rows.append([n.get(c, "") for c in header])
        write_csv(os.path.join(d, "nodes.csv"), header, rows)

        eheader = ["source", "target", "type"] + (["weight"] if self.weighted else [])
        erows = []
        for (s, t, typ) in sorted(self.edges, key=lambda k: (k[2], num_key(k[0]), num_key(k[1]))):
            row = [s, t, typ]
            if self.weighted:
                row.append(self.edges[(s, t, typ)])
            erows.append(row)
        write_csv(os.path.join(d, "edges.csv"), eheader, erows)

        units_path = os.path.join(d, "units.csv")
        if self.units:
            write_csv(units_path, ["id", "name", "parent", "kind"], self._units_preorder())
        elif os.path.exists(units_path):
            os.remove(units_path)

        meta = dict(self.meta)
        meta["edge_types"] = [
            {"name": k, "directed": v[0], "description": v[1]}
            for k, v in sorted(self.custom_types.items())
        ]
        write_json(os.path.join(d, "meta.json"), meta)

        if not os.path.exists(os.path.join(d, "README.md")):
            print(f"warning: {d}/README.md is missing (it is written by hand)", file=sys.stderr)

    def _units_preorder(self):
        """Root first, then each unit followed by its sub-units; siblings in natural id order."""
        children = defaultdict(list)
        for u in self.units:
            children[u[2]].append(u)

        def natural(u):
            return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", u[0])]

        out = []

        def visit(parent):
            for u in sorted(children[parent], key=natural):
                out.append(list(u))
                visit(u[0])

        visit("")
        assert len(out) == len(self.units)
        return out

    # -- counts

    def counts(self):
        c = Counter(typ for (_, _, typ) in self.edges)
        wsum = Counter()
        for (_, _, typ), w in self.edges.items():
            wsum[typ] += w
        return {"nodes": len(self.nodes), "units": len(self.units),
                "ties": dict(sorted(c.items())), "weight": dict(sorted(wsum.items()))}


def check(name, label, got, want):
    if got != want:
        raise AssertionError(f"{name}: {label} is {got}, published {want}")


# ----------------------------------------------------------------------------- 1. Krackhardt

def convert_krackhardt(src, out):
    base = os.path.join(src, "krackhardt_hightech_managers")
    f = Folder("krackhardt-hightech")
    f.custom_types["friendship"] = (
        True, "ego names alter as a friend (Krackhardt's friendship question); source = ego")
    f.attr_columns = ["age", "tenure"]

    with open(os.path.join(base, "Krack-High-Tec-Attributes.csv"), encoding="utf-8",
              newline="") as fh:
        attrs = list(csv.DictReader(fh))
    check(f.name, "attribute rows", len(attrs), 21)

    f.units.append(("firm", "High-tech firm", "", "organisation"))
    for d in sorted({int(a["DEPT"]) for a in attrs} - {0}):
        f.units.append((f"dept{d}", f"Department {d}", "firm", "department"))

    for a in attrs:
        dept = int(a["DEPT"])
        f.nodes.append({
            "id": a["ID"], "name": f"Manager {a['ID']}", "role": "leader",
            "unit": "firm" if dept == 0 else f"dept{dept}",
            "level": int(a["LEVEL"]) - 1,
            "age": a["AGE"], "tenure": a["TENURE"],
        })

    files = {"reports_to": "ReportsTo", "advice": "Advice", "friendship": "Friendship"}
    for typ, suffix in files.items():
        rows = 0
        for line in read_lines(os.path.join(base, f"Krack-High-Tec-edgelist-{suffix}.txt")):
            if not line.strip():
                continue
            ego, alter, tie = line.split()
            rows += 1
            if tie == "1":
                f.add_edge(ego, alter, typ)   # ego seeks advice from / befriends / reports to alter
            else:
                assert tie == "0"
        check(f.name, f"{suffix} dyad rows", rows, 441)

    # reports_to must be a tree rooted at the CEO, #7.
    boss = {s: t for (s, t, typ) in f.edges if typ == "reports_to"}
    check(f.name, "people with a manager", len(boss), 20)
    check(f.name, "CEO", sorted({n["id"] for n in f.nodes} - set(boss)), ["7"])
    for n in f.nodes:
        seen, p = set(), n["id"]
        while p in boss:
            assert p not in seen, "cycle in reports_to"
            seen.add(p)
            p = boss[p]
        assert p == "7"

    f.meta = {
        "name": "Krackhardt high-tech managers",
        "description": "The 21 managers of a US high-tech firm: formal reporting lines, "
                       "advice seeking and friendship, with age, tenure, level and department.",
        "date": "published 1987",
        "source": "GitHub SDS-AAU/M2-2018, assignments/assignment_1/data/Krack-High-Tec-*.txt "
                  "and Krack-High-Tec-Attributes.csv, commit "
                  "835f62482dba5abcce1fdd8408f3b2897259d737 (snapshot HEAD "
                  "41350aa07545c2feaee4dc340f74e4d90b8d45bd); Stanford SNA R lab files built "
                  "from UCINET KRACK-HIGH-TEC / HIGH-TEC-ATTRIBUTES",
        "citation": "Krackhardt, D. (1987). Cognitive social structures. Social Networks, 9(2), "
                    "109-134.",
    }
    f.write(out)
    c = f.counts()
    check(f.name, "nodes", c["nodes"], 21)
    check(f.name, "ties", c["ties"], {"advice": 190, "friendship": 102, "reports_to": 20})
    return f


# ----------------------------------------------------------------------------- 2. Lazega

def parse_pajek_lazega(path):
    lines = read_lines(path)
    relations = {}
    arcs = []
    vectors = {}
    i = 0
    section = None
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line or line.startswith("%"):
            continue
        low = line.lower()
        m = re.match(r'\*arcs\s*:(\d+)\s+"([^"]*)"', line, re.I)
        if m:
            relations[int(m.group(1))] = m.group(2)
            continue
        if low == "*arcs":
            section = "arcs"
            continue
        m = re.match(r"\*(partition|vector)\s+(\S+)", line, re.I)
        if m:
            name = m.group(2)
            while not lines[i].strip().lower().startswith("*vertices"):
                i += 1
            n = int(lines[i].split()[1])
            vals = [lines[i + 1 + k].strip() for k in range(n)]
            i += 1 + n
            vectors[name] = vals
            section = None
            continue
        if line.startswith("*"):
            section = None
            continue
        if section == "arcs":
            m = re.match(r"(\d+):\s*(\d+)\s+(\d+)\s+(\S+)$", line)
            assert m, f"bad arc line {line!r}"
            arcs.append((int(m.group(1)), m.group(2), m.group(3), m.group(4)))
    return relations, arcs, vectors


def convert_lazega(src, out):
    path = os.path.join(src, "lazega_law_firm", "pajek", "Lazega-Law-Firm.paj")
    relations, arcs, vec = parse_pajek_lazega(path)
    check("lazega-lawfirm", "relations", relations,
          {1: "advice", 2: "friendship", 3: "co-work"})
    f = Folder("lazega-lawfirm")
    f.custom_types["friendship"] = (
        True, "respondent names colleague as someone they socialise with outside work")
    f.custom_types["cowork"] = (
        True, "respondent names colleague as a strong co-worker (directed nominations; "
              "378 pairs named each other)")
    f.attr_columns = ["status", "office", "practice", "gender", "seniority", "age", "lawschool"]

    # Codes as documented in the Pajek comments, the bavla README and Snijders' page.
    status = {"1": "partner", "2": "associate"}
    gender = {"1": "man", "2": "woman"}
    office = {"1": "Boston", "2": "Hartford", "3": "Providence"}
    practice = {"1": "litigation", "2": "corporate"}
    lawschool = {"1": "Harvard/Yale", "2": "UConn", "3": "other"}
    for name in ["status.clu", "gender.clu", "office.clu", "practice.clu", "lawSchool.clu",
                 "age.vec", "seniority.vec"]:
        check(f.name, f"{name} length", len(vec[name]), 71)

    f.units.append(("firm", "SG&R law firm", "", "organisation"))
    used = set()
    for k in range(71):
        o, p = vec["office.clu"][k], vec["practice.clu"][k]
        used.add((o, p))
        f.nodes.append({
            "id": str(k + 1), "name": f"Lawyer {k + 1}",
            "role": "leader" if vec["status.clu"][k] == "1" else "staff",
            "unit": f"{office[o].lower()}-{practice[p]}",
            "level": "",
            "status": status[vec["status.clu"][k]],
            "office": office[o],
            "practice": practice[p],
            "gender": gender[vec["gender.clu"][k]],
            "seniority": int(vec["seniority.vec"][k]),
            "age": int(vec["age.vec"][k]),
            "lawschool": lawschool[vec["lawSchool.clu"][k]],
        })
    for o in sorted({o for o, _ in used}):
        f.units.append((office[o].lower(), f"{office[o]} office", "firm", "office"))
    for o, p in sorted(used):
        f.units.append((f"{office[o].lower()}-{practice[p]}", f"{office[o]} {practice[p]}",
                        office[o].lower(), "practice"))

    typ_of = {1: "advice", 2: "friendship", 3: "cowork"}
    for rel, s, t, w in arcs:
        assert w == "1", "Lazega arcs are binary"
        assert s != t, "Lazega has no self-loops"
        f.add_edge(s, t, typ_of[rel])   # row -> column: respondent names colleague
    check(f.name, "arc lines", len(arcs), 2571)

    f.meta = {
        "name": "Lazega law firm (SG&R)",
        "description": "The 71 lawyers (36 partners, 35 associates) of a Northeastern US corporate "
                       "law firm: advice, friendship and strong co-work nominations, with status, "
                       "office, practice, gender, seniority, age and law school.",
        "date": "1988-1991",
        "source": "GitHub bavla/Rnet, net/mRel/Lazega/Lazega-Law-Firm.paj, commit "
                  "855a944aa660053f30c92e486b471106a6c07b55 (snapshot HEAD "
                  "0cf851fe931e903b1ae9c7bdb5f2c80575477dc6); Batagelj's Pajek conversion of "
                  "De Domenico's multiplex release",
        "citation": "Lazega, E. (2001). The Collegial Phenomenon: The Social Mechanisms of "
                    "Cooperation Among Peers in a Corporate Law Partnership. Oxford University "
                    "Press; Lazega, E. & Pattison, P. E. (1999). Multiplexity, generalized "
                    "exchange and cooperation in organizations: a case study. Social Networks, "
                    "21(1), 67-90; Snijders, T. A. B., Pattison, P. E., Robins, G. L. & "
                    "Handcock, M. S. (2006). New specifications for exponential random graph "
                    "models. Sociological Methodology, 36, 99-153.",
    }
    f.write(out)
    c = f.counts()
    check(f.name, "nodes", c["nodes"], 71)
    check(f.name, "ties", c["ties"], {"advice": 892, "cowork": 1104, "friendship": 575})
    check(f.name, "partners", sum(n["status"] == "partner" for n in f.nodes), 36)
    check(f.name, "partners are 1..36",
          all((n["status"] == "partner") == (int(n["id"]) <= 36) for n in f.nodes), True)
    cw = {(s, t) for (s, t, typ) in f.edges if typ == "cowork"}
    check(f.name, "reciprocated cowork pairs", sum((t, s) in cw for s, t in cw) // 2, 378)
    return f


# ----------------------------------------------------------------------------- 3. email-Eu-core

def convert_email_eu(src, out):
    base = os.path.join(src, "snap_email_eu_core")
    f = Folder("email-eu-core")
    dept = {}
    for line in read_lines(os.path.join(base, "email-Eu-core-department-labels.txt")):
        if line.strip():
            n, d = line.split()
            assert n not in dept
            dept[n] = int(d)
    f.units.append(("institution", "European research institution", "", "organisation"))
    for d in sorted(set(dept.values())):
        f.units.append((f"dept{d}", f"Department {d}", "institution", "department"))

    arc_lines = 0
    loops = 0
    seen = set()
    for line in read_lines(os.path.join(base, "email-Eu-core.txt")):
        if not line.strip():
            continue
        s, t = line.split()
        arc_lines += 1
        assert s in dept and t in dept
        if s == t:
            loops += 1
            continue
        assert (s, t) not in seen, "email-Eu-core has no duplicate arcs"
        seen.add((s, t))
        f.add_edge(s, t, "communication")
    check(f.name, "arc lines", arc_lines, 25571)
    check(f.name, "self-loops dropped", loops, 642)

    for n in dept:
        f.nodes.append({"id": n, "name": "", "role": "staff", "unit": f"dept{dept[n]}",
                        "level": ""})

    f.meta = {
        "name": "email-Eu-core",
        "description": "Who emailed whom among 1005 members of a large European research "
                       "institution (an arc means at least one email), with each member's "
                       "department. Self-loops of the SNAP file are dropped.",
        "date": "not stated in the source files (SNAP release; Leskovec et al. 2007)",
        "source": "GitHub PanShi2016/Community_Detection, "
                  "Datasets/Real_Data/Original_Data/Email-Eu/email-Eu-core.txt and "
                  "email-Eu-core-department-labels.txt, commit "
                  "6dbbfa7a3067ceeebe14c272a571571d3bbe3dde (snapshot HEAD "
                  "d348af339f0eea4a2225ad74ff191f506289510f); originally SNAP, "
                  "https://snap.stanford.edu/data/email-Eu-core.html",
        "citation": "Leskovec, J., Kleinberg, J. & Faloutsos, C. (2007). Graph evolution: "
                    "densification and shrinking diameters. ACM Transactions on Knowledge "
                    "Discovery from Data, 1(1); Yin, H., Benson, A. R., Leskovec, J. & Gleich, "
                    "D. F. (2017). Local higher-order graph clustering. Proc. KDD 2017.",
    }
    f.write(out)
    c = f.counts()
    check(f.name, "nodes", c["nodes"], 1005)
    check(f.name, "departments", c["units"] - 1, 42)
    check(f.name, "ties", c["ties"], {"communication": 25571 - 642})
    touched = {s for (s, _, _) in f.edges} | {t for (_, t, _) in f.edges}
    check(f.name, "isolates after dropping self-loops", 1005 - len(touched), 19)
    f.loops_dropped = loops
    return f


# ----------------------------------------------------------------------------- 4. Zachary

def convert_zachary(src, out):
    base = os.path.join(src, "zachary_karate_club")
    f = Folder("zachary-karate")
    f.weighted = True
    f.custom_types["interaction"] = (
        False, "social interaction between two members, inside or outside the club; weight = "
               "Zachary's interaction strength, a measure of how often they interacted")

    # Factions from the Kolaczyk README: two brace-delimited member lists.
    text = "\n".join(read_lines(os.path.join(base, "kolaczyk_sand", "README.KARATE")))
    groups = [[int(x) for x in g.split(",")] for g in re.findall(r"\{([\d,\s]+)\}", text)]
    check(f.name, "faction sizes", [len(g) for g in groups], [16, 18])
    faction = {m: k + 1 for k, g in enumerate(groups) for m in g}
    check(f.name, "members in factions", sorted(faction), list(range(1, 35)))
    assert faction[1] == 1 and faction[34] == 2

    # Names from the igraphdata GraphML (n0..n33 = members 1..34); its Faction must agree.
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(os.path.join(base, "igraphdata_graphml", "karate.graphml")).getroot()
    names = {}
    for node in root.iter("{http://graphml.graphdrawing.org/xmlns}node"):
        k = int(node.get("id")[1:]) + 1
        data = {d.get("key"): d.text for d in node.findall("g:data", ns)}
        names[k] = data["v_name"]
        assert int(float(data["v_Faction"])) == faction[k], f"faction mismatch for {k}"
    check(f.name, "GraphML names", len(names), 34)

    f.units.append(("club", "University karate club", "", "organisation"))
    f.units.append(("faction1", "Mr Hi's faction", "club", "faction"))
    f.units.append(("faction2", "John A's (officers') faction", "club", "faction"))
    for k in range(1, 35):
        f.nodes.append({"id": str(k), "name": names[k],
                        "role": "leader" if k in (1, 34) else "staff",
                        "unit": f"faction{faction[k]}", "level": ""})

    total = 0
    for line in read_lines(os.path.join(base, "kolaczyk_sand", "zachary.txt")):
        if not line.strip():
            continue
        i, j, w = line.split()
        w = int(w)
        assert i != j
        assert (min(int(i), int(j)), max(int(i), int(j))) not in \
            {(int(a), int(b)) for (a, b, _) in f.edges}, "zachary.txt lists each tie once"
        f.add_edge(i, j, "interaction", w)
        total += w

    f.meta = {
        "name": "Zachary karate club",
        "description": "Social interaction among the 34 members of a university karate club that "
                       "split in two after a dispute between the instructor (Mr Hi, 1) and the "
                       "club's officers (John A, 34). Units are the two factions of the split.",
        "date": "1970s (observed for about two years; published 1977)",
        "source": "GitHub PanShi2016/Community_Detection, "
                  "Datasets/Real_Data/Original_Data/zachary/zachary.txt and README.KARATE "
                  "(E. Kolaczyk's SAND datasets), commit 6dbbfa7a3067ceeebe14c272a571571d3bbe3dde "
                  "(snapshot HEAD d348af339f0eea4a2225ad74ff191f506289510f); member names from "
                  "GitHub joshuaaclark/comm645, data/karate.graphml (igraphdata::karate), commit "
                  "11854745d2d73756d397c135b380f0629c2bb8d7",
        "citation": "Zachary, W. W. (1977). An information flow model for conflict and fission in "
                    "small groups. Journal of Anthropological Research, 33(4), 452-473.",
    }
    f.write(out)
    c = f.counts()
    check(f.name, "nodes", c["nodes"], 34)
    check(f.name, "ties", c["ties"], {"interaction": 78})
    check(f.name, "total weight", c["weight"], {"interaction": 231})
    check(f.name, "total weight read", total, 231)
    return f


# ----------------------------------------------------------------------------- 5. Padgett

def convert_padgett(src, out):
    path = os.path.join(src, "padgett_florentine_families", "pajek_dataset", "Padgett.paj")
    lines = [l.strip() for l in read_lines(path)]
    f = Folder("padgett-florentine")
    f.custom_types["marriage"] = (False, "the two families are linked by marriage")
    f.custom_types["business"] = (
        False, "the two families are linked by business dealings (Padgett's business relation)")
    f.attr_columns = ["wealth", "priorates", "ties"]

    names, arcs, vectors = {}, defaultdict(set), {}
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.lower().startswith("*vertices") and not names:
            n = int(line.split()[1])
            for k in range(n):
                m = re.match(r'(\d+)\s+"([^"]+)"', lines[i + k])
                names[m.group(1)] = m.group(2)
            i += n
        elif line.lower().startswith("*arcs"):
            rel = re.match(r'\*arcs\s*:\d+\s+"([^"]+)"', line, re.I).group(1)
            while i < len(lines) and lines[i] and not lines[i].startswith("*"):
                s, t, w = lines[i].split()
                assert w == "1"
                arcs[rel].add((s, t))
                i += 1
        elif line.lower().startswith("*vector"):
            vname = line.split(None, 1)[1]
            n = int(lines[i].split()[1])
            vectors[vname] = lines[i + 1:i + 1 + n]
            i += 1 + n
    check(f.name, "families", len(names), 16)
    check(f.name, "relations", sorted(arcs), ["Business", "Marital"])

    for k in sorted(names, key=int):
        j = int(k) - 1
        pri = vectors["#Priors"][j]
        f.nodes.append({"id": k, "name": names[k], "role": "external", "unit": "", "level": "",
                        "wealth": int(vectors["Wealth"][j]),
                        "priorates": "" if pri == "-1" else int(pri),
                        "ties": int(vectors["#Ties"][j])})

    for rel, typ in (("Marital", "marriage"), ("Business", "business")):
        for s, t in arcs[rel]:
            assert (t, s) in arcs[rel], f"{rel} is symmetric in the file"
            assert s != t
            if int(s) < int(t):
                f.add_edge(s, t, typ)
        check(f.name, f"{rel} arcs", len(arcs[rel]), 2 * {"marriage": 20, "business": 15}[typ])

    f.meta = {
        "name": "Padgett Florentine families",
        "description": "Marriage and business ties among 16 elite families of early fifteenth-"
                       "century Florence, with wealth, seats on the civic council (priorates) and "
                       "the number of ties in Padgett's full data set.",
        "date": "1430s (wealth: 1427 tax records; priorates: 1282-1344)",
        "source": "GitHub Daria-Maltseva/pajek, Padgett.paj, commit "
                  "ace6150d36523e8adc62a406d96754b6bba40914 (snapshot HEAD "
                  "140ee3a3cf39e826bd2e533640ea5a24516cbaad); the Pajek-distribution "
                  "\"Padgett's Florentine Families\" project",
        "citation": "Padgett, J. F. & Ansell, C. K. (1993). Robust action and the rise of the "
                    "Medici, 1400-1434. American Journal of Sociology, 98(6), 1259-1319; "
                    "Breiger, R. L. & Pattison, P. E. (1986). Cumulated social roles: the duality "
                    "of persons and their algebras. Social Networks, 8, 215-256.",
    }
    f.write(out)
    c = f.counts()
    check(f.name, "nodes", c["nodes"], 16)
    check(f.name, "ties", c["ties"], {"business": 15, "marriage": 20})
    return f


# ----------------------------------------------------------------------------- 6. Enron

LEADER_TITLE = re.compile(r"\b(CEO|COO|President|VP|Mng|Director|Dir|Manager|Mgr)\b")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def convert_enron(src, out):
    base = os.path.join(src, "enron_perry_wolfe_156")
    f = Folder("enron-employees")
    f.weighted = True
    f.attr_columns = ["title", "gender", "seniority", "department", "long_department"]

    f.units.append(("enron", "Enron", "", "organisation"))
    sub_units = set()
    rows = [l.split("\t") for l in read_lines(os.path.join(base, "employees.tsv")) if l]
    check(f.name, "employee rows", len(rows), 156)
    for r in rows:
        assert len(r) == 7
        eid, name, dept, longdept, title, gender, senior = r
        # "Enron" is the corporate level itself and "NA" is not available: no finer unit.
        finer = longdept not in ("Enron", "NA")
        unit = f"{slug(dept)}-{slug(longdept)}" if finer else slug(dept)
        if finer:
            sub_units.add((unit, f"{longdept} ({dept})", slug(dept)))
        f.nodes.append({
            "id": eid, "name": name.strip(),
            "role": "leader" if LEADER_TITLE.search(title) else "staff",
            "unit": unit, "level": "",
            "title": title, "gender": gender, "seniority": senior,
            "department": dept, "long_department": "" if longdept == "NA" else longdept,
        })
    for d in sorted({n["department"] for n in f.nodes}):
        f.units.append((slug(d), d, "enron", "department"))
    for u in sorted(sub_units):
        f.units.append((u[0], u[1], u[2], "long department"))

    sender = {}
    for l in read_lines(os.path.join(base, "messages.tsv")):
        if l:
            r = l.split("\t")
            assert len(r) == 5
            sender[r[0]] = r[4]
    check(f.name, "messages", len(sender), 21635)
    recipient_rows = 0
    for l in read_lines(os.path.join(base, "recipients.tsv")):
        if l:
            mid, _, receiver = l.split("\t")
            recipient_rows += 1
            assert sender[mid] != receiver, "no self-addressed rows in this data"
            f.add_edge(sender[mid], receiver, "communication", 1)
    check(f.name, "recipient rows", recipient_rows, 38388)

    f.meta = {
        "name": "Enron employees (Perry & Wolfe)",
        "description": "Email among 156 Enron employees: weight = number of (message, recipient) "
                       "rows from sender to receiver, with department, title, gender and "
                       "seniority.",
        "date": "1998-11-13 to 2002-06-21",
        "source": "GitHub patperry/interaction-proc, data/enron/employees.tsv, messages.tsv and "
                  "recipients.tsv, commit 811f439486aa91203c4e8714782b19ab68d4ae79 (snapshot HEAD "
                  "cf8dfd6b5e1d0684bc1e67e012bf8b8a3e2225a4)",
        "citation": "Perry, P. O. & Wolfe, P. J. (2013). Point process modelling for directed "
                    "interaction networks. Journal of the Royal Statistical Society, Series B, "
                    "75(5), 821-849; Zhou, Y., Goldberg, M., Magdon-Ismail, M. & Wallace, W. A. "
                    "(2007). Strategies for cleaning organizational emails with an application to "
                    "Enron email dataset. NAACSOS 07; Klimt, B. & Yang, Y. (2004). The Enron "
                    "corpus: a new dataset for email classification research. ECML 2004.",
    }
    f.write(out)
    c = f.counts()
    check(f.name, "nodes", c["nodes"], 156)
    check(f.name, "ties", c["ties"], {"communication": 2715})
    check(f.name, "total weight", c["weight"], {"communication": 38388})
    return f


# ----------------------------------------------------------------------------- main

def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    src, out = argv[1], argv[2]
    if not os.path.isdir(src):
        print(f"error: {src} is not a directory", file=sys.stderr)
        return 2
    os.makedirs(out, exist_ok=True)
    converters = [convert_krackhardt, convert_lazega, convert_email_eu, convert_zachary,
                  convert_padgett, convert_enron]
    for conv in converters:
        f = conv(src, out)
        c = f.counts()
        roles = Counter(n["role"] for n in f.nodes)
        ties = ", ".join(f"{k} {v}" for k, v in c["ties"].items())
        line = f"{f.name}: {c['nodes']} nodes, {c['units']} units; ties: {ties}"
        if f.weighted:
            line += "; total weight: " + ", ".join(f"{k} {v}" for k, v in c["weight"].items())
        line += "; roles: " + ", ".join(f"{k} {v}" for k, v in sorted(roles.items()))
        if getattr(f, "loops_dropped", 0):
            line += f"; self-loops dropped: {f.loops_dropped}"
        print(line + "  [ok]")
    print("all counts match the published figures")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
