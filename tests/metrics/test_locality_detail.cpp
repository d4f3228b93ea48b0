#include <catch2/catch.hpp>

#include <algorithm>

#include "metrics/locality_detail.hpp"

using namespace leadnet;

TEST_CASE("renumbering: breadth-first over both directions, rows keep their order", "[metrics][locality]") {
  // Arcs 3->1 (weight 2), 3->0 (weight 5), 1->2, and node 4 alone. Breadth-first from node 0 over
  // arcs both ways: 0 (number 0), then 3 (in-neighbour, 1), then 3's out-neighbours 0 and 1
  // (1 gets 2), then 1's out-neighbour 2 (3); node 4 starts a search of its own (4).
  const View v = View::from_arcs(5, {{3, 1, 2.0}, {3, 0, 5.0}, {1, 2, 1.0}}, true, true);
  const auto number = detail::breadth_first_numbering(v);
  CHECK(number == std::vector<NodeId>{0, 2, 3, 1, 4});

  const Csr r = induced_csr(v.out(), number, 5);  // every node kept, renamed
  REQUIRE(r.num_nodes() == 5);
  // New node 1 is old node 3, whose row is (0, 1) sorted by old number: (0 -> 0, 1 -> 2), weights
  // 5 and 2 in that order.
  CHECK(std::vector<NodeId>(r.neighbors(1).begin(), r.neighbors(1).end()) == std::vector<NodeId>{0, 2});
  CHECK(std::vector<double>(r.row_weights(1).begin(), r.row_weights(1).end()) == std::vector<double>{5.0, 2.0});
  CHECK(std::vector<NodeId>(r.neighbors(2).begin(), r.neighbors(2).end()) == std::vector<NodeId>{3});
  CHECK(r.degree(0) == 0);
  CHECK(r.degree(3) == 0);
  CHECK(r.degree(4) == 0);
  CHECK(r.num_arcs() == 3);
}
