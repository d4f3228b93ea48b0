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
// Converged vector: asked for with a tolerance of 1e-10 or less (NetworkX's iterate is then
// within n * tolerance / (1 - rate) of the limit), on graphs of 64 nodes or more, the limit is
// computed directly: the Perron eigenvector of A^T by Arnoldi (as ARPACK, which igraph uses;
// here with thick restarts that keep two Ritz vectors of six, adapters/top_eigenvector.cpp),
// from the uniform start, to a residual of 1e-12, scaled to length 1 with rounding below zero
// set to 0. Where the top eigenvalue may not be simple (the
// limit then depends on the start: more than one strong component's row- and column-sum bound
// reaches it) or Arnoldi does not settle, the power iteration runs as above. Arnoldi is tried
// only when one weak component holds two thirds of the nodes or more: on a country of separate
// municipalities the root is rarely shown to be simple, and the attempt would be wasted.
// Arnoldi runs on the feeding core when that leaves out a sixteenth of the nodes or more: people
// with no out-arcs (citizens whom staff serve) pass nothing on, and people with no in-arcs have
// value 0, so A^T restricted to the rest has the same Perron root and vector there; the values
// of those left out follow: 0 without in-arcs, otherwise (1/lambda) times the sum over their
// in-arcs. (On a generated municipality that is half of the nodes, and halves the time.)
//
// Complexity O(m) per sweep; sweeps ~ log(tolerance) / log((1 + lambda2) / (1 + lambda1)).
// Arnoldi: O(m) per product, typically a few dozen products. Deterministic: per-node sums in CSR
// order, norms reduced over fixed node blocks in order, Arnoldi sequential apart from products.

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct EigenvectorOptions {
  /// tolerance: NetworkX's tol (stop at an L1 step below n * tolerance).
  IterationOptions iteration{1e-6, 10000};
  /// At a tolerance this small or smaller (asking for the converged vector) and from
  /// `arnoldi_min_nodes` nodes on, Arnoldi instead of the power iteration.
  double arnoldi_below_tolerance = 1e-10;
  NodeId arnoldi_min_nodes = 64;
  /// ... and when the largest weak component holds at least this share of the nodes.
  double arnoldi_min_share = 2.0 / 3.0;
  /// Arnoldi's residual ||A^T x - lambda x|| relative to lambda at which it stops.
  double arnoldi_tolerance = 1e-12;
  /// Restarts (of 6 products each at most) after which Arnoldi gives up for the power iteration.
  std::uint32_t arnoldi_max_restarts = 100;
};

NodeScores eigenvector(const View& view, const EigenvectorOptions& options, RunContext& ctx);

}  // namespace leadnet
