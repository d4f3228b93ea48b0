#include "metrics/locality_detail.hpp"

#include <limits>

namespace leadnet::detail {

std::vector<NodeId> breadth_first_numbering(const View& view) {
  const NodeId n = view.num_nodes();
  const Csr& out = view.out();
  const Csr& in = view.in();
  constexpr NodeId kNone = std::numeric_limits<NodeId>::max();
  std::vector<NodeId> number(n, kNone);
  std::vector<NodeId> queue(n);
  NodeId tail = 0;
  for (NodeId root = 0; root < n; ++root) {
    if (number[root] != kNone) continue;
    NodeId head = tail;
    number[root] = tail;
    queue[tail++] = root;
    for (; head < tail; ++head) {
      const NodeId v = queue[head];
      for (const Csr* csr : {&out, &in})
        for (NodeId w : csr->neighbors(v))
          if (number[w] == kNone) {
            number[w] = tail;
            queue[tail++] = w;
          }
    }
  }
  return number;
}

Csr renumbered(const Csr& csr, const std::vector<NodeId>& number) {
  const NodeId n = csr.num_nodes();
  std::vector<NodeId> old(n);
  for (NodeId v = 0; v < n; ++v) old[number[v]] = v;
  Csr result;
  result.offsets.resize(static_cast<std::size_t>(n) + 1);
  result.targets.resize(csr.num_arcs());
  if (csr.has_weights()) result.weights.resize(csr.num_arcs());
  result.offsets[0] = 0;
  for (NodeId u = 0; u < n; ++u) {
    const NodeId v = old[u];
    EdgeOffset at = result.offsets[u];
    for (EdgeOffset e = csr.offsets[v]; e < csr.offsets[v + 1]; ++e, ++at) {
      result.targets[at] = number[csr.targets[e]];
      if (csr.has_weights()) result.weights[at] = csr.weights[e];
    }
    result.offsets[u + 1] = at;
  }
  return result;
}

}  // namespace leadnet::detail
