#include "support/naive_centrality.hpp"

#include <limits>

namespace leadnet::test {

AllPairs all_pairs(const View& view) {
  const NodeId n = view.num_nodes();
  const double inf = std::numeric_limits<double>::infinity();
  AllPairs ap{std::vector<std::vector<double>>(n, std::vector<double>(n, inf)),
              std::vector<std::vector<double>>(n, std::vector<double>(n, 0.0))};
  const Csr& out = view.out();
  for (NodeId s = 0; s < n; ++s) {
    auto& d = ap.dist[s];
    auto& sg = ap.sigma[s];
    std::vector<bool> done(n, false);
    d[s] = 0.0;
    sg[s] = 1.0;
    // Dijkstra with a linear scan for the minimum (also right for hop counts).
    for (;;) {
      NodeId v = kNoNode;
      for (NodeId u = 0; u < n; ++u)
        if (!done[u] && d[u] < inf && (v == kNoNode || d[u] < d[v])) v = u;
      if (v == kNoNode) break;
      done[v] = true;
      for (EdgeOffset e = out.offsets[v]; e < out.offsets[v + 1]; ++e) {
        const NodeId w = out.targets[e];
        const double nd = d[v] + 1.0 / out.weight(e);
        if (nd < d[w]) {
          d[w] = nd;
          sg[w] = sg[v];
        } else if (nd == d[w] && !done[w]) {
          sg[w] += sg[v];
        }
      }
    }
  }
  return ap;
}

std::vector<double> naive_betweenness(const View& view) {
  const NodeId n = view.num_nodes();
  const AllPairs ap = all_pairs(view);
  std::vector<double> b(n, 0.0);
  for (NodeId s = 0; s < n; ++s)
    for (NodeId t = 0; t < n; ++t) {
      if (s == t || ap.sigma[s][t] == 0.0) continue;
      for (NodeId v = 0; v < n; ++v) {
        if (v == s || v == t) continue;
        if (ap.dist[s][v] + ap.dist[v][t] == ap.dist[s][t]) b[v] += ap.sigma[s][v] * ap.sigma[v][t] / ap.sigma[s][t];
      }
    }
  if (n > 2)
    for (double& x : b) x /= static_cast<double>(n - 1) * static_cast<double>(n - 2);
  return b;
}

std::vector<double> naive_closeness(const View& view) {
  const NodeId n = view.num_nodes();
  const AllPairs ap = all_pairs(view);
  std::vector<double> c(n, 0.0);
  for (NodeId v = 0; v < n; ++v) {
    double total = 0.0, reached = 0.0;
    for (NodeId u = 0; u < n; ++u)
      if (u != v && ap.sigma[u][v] > 0.0) {
        total += ap.dist[u][v];
        reached += 1.0;
      }
    if (total > 0.0) c[v] = reached / total * reached / static_cast<double>(n - 1);
  }
  return c;
}

std::vector<double> naive_harmonic(const View& view) {
  const NodeId n = view.num_nodes();
  const AllPairs ap = all_pairs(view);
  std::vector<double> h(n, 0.0);
  for (NodeId v = 0; v < n; ++v)
    for (NodeId u = 0; u < n; ++u)
      if (u != v && ap.sigma[u][v] > 0.0) h[v] += 1.0 / ap.dist[u][v];
  return h;
}

}  // namespace leadnet::test
