#pragma once
// Scene: what a map shows, independent of how it is written. The map builders (people_map.hpp,
// chain_map.hpp, units_map.hpp) turn an OrgGraph, a layout and scores into a Scene; the writers
// (svg_writer.hpp, html_writer.hpp) draw any Scene. Nothing here knows SVG, HTML or the graph.
//
// Coordinates are layout units (any scale, y down); writers fit the scene into their canvas.
// Node radii are in the same units. Texts are UTF-8 and arbitrary (they may contain markup);
// the writers escape them.

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "leadnet/viz/color.hpp"

namespace leadnet::viz {

inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

enum class SceneKind : std::uint8_t { people, chain, units };
std::string_view scene_kind_name(SceneKind kind);

/// How an edge is drawn: a straight line, an org-chart connector (down, across, down), or a
/// gentle arc (dialogue ties over an org chart, so they do not hide the formal lines).
enum class EdgeShape : std::uint8_t { line, elbow, arc };

struct LegendItem {
  std::string label;
  Rgb color;
  std::uint64_t count = 0;  // nodes with this colour
};

/// The colour key: categories (role, unit, community) or a ramp (a score, E-I, density).
struct ColorLegend {
  enum class Type : std::uint8_t { categories, sequential, diverging } type = Type::categories;
  std::string title;
  std::vector<LegendItem> items;  // categories
  double min = 0.0, max = 1.0;    // ramps: the values at either end
  std::string low_label, high_label;
};

/// An edge layer (tie type, or "ties" between units): filterable, with its own colour.
struct SceneLayer {
  std::string name;
  std::string description;
  Rgb color;
  bool directed = false;
  std::uint64_t edges = 0;
};

/// Something marked on purpose: chain gaps, brokers. Nodes and edges refer to it by index.
struct Highlight {
  std::string label;        // "Chain gap"
  std::string description;  // "formal line without dialogue in either direction"
  Rgb color;
  std::uint64_t count = 0;
};

/// A filter dimension: role, unit. Values may form a tree (units): `parents[i]` is the index of
/// value i's parent or kNone; filtering by a value then keeps its descendants too.
struct Facet {
  std::string name;
  std::vector<std::string> values;
  std::vector<std::uint32_t> parents;  // empty: a flat list
};

struct SceneNode {
  std::string id;
  std::string label;
  double x = 0.0, y = 0.0;
  double radius = 1.0;
  Rgb color;
  std::uint32_t color_item = kNone;  // index into ColorLegend::items, for legend filtering
  /// Per Scene::facets: the value index (kNone when missing).
  std::vector<std::uint32_t> facets;
  /// Per Scene::detail_fields: the text shown on hover ("" when not applicable).
  std::vector<std::string> details;
  std::uint32_t highlight = kNone;  // index into Scene::highlights
  /// Larger labels are placed first and shown at lower zoom.
  double label_priority = 0.0;
  /// Label drawn inside or beneath the shape by default (bubbles of the units view, leaders).
  bool always_label = false;
};

struct SceneEdge {
  std::uint32_t source = 0, target = 0;  // node indices
  std::uint32_t layer = 0;               // index into Scene::layers
  double weight = 1.0;
  double width = 1.0;  // stroke width in screen pixels at zoom 1
  EdgeShape shape = EdgeShape::line;
  std::uint32_t highlight = kNone;  // index into Scene::highlights
  std::string label;                // shown on hover (units view: "14 ties")
  /// Elbow edges: the y (layout units) of the horizontal run; NaN: halfway between the ends.
  double bend = std::numeric_limits<double>::quiet_NaN();
};

/// A horizontal reference line with a label at the left edge (formal levels of an org chart).
struct Guide {
  double y = 0.0;
  std::string label;
};

struct Scene {
  SceneKind kind = SceneKind::people;
  std::string title;                     // the organisation's name
  std::string subtitle;                  // what the map shows
  std::string node_noun = "people";      // plural
  std::string node_noun_one = "person";  // singular
  std::vector<SceneNode> nodes;
  std::vector<SceneEdge> edges;
  std::vector<SceneLayer> layers;
  std::vector<Highlight> highlights;
  std::vector<Facet> facets;
  std::vector<std::string> detail_fields;
  std::vector<Guide> guides;
  ColorLegend color_legend;
  std::string size_legend;  // "Size: betweenness" (empty: uniform)
  /// Labels go under their node first, in two lines when they hold a space (org charts);
  /// otherwise beside it first, in one line.
  bool labels_below = false;
  std::vector<std::string> notes;
};

/// A label broken into two lines at the space nearest its middle (by characters); the second
/// part is empty when there is no space. Writers use it for labels under a node.
std::pair<std::string, std::string> split_label(std::string_view label);

}  // namespace leadnet::viz
