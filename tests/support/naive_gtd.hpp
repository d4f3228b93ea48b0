#pragma once
// Krackhardt's GTD measures computed the slow, literal way: a reachability matrix by
// Floyd–Warshall and the loops of R sna 2.7 (connectedness_R, grecip "dyadic.nonnull",
// efficiency's inteff, lubness_con_R). O(n^3) and more; for cross-checking on small graphs.

#include <utility>
#include <vector>

namespace leadnet::test {

struct NaiveGtd {
  double connectedness;
  double hierarchy;
  double efficiency;
  double lub;
};

/// `n` nodes, directed arcs (u, v) without self-loops or duplicates.
NaiveGtd naive_gtd(int n, const std::vector<std::pair<int, int>>& arcs);

}  // namespace leadnet::test
