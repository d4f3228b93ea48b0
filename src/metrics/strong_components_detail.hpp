#pragma once
// Strongly connected components, for the measures that need the condensation of a directed
// graph (the vertex-diameter bound of sampled betweenness, the simplicity test of eigenvector
// centrality's Arnoldi path).

#include <cstdint>
#include <vector>

#include "leadnet/model/csr.hpp"

namespace leadnet::detail {

/// Component id per node by an iterative Tarjan, O(n + m); `count` receives the number of
/// components. Ids come out in reverse topological order of the condensation: an arc from
/// component A to component B implies id(B) < id(A).
std::vector<std::uint32_t> strong_components(const Csr& out, std::uint32_t& count);

}  // namespace leadnet::detail
