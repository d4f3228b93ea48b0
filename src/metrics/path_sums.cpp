// Distance sums towards every node (closeness, harmonic).
//
// Unweighted views use a multi-source BFS with 64 sources per machine word (Then et al., "The
// more the merrier: efficient multi-source graph traversal", VLDB 2014): one pass over the arcs
// per BFS level advances 64 searches at once, so the arcs are read about (levels / 64) times
// per source instead of once per source. On small-world graphs (a handful of levels) that is
// several times less memory traffic than one BFS per source, which is what igraph and
// graph-tool do. Levels with a small frontier are pushed from the frontier instead (as in
// direction-optimising BFS), so deep, thin graphs do not pay a full pass per level. Weighted
// views run one Dijkstra per node.

#include <bit>
#include <limits>

#include "metrics/parallel_detail.hpp"
#include "metrics/path_sums_detail.hpp"
#include "metrics/shortest_paths_detail.hpp"

namespace leadnet::detail {

namespace {

constexpr std::size_t kBatch = 64;

struct BitSearch {
  std::vector<std::uint64_t> seen, visit, next;
  std::vector<NodeId> frontier, next_frontier, touched;
  explicit BitSearch(NodeId n) : seen(n, 0), visit(n, 0), next(n, 0) {}
};

// Searches from the k <= 64 nodes [first, first + k) at once; bit i of a node's word stands for
// search i. A node u is one step from x when u has an arc to x (distances run *to* the source):
// `pull` is the out-CSR (u reads the frontier bits of its out-neighbours), `push` the in-CSR
// (a frontier node x writes its bits into its in-neighbours). Each level is pulled over all
// nodes when the frontier is large, pushed from the frontier when it is small (so long thin
// graphs do not cost a full pass per level).
void batch_bfs(const Csr& pull, const Csr& push, NodeId first, std::size_t k, BitSearch& bs, PathSums& out) {
  const NodeId n = pull.num_nodes();
  auto& seen = bs.seen;
  auto& frontier = bs.frontier;
  auto& grown = bs.next_frontier;
  std::fill(seen.begin(), seen.end(), 0);
  const std::uint64_t full = k == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << k) - 1;
  frontier.clear();
  for (std::size_t i = 0; i < k; ++i) {
    const NodeId s = first + static_cast<NodeId>(i);
    seen[s] = bs.visit[s] = std::uint64_t{1} << i;
    frontier.push_back(s);
  }
  std::uint64_t count[kBatch] = {};
  std::uint64_t reached[kBatch] = {};
  std::uint64_t total[kBatch] = {};
  double inverse[kBatch] = {};
  const EdgeOffset* pull_off = pull.offsets.data();
  const NodeId* pull_tgt = pull.targets.data();
  const EdgeOffset* push_off = push.offsets.data();
  const NodeId* push_tgt = push.targets.data();
  const EdgeOffset arcs = pull.num_arcs();
  const auto discover = [&](NodeId u, std::uint64_t acc) {
    seen[u] |= acc;
    grown.push_back(u);
    for (std::uint64_t bits = acc; bits != 0; bits &= bits - 1) ++count[std::countr_zero(bits)];
  };
  for (std::uint64_t level = 1; !frontier.empty(); ++level) {
    auto& visit = bs.visit;
    auto& next = bs.next;  // all zero here
    grown.clear();
    EdgeOffset volume = 0;
    for (NodeId x : frontier) volume += push_off[x + 1] - push_off[x];
    if (volume * 16 < arcs) {
      for (NodeId x : frontier) {
        const std::uint64_t vx = visit[x];
        for (EdgeOffset e = push_off[x]; e < push_off[x + 1]; ++e) {
          const NodeId u = push_tgt[e];
          const std::uint64_t add = vx & ~seen[u];
          if (add == 0) continue;
          if (next[u] == 0) bs.touched.push_back(u);
          next[u] |= add;
        }
      }
      for (NodeId u : bs.touched) discover(u, next[u]);
      bs.touched.clear();
    } else {
      for (NodeId u = 0; u < n; ++u) {
        const std::uint64_t s = seen[u];
        if (s == full) continue;
        std::uint64_t acc = 0;
        for (EdgeOffset e = pull_off[u]; e < pull_off[u + 1]; ++e) acc |= visit[pull_tgt[e]];
        acc &= ~s;
        if (acc != 0) {
          next[u] = acc;
          discover(u, acc);
        }
      }
    }
    for (NodeId x : frontier) visit[x] = 0;
    visit.swap(next);
    frontier.swap(grown);
    const double inv_level = 1.0 / static_cast<double>(level);
    for (std::size_t i = 0; i < k; ++i) {
      if (count[i] == 0) continue;
      reached[i] += count[i];
      total[i] += level * count[i];
      inverse[i] += static_cast<double>(count[i]) * inv_level;
      count[i] = 0;
    }
  }
  for (NodeId x : frontier) bs.visit[x] = 0;
  for (std::size_t i = 0; i < k; ++i) {
    out.reached[first + i] = reached[i];
    out.total[first + i] = static_cast<double>(total[i]);
    out.inverse[first + i] = inverse[i];
  }
}

struct DijkstraSpace {
  std::vector<double> dist;
  std::vector<std::uint8_t> settled;
  std::vector<NodeId> touched;
  DistanceHeap heap;
  explicit DijkstraSpace(NodeId n) : dist(n, std::numeric_limits<double>::infinity()), settled(n, 0) {}
};

// Dijkstra from v along `csr` (the arcs reversed for directed views), lengths `len`.
void dijkstra_sums(const Csr& csr, const std::vector<double>& len, NodeId v, DijkstraSpace& ds, PathSums& out) {
  auto& dist = ds.dist;
  ds.touched.clear();
  ds.heap.clear();
  dist[v] = 0.0;
  ds.touched.push_back(v);
  ds.heap.push(0.0, v);
  std::uint64_t reached = 0;
  double total = 0.0, inverse = 0.0;
  while (!ds.heap.empty()) {
    const auto top = ds.heap.pop();
    const NodeId u = top.node;
    if (ds.settled[u] != 0 || top.dist > dist[u]) continue;
    ds.settled[u] = 1;
    if (u != v) {
      ++reached;
      total += dist[u];
      inverse += 1.0 / dist[u];
    }
    for (EdgeOffset e = csr.offsets[u]; e < csr.offsets[u + 1]; ++e) {
      const NodeId w = csr.targets[e];
      const double nd = dist[u] + len[e];
      if (nd < dist[w]) {
        if (dist[w] == std::numeric_limits<double>::infinity()) ds.touched.push_back(w);
        dist[w] = nd;
        ds.heap.push(nd, w);
      }
    }
  }
  out.reached[v] = reached;
  out.total[v] = total;
  out.inverse[v] = inverse;
  for (NodeId u : ds.touched) {
    dist[u] = std::numeric_limits<double>::infinity();
    ds.settled[u] = 0;
  }
}

}  // namespace

PathSums path_sums_to(const View& view, const RunContext& ctx, std::string_view stage) {
  const NodeId n = view.num_nodes();
  PathSums sums;
  sums.reached.assign(n, 0);
  sums.total.assign(n, 0.0);
  sums.inverse.assign(n, 0.0);
  if (n == 0) return sums;
  // Distances *to* v: a search from v walks arcs backwards, i.e. along the in-CSR. In the
  // bit-parallel BFS a node u pulls from the nodes it has arcs to, i.e. along the out-CSR.
  const Csr& backwards = view.in();
  if (!backwards.has_weights()) {
    const Csr& pull = view.out();
    const std::size_t blocks = block_count(n, kBatch);
    const int workers = parallel_workers(ctx, blocks);
    std::vector<BitSearch> spaces;
    spaces.reserve(static_cast<std::size_t>(workers));
    for (int w = 0; w < workers; ++w) spaces.emplace_back(n);
    parallel_blocks(blocks, ctx, stage, [&](std::size_t b, int worker) {
      const auto r = block_range(b, kBatch, n);
      batch_bfs(pull, backwards, static_cast<NodeId>(r.begin), r.end - r.begin,
                spaces[static_cast<std::size_t>(worker)], sums);
    });
    return sums;
  }
  const std::vector<double> len = arc_lengths(backwards);
  constexpr std::size_t kNodesPerBlock = 16;
  const std::size_t blocks = block_count(n, kNodesPerBlock);
  const int workers = parallel_workers(ctx, blocks);
  std::vector<DijkstraSpace> spaces;
  spaces.reserve(static_cast<std::size_t>(workers));
  for (int w = 0; w < workers; ++w) spaces.emplace_back(n);
  parallel_blocks(blocks, ctx, stage, [&](std::size_t b, int worker) {
    const auto r = block_range(b, kNodesPerBlock, n);
    for (std::size_t v = r.begin; v < r.end; ++v)
      dijkstra_sums(backwards, len, static_cast<NodeId>(v), spaces[static_cast<std::size_t>(worker)], sums);
  });
  return sums;
}

}  // namespace leadnet::detail
