#pragma once
// HITS hubs and authorities (Kleinberg 1999): a good authority is pointed to by good hubs, a
// good hub points to good authorities.
//
// Definition: authority = the leading right singular vector of A (Perron vector of A^T A), hub =
// A authority (Perron vector of A A^T), each scaled to sum 1. Weighted views use tie strength.
//
// Equals networkx.hits(G) of NetworkX 2.8 (which takes the singular vector from ARPACK and
// scales both to sum 1) whenever the top singular value of A is simple. Where it is not (every
// bipartite undirected graph, for instance, or two identical components) nx.hits returns an
// arbitrary vector of that singular space, depending on ARPACK's random start; leadnet then
// gives what NetworkX's own power iteration from the uniform hub vector gives
// (hits_alg._hits_python), which is deterministic. A view with no arcs gives 1/n everywhere
// (NetworkX divides 0 by 0 there).
//
// Method: the hub vector is the top eigenvector of M = A A^T. From `lanczos_min_nodes` nodes on,
// implicitly restarted Lanczos on M (Spectra; ARPACK's method) from h = 1/n; on smaller graphs,
// or if Lanczos does not settle, the power iteration h <- M h from h = 1/n until the estimated
// distance to the limit is below `iteration.tolerance` relative to the largest hub score. Both
// reach the projection of the uniform start onto M's top eigenspace, so they agree where the
// top singular value is not simple too. Then a = A^T h, h = A a, each scaled to sum 1.
// O(m) per product with M (two sweeps); Lanczos needs far fewer products than the power
// iteration's ~ log(tolerance) / (2 log(sigma1 / sigma2)) when sigma2 is close to sigma1.
// Deterministic: the products sum in CSR order over fixed node blocks, Lanczos runs on one
// thread, so any thread count gives the same bits.

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct HitsOptions {
  /// The power iteration's stop (small graphs, and the fallback when Lanczos does not settle).
  IterationOptions iteration{1e-12, 100000};
  /// From this many nodes on, Lanczos (Spectra) instead of the power iteration.
  NodeId lanczos_min_nodes = 64;
  /// Lanczos' residual ||M h - lambda h|| relative to lambda at which it stops.
  double lanczos_tolerance = 1e-10;
};

struct HitsScores {
  NodeScores hub;
  NodeScores authority;
};

HitsScores hits(const View& view, const HitsOptions& options, RunContext& ctx);

}  // namespace leadnet
