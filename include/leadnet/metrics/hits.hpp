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
// Method: power iteration h <- A A^T h from h = 1/n, until the estimated distance to the limit
// is below `iteration.tolerance` relative to the largest hub score; then a = A^T h, h = A a.
// O(m) per sweep, ~ log(tolerance) / (2 log(sigma1 / sigma2)) sweeps. Deterministic.

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct HitsOptions {
  IterationOptions iteration{1e-12, 100000};
};

struct HitsScores {
  NodeScores hub;
  NodeScores authority;
};

HitsScores hits(const View& view, const HitsOptions& options, RunContext& ctx);

}  // namespace leadnet
