#include "leadnet/viz/people_map.hpp"

#include <algorithm>
#include <cmath>

#include "leadnet/model/view.hpp"
#include "viz/map_detail.hpp"

namespace leadnet::viz {

std::string_view scene_kind_name(SceneKind kind) {
  switch (kind) {
    case SceneKind::people: return "people";
    case SceneKind::chain: return "chain";
    case SceneKind::units: return "units";
  }
  return "people";
}

std::pair<std::string, std::string> split_label(std::string_view label) {
  // Character (code point) positions of the spaces, and the length in characters.
  std::size_t chars = 0, best = std::string_view::npos;
  std::vector<std::pair<std::size_t, std::size_t>> spaces;  // (byte, char)
  for (std::size_t i = 0; i < label.size(); ++i) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0) == 0x80) continue;
    if (label[i] == ' ') spaces.emplace_back(i, chars);
    ++chars;
  }
  double best_distance = 1e300;
  for (const auto& [byte, ch] : spaces) {
    const double d = std::fabs(static_cast<double>(ch) - 0.5 * static_cast<double>(chars));
    if (d < best_distance) {
      best_distance = d;
      best = byte;
    }
  }
  if (best == std::string_view::npos) return {std::string(label), {}};
  return {std::string(label.substr(0, best)), std::string(label.substr(best + 1))};
}

namespace {

std::string group_digits(std::uint64_t x) {
  std::string s = std::to_string(x);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

}  // namespace

Scene people_map(const OrgGraph& g, const PeopleMapOptions& opt, RunContext& ctx) {
  std::vector<LayerId> layers = opt.layers;
  if (layers.empty())
    for (LayerId l = 0; l < g.num_layers(); ++l)
      if (!g.layer(l).empty()) layers.push_back(l);

  ViewOptions vo;
  vo.layers = layers;
  vo.directed = false;
  vo.weighted = false;
  const View view(g, vo);
  const Layout layout = force_layout(view, opt.layout, ctx);

  Scene scene;
  scene.kind = SceneKind::people;
  scene.title = detail::organisation_name(g);
  const NodeId n = g.num_nodes();
  scene.nodes.resize(n);
  std::vector<NodeId> people(n);
  std::vector<std::uint32_t> index_of(n);
  for (NodeId v = 0; v < n; ++v) {
    people[v] = v;
    index_of[v] = v;
    scene.nodes[v].x = layout.positions[v].x;
    scene.nodes[v].y = layout.positions[v].y;
  }
  const double spacing = detail::typical_spacing(scene.nodes);
  detail::style_people(scene, g, people, opt.style, 0.22 * spacing);
  // Force layouts pack a leader's staff tightly; spread them until no two people overlap.
  std::vector<Point> pos(n);
  std::vector<double> radii(n);
  for (NodeId v = 0; v < n; ++v) {
    pos[v] = {scene.nodes[v].x, scene.nodes[v].y};
    radii[v] = scene.nodes[v].radius;
  }
  remove_overlaps(pos, radii, 0.35 * 0.22 * spacing, 200);
  for (NodeId v = 0; v < n; ++v) {
    scene.nodes[v].x = pos[v].x;
    scene.nodes[v].y = pos[v].y;
  }

  std::uint64_t ties = 0;
  std::uint32_t formal_layer = kNone;
  for (LayerId l : layers) {
    const Layer& layer = g.layer(l);
    SceneLayer sl;
    sl.name = layer.name();
    sl.description = l < kBuiltinEdgeTypeCount ? std::string(builtin_edge_types()[l].meaning) : layer.info().description;
    sl.color = layer_color(l);
    sl.directed = layer.directed();
    const auto li = static_cast<std::uint32_t>(scene.layers.size());
    if (l == static_cast<LayerId>(EdgeType::reports_to)) formal_layer = li;
    const Csr& out = layer.out();
    for (NodeId u = 0; u < n; ++u) {
      const auto nb = out.neighbors(u);
      const auto w = out.row_weights(u);
      for (std::size_t k = 0; k < nb.size(); ++k) {
        if (!layer.directed() && nb[k] < u) continue;
        SceneEdge e;
        e.source = u;
        e.target = nb[k];
        e.layer = li;
        e.weight = w.empty() ? 1.0 : w[k];
        e.width = std::clamp(0.7 * (1.0 + std::log10(e.weight)), 0.6, 3.0);
        scene.edges.push_back(e);
        ++sl.edges;
      }
    }
    ties += sl.edges;
    scene.layers.push_back(std::move(sl));
  }
  // Marked ties (chain gaps) sit on the formal layer; add it when it was not selected.
  bool any_marked_ties = false;
  for (const auto& m : opt.style.markings) any_marked_ties = any_marked_ties || !m.ties.empty();
  if (any_marked_ties && formal_layer == kNone) {
    formal_layer = static_cast<std::uint32_t>(scene.layers.size());
    const auto l = static_cast<LayerId>(EdgeType::reports_to);
    scene.layers.push_back({std::string(edge_type_name(EdgeType::reports_to)),
                            std::string(builtin_edge_types()[l].meaning), layer_color(l), true, 0});
  }
  if (any_marked_ties) detail::mark_ties(scene, opt.style, index_of, formal_layer, EdgeShape::line);

  scene.subtitle = "Everyone and their ties: " + group_digits(n) + " people, " + group_digits(ties) + " ties in " +
                   std::to_string(layers.size()) + (layers.size() == 1 ? " layer" : " layers") +
                   detail::date_suffix(g);
  if (!opt.style.size_by.name.empty()) scene.size_legend = "Size: " + opt.style.size_by.name;
  scene.notes.push_back("Layout: ForceAtlas2 (seed " + std::to_string(ctx.seed) +
                        "); people who work together are drawn close together.");
  return scene;
}

}  // namespace leadnet::viz
