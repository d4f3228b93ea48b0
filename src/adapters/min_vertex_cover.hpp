#pragma once
// Minimum vertex cover of a bipartite graph through Boost.Graph's max-flow (push–relabel). The
// only place bridge risk touches Boost.Graph.
//
// Network: source → every left vertex (capacity 1), left → right along each edge (capacity
// "infinite"), every right vertex → sink (capacity 1). A minimum s–t cut then cuts only unit
// arcs, i.e. vertices, and its size is the maximum matching = the minimum vertex cover (König
// 1931). The cover read from the residual graph: left vertices not reachable from the source plus
// right vertices reachable from it.

#include <cstdint>
#include <utility>
#include <vector>

namespace leadnet::adapters {

struct VertexCover {
  std::uint32_t size = 0;
  std::vector<std::uint32_t> left;   // covered left vertices, ascending
  std::vector<std::uint32_t> right;  // covered right vertices, ascending
};

/// `edges` are (left index, right index) pairs; duplicates are harmless.
VertexCover min_vertex_cover(std::uint32_t left_count, std::uint32_t right_count,
                             const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges);

}  // namespace leadnet::adapters
