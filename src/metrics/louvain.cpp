// Louvain local moving (Blondel et al. 2008), used by detect_communities().

#include <vector>

#include "metrics/communities_detail.hpp"

namespace leadnet::detail {

bool louvain_move(const CommunityGraph& g, std::vector<std::uint32_t>& membership, double resolution, Rng& rng) {
  const std::uint32_t n = g.size();
  if (g.two_m <= 0) return false;
  std::vector<double> total(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) total[membership[v]] += g.strength[v];
  std::vector<double> to(n, 0.0);  // weight from the current node to each community
  std::vector<char> seen(n, 0);
  std::vector<std::uint32_t> touched;
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
      seen[home] = 1;
      touched.push_back(home);
      for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const std::uint32_t c = membership[g.targets[e]];
        if (!seen[c]) {
          seen[c] = 1;
          touched.push_back(c);
        }
        to[c] += g.weights[e];
      }
      total[home] -= k;
      // Gain of joining c (times m): w(v, c) − γ k_v Σ_tot(c) / 2m.
      std::uint32_t best = home;
      double best_gain = to[home] - scale * k * total[home];
      for (std::uint32_t c : touched) {
        const double gain = to[c] - scale * k * total[c];
        if (gain > best_gain + 1e-12 * (k + 1.0)) {
          best_gain = gain;
          best = c;
        }
      }
      total[best] += k;
      membership[v] = best;
      if (best != home) ++moves;
      for (std::uint32_t c : touched) {
        to[c] = 0.0;
        seen[c] = 0;
      }
      touched.clear();
    }
    if (moves == 0) break;
    any = true;
  }
  return any;
}

}  // namespace leadnet::detail
