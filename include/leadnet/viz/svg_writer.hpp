#pragma once
// SVG writer: a Scene as one static, self-contained SVG picture (print, slides, reports).
//
// Title and subtitle on top, the drawing fitted into the left part, the legend (colours, marks,
// tie layers, size) on the right. Labels are placed greedily by priority without overlapping
// each other. Every text is XML-escaped; nothing is loaded from elsewhere.
//
// Complexity O(n log n + m). Deterministic: the same Scene gives the same bytes.

#include <ostream>

#include "leadnet/viz/scene.hpp"

namespace leadnet::viz {

struct SvgOptions {
  double width = 1600.0;
  /// Upper bound on labels placed (highest priority first); always-labelled nodes count too.
  std::size_t max_labels = 80;
  /// Per-node <title> tooltips up to this many nodes (browsers show them on hover).
  std::size_t tooltips_up_to = 3000;
};

void write_svg(const Scene& scene, const SvgOptions& options, std::ostream& out);

/// Escapes & < > " ' for XML text and attributes, dropping control characters XML forbids.
std::string xml_escape(std::string_view text);

}  // namespace leadnet::viz
