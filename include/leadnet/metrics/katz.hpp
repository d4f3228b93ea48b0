#pragma once
// Katz centrality: walks of every length into a node, longer walks discounted by alpha per
// step, plus a constant beta for everyone (Katz 1953).
//
// Definition: x = alpha A^T x + beta 1, i.e. x = beta sum_k (alpha A^T)^k 1, scaled to Euclidean
// length 1. The series converges only when alpha < 1 / lambda_max (the spectral radius of A).
//
// Equals networkx.katz_centrality(G, alpha=0.1, beta=1.0, normalized=True, weight=W) of NetworkX
// 2.8 (and katz_centrality_numpy, its exact solution): in-arcs on directed views, weight as tie
// strength on weighted views (W="weight"). NetworkX's iteration sweep for sweep: from x = 0, stop
// as soon as the L1 step sum_v |x_new - x_old| is below n * tolerance (NetworkX's tol, default
// 1e-6), then scale; so the default gives nx.katz_centrality's numbers, and a small tolerance
// (1e-12) gives the exact solution (katz_centrality_numpy).
//
// With alpha >= 1 / lambda_max the series diverges: NotConverged is thrown, saying so (NetworkX
// raises PowerIterationFailedConvergence). Note that alpha = 0.1 diverges on any graph whose
// spectral radius exceeds 10, e.g. any undirected graph with average degree over 10.
//
// Complexity O(m) per sweep, ~ log(tolerance) / log(alpha lambda_max) sweeps. Deterministic.

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct KatzOptions {
  double alpha = 0.1;
  double beta = 1.0;
  /// Scale to Euclidean length 1 (NetworkX's normalized=True).
  bool normalized = true;
  /// tolerance: NetworkX's tol (stop at an L1 step below n * tolerance).
  IterationOptions iteration{1e-6, 10000};
};

NodeScores katz(const View& view, const KatzOptions& options, RunContext& ctx);

}  // namespace leadnet
