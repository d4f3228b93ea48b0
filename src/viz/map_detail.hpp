#pragma once
// Pieces shared by the people and chain maps: facets, hover details, colours, sizes and marks
// for scene nodes that are people.

#include <string>
#include <vector>

#include "core/format_detail.hpp"
#include "leadnet/model/org_graph.hpp"
#include "leadnet/viz/map_options.hpp"
#include "leadnet/viz/scene.hpp"

namespace leadnet::viz::detail {

/// 12,345: an integer with thousands separated by commas.
using leadnet::detail::group_digits;

/// A number for people to read: integers without decimals, else 3 significant digits.
std::string format_number(double x);

/// " · data of DATE" when the dataset has a date, else "".
std::string date_suffix(const OrgGraph& graph);

/// Fills the person nodes of `scene` (scene.nodes[i] is person people[i]): ids, labels, facets
/// (role, unit tree), hover details (role, unit, level, attributes, scores), colours and the
/// colour legend, relative sizes (radius = base · factor) and marks. Positions are left alone.
void style_people(Scene& scene, const OrgGraph& graph, const std::vector<NodeId>& people, const NodeStyleOptions& style,
                  double base_radius);

/// Adds the markings' tie highlights: for every marked tie (a, b) between two drawn people the
/// edge between them in `layer` gets the highlight, or a new edge is added; the highlight's
/// count grows by the ties marked. `index_of[v]` is v's scene node or kNone.
void mark_ties(Scene& scene, const NodeStyleOptions& style, const std::vector<std::uint32_t>& index_of,
               std::uint32_t layer, EdgeShape shape);

/// Typical spacing of points: the square root of (bounding area of the middle 90 % / n).
double typical_spacing(const std::vector<SceneNode>& nodes);

}  // namespace leadnet::viz::detail
