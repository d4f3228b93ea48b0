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

/// One node's view of the communities around it, for local moving (Louvain and Leiden): the
/// weight from the node to each neighbouring community, and the community with the best
/// modularity gain. Sized once per graph; clear() after each node.
class NeighbourWeights {
 public:
  explicit NeighbourWeights(std::uint32_t n) : to_(n, 0.0), seen_(n, 0) {}

  /// Weights from v to its own community (listed first, even without ties) and to every
  /// community one of its neighbours is in.
  void collect(const CommunityGraph& g, const std::vector<std::uint32_t>& membership, std::uint32_t v) {
    note(membership[v]);
    for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const std::uint32_t c = membership[g.targets[e]];
      note(c);
      to_[c] += g.weights[e];
    }
  }

  /// The community maximising w(v, c) − scale · k · total[c] (the modularity gain of joining c,
  /// times m, with `total` already without v); `home` unless another gains more than a relative
  /// 1e-12. `best_gain` receives the gain of the returned community.
  std::uint32_t best(std::uint32_t home, double k, const std::vector<double>& total, double scale,
                     double& best_gain) const {
    std::uint32_t best = home;
    best_gain = to_[home] - scale * k * total[home];
    for (std::uint32_t c : touched_) {
      const double gain = to_[c] - scale * k * total[c];
      if (gain > best_gain + 1e-12 * (k + 1.0)) {
        best_gain = gain;
        best = c;
      }
    }
    return best;
  }

  void clear() {
    for (std::uint32_t c : touched_) {
      to_[c] = 0.0;
      seen_[c] = 0;
    }
    touched_.clear();
  }

 private:
  void note(std::uint32_t c) {
    if (!seen_[c]) {
      seen_[c] = 1;
      touched_.push_back(c);
    }
  }
  std::vector<double> to_;
  std::vector<char> seen_;
  std::vector<std::uint32_t> touched_;
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
