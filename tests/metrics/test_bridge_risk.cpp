#include <catch2/catch.hpp>

#include <algorithm>

#include "leadnet/metrics/bridge_risk.hpp"
#include "leadnet/metrics/silos.hpp"
#include "support/reference_data.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

namespace {

BridgeRisk run(const OrgGraph& g, std::uint32_t depth = 1, bool directed = false) {
  RunContext ctx;
  return bridge_risk(View(g, {default_silo_layers(g), directed, false}), silos_at_depth(g, depth), ctx);
}

const BridgePair* find_pair(const OrgGraph& g, const BridgeRisk& r, std::uint32_t depth, const std::string& a,
                            const std::string& b) {
  const Partition p = silos_at_depth(g, depth);
  for (const auto& pair : r.pairs)
    if ((p.ids[pair.a] == a && p.ids[pair.b] == b) || (p.ids[pair.a] == b && p.ids[pair.b] == a)) return &pair;
  return nullptr;
}

}  // namespace

TEST_CASE("bridge_risk: one person carrying every tie is a cut of 1", "[metrics][bridge_risk]") {
  //   A          B
  //   a1 ─────── b1
  //     ╲─────── b2
  //      ╲────── b3       all three ties end at a1: cut 1, carriers a1 b1 b2 b3
  const OrgGraph g = toy_graph({{"a1", "staff", "A"}, {"a2", "staff", "A"}, {"b1", "staff", "B"},
                                {"b2", "staff", "B"}, {"b3", "staff", "B"}},
                               {"a1 b1 collaboration", "a1 b2 collaboration", "a1 b3 collaboration",
                                "a1 a2 collaboration"});
  const auto r = run(g);
  REQUIRE(r.pairs.size() == 1);
  CHECK(r.pairs[0].ties == 3);
  CHECK(r.pairs[0].carriers.size() == 4);
  CHECK(r.pairs[0].cut == 1);
  CHECK(r.pairs[0].cut_people == std::vector<NodeId>{*g.find("a1")});
}

TEST_CASE("bridge_risk: the cut is a minimum vertex cover, not the number of carriers", "[metrics][bridge_risk]") {
  //   A     B
  //   a1 ── b1        ties a1b1, a1b2, a2b1, a3b3: a maximum matching has 3 ties
  //   a1 ── b2        (a1b2, a2b1, a3b3), so 3 people must leave; {a1, b1, a3} is one way.
  //   a2 ── b1
  //   a3 ── b3
  const OrgGraph g = toy_graph({{"a1", "staff", "A"}, {"a2", "staff", "A"}, {"a3", "staff", "A"},
                                {"b1", "staff", "B"}, {"b2", "staff", "B"}, {"b3", "staff", "B"}},
                               {"a1 b1 network", "a1 b2 network", "a2 b1 network", "a3 b3 network"});
  const auto r = run(g);
  REQUIRE(r.pairs.size() == 1);
  const auto& pair = r.pairs[0];
  CHECK(pair.ties == 4);
  CHECK(pair.carriers.size() == 6);
  CHECK(pair.cut == 3);
  REQUIRE(pair.cut_people.size() == 3);
  // Removing the reported people leaves no tie between A and B.
  const auto gone = [&](const std::string& id) {
    return std::find(pair.cut_people.begin(), pair.cut_people.end(), *g.find(id)) != pair.cut_people.end();
  };
  for (auto [x, y] : {std::pair{"a1", "b1"}, {"a1", "b2"}, {"a2", "b1"}, {"a3", "b3"}}) CHECK((gone(x) || gone(y)));
}

TEST_CASE("bridge_risk: directed views count a reciprocated pair once, no ties, no pairs", "[metrics][bridge_risk]") {
  const OrgGraph g = toy_graph({{"a", "staff", "A"}, {"b", "staff", "B"}, {"c", "staff", "C"}},
                               {"a b advice", "b a advice"});
  const auto r = run(g, 1, true);
  REQUIRE(r.pairs.size() == 1);
  CHECK(r.pairs[0].ties == 1);
  const OrgGraph none = toy_graph({{"a", "staff", "A"}, {"b", "staff", "B"}}, {});
  CHECK(run(none).pairs.empty());
}

TEST_CASE("bridge_risk: Skoler and Socialområdet hang on s0257 (example municipality, P4)", "[metrics][bridge_risk]") {
  const OrgGraph& g = leadnet::test::bundled("example-municipality");
  const auto r = run(g, 2);
  const BridgePair* pair = find_pair(g, r, 2, "bu-sko", "sos-soc");
  REQUIRE(pair != nullptr);
  CHECK(pair->ties == 3);
  CHECK(pair->cut == 1);
  CHECK(pair->cut_people == std::vector<NodeId>{*g.find("s0257")});
  CHECK(pair->carriers.size() == 4);  // l005, s0021, s0022 and s0257
}

TEST_CASE("bridge_risk: equals König via networkx's Hopcroft–Karp on every bundled dataset", "[metrics][bridge_risk][reference]") {
  for (const auto& name : leadnet::test::bundled_datasets()) {
    const auto& ref = leadnet::test::reference_values("silos", name);
    const OrgGraph& g = leadnet::test::bundled(name);
    for (const auto& [config, values] : ref["configs"].items()) {
      INFO(name << " " << config);
      const std::uint32_t depth = values["unit_depth"];
      const auto r = run(g, depth);
      REQUIRE(r.pairs.size() == values["bridge_risk"].size());
      for (const auto& expected : values["bridge_risk"]) {
        const BridgePair* pair = find_pair(g, r, depth, expected["a"], expected["b"]);
        REQUIRE(pair != nullptr);
        CHECK(pair->ties == expected["ties"].get<std::uint64_t>());
        CHECK(pair->cut == expected["cut"].get<std::uint32_t>());
        CHECK(pair->carriers.size() == expected["carriers"].size());
        CHECK(pair->cut_people.size() == pair->cut);
      }
    }
  }
}
