#include "leadnet/viz/chain_map.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "viz/map_detail.hpp"

namespace leadnet::viz {

namespace {

constexpr Rgb kGapColor{0xd0, 0x21, 0x2d};
constexpr Rgb kSpanColor{0xe6, 0x9f, 0x00};
constexpr Rgb kIsolatedColor{0x6a, 0x3d, 0x9a};

std::string percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f %%", 100.0 * share);
  return buf;
}

std::string chain_text(const OrgGraph& g, const ChainPerson& p) {
  switch (p.chain) {
    case ChainState::unbroken:
      return p.depth == 0 ? "top of the line" : "unbroken to the top";
    case ChainState::broken: {
      std::string s = "broken";
      if (p.first_break != kNoNode)
        s += p.first_break == p.node ? " at their own line" : " above, at " + std::string(g.label(p.first_break));
      if (p.breaks > 1) s += " (" + std::to_string(p.breaks) + " gaps)";
      return s;
    }
    case ChainState::unknown:
      return "unknown (formal cycle)";
  }
  return {};
}

}  // namespace

Scene chain_map(const OrgGraph& g, const ChainResult& chain, const ChainMapOptions& opt, RunContext& ctx) {
  ctx.progress("chain map", 0.0);
  const NodeId n = g.num_nodes();

  // chain.people lists the formal organisation and every leader, in node order.
  const ChainPerson kOutside{};
  std::vector<const ChainPerson*> person(n, &kOutside);
  for (const auto& p : chain.people) person[p.node] = &p;

  // Who is drawn: the formal forest, and politicians in a row above it.
  std::vector<std::uint8_t> in_forest(n, 0);
  std::vector<NodeId> parent(n, kNoNode);
  std::vector<NodeId> politicians;
  std::uint64_t left_out = 0, on_cycles = 0;
  std::vector<std::uint8_t> wanted(n, opt.people.empty() ? 1 : 0);
  for (NodeId v : opt.people) wanted[v] = 1;
  for (NodeId v = 0; v < n; ++v) {
    const ChainPerson& p = *person[v];
    if (!wanted[v]) continue;
    if (p.depth >= 0) {
      in_forest[v] = 1;
      parent[v] = p.manager;
    } else if (g.role(v) == Role::politician && opt.people.empty()) {
      politicians.push_back(v);
    } else {
      ++left_out;
      if (p.chain == ChainState::unknown && p.manager != kNoNode) ++on_cycles;
    }
  }
  // Managers' names go under them in two lines: reserve the longer line's width in the row (a
  // line of c characters in 12 px type is about 0.45 c node gaps at the scale the chart is
  // drawn for).
  TreeLayoutOptions tree_options = opt.tree;
  tree_options.half_width.assign(n, 0.0);
  auto chars = [](const std::string& s) {
    std::size_t c = 0;
    for (char ch : s) c += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return static_cast<double>(std::min<std::size_t>(c, 24));
  };
  for (const auto& p : chain.people)
    if (p.span > 0 && p.depth >= 0) {
      const auto [first, second] = split_label(g.label(p.node));
      const double longest = std::max(chars(first), chars(second));
      tree_options.half_width[p.node] = std::max(0.5, 0.5 * 0.45 * longest) * opt.tree.node_gap;
    }
  TreeLayout tree = tidy_tree_layout(parent, in_forest, tree_options);

  std::vector<NodeId> people;
  std::vector<std::uint32_t> index_of(n, kNone);
  for (NodeId v = 0; v < n; ++v)
    if (in_forest[v]) {
      index_of[v] = static_cast<std::uint32_t>(people.size());
      people.push_back(v);
    }
  // Politicians centred in a row one level above the top.
  const double top_y = -opt.tree.level_gap;
  double minx = 0, maxx = 0;
  for (NodeId v : people) {
    minx = std::min(minx, tree.positions[v].x);
    maxx = std::max(maxx, tree.positions[v].x);
  }
  const double pol_gap = 2.5 * opt.tree.node_gap;
  const double pol_x0 = 0.5 * (minx + maxx) - 0.5 * pol_gap * (static_cast<double>(politicians.size()) - 1);
  for (std::size_t i = 0; i < politicians.size(); ++i) {
    const NodeId v = politicians[i];
    index_of[v] = static_cast<std::uint32_t>(people.size());
    people.push_back(v);
    tree.positions[v] = {pol_x0 + pol_gap * static_cast<double>(i), top_y};
  }

  Scene scene;
  scene.kind = SceneKind::chain;
  scene.labels_below = true;
  scene.title = organisation_name(g);
  scene.nodes.resize(people.size());
  for (std::size_t i = 0; i < people.size(); ++i) {
    scene.nodes[i].x = tree.positions[people[i]].x;
    scene.nodes[i].y = tree.positions[people[i]].y;
  }

  // Marks: chain gaps first, then leaders over the span limit and isolated leaders, then the
  // caller's (brokers, ...).
  NodeStyleOptions style = opt.style;
  Marking gaps{"Chain gap", "formal line without dialogue in either direction", kGapColor, {}, {}};
  for (const auto& t : chain.ties)
    if (!t.backed()) gaps.ties.emplace_back(t.subordinate, t.manager);
  Marking span{
      "Over span limit", "more than " + std::to_string(chain.span_limit) + " direct reports", kSpanColor, {}, {}};
  Marking isolated{"Isolated leader", "no backed line up, no peer and no HR tie", kIsolatedColor, {}, {}};
  for (const auto& p : chain.people) {
    if (p.over_span_limit) span.nodes.push_back(p.node);
    if (p.isolated) isolated.nodes.push_back(p.node);
  }
  std::vector<Marking> marks = {gaps};
  if (!span.nodes.empty()) marks.push_back(span);
  if (!isolated.nodes.empty()) marks.push_back(isolated);
  marks.insert(marks.end(), style.markings.begin(), style.markings.end());
  style.markings = std::move(marks);

  const double base = 0.33 * opt.tree.node_gap;
  detail::style_people(scene, g, people, style, base);

  // Chain facts on hover.
  const std::size_t first_extra = scene.detail_fields.size();
  for (const char* f : {"Direct reports", "Chain to the top", "Dialogue steps to the top", "Peer ties", "Steps to HR"})
    scene.detail_fields.emplace_back(f);
  std::size_t managers = 0;
  for (std::size_t i = 0; i < people.size(); ++i) {
    const ChainPerson& p = *person[people[i]];
    auto& d = scene.nodes[i].details;
    d.resize(first_extra);
    d.push_back(p.span > 0 ? std::to_string(p.span) : "");
    d.push_back(p.depth >= 0 ? chain_text(g, p) : "");
    d.push_back(p.distance_to_top >= 0 ? std::to_string(p.distance_to_top) : (p.depth >= 0 ? "not connected" : ""));
    d.push_back(p.leader ? std::to_string(p.peer_ties) : "");
    d.push_back(p.leader ? (p.hr_distance >= 0 ? std::to_string(p.hr_distance) : "none") : "");
    if (p.span > 0) ++managers;
  }
  for (std::size_t i = 0; i < people.size(); ++i) {
    const ChainPerson& p = *person[people[i]];
    // Managers carry names on the chart (while there are not too many of them); politicians too.
    if ((p.span > 0 && managers <= 160) || g.role(people[i]) == Role::politician) scene.nodes[i].always_label = true;
    if (p.span > 0) scene.nodes[i].label_priority += 1.0 + std::log1p(p.span);
  }

  // The formal line as org-chart connectors.
  const auto formal = static_cast<LayerId>(EdgeType::reports_to);
  scene.layers.push_back(
      {"reports_to", std::string(builtin_edge_types()[formal].meaning), layer_color(formal), true, 0});
  std::set<std::pair<NodeId, NodeId>> formal_pairs;
  for (const auto& t : chain.ties) {
    const std::uint32_t s = index_of[t.subordinate], m = index_of[t.manager];
    formal_pairs.insert({std::min(t.subordinate, t.manager), std::max(t.subordinate, t.manager)});
    if (s == kNone || m == kNone) continue;
    SceneEdge e;
    e.source = s;
    e.target = m;
    e.layer = 0;
    e.width = 1.2;
    e.shape = t.primary ? EdgeShape::elbow : EdgeShape::line;
    if (t.primary) e.bend = tree.bend_y[t.subordinate];
    scene.edges.push_back(e);
    ++scene.layers[0].edges;
  }
  detail::mark_ties(scene, style, index_of, 0, EdgeShape::elbow);

  // Dialogue (and political) ties as arcs, except those that only back a formal line.
  std::vector<LayerId> overlay = opt.overlay_layers;
  if (overlay.empty()) {
    overlay = chain.dialogue_layers;
    if (!politicians.empty()) overlay.push_back(static_cast<LayerId>(EdgeType::political));
  }
  for (LayerId l : overlay) {
    if (l == formal) continue;
    const Layer& layer = g.layer(l);
    SceneLayer sl{layer.name(),
                  l < kBuiltinEdgeTypeCount ? std::string(builtin_edge_types()[l].meaning) : layer.info().description,
                  layer_color(l), layer.directed(), 0};
    const auto li = static_cast<std::uint32_t>(scene.layers.size());
    for (NodeId u = 0; u < n; ++u) {
      if (index_of[u] == kNone) continue;
      const auto nb = layer.out().neighbors(u);
      const auto w = layer.out().row_weights(u);
      for (std::size_t k = 0; k < nb.size(); ++k) {
        const NodeId v = nb[k];
        if ((!layer.directed() && v < u) || index_of[v] == kNone) continue;
        if (formal_pairs.count({std::min(u, v), std::max(u, v)})) continue;
        SceneEdge e;
        e.source = index_of[u];
        e.target = index_of[v];
        e.layer = li;
        e.weight = w.empty() ? 1.0 : w[k];
        e.width = std::clamp(0.6 * (1.0 + std::log10(e.weight)), 0.5, 2.5);
        e.shape = EdgeShape::arc;
        scene.edges.push_back(e);
        ++sl.edges;
      }
    }
    if (sl.edges > 0) scene.layers.push_back(std::move(sl));
  }

  // Formal levels as guides (the chart's row d holds formal depth d + the top's depth).
  std::int32_t min_depth = -1, max_depth = 0;
  for (NodeId v : people) {
    const std::int32_t d = person[v]->depth;
    if (d < 0) continue;
    max_depth = std::max(max_depth, d);
    min_depth = min_depth < 0 ? d : std::min(min_depth, d);
  }
  if (!politicians.empty()) scene.guides.push_back({top_y, "Politicians"});
  for (std::int32_t d = std::max(min_depth, 0); d <= max_depth && min_depth >= 0; ++d)
    scene.guides.push_back({(d - min_depth) * opt.tree.level_gap, "Level " + std::to_string(d)});

  // Counted over the people drawn (the whole summary when everyone is).
  std::uint64_t lines = 0, gap_lines = 0, in_line = 0, unbroken = 0;
  for (const auto& t : chain.ties)
    if (index_of[t.subordinate] != kNone) {
      ++lines;
      gap_lines += t.backed() ? 0 : 1;
    }
  for (NodeId v : people) {
    const ChainPerson& p = *person[v];
    if (p.depth < 0) continue;
    ++in_line;
    unbroken += p.chain == ChainState::unbroken ? 1 : 0;
  }
  const std::int32_t levels = min_depth >= 0 ? max_depth - min_depth + 1 : 0;
  scene.subtitle =
      (opt.who.empty() ? std::string() : opt.who + " · ") + "The chain of leadership: " + std::to_string(lines) +
      " formal lines in " + std::to_string(levels) + " levels; " + std::to_string(gap_lines) + " chain gaps (" +
      (lines == 0 ? std::string("–") : percent(static_cast<double>(gap_lines) / static_cast<double>(lines))) + "), " +
      std::to_string(unbroken) + " of " + std::to_string(in_line) + " people with an unbroken chain to the top" +
      detail::date_suffix(g);
  scene.notes.push_back(
      "A chain gap is a formal line (reports_to) with no dialogue between the two in either "
      "direction (" +
      std::to_string(chain.dialogue_layers.size()) + " dialogue layers).");
  if (people.empty())
    scene.notes.push_back(
        "The data has no formal line (no reports_to ties among the people asked for): there is "
        "no org chart to draw.");
  if (left_out > 0)
    scene.notes.push_back(std::to_string(left_out) +
                          " people outside the formal line (citizens, partners, people "
                          "without a reports_to tie" +
                          (on_cycles ? std::string(", people on formal cycles") : "") + ") are not drawn.");
  ctx.progress("chain map", 1.0);
  return scene;
}

}  // namespace leadnet::viz
