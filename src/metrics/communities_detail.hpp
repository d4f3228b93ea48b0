#pragma once
// Shared machinery of Louvain and Leiden: a weighted undirected graph with self-loops (what
// aggregation produces), modularity bookkeeping, and aggregation.

#include <cstdint>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/core/rng.hpp"

namespace leadnet::detail {

/// Undirected weighted graph; each edge appears in both rows; self-loops kept apart in `self`.
struct CommunityGraph {
  std::vector<std::uint64_t> offsets;
  std::vector<std::uint32_t> targets;
  std::vector<double> weights;
  std::vector<double> self;      // weight of the node's self-loop (the inside of a merged community)
  std::vector<double> strength;  // Σ incident weights + 2·self
  double two_m = 0.0;            // Σ strength

  std::uint32_t size() const { return static_cast<std::uint32_t>(self.size()); }
};

/// Graph of `membership` (community per node, 0..count-1): one node per community, edge weights
/// summed, inside weight on the self-loop.
CommunityGraph aggregate(const CommunityGraph& g, const std::vector<std::uint32_t>& membership, std::uint32_t count);

/// Renumbers labels to 0..count-1 in order of first appearance; returns count.
std::uint32_t renumber(std::vector<std::uint32_t>& labels);

/// Modularity of `membership` on g with resolution γ.
double modularity_of(const CommunityGraph& g, const std::vector<std::uint32_t>& membership, double resolution);

/// A random order of 0..n-1.
std::vector<std::uint32_t> random_order(std::uint32_t n, Rng& rng);

/// Louvain local moving on g from `membership` (singletons on entry is usual). Returns true when
/// any node moved. Labels stay within 0..n-1 (not renumbered).
bool louvain_move(const CommunityGraph& g, std::vector<std::uint32_t>& membership, double resolution, Rng& rng);

/// One Leiden pass from `membership` on the original graph; updates it; returns the number of
/// aggregation levels used.
std::uint32_t leiden_pass(const CommunityGraph& g, std::vector<std::uint32_t>& membership, double resolution,
                          double randomness, std::uint64_t seed);

}  // namespace leadnet::detail
