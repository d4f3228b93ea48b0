#pragma once
// PageRank: the share of time a random walker spends at a node, following ties (arcs) with
// probability alpha and jumping to a uniformly chosen node otherwise (Brin & Page 1998).
//
// Definition:  x = alpha (P^T x + (d . x) / n 1) + (1 - alpha) / n 1, where P is the row-
// stochastic transition matrix (P_uv = w_uv / s_u, s_u the out-strength of u) and d marks the
// dangling nodes (no out-arcs), whose walkers jump uniformly. Scores sum to 1.
//
// Equals networkx.pagerank(G, alpha=0.85) of NetworkX 2.8 (personalization and dangling None,
// i.e. uniform teleport and uniform dangling redistribution) on the view's graph; weighted views
// use weight as tie strength (NetworkX weight="weight"), unweighted ones weight 1. An undirected
// view walks each tie both ways. NetworkX stops at an L1 step below n * 1e-6, a loose point of
// the iteration; leadnet iterates until the estimated distance to the fixed point is below
// `iteration.tolerance` per node, relative to the node's score, so it equals NetworkX's
// converged answer (the reference tests run NetworkX with tol=1e-15).
//
// Method: power iteration, pulling along in-arcs (no write conflicts), one pass per sweep that
// also prepares the next sweep's x_u / s_u. Time O(m) per sweep, about
// log(tolerance) / log(alpha) sweeps (~150 for 1e-10); memory O(n) besides the view.
// Deterministic: per-node sums follow the CSR order, the dangling mass and the stopping test
// are reduced over fixed node blocks in block order, so any thread count gives the same bits.

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct PageRankOptions {
  /// Probability of following a tie (NetworkX's alpha, the "damping factor").
  double alpha = 0.85;
  /// tolerance: estimated relative error per node at which to stop.
  IterationOptions iteration{1e-10, 10000};
};

/// PageRank of every node; empty view gives empty scores. Throws UsageError for alpha outside
/// [0, 1), NotConverged when max_iterations is reached first.
NodeScores pagerank(const View& view, const PageRankOptions& options, RunContext& ctx);

}  // namespace leadnet
