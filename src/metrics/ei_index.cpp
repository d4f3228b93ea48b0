#include "leadnet/metrics/ei_index.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "leadnet/core/rng.hpp"
#include "metrics/group_ties_detail.hpp"
#include "metrics/parallel_detail.hpp"

namespace leadnet {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Shuffles per block: fixed, so the partials and their reduction order never depend on threads.
constexpr std::uint32_t kShufflesPerBlock = 8;

using u128 = uint128_t;  // from rng.hpp

// Partial results of one block of shuffles.
struct BlockTally {
  std::uint64_t at_or_below = 0;  // network E-I ≤ observed
  std::uint64_t at_or_above = 0;
  u128 sum_internal = 0;
  u128 sum_internal_sq = 0;
  std::vector<std::uint32_t> group_valid, group_below, group_above;
  std::vector<double> group_sum, group_sum_sq;
};

double p_value(std::uint64_t hits, std::uint64_t trials) {
  return static_cast<double>(hits + 1) / static_cast<double>(trials + 1);
}

void finish_test(EiPermutationTest& t, std::uint64_t trials, std::uint64_t below, std::uint64_t above, double mean,
                 double sd) {
  t.permutations = static_cast<std::uint32_t>(trials);
  t.mean = trials > 0 ? mean : kNaN;
  t.sd = trials > 0 ? sd : kNaN;
  if (trials == 0) {
    t.p_lower = t.p_upper = t.p_two_sided = kNaN;
    return;
  }
  t.p_lower = p_value(below, trials);
  t.p_upper = p_value(above, trials);
  t.p_two_sided = std::min(1.0, 2.0 * std::min(t.p_lower, t.p_upper));
}

void no_test(EiPermutationTest& t) { finish_test(t, 0, 0, 0, 0, 0); }

}  // namespace

double ei_of(std::uint64_t external, std::uint64_t internal) {
  const std::uint64_t total = external + internal;
  if (total == 0) return kNaN;
  return (static_cast<double>(external) - static_cast<double>(internal)) / static_cast<double>(total);
}

EiResult ei_index(const View& view, const Partition& partition, const EiOptions& options, RunContext& ctx) {
  const NodeId n = view.num_nodes();
  const GroupId k = partition.num_groups();
  EiResult r;
  r.groups.resize(k);
  r.person_external.assign(n, 0);
  r.person_internal.assign(n, 0);
  r.person_ei.assign(n, kNaN);

  const auto ties = detail::group_ties(view, partition, false);
  for (const auto& t : ties) {
    const GroupId a = partition.group[t.u];
    const GroupId b = partition.group[t.v];
    if (a == b) {
      ++r.internal;
      ++r.groups[a].internal;
      ++r.person_internal[t.u];
      ++r.person_internal[t.v];
    } else {
      ++r.external;
      ++r.groups[a].external;
      ++r.groups[b].external;
      ++r.person_external[t.u];
      ++r.person_external[t.v];
    }
  }
  r.ei = ei_of(r.external, r.internal);
  for (NodeId v = 0; v < n; ++v)
    if (partition.group[v] != kNoGroup) r.person_ei[v] = ei_of(r.person_external[v], r.person_internal[v]);

  // Expected values under random labelling with the group sizes kept.
  const double big_n = partition.members();
  double same_pairs = 0.0;
  for (GroupId g = 0; g < k; ++g) same_pairs += static_cast<double>(partition.sizes[g]) * (partition.sizes[g] - 1.0);
  r.expected = big_n >= 2 ? 1.0 - 2.0 * same_pairs / (big_n * (big_n - 1.0)) : kNaN;
  for (GroupId g = 0; g < k; ++g) {
    const double nk = partition.sizes[g];
    const double ext = 2.0 * (big_n - nk);
    const double in = nk - 1.0;
    r.groups[g].ei = ei_of(r.groups[g].external, r.groups[g].internal);
    r.groups[g].expected = ext + in > 0 ? (ext - in) / (ext + in) : kNaN;
  }

  const std::uint32_t shuffles = options.permutations;
  if (shuffles == 0 || ties.empty() || big_n < 2) {
    no_test(r.test);
    for (auto& g : r.groups) no_test(g.test);
    return r;
  }

  // Compact member ids, so the label array is as small (and cache-resident) as possible.
  std::vector<NodeId> compact(n, kNoNode);
  std::vector<GroupId> labels;
  labels.reserve(static_cast<std::size_t>(big_n));
  for (NodeId v = 0; v < n; ++v)
    if (partition.group[v] != kNoGroup) {
      compact[v] = static_cast<NodeId>(labels.size());
      labels.push_back(partition.group[v]);
    }
  std::vector<std::pair<NodeId, NodeId>> pairs;
  pairs.reserve(ties.size());
  for (const auto& t : ties) pairs.emplace_back(compact[t.u], compact[t.v]);
  const std::uint64_t m = pairs.size();

  const std::size_t blocks = (shuffles + kShufflesPerBlock - 1) / kShufflesPerBlock;
  std::vector<BlockTally> tally(blocks);
  detail::parallel_blocks(blocks, ctx, "E-I permutation test", [&](std::size_t b, int) {
    BlockTally& t = tally[b];
    t.group_valid.assign(k, 0);
    t.group_below.assign(k, 0);
    t.group_above.assign(k, 0);
    t.group_sum.assign(k, 0.0);
    t.group_sum_sq.assign(k, 0.0);
    std::vector<GroupId> shuffled(labels);
    std::vector<std::uint64_t> gi(k), ge(k);
    const std::uint32_t first = static_cast<std::uint32_t>(b) * kShufflesPerBlock;
    const std::uint32_t last = std::min(shuffles, first + kShufflesPerBlock);
    for (std::uint32_t s = first; s < last; ++s) {
      // Each shuffle starts from the observed labels, so shuffle s is the same whatever ran before.
      std::copy(labels.begin(), labels.end(), shuffled.begin());
      Rng rng(derive_seed(ctx.seed, s));
      for (std::size_t i = shuffled.size() - 1; i > 0; --i) std::swap(shuffled[i], shuffled[rng.below(i + 1)]);
      std::fill(gi.begin(), gi.end(), 0);
      std::fill(ge.begin(), ge.end(), 0);
      std::uint64_t internal = 0;
      for (const auto& [u, v] : pairs) {
        const GroupId a = shuffled[u];
        const GroupId c = shuffled[v];
        if (a == c) {
          ++internal;
          ++gi[a];
        } else {
          ++ge[a];
          ++ge[c];
        }
      }
      // E-I ≤ observed  <=>  internal ≥ observed internal (E + I = m is fixed).
      if (internal >= r.internal) ++t.at_or_below;
      if (internal <= r.internal) ++t.at_or_above;
      t.sum_internal += internal;
      t.sum_internal_sq += static_cast<u128>(internal) * internal;
      for (GroupId g = 0; g < k; ++g) {
        if (gi[g] + ge[g] == 0) continue;
        ++t.group_valid[g];
        // E/(E+I) vs Eo/(Eo+Io) by cross-multiplying: E·Io vs Eo·I (exact, no rounding ties).
        const u128 lhs = static_cast<u128>(ge[g]) * r.groups[g].internal;
        const u128 rhs = static_cast<u128>(r.groups[g].external) * gi[g];
        if (lhs <= rhs) ++t.group_below[g];
        if (lhs >= rhs) ++t.group_above[g];
        const double e = ei_of(ge[g], gi[g]);
        t.group_sum[g] += e;
        t.group_sum_sq[g] += e * e;
      }
    }
  });

  // Reduce in block order.
  std::uint64_t below = 0, above = 0;
  u128 sum = 0, sum_sq = 0;
  std::vector<std::uint64_t> gv(k), gb(k), ga(k);
  std::vector<double> gs(k), gss(k);
  for (const auto& t : tally) {
    below += t.at_or_below;
    above += t.at_or_above;
    sum += t.sum_internal;
    sum_sq += t.sum_internal_sq;
    for (GroupId g = 0; g < k; ++g) {
      gv[g] += t.group_valid[g];
      gb[g] += t.group_below[g];
      ga[g] += t.group_above[g];
      gs[g] += t.group_sum[g];
      gss[g] += t.group_sum_sq[g];
    }
  }
  // E-I = 1 − 2 I / m, so its mean and sd follow from those of I.
  // Exact in 128 bits: R² var(I) = R Σ I² − (Σ I)².
  const double mean_i = static_cast<double>(sum) / shuffles;
  const double var_i = static_cast<double>(static_cast<u128>(shuffles) * sum_sq - sum * sum) /
                       (static_cast<double>(shuffles) * shuffles);
  const double md = static_cast<double>(m);
  finish_test(r.test, shuffles, below, above, 1.0 - 2.0 * mean_i / md, 2.0 * std::sqrt(var_i) / md);
  for (GroupId g = 0; g < k; ++g) {
    if (r.groups[g].internal + r.groups[g].external == 0) {
      no_test(r.groups[g].test);
      continue;
    }
    const double mean = gv[g] ? gs[g] / gv[g] : 0.0;
    const double var = gv[g] ? std::max(0.0, gss[g] / gv[g] - mean * mean) : 0.0;
    finish_test(r.groups[g].test, gv[g], gb[g], ga[g], mean, std::sqrt(var));
  }
  return r;
}

}  // namespace leadnet
