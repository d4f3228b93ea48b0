#include "leadnet/metrics/summary.hpp"

#include "leadnet/metrics/components.hpp"

namespace leadnet {

OrgSummary summarize(const OrgGraph& g) {
  OrgSummary s;
  const NodeId n = g.num_nodes();
  s.nodes = n;
  s.ties = g.num_ties();
  for (NodeId v = 0; v < n; ++v) {
    ++s.people_by_role[static_cast<std::size_t>(g.role(v))];
    ++s.people_by_level[g.level(v)];
    if (g.unit(v) == kNoUnit) ++s.people_without_unit;
  }
  for (const Layer& layer : g.layers()) {
    if (layer.empty()) continue;
    LayerSummary ls{layer.name(), layer.directed(), layer.info().builtin, layer.weighted(), layer.num_ties(), 0.0};
    const Csr& c = layer.out();
    double total = 0.0;
    for (EdgeOffset e = 0; e < c.num_arcs(); ++e) total += c.weight(e);
    ls.total_weight = layer.directed() ? total : total / 2.0;
    s.layers.push_back(std::move(ls));
  }

  const UnitTree& units = g.units();
  s.units = units.size() - (units.synthetic_root() ? 1 : 0);
  s.unit_depth = units.max_depth();
  if (!units.empty()) {
    std::vector<std::uint64_t> below(units.size(), 0);
    for (NodeId v = 0; v < n; ++v)
      if (g.unit(v) != kNoUnit) ++below[g.unit(v)];
    // Parents precede children, so one backward pass accumulates subtrees.
    for (std::size_t u = units.size(); u-- > 1;) below[units[static_cast<UnitId>(u)].parent] += below[u];
    for (UnitId child : units.children(units.root())) s.top_units.push_back({child, below[child]});
  }

  const Components comp = weak_components(g);
  s.components = comp.count;
  s.largest_component = comp.largest;
  s.isolates = comp.isolates;
  s.formal = analyze_formal_tree(g);
  return s;
}

}  // namespace leadnet
