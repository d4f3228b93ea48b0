#pragma once
// Closeness centrality: how near a person is to everyone who can reach them (Bavelas 1950,
// Wasserman & Faust 1994 for disconnected graphs).
//
// Definition: with r(v) the number of other nodes that reach v and D(v) the sum of their
// distances to v,  C(v) = (r(v) / D(v)) * (r(v) / (n - 1))  when D(v) > 0 and n > 1, else 0.
// The second factor is Wasserman & Faust's correction, which keeps nodes in small components
// from looking central.
//
// Equals networkx.closeness_centrality(G, distance=D, wf_improved=True) of NetworkX 2.8. On
// directed views it uses distances *to* v (NetworkX reverses the graph: incoming closeness). On
// weighted views the length of a tie is 1/weight (D="distance" = 1/weight): strong ties are
// short. Unweighted views count hops.
//
// Complexity: one BFS (Dijkstra when weighted) per node, O(n m) (O(n m log n)); parallel over
// nodes in fixed blocks, each node's sum computed by one worker in a fixed order, so the result
// has the same bits at any thread count. Memory O(n) per worker.

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct ClosenessOptions {
  /// Wasserman–Faust correction for disconnected graphs (NetworkX's wf_improved).
  bool wf_improved = true;
};

NodeScores closeness(const View& view, const ClosenessOptions& options, RunContext& ctx);

}  // namespace leadnet
