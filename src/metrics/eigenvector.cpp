#include "leadnet/metrics/eigenvector.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "adapters/top_eigenvector.hpp"
#include "leadnet/metrics/components.hpp"
#include "metrics/eigenvector_detail.hpp"
#include "metrics/iteration_detail.hpp"
#include "metrics/strong_components_detail.hpp"

namespace leadnet {

namespace {

// Per group g < count: an upper bound on the Perron root of A restricted to g's nodes, the
// smaller of the largest row sum and the largest column sum over the arcs u -> v of `csr` with
// group[u] == group[v] == g (Perron–Frobenius; the same for a CSR and its transpose). Nodes in
// group `count` or above belong to none.
std::vector<double> group_root_bounds(const Csr& csr, const std::vector<std::uint32_t>& group, std::uint32_t count) {
  std::vector<double> row_max(count, 0.0), col_max(count, 0.0), col_sum(csr.num_nodes(), 0.0);
  for (NodeId u = 0; u < csr.num_nodes(); ++u) {
    if (group[u] >= count) continue;
    double s = 0.0;
    for (EdgeOffset a = csr.offsets[u]; a < csr.offsets[u + 1]; ++a) {
      const NodeId v = csr.targets[a];
      if (group[v] != group[u]) continue;
      s += csr.weight(a);
      col_sum[v] += csr.weight(a);
    }
    row_max[group[u]] = std::max(row_max[group[u]], s);
  }
  for (NodeId v = 0; v < csr.num_nodes(); ++v)
    if (group[v] < count) col_max[group[v]] = std::max(col_max[group[v]], col_sum[v]);
  std::vector<double> bound(count);
  for (std::uint32_t c = 0; c < count; ++c) bound[c] = std::min(row_max[c], col_max[c]);
  return bound;
}

}  // namespace

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

// See eigenvector_detail.hpp. The strong component of `pivot` (where the Perron vector is largest, so it reaches the
// root) comes from one search along out-arcs and one along in-arcs; every other strong component
// lies among the remaining nodes R, and its root is at most R's own, at most the smaller of the
// largest row and column sums inside R. When that bound is below the root, no other component
// reaches it. Two searches and one or two passes instead of Tarjan's walk (a third of the time
// of Arnoldi itself on sf-1000000). False means "not shown", not "multiple".
bool simple_root_around(const View& view, NodeId pivot, double value) {
  const Csr& out = view.out();
  const Csr& in = view.in();
  const NodeId n = view.num_nodes();
  std::vector<std::uint8_t> seen(n, 0);  // bit 0: reached along out-arcs, bit 1: along in-arcs
  std::vector<NodeId> queue;
  queue.reserve(n);
  for (const auto& [csr, bit] : {std::pair<const Csr*, std::uint8_t>{&out, 1}, {&in, 2}}) {
    queue.assign(1, pivot);
    seen[pivot] |= bit;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      // The rows of the nodes a few places down the queue are requested ahead: each row start
      // is a cache miss, and the search would otherwise wait on them one at a time.
      if (head + 16 < queue.size()) __builtin_prefetch(csr->offsets.data() + queue[head + 16]);
      if (head + 8 < queue.size()) __builtin_prefetch(csr->targets.data() + csr->offsets[queue[head + 8]]);
      for (NodeId w : csr->neighbors(queue[head]))
        if (!(seen[w] & bit)) {
          seen[w] |= bit;
          queue.push_back(w);
        }
    }
  }
  // First the whole rows and columns of the nodes of R = the nodes outside the pivot's component
  // (seen != 3): an upper bound on the sums inside R that needs no pass over the arcs.
  const double threshold = value * (1.0 - 1e-9);
  double out_max = 0.0, in_max = 0.0;
  for (NodeId u = 0; u < n; ++u) {
    if (seen[u] == 3) continue;
    out_max = std::max(out_max, out.strength(u));
    in_max = std::max(in_max, in.strength(u));
  }
  if (std::min(out_max, in_max) < threshold) return true;
  // Then the row and column sums of A inside R (group 0; the pivot's component, group 1, is
  // left out).
  std::vector<std::uint32_t> group(n);
  for (NodeId u = 0; u < n; ++u) group[u] = seen[u] == 3 ? 1 : 0;
  return group_root_bounds(out, group, 1)[0] < threshold;
}

}  // namespace detail

namespace {

// Per strong component of the graph of `csr`, an upper bound on its own Perron root: the smaller
// of the largest row sum and the largest column sum inside it (Perron–Frobenius; the same for a
// CSR and its transpose).
std::vector<double> component_bounds(const Csr& csr) {
  std::uint32_t count = 0;
  const std::vector<std::uint32_t> comp = detail::strong_components(csr, count);
  return group_root_bounds(csr, comp, count);
}

// The eigenproblem without the people who pass nothing on. Someone with no out-arcs (a citizen
// whom staff serve) feeds no one: their value, (1/lambda) times the sum over their in-arcs,
// follows from the others' and changes none. Someone with no in-arcs has value 0 and adds 0.
// The rest (`nodes`, in node order) keep the in-arcs among them, and A^T restricted to them has
// the same Perron root and, on them, the same Perron vector (A^T is block triangular with the
// removed nodes' blocks 0).
struct Core {
  std::vector<NodeId> nodes;
  Csr in;
};

// Empty when it would keep fewer than `min_nodes` or leave out fewer than a sixteenth of the
// nodes (then Arnoldi runs on the whole graph: copying the arcs would cost more than it saves).
Core feeding_core(const View& view, NodeId min_nodes) {
  const Csr& out = view.out();
  const Csr& in = view.in();
  const NodeId n = view.num_nodes();
  Core core;
  std::vector<NodeId> index(n, kNoNode);
  for (NodeId v = 0; v < n; ++v)
    if (out.degree(v) > 0 && in.degree(v) > 0) {
      index[v] = static_cast<NodeId>(core.nodes.size());
      core.nodes.push_back(v);
    }
  const auto kept = static_cast<NodeId>(core.nodes.size());
  if (kept < min_nodes || kept > n - n / 16) return {};
  // In-arcs from nodes left out come from nodes without in-arcs (value 0): dropped.
  core.in = induced_csr(in, index, kept);
  return core;
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
      // Arnoldi on the feeding core where it leaves out a sixteenth of the people or more (the
      // citizens of a municipality: half of them), on the whole graph otherwise.
      const Core core = feeding_core(view, options.arnoldi_min_nodes);
      const bool fold = !core.nodes.empty();
      const Csr& matrix = fold ? core.in : in;
      const NodeId size = matrix.num_nodes();
      const RunContext core_sweep = detail::sweep_context(ctx, matrix.num_arcs(), options.iteration.min_parallel_arcs);
      const adapters::Operator apply = [&](const double* v, double* w) { detail::multiply(matrix, v, w, core_sweep); };
      const std::vector<double> start(size, 1.0 / static_cast<double>(size));
      const adapters::TopEigenvector top =
          adapters::perron_eigenvector(size, apply, start, options.arnoldi_tolerance, options.arnoldi_max_restarts);
      const auto simple = [&] {
        if (top.vector.empty() || !(top.value > 0.0)) return false;
        const auto largest = std::max_element(top.vector.begin(), top.vector.end()) - top.vector.begin();
        const NodeId pivot = fold ? core.nodes[static_cast<std::size_t>(largest)] : static_cast<NodeId>(largest);
        return detail::simple_root_around(view, pivot, top.value) ||
               !may_be_multiple_root(component_bounds(matrix), top.value);
      };
      if (simple()) {
        // The Perron vector is non-negative: entries below zero are rounding.
        if (fold) {
          std::fill(x.begin(), x.end(), 0.0);
          for (std::size_t i = 0; i < core.nodes.size(); ++i) x[core.nodes[i]] = std::max(top.vector[i], 0.0);
          // Those with in-arcs and no out-arcs: (1/lambda) times their in-sum, all of it from
          // the core or from people with no in-arcs (0).
          for (NodeId v = 0; v < n; ++v)
            if (view.out().degree(v) == 0 && in.degree(v) > 0) x[v] = detail::row_sum(in, v, x.data()) / top.value;
        } else {
          for (NodeId v = 0; v < n; ++v) x[v] = std::max(top.vector[v], 0.0);
        }
        const double norm = detail::norm2(x, sweep);  // length 1 again
        for (double& v : x) v /= norm;
        result.iterations = static_cast<std::uint32_t>(top.products);
        result.solver = "Arnoldi";
        ctx.progress("eigenvector", 1.0);
        result.values = std::move(x);
        return result;
      }
      std::fill(x.begin(), x.end(), 1.0 / static_cast<double>(n));
    }
    // Not settled within the restarts, a multiple root or none: the power iteration decides.
  }
  std::vector<double> partial;  // per node block: squared length, then L1 step
  double first_change = 0.0;
  // Long iterations move to the nodes renumbered by in-degree (iteration_detail.hpp).
  detail::SweepRows rows(in, options.iteration.min_renumber_nodes, sweep);
  for (std::uint32_t it = 1;; ++it) {
    // (A^T + I) x and its squared length per block, in one pass.
    detail::sweep_blocks(n, sweep, partial, [&](std::size_t begin, std::size_t end) {
      double squares = 0.0;
      detail::each_row_sum(rows.rows(), x.data(), begin, end, [&](std::size_t v, double sum) {
        y[v] = x[v] + sum;
        squares += y[v] * y[v];
      });
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
    rows.after_sweep(it, change, static_cast<double>(n) * tol, {&x}, y);  // y: rewritten next sweep
  }
  ctx.progress("eigenvector", 1.0);
  rows.restore(x, y);
  result.values = std::move(x);
  return result;
}

}  // namespace leadnet
