#include "leadnet/metrics/components.hpp"

#include <numeric>

namespace leadnet {

namespace {

struct UnionFind {
  std::vector<NodeId> parent;
  explicit UnionFind(NodeId n) : parent(n) { std::iota(parent.begin(), parent.end(), NodeId{0}); }
  NodeId find(NodeId x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
  void unite(NodeId a, NodeId b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (a < b) std::swap(a, b);
    parent[a] = b;  // the smaller id stays the root
  }
};

Components finish(UnionFind& uf, NodeId n) {
  Components c;
  c.component.assign(n, 0);
  std::vector<std::uint32_t> id_of_root(n, UINT32_MAX);
  for (NodeId v = 0; v < n; ++v) {
    const NodeId r = uf.find(v);
    if (id_of_root[r] == UINT32_MAX) {
      id_of_root[r] = c.count++;
      c.sizes.push_back(0);
    }
    c.component[v] = id_of_root[r];
    ++c.sizes[id_of_root[r]];
  }
  for (std::uint32_t k = 0; k < c.count; ++k) {
    if (c.sizes[k] > c.largest) {
      c.largest = c.sizes[k];
      c.largest_id = k;
    }
    if (c.sizes[k] == 1) ++c.isolates;
  }
  return c;
}

}  // namespace

Components weak_components(const View& view) {
  const NodeId n = view.num_nodes();
  UnionFind uf(n);
  for (NodeId u = 0; u < n; ++u)
    for (NodeId v : view.out_neighbors(u)) uf.unite(u, v);
  return finish(uf, n);
}

Components weak_components(const OrgGraph& graph) {
  const NodeId n = graph.num_nodes();
  UnionFind uf(n);
  for (const Layer& layer : graph.layers())
    for (NodeId u = 0; u < n; ++u)
      for (NodeId v : layer.out().neighbors(u)) uf.unite(u, v);
  return finish(uf, n);
}

}  // namespace leadnet
