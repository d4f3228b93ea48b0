#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "leadnet/io/reader.hpp"
#include "leadnet/viz/people_map.hpp"
#include "support/paths.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using namespace leadnet::viz;
using leadnet::test::toy_graph;

namespace {

OrgGraph example() {
  Diagnostics d;
  return read_dataset(leadnet::test::dataset("example-municipality"), {}, d);
}

}  // namespace

TEST_CASE("people map of the example municipality: everyone, every tie, legend by role", "[viz][people]") {
  const OrgGraph g = example();
  RunContext ctx;
  PeopleMapOptions opt;
  opt.layout.iterations = 200;
  const Scene s = people_map(g, opt, ctx);
  CHECK(s.kind == SceneKind::people);
  CHECK(s.title == "Eksempel Kommune");
  REQUIRE(s.nodes.size() == g.num_nodes());
  // One scene layer per non-empty layer, holding that layer's ties (the dataset README's counts).
  std::uint64_t ties = 0;
  for (const auto& l : s.layers) ties += l.edges;
  CHECK(ties == 2246);
  CHECK(s.edges.size() == 2246);
  // Legend by role with the README's counts.
  REQUIRE(s.color_legend.title == "Role");
  std::map<std::string, std::uint64_t> count;
  for (const auto& it : s.color_legend.items) count[it.label] = it.count;
  CHECK(count["leader"] == 38);
  CHECK(count["staff"] == 322);
  CHECK(count["citizen"] == 55);
  for (const auto& n : s.nodes) {
    CHECK(std::isfinite(n.x));
    CHECK(n.radius > 0);
    REQUIRE(n.color_item != kNone);
    CHECK(n.color == s.color_legend.items[n.color_item].color);
  }
  // Hover details name role, unit path and the dataset's attributes.
  CHECK(s.detail_fields[0] == "Role");
  CHECK(s.detail_fields[1] == "Unit");
  CHECK(std::find(s.detail_fields.begin(), s.detail_fields.end(), "title") != s.detail_fields.end());
}

TEST_CASE("people map: colour by unit, size by a score, marks", "[viz][people]") {
  //   a (leader, A) <- b (staff, A)      c (leader, B) <- d (staff, B)      e (citizen, no unit)
  const OrgGraph g = toy_graph(
      {{"a", "leader", "A"}, {"b", "staff", "A"}, {"c", "leader", "B"}, {"d", "staff", "B"}, {"e", "citizen"}},
      {"b a reports_to", "d c reports_to", "a c sparring", "b d collaboration", "d e service"});
  RunContext ctx;
  PeopleMapOptions opt;
  opt.style.color_by = ColorBy::unit;
  opt.style.size_by = {"score", {4.0, 1.0, 0.0, 1.0, 0.0}};
  Marking gap{"Chain gap", "formal line without dialogue", {0xd0, 0x21, 0x2d}, {}, {{1, 0}}};
  Marking broker{"Broker", "", {0x11, 0x22, 0x33}, {2}, {}};
  opt.style.markings = {gap, broker};
  opt.layers = {static_cast<LayerId>(EdgeType::sparring), static_cast<LayerId>(EdgeType::collaboration)};
  const Scene s = people_map(g, opt, ctx);
  // Units A and B, and "no unit" for the citizen.
  REQUIRE(s.color_legend.items.size() == 3);
  CHECK(s.color_legend.items[0].label == "A");
  CHECK(s.color_legend.items[2].label == "no unit");
  CHECK(s.nodes[4].color == kMissingColor);
  // Area grows with the score: a (4) > b (1) > c (0).
  CHECK(s.nodes[0].radius > s.nodes[1].radius);
  CHECK(s.nodes[1].radius > s.nodes[2].radius);
  // The gap b -> a is drawn on the formal layer even though reports_to was not selected.
  REQUIRE(s.highlights.size() == 2);
  CHECK(s.highlights[0].count == 1);
  std::size_t marked = 0;
  for (const auto& e : s.edges)
    if (e.highlight == 0) {
      ++marked;
      CHECK(e.source == 1);
      CHECK(e.target == 0);
      CHECK(s.layers[e.layer].name == "reports_to");
    }
  CHECK(marked == 1);
  CHECK(s.nodes[2].highlight == 1);
  CHECK(s.edges.size() == 3);  // sparring, collaboration, the gap
}
