#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/katz.hpp"
#include "support/centrality_reference.hpp"
#include "support/random_graph.hpp"

using namespace leadnet;

namespace {
NodeScores run(const View& v, double alpha = 0.1, int threads = 0, double tolerance = 0.0) {
  RunContext ctx;
  ctx.threads = threads;
  KatzOptions opt;
  if (tolerance > 0.0) opt.iteration.tolerance = tolerance;
  opt.alpha = alpha;
  opt.iteration.min_parallel_arcs = 0;  // split even small sweeps over the threads
  return katz(v, opt, ctx);
}
}  // namespace

TEST_CASE("katz: equals NetworkX on every reference case, and diverges where it does", "[metrics][katz][reference]") {
  std::size_t converged = 0, diverged = 0;
  for (const auto& c : test::centrality_reference_cases()) {
    const View v = c.view();
    for (const auto& [column, alpha] : {std::pair<std::string, double>{"katz", 0.1}, {"katz_alpha_0.01", 0.01}}) {
      INFO(c.file << " " << column);
      if (c.column(column).is_null()) {
        CHECK_THROWS_AS(run(v, alpha), NotConverged);
        ++diverged;
      } else {
        // Defaults: nx.katz_centrality's numbers (its L1 rule, n * 1e-6); a tight tolerance:
        // the exact solution (katz_centrality_numpy).
        test::check_against_reference(c, column + "_default", run(v, alpha).values);
        test::check_against_reference(c, column, run(v, alpha, 0, 1e-14).values);
        ++converged;
      }
    }
  }
  CHECK(converged >= 30);
  CHECK(diverged >= 10);
}

TEST_CASE("katz: one arc by hand", "[metrics][katz]") {
  //   a -> b     x_a = beta = 1, x_b = alpha x_a + beta = 1.1; scaled to length 1.
  const auto x = run(View::from_arcs(2, {{0, 1, 1}}, true, false), 0.1, 0, 1e-14).values;
  const double norm = std::sqrt(1.0 + 1.1 * 1.1);
  CHECK(x[0] == Approx(1.0 / norm));
  CHECK(x[1] == Approx(1.1 / norm));
  CHECK(run(View::from_arcs(0, {}, true, false)).values.empty());
  for (double v : run(View::from_arcs(4, {}, true, false)).values) CHECK(v == Approx(0.5));
}

TEST_CASE("katz: diverges when alpha reaches 1 / spectral radius", "[metrics][katz]") {
  // The complete graph on 12 nodes has spectral radius 11 > 1 / 0.1, directed or not.
  std::vector<Arc> arcs;
  for (NodeId u = 0; u < 12; ++u)
    for (NodeId v = 0; v < 12; ++v)
      if (u != v) arcs.push_back({u, v, 1});
  CHECK_THROWS_AS(run(View::from_arcs(12, arcs, true, false)), NotConverged);
  CHECK_THROWS_AS(run(View::from_arcs(12, arcs, false, false)), NotConverged);
  CHECK_NOTHROW(run(View::from_arcs(12, arcs, true, false), 0.05));
}

TEST_CASE("katz: same bits on 1 and 2 threads", "[metrics][katz][property]") {
  const View v = test::random_view({9000, 3.0, true, 0, 3});
  CHECK(run(v, 0.05, 1).values == run(v, 0.05, 2).values);
}
