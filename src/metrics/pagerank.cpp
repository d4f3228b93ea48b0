#include "leadnet/metrics/pagerank.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "leadnet/core/diagnostics.hpp"
#include "metrics/iteration_detail.hpp"

namespace leadnet {

namespace {

struct BlockResult {
  double change = 0.0;    // sum of |x_new - x_old| over the block (L1)
  double dangling = 0.0;  // new scores of the block's dangling nodes
};

// The converged scores by Gauss–Seidel on the eigenproblem x = G x (G the Google matrix; see
// the header): each node's new score is computed from the latest scores of the nodes before
// it. The total S and the dangling mass D are kept up to date within the sweep, so the jump
// term (alpha D + (1 - alpha) S) / n is always G's; x is normalised once, at the end (the
// sweep's own growth factor tends to 1, as G's eigenvalue is 1).
constexpr NodeId kJumpBlock = 256;

NodeScores gauss_seidel(const Csr& in, const std::vector<double>& inv, double alpha, const IterationOptions& options,
                        RunContext& ctx) {
  const NodeId n = in.num_nodes();
  const double dn = static_cast<double>(n);
  std::vector<double> x(n, 1.0 / dn), c(n);  // c = x / s, what each node sends per unit of weight
  double total = 0.0, dangling = 0.0;
  for (NodeId v = 0; v < n; ++v) {
    c[v] = x[v] * inv[v];
    total += x[v];
    dangling += inv[v] == 0.0 ? x[v] : 0.0;
  }
  NodeScores result;
  result.solver = "Gauss-Seidel";
  double first_change = 0.0;
  for (std::uint32_t it = 1;; ++it) {
    double step = 0.0;
    for (NodeId begin = 0; begin < n; begin += kJumpBlock) {
      // The jump term is brought up to date every kJumpBlock nodes: per node it would chain
      // every node's arithmetic to the previous one's.
      const double jump = (alpha * dangling + (1.0 - alpha) * total) / dn;
      const NodeId end = std::min<NodeId>(n, begin + kJumpBlock);
      double grown = 0.0, grown_dangling = 0.0;
      detail::each_row_sum(in, c.data(), begin, end, [&](std::size_t v, double sum) {
        const double xv = alpha * sum + jump;
        const double d = xv - x[v];
        step += std::abs(d);
        grown += d;
        grown_dangling += inv[v] == 0.0 ? d : 0.0;
        x[v] = xv;
        c[v] = xv * inv[v];
      });
      total += grown;
      dangling += grown_dangling;
    }
    const double change = step / total;  // the L1 step on the scale of scores summing to 1
    if (it == 1) first_change = change;
    result.iterations = it;
    result.last_change = change;
    if (detail::networkx_settled(change, n, options.tolerance)) break;
    if (it >= options.max_iterations)
      throw NotConverged("pagerank did not converge in " + std::to_string(it) + " iterations");
    ctx.progress("pagerank", detail::iteration_progress(first_change, change, dn * options.tolerance));
  }
  double sum = 0.0;
  for (double v : x) sum += v;
  for (double& v : x) v /= sum;
  ctx.progress("pagerank", 1.0);
  result.values = std::move(x);
  return result;
}

}  // namespace

NodeScores pagerank(const View& view, const PageRankOptions& options, RunContext& ctx) {
  const double alpha = options.alpha;
  if (!(alpha >= 0.0 && alpha < 1.0)) throw UsageError("pagerank: alpha must be in [0, 1)");
  const NodeId n = view.num_nodes();
  NodeScores result;
  if (n == 0) return result;
  const Csr& out = view.out();
  const Csr& in = view.in();
  const double dn = static_cast<double>(n);
  const RunContext sweep = detail::sweep_context(ctx, view.in().num_arcs(), options.iteration.min_parallel_arcs);

  // 1 / out-strength, 0 for dangling nodes.
  std::vector<double> inv(n, 0.0);
  for (NodeId u = 0; u < n; ++u) {
    const double s = out.strength(u);
    inv[u] = s > 0.0 ? 1.0 / s : 0.0;
  }
  if (options.iteration.tolerance <= options.gauss_seidel_below_tolerance)
    return gauss_seidel(in, inv, alpha, options.iteration, ctx);
  std::vector<double> x(n, 1.0 / dn);
  std::vector<double> c(n), c_next(n);  // x_u / s_u, what u sends along each unit of weight
  double dangling = 0.0;
  for (NodeId u = 0; u < n; ++u) {
    c[u] = x[u] * inv[u];
    if (inv[u] == 0.0) dangling += x[u];
  }

  const double tol = options.iteration.tolerance;
  std::vector<BlockResult> partial;
  double first_change = 0.0;
  // Long iterations move to the nodes renumbered by in-degree (iteration_detail.hpp).
  detail::SweepRows rows(in, options.iteration.min_renumber_nodes, sweep);
  for (std::uint32_t it = 1;; ++it) {
    const double base = (alpha * dangling + (1.0 - alpha)) / dn;
    detail::sweep_blocks(n, sweep, partial, [&](std::size_t begin, std::size_t end) {
      // x is updated in place: the sums read c, the previous sweep's x / s.
      double change = 0.0, dangling_mass = 0.0;
      const double* cp = c.data();
      detail::each_row_sum(rows.rows(), cp, begin, end, [&](std::size_t v, double sum) {
        const double xv = alpha * sum + base;
        change += std::abs(xv - x[v]);
        x[v] = xv;
        const double iv = inv[v];
        c_next[v] = xv * iv;
        dangling_mass += iv == 0.0 ? xv : 0.0;  // no branch: dangling nodes come in no order
      });
      return BlockResult{change, dangling_mass};
    });
    double change = 0.0;
    dangling = 0.0;
    for (const auto& r : partial) {
      change += r.change;
      dangling += r.dangling;
    }
    c.swap(c_next);
    if (it == 1) first_change = change;
    result.iterations = it;
    result.last_change = change;
    if (detail::networkx_settled(change, n, tol)) break;
    if (it >= options.iteration.max_iterations)
      throw NotConverged("pagerank did not converge in " + std::to_string(it) + " iterations");
    ctx.progress("pagerank", detail::iteration_progress(first_change, change, dn * tol));
    rows.after_sweep(it, change, dn * tol, {&x, &c, &inv}, c_next);  // c_next: rewritten next sweep
  }
  ctx.progress("pagerank", 1.0);
  rows.restore(x, c_next);
  result.values = std::move(x);
  return result;
}

}  // namespace leadnet
