// One pass of the Leiden algorithm (Traag, Waltman & van Eck 2019), used by detect_communities():
// fast local moving, refinement into well-connected parts, aggregation of the refined partition
// with the unrefined one as the starting point, until every community is a single node.

#include <cmath>
#include <deque>
#include <numeric>
#include <vector>

#include "metrics/communities_detail.hpp"

namespace leadnet::detail {

namespace {

// Fast local moving: a queue of nodes to visit, starting with all in random order; a node that
// moves puts its neighbours outside its new community back in the queue. Moves to an empty
// community are allowed.
void fast_move(const CommunityGraph& g, std::vector<std::uint32_t>& membership, double resolution, Rng& rng) {
  const std::uint32_t n = g.size();
  std::vector<double> total(n, 0.0);
  std::vector<std::uint32_t> size(n, 0);
  for (std::uint32_t v = 0; v < n; ++v) {
    total[membership[v]] += g.strength[v];
    ++size[membership[v]];
  }
  std::vector<std::uint32_t> empty;
  for (std::uint32_t c = n; c > 0; --c)
    if (size[c - 1] == 0) empty.push_back(c - 1);
  NeighbourWeights around(n);
  std::vector<char> queued(n, 1);
  const auto order = random_order(n, rng);
  std::deque<std::uint32_t> queue(order.begin(), order.end());
  const double scale = resolution / g.two_m;
  while (!queue.empty()) {
    const std::uint32_t v = queue.front();
    queue.pop_front();
    queued[v] = 0;
    const std::uint32_t home = membership[v];
    const double k = g.strength[v];
    around.collect(g, membership, v);
    total[home] -= k;
    --size[home];
    double best_gain = 0.0;
    std::uint32_t best = around.best(home, k, total, scale, best_gain);
    // An empty community gains 0.
    if (best_gain < -1e-12 * (k + 1.0) && size[home] > 0) {
      while (!empty.empty() && size[empty.back()] != 0) empty.pop_back();
      if (!empty.empty()) {
        best = empty.back();
        empty.pop_back();
      }
    }
    total[best] += k;
    ++size[best];
    membership[v] = best;
    if (size[home] == 0) empty.push_back(home);
    around.clear();
    if (best != home)
      for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const std::uint32_t u = g.targets[e];
        if (!queued[u] && membership[u] != best) {
          queued[u] = 1;
          queue.push_back(u);
        }
      }
  }
}

// Refinement: inside each community of `membership`, start from singletons and merge
// well-connected singletons into well-connected parts, choosing among parts with a non-negative
// gain at random with probability ∝ exp(gain / θ). Returns the refined labels (0..n-1, not
// renumbered).
std::vector<std::uint32_t> refine(const CommunityGraph& g, const std::vector<std::uint32_t>& membership,
                                  double resolution, double randomness, Rng& rng) {
  const std::uint32_t n = g.size();
  std::vector<double> community_total(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) community_total[membership[v]] += g.strength[v];
  std::vector<std::uint32_t> refined(n);
  std::iota(refined.begin(), refined.end(), 0U);
  std::vector<double> total(g.strength);  // per refined part
  std::vector<std::uint32_t> size(n, 1);
  // external[r] = weight from part r to the rest of its community.
  std::vector<double> external(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v)
    for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e)
      if (membership[g.targets[e]] == membership[v]) external[v] += g.weights[e];
  const double scale = resolution / g.two_m;

  std::vector<double> to(n, 0.0);
  std::vector<char> seen(n, 0);
  std::vector<std::uint32_t> touched;
  std::vector<double> weight;
  for (std::uint32_t v : random_order(n, rng)) {
    if (size[refined[v]] != 1) continue;  // already joined by others: stays
    const std::uint32_t c = membership[v];
    const double k = g.strength[v];
    if (external[v] < scale * k * (community_total[c] - k)) continue;  // v not well connected
    for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const std::uint32_t u = g.targets[e];
      if (membership[u] != c) continue;
      const std::uint32_t r = refined[u];
      if (!seen[r]) {
        seen[r] = 1;
        touched.push_back(r);
      }
      to[r] += g.weights[e];
    }
    // Candidates: well-connected parts with a non-negative gain, and v's own singleton (gain 0).
    const std::uint32_t own = refined[v];
    double max_gain = 0.0;
    std::vector<std::uint32_t> candidates{own};
    std::vector<double> gains{0.0};
    for (std::uint32_t r : touched) {
      if (r == own) continue;
      if (external[r] < scale * total[r] * (community_total[c] - total[r])) continue;
      const double gain = to[r] - scale * k * total[r];
      if (gain < 0) continue;
      candidates.push_back(r);
      gains.push_back(gain);
      max_gain = std::max(max_gain, gain);
    }
    std::uint32_t chosen = own;
    if (candidates.size() > 1) {
      weight.resize(candidates.size());
      double sum = 0.0;
      for (std::size_t i = 0; i < candidates.size(); ++i) sum += weight[i] = std::exp((gains[i] - max_gain) / randomness);
      double x = rng.uniform() * sum;
      chosen = candidates.back();
      for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (x < weight[i]) {
          chosen = candidates[i];
          break;
        }
        x -= weight[i];
      }
    }
    if (chosen != own) {
      external[chosen] += external[own] - 2 * to[chosen];
      total[chosen] += k;
      ++size[chosen];
      size[own] = 0;
      refined[v] = chosen;
    }
    for (std::uint32_t r : touched) {
      to[r] = 0.0;
      seen[r] = 0;
    }
    touched.clear();
  }
  return refined;
}

}  // namespace

std::uint32_t leiden_pass(const CommunityGraph& base, std::vector<std::uint32_t>& membership, double resolution,
                          double randomness, std::uint64_t seed) {
  if (base.two_m <= 0) return 0;
  std::vector<std::uint32_t> node_of(base.size());  // base node -> node of the current graph
  std::iota(node_of.begin(), node_of.end(), 0U);
  std::vector<std::uint32_t> part = membership;  // community per current node
  CommunityGraph current;
  const CommunityGraph* g = &base;
  std::uint32_t level = 0;
  while (true) {
    Rng rng(derive_seed(seed, level));
    fast_move(*g, part, resolution, rng);
    const std::uint32_t count = renumber(part);
    if (count == g->size()) break;
    std::vector<std::uint32_t> refined = refine(*g, part, resolution, randomness, rng);
    const std::uint32_t parts = renumber(refined);
    if (parts == g->size()) break;  // refinement merged nothing: aggregation would change nothing
    std::vector<std::uint32_t> next_part(parts);
    for (std::uint32_t v = 0; v < g->size(); ++v) next_part[refined[v]] = part[v];
    for (auto& x : node_of) x = refined[x];
    CommunityGraph next = aggregate(*g, refined, parts);
    current = std::move(next);
    g = &current;
    part = std::move(next_part);
    ++level;
  }
  for (std::uint32_t v = 0; v < base.size(); ++v) membership[v] = part[node_of[v]];
  return level;
}

}  // namespace leadnet::detail
