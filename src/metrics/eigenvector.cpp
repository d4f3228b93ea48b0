#include "leadnet/metrics/eigenvector.hpp"

#include <cmath>
#include <string>

#include "metrics/iteration_detail.hpp"

namespace leadnet {

namespace detail {

bool is_acyclic(const Csr& out, const Csr& in) {
  const NodeId n = out.num_nodes();
  std::vector<std::uint64_t> indeg(n);
  std::vector<NodeId> ready;
  for (NodeId v = 0; v < n; ++v) {
    indeg[v] = in.degree(v);
    if (indeg[v] == 0) ready.push_back(v);
  }
  std::size_t done = 0;
  while (!ready.empty()) {
    const NodeId v = ready.back();
    ready.pop_back();
    ++done;
    for (NodeId w : out.neighbors(v))
      if (--indeg[w] == 0) ready.push_back(w);
  }
  return done == n;
}

}  // namespace detail

NodeScores eigenvector(const View& view, const EigenvectorOptions& options, RunContext& ctx) {
  const NodeId n = view.num_nodes();
  NodeScores result;
  if (n == 0) return result;
  const Csr& in = view.in();
  const RunContext sweep = detail::sweep_context(ctx, view.in().num_arcs(), options.iteration.min_parallel_arcs);
  if (view.directed() && in.num_arcs() > 0 && detail::is_acyclic(view.out(), in))
    throw NotConverged(
        "eigenvector centrality does not converge on this directed graph: it has no cycles, so every "
        "eigenvalue is 0 and the power iteration never settles (NetworkX raises "
        "PowerIterationFailedConvergence); use --undirected, or pagerank/katz");
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), y(n);
  const double tol = options.iteration.tolerance;
  std::vector<double> partial;  // per node block: squared length, then L1 step
  double first_change = 0.0;
  for (std::uint32_t it = 1;; ++it) {
    // (A^T + I) x and its squared length per block, in one pass.
    detail::sweep_blocks(n, sweep, partial, [&](std::size_t begin, std::size_t end) {
      double squares = 0.0;
      for (std::size_t v = begin; v < end; ++v) {
        y[v] = x[v] + detail::row_sum(in, v, x.data());
        squares += y[v] * y[v];
      }
      return squares;
    });
    double squares = 0.0;
    for (double p : partial) squares += p;
    double norm = std::sqrt(squares);
    if (norm == 0.0) norm = 1.0;
    detail::sweep_blocks(n, sweep, partial, [&](std::size_t begin, std::size_t end) {
      double r = 0.0;
      for (std::size_t v = begin; v < end; ++v) {
        const double xv = y[v] / norm;
        r += std::abs(xv - x[v]);
        x[v] = xv;
      }
      return r;
    });
    double change = 0.0;
    for (double r : partial) change += r;
    if (it == 1) first_change = change;
    result.iterations = it;
    result.last_change = change;
    if (detail::networkx_settled(change, n, tol)) break;
    if (it >= options.iteration.max_iterations)
      throw NotConverged("eigenvector centrality did not converge in " + std::to_string(it) +
                         " iterations (NetworkX raises PowerIterationFailedConvergence on such graphs)");
    ctx.progress("eigenvector", detail::iteration_progress(first_change, change, static_cast<double>(n) * tol));
  }
  ctx.progress("eigenvector", 1.0);
  result.values = std::move(x);
  return result;
}

}  // namespace leadnet
