#pragma once
// Harmonic centrality: the sum of inverse distances from everyone else (Marchiori & Latora
// 2000; Boldi & Vigna 2014). Unlike closeness it needs no correction for disconnected graphs:
// a node that cannot be reached adds 0.
//
// Definition:  H(v) = sum over u != v of 1 / d(u, v), with 1/inf = 0.
//
// Equals networkx.harmonic_centrality(G, distance=D) of NetworkX 2.8: unnormalised; on directed
// views distances run *to* v (NetworkX sums 1/d(source, v)); weighted views use 1/weight as the
// length of a tie (D="distance"), unweighted views hops.
//
// Complexity: one BFS (Dijkstra when weighted) per node, O(n m) (O(n m log n)); parallel over
// nodes in fixed blocks, deterministic at any thread count. Memory O(n) per worker.

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct HarmonicOptions {};

NodeScores harmonic(const View& view, const HarmonicOptions& options, RunContext& ctx);

}  // namespace leadnet
