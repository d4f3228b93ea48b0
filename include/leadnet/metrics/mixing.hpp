#pragma once
// Mixing matrix: ties and density for every pair of groups (silos).
//
// Over the ties of the view between people who both have a group (people without one are left
// out). Undirected view: cell (a, b) with a ≤ b counts the edges between a and b (a = b: inside
// a); density = ties / possible, possible = n_a n_b between two groups and n_a(n_a − 1)/2 inside
// one. Directed view: cell (a, b) counts arcs from a to b, possible = n_a n_b (n_a(n_a − 1)
// inside). Weighted views also sum the weights (`weight`). `expected` is the number of ties the
// cell would get if the same number of ties fell on random pairs of people with a group:
// m · possible / all possible pairs — the baseline for "these two silos barely talk".
// The densities are UCINET's block densities (Network > Roles & Positions > blockmodel densities);
// networkx.attribute_mixing_matrix(normalized=False) gives the same counts with undirected
// off-diagonal cells split over (a, b) and (b, a) and the diagonal counted twice.
//
// Only cells with at least one tie are stored (a municipality at depth 3 has thousands of silos);
// `cell()` answers any pair. Complexity O(n + m log m). Deterministic.

#include <cstdint>
#include <vector>

#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct MixingCell {
  GroupId a = 0;  // undirected: a ≤ b
  GroupId b = 0;
  std::uint64_t ties = 0;
  double weight = 0.0;    // sum of weights (= ties when unweighted)
  double possible = 0.0;  // pairs (undirected) or ordered pairs (directed) of people
  double density = 0.0;   // ties / possible (NaN when possible is 0)
  double expected = 0.0;  // ties expected at random
};

struct MixingMatrix {
  bool directed = false;
  GroupId groups = 0;
  std::uint64_t ties = 0;  // all ties between people with a group
  /// Cells with ties, sorted by (a, b).
  std::vector<MixingCell> cells;
  /// Any cell, including those without ties (a and b are swapped into order when undirected).
  MixingCell cell(GroupId a, GroupId b) const;
  /// Possible pairs (undirected) or ordered pairs (directed) of people for cell (a, b).
  double possible(GroupId a, GroupId b) const;
  std::vector<NodeId> sizes;  // group sizes
  double all_possible = 0.0;  // possible pairs among all people with a group
};

MixingMatrix mixing_matrix(const View& view, const Partition& partition);

}  // namespace leadnet
