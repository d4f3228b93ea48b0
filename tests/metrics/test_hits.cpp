#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "leadnet/metrics/hits.hpp"
#include "support/centrality_reference.hpp"
#include "support/random_graph.hpp"

using namespace leadnet;

namespace {
HitsScores run(const View& v, int threads = 0, bool parallel_small = false) {
  RunContext ctx;
  ctx.threads = threads;
  HitsOptions opt;
  if (parallel_small) {
    opt.iteration.min_parallel_arcs = 0;  // split even small sweeps over the threads
    opt.iteration.tolerance = 1e-5;       // the bits must agree at any tolerance
  }
  return hits(v, opt, ctx);
}
double sum(const std::vector<double>& x) { return std::accumulate(x.begin(), x.end(), 0.0); }
}  // namespace

TEST_CASE("hits: equals NetworkX on every reference case", "[metrics][hits][reference]") {
  for (const auto& c : test::centrality_reference_cases()) {
    INFO(c.file << " (" << c.record["notes"]["hits"] << ")");
    const HitsScores h = run(c.view());
    test::check_against_reference(c, "hub", h.hub.values);
    test::check_against_reference(c, "authority", h.authority.values);
  }
}

TEST_CASE("hits: small directed graph by hand", "[metrics][hits]") {
  //   a -> c <- b -> d      A^T A on (c, d) = [[2, 1], [1, 1]], top eigenvalue (3 + sqrt 5) / 2
  //                         with vector (1, (sqrt 5 - 1) / 2): authorities c = 1/phi, d = 1/phi^2
  //                         (phi the golden ratio); hubs A a: a = 1/phi^2, b = 1/phi.
  const double phi = (1.0 + std::sqrt(5.0)) / 2.0;
  const HitsScores h = run(View::from_arcs(4, {{0, 2, 1}, {1, 2, 1}, {1, 3, 1}}, true, false));
  CHECK(h.authority.values[2] == Approx(1.0 / phi));
  CHECK(h.authority.values[3] == Approx(1.0 / (phi * phi)));
  CHECK(h.authority.values[0] == Approx(0.0).margin(1e-15));
  CHECK(h.hub.values[0] == Approx(1.0 / (phi * phi)));
  CHECK(h.hub.values[1] == Approx(1.0 / phi));
}

TEST_CASE("hits: no arcs gives 1/n, empty graph nothing", "[metrics][hits]") {
  const HitsScores h = run(View::from_arcs(4, {}, true, false));
  CHECK(h.hub.values == std::vector<double>(4, 0.25));
  CHECK(h.authority.values == std::vector<double>(4, 0.25));
  CHECK(run(View::from_arcs(0, {}, true, false)).hub.values.empty());
}

TEST_CASE("hits: sums to 1, same bits on 1 and 2 threads", "[metrics][hits][property]") {
  for (std::uint64_t seed = 1; seed <= 1; ++seed)
    for (bool directed : {true, false}) {
      // 9000 nodes: three node blocks, so two threads really split each sweep.
      const View v = test::random_view({9000, 3.0, directed, 3, seed});
      const HitsScores one = run(v, 1, true);
      CHECK(sum(one.hub.values) == Approx(1.0).epsilon(1e-12));
      CHECK(sum(one.authority.values) == Approx(1.0).epsilon(1e-12));
      if (directed) {  // (the undirected graph needs ~300 sweeps: slow to wake two threads for)
        const HitsScores two = run(v, 2, true);
        CHECK(one.hub.values == two.hub.values);
        CHECK(one.authority.values == two.authority.values);
      }
    }
}

TEST_CASE("hits: Lanczos and the power iteration agree", "[metrics][hits][property]") {
  // Both reach the projection of the uniform start onto the top eigenspace of A A^T; the power
  // iteration is the method of NetworkX's _hits_python, so this checks Lanczos against it on
  // graphs the reference datasets do not cover (directed and undirected, three seeds).
  for (std::uint64_t seed = 1; seed <= 3; ++seed)
    for (bool directed : {true, false}) {
      INFO("seed " << seed << (directed ? " directed" : " undirected"));
      const View v = test::random_view({3000, 4.0, directed, 3, seed});
      RunContext ctx;
      HitsOptions lanczos, power;
      power.lanczos_min_nodes = v.num_nodes() + 1;  // never Lanczos
      const HitsScores a = hits(v, lanczos, ctx);
      const HitsScores b = hits(v, power, ctx);
      CHECK(a.hub.iterations < b.hub.iterations);  // products of A A^T against sweeps
      const double top = *std::max_element(b.hub.values.begin(), b.hub.values.end());
      for (NodeId x = 0; x < v.num_nodes(); ++x) {
        CHECK(a.hub.values[x] == Approx(b.hub.values[x]).epsilon(1e-7).margin(1e-10 * top));
        CHECK(a.authority.values[x] == Approx(b.authority.values[x]).epsilon(1e-7).margin(1e-10 * top));
      }
    }
}
