#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/metrics/eigenvector.hpp"
#include "support/centrality_reference.hpp"
#include "support/random_graph.hpp"

using namespace leadnet;

namespace {
NodeScores run(const View& v, int threads = 0, bool parallel_small = false, double tolerance = 0.0) {
  RunContext ctx;
  ctx.threads = threads;
  EigenvectorOptions opt;
  if (tolerance > 0.0) opt.iteration.tolerance = tolerance;
  if (parallel_small) {
    opt.iteration.min_parallel_arcs = 0;  // split even small sweeps over the threads
    opt.iteration.tolerance = 1e-9;       // enough sweeps for rounding to matter
  }
  return eigenvector(v, opt, ctx);
}
}  // namespace

TEST_CASE("eigenvector: equals NetworkX on every reference case", "[metrics][eigenvector][reference]") {
  std::size_t failures = 0;
  for (const auto& c : test::centrality_reference_cases()) {
    INFO(c.file);
    const View v = c.view();
    if (c.column("eigenvector").is_null()) {
      // NetworkX's power iteration did not converge: neither does leadnet's.
      CHECK_THROWS_AS(run(v), NotConverged);
      ++failures;
      continue;
    }
    // Defaults: nx.eigenvector_centrality(G)'s numbers (its L1 rule, n * 1e-6); a tight
    // tolerance: the converged vector (tol=1e-14).
    test::check_against_reference(c, "eigenvector_default", run(v).values);
    test::check_against_reference(c, "eigenvector", run(v, 0, false, 1e-14).values);
  }
  CHECK(failures >= 2);  // the directed reporting trees
}

TEST_CASE("eigenvector: star by hand", "[metrics][eigenvector]") {
  //      b
  //      |        lambda = sqrt(3); centre = sqrt(3) * leaf; with length 1: leaf = 1/sqrt(6),
  //  c - a - d    centre = 1/sqrt(2).
  const auto x = run(View::from_arcs(4, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}}, false, false), 0, false, 1e-14).values;
  CHECK(x[0] == Approx(1.0 / std::sqrt(2.0)));
  CHECK(x[1] == Approx(1.0 / std::sqrt(6.0)));
}

TEST_CASE("eigenvector: identical components share the score, isolates fade", "[metrics][eigenvector]") {
  //   a - b    c - d    e       The leading eigenvalue 1 is double; from the uniform start the
  //                             iteration keeps the two edges equal: 1/2 each; e decays to 0.
  const auto x = run(View::from_arcs(5, {{0, 1, 1}, {2, 3, 1}}, false, false), 0, false, 1e-14).values;
  for (int i = 0; i < 4; ++i) CHECK(x[static_cast<std::size_t>(i)] == Approx(0.5));
  CHECK(x[4] == Approx(0.0).margin(1e-9));
  CHECK(run(View::from_arcs(1, {}, false, false)).values == std::vector<double>{1.0});
  CHECK(run(View::from_arcs(0, {}, false, false)).values.empty());
}

TEST_CASE("eigenvector: a directed graph without cycles does not converge", "[metrics][eigenvector]") {
  CHECK_THROWS_AS(run(View::from_arcs(3, {{0, 1, 1}, {1, 2, 1}}, true, false)), NotConverged);
}

TEST_CASE("eigenvector: same bits on 1 and 2 threads, relabelling", "[metrics][eigenvector][property]") {
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    test::RandomGraphSpec spec{9000, 3.0, true, 3, seed};
    const View v = test::random_view(spec);
    if (seed == 1) CHECK(run(v, 1, true).values == run(v, 2, true).values);
    spec.nodes = 300;
    const auto perm = test::random_permutation(spec.nodes, seed);
    const auto base = run(test::random_view(spec)).values;
    const auto moved = run(test::permuted_view(spec, perm)).values;
    for (NodeId x = 0; x < spec.nodes; ++x) CHECK(moved[perm[x]] == Approx(base[x]).margin(1e-10));
  }
}
