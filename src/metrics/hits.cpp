#include "leadnet/metrics/hits.hpp"

#include <cmath>
#include <string>

#include "adapters/top_eigenvector.hpp"
#include "metrics/iteration_detail.hpp"

namespace leadnet {

namespace {

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
  const auto finish = [&](std::uint32_t iterations, double last_change) {
    // Final authorities from the hubs, and hubs from those authorities (as nx.hits).
    detail::multiply(in, h.data(), a.data(), sweep);
    detail::multiply(out, a.data(), h.data(), sweep);
    scale_to_sum_one(h, sweep);
    scale_to_sum_one(a, sweep);
    ctx.progress("hits", 1.0);
    result.hub.values = std::move(h);
    result.authority.values = std::move(a);
    result.hub.iterations = result.authority.iterations = iterations;
    result.hub.last_change = result.authority.last_change = last_change;
    return std::move(result);
  };

  if (n >= options.lanczos_min_nodes) {
    // Lanczos on M = A A^T from the uniform hub vector: the hub vector is M's top eigenvector.
    std::vector<double> tmp(n);
    const adapters::SymmetricOperator apply = [&](const double* x, double* y) {
      detail::multiply(in, x, tmp.data(), sweep);
      detail::multiply(out, tmp.data(), y, sweep);
    };
    const adapters::TopEigenvector top =
        adapters::top_eigenvector(n, apply, h, options.lanczos_tolerance, options.iteration.max_iterations);
    // A top eigenvalue found twice (rounding brought in a second vector of its eigenspace, as in
    // every bipartite undirected graph) leaves the vector arbitrary: the power iteration decides.
    const bool multiple = top.second >= top.value * (1.0 - 1e-6);
    if (!top.vector.empty() && !multiple) {
      // The Perron vector is non-negative: pick the sign with a positive sum.
      double sum = 0.0;
      for (double x : top.vector) sum += x;
      const double sign = sum < 0.0 ? -1.0 : 1.0;
      for (NodeId u = 0; u < n; ++u) h[u] = sign * top.vector[u];
      return finish(static_cast<std::uint32_t>(top.products), 0.0);
    }
    // Not settled within the restarts, or a multiple top value: the power iteration decides.
  }

  detail::Convergence conv(options.iteration.tolerance);
  std::vector<double> largest_part;
  std::vector<double> partial;  // largest |h_new - h_old| per node block
  double first_change = 0.0;
  std::uint32_t it = 1;
  for (;; ++it) {
    detail::multiply(in, h.data(), a.data(), sweep);
    detail::sweep_blocks(n, sweep, largest_part, [&](std::size_t begin, std::size_t end) {
      double largest = 0.0;
      detail::each_row_sum(out, a.data(), begin, end, [&](std::size_t u, double sum) {
        next[u] = sum;
        largest = std::max(largest, next[u]);
      });
      return largest;
    });
    double largest = 0.0;
    for (double l : largest_part) largest = std::max(largest, l);
    detail::sweep_blocks(n, sweep, partial, [&](std::size_t begin, std::size_t end) {
      double step = 0.0;
      for (std::size_t u = begin; u < end; ++u) {
        const double hu = next[u] / largest;
        step = std::max(step, std::abs(hu - h[u]));
        h[u] = hu;
      }
      return step;
    });
    double change = 0.0;
    for (double r : partial) change = std::max(change, r);
    if (it == 1) first_change = change;
    if (conv.settled(change)) break;
    if (it >= options.iteration.max_iterations)
      throw NotConverged("hits did not converge in " + std::to_string(it) + " iterations");
    ctx.progress("hits", detail::iteration_progress(first_change, change, options.iteration.tolerance));
  }
  return finish(it, conv.last_change());
}

}  // namespace leadnet
