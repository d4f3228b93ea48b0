#pragma once
// The people map: everyone in the selected layers, placed by the force-directed layout
// (force_layout.hpp), coloured by role, unit or community, sized by a score, with ties coloured
// by layer and marked ties/people (chain gaps, brokers) drawn on top.
//
// Complexity: the layout's (O(iterations · (n log n + m))); the rest is O(n + m).
// Determinism: the layout is seeded from RunContext::seed; everything else is a pure function
// of the graph and the options.

#include <string>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/org_graph.hpp"
#include "leadnet/viz/force_layout.hpp"
#include "leadnet/viz/map_options.hpp"
#include "leadnet/viz/scene.hpp"

namespace leadnet::viz {

struct PeopleMapOptions {
  /// Layers drawn and laid out; empty: all layers with ties.
  std::vector<LayerId> layers;
  /// The people to draw (with the ties among them); empty: everyone.
  std::vector<NodeId> people;
  /// What `people` are, for the subtitle ("Børn og Unge").
  std::string who;
  NodeStyleOptions style;
  ForceLayoutOptions layout;
};

Scene people_map(const OrgGraph& graph, const PeopleMapOptions& options, RunContext& ctx);

}  // namespace leadnet::viz
