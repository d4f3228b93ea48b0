#!/usr/bin/env python3
"""Generate the bundled example organisation "Eksempel Kommune" (datasets/example-municipality/).

A synthetic Danish municipality of about four hundred people: the kommunaldirektør, five
administrations (forvaltninger), areas, institutions and teams, central HR, the city council,
a MED committee, a leadership network and citizens. It contains a set of problems planted on
purpose (a leader with 100 direct reports, chain gaps, an isolated leader, two silos that barely
talk, an incoherent citizen, frontline staff far from the top); the README lists them by id.

Deterministic: the same seed gives the same bytes. Python 3 standard library only. Nothing here
iterates over a set or a hash order, so PYTHONHASHSEED does not matter.

Usage:  python3 make_example.py [--out DIR] [--seed N]
        (default: write next to this script, with the seed the bundled files were made with)

The end of the script asserts the planted facts (span, gap set, isolated leader, silo ties,
citizen distances, dialogue distance to the top), so a regression fails loudly.
"""

import argparse
import csv
import json
import os
import random
import sys
from collections import deque

SEED = 2024
DATE = "2024-10-01"

DIALOGUE = ("sparring", "advice", "communication", "collaboration")
UNDIRECTED = ("sparring", "collaboration", "network")
TYPE_ORDER = ("reports_to", "sparring", "advice", "communication", "collaboration",
              "hr_support", "political", "network", "service")
ID_WIDTH = {"d": 2, "l": 3, "h": 2, "s": 4, "t": 2, "p": 2, "c": 3}

FIRST_NAMES = [
    "Søren", "Bjørn", "Jørgen", "Mads", "Anders", "Henrik", "Jens", "Niels", "Lars", "Morten",
    "Rasmus", "Frederik", "Mikkel", "Kasper", "Thomas", "Christian", "Ole", "Poul", "Torben",
    "Kåre", "Bo", "Asger", "Troels", "Ib", "Jesper", "Martin", "Peter", "Steen", "Ebbe", "Øjvind",
    "Åse", "Mette", "Anne", "Karen", "Hanne", "Lone", "Pia", "Susanne", "Birgitte", "Louise",
    "Camilla", "Signe", "Ida", "Freja", "Maja", "Line", "Gitte", "Bodil", "Inger", "Kirsten",
    "Helle", "Dorte", "Tove", "Ulla", "Solveig", "Astrid", "Jytte", "Bente", "Mathilde",
    "Karoline", "Nanna", "Rikke", "Trine", "Mai-Britt", "Sørine", "Aksel", "Malthe", "Emil",
    "Sofie", "Cecilie",
]
LAST_NAMES = [
    "Møller", "Kjær", "Ærø", "Sørensen", "Jørgensen", "Nielsen", "Jensen", "Hansen", "Pedersen",
    "Andersen", "Christensen", "Larsen", "Rasmussen", "Poulsen", "Thomsen", "Kristensen",
    "Madsen", "Østergaard", "Søndergaard", "Nørgaard", "Bæk", "Dahl", "Holm", "Lund", "Krogh",
    "Brøndum", "Lykkegård", "Skovgård", "Frølund", "Bøgh", "Kjærsgaard", "Højgaard", "Friis",
    "Vestergaard", "Mølgaard", "Clausen", "Lauridsen", "Knudsen", "Bech", "Due", "Skjødt",
    "Ravn", "Blæsbjerg", "Åkjær", "Gråbøl", "Hviid", "Storgaard", "Thygesen", "Winther", "Grøn",
    "Lind", "Bødker", "Fæster", "Præstholm",
]
PLANTED_NAMES = ("Mette Kjær", "Søren Ærø", "Åse Møller", "Bjørn Kjær")
SOLGAARDEN_GROUPS = ["Birken", "Egen", "Bøgen", "Ahornen", "Lærken", "Rønnen", "Pilen", "Elmen"]


class Org:
    """People, units and ties, with the guards that keep the planted facts true."""

    def __init__(self, rng):
        self.rng = rng
        self.units = {}          # id -> {name, parent, kind, depth}
        self.people = {}         # id -> {id, name, role, unit, level, title, fte, tenure, committee}
        self.manager = {}        # subordinate -> manager
        self.reports = {}        # manager -> [subordinates], in creation order
        self.edges = {}          # (source, target, type) -> weight
        self.counters = {}
        self.used_names = set(PLANTED_NAMES)  # random names never take a planted one
        self.gap_pairs = set()   # sorted (a, b) pairs that must carry no dialogue tie
        self.sealed = set()      # only explicitly planted ties may touch these people
        self.local_only = set()  # non-planted ties only within the person's own unit
        self.silo_pair = ("bu-sko", "sos-soc")

    # ---- units and people -------------------------------------------------------------------
    def unit(self, uid, name, parent, kind):
        depth = 0 if not parent else self.units[parent]["depth"] + 1
        self.units[uid] = {"id": uid, "name": name, "parent": parent, "kind": kind, "depth": depth}
        return uid

    def unit_ancestor(self, uid, depth):
        """The unit's ancestor at `depth` (itself if it is at that depth), or None if shallower."""
        if not uid or self.units[uid]["depth"] < depth:
            return None
        while self.units[uid]["depth"] > depth:
            uid = self.units[uid]["parent"]
        return uid

    def new_name(self):
        while True:
            name = self.rng.choice(FIRST_NAMES) + " " + self.rng.choice(LAST_NAMES)
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def person(self, prefix, role, unit, title, manager=None, name=None, fte=None, tenure=None,
               committee=""):
        n = self.counters.get(prefix, 0) + (0 if prefix == "d" else 1)
        self.counters[prefix] = n + (1 if prefix == "d" else 0)
        pid = "%s%0*d" % (prefix, ID_WIDTH[prefix], n)
        if name is None:
            name = self.new_name()
        else:
            assert name in PLANTED_NAMES or name not in self.used_names, name
            self.used_names.add(name)
        employee = role not in ("citizen", "politician")
        if employee and fte is None:
            fte = 1.0 if role == "leader" else self.rng.choice([1.0, 1.0, 1.0, 0.9, 0.8, 0.75, 0.6])
        if employee and tenure is None:
            tenure = self.rng.randint(4, 30) if role == "leader" else self.rng.randint(0, 32)
        level = ""
        if employee:
            level = 0 if manager is None else self.people[manager]["level"] + 1
        self.people[pid] = {"id": pid, "name": name, "role": role, "unit": unit, "level": level,
                            "title": title, "fte": fte, "tenure": tenure, "committee": committee}
        if manager is not None:
            assert self.people[manager]["role"] == "leader", (pid, manager)
            self.manager[pid] = manager
            self.reports.setdefault(manager, []).append(pid)
            self.edges[(pid, manager, "reports_to")] = 1
        return pid

    def staff(self, unit, manager, n, titles, role="staff"):
        """n staff in `unit` under `manager`; `titles` is a list of (title, weight)."""
        names = [t for t, _ in titles]
        weights = [w for _, w in titles]
        return [self.person("s", role, unit, self.rng.choices(names, weights)[0], manager)
                for _ in range(n)]

    def add_committee(self, pid, text):
        c = self.people[pid]["committee"]
        self.people[pid]["committee"] = text if not c else c + "; " + text

    # ---- ties -------------------------------------------------------------------------------
    def area(self, pid):
        return self.unit_ancestor(self.people[pid]["unit"], 2)

    def admin(self, pid):
        return self.unit_ancestor(self.people[pid]["unit"], 1)

    def crosses_silo_pair(self, u, v):
        a, b = self.area(u), self.area(v)
        return a is not None and b is not None and sorted((a, b)) == sorted(self.silo_pair)

    def tie(self, u, v, typ, weight=1, planted=False):
        """Add one tie; returns False when it exists already or a guard forbids it.

        Planted ties skip the sealed / local-only / silo guards (they are the plan), but never
        the chain-gap guard: a planted tie on a gap pair is a bug in this script.
        """
        assert typ in TYPE_ORDER and weight > 0
        if u == v:
            return False
        if typ in UNDIRECTED and v < u:
            u, v = v, u
        key = (u, v, typ)
        if key in self.edges:
            return False
        if typ not in ("reports_to", "service", "political"):
            if tuple(sorted((u, v))) in self.gap_pairs:
                assert not planted, ("planted tie on a chain gap", key)
                return False
            if not planted:
                if u in self.sealed or v in self.sealed:
                    return False
                if self.crosses_silo_pair(u, v):
                    return False
                for a, b in ((u, v), (v, u)):
                    if a in self.local_only and self.people[a]["unit"] != self.people[b]["unit"]:
                        return False
        self.edges[key] = weight
        return True

    def dialogue_between(self, u, v):
        return any((a, b, t) in self.edges for t in DIALOGUE for a, b in ((u, v), (v, u)))


# ================================================================================================
def build(seed):
    rng = random.Random(seed)
    o = Org(rng)
    U, P = o.unit, o.person
    ids = {}  # named people the README and the assertions refer to

    # ---- units --------------------------------------------------------------------------------
    U("ek", "Eksempel Kommune", "", "kommune")
    U("byr", "Byrådet", "ek", "politisk")
    U("bu", "Børn og Unge", "ek", "forvaltning")
    U("bu-sko", "Skoler", "bu", "område")
    U("bu-sko-vestre", "Vestre Skole", "bu-sko", "institution")
    U("bu-sko-vestre-ind", "Indskolingen", "bu-sko-vestre", "team")
    U("bu-sko-vestre-uds", "Udskolingen", "bu-sko-vestre", "team")
    U("bu-sko-oestre", "Østre Skole", "bu-sko", "institution")
    U("bu-sko-sonder", "Søndervang Skole", "bu-sko", "institution")
    U("bu-dag", "Dagtilbud", "bu", "område")
    U("bu-dag-maelk", "Børnehuset Mælkebøtten", "bu-dag", "institution")
    U("bu-dag-sols", "Vuggestuen Solsikken", "bu-dag", "institution")
    U("sos", "Social og Sundhed", "ek", "forvaltning")
    U("sos-ael", "Ældrepleje", "sos", "område")
    U("sos-ael-solg", "Plejecenter Solgården", "sos-ael", "institution")
    U("sos-ael-egebo", "Plejecenter Egebo", "sos-ael", "institution")
    U("sos-ael-hjn", "Hjemmeplejen Nord", "sos-ael", "institution")
    U("sos-sun", "Sundhed", "sos", "område")
    U("sos-sun-spl", "Sundhedsplejen", "sos-sun", "institution")
    U("sos-sun-trae", "Træning og Rehabilitering", "sos-sun", "institution")
    U("sos-soc", "Socialområdet", "sos", "område")
    U("sos-soc-myn", "Myndighed og Familierådgivning", "sos-soc", "institution")
    U("sos-soc-lyngbo", "Bostedet Lyngbo", "sos-soc", "institution")
    U("sos-soc-job", "Jobcenter Eksempel", "sos-soc", "institution")
    U("tm", "Teknik og Miljø", "ek", "forvaltning")
    U("tm-vej", "Vej og Park", "tm", "område")
    U("tm-vej-mat", "Materielgården", "tm-vej", "institution")
    U("tm-vej-mat-vej", "Vejholdet", "tm-vej-mat", "team")
    U("tm-vej-mat-park", "Parkholdet", "tm-vej-mat", "team")
    U("tm-bym", "Byg og Miljø", "tm", "område")
    U("kf", "Kultur og Fritid", "ek", "forvaltning")
    U("kf-bib", "Biblioteker", "kf", "område")
    U("kf-fri", "Fritid og Idræt", "kf", "område")
    U("kf-fri-idr", "Idrætscentret", "kf-fri", "institution")
    U("kf-fri-mus", "Musikskolen", "kf-fri", "institution")
    U("op", "Økonomi og Personale", "ek", "forvaltning")
    U("op-oko", "Økonomi", "op", "område")
    U("op-hr", "HR og Personale", "op", "område")
    U("op-bor", "Borgerservice", "op", "område")

    # ---- top management -------------------------------------------------------------------------
    d00 = P("d", "leader", "ek", "Kommunaldirektør", name="Mette Kjær", tenure=9)
    d_bu = P("d", "leader", "bu", "Direktør for Børn og Unge", d00)
    d_sos = P("d", "leader", "sos", "Direktør for Social og Sundhed", d00)
    d_tm = P("d", "leader", "tm", "Direktør for Teknik og Miljø", d00)
    d_kf = P("d", "leader", "kf", "Direktør for Kultur og Fritid", d00)
    d_op = P("d", "leader", "op", "Direktør for Økonomi og Personale", d00)
    directors = [d_bu, d_sos, d_tm, d_kf, d_op]
    sec_bu = P("s", "staff", "bu", "Forvaltningskonsulent", d_bu)
    sec_sos = P("s", "staff", "sos", "Forvaltningskonsulent", d_sos)
    sec_tm = P("s", "staff", "tm", "Sekretariatsmedarbejder", d_tm)
    secretaries = [sec_bu, sec_sos, sec_tm]

    # ---- Børn og Unge ---------------------------------------------------------------------------
    teacher = [("Lærer", 5), ("Pædagog", 1)]
    skolechef = P("l", "leader", "bu-sko", "Skolechef", d_bu)
    o.staff("bu-sko", skolechef, 2, [("Skolekonsulent", 1)])
    vestre = P("l", "leader", "bu-sko-vestre", "Skoleleder", skolechef, name="Søren Ærø")
    v_ind = P("l", "leader", "bu-sko-vestre-ind", "Afdelingsleder, indskolingen", vestre)
    v_uds = P("l", "leader", "bu-sko-vestre-uds", "Afdelingsleder, udskolingen", vestre)
    v_ind_staff = o.staff("bu-sko-vestre-ind", v_ind, 7, [("Lærer", 2), ("Pædagog", 1)])
    v_uds_staff = o.staff("bu-sko-vestre-uds", v_uds, 7, [("Lærer", 1)])
    v_sek = P("s", "staff", "bu-sko-vestre", "Skolesekretær", vestre)
    v_akt = P("s", "staff", "bu-sko-vestre", "AKT-lærer", vestre)
    oestre = P("l", "leader", "bu-sko-oestre", "Skoleleder", skolechef)
    oe_staff = o.staff("bu-sko-oestre", oestre, 11, teacher)
    sonder = P("l", "leader", "bu-sko-sonder", "Skoleleder", skolechef)
    so_staff = o.staff("bu-sko-sonder", sonder, 30, teacher)
    so_staff.append(P("s", "staff", "bu-sko-sonder", "Skolesekretær", sonder))
    tr_sonder = P("t", "council", "bu-sko-sonder", "Lærer, tillidsrepræsentant (DLF)", sonder)

    dagchef = P("l", "leader", "bu-dag", "Dagtilbudschef", d_bu)
    o.staff("bu-dag", dagchef, 1, [("Pædagogisk konsulent", 1)])
    maelk = P("l", "leader", "bu-dag-maelk", "Børnehusleder", dagchef)
    ma_staff = o.staff("bu-dag-maelk", maelk, 8, [("Pædagog", 3), ("Pædagogmedhjælper", 1)])
    tr_maelk = P("t", "council", "bu-dag-maelk", "Pædagog, tillidsrepræsentant (BUPL)", maelk)
    sols = P("l", "leader", "bu-dag-sols", "Vuggestueleder", dagchef)
    o.staff("bu-dag-sols", sols, 7, [("Pædagog", 3), ("Pædagogmedhjælper", 1)])

    # ---- Social og Sundhed ----------------------------------------------------------------------
    care = [("Social- og sundhedshjælper", 4), ("Social- og sundhedsassistent", 4), ("Sygeplejerske", 1)]
    aeldrechef = P("l", "leader", "sos-ael", "Ældrechef", d_sos)
    solg = P("l", "leader", "sos-ael-solg", "Plejecenterleder", aeldrechef, name="Åse Møller")
    # Solgården: 100 direct reports and no team leaders - 80 day staff in eight afsnit,
    # two night teams of six, eight weekend staff.
    sg_groups = []
    for g, gname in enumerate(SOLGAARDEN_GROUPS):
        members = []
        for k in range(10):
            if g == 0 and k == 9:
                members.append(P("t", "council", "sos-ael-solg",
                                 "Sygeplejerske, tillidsrepræsentant (DSR), afsnit " + gname, solg))
                continue
            if k == 0:
                title = "Social- og sundhedsassistent, koordinator, afsnit " + gname
            else:
                title = rng.choices([t for t, _ in care], [w for _, w in care])[0] + ", afsnit " + gname
            members.append(P("s", "staff", "sos-ael-solg", title, solg))
        sg_groups.append(members)
    sg_day = [p for g in sg_groups for p in g]
    tr_solg = sg_groups[0][9]
    night_a = [P("s", "staff", "sos-ael-solg",
                 rng.choice(["Social- og sundhedsassistent", "Social- og sundhedshjælper"]) + ", nattevagt (hold A)",
                 solg, fte=rng.choice([0.8, 0.75, 0.6])) for _ in range(6)]
    night_b = [P("s", "staff", "sos-ael-solg",
                 rng.choice(["Social- og sundhedsassistent", "Social- og sundhedshjælper"]) + ", nattevagt (hold B)",
                 solg, fte=rng.choice([0.8, 0.75, 0.6])) for _ in range(6)]
    weekend = [P("s", "staff", "sos-ael-solg", "Social- og sundhedshjælper, weekendvagt", solg,
                 fte=rng.choice([0.5, 0.4, 0.3])) for _ in range(8)]
    egebo = P("l", "leader", "sos-ael-egebo", "Plejecenterleder", aeldrechef)
    eg_staff = o.staff("sos-ael-egebo", egebo, 31, care)
    hjn = P("l", "leader", "sos-ael-hjn", "Hjemmeplejeleder", aeldrechef)
    hj_staff = o.staff("sos-ael-hjn", hjn, 32, care)
    tr_hjn = P("t", "council", "sos-ael-hjn", "Social- og sundhedshjælper, tillidsrepræsentant (FOA)", hjn)

    sundchef = P("l", "leader", "sos-sun", "Sundhedschef", d_sos)
    spl = P("l", "leader", "sos-sun-spl", "Leder af Sundhedsplejen", sundchef)
    spl_staff = o.staff("sos-sun-spl", spl, 6, [("Sundhedsplejerske", 1)])
    trae = P("l", "leader", "sos-sun-trae", "Leder af Træning og Rehabilitering", sundchef)
    trae_staff = o.staff("sos-sun-trae", trae, 8, [("Fysioterapeut", 1), ("Ergoterapeut", 1)])

    socchef = P("l", "leader", "sos-soc", "Socialchef", d_sos)
    o.staff("sos-soc", socchef, 1, [("Socialfaglig konsulent", 1)])
    myn = P("l", "leader", "sos-soc-myn", "Afdelingsleder, Myndighed og Familierådgivning", socchef)
    carrier = P("s", "staff", "sos-soc-myn", "Familierådgiver (skolekontakt)", myn, name="Bjørn Kjær")
    myn_staff = [carrier] + o.staff("sos-soc-myn", myn, 6, [("Socialrådgiver", 2), ("Familierådgiver", 1)])
    lyngbo = P("l", "leader", "sos-soc-lyngbo", "Forstander", socchef)
    ly_staff = o.staff("sos-soc-lyngbo", lyngbo, 8, [("Socialpædagog", 3), ("Social- og sundhedsassistent", 1)])
    job = P("l", "leader", "sos-soc-job", "Jobcenterleder", socchef)
    job_staff = o.staff("sos-soc-job", job, 8, [("Jobkonsulent", 3), ("Virksomhedskonsulent", 1)])

    # ---- Teknik og Miljø ------------------------------------------------------------------------
    driftschef = P("l", "leader", "tm-vej", "Driftschef, Vej og Park", d_tm)
    mat = P("l", "leader", "tm-vej-mat", "Leder af Materielgården", driftschef)
    mat_vej = P("l", "leader", "tm-vej-mat-vej", "Teamleder, Vejholdet", mat)
    mat_park = P("l", "leader", "tm-vej-mat-park", "Teamleder, Parkholdet", mat)
    o.staff("tm-vej-mat-vej", mat_vej, 5, [("Vejarbejder", 2), ("Maskinfører", 1)])
    tr_mat = P("t", "council", "tm-vej-mat-vej", "Vejarbejder, tillidsrepræsentant (3F)", mat_vej)
    o.staff("tm-vej-mat-park", mat_park, 6, [("Gartner", 2), ("Anlægsgartner", 1)])
    bymchef = P("l", "leader", "tm-bym", "Chef for Byg og Miljø", d_tm)
    bym_staff = o.staff("tm-bym", bymchef, 6, [("Byggesagsbehandler", 2), ("Miljømedarbejder", 1)])

    # ---- Kultur og Fritid -----------------------------------------------------------------------
    bibchef = P("l", "leader", "kf-bib", "Bibliotekschef", d_kf)
    bib_staff = o.staff("kf-bib", bibchef, 6, [("Bibliotekar", 2), ("Biblioteksassistent", 1)])
    fritchef = P("l", "leader", "kf-fri", "Fritidschef", d_kf)
    idr = P("l", "leader", "kf-fri-idr", "Idrætscenterleder", fritchef)
    idr_staff = o.staff("kf-fri-idr", idr, 4, [("Idrætsmedarbejder", 2), ("Halinspektør", 1)])
    mus = P("l", "leader", "kf-fri-mus", "Musikskoleleder", fritchef)
    o.staff("kf-fri-mus", mus, 5, [("Musikskolelærer", 1)])

    # ---- Økonomi og Personale -------------------------------------------------------------------
    okochef = P("l", "leader", "op-oko", "Økonomichef", d_op)
    oko_staff = o.staff("op-oko", okochef, 4, [("Økonomikonsulent", 2), ("Controller", 1)])
    tr_oko = P("t", "council", "op-oko", "Økonomikonsulent, tillidsrepræsentant (HK)", okochef)
    hrchef = P("l", "leader", "op-hr", "HR-chef", d_op)
    hr = [P("h", "hr", "op-hr", "HR-partner, " + area, hrchef) for area in
          ("Børn og Unge", "Ældre og Sundhed", "Socialområdet samt Teknik og Miljø",
           "Kultur og Fritid, Økonomi og Personale samt Direktionen")]
    h_bu, h_ael, h_soc, h_rest = hr
    loen = P("s", "staff", "op-hr", "Lønkonsulent", hrchef)
    borchef = P("l", "leader", "op-bor", "Borgerservicechef", d_op)
    bor_staff = o.staff("op-bor", borchef, 6, [("Borgerservicemedarbejder", 1)])

    employees = [p for p in o.people]
    leaders = [p for p in employees if o.people[p]["role"] == "leader"]

    ids.update(d00=d00, directors=directors, solg=solg, aeldrechef=aeldrechef, d_sos=d_sos,
               lyngbo=lyngbo, socchef=socchef, carrier=carrier, skolechef=skolechef,
               night_a=night_a, night_b=night_b, weekend=weekend, sg_day=sg_day, hrchef=hrchef,
               hr=hr, vestre=vestre, oestre=oestre, sonder=sonder, egebo=egebo, hjn=hjn,
               mat=mat, mat_park=mat_park, mus=mus, fritchef=fritchef)

    # ---- planted problem 5: who serves the multi-administration citizens --------------------------
    # Staff that serve the incoherent citizens talk only inside their own unit.
    inc3 = [hj_staff[-1], bor_staff[-1], bib_staff[-1]]             # SoS, ØP, KF
    inc_pairs = [(so_staff[-3], myn_staff[-1]),                     # Skoler + Socialområdet
                 (ly_staff[-1], idr_staff[-1]),                     # Bostedet + Idrætscentret
                 (sg_groups[5][4], bor_staff[-2])]                  # Solgården + Borgerservice
    coh3 = [v_ind_staff[0], spl_staff[0], idr_staff[0]]            # BU, SoS, KF
    coh_pairs = [(oe_staff[0], carrier),                            # Skoler + Socialområdet, via carrier
                 (ma_staff[0], spl_staff[1]),                       # Dagtilbud + Sundhedsplejen
                 (job_staff[0], bor_staff[0]),                      # Jobcenter + Borgerservice
                 (trae_staff[0], bym_staff[0])]                     # Træning + Byg og Miljø
    serving = inc3 + coh3 + [p for pair in inc_pairs + coh_pairs for p in pair]

    # ---- planted problem 2 (and 1, 3, 6): the chain-gap set ---------------------------------------
    gaps = []  # (subordinate, manager), in a fixed order
    gaps += [(s, solg) for s in night_a + night_b + weekend]    # Solgården: never meet the leader
    gaps += [(solg, aeldrechef), (aeldrechef, d_sos)]           # chain broken twice
    gaps += [(lyngbo, socchef)]                                 # the isolated leader
    gaps += [(mat_park, mat), (mus, fritchef)]                  # leaders with a silent line up
    # Not gaps: the tillidsrepræsentanter, the citizens' staff, and staff with fewer than two
    # colleagues in their unit (a gap would cut them off from everyone).
    special = set([carrier, tr_sonder, tr_maelk, tr_solg, tr_hjn, tr_mat, tr_oko] + serving)
    unit_size = {}
    for p in employees:
        unit_size[o.people[p]["unit"]] = unit_size.get(o.people[p]["unit"], 0) + 1
    special.update(p for p in employees if unit_size[o.people[p]["unit"]] < 4)
    for mgr, k in ((hjn, 5), (egebo, 4), (sonder, 3)):
        pool = [s for s in o.reports[mgr] if o.people[s]["role"] == "staff" and s not in special]
        gaps += [(s, mgr) for s in rng.sample(pool, k)]
    taken = set(s for s, _ in gaps)
    pool = [s for s in employees if s in o.manager and o.people[s]["role"] == "staff"
            and s not in taken and s not in special and s not in secretaries
            and o.manager[s] not in (solg, lyngbo, hjn, egebo, sonder)]
    gaps += [(s, o.manager[s]) for s in rng.sample(pool, 10)]
    o.gap_pairs = set(tuple(sorted(g)) for g in gaps)

    o.sealed = set([lyngbo] + night_a + night_b)

    # ---- back every other formal tie with dialogue -------------------------------------------------
    R = rng.random
    for sub in employees:
        if sub not in o.manager or tuple(sorted((sub, o.manager[sub]))) in o.gap_pairs:
            continue
        mgr = o.manager[sub]
        if o.people[sub]["role"] in ("leader", "hr"):
            if R() < 0.75:
                o.tie(sub, mgr, "sparring", rng.randint(1, 4), planted=True)
            if R() < 0.7:
                o.tie(mgr, sub, "communication", rng.randint(2, 8), planted=True)
            if R() < 0.6:
                o.tie(sub, mgr, "communication", rng.randint(1, 6), planted=True)
            if R() < 0.35:
                o.tie(sub, mgr, "advice", rng.randint(1, 3), planted=True)
            if not o.dialogue_between(sub, mgr):
                o.tie(sub, mgr, "sparring", 1, planted=True)
        else:
            if R() < 0.8:
                o.tie(mgr, sub, "communication", rng.randint(1, 4), planted=True)
            if R() < 0.35:
                o.tie(sub, mgr, "communication", rng.randint(1, 3), planted=True)
            if R() < 0.25:
                o.tie(sub, mgr, "advice", rng.randint(1, 2), planted=True)
            if R() < 0.15:
                o.tie(sub, mgr, "collaboration", rng.randint(1, 3), planted=True)
            if not o.dialogue_between(sub, mgr):
                o.tie(mgr, sub, "communication", 1, planted=True)

    # ---- planted problem 5: the incoherent citizens' staff stay local, the coherent ones meet -----
    for s in inc3 + [p for pair in inc_pairs for p in pair]:
        o.local_only.add(s)
    o.tie(coh3[0], coh3[1], "collaboration", 2, planted=True)
    o.tie(coh3[1], coh3[2], "collaboration", 1, planted=True)
    for a, b in coh_pairs[1:]:
        o.tie(a, b, "collaboration", rng.randint(1, 3), planted=True)

    # ---- planted problem 4: Skoler and Socialområdet meet only through the carrier ----------------
    o.tie(carrier, oestre, "collaboration", 2, planted=True)
    o.tie(carrier, oe_staff[0], "collaboration", 3, planted=True)
    o.tie(v_akt, carrier, "communication", 1, planted=True)

    # ---- planted problem 6: Solgården's night teams --------------------------------------------
    for team in (night_a, night_b):
        for i in range(len(team)):
            for j in range(i + 1, len(team)):
                if R() < 0.7 or j == i + 1:
                    o.tie(team[i], team[j], "collaboration", rng.randint(2, 5), planted=True)
    o.tie(night_b[0], night_a[5], "collaboration", 1, planted=True)   # B hands over to A
    o.tie(night_a[0], sg_groups[0][0], "communication", 4, planted=True)  # A reports to a day koordinator

    # ---- planted problem 3: the isolated leader talks only to own staff --------------------------
    # (already done: backing ties above are planted; everything else is sealed off)

    # ---- the double-broken chain and other leaders stay connected sideways ----------------------
    o.tie(solg, egebo, "sparring", 2, planted=True)
    o.tie(solg, hjn, "collaboration", 2, planted=True)
    o.tie(solg, h_ael, "hr_support", 1, planted=True)
    o.tie(solg, h_ael, "sparring", 1, planted=True)
    o.tie(aeldrechef, sundchef, "sparring", 3, planted=True)
    o.tie(aeldrechef, socchef, "collaboration", 2, planted=True)
    o.tie(aeldrechef, h_ael, "sparring", 2, planted=True)
    o.tie(mat_vej, mat_park, "sparring", 2, planted=True)
    o.tie(mus, idr, "collaboration", 2, planted=True)

    # ---- Solgården day, weekend -----------------------------------------------------------------
    koord = [g[0] for g in sg_groups]
    for g in sg_groups:
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                if R() < 0.45:
                    o.tie(g[i], g[j], "collaboration", rng.randint(1, 5))
        for p in g[1:]:
            if R() < 0.5:
                o.tie(p, g[0], "communication", rng.randint(1, 6))
            if R() < 0.2:
                o.tie(p, g[0], "advice", 1)
    for i in range(len(koord)):
        for j in range(i + 1, len(koord)):
            o.tie(koord[i], koord[j], "collaboration", rng.randint(2, 6))
    for p in sg_day:
        if R() < 0.12:
            o.tie(p, rng.choice(sg_day), "collaboration", 1)
    for k in koord[:4]:
        o.tie(k, solg, "sparring", 2)
    for i in range(len(weekend)):
        for j in range(i + 1, len(weekend)):
            if R() < 0.5:
                o.tie(weekend[i], weekend[j], "collaboration", rng.randint(1, 3))
        o.tie(weekend[i], rng.choice(sg_day), "collaboration", 1)
        o.tie(weekend[i], koord[i], "communication", 1)

    # ---- colleagues inside every other workplace unit ------------------------------------------------
    by_unit = {}
    for p in employees:
        if o.people[p]["role"] in ("staff", "council", "hr") and o.people[p]["unit"] != "sos-ael-solg":
            by_unit.setdefault(o.people[p]["unit"], []).append(p)
    for unit, members in by_unit.items():
        n = len(members)
        if n < 2:
            continue
        prob = min(0.6, 3.5 / (n - 1))
        for i in range(n):
            for j in range(i + 1, n):
                if R() < prob:
                    o.tie(members[i], members[j], "collaboration", rng.randint(1, 5))
        for p in members:
            for q in rng.sample(members, min(2, n)):
                if R() < 0.6:
                    o.tie(p, q, "communication", rng.randint(1, 6))
            if R() < 0.3:
                o.tie(p, rng.choice(members), "advice", rng.randint(1, 2))
            if not any(o.dialogue_between(p, q) for q in members if q != p):
                o.tie(p, rng.choice([q for q in members if q != p]), "collaboration", 1)

    # ---- leaders: siblings, the direktion, skip-level ties -------------------------------------------
    for mgr in employees:
        kids = [k for k in o.reports.get(mgr, []) if o.people[k]["role"] in ("leader", "hr")]
        for i in range(len(kids)):
            for j in range(i + 1, len(kids)):
                a, b = kids[i], kids[j]
                if R() < 0.45:
                    o.tie(a, b, "sparring", rng.randint(1, 3))
                if R() < 0.35:
                    o.tie(a, b, "collaboration", rng.randint(1, 4))
                if R() < 0.2:
                    o.tie(*rng.sample([a, b], 2), "advice", 1)
    for i in range(len(directors)):
        for j in range(i + 1, len(directors)):
            o.tie(directors[i], directors[j], "collaboration", 4)   # weekly direktion meeting
    o.tie(d_bu, sonder, "advice", 1)          # skip-level ties
    o.tie(skolechef, v_ind, "communication", 2)
    o.tie(d_sos, hjn, "communication", 2)
    o.tie(d_tm, mat, "sparring", 1)
    o.tie(okochef, d_bu, "communication", 2)  # budget follow-up across administrations
    o.tie(okochef, d_sos, "communication", 3)
    o.tie(okochef, d_tm, "communication", 1)
    o.tie(okochef, d_kf, "communication", 1)

    # ---- leaders across administrations --------------------------------------------------------
    network_group = [vestre, maelk, hjn, spl, mat, idr, borchef, okochef]
    for m in network_group:
        o.add_committee(m, "Ledernetværket")
    for i in range(len(network_group)):
        for j in range(i + 1, len(network_group)):
            o.tie(network_group[i], network_group[j], "network", 1, planted=True)
            if R() < 0.25:
                o.tie(network_group[i], network_group[j], "sparring", rng.randint(1, 2))
    for a, b, t in ((dagchef, sundchef, "collaboration"), (skolechef, fritchef, "collaboration"),
                    (job, borchef, "collaboration"), (bymchef, driftschef, "sparring"),
                    (socchef, dagchef, "collaboration"), (bibchef, borchef, "sparring"),
                    (trae, hjn, "collaboration"), (spl, maelk, "advice"), (sols, spl, "advice")):
        o.tie(a, b, t, rng.randint(1, 3))

    # ---- staff across units ------------------------------------------------------------------
    for s in secretaries:
        o.tie(s, rng.choice(oko_staff), "communication", rng.randint(1, 4))
        o.tie(s, loen, "communication", 1)
    for a, b in ((hj_staff[0], trae_staff[1]), (hj_staff[1], trae_staff[2]),
                 (myn_staff[1], job_staff[1]), (bym_staff[1], o.reports[mat_vej][0]),
                 (bib_staff[0], bor_staff[1]), (spl_staff[2], ma_staff[1]),
                 (ly_staff[0], myn_staff[2])):  # keeps Bostedet Lyngbo reachable (not its leader)
        o.tie(a, b, "collaboration", rng.randint(1, 3))
    spanners = [p for p in employees if o.people[p]["role"] == "staff"
                and o.people[p]["unit"] != "sos-ael-solg"]
    added = 0
    while added < 12:
        a, b = rng.sample(spanners, 2)
        if o.admin(a) != o.admin(b) and o.tie(a, b, rng.choice(["collaboration", "communication"]),
                                              rng.randint(1, 2)):
            added += 1

    # ---- HR -----------------------------------------------------------------------------------
    def partner(pid):
        a, ar = o.admin(pid), o.area(pid)
        if a == "bu":
            return h_bu
        if ar in ("sos-ael", "sos-sun") or pid == d_sos:
            return h_ael
        if ar == "sos-soc" or a == "tm":
            return h_soc
        return h_rest
    for l in leaders:
        if l == hrchef:
            continue
        h = partner(l)
        if R() < 0.55:
            o.tie(l, h, "hr_support", 1)
        if R() < 0.3:
            o.tie(l, h, "sparring", rng.randint(1, 3))
        if R() < 0.25:
            o.tie(l, h, "advice", 1)
    for d in directors[:4]:
        o.tie(d, hrchef, "sparring", 2)
    o.tie(d00, h_rest, "sparring", 2)
    o.tie(d00, hrchef, "communication", 4)
    for i in range(len(hr)):
        for j in range(i + 1, len(hr)):
            o.tie(hr[i], hr[j], "collaboration", 3)
    o.tie(loen, h_rest, "collaboration", 2)

    # Leaders whose line up is a gap keep a sideways tie, so only the planted one is isolated.
    for l in leaders:
        if l in o.sealed or l == d00:
            continue
        up = o.manager.get(l)
        if up and tuple(sorted((l, up))) not in o.gap_pairs:
            continue
        if not any(o.dialogue_between(l, h) or (l, h, "hr_support") in o.edges for h in hr):
            o.tie(l, partner(l), "sparring", 1, planted=True)

    # ---- MED-Hovedudvalget -------------------------------------------------------------------------
    trs = [tr_sonder, tr_maelk, tr_solg, tr_hjn, tr_mat, tr_oko]
    med = [d00, d_sos, d_op, hrchef] + trs
    for m in med:
        o.add_committee(m, "MED-Hovedudvalget (formand)" if m == d00 else "MED-Hovedudvalget")
    for i in range(len(med)):
        for j in range(i + 1, len(med)):
            o.tie(med[i], med[j], "network", 1, planted=True)

    # ---- Byrådet --------------------------------------------------------------------------------
    committees = {"ou": "Økonomiudvalget", "bsu": "Børne- og Skoleudvalget",
                  "ssu": "Social- og Sundhedsudvalget", "tmu": "Teknik- og Miljøudvalget",
                  "kfu": "Kultur- og Fritidsudvalget"}
    pol = {}
    pol["ou"] = P("p", "politician", "byr", "Borgmester", committee="Økonomiudvalget (formand)")
    for key in ("bsu", "ssu", "tmu", "kfu"):
        pol[key] = P("p", "politician", "byr", "Udvalgsformand, " + committees[key],
                     committee=committees[key] + " (formand)")
    members = [P("p", "politician", "byr", "Byrådsmedlem", committee=c) for c in
               ("Børne- og Skoleudvalget; Økonomiudvalget", "Social- og Sundhedsudvalget",
                "Teknik- og Miljøudvalget; Kultur- og Fritidsudvalget")]
    politicians = list(pol.values()) + members
    for p, targets in ((pol["ou"], [(d00, 4), (d_op, 2)]),
                       (pol["bsu"], [(d_bu, 3), (skolechef, 1), (dagchef, 1)]),
                       (pol["ssu"], [(d_sos, 3), (aeldrechef, 2), (socchef, 1)]),
                       (pol["tmu"], [(d_tm, 3)]),
                       (pol["kfu"], [(d_kf, 3), (fritchef, 1)])):
        for t, w in targets:
            o.tie(p, t, "political", w)
    o.tie(d00, pol["ou"], "communication", 8)
    o.tie(pol["ou"], d00, "communication", 6)
    for d, key in zip(directors, ("bsu", "ssu", "tmu", "kfu", "ou")):
        o.tie(d, pol[key], "communication", 2)
    for key in ("bsu", "ssu", "tmu", "kfu"):
        o.tie(pol["ou"], pol[key], "communication", 2)
        o.tie(pol[key], pol["ou"], "communication", 1)
    for m, keys in zip(members, (("bsu", "ou"), ("ssu",), ("tmu", "kfu"))):
        for key in keys:
            o.tie(pol[key], m, "communication", 1)
            o.tie(m, pol[key], "communication", 1)

    # ---- citizens -------------------------------------------------------------------------------
    cits = []

    def citizen(group, staff_list):
        c = P("c", "citizen", "", "Borger (" + group + ")", name="Borger %03d" % (len(cits) + 1))
        for s in staff_list:
            assert o.people[s]["role"] in ("staff", "council"), s
            o.tie(s, c, "service", 1)
        cits.append(c)
        return c
    sg_all = sg_day + night_a + night_b + weekend
    for _ in range(12):
        citizen("plejecenterbeboer", rng.sample(sg_day, 2) + [rng.choice(night_a + night_b)]
                + ([rng.choice(weekend)] if R() < 0.4 else []))
    for _ in range(6):
        citizen("plejecenterbeboer", rng.sample(eg_staff, 2))
    for _ in range(8):
        citizen("hjemmepleje", rng.sample(hj_staff[:-1], rng.randint(1, 3)))
    for _ in range(5):
        citizen("elev med særlige behov", [rng.choice(so_staff + oe_staff[1:] + v_uds_staff)])
    for _ in range(3):
        citizen("barn i dagtilbud", [rng.choice(ma_staff[2:])])
    for _ in range(4):
        citizen("beboer på bosted", rng.sample(ly_staff[:-1], 2))
    for _ in range(4):
        citizen("ledig", [rng.choice(job_staff[1:])])
    for _ in range(2):
        citizen("byggesag", [rng.choice(bym_staff[1:])])
    for _ in range(2):
        citizen("genoptræning", [rng.choice(trae_staff[1:])])
    planted_cit = {}
    planted_cit["incoherent3"] = citizen("ældre, hjemmepleje, boligstøtte og Bogen kommer", inc3)
    planted_cit["coherent3"] = citizen("barn, skole, sundhedspleje og fritidstilbud", coh3)
    labels = ["elev og familiesag", "barn i dagtilbud med sundhedspleje", "ledig med borgerservicesag",
              "genoptræning og boligændring"]
    for lab, pair in zip(labels, coh_pairs):
        planted_cit["coherent:" + lab] = citizen(lab, list(pair))
    labels = ["elev og familiesag", "beboer på bosted med fritidstilbud", "plejecenterbeboer med borgerservicesag"]
    for lab, pair in zip(labels, inc_pairs):
        planted_cit["incoherent:" + lab] = citizen(lab, list(pair))

    ids.update(gaps=gaps, inc3=inc3, coh3=coh3, inc_pairs=inc_pairs, coh_pairs=coh_pairs,
               planted_cit=planted_cit, network_group=network_group, med=med,
               politicians=politicians, citizens=cits, trs=trs, v_akt=v_akt, oe0=oe_staff[0])
    return o, ids


# ================================================================================================
def undirected_adjacency(o, types):
    adj = {p: [] for p in o.people}
    for (s, t, typ) in o.edges:
        if typ in types:
            adj[s].append(t)
            adj[t].append(s)
    return adj


def bfs(adj, src, limit=None):
    dist = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        if limit is not None and dist[u] >= limit:
            continue
        for v in adj[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist


def check(o, ids):
    """Assert the contract and every planted fact; return the numbers the README reports."""
    people, edges = o.people, o.edges
    facts = {}

    # -- the contract ---------------------------------------------------------------------------
    for (s, t, typ), w in edges.items():
        assert s in people and t in people and s != t and w > 0, (s, t, typ)
        if typ in UNDIRECTED:
            assert s < t and (t, s, typ) not in edges
    for pid, p in people.items():
        assert p["unit"] == "" or p["unit"] in o.units
    roots = [u for u in o.units.values() if not u["parent"]]
    assert len(roots) == 1 and roots[0]["kind"] == "kommune"
    employees = [p for p in people if people[p]["role"] not in ("citizen", "politician")]
    root = [p for p in employees if p not in o.manager]
    assert root == [ids["d00"]], root
    for p in employees:   # one manager who is a leader, no cycles, level = formal depth
        depth, q, seen = 0, p, set()
        while q in o.manager:
            assert q not in seen
            seen.add(q)
            assert people[o.manager[q]]["role"] == "leader"
            q, depth = o.manager[q], depth + 1
        assert q == ids["d00"] and people[p]["level"] == depth
    for (s, t, typ) in edges:
        roles = (people[s]["role"], people[t]["role"])
        if typ == "service":
            assert roles[0] in ("staff", "council") and roles[1] == "citizen"
        elif typ == "political":
            assert roles == ("politician", "leader")
        elif typ == "hr_support":
            assert roles == ("leader", "hr")
        elif typ == "reports_to":
            assert o.manager[s] == t
        if "citizen" in roles:
            assert typ == "service"
    assert sum(1 for k in edges if k[2] == "reports_to") == len(employees) - 1

    # -- 1: span of control ----------------------------------------------------------------------
    span = {m: len(r) for m, r in o.reports.items()}
    facts["span"] = span
    assert span[ids["solg"]] == 100 and max(span.values()) == 100
    over30 = sorted((m for m in span if span[m] > 30), key=lambda m: (-span[m], m))
    assert 3 <= len(over30) - 1 <= 4, over30
    facts["over30"] = over30

    # -- 2: chain gaps -----------------------------------------------------------------------------
    formal = [(s, t) for (s, t, typ) in edges if typ == "reports_to"]
    unbacked = sorted((s, t) for s, t in formal if not o.dialogue_between(s, t))
    assert unbacked == sorted(ids["gaps"]), set(unbacked) ^ set(ids["gaps"])
    rate = len(unbacked) / len(formal)
    assert 0.10 <= rate <= 0.20, rate
    gapset = set(unbacked)
    assert (ids["solg"], ids["aeldrechef"]) in gapset and (ids["aeldrechef"], ids["d_sos"]) in gapset
    facts["formal"], facts["gaps"], facts["gap_rate"] = len(formal), unbacked, rate

    # -- 3: exactly one isolated leader, under a strict and a loose reading ----------------------------
    def line(l):
        up, q = set(), l
        while q in o.manager:
            q = o.manager[q]
            up.add(q)
        down, stack = set(), list(o.reports.get(l, []))
        while stack:
            q = stack.pop()
            down.add(q)
            stack.extend(o.reports.get(q, []))
        return up | down

    nbrs = {p: {} for p in people}
    for (s, t, typ) in edges:
        nbrs[s].setdefault(t, set()).add(typ)
        nbrs[t].setdefault(s, set()).add(typ)
    dialog_hr = set(DIALOGUE) | {"hr_support"}
    everything = dialog_hr | {"network"}
    leaders = [p for p in employees if people[p]["role"] == "leader"]

    def isolated(l, types):
        up = o.manager.get(l)
        if up and (l, up) not in gapset:
            return False
        ln = line(l)
        for q, typs in nbrs[l].items():
            if not (typs & types):
                continue
            if people[q]["role"] == "hr":
                return False
            if people[q]["role"] == "leader" and q not in ln:
                return False
        return True
    loose = [l for l in leaders if isolated(l, set(DIALOGUE) | {"hr_support"})]
    assert loose == [ids["lyngbo"]], loose
    assert isolated(ids["lyngbo"], everything)
    assert all(people[q]["role"] == "staff" and o.manager[q] == ids["lyngbo"]
               for q in nbrs[ids["lyngbo"]] if q != o.manager[ids["lyngbo"]])

    # -- 4: the silo pair -----------------------------------------------------------------------------
    pairs = sorted(set(tuple(sorted((s, t))) for (s, t, typ) in edges
                       if typ != "reports_to" and o.crosses_silo_pair(s, t)))
    assert 1 <= len(pairs) <= 3 and all(ids["carrier"] in pr for pr in pairs), pairs
    facts["silo_pairs"] = pairs
    silo_of = {p: o.area(p) for p in people}
    for a in ("bu-sko", "sos-soc"):   # both sides are real silos with plenty inside
        inside = sum(1 for (s, t, typ) in edges if typ in DIALOGUE and silo_of[s] == a == silo_of[t])
        assert inside > 50, (a, inside)

    # -- 5: citizen coherence -----------------------------------------------------------------------------
    dadj = undirected_adjacency(o, DIALOGUE)
    served = {}
    for (s, t, typ) in edges:
        if typ == "service":
            served.setdefault(t, []).append(s)
    coherent, multi = [], []
    for c in ids["citizens"]:
        staff = sorted(served[c])
        if len(set(o.admin(s) for s in staff)) < 2:
            continue
        multi.append(c)
        ok = True
        for i in range(len(staff)):
            d = bfs(dadj, staff[i], limit=2)
            for j in range(i + 1, len(staff)):
                ok = ok and staff[j] in d
        if ok:
            coherent.append(c)
    pc = ids["planted_cit"]
    inc3 = pc["incoherent3"]
    assert len(set(o.admin(s) for s in served[inc3])) == 3
    for a in served[inc3]:
        d = bfs(dadj, a)
        for b in served[inc3]:
            if b != a:
                assert d.get(b, 99) >= 3, (a, b, d.get(b))
    facts["inc3_dist"] = {(a, b): bfs(dadj, a).get(b) for a in served[inc3] for b in served[inc3] if a < b}
    assert sorted(coherent) == sorted(v for k, v in pc.items() if k.startswith("coherent"))
    assert 0 < len(coherent) < len(multi)
    facts["multi"], facts["coherent"] = multi, coherent
    facts["served"] = served

    # -- 6: dialogue distance to the top vs formal depth ------------------------------------------------
    dtop = bfs(dadj, ids["d00"])
    assert all(p in dtop for p in employees), [p for p in employees if p not in dtop]
    for s in ids["night_b"]:
        assert dtop[s] >= people[s]["level"] + 3, (s, dtop[s])
    assert max(dtop[s] for s in ids["night_b"]) >= 2 * people[ids["night_b"][1]]["level"]
    facts["dtop"] = dtop
    return facts


# ================================================================================================
def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def fmt_fte(x):
    return "" if x is None else "%.2f" % x


def write_dataset(o, ids, facts, out, seed):
    os.makedirs(out, exist_ok=True)
    write_csv(os.path.join(out, "units.csv"), ["id", "name", "parent", "kind"],
              [[u["id"], u["name"], u["parent"], u["kind"]] for u in o.units.values()])
    write_csv(os.path.join(out, "nodes.csv"),
              ["id", "name", "role", "unit", "level", "title", "fte", "tenure_years", "committee"],
              [[p["id"], p["name"], p["role"], p["unit"], p["level"], p["title"], fmt_fte(p["fte"]),
                "" if p["tenure"] is None else p["tenure"], p["committee"]]
               for p in o.people.values()])
    rank = {t: i for i, t in enumerate(TYPE_ORDER)}
    rows = sorted(o.edges.items(), key=lambda kv: (rank[kv[0][2]], kv[0][0], kv[0][1]))
    write_csv(os.path.join(out, "edges.csv"), ["source", "target", "type", "weight"],
              [[s, t, typ, w] for (s, t, typ), w in rows])
    meta = {
        "name": "Eksempel Kommune",
        "description": ("Synthetic Danish municipality: kommunaldirektør, five administrations, "
                        "areas, institutions and teams, central HR, city council, MED committee, "
                        "a leadership network and citizens, with planted leadership problems "
                        "(see README.md). Not real people."),
        "date": DATE,
        "source": "synthetic, datasets/example-municipality/make_example.py seed %d" % seed,
        "edge_types": [],
    }
    with open(os.path.join(out, "meta.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(o, ids, facts, seed))


# ================================================================================================
def readme(o, ids, facts, seed):
    P = o.people

    def who(pid):
        p = P[pid]
        unit = o.units[p["unit"]]["name"] if p["unit"] else ""
        return "`%s` %s (%s%s)" % (pid, p["name"], p["title"], ", " + unit if unit and unit not in p["title"] else "")

    roles = {}
    for p in P.values():
        roles[p["role"]] = roles.get(p["role"], 0) + 1
    types = {}
    for (_, _, t) in o.edges:
        types[t] = types.get(t, 0) + 1
    kinds = {}
    for u in o.units.values():
        kinds[u["kind"]] = kinds.get(u["kind"], 0) + 1
    levels = {}
    for p in P.values():
        if p["level"] != "":
            levels[p["level"]] = levels.get(p["level"], 0) + 1
    span, dtop = facts["span"], facts["dtop"]
    L = []
    a = L.append
    a("# Eksempel Kommune — the bundled example organisation\n")
    a("A **synthetic** Danish municipality (every person, name and tie is invented), generated by "
      "`make_example.py` in this folder (Python 3, standard library only, seed %d; re-running it "
      "gives the same bytes). It is the dataset the README's main command runs on and that every "
      "analysis is demonstrated with. It contains leadership problems planted on purpose; they are "
      "listed below by id, with what an analysis should find. This file is written by the script "
      "too, so its numbers always match the data.\n" % seed)
    a("```\npython3 datasets/example-municipality/make_example.py   # regenerate + self-check\n```\n")
    a("## Files\n")
    a("| file | content |\n|---|---|")
    a("| `nodes.csv` | `id,name,role,unit,level` + `title` (text), `fte` (real), `tenure_years` (integer), "
      "`committee` (text; political committees, MED-Hovedudvalget, Ledernetværket; `; `-separated) |")
    a("| `edges.csv` | `source,target,type,weight`; undirected types (sparring, collaboration, network) "
      "once per pair; weight = meetings/contacts per month for communication and political, intensity "
      "1–6 for sparring, advice and collaboration, 1 where unvalued (reports_to, hr_support, network, service) |")
    a("| `units.csv` | `id,name,parent,kind` — one root `ek` (kommune) |")
    a("| `meta.json` | name, description, date, source |\n")
    a("UTF-8, LF, `,` delimiter, minimal quoting. Node ids: `d` kommunaldirektør and directors, `l` "
      "other leaders, `h` HR partners, `s` staff, `t` tillidsrepræsentanter (role `council`), `p` "
      "politicians, `c` citizens. `unit` is a unit id; citizens have none, politicians sit in `byr` "
      "(Byrådet). `level` is the formal depth (0 = kommunaldirektør); empty for politicians and "
      "citizens. Citizens are pseudonymised (\"Borger 001\").\n")
    a("## Counts\n")
    a("%d people. By role:\n" % len(P))
    a("| role | count |\n|---|---|")
    for r in ("leader", "hr", "staff", "council", "politician", "citizen"):
        a("| `%s` | %d |" % (r, roles.get(r, 0)))
    a("\nTies by type (%d rows):\n" % len(o.edges))
    a("| type | rows | direction |\n|---|---|---|")
    dirs = {"reports_to": "subordinate → manager", "sparring": "undirected", "advice": "seeker → adviser",
            "communication": "sender → receiver", "collaboration": "undirected", "hr_support": "leader → HR",
            "political": "politician → leader", "network": "undirected", "service": "staff → citizen"}
    for t in TYPE_ORDER:
        a("| `%s` | %d | %s |" % (t, types.get(t, 0), dirs[t]))
    a("\nEmployees by formal level: " + ", ".join("level %d: %d" % (k, levels[k]) for k in sorted(levels))
      + " (%d formal layers).\n" % (max(levels) + 1))
    a("Units (%s; people counted with their unit's subtree, citizens have no unit):\n" % ", ".join("%d %s" % (kinds[k], k) for k in
                                  ("kommune", "politisk", "forvaltning", "område", "institution", "team")))
    a("```")
    members = {}
    for p in P.values():
        if p["unit"]:
            members[p["unit"]] = members.get(p["unit"], 0) + 1

    def subtree_count(uid):
        n = members.get(uid, 0)
        for v in o.units.values():
            if v["parent"] == uid:
                n += subtree_count(v["id"])
        return n
    w = max(2 * u["depth"] + len(u["id"]) for u in o.units.values()) + 2
    for u in o.units.values():
        a("%-*s %-31s %-12s %3d people" % (w, "  " * u["depth"] + u["id"], u["name"], u["kind"],
                                           subtree_count(u["id"])))
    a("```\n")
    a("## Structure\n")
    a("- **Direktionen**: %s heads five directors (level 1): %s." % (
        who(ids["d00"]), ", ".join("`%s` %s" % (d, o.units[P[d]["unit"]]["name"]) for d in ids["directors"])))
    a("- Area leaders (level 2) head områder; institution leaders (level 3) head schools, daycare, "
      "nursing homes, home care, health, social services, the jobcenter, the depot, sports and music; "
      "Vestre Skole and Materielgården have team leaders (level 4). Staff sit one level below their manager.")
    a("- **Central HR** in Økonomi og Personale: %s (role `leader`, because the HR partners report to "
      "them and a manager must be a leader) and four HR partners (role `hr`): %s. Leaders get "
      "`hr_support` from the partner for their area; some also spar with or seek advice from them." % (
          who(ids["hrchef"]), ", ".join("`%s`" % h for h in ids["hr"])))
    a("- **Byrådet**: the borgmester and four committee chairs (udvalgsformænd) have `political` ties "
      "to the director (and some area leaders) of their committee's area; three ordinary members "
      "communicate with their committee chairs. Politicians: %s." % ", ".join("`%s`" % p for p in ids["politicians"]))
    a("- **MED-Hovedudvalget** (network clique): the kommunaldirektør (chair), two directors, the HR "
      "chief and six tillidsrepræsentanter (role `council`, employees of their workplace with a "
      "manager like any staff): %s." % ", ".join("`%s`" % m for m in ids["med"]))
    a("- **Ledernetværket** (network clique of leaders from different administrations): %s." %
      ", ".join("`%s`" % m for m in ids["network_group"]))
    a("- **Citizens** (%d) are served (`service`) by staff: nursing-home residents, home-care clients, "
      "pupils, children in daycare, residents of the bosted, the unemployed, building cases. %d are "
      "served by staff of two or three administrations.\n" % (len(ids["citizens"]), len(facts["multi"])))
    a("Dialogue layers (the default for `chain`): `sparring`, `advice`, `communication`, "
      "`collaboration`. Every formal tie outside the gap set below carries at least one of them.\n")

    a("## Planted problems\n")
    a("Each is asserted at the end of `make_example.py`, so a change that breaks one fails the script.\n")
    a("### P1 — span of control: one leader with 100 direct reports\n")
    a("%s has **%d direct reports** (`summary.max_span`) and no team leaders. Over the default "
      "`--span-limit 30` also: %s. An analysis should list these %d leaders over the limit." % (
          who(ids["solg"]), span[ids["solg"]],
          ", ".join("%s with %d" % (who(m), span[m]) for m in facts["over30"] if m != ids["solg"]),
          len(facts["over30"])))
    a("\n### P2 — chain gaps: formal lines without dialogue\n")
    a("**%d of %d** `reports_to` ties (gap rate %.3f) have no sparring, advice, communication or "
      "collaboration tie between subordinate and manager in either direction; all other formal ties "
      "are backed. Among them:\n" % (len(facts["gaps"]), facts["formal"], facts["gap_rate"]))
    a("- **Chain broken twice**: %s → `%s` is a gap, and `%s` (Ældrechef) → `%s` (Direktør for Social "
      "og Sundhed) is a gap too. Everyone under the Ældrechef has a broken chain: for Egebo and "
      "Hjemmeplejen Nord the first break is the Ældrechef's own line, for Solgården's backed staff it "
      "is the Solgården leader's line, and for the gap staff below it is their own line." % (
          who(ids["solg"]), ids["aeldrechef"], ids["aeldrechef"], ids["d_sos"]))
    a("- Solgården's night teams and weekend staff never meet the leader (20 gaps): night team A %s, "
      "night team B %s, weekend %s." % tuple(", ".join("`%s`" % s for s in grp) for grp in
                                             (ids["night_a"], ids["night_b"], ids["weekend"])))
    a("- Leaders whose line up is silent: `%s` → `%s`, `%s` → `%s`, and the isolated leader `%s` → `%s` (P3)." % (
        ids["mat_park"], ids["mat"], ids["mus"], ids["fritchef"], ids["lyngbo"], ids["socchef"]))
    a("- The rest are staff of large units (Hjemmeplejen Nord, Egebo, Søndervang) and a few elsewhere.\n")
    a("Full gap list (subordinate → manager):\n")
    a("```")
    gl = ["%s→%s" % g for g in facts["gaps"]]
    for i in range(0, len(gl), 8):
        a("  ".join(gl[i:i + 8]))
    a("```\n")
    a("### P3 — an isolated leader\n")
    a("%s: the tie to the Socialchef `%s` is a gap, and apart from it their only ties (formal and "
      "dialogue) are to their own %d staff: no tie of any type to another leader or to HR, and no "
      "hr_support, network or political tie. This is the only leader the peer-sparring analysis "
      "should list as isolated; Bostedet Lyngbo's staff stay reachable through one colleague's tie to "
      "Myndighed.\n" % (
          who(ids["lyngbo"]), ids["socchef"], span[ids["lyngbo"]]))
    a("### P4 — two silos that barely talk: Skoler and Socialområdet\n")
    a("At `--unit-depth 2`, Børn og Unge/Skoler (`bu-sko`) and Social og Sundhed/Socialområdet "
      "(`sos-soc`) share only **%d ties** in all non-formal layers, and every one of them ends at %s: "
      "%s. Removing that one person cuts the pair apart (bridge risk 1); the skolechef and the "
      "socialchef have no tie. Both silos are dense inside.\n" % (
          len(facts["silo_pairs"]), who(ids["carrier"]),
          ", ".join("`%s`–`%s`" % pr for pr in facts["silo_pairs"])))
    a("### P5 — citizen coherence\n")
    a("%d citizens are served by staff of two or more administrations (silos at depth 1); %d of them "
      "are coherent (all their staff within 2 hops of each other in the dialogue layers), so the "
      "coherent share is %.3f.\n" % (len(facts["multi"]), len(facts["coherent"]),
                                     len(facts["coherent"]) / len(facts["multi"])))
    served, pc = facts["served"], ids["planted_cit"]
    inc3 = pc["incoherent3"]
    dists = ", ".join("`%s`–`%s` %s" % (x, y, d) for (x, y), d in sorted(facts["inc3_dist"].items()))
    a("- **`%s`, served by three administrations whose staff never meet**: %s. No dialogue tie "
      "between them; pairwise dialogue distances: %s." % (
          inc3, "; ".join(who(s) for s in sorted(served[inc3])), dists))
    a("\n| citizen | served by | coherent |\n|---|---|---|")
    for key, c in pc.items():
        a("| `%s` %s | %s | %s |" % (c, P[c]["title"], ", ".join(
            "`%s` (%s)" % (s, o.units[o.admin(s)]["name"]) for s in sorted(served[c])),
            "yes" if c in facts["coherent"] else "no"))
    a("")
    a("### P6 — frontline staff far from the top\n")
    a("Solgården's night team B reaches the kommunaldirektør only through the other night team, a "
      "day koordinator and the Solgården leader. Dialogue distance (undirected, default dialogue "
      "layers) to `%s` vs formal depth:\n" % ids["d00"])
    a("| id | title | formal depth | dialogue distance to `%s` |\n|---|---|---|---|" % ids["d00"])
    for s in ids["night_a"][:1] + ids["night_b"]:
        a("| `%s` | %s | %d | %d |" % (s, P[s]["title"], P[s]["level"], dtop[s]))
    emp = [p for p in P if P[p]["level"] != ""]
    mean_gap = sum(dtop[p] - P[p]["level"] for p in emp) / len(emp)
    a("\nOver all %d employees the mean of (dialogue distance − formal depth) is %.2f: most people "
      "reach the top about as fast informally as formally. Per workplace (institution, or area "
      "without institutions), the largest mean losses:\n" % (len(emp), mean_gap))
    work = {}
    for p in emp:
        u = P[p]["unit"]
        work.setdefault(o.unit_ancestor(u, 3) or u, []).append(dtop[p] - P[p]["level"])
    loss = sorted(((sum(v) / len(v), max(v), k, len(v)) for k, v in work.items() if len(v) >= 3),
                  key=lambda x: (-x[0], x[2]))
    a("| unit | people | mean loss | max loss |\n|---|---|---|---|")
    for m, mx, k, n in loss[:5]:
        a("| `%s` %s | %d | %.2f | %d |" % (k, o.units[k]["name"], n, m, mx))
    a("")
    a("## Provenance\n")
    a("Synthetic. Proportions follow Danish public-sector figures where they exist (Ledelseskommissionen "
      "2017: 32 direct reports on average in elderly care, many leaders with 75–100); names are drawn "
      "from common Danish first and last names and do not describe real people.")
    return "\n".join(L) + "\n"


def summary(o, ids, facts):
    roles = {}
    for p in o.people.values():
        roles[p["role"]] = roles.get(p["role"], 0) + 1
    types = {}
    for (_, _, t) in o.edges:
        types[t] = types.get(t, 0) + 1
    pc = ids["planted_cit"]
    lines = [
        "Eksempel Kommune: %d people (%s), %d units, %d ties (%s)" % (
            len(o.people), ", ".join("%s %d" % kv for kv in sorted(roles.items())), len(o.units),
            len(o.edges), ", ".join("%s %d" % (t, types.get(t, 0)) for t in TYPE_ORDER)),
        "P1 span: %s = %d; over 30: %s" % (ids["solg"], facts["span"][ids["solg"]],
                                           ", ".join("%s=%d" % (m, facts["span"][m]) for m in facts["over30"])),
        "P2 gaps: %d/%d = %.3f; broken twice: %s->%s->%s" % (
            len(facts["gaps"]), facts["formal"], facts["gap_rate"], ids["solg"], ids["aeldrechef"], ids["d_sos"]),
        "P3 isolated leader: %s" % ids["lyngbo"],
        "P4 silo bu-sko/sos-soc: %d ties, all via %s" % (len(facts["silo_pairs"]), ids["carrier"]),
        "P5 incoherent citizen %s (staff %s); coherent %d/%d" % (
            pc["incoherent3"], ",".join(sorted(facts["served"][pc["incoherent3"]])), len(facts["coherent"]),
            len(facts["multi"])),
        "P6 night team B distance to %s: %s (formal depth %d)" % (
            ids["d00"], ",".join("%s=%d" % (s, facts["dtop"][s]) for s in ids["night_b"]),
            o.people[ids["night_b"][0]]["level"]),
    ]
    return "\n".join(lines)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    o, ids = build(args.seed)
    facts = check(o, ids)
    write_dataset(o, ids, facts, args.out, args.seed)
    print(summary(o, ids, facts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
