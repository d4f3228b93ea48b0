#pragma once
// Comparing two partitions of the same people: the informal organisation (communities) against
// the organisation chart (silos).
//
// Over the people who have a group in both partitions, from the contingency table n_ij:
//   NMI = I(X; Y) / ((H(X) + H(Y)) / 2)   (normalised mutual information, arithmetic mean — the
//         default of sklearn.metrics.normalized_mutual_info_score; 1 when both are one group);
//   ARI = (Σ C(n_ij,2) − E) / ((Σ C(a_i,2) + Σ C(b_j,2))/2 − E), E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2)
//         (Hubert & Arabie 1985; sklearn.metrics.adjusted_rand_score; 1 when the denominator is 0).
// NMI is 0 for independent partitions and 1 for identical ones; ARI is 0 in expectation for random
// partitions, 1 for identical ones, and can be negative.
// Complexity O(n log n). Deterministic.

#include <vector>

#include "leadnet/model/partition.hpp"

namespace leadnet {

struct PartitionComparison {
  NodeId people = 0;  // compared
  double nmi = 0.0;   // NaN when nobody is compared
  double ari = 0.0;
};

PartitionComparison compare_partitions(const Partition& a, const Partition& b);

/// The contingency table: people in group i of `a` and group j of `b`, non-empty cells sorted by
/// (i, j). Used to say which silos a community draws on.
struct ContingencyCell {
  GroupId a = 0;
  GroupId b = 0;
  NodeId people = 0;
};
std::vector<ContingencyCell> contingency(const Partition& a, const Partition& b);

}  // namespace leadnet
