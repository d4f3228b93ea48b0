// Breadth-first search and per-unit / per-depth aggregation for the chain analysis.

#include <algorithm>
#include <cmath>
#include <limits>

#include "metrics/chain_detail.hpp"

namespace leadnet {

double ChainGroup::gap_rate() const {
  return formal_ties == 0 ? std::numeric_limits<double>::quiet_NaN()
                          : static_cast<double>(chain_gaps) / static_cast<double>(formal_ties);
}

double ChainGroup::unbroken_share() const {
  const std::uint64_t known = unbroken + broken;
  return known == 0 ? std::numeric_limits<double>::quiet_NaN()
                    : static_cast<double>(unbroken) / static_cast<double>(known);
}

namespace chain_detail {

Bfs multi_source_bfs(NodeId n, std::span<const NodeId> sources, std::span<const Csr* const> adjacency,
                     bool track_via, RunContext& ctx) {
  Bfs b;
  b.dist.assign(n, -1);
  if (track_via) b.via.assign(n, kNoNode);
  std::vector<NodeId> queue;
  queue.reserve(sources.size());
  for (NodeId s : sources)
    if (b.dist[s] < 0) {
      b.dist[s] = 0;
      queue.push_back(s);
    }
  for (std::size_t head = 0; head < queue.size(); ++head) {
    if ((head & 0xFFFFF) == 0xFFFFF) ctx.check_cancelled();
    const NodeId u = queue[head];
    for (const Csr* csr : adjacency)
      for (NodeId v : csr->neighbors(u)) {
        if (b.dist[v] >= 0) continue;
        b.dist[v] = b.dist[u] + 1;
        if (track_via) b.via[v] = b.dist[u] == 0 ? v : b.via[u];
        queue.push_back(v);
      }
  }
  return b;
}

void GroupSums::add_person(const ChainPerson& p) {
  if (p.leader) {
    ++g.leaders;
    g.max_span = std::max(g.max_span, p.span);
    if (p.over_span_limit) ++g.over_span_limit;
    if (p.isolated) ++g.isolated_leaders;
  }
  g.skip_level_ties += p.skip_level_ties;
  if (!p.in_formal_tree()) return;
  ++g.people;
  depth_sum += p.depth;
  if (p.chain == ChainState::unbroken) ++g.unbroken;
  if (p.chain == ChainState::broken) ++g.broken;
  if (p.has_loss()) {
    ++g.reachable;
    distance_sum += p.distance_to_top;
    loss_sum += p.loss();
    g.max_loss = any_loss ? std::max(g.max_loss, p.loss()) : p.loss();
    any_loss = true;
  }
}

ChainGroup GroupSums::finish() const {
  ChainGroup out = g;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  out.mean_depth = g.people == 0 ? nan : depth_sum / static_cast<double>(g.people);
  out.mean_distance = g.reachable == 0 ? nan : distance_sum / static_cast<double>(g.reachable);
  out.mean_loss = g.reachable == 0 ? nan : loss_sum / static_cast<double>(g.reachable);
  return out;
}

void aggregate_groups(const OrgGraph& graph, ChainResult& r, const std::vector<std::uint32_t>& person_of) {
  const std::size_t units = graph.units().size();
  std::vector<GroupSums> by_unit(units);
  std::vector<std::uint8_t> unit_used(units, 0);
  std::vector<GroupSums> by_depth(r.summary.layers);
  std::vector<double> span_sum(r.summary.layers, 0.0);
  std::vector<std::uint64_t> managers(r.summary.layers, 0);
  std::vector<NodeId> head(units, kNoNode);

  for (const ChainPerson& p : r.people) {
    const UnitId u = graph.unit(p.node);
    if (u != kNoUnit) {
      by_unit[u].add_person(p);
      unit_used[u] = 1;
      if (p.leader && p.depth >= 0) {
        NodeId& h = head[u];
        if (h == kNoNode || p.depth < r.people[person_of[h]].depth) h = p.node;  // people are in id order
      }
    }
    if (p.depth >= 0 && static_cast<std::uint32_t>(p.depth) < r.summary.layers) {
      by_depth[p.depth].add_person(p);
      if (p.span > 0) {
        span_sum[p.depth] += p.span;
        ++managers[p.depth];
      }
    }
  }
  for (const FormalTie& t : r.ties) {
    const ChainPerson& sub = r.people[person_of[t.subordinate]];
    const UnitId u = graph.unit(t.subordinate);
    if (u != kNoUnit) {
      ++by_unit[u].g.formal_ties;
      if (!t.backed()) ++by_unit[u].g.chain_gaps;
    }
    if (sub.depth >= 0 && static_cast<std::uint32_t>(sub.depth) < r.summary.layers) {
      ++by_depth[sub.depth].g.formal_ties;
      if (!t.backed()) ++by_depth[sub.depth].g.chain_gaps;
    }
  }
  r.units.clear();
  for (UnitId u = 0; u < units; ++u) {
    if (!unit_used[u]) continue;
    ChainUnit row;
    row.unit = u;
    row.counts = by_unit[u].finish();
    row.head = head[u];
    if (row.head != kNoNode) {
      const ChainPerson& h = r.people[person_of[row.head]];
      row.head_political_distance = h.political_distance;
      row.head_political_via = h.political_via;
    }
    r.units.push_back(row);
  }
  r.levels.clear();
  for (std::uint32_t d = 0; d < r.summary.layers; ++d) {
    ChainLevel row;
    row.depth = static_cast<std::int32_t>(d);
    row.counts = by_depth[d].finish();
    row.mean_span = managers[d] == 0 ? std::numeric_limits<double>::quiet_NaN() : span_sum[d] / static_cast<double>(managers[d]);
    r.levels.push_back(row);
  }
}

}  // namespace chain_detail
}  // namespace leadnet
