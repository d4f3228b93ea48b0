// Louvain local moving (Blondel et al. 2008), used by detect_communities().

#include <vector>

#include "metrics/communities_detail.hpp"

namespace leadnet::detail {

bool louvain_move(const CommunityGraph& g, std::vector<std::uint32_t>& membership, double resolution, Rng& rng) {
  const std::uint32_t n = g.size();
  if (g.two_m <= 0) return false;
  std::vector<double> total(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) total[membership[v]] += g.strength[v];
  NeighbourWeights around(n);
  const std::vector<std::uint32_t> order = random_order(n, rng);
  const double scale = resolution / g.two_m;
  bool any = false;
  // Every accepted move raises modularity by more than the tolerance, so passes end; the cap
  // only guards against floating-point cycling.
  for (int pass = 0; pass < 1000; ++pass) {
    std::uint64_t moves = 0;
    for (std::uint32_t v : order) {
      const std::uint32_t home = membership[v];
      const double k = g.strength[v];
      around.collect(g, membership, v);
      total[home] -= k;
      // Gain of joining c (times m): w(v, c) − γ k_v Σ_tot(c) / 2m.
      double best_gain = 0.0;
      const std::uint32_t best = around.best(home, k, total, scale, best_gain);
      total[best] += k;
      membership[v] = best;
      if (best != home) ++moves;
      around.clear();
    }
    if (moves == 0) break;
    any = true;
  }
  return any;
}

}  // namespace leadnet::detail
