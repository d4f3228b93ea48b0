// The analyze pipeline: a table of stages, each calling one analysis of the library.

#include "leadnet/report/analyze.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/metrics/betweenness.hpp"
#include "leadnet/metrics/degree.hpp"
#include "leadnet/metrics/modularity.hpp"
#include "leadnet/metrics/pagerank.hpp"
#include "leadnet/metrics/silos.hpp"
#include "leadnet/model/view.hpp"
#include "leadnet/viz/chain_map.hpp"
#include "leadnet/viz/people_map.hpp"
#include "leadnet/viz/units_map.hpp"
#include "report/analyze_detail.hpp"

namespace leadnet {

namespace {

struct Pipeline {
  const OrgGraph& g;
  AnalyzeResult& r;
  RunContext& ctx;
  StageRun* current = nullptr;
  void note(std::string text) {
    if (current != nullptr && current->note.empty()) current->note = text;
    r.notes.push_back(std::move(text));
  }
};

using detail::group_digits;

// --- stages ---------------------------------------------------------------------------------

void run_summary(Pipeline& p) { p.r.summary = summarize(p.g); }

void run_chain(Pipeline& p) {
  ChainOptions co;
  co.dialogue_layers = p.r.options.dialogue_layers;
  co.span_limit = p.r.options.span_limit;
  p.r.chain = chain_of_leadership(p.g, co, p.ctx);
}

// The informal network as one undirected, unweighted simple graph (an empty one when the data
// has no informal layer: a View without layers would mean every layer).
View informal_view(const Pipeline& p) {
  if (p.r.options.layers.empty()) return View::from_arcs(p.g.num_nodes(), {}, false, false);
  return View(p.g, ViewOptions{p.r.options.layers, false, false});
}

bool skipping(const AnalyzeOptions& o, std::string_view name) {
  return std::find(o.skip.begin(), o.skip.end(), name) != o.skip.end();
}

// Betweenness and PageRank run on the people with at least one informal tie (the informal
// network proper): in a municipality most nodes are citizens without informal ties, and counting
// them would scale every betweenness down by (n/c)^2 and make a sampled estimate draw almost only
// pairs of unconnected people.
void run_centrality(Pipeline& p) {
  const View view = informal_view(p);
  AnalyzeCentrality c;
  c.degree = degree(view, DegreeOptions{}, p.ctx).degree;
  const NodeId n = view.num_nodes();
  std::vector<NodeId> kept, index(n, kNoNode);
  for (NodeId v = 0; v < n; ++v)
    if (view.out().degree(v) > 0) {
      index[v] = static_cast<NodeId>(kept.size());
      kept.push_back(v);
    }
  c.connected = static_cast<NodeId>(kept.size());
  std::vector<Arc> arcs;
  arcs.reserve(view.num_edges());
  for (NodeId v : kept)
    for (NodeId u : view.out_neighbors(v))
      if (v < u) arcs.push_back(Arc{index[v], index[u], 1.0});
  const View sub = View::from_arcs(c.connected, std::move(arcs), false, false);
  const double none = std::numeric_limits<double>::quiet_NaN();
  const auto spread = [&](const std::vector<double>& values) {
    std::vector<double> out(n, none);
    for (NodeId i = 0; i < c.connected; ++i) out[kept[i]] = values[i];
    return out;
  };
  if (skipping(p.r.options, "betweenness")) {
    p.note("Betweenness is left out (--skip betweenness).");
  } else {
    BetweennessOptions bo;
    if (p.r.options.approx_eps) {
      bo.approx_eps = p.r.options.approx_eps;
    } else if (c.connected > p.r.options.approx_above) {
      bo.approx_eps = p.r.options.auto_approx_eps;
    }
    c.betweenness_info = betweenness(sub, bo, p.ctx);
    c.betweenness = spread(c.betweenness_info.values);
    c.betweenness_info.values.clear();
    if (bo.approx_eps) {
      c.approximate = true;
      std::string why = p.r.options.approx_eps
                            ? std::string("as asked (--approx)")
                            : "automatically, because " + group_digits(c.connected) +
                                  " people have ties in the informal network (exact above " +
                                  group_digits(p.r.options.approx_above) + " takes too long; --approx EPS sets the bound)";
      char eps[32];
      std::snprintf(eps, sizeof eps, "%g", *bo.approx_eps);
      p.note("Betweenness is a sampled estimate (Riondato–Kornaropoulos, " + group_digits(c.betweenness_info.samples) +
             " shortest paths), " + why + ": every value is within " + eps +
             " of the exact betweenness with probability 0.9 or more.");
    }
  }
  try {
    // Converged scores (NetworkX's default stop lies percent-level away on organisations of a
    // few thousand people): nx.pagerank(G, tol=1e-12).
    PageRankOptions po;
    po.iteration.tolerance = 1e-12;
    c.pagerank = spread(pagerank(sub, po, p.ctx).values);
  } catch (const NotConverged& e) {
    p.note(std::string("PageRank is left out: ") + e.what());
  }
  p.r.centrality = std::move(c);
}

void run_silos(Pipeline& p) {
  const std::uint32_t depth = p.r.options.unit_depth;
  const UnitTree& tree = p.g.units();
  if (tree.empty()) {
    p.note("The silo figures are left out: the data has no units.");
    return;
  }
  if (depth > tree.max_depth()) {
    p.note("The silo figures are left out: --unit-depth " + std::to_string(depth) +
           " is deeper than the unit tree (deepest level " + std::to_string(tree.max_depth()) + ").");
    return;
  }
  const View view = informal_view(p);
  AnalyzeSilos s;
  s.silos = silos_at_depth(p.g, depth);
  if (depth + 1 <= tree.max_depth()) s.subunits = silos_at_depth(p.g, depth + 1);
  EiOptions eo;
  eo.permutations = p.r.options.permutations;
  if (view.num_edges() > p.r.options.permutation_ties_up_to) {
    eo.permutations = 0;
    p.note("The E-I permutation test is left out: " + group_digits(view.num_edges()) +
           " ties are more than it runs on in reasonable time (" + group_digits(p.r.options.permutation_ties_up_to) + ").");
  }
  s.ei = ei_index(view, s.silos, eo, p.ctx);
  s.mixing = mixing_matrix(view, s.silos);
  s.modularity = modularity(view, s.silos).q;
  s.silos_reached.assign(p.g.num_nodes(), 0);
  {
    std::vector<GroupId> seen;
    for (NodeId v = 0; v < view.num_nodes(); ++v) {
      const GroupId g = s.silos.group[v];
      if (g == kNoGroup) continue;
      seen.clear();
      for (NodeId u : view.out_neighbors(v))
        if (s.silos.group[u] != kNoGroup && s.silos.group[u] != g) seen.push_back(s.silos.group[u]);
      std::sort(seen.begin(), seen.end());
      s.silos_reached[v] = static_cast<std::uint32_t>(std::unique(seen.begin(), seen.end()) - seen.begin());
    }
  }
  s.bridges = bridge_risk(view, s.silos, p.ctx);
  if (s.subunits.num_groups() > 0) {
    s.sub_mixing = mixing_matrix(view, s.subunits);
    s.sub_bridges = bridge_risk(view, s.subunits, p.ctx);
  }
  CitizenCoherenceOptions co;
  co.dialogue_layers = p.r.options.dialogue_layers;
  s.coherence = citizen_coherence(p.g, s.silos, co, p.ctx);
  p.r.silos = std::move(s);
}

viz::UnitMapData units_map_data(const OrgGraph& g, const AnalyzeResult& r) {
  const AnalyzeSilos& s = *r.silos;
  viz::UnitMapData d;
  d.title = g.meta().name;
  d.depth = r.options.unit_depth;
  std::vector<std::string> names;
  for (LayerId l : r.options.layers) names.push_back(g.layer(l).name());
  for (const auto& n : names) d.layers += (d.layers.empty() ? "" : ",") + n;
  const Suppression& sup = r.suppression;
  const auto hidden = [&](GroupId k) { return k < sup.silo_group.size() && sup.silo_group[k]; };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (GroupId k = 0; k < s.silos.num_groups(); ++k) {
    viz::UnitBubble b;
    b.id = s.silos.ids[k];
    b.name = s.silos.names[k];
    b.path = s.silos.units[k] != kNoUnit ? g.units().path_name(s.silos.units[k]) : b.name;
    b.headcount = s.silos.sizes[k];
    b.above_level = s.silos.above_level[k];
    if (hidden(k)) {
      b.density = b.ei = b.expected_ei = nan;
    } else {
      const MixingCell inside = s.mixing.cell(k, k);
      b.ties_inside = inside.ties;
      b.density = inside.density;
      b.ties_out = k < s.ei.groups.size() ? s.ei.groups[k].external : 0;
      b.ei = k < s.ei.groups.size() ? s.ei.groups[k].ei : nan;
      b.expected_ei = k < s.ei.groups.size() ? s.ei.groups[k].expected : nan;
    }
    d.units.push_back(std::move(b));
  }
  for (const MixingCell& c : s.mixing.cells) {
    if (c.a == c.b || hidden(c.a) || hidden(c.b)) continue;
    d.links.push_back(viz::UnitLink{c.a, c.b, c.ties, c.density, c.expected});
  }
  d.overall_ei = s.ei.ei;
  d.people_without_unit = s.silos.num_nodes() - s.silos.members();
  return d;
}

viz::Marking chain_gap_marking(const ChainResult& chain) {
  viz::Marking m;
  m.label = "Chain gap";
  m.description = "formal line without dialogue in either direction";
  m.color = viz::Rgb{0xd5, 0x2a, 0x1e};
  for (const FormalTie& t : chain.ties)
    if (!t.backed()) m.ties.emplace_back(t.subordinate, t.manager);
  return m;
}

// Without person-level output a map keeps its shapes and colours but no name, id or label, and
// on hover only role, unit and level (no personal attribute, no score of a person).
void strip_people(viz::Scene& scene) {
  const std::size_t keep = std::min<std::size_t>(3, scene.detail_fields.size());
  scene.detail_fields.resize(keep);
  for (auto& n : scene.nodes) {
    n.id.clear();
    n.label.clear();
    n.always_label = false;
    if (n.details.size() > keep) n.details.resize(keep);
  }
  scene.notes.push_back("Person-level output is off: no names, ids or labels.");
}

void run_maps(Pipeline& p) {
  const NodeId n = p.g.num_nodes();
  if (n > p.r.options.people_map_up_to) {
    p.note("The people map is left out: " + group_digits(n) + " people are more than a readable map holds (" +
           group_digits(p.r.options.people_map_up_to) + "); draw one unit with `leadnet viz`.");
  } else {
    viz::PeopleMapOptions po;
    if (p.r.chain) po.style.markings.push_back(chain_gap_marking(*p.r.chain));
    viz::Scene scene = viz::people_map(p.g, po, p.ctx);
    scene.subtitle = "Everyone, placed by who works with whom; formal lines without dialogue marked";
    p.r.maps.push_back(std::move(scene));
  }
  if (p.r.chain && p.r.chain->summary.formal_ties > 0) {
    if (p.r.chain->summary.people > p.r.options.chain_map_up_to) {
      p.note("The chain map is left out: " + group_digits(p.r.chain->summary.people) +
             " people in the formal organisation are more than a readable org chart holds (" +
             group_digits(p.r.options.chain_map_up_to) + ").");
    } else {
      viz::Scene scene = viz::chain_map(p.g, *p.r.chain, viz::ChainMapOptions{}, p.ctx);
      p.r.maps.push_back(std::move(scene));
    }
  }
  if (p.r.silos && p.r.silos->silos.num_groups() > 1) {
    viz::Scene scene = viz::units_map(units_map_data(p.g, p.r), viz::UnitMapOptions{}, p.ctx);
    p.r.maps.push_back(std::move(scene));
  }
  if (!p.r.options.privacy.person_level)
    for (auto& scene : p.r.maps)
      if (scene.kind != viz::SceneKind::units) strip_people(scene);
}

void run_privacy(Pipeline& p) {
  Suppression& s = p.r.suppression;
  const std::uint32_t k = p.r.options.privacy.min_group_size;
  s.min_group_size = k;
  const UnitTree& units = p.g.units();
  s.unit.assign(units.size(), false);
  s.silo.assign(units.size(), false);
  if (p.r.silos) {
    const AnalyzeSilos& a = *p.r.silos;
    std::vector<std::uint64_t> silo_group_sizes(a.silos.sizes.begin(), a.silos.sizes.end());
    s.silo_group = suppressed_groups(silo_group_sizes, {}, k);
    // Units one level deeper: blocks by the silo above them (their members' silo).
    std::vector<std::uint64_t> sub_sizes(a.subunits.sizes.begin(), a.subunits.sizes.end());
    std::vector<std::uint32_t> sub_blocks(a.subunits.num_groups(), 0);
    for (NodeId v = 0; v < a.subunits.num_nodes(); ++v)
      if (a.subunits.group[v] != kNoGroup && a.silos.group[v] != kNoGroup) sub_blocks[a.subunits.group[v]] = a.silos.group[v];
    s.subunit_group = suppressed_groups(sub_sizes, sub_blocks, k);
    s.groups_suppressed = static_cast<std::uint64_t>(std::count(s.silo_group.begin(), s.silo_group.end(), true) +
                                                     std::count(s.subunit_group.begin(), s.subunit_group.end(), true));
  }
  if (p.r.chain) {
    const ChainResult& c = *p.r.chain;
    // Units: the people directly in each unit, blocks by silo (so that a silo's total minus the
    // units shown never isolates a small unit).
    std::vector<std::uint64_t> sizes(units.size(), 0);
    std::vector<std::uint32_t> blocks(units.size(), 0);
    for (UnitId u = 0; u < units.size(); ++u) blocks[u] = units.ancestor_at_depth(u, p.r.options.unit_depth);
    for (const ChainUnit& cu : c.units) sizes[cu.unit] = cu.counts.people;
    s.unit = suppressed_groups(sizes, blocks, k);
    std::vector<std::uint64_t> silo_sizes(units.size(), 0);
    for (const ChainUnit& cu : c.units) silo_sizes[blocks[cu.unit]] += cu.counts.people;
    s.silo = suppressed_groups(silo_sizes, {}, k);
    std::vector<std::uint64_t> level_sizes;
    for (const ChainLevel& l : c.levels) level_sizes.push_back(l.counts.people);
    s.level = suppressed_groups(level_sizes, {}, k);
    s.units_suppressed = static_cast<std::uint64_t>(std::count(s.unit.begin(), s.unit.end(), true));
    s.levels_suppressed = static_cast<std::uint64_t>(std::count(s.level.begin(), s.level.end(), true));
    s.silos_suppressed = static_cast<std::uint64_t>(std::count(s.silo.begin(), s.silo.end(), true));
  }
  if (s.any())
    p.note("Privacy: figures of " + detail::count_of(s.units_suppressed, "unit", "units") + ", " +
           detail::count_of(s.silos_suppressed, "silo", "silos") + " and " +
           detail::count_of(s.levels_suppressed, "formal level", "formal levels") + " (and of " +
           detail::count_of(s.groups_suppressed, "group", "groups") +
           " in the silo and unit-pair figures, with their pairs) are suppressed: computed over fewer than " +
           std::to_string(k) + " people, or needed to keep such a figure from being recovered by subtraction.");
}

void run_findings(Pipeline& p) { p.r.findings = key_findings(p.g, p.r); }


struct StageDef {
  std::string_view name;
  std::string_view title;  // for progress
  bool skippable;
  void (*run)(Pipeline&);
};

constexpr StageDef kStages[] = {
    {"summary", "summary", false, run_summary},
    {"chain", "chain of leadership", true, run_chain},
    {"centrality", "centrality", true, run_centrality},
    {"silos", "silos", true, run_silos},
    {"privacy", "privacy", false, run_privacy},  // before the maps: the units map shows only what may be shown
    {"maps", "maps", true, run_maps},
    {"findings", "findings", false, run_findings},
};

}  // namespace

const std::vector<SkipChoice>& analyze_skip_choices() {
  static const std::vector<SkipChoice> choices = {
      {"chain", "the chain of leadership (gaps, spans, distance to the top, HR reach)"},
      {"centrality", "per-person scores: degree, betweenness, PageRank"},
      {"betweenness", "betweenness only (the slowest score on big organisations; see --approx)"},
      {"silos", "E-I per silo, ties and bridge risk per pair of units, citizen coherence"},
      {"maps", "the maps in index.html (layouts take the longest on big organisations)"},
      {"graphml", "network.graphml"},
      {"gexf", "network.gexf"},
  };
  return choices;
}

bool AnalyzeResult::ran(std::string_view stage) const {
  for (const auto& s : stages)
    if (s.name == stage) return s.ran;
  return false;
}

AnalyzeResult analyze(const OrgGraph& g, const AnalyzeOptions& options, RunContext& ctx) {
  AnalyzeResult r;
  r.options = options;
  for (const std::string& name : options.skip) {
    const auto& choices = analyze_skip_choices();
    if (std::none_of(choices.begin(), choices.end(), [&](const SkipChoice& c) { return c.name == name; })) {
      std::string list;
      for (const auto& c : choices) list += (list.empty() ? "" : ", ") + std::string(c.name);
      throw UsageError("--skip: '" + name + "' is not a part of the report; choose from: " + list);
    }
  }
  if (options.approx_eps && !(*options.approx_eps > 0.0 && *options.approx_eps < 1.0))
    throw UsageError("--approx must be between 0 and 1 (exclusive), e.g. 0.01");
  if (options.unit_depth == 0) throw UsageError("--unit-depth must be 1 or more (1: the top-level units)");
  if (r.options.layers.empty()) r.options.layers = default_silo_layers(g);  // the same informal network as `leadnet silos`

  Pipeline p{g, r, ctx};
  for (const StageDef& def : kStages) {
    StageRun run;
    run.name = std::string(def.name);
    const bool skipped = def.skippable && std::find(options.skip.begin(), options.skip.end(), def.name) != options.skip.end();
    if (skipped) {
      run.note = "skipped (--skip " + std::string(def.name) + ")";
      r.stages.push_back(run);
      continue;
    }
    ctx.check_cancelled();
    if (options.on_stage) options.on_stage(def.title, false, 0.0);
    ctx.progress(def.title, 0.0);
    const auto start = std::chrono::steady_clock::now();
    r.stages.push_back(run);
    p.current = &r.stages.back();
    def.run(p);
    p.current = nullptr;
    r.stages.back().ran = true;
    ctx.progress(def.title, 1.0);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.on_stage) options.on_stage(def.title, true, seconds);
  }
  return r;
}

}  // namespace leadnet
