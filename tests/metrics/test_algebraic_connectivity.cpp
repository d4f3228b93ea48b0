#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/algebraic_connectivity.hpp"
#include "leadnet/metrics/silos.hpp"
#include "support/reference_data.hpp"
#include "support/toy_graph.hpp"

using namespace leadnet;

namespace {

constexpr double kPi = 3.14159265358979323846;

AlgebraicConnectivity run(const View& v) {
  RunContext ctx;
  return algebraic_connectivity(v, ctx);
}

View path(NodeId n, double w = 1.0) {
  std::vector<Arc> arcs;
  for (NodeId i = 0; i + 1 < n; ++i) arcs.push_back({i, i + 1, w});
  return View::from_arcs(n, arcs, false, w != 1.0);
}

}  // namespace

TEST_CASE("algebraic_connectivity: closed forms for paths, cycles and complete graphs", "[metrics][algebraic_connectivity]") {
  // Path P_n: λ2 = 2(1 − cos(π/n)); cycle C_n: 2(1 − cos(2π/n)); complete K_n: n.
  CHECK(run(path(4)).value == Approx(2 * (1 - std::cos(kPi / 4))));
  // 2,000 people: the sparse (Lanczos) path, with a tiny λ2 ≈ 2.5e-6.
  const auto long_path = run(path(2000));
  CHECK(long_path.value == Approx(2 * (1 - std::cos(kPi / 2000))).epsilon(1e-6));
  CHECK(long_path.converged);
  std::vector<Arc> ring;
  for (NodeId i = 0; i < 1000; ++i) ring.push_back({i, (i + 1) % 1000, 1.0});
  CHECK(run(View::from_arcs(1000, ring, false, false)).value == Approx(2 * (1 - std::cos(2 * kPi / 1000))).epsilon(1e-6));
  std::vector<Arc> complete;
  for (NodeId i = 0; i < 7; ++i)
    for (NodeId j = i + 1; j < 7; ++j) complete.push_back({i, j, 1.0});
  CHECK(run(View::from_arcs(7, complete, false, false)).value == Approx(7.0));
}

TEST_CASE("algebraic_connectivity: weights scale it, the largest component is used, tiny graphs", "[metrics][algebraic_connectivity]") {
  CHECK(run(path(4, 2.0)).value == Approx(2 * 2 * (1 - std::cos(kPi / 4))));
  // A triangle plus a separate edge plus an isolate: the triangle (λ2 = 3) is the largest part.
  const auto r = run(View::from_arcs(6, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}}, false, false));
  CHECK(r.value == Approx(3.0));
  CHECK(r.component_size == 3);
  CHECK(r.components == 3);
  CHECK(std::isnan(run(View::from_arcs(3, {}, false, false)).value));
  CHECK(run(View::from_arcs(2, {{0, 1, 1}}, false, false)).value == Approx(2.0));
}

TEST_CASE("algebraic_connectivity: equals networkx.algebraic_connectivity on every bundled dataset", "[metrics][algebraic_connectivity][reference]") {
  for (const auto& name : leadnet::test::bundled_datasets()) {
    const auto& ref = leadnet::test::reference_values("silos", name);
    const OrgGraph& g = leadnet::test::bundled(name);
    for (bool weighted : {false, true}) {
      INFO(name << (weighted ? " weighted" : ""));
      const auto& e = ref["algebraic_connectivity"][weighted ? "weighted" : "unweighted"];
      const auto r = run(View(g, {default_silo_layers(g), false, weighted}));
      CHECK(r.component_size == e["nodes"].get<NodeId>());
      CHECK(r.value == Approx(e["value"].get<double>()).epsilon(1e-6));
    }
  }
}

TEST_CASE("algebraic_connectivity: components above max_people are skipped, not computed", "[metrics][algebraic_connectivity]") {
  RunContext ctx;
  const View p = path(50);
  AlgebraicConnectivityOptions o;
  o.max_people = 49;
  const auto skipped = algebraic_connectivity(p, o, ctx);
  CHECK(skipped.skipped);
  CHECK(std::isnan(skipped.value));
  CHECK(skipped.component_size == 50);
  o.max_people = 50;  // at the limit: computed
  const auto at_limit = algebraic_connectivity(p, o, ctx);
  CHECK_FALSE(at_limit.skipped);
  CHECK(at_limit.value == Approx(2 * (1 - std::cos(kPi / 50))));
  o.max_people = 0;  // no limit
  CHECK_FALSE(algebraic_connectivity(p, o, ctx).skipped);
}
