#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/viz/units_map.hpp"

using namespace leadnet;
using namespace leadnet::viz;

namespace {

//   A (40 people) ==20 ties== B (10 people) --2 ties-- C (1 person)       D (5 people, no ties out)
UnitMapData four_units() {
  UnitMapData d;
  d.title = "Kommune";
  d.depth = 1;
  d.layers = "collaboration";
  d.units = {{"a", "Ældre", "Ældre", 40, 300, 20, 0.38, -0.875, 0.3, false},
             {"b", "Børn", "Børn", 10, 10, 22, 0.22, 0.375, 0.8, false},
             {"c", "Økonomi", "Økonomi", 1, 0, 2, std::nan(""), 1.0, 0.9, false},
             {"d", "Teknik", "Teknik", 5, 4, 0, 0.4, -1.0, 0.8, false}};
  d.links = {{0, 1, 20, 20.0 / 400, 5.0}, {1, 2, 2, 0.2, 0.2}};
  d.overall_ei = -0.8;
  d.people_without_unit = 12;
  return d;
}

}  // namespace

TEST_CASE("units map: bubbles by headcount, lines by ties, colour by E-I", "[viz][units]") {
  RunContext ctx;
  const Scene s = units_map(four_units(), {}, ctx);
  CHECK(s.kind == SceneKind::units);
  REQUIRE(s.nodes.size() == 4);
  // Area proportional to headcount: A has 4 times B's people, so twice B's radius.
  CHECK(s.nodes[0].radius / s.nodes[1].radius == Approx(2.0).epsilon(1e-9));
  // No two bubbles overlap.
  for (std::size_t i = 0; i < 4; ++i)
    for (std::size_t j = i + 1; j < 4; ++j)
      CHECK(std::hypot(s.nodes[i].x - s.nodes[j].x, s.nodes[i].y - s.nodes[j].y) >=
            0.99 * (s.nodes[i].radius + s.nodes[j].radius));
  // Two lines; the heavier is wider.
  REQUIRE(s.edges.size() == 2);
  CHECK(s.edges[0].weight == 20);
  CHECK(s.edges[0].width > s.edges[1].width);
  CHECK(s.edges[0].label.find("20 ties") == 0);
  CHECK(s.edges[0].label.find("4.0× chance") != std::string::npos);  // 20 observed / 5 expected
  // Colours: E-I on the diverging scale, the silo (−0.875) blue-ish, the open unit orange-ish.
  CHECK(s.color_legend.type == ColorLegend::Type::diverging);
  CHECK(s.nodes[0].color == diverging_color(-0.875));
  CHECK(s.nodes[0].color.b > s.nodes[0].color.r);
  CHECK(s.nodes[2].color.r > s.nodes[2].color.b);
  for (const auto& n : s.nodes) CHECK(n.always_label);
  // Hover facts, formatted.
  CHECK(s.detail_fields[1] == "People");
  CHECK(s.nodes[0].details[1] == "40");
  CHECK(s.nodes[0].details[4] == "-0.88");
  CHECK(s.nodes[2].details[6] == "–");  // density of a one-person unit is undefined
  CHECK(s.notes.back().find("12 people without a unit") == 0);
}

TEST_CASE("units map: colour by density, link cap, empty data", "[viz][units]") {
  RunContext ctx;
  UnitMapOptions opt;
  opt.color = UnitColor::density;
  opt.max_links = 1;
  const Scene s = units_map(four_units(), opt, ctx);
  CHECK(s.color_legend.type == ColorLegend::Type::sequential);
  CHECK(s.color_legend.max == Approx(0.4));
  CHECK(s.nodes[3].color == sequential_color(1.0));  // the densest unit
  REQUIRE(s.edges.size() == 1);
  CHECK(s.edges[0].weight == 20);
  CHECK(s.notes[1].find("The 1 heaviest of 2 unit pairs") == 0);
  const Scene empty = units_map(UnitMapData{}, {}, ctx);
  CHECK(empty.nodes.empty());
  CHECK(empty.edges.empty());
}
