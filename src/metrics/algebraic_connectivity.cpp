#include "leadnet/metrics/algebraic_connectivity.hpp"

#include <limits>

#include "adapters/laplacian_spectrum.hpp"
#include "leadnet/metrics/components.hpp"

namespace leadnet {

AlgebraicConnectivity algebraic_connectivity(const View& view, RunContext& ctx) {
  return algebraic_connectivity(view, AlgebraicConnectivityOptions{}, ctx);
}

AlgebraicConnectivity algebraic_connectivity(const View& view, const AlgebraicConnectivityOptions& options,
                                             RunContext& ctx) {
  AlgebraicConnectivity r;
  const NodeId n = view.num_nodes();
  r.people = n;
  if (n == 0) {
    r.value = std::numeric_limits<double>::quiet_NaN();
    return r;
  }
  const Components comp = weak_components(view);
  r.components = comp.count;
  r.component_size = comp.largest;
  if (comp.largest < 2) {
    r.value = std::numeric_limits<double>::quiet_NaN();
    return r;
  }
  if (options.max_people > 0 && comp.largest > options.max_people) {
    r.value = std::numeric_limits<double>::quiet_NaN();
    r.skipped = true;
    return r;
  }
  std::vector<std::uint32_t> index(n, UINT32_MAX);
  std::uint32_t size = 0;
  for (NodeId v = 0; v < n; ++v)
    if (comp.component[v] == comp.largest_id) index[v] = size++;

  // Each undirected pair once, with the weights of both directions added (undirected views store
  // each edge in both rows with its full weight, so take it once from the smaller end).
  std::vector<adapters::WeightedEdge> edges;
  const Csr& out = view.out();
  for (NodeId u = 0; u < n; ++u) {
    if (index[u] == UINT32_MAX) continue;
    for (EdgeOffset e = out.offsets[u]; e < out.offsets[u + 1]; ++e) {
      const NodeId v = out.targets[e];
      if (view.directed()) {
        // Merge u → v with v → u: take the pair at its smaller end, adding the reverse arc if any.
        if (v < u && out.has_arc(v, u)) continue;
        double w = view.weighted() ? out.weight(e) : 1.0;
        const EdgeOffset back = out.find_arc(v, u);
        if (view.weighted() && back != out.num_arcs()) w += out.weight(back);
        edges.push_back({index[u], index[v], w});
      } else if (u < v) {
        edges.push_back({index[u], index[v], view.weighted() ? out.weight(e) : 1.0});
      }
    }
  }
  ctx.progress("algebraic connectivity", 0.0);
  const auto f = adapters::fiedler_value(size, edges);
  ctx.progress("algebraic connectivity", 1.0);
  r.value = f.value;
  r.converged = f.converged;
  return r;
}

}  // namespace leadnet
