#include "support/random_graph.hpp"

#include <algorithm>
#include <numeric>

#include "leadnet/core/rng.hpp"

namespace leadnet::test {

std::vector<Arc> random_arcs(const RandomGraphSpec& spec) {
  Rng rng(spec.seed);
  const NodeId n = spec.nodes;
  std::vector<Arc> arcs;
  if (n < 2) return arcs;
  const auto weight = [&] { return spec.max_weight > 0 ? static_cast<double>(rng.between(1, spec.max_weight)) : 1.0; };
  // The last 3 nodes stay isolated and nodes [n-9, n-3) form a separate little cycle, when n
  // allows; the rest grows by preferential attachment plus uniform extra arcs.
  const NodeId isolated = n >= 20 ? 3 : 0;
  const NodeId island = n >= 20 ? 6 : 0;
  const NodeId core = n - isolated - island;
  std::vector<NodeId> ends;  // endpoints so far: picking from it prefers hubs
  for (NodeId v = 1; v < core; ++v) {
    const NodeId target =
        ends.empty() || rng.bernoulli(0.3) ? static_cast<NodeId>(rng.below(v)) : ends[rng.below(ends.size())];
    if (rng.bernoulli(0.5))
      arcs.push_back({v, target, weight()});
    else
      arcs.push_back({target, v, weight()});
    ends.push_back(v);
    ends.push_back(target);
  }
  const auto wanted = static_cast<std::size_t>(spec.arcs_per_node * core);
  const std::size_t extra = wanted > arcs.size() ? wanted - arcs.size() : 0;
  for (std::size_t i = 0; i < extra; ++i) {
    const auto u = static_cast<NodeId>(rng.below(core));
    const NodeId v = rng.bernoulli(0.5) ? ends[rng.below(ends.size())] : static_cast<NodeId>(rng.below(core));
    if (u != v) arcs.push_back({u, v, weight()});
  }
  for (NodeId i = 0; i < island; ++i) arcs.push_back({core + i, core + (i + 1) % island, weight()});
  // Keep one arc per ordered pair (and per pair when undirected) so weights are not summed.
  const auto key = [&](const Arc& a) {
    return spec.directed ? std::pair<NodeId, NodeId>(a.source, a.target)
                         : std::pair<NodeId, NodeId>(std::min(a.source, a.target), std::max(a.source, a.target));
  };
  std::stable_sort(arcs.begin(), arcs.end(), [&](const Arc& a, const Arc& b) { return key(a) < key(b); });
  std::vector<Arc> unique;
  for (const Arc& a : arcs)
    if (unique.empty() || key(unique.back()) != key(a)) unique.push_back(a);
  return unique;
}

View random_view(const RandomGraphSpec& spec) {
  return View::from_arcs(spec.nodes, random_arcs(spec), spec.directed, spec.max_weight > 0);
}

View permuted_view(const RandomGraphSpec& spec, const std::vector<NodeId>& perm) {
  std::vector<Arc> arcs = random_arcs(spec);
  for (Arc& a : arcs) {
    a.source = perm[a.source];
    a.target = perm[a.target];
  }
  return View::from_arcs(spec.nodes, std::move(arcs), spec.directed, spec.max_weight > 0);
}

std::vector<NodeId> random_permutation(NodeId n, std::uint64_t seed) {
  std::vector<NodeId> p(n);
  std::iota(p.begin(), p.end(), NodeId{0});
  Rng rng(seed);
  for (NodeId i = n; i > 1; --i) std::swap(p[i - 1], p[rng.below(i)]);
  return p;
}

std::vector<DistancePropertyGraph> distance_property_graphs() {
  std::vector<DistancePropertyGraph> graphs;
  for (std::uint64_t seed = 1; seed <= 4; ++seed)
    for (bool directed : {true, false})
      for (int w : {0, 4}) {
        const RandomGraphSpec spec{150, 2.5, directed, w, seed};
        std::vector<Arc> arcs = random_arcs(spec);
        for (Arc& a : arcs) a.weight = a.weight >= 3 ? 4.0 : a.weight;
        View view = View::from_arcs(spec.nodes, arcs, directed, w > 0);
        std::vector<NodeId> perm = random_permutation(spec.nodes, seed);
        for (Arc& a : arcs) a.source = perm[a.source], a.target = perm[a.target];
        graphs.push_back(
            {"seed " + std::to_string(seed) + " directed " + std::to_string(directed) + " weights " + std::to_string(w),
             std::move(view), std::move(perm), View::from_arcs(spec.nodes, arcs, directed, w > 0)});
      }
  return graphs;
}

}  // namespace leadnet::test
