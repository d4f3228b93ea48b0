#pragma once
// Krackhardt's four graph-theoretical dimensions of hierarchy (GTD): connectedness, hierarchy,
// efficiency and least upper boundedness (LUB), as R sna 2.7 computes them.
//
// Krackhardt, D. (1994). Graph theoretical dimensions of informal organizations. In Carley &
// Prietula (eds.), Computational Organization Theory, 89–111. Everett & Krackhardt (2012),
// Social Networks 34:159–163. All four equal 1 exactly when the digraph is an out-tree (arcs
// boss -> subordinate); a reports_to layer (subordinate -> manager) must be reversed first, or
// its LUB comes out far below 1 (see reference/features.md 2.4).
//
// Definitions, on the directed simple graph of the view (an undirected view counts each tie as
// two arcs, as sna does on a symmetric matrix). N_c are the sizes of the weak components, n the
// number of nodes, R the reflexive reachability relation (i R i always, as sna's reachability()).
// - connectedness = Σ_c N_c(N_c−1)/2 / (n(n−1)/2): the share of unordered pairs joined by a
//   semipath. 1 when n ≤ 1. Equals sna::connectedness.
// - hierarchy = 1 − M / (M + A) over unordered pairs {i, j}, i ≠ j, of the reachability graph:
//   M pairs with i R j and j R i, A pairs with exactly one. NaN when no pair is reachable.
//   Equals sna::hierarchy(measure = "krackhardt") (1 − grecip(reachability, "dyadic.nonnull")).
// - efficiency = 1 − (arcs − Σ_c (N_c − 1)) / Σ_c (N_c − 1)²: the share of arcs beyond a
//   spanning tree per component that are absent. Arcs are directed (sna's convention with
//   diag = FALSE; Krackhardt's text counts undirected ties). NaN when every component is a
//   single node. Equals sna::efficiency.
// - lub = 1 − V / Σ_{c: N_c > 2} (N_c − 1)(N_c − 2)/2, where V counts the unordered pairs {i, j}
//   inside components of three or more nodes that have no "least upper bound". sna's test
//   (C routine lubness_con_R) accepts a pair when some common upper bound k (k R i and k R j)
//   reaches every other common upper bound. NB: that is the *highest* common superior, not the
//   lowest: two roots above a pair violate it, a diamond under one root does not. Because the
//   numerator counts all N(N−1)/2 pairs but the denominator only (N−1)(N−2)/2, LUB can be
//   negative (an in-star of 4 or more nodes). NaN when no component has three nodes. Equals
//   sna::lubness.
//
// Algorithm (no all-pairs work where the structure allows it). Weak components by union–find and
// strong components by Tarjan give connectedness and efficiency and the mutual pairs M exactly in
// O(n + m). The rest works on the condensation DAG (k strong components, m_D arcs):
// - A = Σ_c |c| · (nodes reachable from c outside c). Exact in O(k + m_D) when the DAG is an out-
//   or in-forest (every tree, reversed or not, and every symmetric graph); otherwise exact with
//   reachability bitsets in O((k + m_D) · k / 64) word operations when that is at most
//   `exact_work_limit`; beyond that, estimated from `samples` random source nodes (a BFS each).
// - A pair has a least upper bound in sna's sense iff exactly one *source* strong component (no
//   arcs into it) reaches both nodes (proof in the .cpp). Which sources reach each component is
//   found in O(k + m_D) as long as every component is reached from one source; with components
//   reached from several, exactly with per-component bitsets over the sources when the pairwise
//   work fits `exact_work_limit`, otherwise estimated from `samples` random pairs.
// Estimates carry a standard error and `exact = false`; the same seed gives the same estimate.
// Memory O(n + m) (bitsets at most ~ exact_work_limit / 8 bytes). Weights are ignored.

#include <cstdint>

#include "leadnet/core/ids.hpp"
#include "leadnet/core/run_context.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet {

struct GtdOptions {
  /// Word operations allowed for the exact reachability and LUB computations before switching to
  /// sampled estimates. The default keeps one layer under ~2 s on this machine.
  std::uint64_t exact_work_limit = 2'000'000'000;
  /// Random sources (hierarchy) or pairs (LUB) drawn when an estimate is needed.
  std::uint32_t samples = 4000;
  /// Graph-traversal steps the estimates may take in all (stops drawing samples beyond it).
  std::uint64_t sample_work_limit = 400'000'000;
  /// Bytes of reachability bits held at once by the exact hierarchy computation (it works in
  /// blocks of target components when the whole matrix would not fit).
  std::uint64_t bitset_memory_limit = std::uint64_t{256} << 20;
};

/// One measure: its value and whether it is exact (otherwise a sampled estimate with a standard
/// error computed from the samples).
struct GtdMeasure {
  double value = 0.0;
  bool exact = true;
  double standard_error = 0.0;
  std::uint64_t samples = 0;
};

struct GtdResult {
  NodeId nodes = 0;
  std::uint64_t arcs = 0;
  std::uint32_t weak_components = 0;
  std::uint32_t strong_components = 0;
  GtdMeasure connectedness;
  GtdMeasure hierarchy;
  GtdMeasure efficiency;
  GtdMeasure lub;
  /// The counts behind hierarchy and LUB (estimates when not exact): mutual and one-way
  /// reachable unordered pairs, pairs without a least upper bound, the LUB denominator.
  double mutual_pairs = 0.0;
  double asymmetric_pairs = 0.0;
  double lub_violations = 0.0;
  double lub_max_violations = 0.0;
};

/// The four measures on `view` (all its nodes; directed arcs; weights ignored).
GtdResult krackhardt_gtd(const View& view, const GtdOptions& options, RunContext& ctx);

}  // namespace leadnet
