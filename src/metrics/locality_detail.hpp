#pragma once
// Renumbering nodes for memory locality. On graphs whose per-node state no longer fits in the
// last-level cache, a search or a sweep spends its time waiting for scattered reads; numbering
// neighbours close together lets them share cache lines. The kernels renumber internally and
// report results under the original numbers.

#include <vector>

#include "leadnet/model/csr.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet::detail {

/// Nodes from which renumbering pays: below this the state of a search fits in cache and the
/// renumbering is measured not to change the time (benchmarks/README.md, "Centrality").
inline constexpr NodeId kRenumberFrom = NodeId{1} << 18;

/// A new number per node: breadth-first order over arcs in both directions, from node 0 and then
/// from each node not reached yet, in number order. O(n + m), deterministic.
std::vector<NodeId> breadth_first_numbering(const View& view);

/// `csr` with node v renamed number[v]. Each row keeps its arcs (and weights) in their original
/// order, so that a sum over a row adds the same terms in the same order as before: a kernel run
/// on the renumbered graph does the same arithmetic, node for node. Rows are therefore not
/// sorted by the new numbers: has_arc() and find_arc() do not work on the result.
Csr renumbered(const Csr& csr, const std::vector<NodeId>& number);

}  // namespace leadnet::detail
