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

}  // namespace leadnet::detail
