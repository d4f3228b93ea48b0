#include <catch2/catch.hpp>

#include "leadnet/model/graph_builder.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

TEST_CASE("builder: dense ids follow insertion order and external ids are kept", "[model][builder]") {
  const OrgGraph g = toy_graph({{"d1", "leader"}, {"s1", "leder"}, {"h1", "hr"}}, {"s1 d1 reports_to"});
  REQUIRE(g.num_nodes() == 3);
  CHECK(g.id(0) == "d1");
  CHECK(g.id(2) == "h1");
  CHECK(g.find("s1") == NodeId{1});
  CHECK_FALSE(g.find("nobody").has_value());
  CHECK(g.role(1) == Role::leader);  // Danish alias "leder"
  CHECK(g.role(2) == Role::hr);
}

TEST_CASE("builder: directed layer keeps arcs, undirected layer stores both directions", "[model][builder]") {
  //   a --advice--> b      a ==sparring== c
  const OrgGraph g = toy_graph({{"a"}, {"b"}, {"c"}}, {"a b advice", "a c sparring"});
  const Layer& advice = g.layer(EdgeType::advice);
  CHECK(advice.directed());
  CHECK(advice.num_ties() == 1);
  CHECK(advice.out().has_arc(0, 1));
  CHECK_FALSE(advice.out().has_arc(1, 0));
  CHECK(advice.in().has_arc(1, 0));
  const Layer& sparring = g.layer(EdgeType::sparring);
  CHECK_FALSE(sparring.directed());
  CHECK(sparring.num_ties() == 1);
  CHECK(sparring.out().has_arc(0, 2));
  CHECK(sparring.out().has_arc(2, 0));
}

TEST_CASE("builder: duplicate ties merge by summing weights, with one warning", "[model][builder]") {
  Diagnostics diags;
  GraphBuilder b(diags);
  const SourceLocation here{"edges.csv", 2, 1};
  b.add_node("a", Role::staff, "", "", -1, here);
  b.add_node("b", Role::staff, "", "", -1, here);
  const LayerId comm = GraphBuilder::layer(EdgeType::communication);
  const LayerId collab = GraphBuilder::layer(EdgeType::collaboration);
  b.add_edge(0, 1, comm, 2.0, std::nullopt, here);
  b.add_edge(0, 1, comm, 3.0, std::nullopt, here);
  b.add_edge(0, 1, collab, 1.0, std::nullopt, here);
  b.add_edge(1, 0, collab, 1.5, std::nullopt, here);  // the same undirected tie
  const OrgGraph g = b.build();
  CHECK(g.layer(EdgeType::communication).num_ties() == 1);
  const Csr& c = g.layer(EdgeType::communication).out();
  CHECK(c.weight(c.find_arc(0, 1)) == 5.0);
  CHECK(g.layer(EdgeType::collaboration).num_ties() == 1);
  const Csr& k = g.layer(EdgeType::collaboration).out();
  CHECK(k.weight(k.find_arc(1, 0)) == 2.5);
  CHECK(diags.warning_count() == 1);
  CHECK(diags.items().front().message.find("2 duplicate ties") != std::string::npos);
}

TEST_CASE("builder: self-loops are dropped with a warning naming the first", "[model][builder]") {
  Diagnostics diags;
  GraphBuilder b(diags);
  b.add_node("a", Role::staff, "", "", -1, {"nodes.csv", 2, 1});
  b.add_edge(0, 0, GraphBuilder::layer(EdgeType::advice), 1.0, std::nullopt, {"edges.csv", 7, 1});
  const OrgGraph g = b.build();
  CHECK(g.num_ties() == 0);
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.items()[0].message.find("edges.csv:7") != std::string::npos);
}

TEST_CASE("builder: a duplicate node id is an error located at its row", "[model][builder]") {
  Diagnostics diags;
  GraphBuilder b(diags);
  b.add_node("a", Role::staff, "", "", -1, {"nodes.csv", 2, 1});
  CHECK(b.add_node("a", Role::staff, "", "", -1, {"nodes.csv", 3, 1}) == kNoNode);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.items()[0].line == 3);
  CHECK_THROWS_AS(b.build(), InputError);
}

TEST_CASE("builder: a directed tie in an undirected layer makes the layer directed", "[model][builder]") {
  Diagnostics diags;
  GraphBuilder b(diags);
  for (const char* id : {"a", "b", "c"}) b.add_node(id, Role::staff, "", "", -1, {"n", 1, 1});
  const LayerId sp = GraphBuilder::layer(EdgeType::sparring);
  b.add_edge(0, 1, sp, 1.0, std::nullopt, {"e", 1, 1});  // undirected: two arcs
  b.add_edge(1, 2, sp, 1.0, true, {"e", 2, 1});           // directed: one arc
  const OrgGraph g = b.build();
  const Layer& l = g.layer(EdgeType::sparring);
  CHECK(l.directed());
  CHECK(l.num_ties() == 3);
  CHECK(l.out().has_arc(0, 1));
  CHECK(l.out().has_arc(1, 0));
  CHECK(l.out().has_arc(1, 2));
  CHECK_FALSE(l.out().has_arc(2, 1));
}

TEST_CASE("builder: unit paths build the unit tree under one synthetic root", "[model][units]") {
  const OrgGraph g = toy_graph({{"a", "leader", "Børn og Unge/Skoler/Vestre Skole"},
                                {"b", "staff", "Børn og Unge/Skoler"},
                                {"c", "staff", "Teknik og Miljø"}},
                               {});
  const UnitTree& u = g.units();
  CHECK(u.synthetic_root());
  CHECK(u.size() == 5);  // root + Børn og Unge + Skoler + Vestre Skole + Teknik og Miljø
  const auto vestre = u.find("Børn og Unge/Skoler/Vestre Skole");
  REQUIRE(vestre.has_value());
  CHECK(u[*vestre].name == "Vestre Skole");
  CHECK(u[*vestre].depth == 3);
  CHECK(u.ancestor_at_depth(*vestre, 1) == *u.find("Børn og Unge"));
  CHECK(g.unit(0) == *vestre);
  CHECK(u.path_name(*vestre) == "Børn og Unge / Skoler / Vestre Skole");
}

TEST_CASE("builder: levels are derived from the reporting tree when not given", "[model][levels]") {
  //   top <- mid <- low ;  loner (no formal tie)
  const OrgGraph g = toy_graph({{"top", "leader"}, {"mid", "leader"}, {"low"}, {"loner"}},
                               {"mid top reports_to", "low mid reports_to"});
  CHECK(g.level(0) == 0);
  CHECK(g.level(1) == 1);
  CHECK(g.level(2) == 2);
  CHECK(g.level(3) == -1);
  CHECK_FALSE(g.level_given(2));
}
