#pragma once
// Slow, obvious implementations used to check the fast kernels on small random graphs:
// all-pairs distances and path counts by one plain search per source, then the definitions
// summed pair by pair. O(n^3); for graphs of a few dozen nodes.

#include <vector>

#include "leadnet/model/view.hpp"

namespace leadnet::test {

/// dist[s][t] (infinity when unreachable) and sigma[s][t] (number of shortest paths) along arcs,
/// lengths 1/weight on weighted views. Weighted graphs must use weights whose inverses add up
/// exactly (powers of two), so that "same length" is unambiguous.
struct AllPairs {
  std::vector<std::vector<double>> dist;
  std::vector<std::vector<double>> sigma;
};
AllPairs all_pairs(const View& view);

/// Betweenness from the definition: sum over s != v != t of sigma_sv sigma_vt / sigma_st when
/// d(s,v) + d(v,t) = d(s,t); normalised like NetworkX.
std::vector<double> naive_betweenness(const View& view);
/// Closeness (Wasserman–Faust) and harmonic from the definitions, distances to v.
std::vector<double> naive_closeness(const View& view);
std::vector<double> naive_harmonic(const View& view);

}  // namespace leadnet::test
