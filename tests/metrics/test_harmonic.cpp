#include <catch2/catch.hpp>

#include "leadnet/metrics/harmonic.hpp"
#include "support/centrality_reference.hpp"
#include "support/naive_centrality.hpp"
#include "support/random_graph.hpp"

using namespace leadnet;

namespace {
std::vector<double> run(const View& v, int threads = 0) {
  RunContext ctx;
  ctx.threads = threads;
  return harmonic(v, {}, ctx).values;
}
}  // namespace

TEST_CASE("harmonic: equals NetworkX on every reference case", "[metrics][harmonic][reference]") {
  for (const auto& c : test::centrality_reference_cases()) {
    INFO(c.file);
    test::check_against_reference(c, "harmonic", run(c.view()));
  }
}

TEST_CASE("harmonic: path and directed chain by hand", "[metrics][harmonic]") {
  //   a - b - c - d     b: 1/1 (a) + 1/1 (c) + 1/2 (d) = 2.5;  a: 1 + 1/2 + 1/3
  const View path = View::from_arcs(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}}, false, false);
  const auto h = run(path);
  CHECK(h[1] == Approx(2.5));
  CHECK(h[0] == Approx(1.0 + 0.5 + 1.0 / 3.0));
  //   a -> b -> c       to c: from b (1) and a (1/2); nobody reaches a.
  const auto d = run(View::from_arcs(3, {{0, 1, 1}, {1, 2, 1}}, true, false));
  CHECK(d[2] == Approx(1.5));
  CHECK(d[0] == 0.0);
  // Weighted: a ==4== b: length 1/4, so harmonic 4.
  CHECK(run(View::from_arcs(2, {{0, 1, 4}}, false, true))[0] == Approx(4.0));
}

TEST_CASE("harmonic: empty graph, one node, isolates", "[metrics][harmonic]") {
  CHECK(run(View::from_arcs(0, {}, true, false)).empty());
  CHECK(run(View::from_arcs(1, {}, true, false)) == std::vector<double>{0.0});
  CHECK(run(View::from_arcs(3, {{0, 1, 1}}, false, false))[2] == 0.0);
}

TEST_CASE("harmonic: properties on random graphs", "[metrics][harmonic][property]") {
  for (const auto& c : test::distance_property_graphs()) {
    INFO(c.label);
    const auto fast = run(c.view);
    const auto naive = test::naive_harmonic(c.view);
    for (NodeId x = 0; x < c.view.num_nodes(); ++x) CHECK(fast[x] == Approx(naive[x]).epsilon(1e-13));
    CHECK(run(c.view, 1) == run(c.view, 2));
    const auto moved = run(c.permuted);
    for (NodeId x = 0; x < c.view.num_nodes(); ++x) CHECK(moved[c.perm[x]] == Approx(fast[x]).epsilon(1e-13));
  }
}
