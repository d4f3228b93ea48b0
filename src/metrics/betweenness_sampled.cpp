// Sampled betweenness (Riondato & Kornaropoulos 2016); see betweenness.hpp for the bound.

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/rng.hpp"
#include "leadnet/metrics/components.hpp"
#include "metrics/betweenness_detail.hpp"
#include "metrics/parallel_detail.hpp"
#include "metrics/shortest_paths_detail.hpp"
#include "metrics/strong_components_detail.hpp"

namespace leadnet::detail {

namespace {

// Hops from `root` to the farthest node of its component `c` along `csr`, staying inside `c`.
std::uint32_t eccentricity_within(const Csr& csr, NodeId root, const std::vector<std::uint32_t>& comp,
                                  std::vector<std::int32_t>& dist, std::vector<NodeId>& queue) {
  queue.clear();
  queue.push_back(root);
  dist[root] = 0;
  std::int32_t far = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const NodeId v = queue[head];
    for (NodeId w : csr.neighbors(v)) {
      if (dist[w] >= 0 || comp[w] != comp[root]) continue;
      dist[w] = dist[v] + 1;
      far = std::max(far, dist[w]);
      queue.push_back(w);
    }
  }
  for (NodeId v : queue) dist[v] = -1;
  return static_cast<std::uint32_t>(far);
}

// Per-node state of the bidirectional BFS, side 0 searching from s and side 1 towards t. `key` is
// the pair's base plus the hops; a key below the current base is left from an earlier pair and
// means "not reached", so nothing is reset between pairs. The keys are apart from the path
// counts: most arcs of a search only read the key of their head, and 8 bytes a node keep that
// array in cache (1 M nodes: 8 MB) where the path counts are touched only for nodes kept.
struct HopKey {
  std::uint32_t key[2] = {0, 0};
};
struct HopSigma {
  double sigma[2] = {0.0, 0.0};  // shortest paths from s / to t
};

// One worker's scratch space for the pair searches.
struct PairSearch {
  std::vector<HopKey> hop;  // BFS
  std::vector<HopSigma> sig;
  std::uint32_t base = 1;  // keys >= base were set by the current pair
  std::vector<NodeId> front[2], next;
  std::vector<NodeId> path;
  std::vector<double> wdist, sigma;  // Dijkstra
  std::vector<NodeId> seen;          // every node Dijkstra touched, for the reset
  std::vector<std::uint8_t> settled;
  DistanceHeap heap;
  std::vector<std::uint64_t> counts;

  PairSearch(NodeId n, bool weighted) : counts(n, 0) {
    if (weighted) {
      wdist.assign(n, std::numeric_limits<double>::infinity());
      sigma.assign(n, 0.0);
      settled.assign(n, 0);
    } else {
      hop.resize(n);
      sig.resize(n);
    }
  }
};

// Picks index i of `weights` with probability weights[i] / total.
template <class Candidates, class Weight>
auto pick(const Candidates& candidates, Weight weight, double total, Rng& rng) {
  double r = rng.uniform() * total;
  auto chosen = *std::begin(candidates);
  for (auto c : candidates) {
    const double wc = weight(c);
    if (wc <= 0.0) continue;
    chosen = c;
    if (r < wc) break;
    r -= wc;
  }
  return chosen;
}

// Expands side `side`'s frontier by one level along `csr`; returns whether it touched a node the
// other side has reached. That level is then the last one and only its nodes that the other side
// has reached matter, so from the first such node on no other node is kept. Otherwise stores the
// new frontier's volume (arcs to scan when it grows) in `vol`.
bool expand_level(const Csr& csr, int side, std::uint32_t level_key, PairSearch& ps, std::uint64_t& vol) {
  const int other = 1 - side;
  const std::uint32_t base = ps.base;
  HopKey* const hop = ps.hop.data();
  HopSigma* const sig = ps.sig.data();
  const EdgeOffset* const offsets = csr.offsets.data();
  const NodeId* const targets = csr.targets.data();
  bool met = false;
  ps.next.clear();
  for (NodeId u : ps.front[side]) {
    const double su = sig[u].sigma[side];
    for (EdgeOffset e = offsets[u], end = offsets[u + 1]; e < end; ++e) {
      HopKey& h = hop[targets[e]];
      if (h.key[other] >= base) {
        met = true;
      } else if (met) {
        continue;
      }
      if (h.key[side] < base) {
        h.key[side] = level_key;
        sig[targets[e]].sigma[side] = su;
        ps.next.push_back(targets[e]);
      } else if (h.key[side] == level_key) {
        sig[targets[e]].sigma[side] += su;
      }
    }
  }
  ps.front[side].swap(ps.next);
  if (!met) {
    std::uint64_t next_vol = 0;
    for (NodeId w : ps.front[side]) next_vol += offsets[w + 1] - offsets[w];
    vol = next_vol;
  }
  return met;
}

// Balanced bidirectional BFS between s and t (the side whose frontier has fewer arcs to scan
// grows by a level); on success fills ps.path with the inner nodes of one shortest path drawn
// uniformly. Returns false when t is not reachable from s.
bool sample_path_bfs(const View& view, NodeId s, NodeId t, PairSearch& ps, Rng& rng) {
  const Csr* const csr[2] = {&view.out(), &view.in()};
  HopKey* const hop = ps.hop.data();
  HopSigma* const sig = ps.sig.data();
  // A pair's keys run from base to base + a level below n; start afresh before they could wrap.
  if (std::uint64_t{ps.base} + view.num_nodes() + 1 > std::numeric_limits<std::uint32_t>::max()) {
    std::fill(ps.hop.begin(), ps.hop.end(), HopKey{});
    ps.base = 1;
  }
  const std::uint32_t base = ps.base;
  hop[s].key[0] = base;
  sig[s].sigma[0] = 1.0;
  hop[t].key[1] = base;
  sig[t].sigma[1] = 1.0;
  ps.front[0].assign(1, s);
  ps.front[1].assign(1, t);
  std::uint64_t vol[2] = {view.out().degree(s), view.in().degree(t)};
  std::uint32_t levels[2] = {0, 0};
  bool met = false;
  int side = 0;
  while (!met && !ps.front[0].empty() && !ps.front[1].empty()) {
    side = vol[0] <= vol[1] ? 0 : 1;
    ++levels[side];
    met = expand_level(*csr[side], side, base + levels[side], ps, vol[side]);
  }
  // Keys of this pair are at most base + the deeper side's level; the next pair starts above.
  ps.base = base + std::max(levels[0], levels[1]) + 1;
  ps.path.clear();
  if (!met) return false;
  // Every shortest path crosses the level just built in exactly one node that the other search
  // has reached; it carries sigma_s * sigma_t of the paths.
  const auto through = [&](NodeId v) {
    return hop[v].key[0] >= base && hop[v].key[1] >= base ? sig[v].sigma[0] * sig[v].sigma[1] : 0.0;
  };
  const auto& meet_front = ps.front[side];
  double total = 0.0;
  for (NodeId v : meet_front) total += through(v);
  const NodeId mid = pick(meet_front, through, total, rng);
  // Walk back to s and on to t, each step drawn in proportion to the path counts: a neighbour
  // one hop closer to the end has key one less (keys below base are never that close).
  for (NodeId x = mid; hop[x].key[0] > base;) {
    if (x != t) ps.path.push_back(x);
    const std::uint32_t want = hop[x].key[0] - 1;
    const auto weight = [&](NodeId y) { return hop[y].key[0] == want ? sig[y].sigma[0] : 0.0; };
    x = pick(view.in().neighbors(x), weight, sig[x].sigma[0], rng);
  }
  for (NodeId x = mid; hop[x].key[1] > base;) {
    const std::uint32_t want = hop[x].key[1] - 1;
    const auto weight = [&](NodeId y) { return hop[y].key[1] == want ? sig[y].sigma[1] : 0.0; };
    x = pick(view.out().neighbors(x), weight, sig[x].sigma[1], rng);
    if (x != t) ps.path.push_back(x);
  }
  return true;
}

// Dijkstra from s on lengths 1/weight, stopped when t is settled; then one shortest path drawn
// backwards from t in proportion to the path counts.
bool sample_path_dijkstra(const View& view, const std::vector<double>& out_len, const std::vector<double>& in_len,
                          NodeId s, NodeId t, PairSearch& ps, Rng& rng) {
  const Csr& out = view.out();
  const Csr& in = view.in();
  auto& dist = ps.wdist;
  auto& sigma = ps.sigma;
  ps.seen.clear();
  ps.heap.clear();
  dist[s] = 0.0;
  sigma[s] = 1.0;
  ps.seen.push_back(s);
  ps.heap.push(0.0, s);
  bool found = false;
  while (!ps.heap.empty()) {
    const auto top = ps.heap.pop();
    const NodeId v = top.node;
    if (ps.settled[v] != 0 || top.dist > dist[v]) continue;
    ps.settled[v] = 1;
    if (v == t) {
      found = true;
      break;
    }
    for (EdgeOffset e = out.offsets[v]; e < out.offsets[v + 1]; ++e) {
      const NodeId w = out.targets[e];
      if (ps.settled[w] != 0) continue;
      const double nd = dist[v] + out_len[e];
      if (nd < dist[w]) {
        if (dist[w] == std::numeric_limits<double>::infinity()) ps.seen.push_back(w);
        dist[w] = nd;
        sigma[w] = sigma[v];
        ps.heap.push(nd, w);
      } else if (nd == dist[w]) {
        sigma[w] += sigma[v];
      }
    }
  }
  ps.path.clear();
  if (found) {
    for (NodeId x = t; x != s;) {
      const EdgeOffset first = in.offsets[x];
      const auto pred = in.neighbors(x);
      double r = rng.uniform() * sigma[x];
      NodeId chosen = kNoNode;
      for (std::size_t i = 0; i < pred.size(); ++i) {
        const NodeId y = pred[i];
        if (ps.settled[y] == 0 || dist[y] + in_len[first + i] != dist[x]) continue;
        chosen = y;
        if (r < sigma[y]) break;
        r -= sigma[y];
      }
      x = chosen;
      if (x != s) ps.path.push_back(x);
    }
  }
  for (NodeId v : ps.seen) {
    dist[v] = std::numeric_limits<double>::infinity();
    sigma[v] = 0.0;
    ps.settled[v] = 0;
  }
  return found;
}

}  // namespace

std::uint64_t vertex_diameter_bound(const View& view, bool weighted) {
  const NodeId n = view.num_nodes();
  if (n == 0) return 0;
  const Csr& out = view.out();
  const Csr& in = view.in();
  std::uint32_t count = 0;
  const std::vector<std::uint32_t> comp = strong_components(out, count);
  // Members grouped by component (counting sort), first member = root.
  std::vector<std::uint32_t> start(count + 1, 0);
  for (NodeId v = 0; v < n; ++v) ++start[comp[v] + 1];
  for (std::uint32_t c = 0; c < count; ++c) start[c + 1] += start[c];
  std::vector<NodeId> members(n);
  {
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (NodeId v = 0; v < n; ++v) members[next[comp[v]]++] = v;
  }
  std::vector<std::int32_t> dist(n, -1);
  std::vector<NodeId> queue;
  std::vector<std::uint64_t> best(count, 0);
  std::uint64_t bound = 0;
  for (std::uint32_t c = 0; c < count; ++c) {
    const std::uint64_t size = start[c + 1] - start[c];
    std::uint64_t own = size;
    if (!weighted && size > 1) {
      const NodeId root = members[start[c]];
      const std::uint64_t hops = std::uint64_t{eccentricity_within(out, root, comp, dist, queue)} +
                                 eccentricity_within(in, root, comp, dist, queue);
      own = std::min(size, hops + 1);
    }
    std::uint64_t after = 0;
    for (std::uint32_t i = start[c]; i < start[c + 1]; ++i)
      for (NodeId w : out.neighbors(members[i]))
        if (comp[w] != c) after = std::max(after, best[comp[w]]);
    best[c] = own + after;
    bound = std::max(bound, best[c]);
  }
  return std::min<std::uint64_t>(bound, n);
}

NodeScores sampled_betweenness(const View& view, const BetweennessOptions& options, RunContext& ctx) {
  const double eps = *options.approx_eps;
  if (!(eps > 0.0 && eps < 1.0)) throw UsageError("--approx must be between 0 and 1 (an absolute error bound)");
  if (!(options.approx_delta > 0.0 && options.approx_delta < 1.0))
    throw UsageError("betweenness: the failure probability must be between 0 and 1");
  if (!options.sources.empty()) throw UsageError("betweenness: sampling and a source list cannot be combined");
  const NodeId n = view.num_nodes();
  NodeScores result;
  result.values.assign(n, 0.0);
  result.error_bound = eps;
  if (n < 3) return result;
  // A weighted view whose weights are all 1 stores none: hops are then the lengths.
  const bool weighted = view.out().has_weights();
  const std::uint64_t vd = vertex_diameter_bound(view, weighted);
  result.vertex_diameter_bound = vd;
  if (vd < 3) return result;  // no shortest path has an inner node

  // Riondato–Kornaropoulos sample size with c = 0.5, on their 1/(n(n-1)) scale.
  const double eps_rk = eps * static_cast<double>(n - 2) / static_cast<double>(n);
  const double log_term =
      std::floor(std::log2(static_cast<double>(vd - 2))) + 1.0 + std::log(1.0 / options.approx_delta);
  const auto samples = static_cast<std::uint64_t>(std::ceil(0.5 / (eps_rk * eps_rk) * log_term));
  result.samples = samples;

  constexpr std::size_t kSamplesPerBlock = 256;
  const std::size_t blocks = block_count(samples, kSamplesPerBlock);
  const int workers = parallel_workers(ctx, blocks);
  std::vector<PairSearch> spaces;
  spaces.reserve(static_cast<std::size_t>(workers));
  for (int w = 0; w < workers; ++w) spaces.emplace_back(n, weighted);
  const std::vector<double> out_len = arc_lengths(view.out());
  const std::vector<double> in_len = arc_lengths(view.in());
  // A pair in two weak components has no path: it counts as a sample that adds nothing, without
  // a search that would sweep the whole component (most pairs, when the graph is many
  // organisations side by side). The random draws are the same, so the result is too.
  const std::vector<std::uint32_t> weak = weak_components(view).component;

  parallel_blocks(blocks, ctx, "betweenness (sampled)", [&](std::size_t b, int worker) {
    PairSearch& ps = spaces[static_cast<std::size_t>(worker)];
    Rng rng(derive_seed(ctx.seed, b));
    const auto range = block_range(b, kSamplesPerBlock, samples);
    for (std::size_t i = range.begin; i < range.end; ++i) {
      const auto s = static_cast<NodeId>(rng.below(n));
      auto t = static_cast<NodeId>(rng.below(n - 1));
      if (t >= s) ++t;
      if (weak[s] != weak[t]) continue;
      const bool found =
          weighted ? sample_path_dijkstra(view, out_len, in_len, s, t, ps, rng) : sample_path_bfs(view, s, t, ps, rng);
      if (!found) continue;
      for (NodeId v : ps.path) ++ps.counts[v];
    }
  });

  // counts / r estimates b_RK = S / (n (n-1)); convert to NetworkX's scale.
  const double to_raw = static_cast<double>(n) * static_cast<double>(n - 1) / static_cast<double>(samples);
  const double scale = to_raw * betweenness_scale(n, view.directed(), options.normalized);
  for (NodeId v = 0; v < n; ++v) {
    std::uint64_t c = 0;
    for (const auto& ps : spaces) c += ps.counts[v];
    result.values[v] = static_cast<double>(c) * scale;
  }
  return result;
}

}  // namespace leadnet::detail
