#include <catch2/catch.hpp>

#include "leadnet/metrics/closeness.hpp"
#include "support/centrality_reference.hpp"
#include "support/naive_centrality.hpp"
#include "support/random_graph.hpp"

using namespace leadnet;

namespace {
std::vector<double> run(const View& v, int threads = 0, bool wf = true) {
  RunContext ctx;
  ctx.threads = threads;
  ClosenessOptions opt;
  opt.wf_improved = wf;
  return closeness(v, opt, ctx).values;
}
}  // namespace

TEST_CASE("closeness: equals NetworkX on every reference case", "[metrics][closeness][reference]") {
  for (const auto& c : test::centrality_reference_cases()) {
    INFO(c.file);
    test::check_against_reference(c, "closeness", run(c.view()));
  }
}

TEST_CASE("closeness: star and directed chain by hand", "[metrics][closeness]") {
  //      b
  //      |          The centre a is 1 from each of 3 leaves: 3/3 = 1. A leaf is 1 from a and 2
  //  c - a - d      from the other two leaves: 3/5.
  const View star = View::from_arcs(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}}, false, false);
  const auto c = run(star);
  CHECK(c[0] == Approx(1.0));
  CHECK(c[1] == Approx(0.6));
  //   a -> b -> c     Distances *to* a node: nobody reaches a (0); b is reached by a (1/1 scaled
  //                   by 1/2 for reaching only 1 of 2 others); c by b (1) and a (2): 2/3.
  const View chain = View::from_arcs(3, {{0, 1, 1}, {1, 2, 1}}, true, false);
  const auto d = run(chain);
  CHECK(d[0] == 0.0);
  CHECK(d[1] == Approx(0.5));
  CHECK(d[2] == Approx(2.0 / 3.0));
  CHECK(run(chain, 0, false)[1] == Approx(1.0));  // without Wasserman–Faust
}

TEST_CASE("closeness: empty graph, one node, isolates", "[metrics][closeness]") {
  CHECK(run(View::from_arcs(0, {}, true, false)).empty());
  CHECK(run(View::from_arcs(1, {}, true, false)) == std::vector<double>{0.0});
  CHECK(run(View::from_arcs(3, {{0, 1, 1}}, false, false))[2] == 0.0);
}

TEST_CASE("closeness: properties on random graphs", "[metrics][closeness][property]") {
  for (const auto& c : test::distance_property_graphs()) {
    INFO(c.label);
    const auto fast = run(c.view);
    const auto naive = test::naive_closeness(c.view);
    for (NodeId x = 0; x < c.view.num_nodes(); ++x) CHECK(fast[x] == Approx(naive[x]).margin(1e-14));
    CHECK(run(c.view, 1) == run(c.view, 2));
    const auto moved = run(c.permuted);
    for (NodeId x = 0; x < c.view.num_nodes(); ++x) CHECK(moved[c.perm[x]] == Approx(fast[x]).margin(1e-15));
  }
}

TEST_CASE("closeness: equal weights scale distances", "[metrics][closeness][property]") {
  // Weight 2 everywhere halves every distance, so closeness doubles; weight 1 changes nothing.
  test::RandomGraphSpec spec{90, 3.0, true, 0, 3};
  std::vector<Arc> arcs = test::random_arcs(spec);
  const auto plain = run(View::from_arcs(spec.nodes, arcs, true, false));
  CHECK(run(View::from_arcs(spec.nodes, arcs, true, true)) == plain);
  for (Arc& a : arcs) a.weight = 2.0;
  const auto doubled = run(View::from_arcs(spec.nodes, arcs, true, true));
  for (NodeId x = 0; x < spec.nodes; ++x) CHECK(doubled[x] == Approx(2.0 * plain[x]));
}
