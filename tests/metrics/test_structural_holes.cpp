#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/silos.hpp"
#include "leadnet/metrics/structural_holes.hpp"
#include "support/reference_data.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;
using leadnet::test::toy_graph;

namespace {

StructuralHoles holes(const OrgGraph& g, bool directed, bool weighted, int threads = 1) {
  RunContext ctx;
  ctx.threads = threads;
  return structural_holes(View(g, {{}, directed, weighted}), ctx);
}

// Borgatti (1997), "Structural holes: unpacking Burt's redundancy measures", Connections 20(1),
// the example graph with the weights used by NetworkX's test file:
//
//        E ─(8)─ G ─(10)─ C          A–B 2, A–F 3, A–G 5, A–E 2, E–G 8, F–G 3,
//        │     / │ \                 B–G 4, B–D 1, D–G 3, G–C 10
//        A ───┘  F  B ── D ── G
OrgGraph borgatti() {
  return toy_graph({{"A"}, {"B"}, {"C"}, {"D"}, {"E"}, {"F"}, {"G"}},
                   {"A B network 2", "A F network 3", "A G network 5", "A E network 2", "E G network 8",
                    "F G network 3", "B G network 4", "B D network 1", "D G network 3", "G C network 10"});
}

// NetworkX's directed test graph: 0 → 1, 0 → 2, 1 → 0, 2 → 1 (weights 2, 2, 1, 1).
OrgGraph directed_triangle() {
  return toy_graph({{"0"}, {"1"}, {"2"}}, {"0 1 advice 2", "0 2 advice 2", "1 0 advice 1", "2 1 advice 1"});
}

}  // namespace

TEST_CASE("structural_holes: star and triangle by hand", "[metrics][structural_holes]") {
  //     l1
  //     |
  // l2─ c ─l3     star: c has 3 unconnected contacts, p = 1/3 each, C = 3·(1/3)² = 1/3, ES = 3;
  //               a leaf has one contact: C = 1, ES = 1.
  const OrgGraph star = toy_graph({{"c"}, {"l1"}, {"l2"}, {"l3"}}, {"c l1 network", "c l2 network", "c l3 network"});
  const auto s = holes(star, false, false);
  CHECK(s.constraint[0] == Approx(1.0 / 3.0));
  CHECK(s.effective_size[0] == Approx(3.0));
  CHECK(s.efficiency[0] == Approx(1.0));
  CHECK(s.constraint[1] == Approx(1.0));
  CHECK(s.effective_size[1] == Approx(1.0));
  //   a ── b      triangle: p = 1/2, c_ij = (1/2 + 1/2·1/2)² = 9/16, C = 9/8;
  //    \  /       ES = 2 − 2·1/2 = 1 (Borgatti: n − 2t/n = 2 − 2/2).
  //     c
  const OrgGraph tri = toy_graph({{"a"}, {"b"}, {"c"}}, {"a b network", "b c network", "a c network"});
  const auto t = holes(tri, false, false);
  CHECK(t.constraint[0] == Approx(9.0 / 8.0));
  CHECK(t.effective_size[0] == Approx(1.0));
}

TEST_CASE("structural_holes: Borgatti's example, UCINET/igraph values from NetworkX's tests", "[metrics][structural_holes]") {
  const OrgGraph g = borgatti();
  const auto id = [&](const char* s) { return *g.find(s); };
  const auto u = holes(g, false, false);
  CHECK(u.constraint[id("G")] == Approx(0.400).margin(1e-3));
  CHECK(u.constraint[id("A")] == Approx(0.595).margin(1e-3));
  CHECK(u.constraint[id("C")] == Approx(1.000).margin(1e-3));
  CHECK(u.effective_size[id("G")] == Approx(4.67).margin(1e-2));
  CHECK(u.effective_size[id("A")] == Approx(2.50).margin(1e-2));
  CHECK(u.effective_size[id("C")] == Approx(1.0).margin(1e-2));
  const auto w = holes(g, false, true);
  CHECK(w.constraint[id("G")] == Approx(0.299).margin(1e-3));
  CHECK(w.constraint[id("A")] == Approx(0.795).margin(1e-3));
  CHECK(w.effective_size[id("G")] == Approx(5.47).margin(1e-2));
  CHECK(w.effective_size[id("A")] == Approx(2.47).margin(1e-2));
}

TEST_CASE("structural_holes: NetworkX's directed test cases", "[metrics][structural_holes]") {
  const OrgGraph g = directed_triangle();
  const auto d = holes(g, true, false);
  CHECK(d.constraint[0] == Approx(1.003).margin(1e-3));
  CHECK(d.constraint[1] == Approx(1.003).margin(1e-3));
  CHECK(d.constraint[2] == Approx(1.389).margin(1e-3));
  CHECK(d.effective_size[0] == Approx(1.167).margin(1e-3));
  CHECK(d.effective_size[2] == Approx(1.0).margin(1e-3));
  const auto w = holes(g, true, true);
  CHECK(w.constraint[0] == Approx(0.840).margin(1e-3));
  CHECK(w.constraint[1] == Approx(1.143).margin(1e-3));
  CHECK(w.constraint[2] == Approx(1.378).margin(1e-3));
  CHECK(w.effective_size[0] == Approx(1.567).margin(1e-3));
  CHECK(w.effective_size[1] == Approx(1.083).margin(1e-3));
}

TEST_CASE("structural_holes: karate nodes 1 and 34 as in features.md", "[metrics][structural_holes]") {
  const OrgGraph& g = leadnet::test::bundled("zachary-karate");
  const auto h = holes(g, false, false);
  CHECK(h.constraint[*g.find("1")] == Approx(0.1554).margin(1e-4));
  CHECK(h.effective_size[*g.find("1")] == Approx(13.75).margin(1e-4));
  CHECK(h.constraint[*g.find("34")] == Approx(0.1564).margin(1e-4));
  CHECK(h.effective_size[*g.find("34")] == Approx(15.235).margin(1e-3));
}

TEST_CASE("structural_holes: isolates are NaN, all weights 1 equal unweighted, threads agree bitwise", "[metrics][structural_holes]") {
  const OrgGraph g = toy_graph({{"a"}, {"b"}, {"c"}, {"z"}}, {"a b network 1", "b c network 1"});
  const auto u = holes(g, false, false);
  const auto w = holes(g, false, true);
  CHECK(std::isnan(u.constraint[3]));
  CHECK(std::isnan(u.effective_size[3]));
  CHECK(u.contacts[3] == 0);
  for (NodeId v = 0; v < 3; ++v) {
    CHECK(u.constraint[v] == Approx(w.constraint[v]));
    CHECK(u.effective_size[v] == Approx(w.effective_size[v]));
  }
  const OrgGraph& big = leadnet::test::bundled("email-eu-core");
  const auto one = holes(big, true, true, 1);
  const auto two = holes(big, true, true, 2);
  for (NodeId v = 0; v < big.num_nodes(); ++v) {
    if (std::isnan(one.constraint[v])) {
      CHECK(std::isnan(two.constraint[v]));
      continue;
    }
    REQUIRE(one.constraint[v] == two.constraint[v]);
    REQUIRE(one.effective_size[v] == two.effective_size[v]);
  }
}

TEST_CASE("structural_holes: equal networkx.constraint / effective_size on every bundled dataset", "[metrics][structural_holes][reference]") {
  for (const auto& name : leadnet::test::bundled_datasets()) {
    const auto& ref = leadnet::test::reference_values("silos", name);
    const OrgGraph& g = leadnet::test::bundled(name);
    const auto layers = default_silo_layers(g);
    for (const auto& [variant, values] : ref["structural_holes"].items()) {
      const bool directed = variant.rfind("directed", 0) == 0;
      const bool weighted = variant.find("weighted") != std::string::npos;
      INFO(name << " " << variant);
      RunContext ctx;
      const View view(g, {layers, directed, weighted});
      const auto h = structural_holes(view, ctx);
      std::size_t compared = 0, networkx_sinks = 0;
      for (const auto& [id, v] : values.items()) {
        const NodeId x = leadnet::test::node(g, id);
        INFO(id);
        if (v["constraint"].is_null()) {
          // NetworkX 2.8 calls a node without out-arcs an isolate; here only true isolates are
          // (see structural_holes.hpp). Count those and check they are sinks.
          if (!std::isnan(h.constraint[x])) {
            CHECK(directed);
            CHECK(view.out_neighbors(x).empty());
            ++networkx_sinks;
          }
          continue;
        }
        CHECK(h.constraint[x] == Approx(v["constraint"].get<double>()).epsilon(1e-9));
        CHECK(h.effective_size[x] == Approx(v["effective_size"].get<double>()).epsilon(1e-9).margin(1e-12));
        ++compared;
      }
      CHECK(compared > 0);
      if (!directed) CHECK(networkx_sinks == 0);
    }
  }
}
