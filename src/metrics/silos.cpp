#include "leadnet/metrics/silos.hpp"

#include <algorithm>
#include <optional>

namespace leadnet {

namespace {

// Number of other silos among each person's contacts (in- and out-neighbours).
std::vector<std::uint32_t> other_silos_reached(const View& view, const Partition& p) {
  const NodeId n = view.num_nodes();
  std::vector<std::uint32_t> reached(n, 0);
  std::vector<GroupId> seen;
  for (NodeId v = 0; v < n; ++v) {
    const GroupId g = p.group[v];
    if (g == kNoGroup) continue;
    seen.clear();
    auto add = [&](std::span<const NodeId> row) {
      for (NodeId u : row) {
        const GroupId h = p.group[u];
        if (h != kNoGroup && h != g) seen.push_back(h);
      }
    };
    add(view.out_neighbors(v));
    if (view.directed()) add(view.in_neighbors(v));
    std::sort(seen.begin(), seen.end());
    reached[v] = static_cast<std::uint32_t>(std::unique(seen.begin(), seen.end()) - seen.begin());
  }
  return reached;
}

}  // namespace

std::vector<LayerId> default_silo_layers(const OrgGraph& graph) {
  std::vector<LayerId> layers;
  for (LayerId l = 0; l < graph.num_layers(); ++l) {
    if (graph.layer(l).empty()) continue;
    if (l == static_cast<LayerId>(EdgeType::reports_to) || l == static_cast<LayerId>(EdgeType::dotted_line) ||
        l == static_cast<LayerId>(EdgeType::service))
      continue;
    layers.push_back(l);
  }
  return layers;
}

SilosReport silos_report(const OrgGraph& graph, const SilosOptions& options, RunContext& ctx) {
  SilosReport r;
  r.options = options;
  if (r.options.layers.empty()) r.options.layers = default_silo_layers(graph);
  r.silos = silos_at_depth(graph, options.unit_depth);
  for (NodeId v = 0; v < graph.num_nodes(); ++v)
    if (r.silos.group[v] == kNoGroup) ++r.people_without_silo;
  for (GroupId g = 0; g < r.silos.num_groups(); ++g)
    if (r.silos.above_level[g]) r.people_above_level += r.silos.sizes[g];

  // A View with no layers would mean "all layers"; a dataset whose only layers are formal gets
  // an empty view instead.
  const NodeId n = graph.num_nodes();
  const auto make_view = [&](bool directed, bool weighted) {
    return r.options.layers.empty() ? View::from_arcs(n, {}, directed, weighted)
                                    : View(graph, ViewOptions{r.options.layers, directed, weighted});
  };
  const View view = make_view(options.directed, options.weighted);
  r.layer_names = view.layer_names();
  r.ties = view.num_edges();

  r.ei = ei_index(view, r.silos, EiOptions{options.permutations}, ctx);
  r.mixing = mixing_matrix(view, r.silos);
  r.modularity = modularity(view, r.silos, ModularityOptions{});
  r.silos_reached = other_silos_reached(view, r.silos);
  r.holes = structural_holes(view, ctx);
  r.bridges = bridge_risk(view, r.silos, ctx);
  {
    std::optional<View> directed;
    if (!options.directed) directed.emplace(make_view(true, false));
    r.brokerage = brokerage(directed ? *directed : view, r.silos, ctx);
  }
  {
    std::optional<View> undirected;
    if (options.directed) undirected.emplace(make_view(false, options.weighted));
    const View& u = undirected ? *undirected : view;
    r.connectivity = algebraic_connectivity(u, options.connectivity, ctx);
    r.communities = detect_communities(u, options.communities, ctx);
    r.communities_vs_silos = compare_partitions(r.communities.partition, r.silos);
    r.has_communities = true;
  }
  r.coherence = citizen_coherence(graph, r.silos, CitizenCoherenceOptions{options.dialogue_layers, 2}, ctx);
  return r;
}

}  // namespace leadnet
