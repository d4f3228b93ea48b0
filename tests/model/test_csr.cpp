#include <catch2/catch.hpp>

#include <vector>

#include "leadnet/model/csr.hpp"

using namespace leadnet;

namespace {
std::vector<NodeId> row(const Csr& c, NodeId v) { return {c.neighbors(v).begin(), c.neighbors(v).end()}; }
std::vector<double> weights(const Csr& c, NodeId v) { return {c.row_weights(v).begin(), c.row_weights(v).end()}; }
}  // namespace

TEST_CASE("csr: strength is the row's weight sum, its degree without weights", "[model][csr]") {
  // 0 -> 1 (2.5), 0 -> 2 (0.5), 1 -> 2 (4); node 2 has no out-arcs.
  const Csr w = build_csr(3, {{0, 1, 2.5}, {0, 2, 0.5}, {1, 2, 4.0}}, false, false);
  REQUIRE(w.has_weights());
  CHECK(w.strength(0) == 3.0);
  CHECK(w.strength(1) == 4.0);
  CHECK(w.strength(2) == 0.0);
  const Csr u = build_csr(3, {{0, 1, 1.0}, {0, 2, 1.0}, {1, 2, 1.0}}, false, false);
  REQUIRE_FALSE(u.has_weights());
  CHECK(u.strength(0) == 2.0);
  CHECK(u.strength(2) == 0.0);
}

TEST_CASE("csr: induced_csr keeps the arcs among the kept nodes, renamed, in row order", "[model][csr]") {
  // Arcs 0->1 (1), 0->3 (3), 1->2 (12), 2->0 (20), 3->1 (31), 3->2 (32). Keep 3, 2 and 1 as new
  // nodes 0, 1 and 2, drop node 0:
  //   new 0 (old 3): old 1 -> 2, old 2 -> 1, in old order: (2, 1), weights (31, 32)
  //   new 1 (old 2): old 0 dropped: empty
  //   new 2 (old 1): old 2 -> 1: (1), weight 12
  const Csr c = build_csr(4, {{0, 1, 1}, {0, 3, 3}, {1, 2, 12}, {2, 0, 20}, {3, 1, 31}, {3, 2, 32}}, false, false);
  const Csr s = induced_csr(c, {kNoNode, 2, 1, 0}, 3);
  REQUIRE(s.num_nodes() == 3);
  CHECK(s.num_arcs() == 3);
  CHECK(row(s, 0) == std::vector<NodeId>{2, 1});
  CHECK(weights(s, 0) == std::vector<double>{31, 32});
  CHECK(s.degree(1) == 0);
  CHECK(row(s, 2) == std::vector<NodeId>{1});
  CHECK(weights(s, 2) == std::vector<double>{12});

  // Without weights none are made up.
  const Csr plain = build_csr(4, {{0, 1, 1}, {3, 1, 1}, {3, 2, 1}}, false, false);
  const Csr t = induced_csr(plain, {kNoNode, 2, 1, 0}, 3);
  CHECK_FALSE(t.has_weights());
  CHECK(row(t, 0) == std::vector<NodeId>{2, 1});
  CHECK(t.num_arcs() == 2);
}
