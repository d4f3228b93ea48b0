#pragma once
// What the map builders share: how nodes are coloured and sized, scores shown on hover, and marks
// (chain gaps, brokers) computed by the metrics and handed in by the caller. The viz library
// computes no metric itself; the command line (cmd_viz.cpp) calls the metrics and passes their
// results here.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/viz/color.hpp"

namespace leadnet {
class OrgGraph;
}

namespace leadnet::viz {

/// The title of a map: the dataset's name, else its root unit's, else "Organisation".
std::string organisation_name(const OrgGraph& graph);

enum class ColorBy : std::uint8_t { role, unit, community };

/// One score per node (by NodeId), e.g. a centrality. NaN for "no value".
struct ScoreColumn {
  std::string name;
  std::vector<double> values;
};

/// A labelled set of people and/or ties to mark on the map.
struct Marking {
  std::string label;        // "Chain gap", "Broker"
  std::string description;  // one sentence for the legend
  Rgb color;
  std::vector<NodeId> nodes;
  /// Ties (a, b): a formal tie is (subordinate, manager).
  std::vector<std::pair<NodeId, NodeId>> ties;
};

struct NodeStyleOptions {
  ColorBy color_by = ColorBy::role;
  /// Silo depth for ColorBy::unit (1: the top-level units).
  std::uint32_t unit_depth = 1;
  /// ColorBy::community: a label per node (kNoGroup-like values >= num labels mean none).
  std::vector<std::uint32_t> communities;
  /// Node area proportional to this score (empty name: sizes by role).
  ScoreColumn size_by;
  /// Further scores listed on hover.
  std::vector<ScoreColumn> scores;
  std::vector<Marking> markings;
};

}  // namespace leadnet::viz
