#pragma once
// The formal organisation: the reports_to layer read as a forest (DESIGN.md, "Chain of
// leadership"). Cycles, people with two managers and managers who are not leaders are data
// problems, reported with the ids involved; the analysis never hangs on them.

#include <cstdint>
#include <string>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

enum class FormalProblemKind { cycle, two_managers, manager_not_leader };

struct FormalProblem {
  FormalProblemKind kind;
  std::vector<NodeId> nodes;  // cycle: its members in order; two_managers: person then managers;
                              // manager_not_leader: the manager then one subordinate
  std::string message;        // a sentence naming the external ids
};

struct FormalTree {
  /// The manager of each person (the first, by node order, if several); kNoNode for roots and
  /// people outside the formal layer.
  std::vector<NodeId> manager;
  /// Direct reports per person (span of control).
  std::vector<std::uint32_t> span;
  /// Depth from the root along the formal line (root 0); -1 for people outside the formal
  /// layer and for people on or under a cycle.
  std::vector<std::int32_t> depth;
  /// People with direct reports and no manager.
  std::vector<NodeId> roots;
  std::uint64_t ties = 0;
  /// Levels in the deepest chain; a root alone counts 1; 0 when there are no formal ties.
  std::uint32_t layers = 0;
  std::uint32_t max_span = 0;
  NodeId max_span_leader = kNoNode;
  std::vector<FormalProblem> problems;

  bool in_formal_layer(NodeId v) const { return manager[v] != kNoNode || span[v] > 0; }
};

FormalTree analyze_formal_tree(const OrgGraph& graph);

std::string_view formal_problem_name(FormalProblemKind kind);

}  // namespace leadnet
