#include "leadnet/metrics/katz.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "leadnet/core/diagnostics.hpp"
#include "metrics/iteration_detail.hpp"

namespace leadnet {

namespace {

struct StepResult {
  double step = 0.0;     // L1 size of the step: the stopping rule and the divergence test
  double largest = 0.0;  // largest |x_new|
};

std::string diverges(double alpha, const std::string& radius) {
  char a[32];
  std::snprintf(a, sizeof a, "%g", alpha);
  return std::string("Katz centrality with alpha ") + a + " diverges on this graph: alpha must be below 1 / " +
         "spectral radius, and the spectral radius is " + radius + " (NetworkX raises " +
         "PowerIterationFailedConvergence); choose a smaller alpha";
}

std::string number(const char* format, double x) {
  char buf[48];
  std::snprintf(buf, sizeof buf, format, x);
  return buf;
}

}  // namespace

NodeScores katz(const View& view, const KatzOptions& options, RunContext& ctx) {
  const double alpha = options.alpha;
  const double beta = options.beta;
  if (!(alpha > 0.0) || !std::isfinite(alpha)) throw UsageError("katz: alpha must be a positive number");
  if (!std::isfinite(beta)) throw UsageError("katz: beta must be a finite number");
  const NodeId n = view.num_nodes();
  NodeScores result;
  if (n == 0) return result;
  const Csr& in = view.in();
  const RunContext sweep = detail::sweep_context(ctx, view.in().num_arcs(), options.iteration.min_parallel_arcs);

  // Certain divergence on undirected unweighted views, without iterating: the spectral radius
  // is at least the average degree and at least sqrt(largest degree).
  if (!view.directed() && !in.has_weights()) {
    std::size_t largest = 0;
    for (NodeId v = 0; v < n; ++v) largest = std::max(largest, in.degree(v));
    const double bound =
        std::max(static_cast<double>(in.num_arcs()) / static_cast<double>(n), std::sqrt(static_cast<double>(largest)));
    if (alpha * bound >= 1.0) throw NotConverged(diverges(alpha, number("at least %.4g", bound)));
  }

  std::vector<double> x(n, 0.0), y(n, 0.0);
  std::vector<double> steps;  // L1 step per sweep
  const double tol = options.iteration.tolerance;
  std::vector<StepResult> partial;
  double first_change = 0.0;
  constexpr std::uint32_t kWindow = 100;
  // Long iterations move to the nodes renumbered by in-degree (iteration_detail.hpp).
  detail::SweepRows rows(in, options.iteration.min_renumber_nodes, sweep);
  for (std::uint32_t it = 1;; ++it) {
    detail::sweep_blocks(n, sweep, partial, [&](std::size_t begin, std::size_t end) {
      StepResult r;
      detail::each_row_sum(rows.rows(), x.data(), begin, end, [&](std::size_t v, double sum) {
        const double xv = alpha * sum + beta;
        const double d = std::abs(xv - x[v]);
        r.step += d;
        r.largest = std::max(r.largest, std::abs(xv));
        y[v] = xv;
      });
      return r;
    });
    x.swap(y);
    StepResult step;
    for (const auto& r : partial) {
      step.step += r.step;
      step.largest = std::max(step.largest, r.largest);
    }
    steps.push_back(step.step);
    // The steps are (alpha A^T)^k beta 1: they shrink by alpha * lambda_max per sweep in the
    // long run. Steps that have not shrunk over a long window, or values near overflow, mean
    // the series diverges.
    const bool huge = !std::isfinite(step.largest) || step.largest > 1e200;
    const bool growing = it >= 5 * kWindow && steps[it - 1] >= steps[it - 1 - kWindow];
    if (huge || growing) {
      const double rate = huge ? 0.0 : std::pow(steps[it - 1] / steps[it - 1 - kWindow], 1.0 / kWindow);
      throw NotConverged(diverges(alpha, huge ? std::string("above 1 / alpha") : number("about %.4g", rate / alpha)));
    }
    const double change = step.step;
    if (it == 1) first_change = change;
    result.iterations = it;
    result.last_change = change;
    if (detail::networkx_settled(change, n, tol)) break;
    if (it >= options.iteration.max_iterations)
      throw NotConverged("katz centrality did not converge in " + std::to_string(it) + " iterations");
    ctx.progress("katz", detail::iteration_progress(first_change, change, static_cast<double>(n) * tol));
    rows.after_sweep(it, change, static_cast<double>(n) * tol, {&x}, y);  // y: rewritten next sweep
  }
  ctx.progress("katz", 1.0);
  rows.restore(x, y);
  if (options.normalized) {
    const double norm = detail::norm2(x, sweep);
    if (norm > 0.0)
      for (double& v : x) v /= norm;
  }
  result.values = std::move(x);
  return result;
}

}  // namespace leadnet
