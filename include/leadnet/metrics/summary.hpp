#pragma once
// What `leadnet info` shows: people by role, ties by layer, units, levels, components and the
// formal tree with its problems. O(n + m).

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "leadnet/model/formal_tree.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

struct LayerSummary {
  std::string name;
  bool directed = true;
  bool builtin = true;
  bool weighted = false;
  std::uint64_t ties = 0;
  double total_weight = 0.0;
};

struct UnitSummary {
  UnitId unit = kNoUnit;
  std::uint64_t people = 0;  // in the unit or below it
};

struct OrgSummary {
  NodeId nodes = 0;
  std::uint64_t ties = 0;
  std::array<std::uint64_t, kRoleCount> people_by_role{};
  std::vector<LayerSummary> layers;      // non-empty layers only
  std::size_t units = 0;                 // units in the tree, the synthetic root not counted
  std::uint32_t unit_depth = 0;          // deepest unit
  std::vector<UnitSummary> top_units;    // the units at depth 1 (or the root's children)
  std::uint64_t people_without_unit = 0;
  std::map<std::int32_t, std::uint64_t> people_by_level;  // level -1 = unknown
  std::uint32_t components = 0;
  std::uint32_t largest_component = 0;
  std::uint32_t isolates = 0;
  FormalTree formal;
};

OrgSummary summarize(const OrgGraph& graph);

}  // namespace leadnet
