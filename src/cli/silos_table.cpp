#include "cli/silos_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "cli/table.hpp"

namespace leadnet::cli {

namespace {

std::string signed_fixed(double x, int decimals) {
  if (std::isnan(x)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.*f", decimals, x);
  return buf;
}

std::string p_text(double p) {
  if (std::isnan(p)) return "-";
  if (p < 0.001) return "< 0.001";
  return fixed(p, 3);
}

// Words (split at ", ") joined into lines of at most `width` columns; later lines start with `indent`.
std::string wrap_words(const std::string& text, std::size_t width, const std::string& indent) {
  std::string out, line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(", ", start);
    const bool last = end == std::string::npos;
    std::string word = text.substr(start, last ? std::string::npos : end - start + 1);
    if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
      out += line + "\n" + indent;
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    if (last) break;
    start = end + 2;
  }
  return out + line;
}

std::string percent(double part, double whole) {
  if (whole <= 0) return "-";
  const double share = part / whole;
  return fixed(100.0 * share, share < 0.001 && share > 0 ? 2 : share < 0.1 ? 1 : 0) + "%";
}

std::string silo_label(const SilosReport& r, GroupId g) {
  std::string s = truncate_display(r.silos.names[g], 32);
  if (r.silos.above_level[g]) s += " *";
  return s;
}

// True when one silo's unit lies above the other's: a management silo and its own areas are a
// line of command, not a pair of silos.
bool vertical(const OrgGraph& g, const SilosReport& r, GroupId a, GroupId b) {
  const UnitTree& t = g.units();
  const UnitId ua = r.silos.units[a], ub = r.silos.units[b];
  if (ua == kNoUnit || ub == kNoUnit) return false;
  return t.ancestor_at_depth(ub, t[ua].depth) == ua || t.ancestor_at_depth(ua, t[ub].depth) == ub;
}

struct PairRow {
  GroupId a, b;
  MixingCell cell;  // directed: both directions added up
  double ratio() const { return cell.expected > 0 ? static_cast<double>(cell.ties) / cell.expected : 0.0; }
};

// Pairs of silos with at least two people each, not in a line of command. Every pair when there
// are few silos; with many silos only pairs that have ties (a country has millions of silent pairs).
std::vector<PairRow> silo_pairs(const OrgGraph& g, const SilosReport& r) {
  std::vector<PairRow> rows;
  const GroupId k = r.silos.num_groups();
  auto eligible = [&](GroupId a, GroupId b) {
    return r.silos.sizes[a] >= 2 && r.silos.sizes[b] >= 2 && !vertical(g, r, a, b);
  };
  auto both_ways = [&](GroupId a, GroupId b) {
    MixingCell c = r.mixing.cell(a, b);
    if (r.options.directed) {
      const MixingCell back = r.mixing.cell(b, a);
      c.ties += back.ties;
      c.expected += back.expected;
      c.possible += back.possible;
      c.density = c.possible > 0 ? static_cast<double>(c.ties) / c.possible : c.density;
    }
    return c;
  };
  if (k <= 200) {
    for (GroupId a = 0; a < k; ++a)
      for (GroupId b = a + 1; b < k; ++b)
        if (eligible(a, b)) rows.push_back({a, b, both_ways(a, b)});
  } else {
    for (const auto& c : r.mixing.cells)
      if (c.a < c.b && eligible(c.a, c.b)) rows.push_back({c.a, c.b, both_ways(c.a, c.b)});
  }
  return rows;
}

void print_overview(const OrgGraph& g, const SilosReport& r, const std::string& data, std::ostream& out) {
  const std::string title = g.meta().name.empty() ? data : g.meta().name;
  out << title << " — silos at unit depth " << r.options.unit_depth << ": " << r.silos.num_groups() << " silos, "
      << group_digits(r.silos.members()) << " people";
  if (r.people_without_silo > 0) out << " (" << group_digits(r.people_without_silo) << " without a unit left out)";
  out << "\n";
  std::string layers = r.layer_names;
  for (std::size_t i = layers.find(','); i != std::string::npos; i = layers.find(',', i + 2)) layers.replace(i, 1, ", ");
  std::string ties = "Ties: " + group_digits(r.ties) + (r.options.directed ? " arcs (directed)" : " pairs of people");
  if (r.options.weighted) ties += ", weighted";
  if (layers.empty()) layers = "no layer";
  if (display_width(ties) + 4 + display_width(layers) <= 100)
    out << ties << " in " << layers << "\n\n";
  else
    out << ties << " in\n  " << wrap_words(layers, 94, "  ") << "\n\n";

  const auto& ei = r.ei;
  const std::uint64_t total = ei.internal + ei.external;
  out << "Do the silos talk?\n";
  if (total == 0) {
    out << "  No ties between people with a silo in the selected layers.\n\n";
  } else {
    out << "  " << percent(static_cast<double>(ei.external), static_cast<double>(total)) << " of ties cross a silo "
        << "boundary (" << group_digits(ei.external) << " of " << group_digits(total) << ").\n";
    out << "  E-I index     " << signed_fixed(ei.ei, 3) << "   (−1: every tie inside a silo, +1: every tie across)\n";
    out << "  at random     " << signed_fixed(ei.expected, 3) << "   (the same silos with ties between random people)\n";
    if (ei.test.permutations > 0) {
      // With R relabellings the smallest two-sided p is 2 / (R + 1): say so instead of a bare number.
      const bool at_limit = ei.test.p_two_sided <= 2.0 / (ei.test.permutations + 1.0) * (1.0 + 1e-9);
      out << "  p-value       " << p_text(ei.test.p_two_sided) << "    ("
          << (at_limit ? "the smallest possible: none of " : "two-sided, ") << group_digits(ei.test.permutations)
          << " random relabellings" << (at_limit ? " came as far" : " of the silos") << ")\n";
    }
    out << "  modularity    " << signed_fixed(r.modularity.q, 3)
        << "   (Newman; 0: no more ties inside silos than chance)\n";
    if (ei.test.permutations > 0 && ei.test.p_lower < 0.05 && ei.ei < ei.expected)
      out << "  The silos keep to themselves more than chance would give.\n";
    else if (ei.test.permutations > 0 && ei.test.p_upper < 0.05 && ei.ei > ei.expected)
      out << "  The silos reach out more than chance would give.\n";
    else if (ei.test.permutations > 0)
      out << "  The silos' ties are not clearly different from random ties.\n";
    out << "\n";
  }
}

void print_silos(const SilosReport& r, std::ostream& out) {
  const auto& ei = r.ei;
  out << "Silos\n";
  TextTable silos({"silo", "people", "ties inside", "ties across", "E-I", "at random", "p (inward)"},
                  {TextTable::Align::left, TextTable::Align::right, TextTable::Align::right, TextTable::Align::right,
                   TextTable::Align::right, TextTable::Align::right, TextTable::Align::right});
  std::vector<GroupId> order(r.silos.num_groups());
  for (GroupId k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](GroupId a, GroupId b) { return r.silos.sizes[a] > r.silos.sizes[b]; });
  const std::size_t shown = std::min<std::size_t>(order.size(), 25);
  for (std::size_t i = 0; i < shown; ++i) {
    const GroupId k = order[i];
    const auto& e = ei.groups[k];
    silos.add_row({silo_label(r, k), group_digits(r.silos.sizes[k]), group_digits(e.internal), group_digits(e.external),
                   signed_fixed(e.ei, 2), signed_fixed(e.expected, 2), p_text(e.test.p_lower)});
  }
  silos.print(out, "  ");
  if (order.size() > shown) out << "  ... and " << order.size() - shown << " smaller silos (see --format csv/json)\n";
  if (r.people_above_level > 0)
    out << "  * a unit above depth " << r.options.unit_depth
        << " whose own people (top management, or a unit without sub-units) form a silo.\n";
  out << "  p (inward): share of random relabellings in which the silo keeps as much to itself.\n\n";
}

void print_pairs(const OrgGraph& g, const SilosReport& r, std::ostream& out) {
  auto pairs = silo_pairs(g, r);
  std::vector<PairRow> silent, quiet;
  for (const auto& p : pairs) (p.cell.ties == 0 ? silent : quiet).push_back(p);
  // Silent pairs: the largest first (the most ties random contact would have given them).
  std::stable_sort(silent.begin(), silent.end(),
                   [](const PairRow& x, const PairRow& y) { return x.cell.expected > y.cell.expected; });
  std::stable_sort(quiet.begin(), quiet.end(), [](const PairRow& x, const PairRow& y) { return x.ratio() < y.ratio(); });
  auto pair_table = [&](const std::vector<PairRow>& rows, const char* heading) {
    out << heading << '\n';
    const bool with_ties = rows.front().cell.ties > 0;
    std::vector<std::string> header{"silo", "silo", "ties", "at random", "share of random"};
    std::vector<TextTable::Align> align{TextTable::Align::left, TextTable::Align::left, TextTable::Align::right,
                                        TextTable::Align::right, TextTable::Align::right};
    if (!with_ties) {
      header = {"silo", "silo", "ties at random"};
      align.resize(3);
    }
    TextTable t(header, align);
    for (std::size_t i = 0; i < rows.size() && i < 10; ++i) {
      const auto& p = rows[i];
      if (with_ties)
        t.add_row({silo_label(r, p.a), silo_label(r, p.b), group_digits(p.cell.ties), fixed(p.cell.expected, 1),
                   percent(static_cast<double>(p.cell.ties), p.cell.expected)});
      else
        t.add_row({silo_label(r, p.a), silo_label(r, p.b), fixed(p.cell.expected, 1)});
    }
    t.print(out, "  ");
    if (rows.size() > 10) out << "  ... and " << rows.size() - 10 << " more pairs\n";
    out << '\n';
  };
  if (!quiet.empty())
    pair_table(quiet, "Silo pairs that barely talk (ties compared with what random contact would give)");
  if (!silent.empty()) pair_table(silent, "Silo pairs with no tie at all");
}


// "s0257 Bjørn Kjær (Socialområdet)".
std::string person(const OrgGraph& g, const SilosReport& r, NodeId v, bool with_silo = true) {
  std::string s(g.id(v));
  if (!g.name(v).empty()) s += " " + std::string(g.name(v));
  s = truncate_display(s, 34);
  if (with_silo && r.silos.group[v] != kNoGroup) s += " (" + truncate_display(r.silos.names[r.silos.group[v]], 24) + ")";
  return s;
}

std::string people_list(const OrgGraph& g, const SilosReport& r, const std::vector<NodeId>& people, std::size_t max) {
  std::string s;
  for (std::size_t i = 0; i < people.size() && i < max; ++i) s += (i ? ", " : "") + person(g, r, people[i], false);
  if (people.size() > max) s += ", … (" + std::to_string(people.size() - max) + " more)";
  return s;
}

std::uint64_t role(const SilosReport& r, NodeId v, BrokerageRole k) {
  return r.brokerage.counts[v][static_cast<std::size_t>(k)];
}

void print_spanners(const OrgGraph& g, const SilosReport& r, std::ostream& out) {
  std::vector<NodeId> people;
  for (NodeId v = 0; v < g.num_nodes(); ++v)
    if (r.silos.group[v] != kNoGroup && r.ei.person_external[v] > 0) people.push_back(v);
  if (people.empty()) return;
  // Cross-silo brokerage: every role except coordinating inside one's own silo.
  auto across = [&](NodeId v) {
    return role(r, v, BrokerageRole::total) - role(r, v, BrokerageRole::coordinator);
  };
  std::stable_sort(people.begin(), people.end(), [&](NodeId a, NodeId b) {
    if (r.ei.person_external[a] != r.ei.person_external[b]) return r.ei.person_external[a] > r.ei.person_external[b];
    return across(a) > across(b);
  });
  out << "Who carries the ties between silos (boundary spanners and brokers)\n";
  TextTable t({"person", "silo", "across", "silos", "liaison", "gatekeeper", "represent.", "consultant",
               "constraint"},
              {TextTable::Align::left, TextTable::Align::left, TextTable::Align::right, TextTable::Align::right,
               TextTable::Align::right, TextTable::Align::right, TextTable::Align::right, TextTable::Align::right,
               TextTable::Align::right});
  for (std::size_t i = 0; i < people.size() && i < 12; ++i) {
    const NodeId v = people[i];
    t.add_row({truncate_display(person(g, r, v, false), 22), truncate_display(r.silos.names[r.silos.group[v]], 16),
               group_digits(r.ei.person_external[v]), group_digits(r.silos_reached[v]),
               group_digits(role(r, v, BrokerageRole::liaison)), group_digits(role(r, v, BrokerageRole::gatekeeper)),
               group_digits(role(r, v, BrokerageRole::representative)),
               group_digits(role(r, v, BrokerageRole::itinerant)), fixed(r.holes.constraint[v], 3)});
  }
  t.print(out, "  ");
  out << "  " << group_digits(people.size()) << " of " << group_digits(r.silos.members())
      << " people have a tie into another silo (across: their ties into other silos; silos: how many).\n"
      << "  Brokerage counts pairs of people who are connected only through this person (Gould–Fernandez):\n"
      << "  liaison links two other silos, gatekeeper lets another silo into their own, representative\n"
      << "  (represent.) carries their own silo outward, consultant (sna: itinerant) mediates inside\n"
      << "  another silo. Constraint (Burt): low means contacts who do not know each other (open\n"
      << "  structural holes), 1 means one closed group.\n\n";
}

void print_bridges(const OrgGraph& g, const SilosReport& r, std::ostream& out) {
  std::vector<const BridgePair*> risky;
  std::size_t considered = 0;
  for (const auto& p : r.bridges.pairs) {
    if (r.silos.sizes[p.a] < 2 || r.silos.sizes[p.b] < 2 || vertical(g, r, p.a, p.b)) continue;
    ++considered;
    if (p.cut <= 2) risky.push_back(&p);
  }
  out << "Bridge risk: silo pairs that lose every tie if one or two people leave\n";
  if (risky.empty()) {
    out << "  None: every pair of silos that talks does so through three or more people.\n\n";
    return;
  }
  std::stable_sort(risky.begin(), risky.end(), [](const BridgePair* x, const BridgePair* y) {
    if (x->cut != y->cut) return x->cut < y->cut;
    return x->ties > y->ties;
  });
  TextTable t({"silo", "silo", "ties", "carried by", "if these leave, no tie is left"},
              {TextTable::Align::left, TextTable::Align::left, TextTable::Align::right, TextTable::Align::right,
               TextTable::Align::left});
  for (std::size_t i = 0; i < risky.size() && i < 12; ++i) {
    const BridgePair& p = *risky[i];
    t.add_row({silo_label(r, p.a), silo_label(r, p.b), group_digits(p.ties),
               group_digits(p.carriers.size()) + (p.carriers.size() == 1 ? " person" : " people"),
               people_list(g, r, p.cut_people, 2)});
  }
  t.print(out, "  ");
  std::size_t single = 0;
  for (const auto* p : risky) single += p->cut == 1;
  if (risky.size() > 12) out << "  ... and " << risky.size() - 12 << " more pairs\n";
  out << "  " << single << " of " << considered << " silo pairs that talk hang on a single person";
  if (considered < r.bridges.pairs.size())
    out << "\n  (not counting one-person silos, and top management with its own units)";
  out << ".\n\n";
}

void print_coherence(const OrgGraph& g, const SilosReport& r, std::ostream& out) {
  const auto& c = r.coherence;
  if (c.citizens == 0) return;
  out << "Citizens served by several silos\n";
  if (c.multi_silo == 0) {
    out << "  " << group_digits(c.citizens) << " citizens; none is served by staff of two or more silos.\n\n";
    return;
  }
  out << "  " << group_digits(c.multi_silo) << " of " << group_digits(c.served)
      << " citizens with a service tie are served by two or more silos.\n  " << group_digits(c.coherent)
      << " of them (" << percent(static_cast<double>(c.coherent), static_cast<double>(c.multi_silo))
      << ") meet staff who know each other: every two of their staff are within two steps\n"
      << "  in the dialogue layers. The others are served by strangers:\n";
  std::vector<const CitizenCase*> apart;
  for (const auto& cs : c.cases)
    if (!cs.coherent) apart.push_back(&cs);
  std::stable_sort(apart.begin(), apart.end(),
                   [](const CitizenCase* x, const CitizenCase* y) { return x->silos.size() > y->silos.size(); });
  if (!apart.empty()) {
    TextTable t({"citizen", "served by", "silo"}, {TextTable::Align::left, TextTable::Align::left, TextTable::Align::left});
    for (std::size_t i = 0; i < apart.size() && i < 8; ++i) {
      const auto& staff = apart[i]->staff;
      for (std::size_t k = 0; k < staff.size() && k < 4; ++k) {
        const bool more = k == 3 && staff.size() > 4;
        t.add_row({k == 0 ? truncate_display(person(g, r, apart[i]->citizen, false), 24) : std::string(),
                   more ? "… (" + std::to_string(staff.size() - 3) + " more)" : person(g, r, staff[k], false),
                   more ? std::string() : truncate_display(r.silos.names[r.silos.group[staff[k]]], 28)});
      }
    }
    t.print(out, "  ");
    if (apart.size() > 8) out << "  ... and " << group_digits(apart.size() - 8) << " more\n";
  }
  out << '\n';
}

void print_whole(const SilosReport& r, std::ostream& out) {
  out << "The organisation as a whole\n";
  const auto& a = r.connectivity;
  if (a.skipped) {
    out << "  algebraic connectivity  not computed: the largest connected group has "
        << group_digits(a.component_size) << " people,\n"
        << "                          more than --connectivity-limit "
        << group_digits(r.options.connectivity.max_people) << " (0 lifts the limit)\n";
  } else {
    out << "  algebraic connectivity  " << (std::isnan(a.value) ? std::string("-") : fixed(a.value, 4))
        << "   (largest connected group: " << group_digits(a.component_size) << " people; small values mean it\n"
        << "                                   splits easily into parts joined by few ties)\n";
  }
  if (r.has_communities) {
    const auto& c = r.communities;
    std::size_t real = 0;
    for (NodeId s : c.partition.sizes) real += s >= 2;
    out << "  communities             " << real << " groups of two or more (" << community_method_name(
                                                                                  r.options.communities.method)
        << ", modularity " << fixed(c.modularity, 3) << ")\n";
    out << "  against the silos       NMI " << fixed(r.communities_vs_silos.nmi, 3) << ", adjusted Rand "
        << fixed(r.communities_vs_silos.ari, 3) << "\n"
        << "                          (1: the informal groups are the silos; 0: unrelated)\n";
  }
  out << '\n';
}

}  // namespace

void print_silos_table(const OrgGraph& graph, const SilosReport& report, const std::string& data, std::ostream& out) {
  print_overview(graph, report, data, out);
  print_silos(report, out);
  print_pairs(graph, report, out);
  print_bridges(graph, report, out);
  print_spanners(graph, report, out);
  print_coherence(graph, report, out);
  print_whole(report, out);
}

}  // namespace leadnet::cli
