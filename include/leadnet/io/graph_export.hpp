#pragma once
// Options shared by the graph exports for other tools (GEXF, DOT, GraphML): computed scores,
// colours and sizes that travel with the graph.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace leadnet {

/// What the graph exports (GEXF, DOT; GraphML takes the scores) carry beyond the graph itself.
struct GraphExportOptions {
  /// Scores per node (by NodeId), written as double attributes; NaN values are left out.
  std::vector<std::pair<std::string, std::vector<double>>> scores;
  /// Node colours "#rrggbb" by NodeId; empty: by role (the maps' role colours).
  std::vector<std::string> node_colors;
  /// Node sizes by NodeId; empty: by role (leaders and politicians larger).
  std::vector<double> node_sizes;
  /// Unit depth of the `silo` attribute (1: the top-level units).
  std::uint32_t silo_depth = 1;
};

}  // namespace leadnet
