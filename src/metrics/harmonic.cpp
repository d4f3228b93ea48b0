#include "leadnet/metrics/harmonic.hpp"

#include "metrics/path_sums_detail.hpp"

namespace leadnet {

NodeScores harmonic(const View& view, const HarmonicOptions& /*options*/, RunContext& ctx) {
  NodeScores result;
  if (view.num_nodes() == 0) return result;
  detail::PathSums sums = detail::path_sums_to(view, ctx, "harmonic");
  result.values = std::move(sums.inverse);
  return result;
}

}  // namespace leadnet
