#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/mixing.hpp"
#include "leadnet/metrics/silos.hpp"
#include "support/reference_data.hpp"
#include "support/silos_reference.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

namespace {
//   silo A              silo B        silo C
//   a1 ── a2 ────────── b1           c1
//    \                  /
//     a3 ──────────────┘
// Ties: A–A 1, A–B 2, B–B 0, C none.
OrgGraph three_silos() {
  return toy_graph({{"a1", "staff", "A"}, {"a2", "staff", "A"}, {"a3", "staff", "A"}, {"b1", "staff", "B"},
                    {"c1", "staff", "C"}},
                   {"a1 a2 sparring 2", "a2 b1 advice 3", "a3 b1 advice 1", "a1 a3 advice 5"});
}
}  // namespace

TEST_CASE("mixing: hand-counted ties, densities and expected ties", "[metrics][mixing]") {
  const OrgGraph g = three_silos();
  const Partition p = silos_at_depth(g, 1);
  const MixingMatrix m = mixing_matrix(View(g, {{}, false, true}), p);
  const GroupId a = p.group[*g.find("a1")], b = p.group[*g.find("b1")], c = p.group[*g.find("c1")];
  CHECK(m.ties == 4);
  const MixingCell aa = m.cell(a, a);
  CHECK(aa.ties == 2);                 // a1–a2, a1–a3
  CHECK(aa.possible == 3.0);           // 3·2/2
  CHECK(aa.density == Approx(2.0 / 3.0));
  CHECK(aa.weight == 7.0);             // 2 + 5
  const MixingCell ab = m.cell(b, a);  // order does not matter when undirected
  CHECK(ab.ties == 2);
  CHECK(ab.possible == 3.0);
  CHECK(ab.weight == 4.0);
  // 4 ties over 10 possible pairs of 5 people: the A–B cell (3 pairs) expects 1.2.
  CHECK(ab.expected == Approx(1.2));
  const MixingCell ac = m.cell(a, c);
  CHECK(ac.ties == 0);
  CHECK(ac.density == 0.0);
  CHECK(ac.expected == Approx(1.2));
  CHECK(std::isnan(m.cell(c, c).density));  // one person: no pair
  CHECK(m.cells.size() == 2);               // only cells with ties are stored
}

TEST_CASE("mixing: directed cells count arcs from row to column", "[metrics][mixing]") {
  const OrgGraph g = three_silos();
  const Partition p = silos_at_depth(g, 1);
  const MixingMatrix m = mixing_matrix(View(g, {{}, true, false}), p);
  const GroupId a = p.group[*g.find("a1")], b = p.group[*g.find("b1")];
  CHECK(m.cell(a, b).ties == 2);  // a2→b1, a3→b1
  CHECK(m.cell(b, a).ties == 0);
  CHECK(m.cell(a, a).ties == 3);  // sparring a1–a2 both ways, a1→a3
  CHECK(m.cell(a, a).possible == 6.0);
}

TEST_CASE("mixing: equals the reference script's counts on every bundled dataset", "[metrics][mixing][reference]") {
  leadnet::test::for_each_silos_reference(
      [](const OrgGraph&, const nlohmann::json& values, bool directed, const SilosReport& rep) {
        const auto& cells = values[directed ? "mixing_directed" : "mixing"];
        REQUIRE(rep.mixing.cells.size() == cells.size());
        for (const auto& c : cells) {
          GroupId a = kNoGroup, b = kNoGroup;
          for (GroupId k = 0; k < rep.silos.num_groups(); ++k) {
            if (rep.silos.ids[k] == c["a"]) a = k;
            if (rep.silos.ids[k] == c["b"]) b = k;
          }
          REQUIRE(a != kNoGroup);
          REQUIRE(b != kNoGroup);
          CHECK(rep.mixing.cell(a, b).ties == c["ties"].get<std::uint64_t>());
        }
      });
}
