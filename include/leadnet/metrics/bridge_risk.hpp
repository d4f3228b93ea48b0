#pragma once
// Bridge risk: for every pair of silos that has ties, who carries those ties, and how few people
// would have to leave for the two silos to lose every direct tie.
//
// Definition: the ties of pair (A, B) are the ties of the view between a member of A and a member
// of B (direction ignored). Carriers are the people at either end of those ties. The cut is the
// smallest set of people whose removal leaves no tie between A and B: a minimum vertex cover of
// the bipartite graph of the pair's ties, found as a maximum flow / minimum cut (König's theorem:
// its size equals a maximum matching). Cut 1 means the two silos talk through one person only.
// Only direct ties count: silos that reach each other through a third silo are still "cut apart"
// in this sense, because the conversation then needs a go-between.
//
// Equals the maximum matching size from networkx.bipartite.hopcroft_karp_matching on each pair's
// tie graph (tests/reference/silos_reference.py). People without a group are left out. The cut
// set reported is one minimum cover (deterministic: from the residual graph in id order).
//
// Complexity O(m log m) to group the ties plus a max-flow per pair on its own ties only.

#include <cstdint>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct BridgePair {
  GroupId a = 0;  // a < b
  GroupId b = 0;
  std::uint64_t ties = 0;
  std::vector<NodeId> carriers;    // ascending node id
  std::uint32_t cut = 0;           // the minimum number of people whose departure leaves no tie
  std::vector<NodeId> cut_people;  // one such set, ascending node id
};

struct BridgeRisk {
  /// Every pair of groups with at least one tie, sorted by (a, b).
  std::vector<BridgePair> pairs;
};

BridgeRisk bridge_risk(const View& view, const Partition& partition, RunContext& ctx);

}  // namespace leadnet
