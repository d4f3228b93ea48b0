#include "leadnet/metrics/betweenness.hpp"

#include <cmath>
#include <limits>
#include <memory>
#include <string>

#include "leadnet/core/diagnostics.hpp"
#include "metrics/betweenness_detail.hpp"
#include "metrics/locality_detail.hpp"
#include "metrics/parallel_detail.hpp"
#include "metrics/shortest_paths_detail.hpp"

namespace leadnet {

namespace {

using detail::FixedSum;

// Sources per block: small enough for an even spread over workers and a smooth progress bar,
// large enough that handing out blocks costs nothing.
constexpr std::size_t kSourcesPerBlock = 16;

// One worker's scratch space, sized once and reset only where a source touched it.
struct Workspace {
  std::vector<std::int32_t> dist;     // BFS: hops, -1 when not reached
  std::vector<double> wdist;          // Dijkstra: length, +inf when not reached
  std::vector<double> sigma;          // shortest paths from the source
  std::vector<double> coef;           // (omega + delta) / sigma of finished nodes
  std::vector<double> delta;          // Dijkstra only
  std::vector<NodeId> order;          // nodes in the order they were settled
  std::vector<std::uint8_t> settled;  // Dijkstra only
  std::vector<FixedSum::Word> acc;
  detail::DistanceHeap heap;
  // BFS only: the successors (out-neighbours one level deeper) of the node settled i-th are
  // successors[successors_end[i - 1] .. successors_end[i]). Left uninitialised: only what a
  // search writes is read, and memory the searches never reach is never touched.
  std::unique_ptr<NodeId[]> successors;
  std::vector<EdgeOffset> successors_end;

  Workspace(NodeId n, EdgeOffset arcs, bool weighted) : sigma(n, 0.0), coef(n, 0.0), order(n), acc(n, 0) {
    if (weighted) {
      wdist.assign(n, std::numeric_limits<double>::infinity());
      settled.assign(n, 0);
      delta.assign(n, 0.0);
    } else {
      dist.assign(n, -1);
      successors.reset(new NodeId[arcs]);
      successors_end.resize(n);
    }
  }
};

// Nodes with one neighbour are folded into it before the hop-count searches (Baglioni et al.
// 2012 fold undirected leaves; the same argument covers one-way ends). Node c with neighbour u
// is folded when its only arcs are c -> u and u -> c (a leaf), or u -> c alone (an end: a
// citizen whom one employee serves), or c -> u alone (a start), and u itself is not such a
// node. No shortest path runs through c; paths to a leaf or an end are paths to u and one more
// arc; paths from a leaf or a start are c -> u followed by paths from u. So the searches run on
// the graph without folded nodes, where u stands for itself and them:
//  - as a target, u weighs omega(u) = 1 + its leaves and ends: the dependency of v on a search
//    from r is delta(v) = sigma(v) * sum over successors w of (omega(w) + delta(w)) / sigma(w);
//  - u lies between every other source and its leaves and ends: + omega(u) - 1 per search that
//    reaches it;
//  - a search from r stands for r and, when every node is a source, its leaves and starts; such
//    a source credits r with every target it reaches through r: W - 2 for a leaf (itself and r
//    left out), W - 1 for a start, where W = sum of omega over the nodes the search reached.
// Without folded nodes (omega = 1, one source each) this is Brandes' algorithm itself.
struct Search {
  NodeId root;
  double multiplicity;  // sources the search stands for (root, its leaves and its starts)
  double leaves;        // of those, leaves of the root
  double starts;        // and starts
};

// Brandes from search.root on hop counts over `out` (folded: `omega` as above). The search
// records each node's successors (out-neighbours one level deeper) in settling order, in the
// order of its row; the dependency pass then walks the nodes in reverse settling order, where
// every successor is finished before its predecessors, and reads `coef` = (omega + delta) / sigma
// of successors only (about a quarter of the arcs on the benchmark graphs).
template <bool kFolded>
void source_bfs(const Csr& out, const std::vector<double>& omega, const Search& search, Workspace& ws) {
  std::int32_t* dist = ws.dist.data();
  double* sigma = ws.sigma.data();
  double* coef = ws.coef.data();
  NodeId* order = ws.order.data();
  NodeId* succ = ws.successors.get();
  EdgeOffset* succ_end = ws.successors_end.data();
  const EdgeOffset* off = out.offsets.data();
  const NodeId* tgt = out.targets.data();
  const NodeId s = search.root;

  order[0] = s;
  dist[s] = 0;
  sigma[s] = 1.0;
  std::size_t tail = 1;
  EdgeOffset count = 0;
  for (std::size_t head = 0; head < tail; ++head) {
    const NodeId v = order[head];
    const std::int32_t next = dist[v] + 1;
    const double sv = sigma[v];
    for (EdgeOffset e = off[v]; e < off[v + 1]; ++e) {
      const NodeId w = tgt[e];
      const std::int32_t dw = dist[w];
      if (dw < 0) {
        dist[w] = next;
        sigma[w] = sv;
        order[tail++] = w;
        succ[count++] = w;
      } else if (dw == next) {
        sigma[w] += sv;
        succ[count++] = w;
      }
    }
    succ_end[head] = count;
  }

  const double mu = search.multiplicity;
  double reached = kFolded ? omega[s] : 1.0;  // W
  for (std::size_t i = tail; i-- > 1;) {
    const NodeId v = order[i];
    double sum = 0.0;
    for (EdgeOffset j = succ_end[i - 1]; j < succ_end[i]; ++j) sum += coef[succ[j]];
    const double d = sigma[v] * sum;
    if constexpr (kFolded) {
      const double w = omega[v];
      reached += w;
      coef[v] = (w + d) / sigma[v];
      const double credit = mu * (d + (w - 1.0));
      if (credit != 0.0) ws.acc[v] += FixedSum::encode(credit);
    } else {
      coef[v] = (1.0 + d) / sigma[v];
      if (d != 0.0) ws.acc[v] += FixedSum::encode(d);
    }
  }
  if constexpr (kFolded) {
    const double credit = search.leaves * (reached - 2.0) + search.starts * (reached - 1.0);
    if (credit > 0.0) ws.acc[s] += FixedSum::encode(credit);
  }
  for (std::size_t i = 0; i < tail; ++i) {
    dist[order[i]] = -1;
    sigma[order[i]] = 0.0;
  }
}

// Brandes from `s` with Dijkstra on arc lengths 1/weight. Path lengths are summed along the
// path from the source and compared exactly, as NetworkX's _single_source_dijkstra_path_basic
// does, so the same paths count as shortest.
void source_dijkstra(const Csr& out, const std::vector<double>& len, NodeId s, Workspace& ws) {
  auto& dist = ws.wdist;
  auto& sigma = ws.sigma;
  auto& order = ws.order;
  auto& heap = ws.heap;
  const EdgeOffset* off = out.offsets.data();
  const NodeId* tgt = out.targets.data();
  constexpr double kInf = std::numeric_limits<double>::infinity();

  std::size_t count = 0;
  heap.clear();
  dist[s] = 0.0;
  sigma[s] = 1.0;
  heap.push(0.0, s);
  while (!heap.empty()) {
    const auto top = heap.pop();
    const NodeId v = top.node;
    if (ws.settled[v] != 0 || top.dist > dist[v]) continue;  // settled or stale
    ws.settled[v] = 1;
    order[count++] = v;
    const double dv = dist[v];
    const double sv = sigma[v];
    for (EdgeOffset e = off[v]; e < off[v + 1]; ++e) {
      const NodeId w = tgt[e];
      if (ws.settled[w] != 0) continue;
      const double nd = dv + len[e];
      if (nd < dist[w]) {
        dist[w] = nd;
        sigma[w] = sv;
        heap.push(nd, w);
      } else if (nd == dist[w]) {
        sigma[w] += sv;
      }
    }
  }
  // Dependencies in reverse settling order; successors recognised by exact length equality.
  for (std::size_t i = count; i-- > 1;) {
    const NodeId v = order[i];
    const double dv = dist[v];
    double sum = 0.0;
    for (EdgeOffset e = off[v]; e < off[v + 1]; ++e) {
      const NodeId w = tgt[e];
      if (dv + len[e] == dist[w]) sum += (1.0 + ws.delta[w]) / sigma[w];
    }
    const double d = sigma[v] * sum;
    ws.delta[v] = d;
    if (d != 0.0) ws.acc[v] += FixedSum::encode(d);
  }
  for (std::size_t i = 0; i < count; ++i) {
    const NodeId v = order[i];
    dist[v] = kInf;
    sigma[v] = 0.0;
    ws.settled[v] = 0;
    ws.delta[v] = 0.0;
  }
}

// The graph the hop-count searches run on: `out` without its folded nodes, node v renamed
// number[v] (kFolded for a folded node); per node kept, omega and its leaves and starts.
struct Folded {
  static constexpr NodeId kFolded = std::numeric_limits<NodeId>::max();
  enum class Kind : std::uint8_t { kept, leaf, end, start };
  Csr out;
  std::vector<NodeId> number;
  std::vector<Kind> kind;                     // per original node
  std::vector<NodeId> parent;                 // per original node: the node it is folded into, else itself
  std::vector<double> omega, leaves, starts;  // per node kept
};

Folded fold_leaves(const View& view) {
  using Kind = Folded::Kind;
  const NodeId n = view.num_nodes();
  const Csr& out = view.out();
  const Csr& in = view.in();
  Folded f;
  f.kind.assign(n, Kind::kept);
  f.parent.resize(n);
  const auto one = [](const Csr& csr, NodeId v) { return csr.degree(v) == 1 ? csr.neighbors(v)[0] : v; };
  for (NodeId v = 0; v < n; ++v) {
    const std::size_t dout = out.degree(v), din = in.degree(v);
    f.parent[v] = v;
    if (dout == 1 && din == 1 && one(out, v) == one(in, v) && one(out, v) != v) {
      f.kind[v] = Kind::leaf;
      f.parent[v] = one(out, v);
    } else if (dout == 0 && din == 1 && one(in, v) != v) {
      f.kind[v] = Kind::end;
      f.parent[v] = one(in, v);
    } else if (din == 0 && dout == 1 && one(out, v) != v) {
      f.kind[v] = Kind::start;
      f.parent[v] = one(out, v);
    }
  }
  // Fold only into nodes that stay (two nodes tied only to each other both stay).
  for (NodeId v = 0; v < n; ++v)
    if (f.kind[v] != Kind::kept && f.kind[f.parent[v]] != Kind::kept) f.parent[v] = v;
  for (NodeId v = 0; v < n; ++v)
    if (f.parent[v] == v) f.kind[v] = Kind::kept;
  // Nodes in breadth-first order on large graphs (locality_detail.hpp), folded ones left out.
  std::vector<NodeId> visit(n);
  if (n >= detail::kRenumberFrom) {
    const std::vector<NodeId> bfs = detail::breadth_first_numbering(view);
    for (NodeId v = 0; v < n; ++v) visit[bfs[v]] = v;
  } else {
    for (NodeId v = 0; v < n; ++v) visit[v] = v;
  }
  f.number.assign(n, Folded::kFolded);
  NodeId kept = 0;
  for (NodeId v : visit)
    if (f.kind[v] == Kind::kept) f.number[v] = kept++;
  f.omega.assign(kept, 1.0);
  f.leaves.assign(kept, 0.0);
  f.starts.assign(kept, 0.0);
  for (NodeId v = 0; v < n; ++v) {
    const NodeId u = f.number[f.parent[v]];
    if (f.kind[v] == Kind::leaf || f.kind[v] == Kind::end) f.omega[u] += 1.0;
    if (f.kind[v] == Kind::leaf) f.leaves[u] += 1.0;
    if (f.kind[v] == Kind::start) f.starts[u] += 1.0;
  }
  f.out = induced_csr(out, f.number, kept);
  return f;
}

}  // namespace

double betweenness_scale(NodeId n, bool directed, bool normalized) {
  if (normalized) return n > 2 ? 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2)) : 1.0;
  return directed ? 1.0 : 0.5;
}

NodeScores betweenness(const View& view, const BetweennessOptions& options, RunContext& ctx) {
  const NodeId n = view.num_nodes();
  for (NodeId s : options.sources)
    if (s >= n) throw UsageError("betweenness: source " + std::to_string(s) + " is not a node");
  if (options.approx_eps) return detail::sampled_betweenness(view, options, ctx);

  NodeScores result;
  result.values.assign(n, 0.0);
  if (n == 0) return result;

  const std::size_t num_sources = options.sources.empty() ? n : options.sources.size();
  const bool weighted = view.out().has_weights();
  // Unweighted: searches on the graph without leaves (above). Weighted: Dijkstra on the whole
  // graph, renumbered breadth-first on large graphs (locality_detail.hpp).
  Folded folded;
  std::vector<NodeId> number;
  Csr renamed;
  if (!weighted) {
    folded = fold_leaves(view);
    number = std::move(folded.number);
  } else if (n >= detail::kRenumberFrom) {
    number = detail::breadth_first_numbering(view);
    renamed = induced_csr(view.out(), number, n);
  }
  const Csr& out = !weighted ? folded.out : number.empty() ? view.out() : renamed;
  const std::vector<double> len = detail::arc_lengths(out);
  const NodeId searched = out.num_nodes();
  // Searches: one per source, or (every node a source, unweighted) one per node kept, standing
  // for the node, its leaves and its starts.
  std::vector<Search> searches;
  if (!weighted && options.sources.empty()) {
    searches.reserve(searched);
    for (NodeId r = 0; r < searched; ++r)
      searches.push_back({r, 1.0 + folded.leaves[r] + folded.starts[r], folded.leaves[r], folded.starts[r]});
  } else {
    searches.reserve(num_sources);
    for (std::size_t i = 0; i < num_sources; ++i) {
      const NodeId s = options.sources.empty() ? static_cast<NodeId>(i) : options.sources[i];
      using Kind = Folded::Kind;
      if (weighted)
        searches.push_back({number.empty() ? s : number[s], 1.0, 0.0, 0.0});
      else if (folded.kind[s] != Kind::end)  // an end reaches nobody
        searches.push_back({number[folded.parent[s]], 1.0, folded.kind[s] == Kind::leaf ? 1.0 : 0.0,
                            folded.kind[s] == Kind::start ? 1.0 : 0.0});
    }
  }
  const std::size_t blocks = detail::block_count(searches.size(), kSourcesPerBlock);
  const int workers = detail::parallel_workers(ctx, blocks);
  std::vector<Workspace> spaces;
  spaces.reserve(static_cast<std::size_t>(workers));
  for (int w = 0; w < workers; ++w) spaces.emplace_back(searched, out.num_arcs(), weighted);

  detail::parallel_blocks(blocks, ctx, "betweenness", [&](std::size_t b, int worker) {
    Workspace& ws = spaces[static_cast<std::size_t>(worker)];
    const auto range = detail::block_range(b, kSourcesPerBlock, searches.size());
    for (std::size_t i = range.begin; i < range.end; ++i) {
      if (weighted)
        source_dijkstra(out, len, searches[i].root, ws);
      else if (searched < n)  // some nodes folded
        source_bfs<true>(out, folded.omega, searches[i], ws);
      else
        source_bfs<false>(out, folded.omega, searches[i], ws);
    }
  });

  double scale = betweenness_scale(n, view.directed(), options.normalized);
  if (!options.sources.empty()) scale *= static_cast<double>(n) / static_cast<double>(num_sources);
  for (NodeId v = 0; v < n; ++v) {
    const NodeId u = number.empty() ? v : number[v];
    if (u == Folded::kFolded) continue;  // a leaf: on no shortest path
    FixedSum::Word total = 0;
    for (const auto& ws : spaces) total += ws.acc[u];
    result.values[v] = FixedSum::decode(total) * scale;
  }
  return result;
}

}  // namespace leadnet
