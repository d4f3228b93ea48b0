#include "leadnet/metrics/closeness.hpp"

#include "metrics/path_sums_detail.hpp"

namespace leadnet {

NodeScores closeness(const View& view, const ClosenessOptions& options, RunContext& ctx) {
  const NodeId n = view.num_nodes();
  NodeScores result;
  result.values.assign(n, 0.0);
  if (n == 0) return result;
  const detail::PathSums sums = detail::path_sums_to(view, ctx, "closeness");
  for (NodeId v = 0; v < n; ++v) {
    if (!(sums.total[v] > 0.0) || n < 2) continue;
    const auto r = static_cast<double>(sums.reached[v]);
    double c = r / sums.total[v];
    if (options.wf_improved) c *= r / static_cast<double>(n - 1);
    result.values[v] = c;
  }
  return result;
}

}  // namespace leadnet
