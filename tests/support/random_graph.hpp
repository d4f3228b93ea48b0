#pragma once
// Seeded random graphs for property tests: a mix of a preferential-attachment core (hubs, as in
// organisations), random extra arcs, a few isolated nodes and a second small component.

#include <cstdint>
#include <vector>

#include "leadnet/model/view.hpp"

namespace leadnet::test {

struct RandomGraphSpec {
  NodeId nodes = 60;
  double arcs_per_node = 3.0;
  bool directed = true;
  /// Weights: 0 none, otherwise integers 1..max_weight.
  int max_weight = 0;
  std::uint64_t seed = 1;
};

/// Arcs of a random graph (an undirected spec lists each edge once).
std::vector<Arc> random_arcs(const RandomGraphSpec& spec);
View random_view(const RandomGraphSpec& spec);
/// The same graph with nodes renamed by `perm` (node v becomes perm[v]).
View permuted_view(const RandomGraphSpec& spec, const std::vector<NodeId>& perm);
/// A random permutation of 0..n-1.
std::vector<NodeId> random_permutation(NodeId n, std::uint64_t seed);

}  // namespace leadnet::test
