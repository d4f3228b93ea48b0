#pragma once
// Citizen coherence: does a citizen served by several silos meet a coordinated organisation?
//
// Definition (DESIGN.md, "Cross-silo connectivity"): a citizen (role `citizen`) is served by the
// people tied to them in the `service` layer (either direction) who have a silo. A citizen served
// by staff of two or more silos is *coherent* when every pair of those staff is within
// `max_hops` (2) of each other in the dialogue layers (undirected: a direct tie or a common
// contact). The coherent share is coherent / multi-silo citizens.
// Per silo pair (A, B): the citizens served by both A and B; coherent for that pair when every
// A-staff / B-staff pair of the citizen is within `max_hops`. (A citizen served by three silos
// counts for three pairs.)
//
// Dialogue layers default to sparring, advice, communication and collaboration (as in `chain`).
// Complexity: per citizen, one check per pair of staff, each O(deg) by sorted-list intersection.
// Parallel over fixed blocks of citizens; deterministic.

#include <cstdint>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/org_graph.hpp"
#include "leadnet/model/partition.hpp"

namespace leadnet {

struct CitizenCoherenceOptions {
  /// Empty: sparring, advice, communication, collaboration (those present).
  std::vector<LayerId> dialogue_layers;
  std::uint32_t max_hops = 2;  // 1 or 2
};

struct CitizenCase {
  NodeId citizen = kNoNode;
  std::vector<NodeId> staff;    // serving people with a silo, ascending id
  std::vector<GroupId> silos;   // their silos, ascending, distinct
  bool coherent = false;
  /// Staff pairs further apart than max_hops (empty when coherent).
  std::vector<std::pair<NodeId, NodeId>> apart;
};

struct SiloPairCoherence {
  GroupId a = 0;  // a < b
  GroupId b = 0;
  std::uint64_t citizens = 0;
  std::uint64_t coherent = 0;
  double share = 0.0;
};

struct CitizenCoherence {
  std::uint64_t citizens = 0;         // people with role citizen
  std::uint64_t served = 0;           // citizens served by at least one person with a silo
  std::uint64_t multi_silo = 0;       // served by staff of >= 2 silos
  std::uint64_t coherent = 0;
  double share = 0.0;                 // coherent / multi_silo, NaN when none
  std::vector<CitizenCase> cases;     // the multi-silo citizens, in node order
  std::vector<SiloPairCoherence> pairs;  // sorted by (a, b)
  std::vector<LayerId> dialogue_layers;
};

/// Default dialogue layers of a graph: sparring, advice, communication, collaboration (non-empty).
std::vector<LayerId> default_dialogue_layers(const OrgGraph& graph);

CitizenCoherence citizen_coherence(const OrgGraph& graph, const Partition& silos,
                                   const CitizenCoherenceOptions& options, RunContext& ctx);

}  // namespace leadnet
