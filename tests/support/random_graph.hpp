#pragma once
// Seeded random graphs for property tests: a mix of a preferential-attachment core (hubs, as in
// organisations), random extra arcs, a few isolated nodes and a second small component.

#include <cstdint>
#include <string>
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

/// A graph of the property tests of the distance centralities, and the same graph with node v
/// renamed perm[v].
struct DistancePropertyGraph {
  std::string label;  // "seed 1 directed 1 weights 4", for INFO
  View view;
  std::vector<NodeId> perm;
  View permuted;
};
/// Seeds 1 to 4, directed and undirected, unweighted and weighted: 150 nodes (more than two
/// 64-node batches of the bit-parallel search), 2.5 arcs per node. Weights are 1, 2 or 4, whose
/// lengths 1, 1/2, 1/4 add up exactly, so the naive sums and the searches agree on which paths
/// are shortest.
std::vector<DistancePropertyGraph> distance_property_graphs();

}  // namespace leadnet::test
