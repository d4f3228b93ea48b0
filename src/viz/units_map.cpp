#include "leadnet/viz/units_map.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "leadnet/model/org_graph.hpp"
#include "leadnet/model/view.hpp"
#include "leadnet/viz/map_options.hpp"
#include "viz/map_detail.hpp"

namespace leadnet::viz {

namespace {

std::string fixed(double x, int decimals) {
  if (std::isnan(x)) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

std::string percent(double share) {
  if (std::isnan(share)) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, share < 0.01 ? "%.2f %%" : "%.1f %%", 100.0 * share);
  return buf;
}

}  // namespace

UnitMapData unit_map_data(const OrgGraph& g, const Partition& silos, std::uint32_t depth, const EiResult& ei,
                          const MixingMatrix& mixing, std::string layers) {
  UnitMapData d;
  d.title = organisation_name(g);
  d.depth = depth;
  d.layers = std::move(layers);
  d.overall_ei = ei.ei;
  const GroupId k = silos.num_groups();
  d.units.resize(k);
  for (GroupId s = 0; s < k; ++s) {
    UnitBubble& b = d.units[s];
    const UnitId u = s < silos.units.size() ? silos.units[s] : kNoUnit;
    b.id = u != kNoUnit ? g.units()[u].id : silos.ids[s];
    b.name = silos.names[s];
    b.path = u != kNoUnit ? g.units().path_name(u) : b.name;
    b.headcount = silos.sizes[s];
    if (s < ei.groups.size()) {
      b.ties_inside = ei.groups[s].internal;
      b.ties_out = ei.groups[s].external;
      b.ei = ei.groups[s].ei;
      b.expected_ei = ei.groups[s].expected;
    }
    b.density = mixing.cell(s, s).density;
    b.above_level = s < silos.above_level.size() && silos.above_level[s];
  }
  for (const auto& c : mixing.cells)
    if (c.a != c.b && c.ties > 0) d.links.push_back({c.a, c.b, c.ties, c.density, c.expected});
  for (NodeId v = 0; v < silos.num_nodes(); ++v) d.people_without_unit += silos.group[v] == kNoGroup ? 1 : 0;
  return d;
}

Scene units_map(const UnitMapData& data, const UnitMapOptions& opt, RunContext& ctx) {
  const auto k = static_cast<NodeId>(data.units.size());
  Scene scene;
  scene.kind = SceneKind::units;
  scene.title = data.title;
  scene.node_noun = "units";
  scene.node_noun_one = "unit";

  // Links to draw: the heaviest first, up to max_links.
  std::vector<std::size_t> order(data.links.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](auto x, auto y) { return data.links[x].ties > data.links[y].ties; });
  if (order.size() > opt.max_links) order.resize(opt.max_links);

  // Layout of the silo graph: the pull grows with log(1 + ties); mass with headcount.
  std::vector<Arc> arcs;
  for (auto i : order) {
    const auto& l = data.links[i];
    if (l.a != l.b) arcs.push_back({std::min(l.a, l.b), std::max(l.a, l.b), std::log1p(static_cast<double>(l.ties))});
  }
  const View view = View::from_arcs(k, std::move(arcs), false, true);
  ForceLayoutOptions lo = opt.layout;
  lo.masses.resize(k);
  std::uint64_t max_head = 1;
  for (NodeId u = 0; u < k; ++u) {
    lo.masses[u] = 1.0 + std::sqrt(static_cast<double>(data.units[u].headcount));
    max_head = std::max(max_head, data.units[u].headcount);
  }
  if (lo.iterations == 0) lo.iterations = 800;
  const Layout layout = force_layout(view, lo, ctx);

  // Bubbles: area by headcount; together about a quarter of the drawing's area, then spread
  // until none overlap.
  std::vector<Point> pos = layout.positions;
  double minx = 0, maxx = 0, miny = 0, maxy = 0;
  for (const auto& p : pos) {
    minx = std::min(minx, p.x);
    maxx = std::max(maxx, p.x);
    miny = std::min(miny, p.y);
    maxy = std::max(maxy, p.y);
  }
  double total = 0.0;
  for (const auto& u : data.units) total += static_cast<double>(u.headcount);
  const double area = std::max((maxx - minx) * (maxy - miny), 1.0);
  const double scale = total > 0.0 ? std::sqrt(0.25 * area / (M_PI * total)) : 1.0;
  std::vector<double> radii(k);
  for (NodeId u = 0; u < k; ++u)
    radii[u] = std::max(scale * std::sqrt(static_cast<double>(data.units[u].headcount)),
                        0.08 * scale * std::sqrt(static_cast<double>(max_head)));
  const double max_r = k ? *std::max_element(radii.begin(), radii.end()) : 1.0;
  remove_overlaps(pos, radii, 0.12 * max_r, 400);

  // Colour key.
  auto& legend = scene.color_legend;
  if (opt.color == UnitColor::ei) {
    legend.type = ColorLegend::Type::diverging;
    legend.title = "E-I index of the unit's ties";
    legend.min = -1.0;
    legend.max = 1.0;
    legend.low_label = "−1 all inside (silo)";
    legend.high_label = "+1 all across";
  } else {
    legend.type = ColorLegend::Type::sequential;
    legend.title = "Density of ties inside the unit";
    double dmax = 0.0;
    for (const auto& u : data.units)
      if (std::isfinite(u.density)) dmax = std::max(dmax, u.density);
    legend.min = 0.0;
    legend.max = dmax > 0.0 ? dmax : 1.0;
    legend.low_label = "0";
    legend.high_label = percent(legend.max);
  }

  scene.detail_fields = {"Unit",      "People",        "Ties inside",   "Ties to other units",
                         "E-I index", "E-I by chance", "Density inside"};
  scene.nodes.resize(k);
  for (NodeId u = 0; u < k; ++u) {
    const auto& b = data.units[u];
    SceneNode& n = scene.nodes[u];
    n.id = b.id;
    n.label = b.name;
    n.x = pos[u].x;
    n.y = pos[u].y;
    n.radius = radii[u];
    n.color = opt.color == UnitColor::ei ? diverging_color(b.ei) : sequential_color(b.density / legend.max);
    n.always_label = true;
    n.label_priority = static_cast<double>(b.headcount);
    n.details = {b.path + (b.above_level ? " (above the silo level)" : ""),
                 detail::group_digits(b.headcount),
                 detail::group_digits(b.ties_inside),
                 detail::group_digits(b.ties_out),
                 fixed(b.ei, 2),
                 fixed(b.expected_ei, 2),
                 percent(b.density)};
  }

  scene.layers.push_back(
      {"ties between units", "ties of the selected layers between people of two units", {0x7a, 0x86, 0x94}, false, 0});
  std::uint64_t max_ties = 1;
  for (auto i : order) max_ties = std::max(max_ties, data.links[i].ties);
  for (auto i : order) {
    const auto& l = data.links[i];
    if (l.a == l.b) continue;
    SceneEdge e;
    e.source = l.a;
    e.target = l.b;
    e.layer = 0;
    e.weight = static_cast<double>(l.ties);
    e.width = 1.0 + 9.0 * std::sqrt(static_cast<double>(l.ties) / static_cast<double>(max_ties));
    e.label = detail::group_digits(l.ties) + (l.ties == 1 ? " tie" : " ties") + " (" +
              (l.expected > 0.0 ? fixed(static_cast<double>(l.ties) / l.expected, 1) + "× chance" : "") + ")";
    scene.edges.push_back(std::move(e));
    ++scene.layers[0].edges;
  }

  scene.subtitle = "Silos at unit level " + std::to_string(data.depth) + ": " + detail::group_digits(k) + " units, " +
                   detail::group_digits(scene.layers[0].edges) + " pairs with ties between them; overall E-I " +
                   fixed(data.overall_ei, 2);
  scene.size_legend = "Bubble area: people in the unit. Line width: ties between two units.";
  scene.notes.push_back(
      "E-I index (Krackhardt & Stern): (ties across − ties inside) / all ties of the unit; −1 "
      "is a closed silo. Layers: " +
      data.layers + ".");
  if (data.links.size() > order.size())
    scene.notes.push_back("The " + detail::group_digits(order.size()) + " heaviest of " +
                          detail::group_digits(data.links.size()) + " unit pairs are drawn.");
  if (data.people_without_unit > 0)
    scene.notes.push_back(detail::group_digits(data.people_without_unit) +
                          " people without a unit (citizens, partners) are not "
                          "counted.");
  return scene;
}

}  // namespace leadnet::viz
