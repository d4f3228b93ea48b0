#pragma once
// Gould–Fernandez brokerage roles with groups (silos).
//
// Definition (Gould & Fernandez 1989, Sociological Methodology 19:89–126; R sna::brokerage,
// features.md §2.2): person v brokers the ordered pair (a, c) when a → v, v → c, a ≠ c and there
// is no arc a → c. By the groups of a, v and c each brokered pair has one role:
//   coordinator     w_I   A → A → A
//   itinerant       w_O   A → B → A   (UCINET: consultant)
//   representative  b_IO  A → A → B   (sna code "Type 3: Representative (bIO)")
//   gatekeeper      b_OI  A → B → B   (sna code "Type 4: Gatekeeping (bOI)")
//   liaison         b_O   A → B → C
// A person's score for a role is the number of ordered pairs of that type they broker; t is the
// total. The numbers equal sna::brokerage(g, cl)$raw.nli on the same digraph (checked in the tests
// against sna itself). Note the naming traps of features.md: UCINET's "consultant" is sna's
// "itinerant", and an old sna help page swapped the gatekeeper and representative labels; the
// code's semantics above are the ones used.
//
// Direction matters (it separates gatekeepers from representatives), so brokerage reads the
// directed view of the layers: an undirected tie is two arcs, and every unordered pair is then
// counted twice (a node's total is k(k − 1) − 2·triangles on an undirected graph). Only people with
// a group take part, as broker or as either end (sna needs a group for everyone).
//
// Expected values and standard deviations under sna's null model (R/models.R): with density
// d = arcs / (N(N − 1)) over the N people with a group, for a broker in a group of size n_i,
//   E[w_I] = d²(1−d)(n_i−1)(n_i−2),  E[w_O] = d²(1−d) Σ_{j≠i} n_j(n_j−1),
//   E[b_IO] = E[b_OI] = d²(1−d)(N−n_i)(n_i−1),  E[b_O] = d²(1−d)[(Σ_{j≠i} n_j)² − Σ_{j≠i} n_j²],
//   E[t] = d²(1−d)(N−1)(N−2); variances as in sna. z = (observed − E)/sd; sna warns that the
// normal approximation's accuracy is not known.
//
// Complexity O(Σ_v Σ_{a ∈ in(v)} min(out(v), out(a)) log): local, parallel over fixed node blocks;
// integer counts, the same at any thread count.

#include <array>
#include <cstdint>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

enum class BrokerageRole : std::uint8_t { coordinator, itinerant, representative, gatekeeper, liaison, total };
inline constexpr std::size_t kBrokerageRoles = 6;  // five roles and the total
/// sna's column names: w_I, w_O, b_IO, b_OI, b_O, t.
const char* brokerage_role_code(BrokerageRole role);
/// coordinator, itinerant, representative, gatekeeper, liaison, total.
const char* brokerage_role_name(BrokerageRole role);

using BrokerageCounts = std::array<std::uint64_t, kBrokerageRoles>;

struct BrokerageResult {
  /// Per node (zero for people without a group).
  std::vector<BrokerageCounts> counts;
  /// Sum over all people (sna raw.gli).
  BrokerageCounts totals{};
  /// sna's null model per group: expected score and standard deviation of a broker in that group.
  std::vector<std::array<double, kBrokerageRoles>> expected;
  std::vector<std::array<double, kBrokerageRoles>> sd;
  double density = 0.0;  // d
  /// z-score of person v for a role (NaN without a group or when sd is 0).
  double z(const Partition& partition, NodeId v, BrokerageRole role) const;
};

/// `view` should be directed (an undirected view is read as every edge both ways, which is the
/// same thing).
BrokerageResult brokerage(const View& view, const Partition& partition, RunContext& ctx);

}  // namespace leadnet
