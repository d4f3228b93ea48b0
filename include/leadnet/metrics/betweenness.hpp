#pragma once
// Betweenness centrality: how much of the shortest-path traffic between others runs through a
// node (Freeman 1977). The broker who holds the organisation together scores high.
//
// Definition:  b(v) = sum over ordered pairs s != v != t of sigma_st(v) / sigma_st, where sigma_st
// counts shortest s-t paths and sigma_st(v) those through v. Pairs with no path add nothing.
//
// Equals networkx.betweenness_centrality(G, normalized=True, weight=W) of NetworkX 2.8:
//  - normalised (default) by 1 / ((n-1)(n-2)) for n > 2, for directed and undirected views alike
//    (NetworkX halves undirected sums and doubles the normaliser, which cancels); n <= 2 gives 0;
//  - `normalized = false`: raw sums, halved on undirected views (each pair counted once).
//  - weights: an unweighted view counts hops (W=None); a weighted view reads weight as tie
//    strength and uses 1/weight as the length of an arc (W="distance" with distance = 1/weight),
//    so strong ties are short. Path lengths are summed in the same order as NetworkX, and ties
//    between path lengths are decided by exact floating-point equality, as NetworkX does.
//  - directed views follow arcs; undirected views count each unordered pair once.
//
// Exact: Brandes (2001) from every source, BFS on unweighted views and Dijkstra with a binary
// heap on weighted ones; O(n m) time unweighted, O(n m log n) weighted; O(n + m) memory per
// worker. Unweighted views first fold every node with a single neighbour (tied both ways: a
// leaf; only from it: an end, such as a citizen one employee serves; only to it: a start) into
// that neighbour, which then stands for it as source and target (Baglioni et al. 2012 for
// leaves): the searches run on the smaller graph and give the same sums. On graphs of 2^18
// nodes or more the searches run on a breadth-first renumbering of the nodes, for memory
// locality. Parallel over sources in fixed blocks; each worker accumulates into its own array in
// exact 64.64 fixed point, so the result has the same bits at any thread count.
//
// Sampled (`approx_eps`): Riondato & Kornaropoulos (2016): r = (c / eps'^2) (floor(log2(VD - 2))
// + 1 + ln(1 / delta)) node pairs drawn uniformly, c = 0.5, one shortest path drawn uniformly
// between each pair, every inner node credited 1/r. VD is an upper bound on the vertex diameter
// (nodes on the longest shortest path): per strongly connected component eccentricity in + out
// from one root, chained along the condensation (unweighted); the largest weak component's size
// (weighted). With probability at least 1 - delta every node's estimate is within eps of the
// exact normalised value (eps' = eps (n-2)/n converts RK's 1/(n(n-1)) scale to NetworkX's).
// Pairs are searched with a balanced bidirectional BFS (unweighted: the side whose frontier has
// fewer arcs to scan grows by a level, and the level where the sides meet keeps only the nodes
// both reached) or Dijkstra stopped at the target (weighted); pairs in different weak components
// count as empty samples without a search. O(n) memory per worker. Deterministic for a seed at
// any thread count: samples come in fixed blocks, each with its own generator seeded by
// derive_seed(seed, block); counts are integers.
//
// References: U. Brandes, A faster algorithm for betweenness centrality, J. Math. Sociol. 25
// (2001); M. Baglioni, F. Geraci, M. Pellegrini & E. Lastres, Fast exact computation of
// betweenness centrality in social networks, ASONAM 2012 (degree-1 folding); M. Riondato & E. Kornaropoulos, Fast approximation of betweenness centrality through
// sampling, Data Min. Knowl. Disc. 30 (2016).

#include <optional>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/node_scores.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct BetweennessOptions {
  /// Normalise as NetworkX's normalized=True (see above).
  bool normalized = true;
  /// Sampled estimate with this absolute error bound on the normalised scale (0 < eps < 1).
  std::optional<double> approx_eps;
  /// Failure probability of the sampled estimate's bound.
  double approx_delta = 0.1;
  /// Exact betweenness from these sources only, scaled by n / k like NetworkX's
  /// betweenness_centrality(k=...) with those k pivots. Empty: every node is a source.
  std::vector<NodeId> sources;
};

/// Betweenness of every node (see the header comment). Throws UsageError for an eps outside
/// (0, 1) or sources out of range; Cancelled when ctx asks to stop.
NodeScores betweenness(const View& view, const BetweennessOptions& options, RunContext& ctx);

}  // namespace leadnet
