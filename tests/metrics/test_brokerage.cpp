#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/brokerage.hpp"
#include "leadnet/metrics/silos.hpp"
#include "support/reference_data.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

namespace {

constexpr auto kCoord = static_cast<std::size_t>(BrokerageRole::coordinator);
constexpr auto kItin = static_cast<std::size_t>(BrokerageRole::itinerant);
constexpr auto kRep = static_cast<std::size_t>(BrokerageRole::representative);
constexpr auto kGate = static_cast<std::size_t>(BrokerageRole::gatekeeper);
constexpr auto kLiaison = static_cast<std::size_t>(BrokerageRole::liaison);
constexpr auto kTotal = static_cast<std::size_t>(BrokerageRole::total);

//   silo A: a1, a2, a3     silo B: b1, b2, x     silo C: c1
//
//   a1 ──► a2 ──► b1 ──► b2        a2 brokers (a1, b1): A→A→B representative
//    │      │      └───► c1               and (a1, a3): A→A→A coordinator
//    │      └──► a3                b1 brokers (a2, b2): A→B→B gatekeeper
//    └──► x ───► a3                       and (a2, c1): A→B→C liaison
//                                  x  brokers (a1, a3): A→B→A itinerant (UCINET: consultant)
std::vector<std::string> arcs() {
  return {"a1 a2 advice", "a2 b1 advice", "b1 b2 advice", "b1 c1 advice",
          "a2 a3 advice", "a1 x advice",  "x a3 advice"};
}

OrgGraph toy(const std::vector<std::string>& edges) {
  return toy_graph({{"a1", "staff", "A"}, {"a2", "staff", "A"}, {"a3", "staff", "A"}, {"b1", "staff", "B"},
                    {"b2", "staff", "B"}, {"x", "staff", "B"}, {"c1", "staff", "C"}},
                   edges);
}

BrokerageResult run(const OrgGraph& g, const Partition& p, bool directed = true, int threads = 1) {
  RunContext ctx;
  ctx.threads = threads;
  return brokerage(View(g, {{}, directed, false}), p, ctx);
}

Partition club_split(const OrgGraph& g) {
  // features.md §2.8 uses networkx's `club` split: member 9 with Mr Hi (see test_ei_index.cpp).
  Partition p = silos_at_depth(g, 1);
  const NodeId nine = *g.find("9");
  --p.sizes[p.group[nine]];
  p.group[nine] = p.group[*g.find("1")];
  ++p.sizes[p.group[nine]];
  return p;
}

}  // namespace

TEST_CASE("brokerage: every role once in a hand-drawn graph", "[metrics][brokerage]") {
  const OrgGraph g = toy(arcs());
  const Partition p = silos_at_depth(g, 1);
  const auto r = run(g, p);
  const auto& a2 = r.counts[*g.find("a2")];
  CHECK(a2[kCoord] == 1);
  CHECK(a2[kRep] == 1);
  CHECK(a2[kTotal] == 2);
  const auto& b1 = r.counts[*g.find("b1")];
  CHECK(b1[kGate] == 1);
  CHECK(b1[kLiaison] == 1);
  CHECK(b1[kTotal] == 2);
  CHECK(r.counts[*g.find("x")][kItin] == 1);
  CHECK(r.counts[*g.find("a1")][kTotal] == 0);
  CHECK(r.totals == BrokerageCounts{1, 1, 1, 1, 1, 5});
}

TEST_CASE("brokerage: a direct tie closes the two-path", "[metrics][brokerage]") {
  auto edges = arcs();
  edges.push_back("a1 a3 advice");  // closes (a1, a3) for both a2 and x
  const OrgGraph g = toy(edges);
  const auto r = run(g, silos_at_depth(g, 1));
  CHECK(r.counts[*g.find("a2")][kCoord] == 0);
  CHECK(r.counts[*g.find("a2")][kRep] == 1);
  CHECK(r.counts[*g.find("x")][kItin] == 0);
}

TEST_CASE("brokerage: people without a group neither broker nor are brokered", "[metrics][brokerage]") {
  //   a ──► z(no unit) ──► b       a ──► m ──► b   (m in A, b in B)
  const OrgGraph g = toy_graph({{"a", "staff", "A"}, {"m", "staff", "A"}, {"b", "staff", "B"}, {"z", "citizen"}},
                               {"a z advice", "z b advice", "a m advice", "m b advice"});
  const auto r = run(g, silos_at_depth(g, 1));
  CHECK(r.counts[*g.find("z")][kTotal] == 0);
  CHECK(r.counts[*g.find("m")][kRep] == 1);
  CHECK(r.totals[kTotal] == 1);
}

TEST_CASE("brokerage: karate with the club split gives features.md's totals and node scores", "[metrics][brokerage]") {
  const OrgGraph& g = leadnet::test::bundled("zachary-karate");
  const Partition p = club_split(g);
  const auto r = run(g, p, false);
  CHECK(r.totals == BrokerageCounts{510, 20, 128, 128, 0, 786});
  CHECK(r.counts[*g.find("1")] == BrokerageCounts{174, 0, 15, 15, 0, 204});
  CHECK(r.counts[*g.find("34")] == BrokerageCounts{156, 6, 40, 40, 0, 242});
  // Undirected: a node's total is k(k − 1) − 2·triangles: node 1 has degree 16 and 18 triangles.
  CHECK(r.counts[*g.find("1")][kTotal] == 16 * 15 - 2 * 18);
}

TEST_CASE("brokerage: same counts at 1 and 2 threads", "[metrics][brokerage]") {
  const OrgGraph& g = leadnet::test::bundled("email-eu-core");
  const Partition p = silos_at_depth(g, 1);
  const auto one = run(g, p, true, 1);
  const auto two = run(g, p, true, 2);
  CHECK(one.counts == two.counts);
  CHECK(one.totals == two.totals);
}

TEST_CASE("brokerage: equals the direct formula and R sna::brokerage on every bundled dataset", "[metrics][brokerage][reference]") {
  for (const auto& name : leadnet::test::bundled_datasets()) {
    const auto& ref = leadnet::test::reference_values("silos", name);
    const OrgGraph& g = leadnet::test::bundled(name);
    for (const auto& [config, values] : ref["configs"].items()) {
      INFO(name << " " << config);
      const Partition p = silos_at_depth(g, values["unit_depth"].get<std::uint32_t>());
      RunContext ctx;
      const auto r = brokerage(View(g, {default_silo_layers(g), true, false}), p, ctx);
      std::size_t people = 0;
      for (const auto& [id, counts] : values["brokerage"].items()) {
        const NodeId v = leadnet::test::node(g, id);
        INFO(id);
        for (std::size_t k = 0; k < kBrokerageRoles; ++k) CHECK(r.counts[v][k] == counts[k].get<std::uint64_t>());
        ++people;
      }
      CHECK(people == p.members());
      REQUIRE(values.contains("brokerage_sna"));  // the script ran R; rerun it where R is installed
      for (const auto& [id, sna] : values["brokerage_sna"].items()) {
        const NodeId v = leadnet::test::node(g, id);
        const GroupId grp = p.group[v];
        INFO(id);
        for (std::size_t k = 0; k < kBrokerageRoles; ++k) {
          CHECK(static_cast<double>(r.counts[v][k]) == sna["raw"][k].get<double>());
          CHECK(r.expected[grp][k] == Approx(sna["expected"][k].get<double>()).epsilon(1e-9).margin(1e-12));
          CHECK(r.sd[grp][k] == Approx(sna["sd"][k].get<double>()).epsilon(1e-9).margin(1e-12));
        }
      }
    }
  }
}
