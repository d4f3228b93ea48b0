#include <catch2/catch.hpp>

#include <cmath>
#include <type_traits>
#include <vector>

#include "leadnet/metrics/eigenvector.hpp"
#include "leadnet/metrics/katz.hpp"
#include "leadnet/metrics/pagerank.hpp"
#include "metrics/iteration_detail.hpp"
#include "support/random_graph.hpp"

using namespace leadnet;

TEST_CASE("rows by length: longest rows first, ties in node order, rows keep their arcs' order",
          "[metrics][iteration]") {
  // Rows: 0 -> (1, 3) weights (1, 3); 1 -> (); 2 -> (0, 1, 3) weights (20, 21, 23); 3 -> (2) weight 32.
  // Lengths 2, 0, 3, 1: new order 2, 0, 3, 1, so number = (1, 3, 0, 2).
  const Csr c = build_csr(4, {{0, 1, 1}, {0, 3, 3}, {2, 0, 20}, {2, 1, 21}, {2, 3, 23}, {3, 2, 32}}, false, false);
  RunContext ctx;
  const detail::RowsByLength r(c, ctx);
  CHECK(r.old == std::vector<NodeId>{2, 0, 3, 1});
  CHECK(r.number == std::vector<NodeId>{1, 3, 0, 2});
  const auto row = [&](NodeId i) { return std::vector<NodeId>(r.csr.neighbors(i).begin(), r.csr.neighbors(i).end()); };
  const auto weights = [&](NodeId i) {
    return std::vector<double>(r.csr.row_weights(i).begin(), r.csr.row_weights(i).end());
  };
  CHECK(row(0) == std::vector<NodeId>{1, 3, 2});  // old 2 -> (0, 1, 3), renamed, in the old order
  CHECK(weights(0) == std::vector<double>{20, 21, 23});
  CHECK(row(1) == std::vector<NodeId>{3, 2});  // old 0 -> (1, 3)
  CHECK(weights(1) == std::vector<double>{1, 3});
  CHECK(row(2) == std::vector<NodeId>{0});  // old 3 -> old 2
  CHECK(weights(2) == std::vector<double>{32});
  CHECK(r.csr.degree(3) == 0);
  CHECK(r.csr.offsets == std::vector<EdgeOffset>{0, 3, 5, 6, 6});
  // to_new and to_old are inverse permutations.
  const std::vector<double> x{10, 11, 12, 13};
  std::vector<double> y(4), z(4);
  r.to_new(x, y);
  CHECK(y == std::vector<double>{12, 10, 13, 11});
  r.to_old(y, z);
  CHECK(z == x);
}

TEST_CASE("rows by length: worth it only for long iterations", "[metrics][iteration]") {
  using detail::worth_renumbering;
  // Ring-like graphs of 1000 nodes with k arcs per node: the bar is 3 (1 + k) sweeps left.
  const auto graph = [](NodeId k) {
    std::vector<Arc> arcs;
    for (NodeId v = 0; v < 1000; ++v)
      for (NodeId j = 1; j <= k; ++j) arcs.push_back({v, (v + j) % 1000, 1.0});
    return build_csr(1000, std::move(arcs), false, false);
  };
  const Csr nine = graph(9), four = graph(4);  // bars 30 and 15
  // Steps shrinking by 0.6 from 0.6 towards 1e-6: log(1e-6 / 0.6) / log(0.6) = 26.0 sweeps left.
  CHECK_FALSE(worth_renumbering(nine, 0, 4, 1.0, 0.6, 1e-6));
  CHECK(worth_renumbering(four, 0, 4, 1.0, 0.6, 1e-6));
  // Shrinking by 0.9: log(1e-6 / 0.9) / log(0.9) = 130 sweeps left.
  CHECK(worth_renumbering(nine, 0, 4, 1.0, 0.9, 1e-6));
  CHECK_FALSE(worth_renumbering(nine, 0, 3, 1.0, 0.9, 1e-6));     // before the fourth sweep
  CHECK_FALSE(worth_renumbering(nine, 2000, 4, 1.0, 0.9, 1e-6));  // a small graph
  CHECK_FALSE(worth_renumbering(nine, 0, 4, 1.0, 1e-7, 1e-6));    // already settled
  CHECK(worth_renumbering(nine, 0, 4, 1.0, 1.5, 1e-6));           // not shrinking
}

namespace {
// The power iterations at a tight tolerance (no Gauss-Seidel, no Arnoldi), renumbering or not.
template <class Options>
Options renumbering(bool on) {
  Options opt;
  opt.iteration.tolerance = 1e-13;
  opt.iteration.min_parallel_arcs = 0;
  opt.iteration.min_renumber_nodes = on ? 0 : ~std::size_t{0};
  if constexpr (std::is_same_v<Options, PageRankOptions>) opt.gauss_seidel_below_tolerance = 0.0;
  if constexpr (std::is_same_v<Options, EigenvectorOptions>) opt.arnoldi_min_nodes = ~NodeId{0};
  return opt;
}
}  // namespace

TEST_CASE("rows by length: long power iterations give the same scores, and the same bits on 1 and 2 threads",
          "[metrics][iteration][property]") {
  // 9000 nodes (three node blocks), 3 arcs per node. At 1e-13 both power iterations run long
  // enough to renumber (more than 3 (1 + m / n) sweeps left at the fourth).
  for (bool directed : {true, false}) {
    INFO("directed " << directed);
    const View v = test::random_view({9000, 3.0, directed, 3, 7});
    // kernel(view, options, ctx) with renumbering on and off: the same sweeps, the same scores
    // up to the order of the sums over all nodes; with it on, the same bits on 1 and 2 threads.
    const auto check = [&v](auto kernel, const auto& on, const auto& off, double epsilon) {
      RunContext one, two;
      one.threads = 1;
      two.threads = 2;
      const NodeScores a = kernel(v, on, one);
      CHECK(a.iterations > 30);
      CHECK(a.values == kernel(v, on, two).values);
      const NodeScores b = kernel(v, off, one);
      REQUIRE(b.iterations == a.iterations);
      for (NodeId x = 0; x < v.num_nodes(); ++x)
        CHECK(a.values[x] == Approx(b.values[x]).epsilon(epsilon).margin(1e-15));
    };
    check([](const View& g, const PageRankOptions& o, RunContext& c) { return pagerank(g, o, c); },
          renumbering<PageRankOptions>(true), renumbering<PageRankOptions>(false), 1e-12);
    check([](const View& g, const EigenvectorOptions& o, RunContext& c) { return eigenvector(g, o, c); },
          renumbering<EigenvectorOptions>(true), renumbering<EigenvectorOptions>(false), 1e-11);
    auto katz_on = renumbering<KatzOptions>(true), katz_off = renumbering<KatzOptions>(false);
    // Below 1 / spectral radius (about 7.4 directed, 23.4 undirected here), and slow enough.
    katz_on.alpha = katz_off.alpha = directed ? 0.1 : 0.03;
    check([](const View& g, const KatzOptions& o, RunContext& c) { return katz(g, o, c); }, katz_on, katz_off, 1e-12);
  }
}
