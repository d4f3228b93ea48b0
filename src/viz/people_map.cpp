#include "leadnet/viz/people_map.hpp"

#include <algorithm>
#include <cmath>

#include "leadnet/model/view.hpp"
#include "viz/map_detail.hpp"

namespace leadnet::viz {

Scene people_map(const OrgGraph& g, const PeopleMapOptions& opt, RunContext& ctx) {
  std::vector<LayerId> layers = opt.layers;
  if (layers.empty())
    for (LayerId l = 0; l < g.num_layers(); ++l)
      if (!g.layer(l).empty()) layers.push_back(l);

  // Who is drawn: everyone, or the given people.
  std::vector<NodeId> people = opt.people;
  if (people.empty()) {
    people.resize(g.num_nodes());
    for (NodeId v = 0; v < g.num_nodes(); ++v) people[v] = v;
  }
  const auto n = static_cast<NodeId>(people.size());
  std::vector<std::uint32_t> index_of(g.num_nodes(), kNone);
  for (NodeId i = 0; i < n; ++i) index_of[people[i]] = i;

  // The ties among them, per layer (directed layers: arcs; undirected: each pair once).
  struct LayerTies {
    LayerId layer;
    std::vector<std::pair<NodeId, NodeId>> pairs;  // scene indices
    std::vector<double> weights;
  };
  std::vector<LayerTies> ties_by_layer;
  std::vector<Arc> arcs;
  for (LayerId l : layers) {
    const Layer& layer = g.layer(l);
    LayerTies lt{l, {}, {}};
    for (NodeId i = 0; i < n; ++i) {
      const NodeId u = people[i];
      const auto nb = layer.out().neighbors(u);
      const auto w = layer.out().row_weights(u);
      for (std::size_t k = 0; k < nb.size(); ++k) {
        const std::uint32_t j = index_of[nb[k]];
        if (j == kNone || (!layer.directed() && nb[k] < u)) continue;
        lt.pairs.emplace_back(i, j);
        lt.weights.push_back(w.empty() ? 1.0 : w[k]);
        arcs.push_back({std::min<NodeId>(i, j), std::max<NodeId>(i, j), 1.0});
      }
    }
    ties_by_layer.push_back(std::move(lt));
  }
  // The layout reads the undirected, unweighted union of the layers.
  const View view = View::from_arcs(n, std::move(arcs), false, false);
  const Layout layout = force_layout(view, opt.layout, ctx);

  Scene scene;
  scene.kind = SceneKind::people;
  scene.title = organisation_name(g);
  scene.nodes.resize(n);
  for (NodeId i = 0; i < n; ++i) {
    scene.nodes[i].x = layout.positions[i].x;
    scene.nodes[i].y = layout.positions[i].y;
  }
  const double spacing = detail::typical_spacing(scene.nodes);
  detail::style_people(scene, g, people, opt.style, 0.22 * spacing);
  // Force layouts pack a leader's staff tightly; spread them until no two people overlap.
  std::vector<Point> pos(n);
  std::vector<double> radii(n);
  for (NodeId i = 0; i < n; ++i) {
    pos[i] = {scene.nodes[i].x, scene.nodes[i].y};
    radii[i] = scene.nodes[i].radius;
  }
  remove_overlaps(pos, radii, 0.35 * 0.22 * spacing, 200);
  for (NodeId i = 0; i < n; ++i) {
    scene.nodes[i].x = pos[i].x;
    scene.nodes[i].y = pos[i].y;
  }

  std::uint64_t ties = 0;
  std::uint32_t formal_layer = kNone;
  for (const auto& lt : ties_by_layer) {
    const Layer& layer = g.layer(lt.layer);
    SceneLayer sl;
    sl.name = layer.name();
    sl.description = lt.layer < kBuiltinEdgeTypeCount ? std::string(builtin_edge_types()[lt.layer].meaning)
                                                      : layer.info().description;
    sl.color = layer_color(lt.layer);
    sl.directed = layer.directed();
    const auto li = static_cast<std::uint32_t>(scene.layers.size());
    if (lt.layer == static_cast<LayerId>(EdgeType::reports_to)) formal_layer = li;
    for (std::size_t k = 0; k < lt.pairs.size(); ++k) {
      SceneEdge e;
      e.source = lt.pairs[k].first;
      e.target = lt.pairs[k].second;
      e.layer = li;
      e.weight = lt.weights[k];
      e.width = std::clamp(0.7 * (1.0 + std::log10(e.weight)), 0.6, 3.0);
      scene.edges.push_back(e);
      ++sl.edges;
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

  scene.subtitle = (opt.people.empty() ? "Everyone and their ties: " : opt.who + ": ") + detail::group_digits(n) +
                   " people, " + detail::group_digits(ties) + " ties in " + std::to_string(layers.size()) +
                   (layers.size() == 1 ? " layer" : " layers") + detail::date_suffix(g);
  if (!opt.style.size_by.name.empty()) scene.size_legend = "Size: " + opt.style.size_by.name;
  scene.notes.push_back("Layout: ForceAtlas2 (seed " + std::to_string(ctx.seed) +
                        "); people who work together are drawn close together.");
  return scene;
}

}  // namespace leadnet::viz
