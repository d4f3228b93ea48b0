#pragma once
// Community detection: the informal organisation, to hold against the organisation chart.
//
// Both methods maximise Newman's modularity with resolution γ (metrics/modularity.hpp) on the
// undirected view (a directed view is read undirected, arc weights of both directions added):
//   Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008): move single people to the
//     neighbouring community with the largest modularity gain, in random order, until no move
//     helps; merge each community into one node; repeat on the merged graph until nothing moves.
//     The same algorithm as networkx.community.louvain_communities and igraph's
//     community_multilevel (their partitions differ by random order; modularity is comparable).
//   Leiden (Traag, Waltman & van Eck 2019, Sci. Rep. 9:5233): fast local moving with a queue, then
//     a refinement that splits every community into well-connected parts (random merges of
//     singletons with probability ∝ exp(gain / θ), θ = 0.01 in edge-weight units, as igraph's
//     community_leiden(beta = 0.01)), aggregation of the refined parts while keeping the
//     unrefined communities as the starting partition; repeated until a full pass changes
//     nothing. Guarantees connected communities (Louvain does not). The default.
// Weights: a weighted view's weights, else 1. Isolates are communities of their own.
//
// Output: communities numbered by decreasing size (ties: by smallest member id).
// Determinism: every random choice draws from generators seeded derive_seed(ctx.seed, level or
// pass); the algorithm runs single-threaded, so the same seed gives the same partition at any
// thread count. Complexity about O(m) per pass, a few passes per level, O(log n) levels in
// practice.

#include <cstdint>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

enum class CommunityMethod : std::uint8_t { louvain, leiden };
const char* community_method_name(CommunityMethod method);

struct CommunityOptions {
  CommunityMethod method = CommunityMethod::leiden;
  /// γ: > 1 gives more, smaller communities.
  double resolution = 1.0;
  /// Leiden refinement randomness θ (edge-weight units).
  double randomness = 0.01;
};

struct Communities {
  Partition partition;       // every person in exactly one community
  double modularity = 0.0;   // of `partition` with γ = resolution (NaN without ties)
  std::uint32_t levels = 0;  // aggregation levels used
  std::uint32_t passes = 0;  // Leiden: full passes until stable; Louvain: 1
};

Communities detect_communities(const View& view, const CommunityOptions& options, RunContext& ctx);

}  // namespace leadnet
