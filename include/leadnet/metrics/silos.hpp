#pragma once
// The silo report: every measure of DESIGN.md's "Cross-silo connectivity" on one dataset, as
// `leadnet silos` (and `leadnet analyze`) show it. This file only chooses the views and runs the
// analyses; each measure is defined in its own header.
//
// Silos: units at `unit_depth` (model/partition.hpp has the rule for people above that level
// and for people without a unit).
// Layers: by default every layer except the formal lines (`reports_to`, `dotted_line`: the
// organisation chart the silos come from) and `service` (ties to citizens, who have no silo;
// they are read by citizen coherence). So dialogue, network, HR support, political and custom
// layers all count as "talking". `layers` overrides.
// Views: the undirected simple view of those layers (each pair of people once), directed with
// `directed`, weights summed with `weighted` (used by modularity, constraint, effective size,
// communities and algebraic connectivity; E-I, mixing counts, brokerage and bridge risk count
// ties). Brokerage always reads the directed view (direction is what tells a gatekeeper from a
// representative); algebraic connectivity and communities always read the view undirected.
// Citizen coherence reads `service` and the dialogue layers (sparring, advice, communication,
// collaboration) whatever `layers` says.

#include <cstdint>
#include <string>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/algebraic_connectivity.hpp"
#include "leadnet/metrics/bridge_risk.hpp"
#include "leadnet/metrics/brokerage.hpp"
#include "leadnet/metrics/citizen_coherence.hpp"
#include "leadnet/metrics/communities.hpp"
#include "leadnet/metrics/ei_index.hpp"
#include "leadnet/metrics/mixing.hpp"
#include "leadnet/metrics/modularity.hpp"
#include "leadnet/metrics/partition_compare.hpp"
#include "leadnet/metrics/structural_holes.hpp"
#include "leadnet/model/org_graph.hpp"
#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct SilosOptions {
  std::uint32_t unit_depth = 1;
  /// Empty: default_silo_layers().
  std::vector<LayerId> layers;
  bool directed = false;
  bool weighted = false;
  /// Label shuffles for the E-I permutation test.
  std::uint32_t permutations = 1000;
  /// Empty: sparring, advice, communication, collaboration.
  std::vector<LayerId> dialogue_layers;
  /// Communities compared with the silos (NMI, ARI).
  CommunityOptions communities;
  /// Size limit of the algebraic connectivity (metrics/algebraic_connectivity.hpp).
  AlgebraicConnectivityOptions connectivity;
};

struct SilosReport {
  SilosOptions options;        // with the layers resolved
  std::string layer_names;     // "advice,collaboration,..."
  Partition silos;
  NodeId people_without_silo = 0;
  NodeId people_above_level = 0;  // in silos above the silo level (see partition.hpp)
  std::uint64_t ties = 0;         // ties (edges, or arcs when directed) of the view
  EiResult ei;
  MixingMatrix mixing;
  ModularityResult modularity;
  /// Per node: number of other silos among their contacts (boundary spanning).
  std::vector<std::uint32_t> silos_reached;
  BrokerageResult brokerage;
  StructuralHoles holes;
  BridgeRisk bridges;
  AlgebraicConnectivity connectivity;
  CitizenCoherence coherence;
  Communities communities;
  PartitionComparison communities_vs_silos;
  bool has_communities = false;
};

/// Every layer except reports_to, dotted_line and service; only layers that hold ties.
std::vector<LayerId> default_silo_layers(const OrgGraph& graph);

SilosReport silos_report(const OrgGraph& graph, const SilosOptions& options, RunContext& ctx);

}  // namespace leadnet
