#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/ei_index.hpp"
#include "leadnet/metrics/silos.hpp"
#include "support/reference_data.hpp"
#include "support/silos_reference.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

namespace {

//   silo A              silo B
//   a1 ── a2
//    \    /
//     a3 ──────────── b1 ── b2
//
// E = 1 (a3–b1), I = 4 (a1a2, a2a3, a1a3, b1b2): E-I = (1 − 4)/5 = −0.6.
OrgGraph two_silos() {
  return toy_graph({{"a1", "staff", "A"}, {"a2", "staff", "A"}, {"a3", "staff", "A"}, {"b1", "staff", "B"},
                    {"b2", "staff", "B"}},
                   {"a1 a2 collaboration", "a2 a3 collaboration", "a1 a3 collaboration", "b1 b2 collaboration",
                    "a3 b1 collaboration"});
}

EiResult run(const OrgGraph& g, std::uint32_t permutations, int threads = 1, std::uint64_t seed = 1,
             bool directed = false) {
  const View v(g, {{}, directed, false});
  RunContext ctx;
  ctx.threads = threads;
  ctx.seed = seed;
  return ei_index(v, silos_at_depth(g, 1), EiOptions{permutations}, ctx);
}

}  // namespace

TEST_CASE("ei_index: hand-counted toy, network, group and person level", "[metrics][ei_index]") {
  const OrgGraph g = two_silos();
  const EiResult r = run(g, 0);
  CHECK(r.external == 1);
  CHECK(r.internal == 4);
  CHECK(r.ei == Approx(-0.6));
  // Random labelling with sizes 3 and 2 of 5: P(same silo) = (3·2 + 2·1)/(5·4) = 0.4 → 1 − 0.8.
  CHECK(r.expected == Approx(0.2));
  const Partition p = silos_at_depth(g, 1);
  const auto& a = r.groups[p.group[*g.find("a1")]];
  const auto& b = r.groups[p.group[*g.find("b1")]];
  CHECK(a.internal == 3);
  CHECK(a.external == 1);
  CHECK(a.ei == Approx(-0.5));
  CHECK(b.ei == Approx(0.0));
  // Expected per group: (2(N − n) − (n − 1)) / (2(N − n) + (n − 1)): A (4 − 2)/6, B (6 − 1)/7.
  CHECK(a.expected == Approx(1.0 / 3.0));
  CHECK(b.expected == Approx(5.0 / 7.0));
  CHECK(r.person_ei[*g.find("a3")] == Approx(-1.0 / 3.0));
  CHECK(r.person_ei[*g.find("b1")] == Approx(0.0));
  CHECK(r.person_ei[*g.find("a1")] == Approx(-1.0));
  CHECK(std::isnan(r.test.p_lower));  // no permutations asked
}

TEST_CASE("ei_index: permutation p-value matches the exact label distribution", "[metrics][ei_index]") {
  // All 10 ways to place silo B's two labels on the 5 people give 4, 3, 2, 1, 2, 2, 1, 2, 2, 1
  // internal ties (enumerated by hand): only the observed labelling reaches 4, so
  // P(E-I ≤ observed) = 1/10, P(E-I ≥ observed) = 1, and the mean internal count is 2 (E-I 0.2).
  const EiResult r = run(two_silos(), 4000);
  CHECK(r.test.permutations == 4000);
  CHECK(r.test.p_lower == Approx(0.1).margin(0.02));
  CHECK(r.test.p_upper == 1.0);
  CHECK(r.test.p_two_sided == Approx(2 * r.test.p_lower));
  CHECK(r.test.mean == Approx(0.2).margin(0.02));
  CHECK(r.test.mean == Approx(r.expected).margin(0.02));
}

TEST_CASE("ei_index: same seed gives the same bits at 1 and 2 threads, another seed differs", "[metrics][ei_index]") {
  const OrgGraph& g = leadnet::test::bundled("lazega-lawfirm");
  const EiResult one = run(g, 300, 1, 7);
  const EiResult two = run(g, 300, 2, 7);
  CHECK(one.test.p_lower == two.test.p_lower);
  CHECK(one.test.p_upper == two.test.p_upper);
  CHECK(one.test.mean == two.test.mean);
  CHECK(one.test.sd == two.test.sd);
  for (std::size_t k = 0; k < one.groups.size(); ++k) {
    CHECK(one.groups[k].test.p_lower == two.groups[k].test.p_lower);
    CHECK(one.groups[k].test.mean == two.groups[k].test.mean);
  }
  const EiResult other = run(g, 300, 2, 8);
  CHECK(other.test.mean != one.test.mean);
}

TEST_CASE("ei_index: relabelling the people does not change the index", "[metrics][ei_index]") {
  const OrgGraph g1 = two_silos();
  const OrgGraph g2 = toy_graph({{"b2", "staff", "B"}, {"a3", "staff", "A"}, {"b1", "staff", "B"},
                                 {"a1", "staff", "A"}, {"a2", "staff", "A"}},
                                {"b1 a3 collaboration", "b2 b1 collaboration", "a3 a1 collaboration",
                                 "a2 a1 collaboration", "a3 a2 collaboration"});
  const EiResult r1 = run(g1, 0);
  const EiResult r2 = run(g2, 0);
  CHECK(r1.ei == r2.ei);
  CHECK(r1.expected == r2.expected);
  for (const char* id : {"a1", "a2", "a3", "b1", "b2"})
    CHECK(r1.person_ei[*g1.find(id)] == r2.person_ei[*g2.find(id)]);
}

TEST_CASE("ei_index: edge cases", "[metrics][ei_index]") {
  SECTION("one silo: every tie internal, E-I −1, expected −1") {
    // Units given as paths: "K/A" makes K the root and A its only depth-1 unit.
    const OrgGraph g = toy_graph({{"a", "staff", "K/A"}, {"b", "staff", "K/A"}, {"c", "staff", "K/A"}},
                                 {"a b advice", "b c advice"});
    const EiResult r = run(g, 50);
    CHECK(r.ei == -1.0);
    CHECK(r.expected == -1.0);
    CHECK(r.test.p_lower == 1.0);  // every shuffle is the same labelling
  }
  SECTION("no ties: E-I undefined, no test") {
    const OrgGraph g = toy_graph({{"a", "staff", "A"}, {"b", "staff", "B"}}, {});
    const EiResult r = run(g, 50);
    CHECK(std::isnan(r.ei));
    CHECK(std::isnan(r.test.p_lower));
    CHECK(std::isnan(r.person_ei[0]));
  }
  SECTION("isolates and people without a silo are left out") {
    //   a(A) ── b(B)   c(A) isolated   z (citizen, no unit) ── a
    const OrgGraph g = toy_graph({{"a", "staff", "A"}, {"b", "staff", "B"}, {"c", "staff", "A"}, {"z", "citizen"}},
                                 {"a b collaboration", "z a collaboration"});
    const EiResult r = run(g, 0);
    CHECK(r.external == 1);
    CHECK(r.internal == 0);
    CHECK(r.person_external[*g.find("a")] == 1);
    CHECK(std::isnan(r.person_ei[*g.find("c")]));
    CHECK(std::isnan(r.person_ei[*g.find("z")]));
  }
  SECTION("directed: a reciprocated pair is two ties") {
    const OrgGraph g = toy_graph({{"a", "staff", "A"}, {"b", "staff", "B"}, {"c", "staff", "A"}},
                                 {"a b advice", "b a advice", "a c advice"});
    const EiResult r = run(g, 0, 1, 1, true);
    CHECK(r.external == 2);
    CHECK(r.internal == 1);
    CHECK(r.person_external[*g.find("a")] == 2);
  }
}

TEST_CASE("ei_index: karate with the NetworkX club split gives features.md's 11 / 67 / −0.7179", "[metrics][ei_index]") {
  // features.md §2.8 uses networkx's `club` attribute, which puts member 9 with Mr Hi (17/17);
  // the bundled factions put 9 with the officers (datasets/zachary-karate/README.md).
  const OrgGraph& g = leadnet::test::bundled("zachary-karate");
  Partition p = silos_at_depth(g, 1);
  const GroupId hi = p.group[*g.find("1")];
  const NodeId nine = *g.find("9");
  --p.sizes[p.group[nine]];
  p.group[nine] = hi;
  ++p.sizes[hi];
  RunContext ctx;
  const EiResult r = ei_index(View(g, {{}, false, false}), p, EiOptions{}, ctx);
  CHECK(r.external == 11);
  CHECK(r.internal == 67);
  CHECK(r.ei == Approx(-0.7179).margin(5e-5));
}

TEST_CASE("ei_index: equals the reference script on every bundled dataset with units", "[metrics][ei_index][reference]") {
  leadnet::test::for_each_silos_reference(
      [](const OrgGraph& g, const nlohmann::json& values, bool directed, const SilosReport& rep) {
        const auto& e = values[directed ? "ei_directed" : "ei"];
        CHECK(rep.ei.external == e["external"].get<std::uint64_t>());
        CHECK(rep.ei.internal == e["internal"].get<std::uint64_t>());
        CHECK(rep.ei.ei == Approx(e["ei"].get<double>()).epsilon(1e-12));
        CHECK(rep.ei.expected == Approx(e["expected"].get<double>()).epsilon(1e-12));
        REQUIRE(rep.silos.num_groups() == e["groups"].size());
        for (GroupId k = 0; k < rep.silos.num_groups(); ++k) {
          const auto& eg = e["groups"][rep.silos.ids[k]];
          CHECK(rep.ei.groups[k].external == eg["external"].get<std::uint64_t>());
          CHECK(rep.ei.groups[k].internal == eg["internal"].get<std::uint64_t>());
          CHECK(rep.ei.groups[k].expected == Approx(eg["expected"].get<double>()).epsilon(1e-12));
        }
        std::size_t people = 0;
        for (const auto& [id, pe] : e["person"].items()) {
          const NodeId v = leadnet::test::node(g, id);
          CHECK(rep.ei.person_external[v] == pe["external"].get<std::uint32_t>());
          CHECK(rep.ei.person_internal[v] == pe["internal"].get<std::uint32_t>());
          ++people;
        }
        CHECK(people == rep.silos.members());
      });
}
