#include "leadnet/metrics/bridge_risk.hpp"

#include <algorithm>
#include <tuple>

#include "adapters/min_vertex_cover.hpp"

namespace leadnet {

namespace {

struct CrossTie {
  GroupId a, b;
  NodeId x, y;  // x in a, y in b
  bool operator<(const CrossTie& o) const { return std::tie(a, b, x, y) < std::tie(o.a, o.b, o.x, o.y); }
  bool operator==(const CrossTie& o) const { return a == o.a && b == o.b && x == o.x && y == o.y; }
};

std::uint32_t index_of(const std::vector<NodeId>& sorted, NodeId v) {
  return static_cast<std::uint32_t>(std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin());
}

}  // namespace

BridgeRisk bridge_risk(const View& view, const Partition& p, RunContext& ctx) {
  std::vector<CrossTie> ties;
  for (NodeId u = 0; u < view.num_nodes(); ++u) {
    const GroupId gu = p.group[u];
    if (gu == kNoGroup) continue;
    for (NodeId v : view.out_neighbors(u)) {
      const GroupId gv = p.group[v];
      if (gv == kNoGroup || gv == gu) continue;
      if (gu < gv) ties.push_back({gu, gv, u, v});
      else ties.push_back({gv, gu, v, u});
    }
  }
  // A directed view lists a reciprocated pair twice, an undirected one every edge from both ends.
  std::sort(ties.begin(), ties.end());
  ties.erase(std::unique(ties.begin(), ties.end()), ties.end());

  BridgeRisk r;
  for (std::size_t i = 0; i < ties.size();) {
    std::size_t j = i;
    while (j < ties.size() && ties[j].a == ties[i].a && ties[j].b == ties[i].b) ++j;
    BridgePair pair;
    pair.a = ties[i].a;
    pair.b = ties[i].b;
    pair.ties = j - i;
    std::vector<NodeId> left, right;
    for (std::size_t k = i; k < j; ++k) {
      left.push_back(ties[k].x);
      right.push_back(ties[k].y);
    }
    std::sort(left.begin(), left.end());
    left.erase(std::unique(left.begin(), left.end()), left.end());
    std::sort(right.begin(), right.end());
    right.erase(std::unique(right.begin(), right.end()), right.end());
    if (left.size() == 1 || right.size() == 1) {
      // Everything runs through one person on one side (ties' min(|left|, |right|) is then 1).
      pair.cut = 1;
      pair.cut_people = {left.size() == 1 ? left[0] : right[0]};
    } else {
      std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
      edges.reserve(j - i);
      for (std::size_t k = i; k < j; ++k) edges.emplace_back(index_of(left, ties[k].x), index_of(right, ties[k].y));
      const auto cover = adapters::min_vertex_cover(static_cast<std::uint32_t>(left.size()),
                                                    static_cast<std::uint32_t>(right.size()), edges);
      pair.cut = cover.size;
      for (auto l : cover.left) pair.cut_people.push_back(left[l]);
      for (auto rr : cover.right) pair.cut_people.push_back(right[rr]);
      std::sort(pair.cut_people.begin(), pair.cut_people.end());
    }
    std::merge(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(pair.carriers));
    r.pairs.push_back(std::move(pair));
    i = j;
    ctx.check_cancelled();
  }
  return r;
}

}  // namespace leadnet
