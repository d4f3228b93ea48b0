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
// view walks each tie both ways. The iteration is NetworkX's, sweep for sweep: from x = 1/n, stop
// as soon as the L1 step sum_v |x_new - x_old| is below n * tolerance (NetworkX's tol, default
// 1e-6), and return that sweep's x. So the default gives nx.pagerank(G)'s numbers, not only its
// limit; on large graphs that rule stops early (n * 1e-6 >= 2, the largest possible step, from
// n = 2 million: one sweep), and a small tolerance (1e-12) gives the converged scores.
//
// Method: power iteration, pulling along in-arcs (no write conflicts), one pass per sweep that
// also prepares the next sweep's x_u / s_u. Time O(m) per sweep, about
// log(n tolerance / 2) / log(alpha) sweeps; memory O(n) besides the view.
// Deterministic: per-node sums follow the CSR order, the dangling mass and the stopping test
// are reduced over fixed node blocks in block order, so any thread count gives the same bits.
//
// Converged scores: at a tolerance of 1e-10 or less (asking for the limit, not NetworkX's
// iterate) the sweeps are Gauss–Seidel's instead (Arasu, Novak, Tomkins & Tomlin 2002, for
// PageRank): in node order, each node's new score uses the new scores of the nodes before it;
// the jump term (alpha * dangling mass + (1 - alpha) * total) / n follows the updates (brought
// up to date every 256 nodes) and the scores are normalised to sum 1 at the end. Same limit,
// same stopping rule (the sweep's L1 step, over the scores' total, below n * tolerance),
// usually about half the sweeps (the bundled datasets: 9–36 against 13–59; a generated
// municipality of a million: 22 against 41; sf-1000000: 7 against 27), more where the uniform
// start is already balanced and the in-order update disturbs it (a separate even cycle).
// Sequential: one thread whatever --threads (so the same bits at any thread count).

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct PageRankOptions {
  /// Probability of following a tie (NetworkX's alpha, the "damping factor").
  double alpha = 0.85;
  /// tolerance: NetworkX's tol (stop at an L1 step below n * tolerance).
  IterationOptions iteration{1e-6, 10000};
  /// At a tolerance this small or smaller (asking for the converged scores), Gauss–Seidel
  /// instead of NetworkX's power iteration.
  double gauss_seidel_below_tolerance = 1e-10;
};

/// PageRank of every node; empty view gives empty scores. Throws UsageError for alpha outside
/// [0, 1), NotConverged when max_iterations is reached first.
NodeScores pagerank(const View& view, const PageRankOptions& options, RunContext& ctx);

}  // namespace leadnet
