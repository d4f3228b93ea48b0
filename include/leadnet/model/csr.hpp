#pragma once
// Compressed sparse rows: the adjacency storage of every layer and every view.

#include <cstdint>
#include <span>
#include <vector>

#include "leadnet/core/ids.hpp"

namespace leadnet {

/// Rows are nodes; row v lists the neighbours of v sorted ascending, without duplicates.
/// `weights` is empty when every weight is 1 (saves 8 bytes per arc on unweighted data).
struct Csr {
  std::vector<EdgeOffset> offsets;  // size num_nodes + 1
  std::vector<NodeId> targets;      // size num_arcs
  std::vector<double> weights;      // size num_arcs, or empty: all 1

  NodeId num_nodes() const { return offsets.empty() ? 0 : static_cast<NodeId>(offsets.size() - 1); }
  EdgeOffset num_arcs() const { return targets.size(); }
  bool has_weights() const { return !weights.empty(); }

  std::span<const NodeId> neighbors(NodeId v) const {
    return {targets.data() + offsets[v], static_cast<std::size_t>(offsets[v + 1] - offsets[v])};
  }
  /// Weights of row v; an empty span when the CSR is unweighted.
  std::span<const double> row_weights(NodeId v) const {
    if (weights.empty()) return {};
    return {weights.data() + offsets[v], static_cast<std::size_t>(offsets[v + 1] - offsets[v])};
  }
  double weight(EdgeOffset arc) const { return weights.empty() ? 1.0 : weights[arc]; }
  std::size_t degree(NodeId v) const { return static_cast<std::size_t>(offsets[v + 1] - offsets[v]); }
  /// Sum of row v's weights, added in row order: its degree when the CSR is unweighted.
  double strength(NodeId v) const {
    if (weights.empty()) return static_cast<double>(degree(v));
    double s = 0.0;
    for (EdgeOffset e = offsets[v]; e < offsets[v + 1]; ++e) s += weights[e];
    return s;
  }
  /// Binary search in row u; true when u -> v is present.
  bool has_arc(NodeId u, NodeId v) const;
  /// Arc index of u -> v, or num_arcs() when absent.
  EdgeOffset find_arc(NodeId u, NodeId v) const;
  /// Bytes held.
  std::size_t memory_bytes() const {
    return offsets.capacity() * sizeof(EdgeOffset) + targets.capacity() * sizeof(NodeId) +
           weights.capacity() * sizeof(double);
  }
};

/// One arc while building: source, target, weight.
struct Arc {
  NodeId source;
  NodeId target;
  double weight;
};

/// Builds a CSR from arcs in any order: counting sort by source, sort each row by target, merge
/// duplicates by summing their weights (when `sum_duplicates`) or keeping the first. Weights are
/// dropped when all equal 1 and `keep_unit_weights` is false. `merged` receives the number of
/// arcs merged away. Consumes `arcs`.
Csr build_csr(NodeId num_nodes, std::vector<Arc>&& arcs, bool sum_duplicates, bool keep_unit_weights,
              std::uint64_t* merged = nullptr);

/// The transpose (in-adjacency) of a CSR.
Csr transpose(const Csr& csr);

/// The CSR induced on the nodes v with number[v] != kNoNode, node v renamed number[v] (the
/// `kept` nodes numbered 0 .. kept - 1, in any order; all of them for a plain renumbering).
/// Row number[v] holds the kept targets of row v, renamed, with their weights, in row v's order,
/// so that a sum over a row adds the same terms in the same order as before. The rows are
/// therefore sorted by the new numbers only when the renaming keeps the order; otherwise
/// has_arc() and find_arc() do not work on the result.
Csr induced_csr(const Csr& csr, const std::vector<NodeId>& number, NodeId kept);

/// An undirected simple graph from pairs in any orientation: each pair {u, v} is oriented as
/// (min, max), duplicates merged (weights summed when `sum_duplicates`, else the first kept),
/// then stored in both rows. `pairs` receives the number of distinct pairs, `merged` the number of
/// duplicates merged away. Row u is the transpose's row (all < u) followed by the upper row (all
/// > u), so no second sort is needed. Consumes `arcs`.
Csr build_symmetric_csr(NodeId num_nodes, std::vector<Arc>&& arcs, bool sum_duplicates, std::uint64_t* pairs = nullptr,
                        std::uint64_t* merged = nullptr);

}  // namespace leadnet
