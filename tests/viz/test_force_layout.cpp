#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>

#include "leadnet/core/rng.hpp"
#include "leadnet/model/view.hpp"
#include "leadnet/viz/force_layout.hpp"

using namespace leadnet;
using namespace leadnet::viz;

namespace {

// Two cliques of k joined by one bridge (a "barbell"):
//   (clique 0..k-1) --- bridge (0, k) --- (clique k..2k-1)
View barbell(NodeId k) {
  std::vector<Arc> arcs;
  for (NodeId c = 0; c < 2; ++c)
    for (NodeId i = 0; i < k; ++i)
      for (NodeId j = i + 1; j < k; ++j) arcs.push_back({c * k + i, c * k + j, 1.0});
  arcs.push_back({0, k, 1.0});
  return View::from_arcs(2 * k, std::move(arcs), false, false);
}

// Random sparse graph: each node ties to `per_node` random others.
View random_graph(NodeId n, int per_node, std::uint64_t seed) {
  Rng rng(seed);
  std::vector<Arc> arcs;
  for (NodeId v = 0; v < n; ++v)
    for (int k = 0; k < per_node; ++k) {
      const auto u = static_cast<NodeId>(rng.below(n));
      if (u != v) arcs.push_back({std::min(u, v), std::max(u, v), 1.0});
    }
  return View::from_arcs(n, std::move(arcs), false, false);
}

double dist(Point a, Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

bool all_finite(const Layout& l) {
  for (auto p : l.positions)
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
  return true;
}

// Mean distance within the cliques against the distance between their centroids.
void check_two_clusters(const Layout& l, NodeId k) {
  Point c[2];
  for (NodeId v = 0; v < 2 * k; ++v) {
    c[v / k].x += l.positions[v].x / k;
    c[v / k].y += l.positions[v].y / k;
  }
  double within = 0.0;
  for (NodeId v = 0; v < 2 * k; ++v) within += dist(l.positions[v], c[v / k]) / (2 * k);
  INFO("within " << within << " between " << dist(c[0], c[1]));
  CHECK(dist(c[0], c[1]) > 2.0 * within);
}

}  // namespace

TEST_CASE("force layout: two cliques joined by a bridge come out as two clusters", "[viz][layout]") {
  RunContext ctx;
  const View v = barbell(12);
  ForceLayoutOptions opt;
  const Layout exact = force_layout(v, opt, ctx);
  CHECK_FALSE(exact.barnes_hut);
  REQUIRE(exact.positions.size() == 24);
  CHECK(all_finite(exact));
  check_two_clusters(exact, 12);

  opt.barnes_hut_above = 0;  // the same with the quadtree approximation
  const Layout bh = force_layout(v, opt, ctx);
  CHECK(bh.barnes_hut);
  check_two_clusters(bh, 12);
}

TEST_CASE("force layout: the result is centred and its widest spread is horizontal", "[viz][layout]") {
  RunContext ctx;
  // A path of 30 nodes lays out long and thin.
  std::vector<Arc> arcs;
  for (NodeId i = 0; i + 1 < 30; ++i) arcs.push_back({i, i + 1, 1.0});
  const View v = View::from_arcs(30, std::move(arcs), false, false);
  const Layout l = force_layout(v, {}, ctx);
  double cx = 0, cy = 0, sxx = 0, syy = 0;
  for (auto p : l.positions) {
    cx += p.x / 30;
    cy += p.y / 30;
  }
  for (auto p : l.positions) {
    sxx += (p.x - cx) * (p.x - cx);
    syy += (p.y - cy) * (p.y - cy);
  }
  CHECK(std::fabs(cx) < 1e-6 * std::sqrt(sxx));
  CHECK(std::fabs(cy) < 1e-6 * std::sqrt(sxx));
  CHECK(sxx > 4 * syy);
}

TEST_CASE("force layout: same seed gives the same bits at 1 and 2 threads, another seed differs", "[viz][layout]") {
  // Above the Barnes–Hut and threading thresholds, few steps to stay fast.
  const View v = random_graph(2100, 3, 7);
  ForceLayoutOptions opt;
  opt.iterations = 15;
  opt.parallel_above = 1000;
  RunContext one;
  one.threads = 1;
  RunContext two;
  two.threads = 2;
  const Layout a = force_layout(v, opt, one);
  const Layout b = force_layout(v, opt, two);
  REQUIRE(a.barnes_hut);
  REQUIRE(a.positions.size() == b.positions.size());
  CHECK(std::memcmp(a.positions.data(), b.positions.data(), a.positions.size() * sizeof(Point)) == 0);
  CHECK(all_finite(a));
  RunContext other;
  other.seed = 2;
  const Layout c = force_layout(v, opt, other);
  CHECK(std::memcmp(a.positions.data(), c.positions.data(), a.positions.size() * sizeof(Point)) != 0);
}

TEST_CASE("force layout: empty graph, one node, isolates, coincident masses", "[viz][layout]") {
  RunContext ctx;
  CHECK(force_layout(View::from_arcs(0, {}, false, false), {}, ctx).positions.empty());
  const Layout one = force_layout(View::from_arcs(1, {}, false, false), {}, ctx);
  REQUIRE(one.positions.size() == 1);
  CHECK(one.positions[0].x == 0.0);
  // Ten isolates: gravity keeps them together, repulsion apart; none coincide.
  const Layout iso = force_layout(View::from_arcs(10, {}, false, false), {}, ctx);
  CHECK(all_finite(iso));
  for (NodeId i = 0; i < 10; ++i)
    for (NodeId j = i + 1; j < 10; ++j) CHECK(dist(iso.positions[i], iso.positions[j]) > 1e-3);
  // Directed weighted views are read as undirected; weights only change the pull.
  const View w = View::from_arcs(3, {{0, 1, 5.0}, {1, 2, 1.0}}, true, true);
  const Layout lw = force_layout(w, {}, ctx);
  CHECK(all_finite(lw));
  CHECK(dist(lw.positions[0], lw.positions[1]) < dist(lw.positions[1], lw.positions[2]));
}

TEST_CASE("remove_overlaps leaves no two circles overlapping", "[viz][layout]") {
  Rng rng(3);
  std::vector<Point> p(400);
  std::vector<double> r(400);
  for (std::size_t i = 0; i < p.size(); ++i) {
    p[i] = {rng.uniform() * 20, rng.uniform() * 20};
    r[i] = 0.3 + rng.uniform() * 0.7;
  }
  p[5] = p[6];  // two coincident centres
  remove_overlaps(p, r, 0.05, 500);
  std::size_t overlaps = 0;
  for (std::size_t i = 0; i < p.size(); ++i)
    for (std::size_t j = i + 1; j < p.size(); ++j)
      if (dist(p[i], p[j]) < (r[i] + r[j]) * 0.99) ++overlaps;
  CHECK(overlaps == 0);
}

TEST_CASE("median_nearest_distance equals a brute-force count", "[viz][layout]") {
  // On a unit grid every point's nearest neighbour is 1 away.
  std::vector<Point> grid;
  for (int i = 0; i < 10; ++i)
    for (int j = 0; j < 7; ++j) grid.push_back({i * 1.0, j * 1.0});
  CHECK(median_nearest_distance(grid) == Approx(1.0));
  // Random points against the O(n²) definition.
  Rng rng(11);
  std::vector<Point> p(301);
  for (auto& q : p) q = {rng.uniform() * 50, rng.uniform() * 5};
  std::vector<double> nearest;
  for (std::size_t i = 0; i < p.size(); ++i) {
    double best = 1e300;
    for (std::size_t j = 0; j < p.size(); ++j)
      if (i != j) best = std::min(best, dist(p[i], p[j]));
    nearest.push_back(best);
  }
  std::sort(nearest.begin(), nearest.end());
  CHECK(median_nearest_distance(p) == Approx(nearest[150]));
  CHECK(median_nearest_distance({}) == 0.0);
}
