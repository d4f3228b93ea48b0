#include "leadnet/metrics/modularity.hpp"

#include <limits>

#include "metrics/group_ties_detail.hpp"

namespace leadnet {

ModularityResult modularity(const View& view, const Partition& partition, const ModularityOptions& options) {
  const GroupId k = partition.num_groups();
  const bool directed = view.directed();
  ModularityResult r;
  r.contribution.assign(k, 0.0);
  std::vector<double> inside(k, 0.0), out_sum(k, 0.0), in_sum(k, 0.0);
  for (const auto& t : detail::group_ties(view, partition, view.weighted())) {
    const GroupId a = partition.group[t.u];
    const GroupId b = partition.group[t.v];
    r.total_weight += t.weight;
    if (a == b) inside[a] += t.weight;
    out_sum[a] += t.weight;
    in_sum[b] += t.weight;
  }
  if (r.total_weight <= 0.0) {
    r.q = std::numeric_limits<double>::quiet_NaN();
    return r;
  }
  const double m = r.total_weight;
  for (GroupId c = 0; c < k; ++c) {
    double expected;
    if (directed) {
      expected = out_sum[c] * in_sum[c] / (m * m);
    } else {
      const double d = out_sum[c] + in_sum[c];  // each edge adds its weight to both ends
      expected = d * d / (4.0 * m * m);
    }
    r.contribution[c] = inside[c] / m - options.resolution * expected;
    r.q += r.contribution[c];
  }
  return r;
}

}  // namespace leadnet
