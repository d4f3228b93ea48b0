#include "leadnet/metrics/brokerage.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <omp.h>

#include "metrics/parallel_detail.hpp"

namespace leadnet {

namespace {

constexpr std::size_t kBlock = 1024;

struct Scratch {
  std::vector<NodeId> stamp;         // stamp[c] == v + 1 when c is an out-neighbour of v
  std::vector<std::uint64_t> count;  // out-neighbours of v per group
  std::vector<GroupId> touched;
};

// sna's null model (R/models.R, brokerage()): expected score and variance per group and role.
void null_model(const Partition& p, double d, BrokerageResult& r) {
  const GroupId k = p.num_groups();
  double big_n = 0, s2 = 0, s3 = 0, sq = 0, cube = 0;
  for (GroupId g = 0; g < k; ++g) {
    const double n = p.sizes[g];
    big_n += n;
    s2 += n * (n - 1);
    s3 += n * (n - 1) * (n - 2);
    sq += n * n;
    cube += n * n * n;
  }
  const double a = d * d * (1 - d);              // d²(1−d)
  const double b = 1 - a;                        // 1 − d²(1−d)
  const double c = d * d * d * std::pow(1 - d, 3);  // d³(1−d)³
  auto choose2 = [](double x) { return x * (x - 1) / 2; };
  r.expected.assign(k, {});
  r.sd.assign(k, {});
  for (GroupId g = 0; g < k; ++g) {
    const double n = p.sizes[g];
    const double others = big_n - n;                      // Σ_{j≠i} n_j
    const double others_sq = sq - n * n;                  // Σ_{j≠i} n_j²
    const double others_cube = cube - n * n * n;          // Σ_{j≠i} n_j³
    const double others_s2 = s2 - n * (n - 1);            // Σ_{j≠i} n_j(n_j−1)
    const double others_s3 = s3 - n * (n - 1) * (n - 2);  // Σ_{j≠i} n_j(n_j−1)(n_j−2)
    std::array<double, kBrokerageRoles> e{}, v{};
    e[0] = a * (n - 1) * (n - 2);
    v[0] = e[0] * b + 2 * (n - 1) * (n - 2) * (n - 3) * c;
    e[1] = a * others_s2;
    v[1] = e[1] * b + 2 * others_s3 * c;
    e[2] = a * others * (n - 1);
    v[2] = e[2] * b + 2 * ((n - 1) * choose2(others) + others * choose2(n - 1)) * c;
    e[3] = e[2];
    v[3] = v[2];
    e[4] = a * (others * others - others_sq);
    // Σ_{j≠i} n_j C(A − n_j, 2) with A = N − n_i, expanded in powers of n_j so it costs O(1).
    const double big_a = big_n - n;
    const double liaison_sum = (big_a * (big_a - 1) * others - (2 * big_a - 1) * others_sq + others_cube) / 2;
    v[4] = e[4] * b + 4 * liaison_sum * c;
    e[5] = a * (big_n - 1) * (big_n - 2);
    v[5] = e[5] * b + 2 * (big_n - 1) * (big_n - 2) * (big_n - 3) * c;
    for (std::size_t role = 0; role < kBrokerageRoles; ++role) {
      r.expected[g][role] = e[role];
      r.sd[g][role] = std::sqrt(std::max(0.0, v[role]));
    }
  }
}

}  // namespace

const char* brokerage_role_code(BrokerageRole role) {
  static const char* codes[] = {"w_I", "w_O", "b_IO", "b_OI", "b_O", "t"};
  return codes[static_cast<std::size_t>(role)];
}

const char* brokerage_role_name(BrokerageRole role) {
  static const char* names[] = {"coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"};
  return names[static_cast<std::size_t>(role)];
}

double BrokerageResult::z(const Partition& partition, NodeId v, BrokerageRole role) const {
  const GroupId g = partition.group[v];
  const auto k = static_cast<std::size_t>(role);
  if (g == kNoGroup || !(sd[g][k] > 0)) return std::numeric_limits<double>::quiet_NaN();
  return (static_cast<double>(counts[v][k]) - expected[g][k]) / sd[g][k];
}

BrokerageResult brokerage(const View& view, const Partition& p, RunContext& ctx) {
  const NodeId n = view.num_nodes();
  const Csr& out = view.out();
  const Csr& in = view.in();
  BrokerageResult r;
  r.counts.assign(n, BrokerageCounts{});

  const int threads = ctx.thread_count();
  std::vector<Scratch> scratch(static_cast<std::size_t>(threads));
  const std::size_t blocks = (static_cast<std::size_t>(n) + kBlock - 1) / kBlock;
  detail::parallel_blocks(blocks, ctx, "brokerage", [&](std::size_t b, int) {
    Scratch& s = scratch[static_cast<std::size_t>(omp_get_thread_num())];
    if (s.stamp.size() != n) s.stamp.assign(n, 0);
    if (s.count.size() != p.num_groups()) s.count.assign(p.num_groups(), 0);
    const NodeId first = static_cast<NodeId>(b * kBlock);
    const NodeId last = static_cast<NodeId>(std::min<std::size_t>(n, (b + 1) * kBlock));
    for (NodeId v = first; v < last; ++v) {
      const GroupId gv = p.group[v];
      if (gv == kNoGroup) continue;
      const auto outs = out.neighbors(v);
      std::uint64_t out_total = 0;
      for (NodeId c : outs) {
        const GroupId gc = p.group[c];
        if (gc == kNoGroup) continue;
        s.stamp[c] = v + 1;
        if (s.count[gc]++ == 0) s.touched.push_back(gc);
        ++out_total;
      }
      BrokerageCounts& res = r.counts[v];
      for (NodeId a : in.neighbors(v)) {
        const GroupId ga = p.group[a];
        if (ga == kNoGroup) continue;
        // Out-neighbours c of v that a reaches directly (closed two-paths), by group.
        std::uint64_t closed = 0, closed_ga = 0, closed_gv = 0;
        const auto outs_a = out.neighbors(a);
        auto tally = [&](NodeId c) {
          const GroupId gc = p.group[c];
          ++closed;
          closed_ga += gc == ga;
          closed_gv += gc == gv;
        };
        if (outs_a.size() <= 4 * outs.size()) {
          for (NodeId c : outs_a)
            if (s.stamp[c] == v + 1) tally(c);
        } else {
          for (NodeId c : outs)
            if (p.group[c] != kNoGroup && std::binary_search(outs_a.begin(), outs_a.end(), c)) tally(c);
        }
        const std::uint64_t self = s.stamp[a] == v + 1 ? 1 : 0;  // c = a is no pair
        const std::uint64_t open = out_total - closed - self;
        const std::uint64_t same_a = s.count[ga] - closed_ga - self;
        if (ga == gv) {
          res[0] += same_a;         // A → A → A
          res[2] += open - same_a;  // A → A → B
        } else {
          const std::uint64_t same_v = s.count[gv] - closed_gv;
          res[1] += same_a;                  // A → B → A
          res[3] += same_v;                  // A → B → B
          res[4] += open - same_a - same_v;  // A → B → C
        }
      }
      res[5] = res[0] + res[1] + res[2] + res[3] + res[4];
      for (GroupId g : s.touched) s.count[g] = 0;
      s.touched.clear();
    }
  });

  std::uint64_t arcs = 0;
  for (NodeId v = 0; v < n; ++v) {
    for (std::size_t k = 0; k < kBrokerageRoles; ++k) r.totals[k] += r.counts[v][k];
    if (p.group[v] == kNoGroup) continue;
    for (NodeId c : out.neighbors(v)) arcs += p.group[c] != kNoGroup;
  }
  const double big_n = p.members();
  r.density = big_n > 1 ? static_cast<double>(arcs) / (big_n * (big_n - 1)) : 0.0;
  null_model(p, r.density, r);
  return r;
}

}  // namespace leadnet
