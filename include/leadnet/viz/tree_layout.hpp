#pragma once
// Tidy tree layout for org charts, top-down: every manager centred over their reports, subtrees
// packed side by side as closely as their outlines allow (Reingold & Tilford 1981, "Tidier
// drawings of trees", IEEE TSE 7(2); generalised to any number of children by merging contours
// left to right, as in Walker 1990), with one change for organisations: a manager's reports who
// have no reports themselves are drawn as a compact block of rows under them instead of one
// long row (a leader with 100 staff would otherwise make the chart 100 people wide).
//
// Input: the parent of every node (kNoNode for roots and for nodes not in the forest) and which
// nodes are in the forest. Roots are placed side by side in node order; children in node order,
// managers before staff. Output y grows downwards: a node at depth d sits at d · level_gap; the
// rows of a staff block follow at row_gap under the level below their manager.
//
// Complexity O(n · h) for forest height h (contours are merged level by level). Deterministic.

#include <cstdint>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/viz/force_layout.hpp"

namespace leadnet::viz {

struct TreeLayoutOptions {
  double level_gap = 5.0;    // vertical distance between formal levels
  double row_gap = 1.0;      // vertical distance between rows of a staff block
  double node_gap = 1.0;     // horizontal distance between neighbours in a row or block
  double subtree_gap = 1.6;  // horizontal distance between neighbouring subtrees
  /// Reports without reports are drawn as a block when there are more than this many.
  std::uint32_t block_above = 4;
  /// Per node: half the width it needs in its row (e.g. for a label under it); empty or 0:
  /// node_gap / 2. Staff in blocks always take node_gap.
  std::vector<double> half_width;
};

struct TreeLayout {
  std::vector<Point> positions;  // by node; (0, 0) for nodes not in the forest
  std::vector<std::uint8_t> placed;
  double width = 0.0;
  double height = 0.0;
  /// For each placed node below a root: the y at which the connector from its manager runs
  /// across (half a level under the manager, or just above the first row of a staff block);
  /// NaN for roots and nodes not in the forest.
  std::vector<double> bend_y;
};

TreeLayout tidy_tree_layout(const std::vector<NodeId>& parent, const std::vector<std::uint8_t>& in_forest,
                            const TreeLayoutOptions& options);

}  // namespace leadnet::viz
