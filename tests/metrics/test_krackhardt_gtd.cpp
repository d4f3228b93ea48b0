#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

#include "leadnet/core/rng.hpp"
#include "leadnet/metrics/krackhardt_gtd.hpp"
#include "support/naive_gtd.hpp"
#include "support/paths.hpp"

using namespace leadnet;
using leadnet::test::naive_gtd;

namespace {

using Arcs = std::vector<std::pair<int, int>>;

View digraph(int n, const Arcs& arcs) {
  std::vector<Arc> a;
  for (auto [u, v] : arcs) a.push_back({static_cast<NodeId>(u), static_cast<NodeId>(v), 1.0});
  return View::from_arcs(static_cast<NodeId>(n), std::move(a), true, false);
}

GtdResult gtd(int n, const Arcs& arcs, GtdOptions opt = {}) {
  RunContext ctx;
  return krackhardt_gtd(digraph(n, arcs), opt, ctx);
}

const nlohmann::json& reference() {
  static const nlohmann::json j = [] {
    std::ifstream in(leadnet::test::test_data("chain/reference.json"));
    return nlohmann::json::parse(in);
  }();
  return j;
}

/// Reference value (null = NaN) against ours.
void check_value(const nlohmann::json& ref, double ours) {
  if (ref.is_null()) {
    CHECK(std::isnan(ours));
  } else {
    CHECK(ours == Approx(ref.get<double>()).margin(1e-12));
  }
}

void check_against_sna(const std::string& name, int n, const Arcs& arcs) {
  INFO(name);
  const auto& ref = reference()["gtd_small"][name];
  REQUIRE(!ref.is_null());
  const GtdResult r = gtd(n, arcs);
  check_value(ref["connectedness"], r.connectedness.value);
  check_value(ref["hierarchy"], r.hierarchy.value);
  check_value(ref["efficiency"], r.efficiency.value);
  check_value(ref["lub"], r.lub.value);
  CHECK(r.hierarchy.exact);
  CHECK(r.lub.exact);
}

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-12; }

}  // namespace

// Values from R sna 2.7 (tests/reference/chain_reference.py, stored in tests/data/chain/reference.json).
TEST_CASE("gtd: an out-tree scores 1 on all four, reversed its LUB drops", "[metrics][gtd]") {
  //      0              0          arcs boss -> subordinate (out-tree), and the same tree with
  //     / \            ^ ^         arcs subordinate -> boss (in-tree, as reports_to is stored):
  //    1   2          1   2        LUB 0.2 (sna), since siblings have no common upper bound.
  //   / \   \        ^ ^   ^
  //  3   4   5      3   4   5
  check_against_sna("out_tree", 6, {{0, 1}, {0, 2}, {1, 3}, {1, 4}, {2, 5}});
  check_against_sna("in_tree", 6, {{1, 0}, {2, 0}, {3, 1}, {4, 1}, {5, 2}});
  const GtdResult r = gtd(6, {{0, 1}, {0, 2}, {1, 3}, {1, 4}, {2, 5}});
  CHECK(r.lub_violations == 0.0);
  CHECK(r.lub_max_violations == 10.0);  // (6-1)(6-2)/2
}

TEST_CASE("gtd: sna's LUB wants the highest common superior, not the lowest", "[metrics][gtd]") {
  //   0   1      two bosses over 2 and 3: the pair {2,3} has upper bounds {0,1} and neither reaches
  //   |\ /|      the other; {0,1} has none. 2 violations of 3 possible: LUB 1/3.
  //   | X |
  //   2   3
  check_against_sna("two_bosses", 4, {{0, 2}, {1, 2}, {0, 3}, {1, 3}});
  //     0        one boss over a diamond: 0 is an upper bound of every pair and reaches all the
  //    / \       others, so no pair violates: LUB 1 (though {1,2} has no *lowest* bound besides 0
  //              and 3's upper bounds {0,1,2} have no lowest element).
  //   1   2
  //    \ /
  //     3
  check_against_sna("diamond", 4, {{0, 1}, {0, 2}, {1, 3}, {2, 3}});
}

TEST_CASE("gtd: in-star, zigzag, cycles and complete graphs", "[metrics][gtd]") {
  //  1 2 3        in-star: {1,2},{1,3},{2,3} have no common upper bound: 3 of 3, LUB 0
  //   \|/
  //    0
  check_against_sna("in_star4", 4, {{1, 0}, {2, 0}, {3, 0}});
  //  0 -> 1 <- 2 -> 3 <- 4      zigzag: more violations than the denominator allows, LUB 1/6
  check_against_sna("zigzag", 5, {{0, 1}, {2, 1}, {2, 3}, {4, 3}});
  //  0 -> 1 -> 2 -> 0           a cycle: every pair mutual, hierarchy 0
  check_against_sna("cycle3", 3, {{0, 1}, {1, 2}, {2, 0}});
  Arcs all;
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j)
      if (i != j) all.push_back({i, j});
  check_against_sna("complete4", 4, all);
  //  4 -> 3 -> 0 -> 1 -> 2 -> 0 (cycle 0,1,2), 2 -> 5 -> 6 <- 7
  check_against_sna("cycle_with_tails", 8, {{0, 1}, {1, 2}, {2, 0}, {3, 0}, {4, 3}, {2, 5}, {5, 6}, {7, 6}});
  //  8 -> 0, 8 -> 1, 7 -> 1, 0 -> 2, 1 -> 2, 2 -> 3 -> 4 -> 2 (cycle), 4 -> 5, 4 -> 6: sources 7 and 8
  check_against_sna("bowtie", 9,
                    {{0, 2}, {1, 2}, {2, 3}, {3, 4}, {4, 2}, {4, 5}, {4, 6}, {7, 1}, {8, 0}, {8, 1}});
}

TEST_CASE("gtd: forests, isolates and the undefined cases", "[metrics][gtd]") {
  //  0 -> 1, 0 -> 2;  3 -> 4 -> 5;  6 alone: connectedness (3 + 3) / 21
  check_against_sna("forest_isolate", 7, {{0, 1}, {0, 2}, {3, 4}, {4, 5}});
  //  0 -> 1, 2 alone: no component of three, LUB NaN
  check_against_sna("pair_only", 3, {{0, 1}});
  check_against_sna("empty3", 3, {});
  check_against_sna("one_node", 1, {});
  const GtdResult empty = gtd(0, {});
  CHECK(empty.nodes == 0);
  CHECK(empty.connectedness.value == 1.0);
  CHECK(std::isnan(empty.hierarchy.value));
  CHECK(std::isnan(empty.lub.value));
}

TEST_CASE("gtd: an undirected view counts each tie as two arcs, as sna does on a symmetric matrix",
          "[metrics][gtd]") {
  // 0 - 1 - 2 as undirected ties equals the symmetric digraph 0<->1<->2: efficiency
  // 1 - (4 - 2) / 4 = 0.5, hierarchy 0, LUB 1.
  const View undirected = View::from_arcs(3, {{0, 1, 1.0}, {1, 2, 1.0}}, false, false);
  RunContext ctx;
  const GtdResult r = krackhardt_gtd(undirected, {}, ctx);
  const auto naive = naive_gtd(3, {{0, 1}, {1, 0}, {1, 2}, {2, 1}});
  CHECK(r.arcs == 4);
  CHECK(r.efficiency.value == Approx(naive.efficiency));
  CHECK(r.efficiency.value == Approx(0.5));
  CHECK(r.hierarchy.value == 0.0);
  CHECK(r.lub.value == 1.0);
}

TEST_CASE("gtd: random digraphs equal the literal sna loops", "[metrics][gtd][property]") {
  // Forests with extra arcs (several managers, cycles), sparse and dense random digraphs, in
  // several components: the structural shortcuts and the bitset paths all get exercised.
  Rng rng(42);
  for (int round = 0; round < 300; ++round) {
    const int n = 1 + static_cast<int>(rng.below(24));
    Arcs arcs;
    const int kind = round % 3;
    std::vector<std::vector<char>> has(n, std::vector<char>(n, 0));
    const auto add = [&](int u, int v) {
      if (u != v && !has[u][v]) has[u][v] = 1, arcs.push_back({u, v});
    };
    if (kind == 0) {  // a forest boss -> subordinate with a few extra arcs either way
      for (int v = 1; v < n; ++v)
        if (rng.bernoulli(0.9)) add(static_cast<int>(rng.below(v)), v);
      const int extra = static_cast<int>(rng.below(4));
      for (int e = 0; e < extra && n > 1; ++e) add(static_cast<int>(rng.below(n)), static_cast<int>(rng.below(n)));
    } else {
      const double p = kind == 1 ? 1.5 / n : 0.35;
      for (int u = 0; u < n; ++u)
        for (int v = 0; v < n; ++v)
          if (rng.bernoulli(p)) add(u, v);
    }
    const auto naive = naive_gtd(n, arcs);
    const GtdResult r = gtd(n, arcs);
    INFO("round " << round << " n " << n << " arcs " << arcs.size());
    CHECK(same(r.connectedness.value, naive.connectedness));
    CHECK(same(r.hierarchy.value, naive.hierarchy));
    CHECK(same(r.efficiency.value, naive.efficiency));
    CHECK(same(r.lub.value, naive.lub));
    // Relabelling the nodes changes nothing.
    std::vector<int> perm(n);
    for (int i = 0; i < n; ++i) perm[i] = n - 1 - i;
    Arcs relabelled;
    for (auto [u, v] : arcs) relabelled.push_back({perm[u], perm[v]});
    const GtdResult q = gtd(n, relabelled);
    CHECK(same(q.hierarchy.value, r.hierarchy.value));
    CHECK(same(q.lub.value, r.lub.value));
  }
}

TEST_CASE("gtd: sampled estimates bracket the exact values and repeat with the seed", "[metrics][gtd][property]") {
  // A random digraph of 600 nodes (neither forest-like nor reached from one source): exact with
  // the default limits, estimated when the exact work limit is set to nothing.
  Rng rng(7);
  Arcs arcs;
  const int n = 600;
  for (int u = 0; u < n; ++u)
    for (int e = 0; e < 2; ++e) {
      const int v = static_cast<int>(rng.below(n));
      if (v != u) arcs.push_back({u, v});
    }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  const GtdResult exact = gtd(n, arcs);
  REQUIRE(exact.hierarchy.exact);
  REQUIRE(exact.lub.exact);
  GtdOptions cheap;
  cheap.exact_work_limit = 0;
  cheap.samples = 3000;
  const GtdResult est = gtd(n, arcs, cheap);
  CHECK_FALSE(est.hierarchy.exact);
  CHECK_FALSE(est.lub.exact);
  CHECK(est.hierarchy.samples == 3000);
  CHECK(est.hierarchy.standard_error > 0.0);
  CHECK(std::abs(est.hierarchy.value - exact.hierarchy.value) <= 4 * est.hierarchy.standard_error + 1e-9);
  CHECK(std::abs(est.lub.value - exact.lub.value) <= 4 * est.lub.standard_error + 1e-9);
  CHECK(est.connectedness.exact);  // always exact
  CHECK(est.connectedness.value == exact.connectedness.value);
  GtdOptions blocks;  // the exact bitset path in blocks of 64 target components
  blocks.bitset_memory_limit = 8 * 600;
  const GtdResult blocked = gtd(n, arcs, blocks);
  CHECK(blocked.hierarchy.value == exact.hierarchy.value);
  CHECK(blocked.asymmetric_pairs == exact.asymmetric_pairs);
  const GtdResult again = gtd(n, arcs, cheap);
  CHECK(again.hierarchy.value == est.hierarchy.value);
  CHECK(again.lub.value == est.lub.value);
}

TEST_CASE("gtd: a deep chain of a million nodes is exact and quick", "[metrics][gtd]") {
  // 0 -> 1 -> ... -> n-1: an out-tree (all four = 1) and, reversed, an in-tree whose LUB the
  // shortcut gives exactly: every pair is comparable, so no violation either way.
  const int n = 1'000'000;
  Arcs arcs;
  for (int v = 1; v < n; ++v) arcs.push_back({v - 1, v});
  const GtdResult r = gtd(n, arcs);
  CHECK(r.hierarchy.value == 1.0);
  CHECK(r.lub.value == 1.0);
  CHECK(r.efficiency.value == 1.0);
  CHECK(r.asymmetric_pairs == Approx(static_cast<double>(n) * (n - 1) / 2));
  Arcs up;
  for (auto [u, v] : arcs) up.push_back({v, u});
  const GtdResult q = gtd(n, up);
  CHECK(q.hierarchy.value == 1.0);
  CHECK(q.lub.value == 1.0);
}
