#pragma once
// Distance sums towards every node, the common core of closeness and harmonic centrality.

#include <string_view>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet::detail {

/// For each node v, over the nodes u != v that reach v (directed views: along arcs u -> ... ->
/// v; undirected: connected to v): how many (`reached`), the sum of d(u, v) (`total`) and the
/// sum of 1 / d(u, v) (`inverse`). Distances are hops on unweighted views and sums of 1/weight on
/// weighted ones. Each node's sums are computed by one worker in a fixed order: the same bits at
/// any thread count.
struct PathSums {
  std::vector<std::uint64_t> reached;
  std::vector<double> total;
  std::vector<double> inverse;
};

PathSums path_sums_to(const View& view, const RunContext& ctx, std::string_view stage);

}  // namespace leadnet::detail
