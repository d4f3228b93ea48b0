#include <catch2/catch.hpp>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/model/view.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

namespace {
//   a --advice(2)--> b      b --communication(3)--> a      a ==sparring(4)== c
OrgGraph sample() {
  return toy_graph({{"a"}, {"b"}, {"c"}}, {"a b advice 2", "b a communication 3", "a c sparring 4"});
}
}  // namespace

TEST_CASE("view: directed merge keeps arcs and sums weights across layers", "[model][view]") {
  const OrgGraph g = sample();
  const View v(g, {{}, true, true});
  CHECK(v.num_edges() == 4);  // a->b, b->a, a->c, c->a
  CHECK(v.out().weight(v.out().find_arc(0, 1)) == 2.0);
  CHECK(v.out().weight(v.out().find_arc(1, 0)) == 3.0);
  CHECK(v.out().weight(v.out().find_arc(2, 0)) == 4.0);
  CHECK(v.in().has_arc(1, 0));
}

TEST_CASE("view: undirected view symmetrises and adds both directions' weights", "[model][view]") {
  const OrgGraph g = sample();
  const View v(g, {{}, false, true});
  CHECK(v.num_edges() == 2);
  CHECK(v.out().weight(v.out().find_arc(0, 1)) == 5.0);  // 2 + 3
  CHECK(v.out().weight(v.out().find_arc(1, 0)) == 5.0);
  CHECK(v.out().weight(v.out().find_arc(0, 2)) == 4.0);  // undirected tie counted once
}

TEST_CASE("view: unweighted view has weight 1 everywhere and no weight array", "[model][view]") {
  const OrgGraph g = sample();
  const View v(g, {{}, false, false});
  CHECK_FALSE(v.weighted());
  CHECK(v.out_weights(0).empty());
  CHECK(v.out().weight(0) == 1.0);
}

TEST_CASE("view: layer selection by name, Danish alias and unknown names", "[model][view]") {
  const OrgGraph g = sample();
  const auto layers = resolve_layers(g, {"advice,kommunikation"});
  const View v(g, {layers, true, false});
  CHECK(v.num_edges() == 2);
  CHECK_FALSE(v.out().has_arc(0, 2));
  CHECK_THROWS_AS(resolve_layers(g, {"gossip"}), UsageError);
}

TEST_CASE("view: from_arcs builds a simple graph without self-loops", "[model][view]") {
  const View v = View::from_arcs(3, {{0, 1, 1.0}, {1, 0, 1.0}, {1, 1, 1.0}, {1, 2, 1.0}}, false, false);
  CHECK(v.num_edges() == 2);
  CHECK(v.out_neighbors(1).size() == 2);
}

TEST_CASE("view: a weighted view keeps a weight array even when every weight is 1", "[model][view]") {
  const OrgGraph g = toy_graph({{"a"}, {"b"}}, {"a b advice"});
  const View v(g, {{}, true, true});
  REQUIRE(v.out_weights(0).size() == 1);
  CHECK(v.out_weights(0)[0] == 1.0);
  REQUIRE(v.in_weights(1).size() == 1);
}

TEST_CASE("csr: symmetric build merges both orientations and keeps rows sorted", "[model][csr]") {
  //  0 - 1 given twice (0,1) and (1,0) with weights 2 and 3;  1 - 2 once;  0 - 3 once
  std::uint64_t pairs = 0, merged = 0;
  const Csr c = build_symmetric_csr(4, {{0, 1, 2.0}, {1, 0, 3.0}, {2, 1, 1.0}, {3, 0, 1.0}}, true, &pairs, &merged);
  CHECK(pairs == 3);
  CHECK(merged == 1);
  CHECK(std::vector<NodeId>(c.neighbors(1).begin(), c.neighbors(1).end()) == std::vector<NodeId>{0, 2});
  CHECK(std::vector<NodeId>(c.neighbors(0).begin(), c.neighbors(0).end()) == std::vector<NodeId>{1, 3});
  CHECK(c.weight(c.find_arc(1, 0)) == 5.0);
  CHECK(c.weight(c.find_arc(0, 1)) == 5.0);
}
