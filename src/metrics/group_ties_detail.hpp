#pragma once
// The ties of a view between people who both have a group, as a flat list: what every group
// measure (E-I, mixing, modularity) reads. Undirected views give each edge once (u < v),
// directed views every arc.

#include <cstdint>
#include <vector>

#include "leadnet/model/partition.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet::detail {

struct GroupTie {
  NodeId u;
  NodeId v;
  double weight;
};

inline std::vector<GroupTie> group_ties(const View& view, const Partition& p, bool with_weights) {
  std::vector<GroupTie> ties;
  const Csr& out = view.out();
  const bool directed = view.directed();
  for (NodeId u = 0; u < view.num_nodes(); ++u) {
    if (p.group[u] == kNoGroup) continue;
    for (EdgeOffset e = out.offsets[u]; e < out.offsets[u + 1]; ++e) {
      const NodeId v = out.targets[e];
      if ((!directed && v < u) || p.group[v] == kNoGroup) continue;
      ties.push_back({u, v, with_weights ? out.weight(e) : 1.0});
    }
  }
  return ties;
}

}  // namespace leadnet::detail
