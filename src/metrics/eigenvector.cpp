#include "leadnet/metrics/eigenvector.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "adapters/top_eigenvector.hpp"
#include "leadnet/metrics/components.hpp"
#include "metrics/iteration_detail.hpp"
#include "metrics/strong_components_detail.hpp"

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

namespace {

// Per strong component of a view, an upper bound on its own Perron root: the smaller of the
// largest row sum and the largest column sum inside it (Perron–Frobenius).
std::vector<double> component_bounds(const View& view) {
  const Csr& out = view.out();
  std::uint32_t count = 0;
  const std::vector<std::uint32_t> comp = detail::strong_components(out, count);
  std::vector<double> out_max(count, 0.0), in_max(count, 0.0), in_sum(out.num_nodes(), 0.0);
  for (NodeId u = 0; u < out.num_nodes(); ++u) {
    double s = 0.0;
    const auto row = out.neighbors(u);
    for (std::size_t i = 0; i < row.size(); ++i) {
      const NodeId v = row[i];
      if (comp[v] != comp[u]) continue;
      const double w = out.has_weights() ? out.row_weights(u)[i] : 1.0;
      s += w;
      in_sum[v] += w;
    }
    out_max[comp[u]] = std::max(out_max[comp[u]], s);
  }
  for (NodeId v = 0; v < out.num_nodes(); ++v) in_max[comp[v]] = std::max(in_max[comp[v]], in_sum[v]);
  std::vector<double> bound(count);
  for (std::uint32_t c = 0; c < count; ++c) bound[c] = std::min(out_max[c], in_max[c]);
  return bound;
}

// Whether `value` (the Perron root of A^T) can be a multiple root. A nonnegative matrix's root
// is simple unless two strong components reach it. Components whose bound is below the root
// cannot; when only one component's bound reaches it, the root is simple. Conservative: true
// when in doubt.
bool may_be_multiple_root(const std::vector<double>& bounds, double value) {
  std::uint32_t reaching = 0;
  for (double bound : bounds)
    if (bound >= value * (1.0 - 1e-9)) ++reaching;
  return reaching != 1;
}

}  // namespace

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
  if (tol <= options.arnoldi_below_tolerance && n >= options.arnoldi_min_nodes) {
    // Asked for the converged vector: Arnoldi on A^T from the uniform start (see the header),
    // where one weak component holds most people.
    if (static_cast<double>(weak_components(view).largest) >= options.arnoldi_min_share * static_cast<double>(n)) {
      const adapters::Operator apply = [&](const double* v, double* w) { detail::multiply(in, v, w, sweep); };
      const adapters::TopEigenvector top =
          adapters::perron_eigenvector(n, apply, x, options.arnoldi_tolerance, options.arnoldi_max_restarts);
      if (!top.vector.empty() && top.value > 0.0 && !may_be_multiple_root(component_bounds(view), top.value)) {
        // The Perron vector is non-negative: entries below zero are rounding; length 1 again.
        double squares = 0.0;
        for (NodeId v = 0; v < n; ++v) {
          x[v] = std::max(top.vector[v], 0.0);
          squares += x[v] * x[v];
        }
        const double norm = std::sqrt(squares);
        for (double& v : x) v /= norm;
        result.iterations = static_cast<std::uint32_t>(top.products);
        result.solver = "Arnoldi (Spectra)";
        ctx.progress("eigenvector", 1.0);
        result.values = std::move(x);
        return result;
      }
    }
    // Not settled within the restarts, a multiple root or none: the power iteration decides.
  }
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
