#pragma once
// Pieces shared by the iterative measures (PageRank, eigenvector, Katz, HITS): deciding when a
// power iteration has settled, and node-block sweeps with deterministic reductions.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/csr.hpp"
#include "metrics/parallel_detail.hpp"

namespace leadnet::detail {

/// Nodes per block of a sweep: a few thousand keeps per-block overhead negligible and still
/// gives the dynamic scheduler room to balance skewed degrees.
inline constexpr std::size_t kNodesPerBlock = 4096;

/// The context for the sweeps of an iteration over `arcs` arcs: one worker below
/// `min_parallel_arcs` arcs, where waking threads every sweep costs more than the sweep itself
/// (results are the same either way; only the speed differs).
inline RunContext sweep_context(const RunContext& ctx, std::size_t arcs, std::size_t min_parallel_arcs) {
  RunContext c = ctx;
  c.on_progress = nullptr;
  if (arcs < min_parallel_arcs) c.threads = 1;
  return c;
}

/// Decides when an iteration x_{k+1} = F(x_k) that converges geometrically has settled.
/// `change` is the size of the last step on the measure's scale. With rate r estimated from the
/// last steps (the largest of the last three ratios), the distance to the fixed point is about
/// change * r / (1 - r); the iteration has settled when that is below the tolerance. This asks
/// for more sweeps when convergence is slow (eigenvector centrality of nearly-degenerate graphs)
/// and fewer when it is fast, instead of a fixed threshold on the step.
class Convergence {
 public:
  explicit Convergence(double tolerance) : tolerance_(tolerance) {}

  bool settled(double change) {
    ratios_[count_ % 3] = previous_ > 0.0 ? change / previous_ : 1.0;
    ++count_;
    previous_ = change;
    last_ = change;
    if (change == 0.0) return true;
    if (!std::isfinite(change) || count_ < 4) return false;
    const double r = rate();
    if (r >= 1.0) return false;
    return change * r / (1.0 - r) < tolerance_;
  }
  /// Estimated contraction rate per sweep (largest of the last three step ratios).
  double rate() const { return std::max({ratios_[0], ratios_[1], ratios_[2]}); }
  double last_change() const { return last_; }

 private:
  double tolerance_;
  double previous_ = 0.0;
  double last_ = 0.0;
  double ratios_[3] = {1.0, 1.0, 1.0};
  std::uint64_t count_ = 0;
};

/// NetworkX's stopping rule for its power iterations (pagerank, eigenvector_centrality,
/// katz_centrality): stop as soon as the L1 size of the last step, sum_v |x_new - x_old|, is
/// below n * tol. Following it sweep for sweep from the same start gives NetworkX's numbers, not
/// only its limit.
inline bool networkx_settled(double l1_step, std::size_t n, double tol) {
  return l1_step < static_cast<double>(n) * tol;
}

/// Progress of an iteration as a fraction: how far the step has fallen from its first size
/// towards the tolerance, on a log scale.
inline double iteration_progress(double first_change, double change, double tolerance) {
  if (!(first_change > tolerance) || !(change > 0.0)) return 1.0;
  const double done = std::log(first_change / change) / std::log(first_change / tolerance);
  return std::clamp(done, 0.0, 0.99);
}

/// Runs body(begin, end, block) over node blocks of kNodesPerBlock in parallel (no progress, no
/// per-block cancellation: one sweep is short) and returns per-block results in block order,
/// so callers reduce them in a fixed order.
template <class T, class Body>
void sweep_blocks(std::size_t n, const RunContext& ctx, std::vector<T>& partial, Body&& body) {
  const std::size_t blocks = block_count(n, kNodesPerBlock);
  partial.assign(blocks, T{});
  parallel_blocks(blocks, ctx, {}, [&](std::size_t b, int /*worker*/) {
    const auto r = block_range(b, kNodesPerBlock, n);
    partial[b] = body(r.begin, r.end);
  });
}

/// Runs body(begin, end) over node blocks of kNodesPerBlock in parallel.
template <class Body>
void for_node_blocks(std::size_t n, const RunContext& ctx, Body&& body) {
  parallel_blocks(block_count(n, kNodesPerBlock), ctx, {}, [&](std::size_t b, int /*worker*/) {
    const auto r = block_range(b, kNodesPerBlock, n);
    body(r.begin, r.end);
  });
}

/// Software prefetching for the gathers of a pass over CSR rows (gather_sum<true>): for each arc
/// e, the entry of arc e + kPrefetchArcs (clamped to `last`, the final arc) is requested too. On
/// a million-node vector the gathers miss the L2 cache and wait on L3 (perf: most samples of a
/// PageRank sweep sat on the gather loads); the out-of-order window alone keeps too few in
/// flight. Used from kPrefetchFromNodes nodes on: below, the vector sits in L2 and the prefetches
/// would be pure overhead. (Per arc rather than per row: a per-row prefetch loop of variable
/// length was 6-11 % slower in alternating runs.) The prefetches ask for the L2 cache, not L1
/// (locality 2: prefetcht1): they then do not hold L1's few miss buffers, and more of them are
/// in flight; on sf-1000000 that was 5-10 % faster for PageRank, eigenvector and HITS sweeps
/// (alternating runs, sixth session) and the same on the municipality. Distances of 64 and 256
/// arcs were slower than 128 with it too.
inline constexpr std::size_t kPrefetchArcs = 128;
inline constexpr std::size_t kPrefetchFromNodes = std::size_t{1} << 17;

/// Sum of x[idx[e]] (times w[e] when w is not null) for e in [begin, end). Four partial sums:
/// one running sum would make every addition wait for the previous one (4 cycles each), which
/// is what bounds a sweep whose vector fits in cache. The order of additions is fixed by the
/// row alone, so any thread count gives the same bits, with or without prefetching (`Ahead`,
/// which needs `last` unless `Clamped` is false: the caller then guarantees that end - 1 +
/// kPrefetchArcs is still an arc, and the clamp's compare and move per arc are saved).
template <bool Ahead = false, bool Clamped = true>
inline double gather_sum(const NodeId* idx, const double* w, const double* x, std::size_t begin, std::size_t end,
                         std::size_t last = 0) {
  const auto ahead = [&](std::size_t e) {
    if constexpr (Ahead)
      __builtin_prefetch(x + idx[Clamped ? std::min(e + kPrefetchArcs, last) : e + kPrefetchArcs], 0, 2);
  };
  double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
  std::size_t e = begin;
  if (w == nullptr) {
    for (; e + 4 <= end; e += 4) {
      ahead(e);
      ahead(e + 1);
      ahead(e + 2);
      ahead(e + 3);
      s0 += x[idx[e]];
      s1 += x[idx[e + 1]];
      s2 += x[idx[e + 2]];
      s3 += x[idx[e + 3]];
    }
    for (; e < end; ++e) {
      ahead(e);
      s0 += x[idx[e]];
    }
  } else {
    for (; e + 4 <= end; e += 4) {
      ahead(e);
      ahead(e + 1);
      ahead(e + 2);
      ahead(e + 3);
      s0 += w[e] * x[idx[e]];
      s1 += w[e + 1] * x[idx[e + 1]];
      s2 += w[e + 2] * x[idx[e + 2]];
      s3 += w[e + 3] * x[idx[e + 3]];
    }
    for (; e < end; ++e) {
      ahead(e);
      s0 += w[e] * x[idx[e]];
    }
  }
  return (s0 + s1) + (s2 + s3);
}

/// body(v, s) for the rows v in [begin, end) of a square CSR, in order, with s = the row's sum
/// of weight * x[target] (row_sum), gathered with prefetching on large graphs.
template <class Body>
inline void each_row_sum(const Csr& csr, const double* x, std::size_t begin, std::size_t end, Body&& body) {
  const EdgeOffset* off = csr.offsets.data();
  const NodeId* idx = csr.targets.data();
  const double* w = csr.has_weights() ? csr.weights.data() : nullptr;
  if (csr.num_nodes() < kPrefetchFromNodes || csr.num_arcs() == 0) {
    for (std::size_t v = begin; v < end; ++v) body(v, gather_sum(idx, w, x, off[v], off[v + 1]));
    return;
  }
  const std::size_t last = csr.num_arcs() - 1;
  // Rows that end kPrefetchArcs arcs or more before the last arc need no clamp on the prefetch.
  std::size_t v = begin;
  for (; v < end && off[v + 1] + kPrefetchArcs <= last; ++v)
    body(v, gather_sum<true, false>(idx, w, x, off[v], off[v + 1]));
  for (; v < end; ++v) body(v, gather_sum<true>(idx, w, x, off[v], off[v + 1], last));
}

/// Sum over row v of `csr` of weight * x[target] (weight 1 when the CSR has none).
inline double row_sum(const Csr& csr, std::size_t v, const double* x) {
  const EdgeOffset* off = csr.offsets.data();
  return gather_sum(csr.targets.data(), csr.has_weights() ? csr.weights.data() : nullptr, x, off[v], off[v + 1]);
}

/// y = the CSR's matrix times x: y[v] = row_sum(csr, v, x) for every node, over node blocks.
inline void multiply(const Csr& csr, const double* x, double* y, const RunContext& ctx) {
  for_node_blocks(csr.num_nodes(), ctx, [&](std::size_t begin, std::size_t end) {
    each_row_sum(csr, x, begin, end, [&](std::size_t v, double sum) { y[v] = sum; });
  });
}

/// Euclidean norm of x, summed over fixed node blocks in block order.
inline double norm2(const std::vector<double>& x, const RunContext& ctx) {
  std::vector<double> partial;
  sweep_blocks(x.size(), ctx, partial, [&](std::size_t begin, std::size_t end) {
    double s = 0.0;
    for (std::size_t v = begin; v < end; ++v) s += x[v] * x[v];
    return s;
  });
  double s = 0.0;
  for (double p : partial) s += p;
  return std::sqrt(s);
}

/// True when a directed view has no cycle (Kahn's algorithm), O(n + m).
bool is_acyclic(const Csr& out, const Csr& in);

/// A square CSR with its nodes renumbered by row length, longest rows first (ties in node
/// order; longest first so that the heaviest node blocks are handed out first and two threads
/// end together). A sweep over rows whose lengths vary guesses each row's end wrong about once
/// a row; over rows sorted by length it rarely does. BM_sweep_anatomy (bench_centrality) measured the
/// guesses at about a quarter of a sweep on sf-1000000 and over a third on muni-500000. Each row
/// keeps its arcs in their order, so it sums the same terms in the same order as before the
/// renumbering. Built with one pass over the arcs, over fixed node blocks in parallel (about
/// four sweeps' time on one thread).
struct RowsByLength {
  std::vector<NodeId> old;     // old[i]: the node numbered i
  std::vector<NodeId> number;  // number[v]: the new number of node v
  Csr csr;

  RowsByLength(const Csr& rows, const RunContext& ctx) : old(rows.num_nodes()), number(rows.num_nodes()) {
    const NodeId n = rows.num_nodes();
    std::size_t longest = 0;
    for (NodeId v = 0; v < n; ++v) longest = std::max(longest, rows.degree(v));
    // Counting sort by key = longest - length.
    const auto key = [&](NodeId v) { return longest - rows.degree(v); };
    std::vector<NodeId> start(longest + 2, 0);
    for (NodeId v = 0; v < n; ++v) ++start[key(v) + 1];
    for (std::size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    // The new rows of key k (length longest - k) are numbered start[k] .. start[k + 1] - 1.
    csr.offsets.resize(static_cast<std::size_t>(n) + 1);
    csr.offsets[0] = 0;
    for (std::size_t k = 0; k + 1 < start.size(); ++k)
      for (NodeId i = start[k]; i < start[k + 1]; ++i) csr.offsets[i + 1] = csr.offsets[i] + (longest - k);
    for (NodeId v = 0; v < n; ++v) {
      const NodeId i = start[key(v)]++;
      old[i] = v;
      number[v] = i;
    }
    csr.targets.resize(rows.num_arcs());
    if (rows.has_weights()) csr.weights.resize(rows.num_arcs());
    // Old rows are read in order and written where they go (reading them in the new order
    // would miss the cache at every row start).
    for_node_blocks(n, ctx, [&](std::size_t begin, std::size_t end) {
      for (std::size_t v = begin; v < end; ++v) {
        EdgeOffset at = csr.offsets[number[v]];
        for (EdgeOffset a = rows.offsets[v]; a < rows.offsets[v + 1]; ++a, ++at) {
          csr.targets[at] = number[rows.targets[a]];
          if (rows.has_weights()) csr.weights[at] = rows.weights[a];
        }
      }
    });
  }
  /// y[i] = x[old[i]]: a vector in the new numbering.
  void to_new(const std::vector<double>& x, std::vector<double>& y) const {
    for (std::size_t i = 0; i < old.size(); ++i) y[i] = x[old[i]];
  }
  /// y[old[i]] = x[i]: a vector back in the old numbering.
  void to_old(const std::vector<double>& x, std::vector<double>& y) const {
    for (std::size_t i = 0; i < old.size(); ++i) y[old[i]] = x[i];
  }
};

/// Whether a power iteration over `csr` should move to RowsByLength after sweep `sweeps`, whose
/// step was `change` (the step before: `previous`), stopping at a step below `target`: on graphs
/// of `min_nodes` nodes or more, from the fourth sweep on (the first steps say little about the
/// rate), when the last ratio of steps r leaves at least 3 (1 + m / n) more sweeps
/// (log(target / change) / log r), or the steps do not shrink. Measured on one thread
/// (seventh session), the renumbering costs about 5 ms per million arcs and per million nodes and
/// saves about 2.8 ms per million rows and sweep: it pays after 1.8 (1 + m / n) sweeps (19 on
/// sf-1000000, 10 on muni-500000); the margin covers two threads, where sweeps gain less.
/// Deterministic: it depends on the graph and the steps only, not on the threads.
inline bool worth_renumbering(const Csr& csr, std::size_t min_nodes, std::uint32_t sweeps, double previous,
                              double change, double target) {
  const std::size_t n = csr.num_nodes();
  if (n < min_nodes || n < 2 || sweeps < 4 || !(change > target) || !(previous > 0.0)) return false;
  if (!(change < previous)) return true;
  const double enough = 3.0 * (1.0 + static_cast<double>(csr.num_arcs()) / static_cast<double>(n));
  return std::log(target / change) / std::log(change / previous) >= enough;
}

/// The rows a power iteration sweeps: the in-CSR as given until worth_renumbering() says the
/// iteration will run long, then RowsByLength's copy. The caller moves its vectors across with
/// the switch and back at the end.
class SweepRows {
 public:
  SweepRows(const Csr& in, std::size_t min_nodes, const RunContext& ctx) : in_(&in), min_nodes_(min_nodes), ctx_(ctx) {}
  const Csr& rows() const { return renumbered_ ? renumbered_->csr : *in_; }

  /// Call after sweep `sweeps`, whose step was `change`, of an iteration that stops below
  /// `target`. When it is worth it, renumbers and moves every vector in `vectors` (n entries)
  /// to the new numbering, using `scratch` (n entries; its contents are lost).
  void after_sweep(std::uint32_t sweeps, double change, double target,
                   std::initializer_list<std::vector<double>*> vectors, std::vector<double>& scratch) {
    const double previous = previous_;
    previous_ = change;
    if (renumbered_ || !worth_renumbering(*in_, min_nodes_, sweeps, previous, change, target)) return;
    renumbered_.emplace(*in_, ctx_);
    for (std::vector<double>* v : vectors) {
      renumbered_->to_new(*v, scratch);
      v->swap(scratch);
    }
  }
  /// Moves x (n entries) back to the nodes' own numbers, using `scratch`.
  void restore(std::vector<double>& x, std::vector<double>& scratch) const {
    if (!renumbered_) return;
    renumbered_->to_old(x, scratch);
    x.swap(scratch);
  }

 private:
  const Csr* in_;
  std::size_t min_nodes_;
  RunContext ctx_;
  double previous_ = 0.0;
  std::optional<RowsByLength> renumbered_;
};

}  // namespace leadnet::detail
