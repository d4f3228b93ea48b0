#include "leadnet/metrics/pagerank.hpp"

#include <cmath>

#include "leadnet/core/diagnostics.hpp"
#include "metrics/iteration_detail.hpp"

namespace leadnet {

namespace {

struct BlockResult {
  double change = 0.0;    // sum of |x_new - x_old| over the block (L1)
  double dangling = 0.0;  // new scores of the block's dangling nodes
};

}  // namespace

NodeScores pagerank(const View& view, const PageRankOptions& options, RunContext& ctx) {
  const double alpha = options.alpha;
  if (!(alpha >= 0.0 && alpha < 1.0)) throw UsageError("pagerank: alpha must be in [0, 1)");
  const NodeId n = view.num_nodes();
  NodeScores result;
  if (n == 0) return result;
  const Csr& out = view.out();
  const Csr& in = view.in();
  const bool weighted = in.has_weights();
  const double dn = static_cast<double>(n);
  const RunContext sweep = detail::sweep_context(ctx, view.in().num_arcs(), options.iteration.min_parallel_arcs);

  // 1 / out-strength, 0 for dangling nodes.
  std::vector<double> inv(n, 0.0);
  for (NodeId u = 0; u < n; ++u) {
    double s = 0.0;
    if (weighted)
      for (double w : out.row_weights(u)) s += w;
    else
      s = static_cast<double>(out.degree(u));
    inv[u] = s > 0.0 ? 1.0 / s : 0.0;
  }
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
  const EdgeOffset* off = in.offsets.data();
  const NodeId* src = in.targets.data();
  const double* wt = weighted ? in.weights.data() : nullptr;
  for (std::uint32_t it = 1;; ++it) {
    const double base = (alpha * dangling + (1.0 - alpha)) / dn;
    detail::sweep_blocks(n, sweep, partial, [&](std::size_t begin, std::size_t end) {
      // x is updated in place: the sums read c, the previous sweep's x / s.
      double change = 0.0, dangling_mass = 0.0;
      const double* cp = c.data();
      for (std::size_t v = begin; v < end; ++v) {
        const double sum = detail::gather_sum(src, wt, cp, off[v], off[v + 1]);
        const double xv = alpha * sum + base;
        change += std::abs(xv - x[v]);
        x[v] = xv;
        const double iv = inv[v];
        c_next[v] = xv * iv;
        dangling_mass += iv == 0.0 ? xv : 0.0;  // no branch: dangling nodes come in no order
      }
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
  }
  ctx.progress("pagerank", 1.0);
  result.values = std::move(x);
  return result;
}

}  // namespace leadnet
