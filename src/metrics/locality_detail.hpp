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
/// from each node not reached yet, in number order. O(n + m), deterministic. The renamed graph
/// is induced_csr(csr, number, n) (csr.hpp), whose rows keep their arcs' order: a kernel run on
/// it does the same arithmetic, node for node.
std::vector<NodeId> breadth_first_numbering(const View& view);

}  // namespace leadnet::detail
