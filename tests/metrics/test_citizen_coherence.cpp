#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/citizen_coherence.hpp"
#include "leadnet/metrics/silos.hpp"
#include "support/reference_data.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::ToyNode;
using leadnet::test::toy_graph;

namespace {

CitizenCoherence run(const OrgGraph& g, std::uint32_t depth = 1) {
  RunContext ctx;
  return citizen_coherence(g, silos_at_depth(g, depth), CitizenCoherenceOptions{}, ctx);
}

// Citizen z is served by s1 (silo A) and s2 (silo B); y only by s1.
//   s1 ── m ── s2     (collaboration: s1 and s2 are 2 hops apart through m)
std::vector<ToyNode> people() {
  return {{"s1", "staff", "A"}, {"s2", "staff", "B"}, {"m", "staff", "B"}, {"z", "citizen"}, {"y", "citizen"}};
}

}  // namespace

TEST_CASE("citizen_coherence: staff two hops apart are coherent, three hops apart are not", "[metrics][citizen_coherence]") {
  const OrgGraph near = toy_graph(people(), {"s1 z service", "s2 z service", "s1 y service", "s1 m collaboration",
                                             "m s2 collaboration"});
  const auto r = run(near);
  CHECK(r.citizens == 2);
  CHECK(r.served == 2);
  CHECK(r.multi_silo == 1);  // y is served by one silo only
  CHECK(r.coherent == 1);
  CHECK(r.share == 1.0);
  REQUIRE(r.pairs.size() == 1);
  CHECK(r.pairs[0].citizens == 1);
  CHECK(r.pairs[0].coherent == 1);

  // Without m's tie to s2, s1 and s2 are not within two hops (network ties do not count: only
  // the dialogue layers do).
  const OrgGraph far = toy_graph(people(), {"s1 z service", "s2 z service", "s1 m collaboration", "m s2 network"});
  const auto f = run(far);
  CHECK(f.multi_silo == 1);
  CHECK(f.coherent == 0);
  CHECK(f.share == 0.0);
  REQUIRE(f.cases.size() == 1);
  CHECK(f.cases[0].apart.size() == 1);
}

TEST_CASE("citizen_coherence: no citizens, no share", "[metrics][citizen_coherence]") {
  const OrgGraph g = toy_graph({{"a", "staff", "A"}, {"b", "staff", "B"}}, {"a b advice"});
  const auto r = run(g);
  CHECK(r.citizens == 0);
  CHECK(r.multi_silo == 0);
  CHECK(std::isnan(r.share));
}

TEST_CASE("citizen_coherence: example municipality plants 5 coherent of 9 (P5), c047 among the incoherent", "[metrics][citizen_coherence]") {
  const OrgGraph& g = leadnet::test::bundled("example-municipality");
  const auto r = run(g);
  CHECK(r.multi_silo == 9);
  CHECK(r.coherent == 5);
  CHECK(r.share == Approx(5.0 / 9.0));
  bool found = false;
  for (const auto& c : r.cases)
    if (c.citizen == *g.find("c047")) {
      found = true;
      CHECK_FALSE(c.coherent);
      CHECK(c.silos.size() == 3);
      CHECK(c.apart.size() == 3);  // no two of its three staff are within two hops
    }
  CHECK(found);
}

TEST_CASE("citizen_coherence: equals the reference script on every bundled dataset", "[metrics][citizen_coherence][reference]") {
  for (const auto& name : leadnet::test::bundled_datasets()) {
    const auto& ref = leadnet::test::reference_values("silos", name);
    const OrgGraph& g = leadnet::test::bundled(name);
    for (const auto& [config, values] : ref["configs"].items()) {
      INFO(name << " " << config);
      const auto r = run(g, values["unit_depth"]);
      const auto& expected = values["citizen_coherence"];
      REQUIRE(r.cases.size() == expected.size());
      for (const auto& c : r.cases) {
        const auto& e = expected[std::string(g.id(c.citizen))];
        CHECK(c.coherent == e["coherent"].get<bool>());
        CHECK(c.staff.size() == e["staff"].size());
        CHECK(c.silos.size() == e["silos"].size());
      }
    }
  }
}
