#include "leadnet/model/partition.hpp"

#include <string>

#include "leadnet/core/diagnostics.hpp"

namespace leadnet {

NodeId Partition::members() const {
  NodeId total = 0;
  for (NodeId s : sizes) total += s;
  return total;
}

Partition silos_at_depth(const OrgGraph& graph, std::uint32_t depth) {
  const UnitTree& tree = graph.units();
  if (depth == 0) throw UsageError("--unit-depth must be 1 or more (depth 0 is the whole organisation)");
  if (tree.empty()) throw UsageError("the data has no units, so there are no silos");
  if (depth > tree.max_depth())
    throw UsageError("--unit-depth " + std::to_string(depth) + " is deeper than the unit tree (deepest level " +
                     std::to_string(tree.max_depth()) + ")");

  const NodeId n = graph.num_nodes();
  std::vector<GroupId> group_of_unit(tree.size(), kNoGroup);
  std::vector<UnitId> silo_unit(n, kNoUnit);
  std::vector<std::uint8_t> used(tree.size(), 0);
  for (NodeId v = 0; v < n; ++v) {
    const UnitId u = tree.ancestor_at_depth(graph.unit(v), depth);
    silo_unit[v] = u;
    if (u != kNoUnit) used[u] = 1;
  }
  Partition p;
  for (UnitId u = 0; u < tree.size(); ++u) {
    if (!used[u]) continue;
    group_of_unit[u] = p.num_groups();
    const Unit& unit = tree[u];
    p.names.push_back(unit.name.empty() ? unit.id : unit.name);
    p.ids.push_back(unit.id);
    p.units.push_back(u);
    p.above_level.push_back(unit.depth < depth);
    p.sizes.push_back(0);
  }
  p.group.assign(n, kNoGroup);
  for (NodeId v = 0; v < n; ++v) {
    if (silo_unit[v] == kNoUnit) continue;
    const GroupId g = group_of_unit[silo_unit[v]];
    p.group[v] = g;
    ++p.sizes[g];
  }
  return p;
}

Partition partition_from_labels(const std::vector<GroupId>& labels) {
  Partition p;
  p.group.assign(labels.size(), kNoGroup);
  std::vector<GroupId> renumber;
  for (std::size_t v = 0; v < labels.size(); ++v) {
    const GroupId l = labels[v];
    if (l == kNoGroup) continue;
    if (l >= renumber.size()) renumber.resize(static_cast<std::size_t>(l) + 1, kNoGroup);
    if (renumber[l] == kNoGroup) {
      renumber[l] = p.num_groups();
      p.names.push_back(std::to_string(p.num_groups()));
      p.ids.push_back(p.names.back());
      p.units.push_back(kNoUnit);
      p.above_level.push_back(false);
      p.sizes.push_back(0);
    }
    p.group[v] = renumber[l];
    ++p.sizes[renumber[l]];
  }
  return p;
}

}  // namespace leadnet
