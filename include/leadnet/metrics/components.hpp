#pragma once
// Connected components. Weak components of a view (direction ignored), by union–find.
//
// Equals networkx.weakly_connected_components / connected_components as a partition.
// Complexity O(n + m α(n)). Deterministic: component ids are numbered by their smallest node.

#include <cstdint>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct Components {
  std::vector<std::uint32_t> component;  // per node, 0..count-1, numbered by smallest member
  std::vector<std::uint32_t> sizes;      // per component
  std::uint32_t count = 0;
  std::uint32_t largest = 0;        // size of the largest component
  std::uint32_t largest_id = 0;     // its id (the first such when tied)
  std::uint32_t isolates = 0;       // components of one node
};

Components weak_components(const View& view);
/// Weak components over every layer of the graph.
Components weak_components(const OrgGraph& graph);

}  // namespace leadnet
