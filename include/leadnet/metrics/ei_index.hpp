#pragma once
// Krackhardt & Stern's E-I index: are ties inside groups (silos) or across them?
//
// Definition (Krackhardt & Stern 1988, Social Psychology Quarterly 51(2):123–140; UCINET
// Network > Cohesion > E-I Index): over the ties of the view between people who both have a group,
//   network   E-I = (E − I) / (E + I), E = ties between different groups, I = ties inside a group;
//   group k   E-I_k = (E_k − I_k) / (E_k + I_k), I_k = ties with both ends in k (each counted once),
//             E_k = ties with exactly one end in k;
//   person i  E-I_i = (E_i − I_i) / (E_i + I_i) over i's ties (alters outside / inside g(i)).
// Range −1 (all ties inside) to +1 (all across). Undefined (NaN) without ties. Weights are
// ignored (as in UCINET). In a directed view a tie is an arc: a reciprocated pair counts twice and
// a person's ties are their in- and out-arcs. People without a group are left out, with their ties.
//
// Expected value: the E-I when group labels are assigned at random (keeping group sizes), i.e.
// the mean of the permutation distribution: 1 − 2 Σ_k n_k(n_k − 1) / (N(N − 1)) with N the people
// with a group. Per group: the E-I of the expected counts, (2(N − n_k) − (n_k − 1)) /
// (2(N − n_k) + (n_k − 1)) — what a group whose members tie at random would show.
//
// Permutation test (UCINET's): the group labels are shuffled over the fixed tie list
// `permutations` times (the graph is never rebuilt); p_lower = share of shuffles with an E-I at
// or below the observed one, p_upper = at or above, both as (k + 1) / (R + 1) so that they are
// never 0 (Phipson & Smyth 2010), two-sided = min(1, 2 min(p_lower, p_upper)). A low p_lower means
// the groups keep to themselves more than chance would give. Per group the same over the shuffles
// in which the group has any tie.
//
// NetworkX has no E-I; tests compare with a direct implementation of this definition in
// tests/reference/silos_reference.py and with the karate values of features.md §2.8.
//
// Complexity: O(n + m) for the index, O(R (N + m)) for the test. Deterministic: shuffle r uses
// its own generator seeded derive_seed(seed, r) and results are integer counts, so the p-values
// are identical at any thread count.

#include <cstdint>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct EiOptions {
  /// Label shuffles for the permutation test; 0 skips it (p-values NaN).
  std::uint32_t permutations = 0;
};

struct EiPermutationTest {
  std::uint32_t permutations = 0;  // shuffles run (per group: shuffles in which the group had ties)
  double mean = 0.0;               // mean E-I over the shuffles (NaN without shuffles)
  double sd = 0.0;                 // its standard deviation
  double p_lower = 0.0;            // P(E-I ≤ observed), (k + 1) / (R + 1)
  double p_upper = 0.0;            // P(E-I ≥ observed)
  double p_two_sided = 0.0;
};

struct EiGroup {
  std::uint64_t internal = 0;
  std::uint64_t external = 0;
  double ei = 0.0;        // NaN without ties
  double expected = 0.0;  // NaN when the group is everyone or has one member in a one-group partition
  EiPermutationTest test;
};

struct EiResult {
  std::uint64_t internal = 0;
  std::uint64_t external = 0;
  double ei = 0.0;        // NaN without ties
  double expected = 0.0;  // NaN with fewer than 2 people with a group
  EiPermutationTest test;
  std::vector<EiGroup> groups;
  /// Per node: ties to people in another group / in the same group (0 for people without one).
  std::vector<std::uint32_t> person_external;
  std::vector<std::uint32_t> person_internal;
  /// Per node: E-I, NaN for people without a group or without ties to people with one.
  std::vector<double> person_ei;
};

EiResult ei_index(const View& view, const Partition& partition, const EiOptions& options, RunContext& ctx);

/// (E − I) / (E + I), NaN when both are 0.
double ei_of(std::uint64_t external, std::uint64_t internal);

}  // namespace leadnet
