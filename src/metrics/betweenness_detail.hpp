#pragma once
// Private pieces of betweenness shared by the exact and the sampled kernels.

#include "leadnet/metrics/betweenness.hpp"

namespace leadnet {

/// The factor NetworkX's _rescale applies to raw ordered-pair sums (normalized or not).
double betweenness_scale(NodeId n, bool directed, bool normalized);

namespace detail {

/// Riondato–Kornaropoulos sampled betweenness (betweenness_sampled.cpp).
NodeScores sampled_betweenness(const View& view, const BetweennessOptions& options, RunContext& ctx);

/// Upper bound on the vertex diameter (nodes on the longest shortest path) of a view: per
/// strongly connected component, eccentricity towards + from one root (hops; or the component's
/// size when `weighted`), chained along the longest path of the condensation. O(n + m).
std::uint64_t vertex_diameter_bound(const View& view, bool weighted);

}  // namespace detail
}  // namespace leadnet
