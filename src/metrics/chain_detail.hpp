#pragma once
// Private helpers of the chain analysis: breadth-first search over several adjacency structures
// and the per-unit / per-depth aggregation.

#include <cstdint>
#include <span>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/chain.hpp"
#include "leadnet/model/csr.hpp"

namespace leadnet::chain_detail {

struct Bfs {
  std::vector<std::int32_t> dist;  // -1: not reached
  std::vector<NodeId> via;         // first node after the sources on the path found; empty unless asked
};

/// Multi-source BFS over the union of `adjacency` (rows of each CSR are neighbours). Sources are
/// taken in the given order and neighbours in row order, so the paths found are deterministic.
Bfs multi_source_bfs(NodeId n, std::span<const NodeId> sources, std::span<const Csr* const> adjacency,
                     bool track_via, RunContext& ctx);

/// Sums for one group; finish() turns them into a ChainGroup.
struct GroupSums {
  ChainGroup g;
  double depth_sum = 0.0;
  double distance_sum = 0.0;
  double loss_sum = 0.0;
  bool any_loss = false;
  void add_person(const ChainPerson& p);
  ChainGroup finish() const;
};

/// Per-unit and per-depth tables from the people and ties of a result.
void aggregate_groups(const OrgGraph& graph, ChainResult& result, const std::vector<std::uint32_t>& person_of);

}  // namespace leadnet::chain_detail
