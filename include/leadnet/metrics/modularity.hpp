#pragma once
// Newman's modularity of a partition (the silos, or detected communities).
//
// Definition (Newman & Girvan 2004; Newman 2006): undirected,
//   Q = Σ_c [ L_c / m − γ (d_c / 2m)² ],
// L_c = weight of the edges inside c, d_c = total degree (strength) of c's members, m = total
// edge weight. Directed (Leicht & Newman 2008): Q = Σ_c [ L_c / m − γ d_c^out d_c^in / m² ] over
// arcs. Weighted views use the weights, unweighted views weight 1 — the same number as
// networkx.community.modularity(G, communities, weight=..., resolution=γ) in NetworkX 2.8 on the
// same simple graph. People without a group are left out with their ties (the modularity of the
// subgraph induced by the people who have one). NaN when that subgraph has no ties (NetworkX
// raises ZeroDivisionError).
//
// Range [−1/2, 1) for γ = 1. Complexity O(n + m). Deterministic (sums in tie and group order).

#include <vector>

#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct ModularityOptions {
  /// γ: > 1 favours smaller groups, < 1 larger ones.
  double resolution = 1.0;
};

struct ModularityResult {
  double q = 0.0;
  /// Per group: its term L_c / m − γ (...) of the sum.
  std::vector<double> contribution;
  double total_weight = 0.0;  // m
};

ModularityResult modularity(const View& view, const Partition& partition, const ModularityOptions& options = {});

}  // namespace leadnet
