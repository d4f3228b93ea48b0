#include "leadnet/metrics/hits.hpp"

#include <cmath>
#include <string>

#include "metrics/iteration_detail.hpp"

namespace leadnet {

namespace {

struct StepResult {
  double change = 0.0;
  double largest = 0.0;
};

// x / sum(x), the sum taken over fixed node blocks in order.
void scale_to_sum_one(std::vector<double>& x, const RunContext& ctx) {
  std::vector<double> partial;
  detail::sweep_blocks(x.size(), ctx, partial, [&](std::size_t begin, std::size_t end) {
    double s = 0.0;
    for (std::size_t v = begin; v < end; ++v) s += x[v];
    return s;
  });
  double s = 0.0;
  for (double p : partial) s += p;
  if (s > 0.0)
    for (double& v : x) v /= s;
}

}  // namespace

HitsScores hits(const View& view, const HitsOptions& options, RunContext& ctx) {
  const NodeId n = view.num_nodes();
  HitsScores result;
  if (n == 0) return result;
  const Csr& out = view.out();
  const Csr& in = view.in();
  const RunContext sweep = detail::sweep_context(ctx, view.in().num_arcs(), options.iteration.min_parallel_arcs);
  const double uniform = 1.0 / static_cast<double>(n);
  if (out.num_arcs() == 0) {
    result.hub.values.assign(n, uniform);
    result.authority.values.assign(n, uniform);
    return result;
  }
  std::vector<double> h(n, uniform), a(n, 0.0), next(n, 0.0);
  const auto authorities_from_hubs = [&] {
    detail::for_node_blocks(n, sweep, [&](std::size_t begin, std::size_t end) {
      for (std::size_t v = begin; v < end; ++v) a[v] = detail::row_sum(in, v, h.data());
    });
  };
  detail::Convergence conv(options.iteration.tolerance);
  std::vector<double> largest_part;
  std::vector<StepResult> partial;
  double first_change = 0.0;
  std::uint32_t it = 1;
  for (;; ++it) {
    authorities_from_hubs();
    detail::sweep_blocks(n, sweep, largest_part, [&](std::size_t begin, std::size_t end) {
      double largest = 0.0;
      for (std::size_t u = begin; u < end; ++u) {
        next[u] = detail::row_sum(out, u, a.data());
        largest = std::max(largest, next[u]);
      }
      return largest;
    });
    double largest = 0.0;
    for (double l : largest_part) largest = std::max(largest, l);
    detail::sweep_blocks(n, sweep, partial, [&](std::size_t begin, std::size_t end) {
      StepResult r;
      for (std::size_t u = begin; u < end; ++u) {
        const double hu = next[u] / largest;
        r.change = std::max(r.change, std::abs(hu - h[u]));
        h[u] = hu;
      }
      return r;
    });
    double change = 0.0;
    for (const auto& r : partial) change = std::max(change, r.change);
    if (it == 1) first_change = change;
    if (conv.settled(change)) break;
    if (it >= options.iteration.max_iterations)
      throw NotConverged("hits did not converge in " + std::to_string(it) + " iterations");
    ctx.progress("hits", detail::iteration_progress(first_change, change, options.iteration.tolerance));
  }
  // Final authorities from the converged hubs, and hubs from those authorities (as nx.hits).
  authorities_from_hubs();
  detail::for_node_blocks(n, sweep, [&](std::size_t begin, std::size_t end) {
    for (std::size_t u = begin; u < end; ++u) h[u] = detail::row_sum(out, u, a.data());
  });
  scale_to_sum_one(h, sweep);
  scale_to_sum_one(a, sweep);
  ctx.progress("hits", 1.0);
  result.hub.values = std::move(h);
  result.authority.values = std::move(a);
  result.hub.iterations = result.authority.iterations = it;
  result.hub.last_change = result.authority.last_change = conv.last_change();
  return result;
}

}  // namespace leadnet
