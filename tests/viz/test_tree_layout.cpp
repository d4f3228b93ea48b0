#include <catch2/catch.hpp>

#include <cmath>

#include "leadnet/core/rng.hpp"
#include "leadnet/viz/tree_layout.hpp"

using namespace leadnet;
using namespace leadnet::viz;

namespace {

// No two placed nodes on the same row closer than `gap`.
std::size_t crowded_pairs(const TreeLayout& t, double gap) {
  std::size_t bad = 0;
  for (std::size_t i = 0; i < t.positions.size(); ++i)
    for (std::size_t j = i + 1; j < t.positions.size(); ++j) {
      if (!t.placed[i] || !t.placed[j]) continue;
      if (std::fabs(t.positions[i].y - t.positions[j].y) < 1e-9 &&
          std::fabs(t.positions[i].x - t.positions[j].x) < gap - 1e-9)
        ++bad;
    }
  return bad;
}

}  // namespace

TEST_CASE("tidy tree: levels, managers centred over their reports, no crowding", "[viz][tree]") {
  //          r(0)
  //        /      \.
  //     a(1)      b(2)
  //    /    \.
  //  a1(3)  a2(4)
  const std::vector<NodeId> parent = {kNoNode, 0, 0, 1, 1};
  const std::vector<std::uint8_t> in(5, 1);
  TreeLayoutOptions opt;
  const TreeLayout t = tidy_tree_layout(parent, in, opt);
  for (int v = 0; v < 5; ++v) CHECK(t.placed[v]);
  CHECK(t.positions[0].y == 0.0);
  CHECK(t.positions[1].y == Approx(opt.level_gap));
  CHECK(t.positions[3].y == Approx(2 * opt.level_gap));
  CHECK(t.positions[1].x == Approx(0.5 * (t.positions[3].x + t.positions[4].x)));
  CHECK(t.positions[0].x == Approx(0.5 * (t.positions[1].x + t.positions[2].x)));
  CHECK(t.positions[1].x < t.positions[2].x);  // node order left to right
  CHECK(crowded_pairs(t, opt.node_gap) == 0);
  // Connectors from r run half a level below it.
  CHECK(t.bend_y[1] == Approx(0.5 * opt.level_gap));
  CHECK(std::isnan(t.bend_y[0]));
}

TEST_CASE("tidy tree: many staff under one manager form a compact block", "[viz][tree]") {
  // m(0) with 30 staff 1..30 and one sub-manager 31 with 2 staff (32, 33).
  std::vector<NodeId> parent(34, 0);
  parent[0] = kNoNode;
  parent[32] = parent[33] = 31;
  const std::vector<std::uint8_t> in(34, 1);
  TreeLayoutOptions opt;
  const TreeLayout t = tidy_tree_layout(parent, in, opt);
  double minx = 1e9, maxx = -1e9;
  for (int v = 1; v <= 30; ++v) {
    minx = std::min(minx, t.positions[v].x);
    maxx = std::max(maxx, t.positions[v].x);
    CHECK(t.positions[v].y >= opt.level_gap - 1e-9);
  }
  // cols = max(2, ceil(sqrt(30 / 3))) = 4: the block is 3 node gaps wide, not 29.
  CHECK(maxx - minx == Approx(3 * opt.node_gap));
  CHECK(crowded_pairs(t, opt.node_gap) == 0);
  // Distinct places for everyone in the block.
  for (int a = 1; a <= 30; ++a)
    for (int b = a + 1; b <= 30; ++b)
      CHECK(std::hypot(t.positions[a].x - t.positions[b].x, t.positions[a].y - t.positions[b].y) >= opt.row_gap - 1e-9);
  // The manager's connectors run just above the block's first row.
  CHECK(t.bend_y[1] == Approx(opt.level_gap - 0.5 * opt.row_gap));
  CHECK(t.bend_y[31] == Approx(opt.level_gap - 0.5 * opt.row_gap));
}

TEST_CASE("tidy tree: random forests never crowd a row and keep reports below managers", "[viz][tree]") {
  Rng rng(5);
  for (int round = 0; round < 20; ++round) {
    const auto n = static_cast<NodeId>(20 + rng.below(200));
    std::vector<NodeId> parent(n, kNoNode);
    std::vector<std::uint8_t> in(n, 1);
    for (NodeId v = 1; v < n; ++v) {
      if (rng.bernoulli(0.05)) continue;  // a new root
      parent[v] = static_cast<NodeId>(rng.below(v));
    }
    in[n - 1] = static_cast<std::uint8_t>(rng.bernoulli(0.5));  // sometimes someone outside
    TreeLayoutOptions opt;
    opt.half_width.assign(n, 0.0);
    for (NodeId v = 0; v < n; v += 7) opt.half_width[v] = 1.5;  // some wide labels
    const TreeLayout t = tidy_tree_layout(parent, in, opt);
    CHECK(crowded_pairs(t, opt.node_gap) == 0);
    for (NodeId v = 0; v < n; ++v) {
      if (!in[v]) {
        CHECK_FALSE(t.placed[v]);
        continue;
      }
      REQUIRE(t.placed[v]);
      if (parent[v] != kNoNode && in[parent[v]]) CHECK(t.positions[v].y > t.positions[parent[v]].y);
    }
    // Wide nodes keep their room: no other node in their row within their half width.
    for (NodeId v = 0; v < n; v += 7)
      for (NodeId u = 0; u < n; ++u)
        if (u != v && in[u] && in[v] && std::fabs(t.positions[u].y - t.positions[v].y) < 1e-9)
          CHECK(std::fabs(t.positions[u].x - t.positions[v].x) >= 1.5 + 0.5 * opt.node_gap - 1e-9);
  }
}

TEST_CASE("tidy tree: a very deep chain and an empty forest", "[viz][tree]") {
  std::vector<NodeId> parent(20000);
  parent[0] = kNoNode;
  for (NodeId v = 1; v < parent.size(); ++v) parent[v] = v - 1;
  const TreeLayout t = tidy_tree_layout(parent, std::vector<std::uint8_t>(parent.size(), 1), {});
  CHECK(t.positions.back().y == Approx(19999 * TreeLayoutOptions{}.level_gap));
  CHECK(t.positions.back().x == Approx(0.0));
  const TreeLayout e = tidy_tree_layout({}, {}, {});
  CHECK(e.positions.empty());
}
