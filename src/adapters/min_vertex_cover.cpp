#include "adapters/min_vertex_cover.hpp"

#include <deque>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/push_relabel_max_flow.hpp>

namespace leadnet::adapters {

namespace {

using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using FlowGraph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, long,
                    boost::property<boost::edge_residual_capacity_t, long,
                                    boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;

void add_arc(FlowGraph& g, std::size_t u, std::size_t v, long capacity) {
  auto cap = boost::get(boost::edge_capacity, g);
  auto rev = boost::get(boost::edge_reverse, g);
  const auto e = boost::add_edge(u, v, g).first;
  const auto back = boost::add_edge(v, u, g).first;
  cap[e] = capacity;
  cap[back] = 0;
  rev[e] = back;
  rev[back] = e;
}

}  // namespace

VertexCover min_vertex_cover(std::uint32_t left_count, std::uint32_t right_count,
                             const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
  // Vertices: 0 source, 1 sink, 2.. left, then right.
  const std::size_t source = 0, sink = 1, left0 = 2, right0 = 2 + static_cast<std::size_t>(left_count);
  FlowGraph g(right0 + right_count);
  const long infinite = static_cast<long>(left_count) + static_cast<long>(right_count) + 1;
  for (std::uint32_t l = 0; l < left_count; ++l) add_arc(g, source, left0 + l, 1);
  for (std::uint32_t r = 0; r < right_count; ++r) add_arc(g, right0 + r, sink, 1);
  for (const auto& [l, r] : edges) add_arc(g, left0 + l, right0 + r, infinite);

  VertexCover cover;
  cover.size = static_cast<std::uint32_t>(boost::push_relabel_max_flow(g, source, sink));

  // Residual reachability from the source, in vertex order (deterministic).
  auto residual = boost::get(boost::edge_residual_capacity, g);
  std::vector<char> reached(boost::num_vertices(g), 0);
  std::deque<std::size_t> queue{source};
  reached[source] = 1;
  while (!queue.empty()) {
    const std::size_t u = queue.front();
    queue.pop_front();
    for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
      const std::size_t v = boost::target(*e, g);
      if (!reached[v] && residual[*e] > 0) {
        reached[v] = 1;
        queue.push_back(v);
      }
    }
  }
  for (std::uint32_t l = 0; l < left_count; ++l)
    if (!reached[left0 + l]) cover.left.push_back(l);
  for (std::uint32_t r = 0; r < right_count; ++r)
    if (reached[right0 + r]) cover.right.push_back(r);
  return cover;
}

}  // namespace leadnet::adapters
