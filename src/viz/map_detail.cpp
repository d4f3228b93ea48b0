#include "viz/map_detail.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace leadnet::viz::detail {

std::string format_number(double x) {
  if (std::isnan(x)) return "–";
  char buf[64];
  if (std::isfinite(x) && x == std::round(x) && std::fabs(x) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", x);
  } else {
    std::snprintf(buf, sizeof buf, "%.3g", x);
  }
  return buf;
}

std::string date_suffix(const OrgGraph& graph) {
  return graph.meta().date.empty() ? std::string() : " · data of " + graph.meta().date;
}

namespace {

// The colour group of each person, with the legend's items.
void color_people(Scene& scene, const OrgGraph& g, const std::vector<NodeId>& people, const NodeStyleOptions& style) {
  auto& legend = scene.color_legend;
  legend = {};
  legend.type = ColorLegend::Type::categories;
  std::vector<std::uint32_t> group(people.size(), kNone);
  switch (style.color_by) {
    case ColorBy::role: {
      legend.title = "Role";
      std::uint32_t item_of[kRoleCount];
      std::fill(std::begin(item_of), std::end(item_of), kNone);
      std::vector<std::uint64_t> count(kRoleCount, 0);
      for (NodeId v : people) ++count[static_cast<std::size_t>(g.role(v))];
      for (Role r : kAllRoles) {
        const auto ri = static_cast<std::size_t>(r);
        if (count[ri] == 0) continue;
        item_of[ri] = static_cast<std::uint32_t>(legend.items.size());
        legend.items.push_back({std::string(role_name(r)), role_color(r), count[ri]});
      }
      for (std::size_t i = 0; i < people.size(); ++i) group[i] = item_of[static_cast<std::size_t>(g.role(people[i]))];
      break;
    }
    case ColorBy::unit: {
      legend.title = style.unit_depth == 1 ? "Unit" : "Unit (level " + std::to_string(style.unit_depth) + ")";
      // Silo of each person: the unit at the chosen depth above theirs, or their own when shallower.
      std::map<UnitId, std::uint64_t> count;
      std::vector<UnitId> silo(people.size(), kNoUnit);
      for (std::size_t i = 0; i < people.size(); ++i) {
        const UnitId u = g.unit(people[i]);
        if (u == kNoUnit) continue;
        silo[i] = g.units().ancestor_at_depth(u, style.unit_depth);
        ++count[silo[i]];
      }
      std::unordered_map<UnitId, std::uint32_t> item_of;
      for (const auto& [u, c] : count) {  // unit order: parents first, as in the tree
        item_of[u] = static_cast<std::uint32_t>(legend.items.size());
        legend.items.push_back({g.units()[u].name, category_color(legend.items.size()), c});
      }
      std::uint64_t none = 0;
      for (std::size_t i = 0; i < people.size(); ++i) {
        if (silo[i] != kNoUnit)
          group[i] = item_of[silo[i]];
        else
          ++none;
      }
      if (none > 0) {
        const auto item = static_cast<std::uint32_t>(legend.items.size());
        legend.items.push_back({"no unit", kMissingColor, none});
        for (std::size_t i = 0; i < people.size(); ++i)
          if (silo[i] == kNoUnit) group[i] = item;
      }
      break;
    }
    case ColorBy::community: {
      legend.title = "Community";
      // Communities in order of size (largest first), then by label, so colours are stable.
      std::map<std::uint32_t, std::uint64_t> count;
      for (NodeId v : people)
        if (v < style.communities.size()) ++count[style.communities[v]];
      std::vector<std::pair<std::uint32_t, std::uint64_t>> order(count.begin(), count.end());
      std::stable_sort(order.begin(), order.end(), [](auto& a, auto& b) { return a.second > b.second; });
      std::unordered_map<std::uint32_t, std::uint32_t> item_of;
      std::uint64_t none = 0;
      for (const auto& [label, c] : order) {
        if (label == kNone) {
          none += c;
          continue;
        }
        item_of[label] = static_cast<std::uint32_t>(legend.items.size());
        legend.items.push_back(
            {"Community " + std::to_string(legend.items.size() + 1), category_color(legend.items.size()), c});
      }
      for (std::size_t i = 0; i < people.size(); ++i) {
        const NodeId v = people[i];
        if (v < style.communities.size() && style.communities[v] != kNone)
          group[i] = item_of[style.communities[v]];
        else
          ++none;
      }
      if (none > 0) {
        const auto item = static_cast<std::uint32_t>(legend.items.size());
        legend.items.push_back({"no community", kMissingColor, none});
        for (std::size_t i = 0; i < people.size(); ++i)
          if (group[i] == kNone) group[i] = item;
      }
      break;
    }
  }
  for (std::size_t i = 0; i < people.size(); ++i) {
    scene.nodes[i].color_item = group[i];
    scene.nodes[i].color = group[i] == kNone ? kMissingColor : legend.items[group[i]].color;
  }
}

double role_size_factor(Role r) {
  switch (r) {
    case Role::leader:
    case Role::politician:
      return 1.35;
    case Role::hr:
    case Role::council:
      return 1.1;
    case Role::staff:
      return 0.8;
    case Role::citizen:
    case Role::external:
      return 0.7;
  }
  return 1.0;
}

}  // namespace

void style_people(Scene& scene, const OrgGraph& g, const std::vector<NodeId>& people, const NodeStyleOptions& style,
                  double base_radius) {
  // Facets: role (flat) and the unit tree.
  scene.facets.clear();
  Facet roles{"Role", {}, {}};
  for (Role r : kAllRoles) roles.values.emplace_back(role_name(r));
  Facet units{"Unit", {}, {}};
  for (const auto& u : g.units().units()) {
    units.values.push_back(u.name);
    units.parents.push_back(u.parent == kNoUnit ? kNone : u.parent);
  }
  scene.facets.push_back(std::move(roles));
  if (!g.units().empty()) scene.facets.push_back(std::move(units));

  // Hover details: role, unit, level, attributes, scores.
  scene.detail_fields = {"Role", "Unit", "Level"};
  for (const auto& a : g.attributes()) scene.detail_fields.push_back(a.name());
  for (const auto& s : style.scores) scene.detail_fields.push_back(s.name);
  const bool size_listed = std::any_of(style.scores.begin(), style.scores.end(),
                                       [&](const ScoreColumn& s) { return s.name == style.size_by.name; });
  if (!style.size_by.name.empty() && !size_listed) scene.detail_fields.push_back(style.size_by.name);

  double max_size = 0.0;
  for (NodeId v : people)
    if (v < style.size_by.values.size() && std::isfinite(style.size_by.values[v]))
      max_size = std::max(max_size, style.size_by.values[v]);

  for (std::size_t i = 0; i < people.size(); ++i) {
    const NodeId v = people[i];
    SceneNode& node = scene.nodes[i];
    node.id = std::string(g.id(v));
    node.label = std::string(g.label(v));
    node.facets = {static_cast<std::uint32_t>(g.role(v))};
    if (!g.units().empty()) node.facets.push_back(g.unit(v) == kNoUnit ? kNone : g.unit(v));
    node.details.clear();
    node.details.emplace_back(role_name(g.role(v)));
    node.details.push_back(g.unit(v) == kNoUnit ? std::string() : g.units().path_name(g.unit(v)));
    node.details.push_back(g.level(v) < 0 ? std::string() : std::to_string(g.level(v)));
    for (const auto& a : g.attributes()) node.details.push_back(a.has(v) ? a.format(v) : std::string());
    for (const auto& s : style.scores) node.details.push_back(v < s.values.size() ? format_number(s.values[v]) : "");
    if (!style.size_by.name.empty() && !size_listed)
      node.details.push_back(v < style.size_by.values.size() ? format_number(style.size_by.values[v]) : "");

    double factor = role_size_factor(g.role(v));
    if (!style.size_by.name.empty()) {
      double t = v < style.size_by.values.size() ? style.size_by.values[v] : 0.0;
      t = (std::isfinite(t) && max_size > 0.0) ? std::clamp(t / max_size, 0.0, 1.0) : 0.0;
      factor = 0.55 + 1.9 * std::sqrt(t);  // area grows with the score
    }
    node.radius = base_radius * factor;
    node.label_priority = factor + (g.role(v) == Role::leader || g.role(v) == Role::politician ? 0.5 : 0.0);
  }
  color_people(scene, g, people, style);

  // Marks: highlight indices follow the order of style.markings.
  scene.highlights.clear();
  std::unordered_map<NodeId, std::uint32_t> index_of;
  for (std::size_t i = 0; i < people.size(); ++i) index_of[people[i]] = static_cast<std::uint32_t>(i);
  for (const auto& m : style.markings) {
    const auto h = static_cast<std::uint32_t>(scene.highlights.size());
    std::uint64_t count = 0;  // marked people drawn; mark_ties() adds the marked ties drawn
    for (NodeId v : m.nodes) {
      auto it = index_of.find(v);
      if (it == index_of.end()) continue;
      scene.nodes[it->second].highlight = h;
      scene.nodes[it->second].label_priority += 2.0;
      ++count;
    }
    scene.highlights.push_back({m.label, m.description, m.color, count});
  }
}

void mark_ties(Scene& scene, const NodeStyleOptions& style, const std::vector<std::uint32_t>& index_of,
               std::uint32_t layer, EdgeShape shape) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> edge_at;
  for (std::size_t e = 0; e < scene.edges.size(); ++e)
    if (scene.edges[e].layer == layer) edge_at[{scene.edges[e].source, scene.edges[e].target}] = e;
  for (std::size_t h = 0; h < style.markings.size(); ++h) {
    for (const auto& [a, b] : style.markings[h].ties) {
      if (a >= index_of.size() || b >= index_of.size()) continue;
      const std::uint32_t s = index_of[a], t = index_of[b];
      if (s == kNone || t == kNone) continue;
      auto it = edge_at.find({s, t});
      if (it == edge_at.end()) {
        SceneEdge e;
        e.source = s;
        e.target = t;
        e.layer = layer;
        e.shape = shape;
        e.width = 1.6;
        it = edge_at.emplace(std::make_pair(s, t), scene.edges.size()).first;
        scene.edges.push_back(e);
        if (layer < scene.layers.size()) ++scene.layers[layer].edges;
      }
      if (scene.edges[it->second].highlight != h) ++scene.highlights[h].count;
      scene.edges[it->second].highlight = static_cast<std::uint32_t>(h);
      scene.edges[it->second].width = std::max(scene.edges[it->second].width, 1.8);
    }
  }
}

double typical_spacing(const std::vector<SceneNode>& nodes) {
  if (nodes.size() < 2) return 1.0;
  std::vector<double> xs, ys;
  xs.reserve(nodes.size());
  ys.reserve(nodes.size());
  for (const auto& n : nodes) {
    xs.push_back(n.x);
    ys.push_back(n.y);
  }
  std::sort(xs.begin(), xs.end());
  std::sort(ys.begin(), ys.end());
  const std::size_t lo = xs.size() / 20, hi = xs.size() - 1 - xs.size() / 20;
  const double w = std::max(xs[hi] - xs[lo], 1e-9), h = std::max(ys[hi] - ys[lo], 1e-9);
  return std::sqrt(w * h / (0.9 * static_cast<double>(nodes.size())));
}

}  // namespace leadnet::viz::detail
