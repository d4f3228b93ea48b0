#pragma once
// The eigenvector centrality's check that the Perron root is simple, apart so tests can reach it.

#include "leadnet/model/view.hpp"

namespace leadnet::detail {

/// Whether `value`, the Perron root of A^T for the view's adjacency A, is shown to be simple
/// (exactly one strong component reaches it) by the strong component of `pivot`, a node whose
/// Perron entry is largest, and a bound on the roots of all other components together: the
/// smaller of the largest row and column sums among the nodes outside pivot's component (first
/// their whole rows and columns, their degrees, which needs no pass over the arcs; then, if that
/// does not show it, the sums over arcs among those nodes only). False means "not shown", not
/// "multiple". O(n + m).
bool simple_root_around(const View& view, NodeId pivot, double value);

}  // namespace leadnet::detail
