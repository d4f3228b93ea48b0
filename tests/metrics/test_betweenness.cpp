#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/rng.hpp"
#include "leadnet/metrics/betweenness.hpp"
#include "metrics/betweenness_detail.hpp"
#include "metrics/locality_detail.hpp"
#include "support/centrality_reference.hpp"
#include "support/naive_centrality.hpp"
#include "support/random_graph.hpp"

using namespace leadnet;
using leadnet::test::RandomGraphSpec;

namespace {

NodeScores run(const View& v, BetweennessOptions opt = {}, int threads = 0, std::uint64_t seed = 1) {
  RunContext ctx;
  ctx.threads = threads;
  ctx.seed = seed;
  return betweenness(v, opt, ctx);
}

View undirected(NodeId n, std::vector<Arc> arcs) { return View::from_arcs(n, std::move(arcs), false, false); }

}  // namespace

TEST_CASE("betweenness: equals NetworkX on every reference case", "[metrics][betweenness][reference]") {
  std::size_t compared = 0;
  for (const auto& c : test::centrality_reference_cases()) {
    INFO(c.file);
    const View v = c.view();
    compared += test::check_against_reference(c, "betweenness", run(v).values);
  }
  CHECK(compared > 10000);
}

TEST_CASE("betweenness: path of five nodes by hand", "[metrics][betweenness]") {
  //   a --- b --- c --- d --- e
  // b lies on the shortest paths a-c, a-d, a-e (3 of the 6 pairs not involving b), c on
  // a-d, a-e, b-d, b-e (4), d like b. Normalised by (n-1)(n-2)/2 = 6 pairs.
  const View v = undirected(5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}});
  const auto b = run(v).values;
  CHECK(b[0] == 0.0);
  CHECK(b[1] == Approx(3.0 / 6.0));
  CHECK(b[2] == Approx(4.0 / 6.0));
  CHECK(b[3] == Approx(3.0 / 6.0));
  CHECK(b[4] == 0.0);
  BetweennessOptions raw;
  raw.normalized = false;
  CHECK(run(v, raw).values[2] == Approx(4.0));  // undirected raw sums count each pair once
}

TEST_CASE("betweenness: directed diamond splits the one pair between two brokers", "[metrics][betweenness]") {
  //        x
  //      ^   \          s -> x -> t and s -> y -> t: two shortest s-t paths, one through x,
  //     /     v         one through y, so each gets 1/2 of the pair; normalised by
  //    s       t        (n-1)(n-2) = 6 ordered pairs.
  //     \     ^
  //      v   /
  //        y
  const View v = View::from_arcs(4, {{0, 1, 1}, {0, 2, 1}, {1, 3, 1}, {2, 3, 1}}, true, false);
  const auto b = run(v).values;
  CHECK(b[0] == 0.0);
  CHECK(b[1] == Approx(0.5 / 6.0));
  CHECK(b[2] == Approx(0.5 / 6.0));
  CHECK(b[3] == 0.0);
}

TEST_CASE("betweenness: weighted ties are short when strong", "[metrics][betweenness]") {
  //   a ==4== b ==4== c      a -- c has weight 1 (length 1); a-b-c has length 1/4 + 1/4 = 1/2,
  //    \_____1_______/       so with weights the a-c traffic goes through b; without, it does not.
  const std::vector<Arc> arcs{{0, 1, 4}, {1, 2, 4}, {0, 2, 1}};
  CHECK(run(View::from_arcs(3, arcs, false, true)).values[1] == Approx(1.0));
  CHECK(run(View::from_arcs(3, arcs, false, false)).values[1] == 0.0);
}

TEST_CASE("betweenness: empty graph, one node, two nodes, isolates, disconnected", "[metrics][betweenness]") {
  CHECK(run(View::from_arcs(0, {}, true, false)).values.empty());
  CHECK(run(View::from_arcs(1, {}, true, false)).values == std::vector<double>{0.0});
  CHECK(run(View::from_arcs(2, {{0, 1, 1}}, false, false)).values == std::vector<double>{0.0, 0.0});
  // Two paths a-b-c and d-e-f plus an isolate g: b and e each broker one pair of their own
  // component; pairs across components have no path and add nothing.
  const View v = undirected(7, {{0, 1, 1}, {1, 2, 1}, {3, 4, 1}, {4, 5, 1}});
  const auto b = run(v).values;
  const double one_pair = 1.0 / (6.0 * 5.0 / 2.0);
  CHECK(b[1] == Approx(one_pair));
  CHECK(b[4] == Approx(one_pair));
  CHECK(b[6] == 0.0);
}

TEST_CASE("betweenness: equals the naive definition on random graphs", "[metrics][betweenness][property]") {
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    for (bool directed : {true, false}) {
      INFO("seed " << seed << (directed ? " directed" : " undirected"));
      // Weights 1, 2, 4 have lengths 1, 1/2, 1/4 that add up exactly, so ties between path
      // lengths are the same for the naive sum and for Dijkstra.
      for (int max_weight : {0, 4}) {
        RandomGraphSpec spec{40, 2.5, directed, max_weight, seed};
        std::vector<Arc> arcs = test::random_arcs(spec);
        for (Arc& a : arcs) a.weight = a.weight >= 3 ? 4.0 : a.weight;
        const View v = View::from_arcs(spec.nodes, std::move(arcs), directed, max_weight > 0);
        const auto fast = run(v).values;
        const auto naive = test::naive_betweenness(v);
        for (NodeId x = 0; x < v.num_nodes(); ++x) CHECK(fast[x] == Approx(naive[x]).margin(1e-12));
      }
    }
  }
}

TEST_CASE("betweenness: properties on random graphs", "[metrics][betweenness][property]") {
  for (std::uint64_t seed = 11; seed <= 14; ++seed) {
    for (bool directed : {true, false}) {
      INFO("seed " << seed << (directed ? " directed" : " undirected"));
      RandomGraphSpec spec{120, 3.0, directed, 5, seed};
      const View weighted = test::random_view(spec);
      const auto b = run(weighted).values;
      // Normalised betweenness lies in [0, 1].
      for (double x : b) {
        CHECK(x >= 0.0);
        CHECK(x <= 1.0);
      }
      // 1 and 2 threads: the same bits.
      CHECK(run(weighted, {}, 1).values == run(weighted, {}, 2).values);
      spec.max_weight = 0;
      const View plain = test::random_view(spec);
      CHECK(run(plain, {}, 1).values == run(plain, {}, 2).values);
      // Relabelling the nodes permutes the scores.
      const auto perm = test::random_permutation(spec.nodes, seed);
      const auto moved = run(test::permuted_view(spec, perm)).values;
      const auto base = run(plain).values;
      for (NodeId x = 0; x < spec.nodes; ++x) CHECK(moved[perm[x]] == Approx(base[x]).margin(1e-15));
      // Every weight equal: the same shortest paths as hop counts (Dijkstra vs BFS).
      std::vector<Arc> arcs = test::random_arcs(spec);
      for (Arc& a : arcs) a.weight = 2.0;
      const auto doubled = run(View::from_arcs(spec.nodes, std::move(arcs), directed, true)).values;
      for (NodeId x = 0; x < spec.nodes; ++x) CHECK(doubled[x] == Approx(base[x]).margin(1e-15));
    }
  }
}

TEST_CASE("betweenness: all weights 1 on a weighted view equals the unweighted view",
          "[metrics][betweenness][property]") {
  for (bool directed : {true, false}) {
    RandomGraphSpec spec{80, 3.0, directed, 0, 5};
    const View ones = View::from_arcs(spec.nodes, test::random_arcs(spec), directed, true);
    const View plain = View::from_arcs(spec.nodes, test::random_arcs(spec), directed, false);
    CHECK(run(ones).values == run(plain).values);
  }
}

TEST_CASE("betweenness: a source list scales like NetworkX's k pivots", "[metrics][betweenness]") {
  const View v = undirected(5, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}});
  BetweennessOptions opt;
  opt.sources = {0};
  // From a alone: b, c, d each lie on a's paths to the nodes beyond them: 3, 2, 1 targets;
  // NetworkX's k=1 estimate scales the normalised sum by n / k = 5.
  const auto b = run(v, opt).values;
  CHECK(b[1] == Approx(3.0 / 12.0 * 5.0));
  CHECK(b[3] == Approx(1.0 / 12.0 * 5.0));
  opt.sources = {7};
  CHECK_THROWS_AS(run(v, opt), UsageError);
}

TEST_CASE("betweenness: vertex diameter bound holds", "[metrics][betweenness][approx]") {
  // Directed path of 11 nodes: every node is its own strong component; the chain has 11.
  std::vector<Arc> path;
  for (NodeId i = 0; i + 1 < 11; ++i) path.push_back({i, i + 1, 1});
  CHECK(detail::vertex_diameter_bound(View::from_arcs(11, path, true, false), false) == 11);
  CHECK(detail::vertex_diameter_bound(View::from_arcs(11, path, false, false), false) == 11);
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    for (bool directed : {true, false}) {
      const View v = test::random_view({50, 2.0, directed, 0, seed});
      const auto ap = test::all_pairs(v);
      double longest = 0;
      for (const auto& row : ap.dist)
        for (double d : row)
          if (std::isfinite(d)) longest = std::max(longest, d);
      CHECK(detail::vertex_diameter_bound(v, false) >= static_cast<std::uint64_t>(longest) + 1);
    }
  }
}

TEST_CASE("betweenness: sampled estimate stays within its bound", "[metrics][betweenness][approx]") {
  for (const char* name : {"email-eu-core/all-directed-unweighted", "email-eu-core/all-undirected-unweighted",
                           "example-municipality/all-directed-weighted", "lazega-lawfirm/all-undirected-weighted"}) {
    INFO(name);
    const auto& cases = test::centrality_reference_cases();
    const auto it = std::find_if(cases.begin(), cases.end(), [&](const auto& c) { return c.file == name; });
    REQUIRE(it != cases.end());
    const View v = it->view();
    BetweennessOptions opt;
    opt.approx_eps = 0.02;
    const NodeScores approx = run(v, opt);
    CHECK(approx.samples > 1000);
    CHECK(approx.error_bound == 0.02);
    const auto& ref = it->column("betweenness");
    double worst = 0.0;
    for (std::size_t x = 0; x < ref.size(); ++x)
      worst = std::max(worst, std::abs(approx.values[x] - ref[x].get<double>()));
    CHECK(worst <= 0.02);
    // Sampling is deterministic for a seed at any thread count, and the seed matters.
    opt.approx_eps = 0.05;
    const auto seven = run(v, opt, 1, 7).values;
    CHECK(seven == run(v, opt, 2, 7).values);
    CHECK(seven != run(v, opt, 1, 8).values);
  }
}

TEST_CASE("betweenness: sampled estimate rejects a bad eps", "[metrics][betweenness][approx]") {
  const View v = undirected(5, {{0, 1, 1}, {1, 2, 1}});
  BetweennessOptions opt;
  opt.approx_eps = 0.0;
  CHECK_THROWS_AS(run(v, opt), UsageError);
  opt.approx_eps = 1.5;
  CHECK_THROWS_AS(run(v, opt), UsageError);
  // Tiny graphs: nothing to sample, all zero.
  opt.approx_eps = 0.1;
  CHECK(run(View::from_arcs(2, {{0, 1, 1}}, true, false), opt).values == std::vector<double>{0.0, 0.0});
}

TEST_CASE("betweenness: large graphs searched on a renumbering give each node its own score",
          "[metrics][betweenness][property]") {
  // From detail::kRenumberFrom nodes on, the searches run on a breadth-first renumbering. A
  // 40-node random graph scattered among isolated nodes (node i at i * 6553 + 17, so that the
  // renumbering moves every one of them) must give its nodes the raw sums of the naive
  // definition on the 40-node graph alone: isolated nodes add no paths.
  constexpr NodeId kBig = detail::kRenumberFrom + 1000;
  constexpr NodeId kStride = 6553;
  const auto place = [](NodeId i) { return i * kStride + 17; };
  for (bool directed : {true, false}) {
    for (int max_weight : {0, 4}) {
      INFO((directed ? "directed" : "undirected") << " max weight " << max_weight);
      RandomGraphSpec spec{40, 2.5, directed, max_weight, 21};
      std::vector<Arc> arcs = test::random_arcs(spec);
      for (Arc& a : arcs) a.weight = a.weight >= 3 ? 4.0 : a.weight;  // lengths 1, 1/2, 1/4 add exactly
      std::vector<Arc> scattered = arcs;
      for (Arc& a : scattered) {
        a.source = place(a.source);
        a.target = place(a.target);
      }
      const View small = View::from_arcs(spec.nodes, std::move(arcs), directed, max_weight > 0);
      const View big = View::from_arcs(kBig, std::move(scattered), directed, max_weight > 0);
      REQUIRE(place(spec.nodes - 1) < kBig);

      // naive_betweenness is normalised by 1 / ((n-1)(n-2)) for n = 40 (both directions);
      // unnormalised, NetworkX halves undirected sums.
      const auto naive = test::naive_betweenness(small);
      const double raw = 39.0 * 38.0 * (directed ? 1.0 : 0.5);
      BetweennessOptions opt;
      opt.normalized = false;
      const auto b = run(big, opt, 2).values;
      for (NodeId i = 0; i < spec.nodes; ++i) CHECK(b[place(i)] == Approx(naive[i] * raw).margin(1e-9));
      double elsewhere = 0.0;
      for (NodeId v = 0; v < kBig; ++v)
        if (v < 17 || (v - 17) % kStride != 0 || (v - 17) / kStride >= spec.nodes) elsewhere += b[v];
      CHECK(elsewhere == 0.0);

      // Sources given by their original numbers: from the first five scattered nodes alone the
      // sums are those of the 40-node graph from its first five nodes, scaled by n / k.
      BetweennessOptions few;
      few.normalized = false;
      BetweennessOptions few_small = few;
      for (NodeId i = 0; i < 5; ++i) {
        few.sources.push_back(place(i));
        few_small.sources.push_back(i);
      }
      const auto from_big = run(big, few, 1).values;
      const auto from_small = run(small, few_small, 1).values;
      for (NodeId i = 0; i < spec.nodes; ++i)
        CHECK(from_big[place(i)] / kBig == Approx(from_small[i] / spec.nodes).margin(1e-12));
    }
  }
}

namespace {

// A random graph with many leaves: 30 core nodes, then 30 nodes each tied to one random earlier
// node in both directions (leaves of the core, and of leaves: chains), a pair tied only to each
// other, a star whose centre has nothing but leaves, 8 nodes with one arc out and 8 with one arc
// in (directed: starts and ends; some tied to leaves), and a start tied only to an end.
// Undirected views list each tie once.
View leafy_view(std::uint64_t seed, bool directed, bool weighted) {
  RandomGraphSpec spec{30, 2.0, directed, 0, seed};
  std::vector<Arc> arcs = test::random_arcs(spec);
  Rng rng(seed + 100);
  const auto tie = [&](NodeId a, NodeId b) {
    arcs.push_back({a, b, 1.0});
    if (directed) arcs.push_back({b, a, 1.0});
  };
  NodeId n = spec.nodes;
  for (int i = 0; i < 30; ++i, ++n) tie(n, static_cast<NodeId>(rng.below(n)));
  tie(n, n + 1);  // a pair
  n += 2;
  for (NodeId i = 1; i <= 4; ++i) tie(n, n + i);  // a star
  n += 5;
  for (int i = 0; i < 8; ++i, n += 2) {  // directed: starts (only out) and ends (only in)
    arcs.push_back({n, static_cast<NodeId>(rng.below(n)), 1.0});
    arcs.push_back({static_cast<NodeId>(rng.below(n)), n + 1, 1.0});
  }
  arcs.push_back({n, n + 1, 1.0});  // a start tied only to an end: both stay
  n += 2;
  return View::from_arcs(n, std::move(arcs), directed, weighted);
}

}  // namespace

TEST_CASE("betweenness: leaves folded into their neighbour change no score", "[metrics][betweenness][property]") {
  // Unweighted views fold leaves (one neighbour, tied both ways) into that neighbour; weighted
  // views with every weight 1 are searched whole by Dijkstra. Both must equal the naive
  // definition, from every source and from a source list that includes leaves.
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    for (bool directed : {true, false}) {
      INFO("seed " << seed << (directed ? " directed" : " undirected"));
      const View plain = leafy_view(seed, directed, false);
      const View ones = leafy_view(seed, directed, true);
      const auto naive = test::naive_betweenness(plain);
      const auto folded = run(plain, {}, 2).values;
      for (NodeId x = 0; x < plain.num_nodes(); ++x) CHECK(folded[x] == Approx(naive[x]).margin(1e-12));
      CHECK(run(plain, {}, 1).values == folded);

      BetweennessOptions some;
      for (NodeId s = 0; s < plain.num_nodes(); s += 3) some.sources.push_back(s);  // leaves among them
      const auto a = run(plain, some, 1).values;
      const auto b = run(ones, some, 1).values;
      for (NodeId x = 0; x < plain.num_nodes(); ++x) CHECK(a[x] == Approx(b[x]).margin(1e-12));
      CHECK(run(plain, some, 2).values == a);
    }
  }
}
