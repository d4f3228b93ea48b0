#pragma once
// Partition: people split into disjoint groups (silos, communities), the input of every group
// measure (E-I, mixing, modularity, brokerage, bridge risk, NMI/ARI).
//
// A person may belong to no group (kNoGroup). Group measures then leave that person out, as if
// the analysis ran on the subgraph induced by the people who have a group; each measure's header
// says so.
//
// Silos (DESIGN.md, "Cross-silo connectivity"): the silo of a person is the unit at depth D
// (`--unit-depth`, default 1) above their unit. Two cases need a rule:
//   * A person whose unit is shallower than D (the municipal director in the root unit, the
//     directors of the administrations at --unit-depth 2) has their own unit as their silo: a
//     silo "above the silo level", flagged `above_level`. They stay in the analysis because the
//     people who sit above the silos are often the ones who connect them.
//   * A person with no unit (citizens, external partners) has no silo (kNoGroup).
// Units at depth D (and shallower units that hold people) without members are not silos.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

using GroupId = std::uint32_t;
inline constexpr GroupId kNoGroup = std::numeric_limits<GroupId>::max();

struct Partition {
  /// Per node: its group 0..num_groups()-1, or kNoGroup.
  std::vector<GroupId> group;
  /// Per group: display name and a stable id ("bu-sko" for a silo, "3" for a community).
  std::vector<std::string> names;
  std::vector<std::string> ids;
  /// Per group: members.
  std::vector<NodeId> sizes;
  /// Per group, for silos: the unit, and whether it lies above the silo level (see above).
  std::vector<UnitId> units;
  std::vector<bool> above_level;

  GroupId num_groups() const { return static_cast<GroupId>(sizes.size()); }
  NodeId num_nodes() const { return static_cast<NodeId>(group.size()); }
  /// People with a group.
  NodeId members() const;
};

/// The silos at `depth` (>= 1). Groups are numbered in unit order (the unit tree's breadth-first
/// order, parents first). Throws UsageError when `depth` is 0 or deeper than the unit tree.
Partition silos_at_depth(const OrgGraph& graph, std::uint32_t depth);

/// A partition from arbitrary labels (kNoGroup allowed): groups renumbered 0.. in order of first
/// appearance, named by their number.
Partition partition_from_labels(const std::vector<GroupId>& labels);

}  // namespace leadnet
