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

namespace leadnet::detail {

namespace {

constexpr std::uint32_t kUnset = std::numeric_limits<std::uint32_t>::max();

// Strongly connected components by an iterative Tarjan. Ids come out in reverse topological
// order of the condensation: an arc from component A to component B implies id(B) < id(A).
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

// One worker's scratch space for the pair searches.
struct PairSearch {
  std::vector<std::int32_t> df, db;  // hops from s / to t, -1 when not reached
  std::vector<double> sf, sb;        // shortest paths from s / to t
  std::vector<NodeId> seen;          // every node touched, for the reset
  std::vector<NodeId> front_f, front_b, next;
  std::vector<NodeId> path;
  std::vector<double> wdist;  // Dijkstra
  std::vector<std::uint8_t> settled;
  DistanceHeap heap;
  std::vector<std::uint64_t> counts;

  PairSearch(NodeId n, bool weighted) : sf(n, 0.0), counts(n, 0) {
    if (weighted) {
      wdist.assign(n, std::numeric_limits<double>::infinity());
      settled.assign(n, 0);
    } else {
      df.assign(n, -1);
      db.assign(n, -1);
      sb.assign(n, 0.0);
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

// Balanced bidirectional BFS between s and t; on success fills ps.path with the inner nodes of
// one shortest path drawn uniformly. Returns false when t is not reachable from s.
bool sample_path_bfs(const View& view, NodeId s, NodeId t, PairSearch& ps, Rng& rng) {
  const Csr& out = view.out();
  const Csr& in = view.in();
  auto& df = ps.df;
  auto& db = ps.db;
  auto& sf = ps.sf;
  auto& sb = ps.sb;
  ps.seen.clear();
  ps.front_f.assign(1, s);
  ps.front_b.assign(1, t);
  df[s] = 0;
  sf[s] = 1.0;
  db[t] = 0;
  sb[t] = 1.0;
  ps.seen.push_back(s);
  ps.seen.push_back(t);
  std::uint64_t vol_f = out.degree(s), vol_b = in.degree(t);
  bool met = false;
  bool forward_last = true;
  while (!met && !ps.front_f.empty() && !ps.front_b.empty()) {
    forward_last = vol_f <= vol_b;
    const Csr& csr = forward_last ? out : in;
    auto& d_this = forward_last ? df : db;
    auto& s_this = forward_last ? sf : sb;
    const auto& d_other = forward_last ? db : df;
    auto& front = forward_last ? ps.front_f : ps.front_b;
    ps.next.clear();
    std::uint64_t vol = 0;
    for (NodeId u : front) {
      const std::int32_t next = d_this[u] + 1;
      const double su = s_this[u];
      for (NodeId w : csr.neighbors(u)) {
        if (d_other[w] >= 0) met = true;
        if (d_this[w] < 0) {
          d_this[w] = next;
          s_this[w] = su;
          ps.next.push_back(w);
          vol += (forward_last ? out : in).degree(w);
          if (d_other[w] < 0) ps.seen.push_back(w);
        } else if (d_this[w] == next) {
          s_this[w] += su;
        }
      }
    }
    front.swap(ps.next);
    (forward_last ? vol_f : vol_b) = vol;
  }
  ps.path.clear();
  if (met) {
    // Every shortest path crosses the level just built in exactly one node that the other
    // search has reached; it carries sf * sb of the paths.
    const auto& meet_front = forward_last ? ps.front_f : ps.front_b;
    const auto through = [&](NodeId v) { return db[v] >= 0 && df[v] >= 0 ? sf[v] * sb[v] : 0.0; };
    double total = 0.0;
    for (NodeId v : meet_front) total += through(v);
    const NodeId mid = pick(meet_front, through, total, rng);
    // Walk back to s and on to t, each step drawn in proportion to the path counts.
    for (NodeId x = mid; df[x] > 0;) {
      if (x != t) ps.path.push_back(x);
      const auto pred = in.neighbors(x);
      const std::int32_t want = df[x] - 1;
      const auto weight = [&](NodeId y) { return df[y] == want ? sf[y] : 0.0; };
      x = pick(pred, weight, sf[x], rng);
    }
    for (NodeId x = mid; db[x] > 0;) {
      const auto succ = out.neighbors(x);
      const std::int32_t want = db[x] - 1;
      const auto weight = [&](NodeId y) { return db[y] == want ? sb[y] : 0.0; };
      x = pick(succ, weight, sb[x], rng);
      if (x != t) ps.path.push_back(x);
    }
  }
  for (NodeId v : ps.seen) {
    df[v] = db[v] = -1;
    sf[v] = sb[v] = 0.0;
  }
  return met;
}

// Dijkstra from s on lengths 1/weight, stopped when t is settled; then one shortest path drawn
// backwards from t in proportion to the path counts.
bool sample_path_dijkstra(const View& view, const std::vector<double>& out_len, const std::vector<double>& in_len,
                          NodeId s, NodeId t, PairSearch& ps, Rng& rng) {
  const Csr& out = view.out();
  const Csr& in = view.in();
  auto& dist = ps.wdist;
  auto& sigma = ps.sf;
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
