#pragma once
// Eigenvector centrality: a person is central when central people point to them (Bonacich 1972).
//
// Definition: x is the Perron eigenvector of A^T (x_v proportional to the sum of x_u over the
// arcs u -> v, weighted by tie strength on weighted views), scaled to Euclidean length 1.
//
// Equals networkx.eigenvector_centrality(G, weight=W) of NetworkX 2.8: the same power
// iteration x <- (A^T + I) x / ||(A^T + I) x||_2 from the uniform start x_v = 1/n, so where the
// leading eigenvalue is not simple (e.g. two identical components) the answer is the same
// mixture NetworkX reaches. Directed views use in-arcs (NetworkX's left eigenvector); weighted
// views use weight as tie strength (W="weight"), unweighted ones W=None. NetworkX's stopping
// rule too: stop as soon as the L1 step sum_v |x_new - x_old| is below n * tolerance (NetworkX's
// tol, default 1e-6) and return that sweep's x, so the default gives NetworkX's numbers, not only
// its limit; a small tolerance (1e-12) gives the converged vector. (NetworkX also gives up after
// max_iter=100 sweeps; leadnet goes on to `iteration.max_iterations`.)
// Where the iteration has no limit in reach (directed acyclic graphs, where it creeps towards the
// ends of the longest paths) NotConverged is thrown, as NetworkX raises
// PowerIterationFailedConvergence.
//
// Complexity O(m) per sweep; sweeps ~ log(tolerance) / log((1 + lambda2) / (1 + lambda1)).
// Deterministic: per-node sums in CSR order, norms reduced over fixed node blocks in order.

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct EigenvectorOptions {
  /// tolerance: NetworkX's tol (stop at an L1 step below n * tolerance).
  IterationOptions iteration{1e-6, 10000};
};

NodeScores eigenvector(const View& view, const EigenvectorOptions& options, RunContext& ctx);

}  // namespace leadnet
