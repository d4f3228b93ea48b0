// The CSV tables of the analyze report: one row per entity, a header row, the id first
// (DESIGN.md); empty cells mean "no value" (not applicable, unreachable, or suppressed: see the
// `suppressed` column). Column names follow `leadnet chain`'s tables where they overlap.

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "report/analyze_detail.hpp"
#include "report/analyze_writers_detail.hpp"

namespace leadnet::detail {

namespace {

template <class Row>
struct Column {
  std::string name;
  std::function<void(const Row&, std::string&)> cell;
};

/// Writes rows through a buffer flushed every ~1 MB (national tables have millions of rows).
template <class Row, class Rows>
void write_table(std::ostream& out, const std::vector<Column<Row>>& columns, const Rows& rows) {
  std::string buf;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (c) buf += ',';
    append_csv(buf, columns[c].name);
  }
  buf += '\n';
  std::string cell;
  for (const Row& row : rows) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (c) buf += ',';
      cell.clear();
      columns[c].cell(row, cell);
      append_csv(buf, cell);
    }
    buf += '\n';
    if (buf.size() > (1U << 20)) {
      out << buf;
      buf.clear();
    }
  }
  out << buf;
}

void put_int(std::string& s, std::int64_t x) { s += std::to_string(x); }
void put_count_or_empty(std::string& s, std::int32_t x) {
  if (x >= 0) s += std::to_string(x);
}
void put_bool(std::string& s, bool b) { s += b ? "true" : "false"; }
void put_id(std::string& s, const OrgGraph& g, NodeId v) {
  if (v != kNoNode) s += g.id(v);
}

// Per-node index into ChainResult::people (or none).
std::vector<std::uint32_t> chain_index(const OrgGraph& g, const AnalyzeResult& r) {
  std::vector<std::uint32_t> index(g.num_nodes(), 0xFFFFFFFFu);
  if (r.chain)
    for (std::uint32_t i = 0; i < r.chain->people.size(); ++i) index[r.chain->people[i].node] = i;
  return index;
}

/// The chain columns of a person; empty cells for people outside the formal organisation.
template <class Row>
void add_chain_columns(std::vector<Column<Row>>& cols, const OrgGraph& g, const ChainResult& c,
                       std::function<const ChainPerson*(const Row&)> of, bool people_columns) {
  auto col = [&](std::string name, std::function<void(const ChainPerson&, std::string&)> f) {
    cols.push_back({std::move(name), [of, f](const Row& row, std::string& s) {
                      if (const ChainPerson* p = of(row)) f(*p, s);
                    }});
  };
  if (people_columns) {
    col("leader", [](const ChainPerson& p, std::string& s) { put_bool(s, p.leader); });
    col("depth", [](const ChainPerson& p, std::string& s) { put_count_or_empty(s, p.depth); });
    col("manager", [&g](const ChainPerson& p, std::string& s) { put_id(s, g, p.manager); });
    col("chain", [](const ChainPerson& p, std::string& s) { s += chain_state_name(p.chain); });
    col("breaks", [](const ChainPerson& p, std::string& s) { put_int(s, p.breaks); });
    col("first_break", [&g](const ChainPerson& p, std::string& s) { put_id(s, g, p.first_break); });
    col("first_break_depth", [](const ChainPerson& p, std::string& s) { put_count_or_empty(s, p.first_break_depth); });
    col("distance_to_top", [](const ChainPerson& p, std::string& s) { put_count_or_empty(s, p.distance_to_top); });
    col("loss", [](const ChainPerson& p, std::string& s) {
      if (p.has_loss()) put_int(s, p.loss());
    });
    col("people_below", [](const ChainPerson& p, std::string& s) { put_int(s, static_cast<std::int64_t>(p.people_below)); });
    col("skip_level_ties", [](const ChainPerson& p, std::string& s) { put_int(s, p.skip_level_ties); });
  }
  auto leader_col = [&](std::string name, std::function<void(const ChainPerson&, std::string&)> f) {
    col(std::move(name), [f](const ChainPerson& p, std::string& s) {
      if (p.leader) f(p, s);
    });
  };
  leader_col("span", [](const ChainPerson& p, std::string& s) { put_int(s, p.span); });
  leader_col("over_span_limit", [](const ChainPerson& p, std::string& s) { put_bool(s, p.over_span_limit); });
  leader_col("gaps_below", [](const ChainPerson& p, std::string& s) { put_int(s, p.gaps_below); });
  leader_col("backed_up", [](const ChainPerson& p, std::string& s) { put_bool(s, p.backed_up); });
  leader_col("peer_ties", [](const ChainPerson& p, std::string& s) { put_int(s, p.peer_ties); });
  leader_col("hr_distance", [](const ChainPerson& p, std::string& s) { put_count_or_empty(s, p.hr_distance); });
  leader_col("political_ties", [](const ChainPerson& p, std::string& s) { put_int(s, p.political_ties); });
  leader_col("political_distance", [](const ChainPerson& p, std::string& s) { put_count_or_empty(s, p.political_distance); });
  leader_col("political_via", [&g](const ChainPerson& p, std::string& s) { put_id(s, g, p.political_via); });
  leader_col("external_ties", [](const ChainPerson& p, std::string& s) { put_int(s, p.external_ties); });
  leader_col("isolated", [](const ChainPerson& p, std::string& s) { put_bool(s, p.isolated); });
  (void)c;
}

/// id, name, role, unit, unit_name, level.
template <class Row>
void add_person_columns(std::vector<Column<Row>>& cols, const OrgGraph& g, std::function<NodeId(const Row&)> node) {
  cols.push_back({"id", [&g, node](const Row& r, std::string& s) { s += g.id(node(r)); }});
  cols.push_back({"name", [&g, node](const Row& r, std::string& s) { s += g.name(node(r)); }});
  cols.push_back({"role", [&g, node](const Row& r, std::string& s) { s += role_name(g.role(node(r))); }});
  cols.push_back({"unit", [&g, node](const Row& r, std::string& s) {
                    const UnitId u = g.unit(node(r));
                    if (u != kNoUnit) s += g.units()[u].id;
                  }});
  cols.push_back({"unit_name", [&g, node](const Row& r, std::string& s) { s += unit_name(g, g.unit(node(r))); }});
  cols.push_back({"level", [&g, node](const Row& r, std::string& s) { put_count_or_empty(s, g.level(node(r))); }});
}

/// 0..n-1 without storing them.
struct NodeRange {
  struct It {
    NodeId v;
    NodeId operator*() const { return v; }
    It& operator++() {
      ++v;
      return *this;
    }
    bool operator!=(const It& o) const { return v != o.v; }
  };
  NodeId n;
  It begin() const { return {0}; }
  It end() const { return {n}; }
};

}  // namespace

void write_people_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r) {
  std::vector<Column<NodeId>> cols;
  add_person_columns<NodeId>(cols, g, [](const NodeId& v) { return v; });
  if (r.chain) {
    const auto index = std::make_shared<std::vector<std::uint32_t>>(chain_index(g, r));
    const ChainResult* c = &*r.chain;
    add_chain_columns<NodeId>(cols, g, *c, [index, c](const NodeId& v) -> const ChainPerson* {
      return (*index)[v] == 0xFFFFFFFFu ? nullptr : &c->people[(*index)[v]];
    }, true);
  }
  if (r.centrality) {
    const AnalyzeCentrality* c = &*r.centrality;
    const auto score = [&cols](std::string name, const std::vector<double>* values, bool integral) {
      if (values->empty()) return;
      cols.push_back({std::move(name), [values, integral](const NodeId& v, std::string& s) {
                        if (integral) put_int(s, static_cast<std::int64_t>((*values)[v]));
                        else s += number_text((*values)[v]);
                      }});
    };
    score("degree", &c->degree, true);
    score("betweenness", &c->betweenness, false);
    score("pagerank", &c->pagerank, false);
  }
  if (r.silos) {
    const AnalyzeSilos* a = &*r.silos;
    const auto in_silo = [a](NodeId v) { return a->silos.group[v] != kNoGroup; };
    cols.push_back({"silo", [a, in_silo](const NodeId& v, std::string& s) {
                      if (in_silo(v)) s += a->silos.ids[a->silos.group[v]];
                    }});
    cols.push_back({"ties_in_silo", [a, in_silo](const NodeId& v, std::string& s) {
                      if (in_silo(v)) put_int(s, a->ei.person_internal[v]);
                    }});
    cols.push_back({"ties_to_other_silos", [a, in_silo](const NodeId& v, std::string& s) {
                      if (in_silo(v)) put_int(s, a->ei.person_external[v]);
                    }});
    cols.push_back({"other_silos_reached", [a, in_silo](const NodeId& v, std::string& s) {
                      if (in_silo(v)) put_int(s, a->silos_reached[v]);
                    }});
    cols.push_back({"ei", [a](const NodeId& v, std::string& s) { s += number_text(a->ei.person_ei[v]); }});
  }
  write_table(out, cols, NodeRange{g.num_nodes()});
}

void write_leaders_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r) {
  std::vector<const ChainPerson*> leaders;
  if (r.chain)
    for (const ChainPerson& p : r.chain->people)
      if (p.leader) leaders.push_back(&p);
  std::vector<Column<const ChainPerson*>> cols;
  add_person_columns<const ChainPerson*>(cols, g, [](const ChainPerson* const& p) { return p->node; });
  cols.push_back({"depth", [](const ChainPerson* const& p, std::string& s) { put_count_or_empty(s, p->depth); }});
  cols.push_back({"manager", [&g](const ChainPerson* const& p, std::string& s) { put_id(s, g, p->manager); }});
  if (r.chain)
    add_chain_columns<const ChainPerson*>(cols, g, *r.chain, [](const ChainPerson* const& p) { return p; }, false);
  write_table(out, cols, leaders);
}

void write_units_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r) {
  const UnitTree& units = g.units();
  const NodeId n = g.num_nodes();
  std::vector<std::uint64_t> direct(units.size(), 0), total(units.size(), 0);
  for (NodeId v = 0; v < n; ++v)
    if (g.unit(v) != kNoUnit) ++direct[g.unit(v)];
  total = direct;
  for (UnitId u = static_cast<UnitId>(units.size()); u-- > 1;)  // children follow their parents
    if (units[u].parent != kNoUnit) total[units[u].parent] += total[u];
  std::vector<const ChainUnit*> chain_of(units.size(), nullptr);
  if (r.chain)
    for (const ChainUnit& cu : r.chain->units) chain_of[cu.unit] = &cu;
  const bool persons = r.options.privacy.person_level;
  const auto& hidden = r.suppression.unit;
  auto shown = [&](UnitId u) { return chain_of[u] != nullptr && !(u < hidden.size() && hidden[u]); };

  std::vector<UnitId> rows;
  for (UnitId u = 0; u < units.size(); ++u)
    if (!(units.synthetic_root() && u == units.root())) rows.push_back(u);
  using Col = Column<UnitId>;
  std::vector<Col> cols = {
      {"id", [&](const UnitId& u, std::string& s) { s += units[u].id; }},
      {"name", [&](const UnitId& u, std::string& s) { s += units[u].name; }},
      {"path", [&](const UnitId& u, std::string& s) { s += units.path_name(u); }},
      {"kind", [&](const UnitId& u, std::string& s) { s += units[u].kind; }},
      {"depth", [&](const UnitId& u, std::string& s) { put_int(s, units[u].depth); }},
      {"parent", [&](const UnitId& u, std::string& s) {
         const UnitId p = units[u].parent;
         if (p != kNoUnit && !(units.synthetic_root() && p == units.root())) s += units[p].id;
       }},
      {"silo", [&](const UnitId& u, std::string& s) {
         const UnitId a = units.ancestor_at_depth(u, r.options.unit_depth);
         if (a != kNoUnit && units[a].depth == r.options.unit_depth) s += units[a].id;
       }},
      {"people", [&](const UnitId& u, std::string& s) { put_int(s, static_cast<std::int64_t>(direct[u])); }},
      {"people_with_subunits", [&](const UnitId& u, std::string& s) { put_int(s, static_cast<std::int64_t>(total[u])); }},
      {"suppressed", [&](const UnitId& u, std::string& s) { put_bool(s, u < hidden.size() && hidden[u]); }},
  };
  auto chain_col = [&](std::string name, std::function<void(const ChainUnit&, std::string&)> f) {
    cols.push_back({std::move(name), [&, f](const UnitId& u, std::string& s) {
                      if (shown(u)) f(*chain_of[u], s);
                    }});
  };
  chain_col("formal_people", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.people)); });
  chain_col("leaders", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.leaders)); });
  chain_col("formal_ties", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.formal_ties)); });
  chain_col("chain_gaps", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.chain_gaps)); });
  chain_col("gap_rate", [](const ChainUnit& c, std::string& s) { s += number_text(c.counts.gap_rate()); });
  chain_col("unbroken", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.unbroken)); });
  chain_col("broken", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.broken)); });
  chain_col("unbroken_share", [](const ChainUnit& c, std::string& s) { s += number_text(c.counts.unbroken_share()); });
  chain_col("reachable", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.reachable)); });
  chain_col("mean_depth", [](const ChainUnit& c, std::string& s) { s += number_text(c.counts.mean_depth); });
  chain_col("mean_distance_to_top", [](const ChainUnit& c, std::string& s) {
    if (c.counts.reachable > 0) s += number_text(c.counts.mean_distance);
  });
  chain_col("mean_loss", [](const ChainUnit& c, std::string& s) {
    if (c.counts.reachable > 0) s += number_text(c.counts.mean_loss);
  });
  chain_col("max_loss", [](const ChainUnit& c, std::string& s) {
    if (c.counts.reachable > 0) put_int(s, c.counts.max_loss);
  });
  chain_col("max_span", [](const ChainUnit& c, std::string& s) { put_int(s, c.counts.max_span); });
  chain_col("leaders_over_span_limit", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.over_span_limit)); });
  chain_col("isolated_leaders", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.isolated_leaders)); });
  chain_col("skip_level_ties", [](const ChainUnit& c, std::string& s) { put_int(s, static_cast<std::int64_t>(c.counts.skip_level_ties)); });
  if (r.silos) {
    // Silo figures on the rows of the units that are silos.
    const AnalyzeSilos* a = &*r.silos;
    auto group_of = std::make_shared<std::vector<GroupId>>(units.size(), kNoGroup);
    for (GroupId k = 0; k < a->silos.num_groups(); ++k)
      if (a->silos.units[k] != kNoUnit) (*group_of)[a->silos.units[k]] = k;
    const auto& hidden_group = r.suppression.silo_group;
    auto silo_col = [&](std::string name, std::function<void(GroupId, std::string&)> f) {
      cols.push_back({std::move(name), [group_of, &hidden_group, f](const UnitId& u, std::string& s) {
                        const GroupId k = (*group_of)[u];
                        if (k != kNoGroup && !(k < hidden_group.size() && hidden_group[k])) f(k, s);
                      }});
    };
    silo_col("silo_people", [a](GroupId k, std::string& s) { put_int(s, a->silos.sizes[k]); });
    silo_col("silo_ties_inside", [a](GroupId k, std::string& s) { put_int(s, static_cast<std::int64_t>(a->ei.groups[k].internal)); });
    silo_col("silo_ties_out", [a](GroupId k, std::string& s) { put_int(s, static_cast<std::int64_t>(a->ei.groups[k].external)); });
    silo_col("silo_ei", [a](GroupId k, std::string& s) { s += number_text(a->ei.groups[k].ei); });
    silo_col("silo_ei_expected", [a](GroupId k, std::string& s) { s += number_text(a->ei.groups[k].expected); });
    silo_col("silo_ei_p_lower", [a](GroupId k, std::string& s) {
      if (a->ei.groups[k].test.permutations > 0) s += number_text(a->ei.groups[k].test.p_lower);
    });
    silo_col("silo_density_inside", [a](GroupId k, std::string& s) { s += number_text(a->mixing.cell(k, k).density); });
  }
  if (persons) {
    chain_col("head", [&g](const ChainUnit& c, std::string& s) { put_id(s, g, c.head); });
    chain_col("head_political_distance", [](const ChainUnit& c, std::string& s) { put_count_or_empty(s, c.head_political_distance); });
  }
  write_table(out, cols, rows);
}

std::vector<UnitPairRow> unit_pair_rows(const AnalyzeResult& r) {
  std::vector<UnitPairRow> rows;
  if (!r.silos) return rows;
  const AnalyzeSilos& a = *r.silos;
  const Suppression& sup = r.suppression;
  const auto add_level = [&](const Partition& p, const MixingMatrix& mix, const BridgeRisk& bridges,
                             const std::vector<bool>& hidden, std::uint32_t depth, bool with_citizens) {
    std::map<std::pair<GroupId, GroupId>, UnitPairRow> by_pair;
    for (const BridgePair& b : bridges.pairs) {
      UnitPairRow& row = by_pair[{b.a, b.b}];
      row.bridge = &b;
    }
    if (with_citizens)
      for (const SiloPairCoherence& c : a.coherence.pairs) by_pair[{c.a, c.b}].coherence = &c;
    for (auto& [key, row] : by_pair) {
      row.partition = &p;
      row.depth = depth;
      row.a = key.first;
      row.b = key.second;
      row.cell = mix.cell(key.first, key.second);
      row.suppressed = (row.a < hidden.size() && hidden[row.a]) || (row.b < hidden.size() && hidden[row.b]);
      rows.push_back(row);
    }
  };
  add_level(a.silos, a.mixing, a.bridges, sup.silo_group, r.options.unit_depth, true);
  if (a.subunits.num_groups() > 0)
    add_level(a.subunits, a.sub_mixing, a.sub_bridges, sup.subunit_group, r.options.unit_depth + 1, false);
  return rows;
}

std::vector<UnitPairRow> fragile_pairs(const AnalyzeResult& r) {
  std::vector<UnitPairRow> out;
  for (const UnitPairRow& p : unit_pair_rows(r))
    if (!p.suppressed && p.bridge != nullptr && p.bridge->ties >= 2 && p.bridge->cut == 1 &&
        std::isfinite(p.cell.expected) && static_cast<double>(p.bridge->ties) * 2.0 <= p.cell.expected &&
        !p.partition->above_level[p.a] && !p.partition->above_level[p.b])
      out.push_back(p);
  // The largest shortfall against random ties first.
  std::stable_sort(out.begin(), out.end(), [](const UnitPairRow& x, const UnitPairRow& y) {
    return x.cell.expected - static_cast<double>(x.bridge->ties) > y.cell.expected - static_cast<double>(y.bridge->ties);
  });
  return out;
}

std::vector<NodeId> top_brokers(const AnalyzeResult& r, std::size_t n) {
  std::vector<NodeId> out;
  if (!r.centrality || r.centrality->betweenness.empty()) return out;
  const auto& b = r.centrality->betweenness;
  for (NodeId v = 0; v < b.size(); ++v)
    if (b[v] > 0) out.push_back(v);
  const std::size_t keep = std::min(n, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(),
                    [&b](NodeId x, NodeId y) { return b[x] != b[y] ? b[x] > b[y] : x < y; });
  out.resize(keep);
  return out;
}

void write_unit_pairs_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r) {
  const bool persons = r.options.privacy.person_level;
  const std::vector<UnitPairRow> rows = unit_pair_rows(r);
  using Col = Column<UnitPairRow>;
  auto shown = [](const UnitPairRow& p) { return !p.suppressed; };
  std::vector<Col> cols = {
      {"unit_a", [](const UnitPairRow& p, std::string& s) { s += p.partition->ids[p.a]; }},
      {"unit_b", [](const UnitPairRow& p, std::string& s) { s += p.partition->ids[p.b]; }},
      {"name_a", [](const UnitPairRow& p, std::string& s) { s += p.partition->names[p.a]; }},
      {"name_b", [](const UnitPairRow& p, std::string& s) { s += p.partition->names[p.b]; }},
      {"depth", [](const UnitPairRow& p, std::string& s) { put_int(s, p.depth); }},
      {"suppressed", [](const UnitPairRow& p, std::string& s) { put_bool(s, p.suppressed); }},
      {"ties", [shown](const UnitPairRow& p, std::string& s) {
         if (shown(p)) put_int(s, static_cast<std::int64_t>(p.cell.ties));
       }},
      {"density", [shown](const UnitPairRow& p, std::string& s) {
         if (shown(p)) s += number_text(p.cell.density);
       }},
      {"expected_ties", [shown](const UnitPairRow& p, std::string& s) {
         if (shown(p)) s += number_text(p.cell.expected);
       }},
      {"carriers", [shown](const UnitPairRow& p, std::string& s) {
         if (shown(p)) put_int(s, p.bridge ? static_cast<std::int64_t>(p.bridge->carriers.size()) : 0);
       }},
      {"cut", [shown](const UnitPairRow& p, std::string& s) {
         if (shown(p)) put_int(s, p.bridge ? p.bridge->cut : 0);
       }},
  };
  if (persons)
    cols.push_back({"cut_people", [&g, shown](const UnitPairRow& p, std::string& s) {
                      if (!shown(p) || !p.bridge) return;
                      for (std::size_t i = 0; i < p.bridge->cut_people.size(); ++i) {
                        if (i) s += ' ';
                        s += g.id(p.bridge->cut_people[i]);
                      }
                    }});
  cols.push_back({"citizens_shared", [shown](const UnitPairRow& p, std::string& s) {
                    if (shown(p) && p.coherence) put_int(s, static_cast<std::int64_t>(p.coherence->citizens));
                  }});
  cols.push_back({"citizens_coherent", [shown](const UnitPairRow& p, std::string& s) {
                    if (shown(p) && p.coherence) put_int(s, static_cast<std::int64_t>(p.coherence->coherent));
                  }});
  write_table(out, cols, rows);
}

void write_chain_gaps_csv(std::ostream& out, const OrgGraph& g, const AnalyzeResult& r) {
  std::vector<const FormalTie*> gaps;
  if (r.chain)
    for (const FormalTie& t : r.chain->ties)
      if (!t.backed()) gaps.push_back(&t);
  const auto index = chain_index(g, r);
  auto person = [&](NodeId v) -> const ChainPerson* {
    return index[v] == 0xFFFFFFFFu ? nullptr : &r.chain->people[index[v]];
  };
  using Col = Column<const FormalTie*>;
  std::vector<Col> cols = {
      {"subordinate", [&](const FormalTie* const& t, std::string& s) { s += g.id(t->subordinate); }},
      {"subordinate_name", [&](const FormalTie* const& t, std::string& s) { s += g.name(t->subordinate); }},
      {"manager", [&](const FormalTie* const& t, std::string& s) { s += g.id(t->manager); }},
      {"manager_name", [&](const FormalTie* const& t, std::string& s) { s += g.name(t->manager); }},
      {"unit", [&](const FormalTie* const& t, std::string& s) {
         const UnitId u = g.unit(t->subordinate);
         if (u != kNoUnit) s += g.units()[u].id;
       }},
      {"unit_name", [&](const FormalTie* const& t, std::string& s) { s += unit_name(g, g.unit(t->subordinate)); }},
      {"subordinate_depth", [&](const FormalTie* const& t, std::string& s) {
         if (const ChainPerson* p = person(t->subordinate)) put_count_or_empty(s, p->depth);
       }},
      {"subordinate_is_leader", [&](const FormalTie* const& t, std::string& s) {
         const ChainPerson* p = person(t->subordinate);
         put_bool(s, p != nullptr && p->leader);
       }},
      {"primary", [](const FormalTie* const& t, std::string& s) { put_bool(s, t->primary); }},
      {"people_cut_off", [&](const FormalTie* const& t, std::string& s) {
         const ChainPerson* p = person(t->subordinate);
         put_int(s, t->primary && p != nullptr ? static_cast<std::int64_t>(p->people_below) + 1 : 0);
       }},
  };
  write_table(out, cols, gaps);
}

}  // namespace leadnet::detail

namespace leadnet::detail {

GraphExportOptions graph_export_options(const OrgGraph& g, const AnalyzeResult& r) {
  GraphExportOptions o;
  o.silo_depth = r.options.unit_depth;
  if (r.centrality) {
    if (!r.centrality->degree.empty()) o.scores.emplace_back("degree", r.centrality->degree);
    if (!r.centrality->betweenness.empty()) o.scores.emplace_back("betweenness", r.centrality->betweenness);
    if (!r.centrality->pagerank.empty()) o.scores.emplace_back("pagerank", r.centrality->pagerank);
  }
  if (!r.chain) return o;
  const double none = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> span(g.num_nodes(), none), distance(g.num_nodes(), none), hr(g.num_nodes(), none);
  for (const ChainPerson& p : r.chain->people) {
    if (p.distance_to_top >= 0) distance[p.node] = p.distance_to_top;
    if (p.leader) span[p.node] = p.span;
    if (p.leader && p.hr_distance >= 0) hr[p.node] = p.hr_distance;
  }
  o.scores.emplace_back("span", std::move(span));
  o.scores.emplace_back("distance_to_top", std::move(distance));
  o.scores.emplace_back("hr_distance", std::move(hr));
  return o;
}

}  // namespace leadnet::detail
