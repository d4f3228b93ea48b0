#include "metrics/strong_components_detail.hpp"

#include <algorithm>
#include <limits>

namespace leadnet::detail {

namespace {
constexpr std::uint32_t kUnset = std::numeric_limits<std::uint32_t>::max();
}  // namespace

std::vector<std::uint32_t> strong_components(const Csr& out, std::uint32_t& count) {
  const NodeId n = out.num_nodes();
  std::vector<std::uint32_t> index(n, kUnset), low(n, 0), comp(n, kUnset);
  std::vector<NodeId> stack;
  struct Frame {
    NodeId v;
    EdgeOffset e;
  };
  std::vector<Frame> frames;
  std::uint32_t counter = 0;
  count = 0;
  for (NodeId root = 0; root < n; ++root) {
    if (index[root] != kUnset) continue;
    index[root] = low[root] = counter++;
    stack.push_back(root);
    frames.push_back({root, out.offsets[root]});
    while (!frames.empty()) {
      Frame& f = frames.back();
      const NodeId v = f.v;
      if (f.e < out.offsets[v + 1]) {
        const NodeId w = out.targets[f.e++];
        if (index[w] == kUnset) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          frames.push_back({w, out.offsets[w]});
        } else if (comp[w] == kUnset) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      frames.pop_back();
      if (low[v] == index[v]) {
        NodeId x;
        do {
          x = stack.back();
          stack.pop_back();
          comp[x] = count;
        } while (x != v);
        ++count;
      }
      if (!frames.empty()) low[frames.back().v] = std::min(low[frames.back().v], low[v]);
    }
  }
  return comp;
}

}  // namespace leadnet::detail
