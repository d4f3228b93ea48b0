#include "leadnet/metrics/communities.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

#include "metrics/communities_detail.hpp"

namespace leadnet {

namespace detail {

std::uint32_t renumber(std::vector<std::uint32_t>& labels) {
  std::vector<std::uint32_t> map(labels.size(), UINT32_MAX);
  std::uint32_t count = 0;
  for (auto& l : labels) {
    if (map[l] == UINT32_MAX) map[l] = count++;
    l = map[l];
  }
  return count;
}

std::vector<std::uint32_t> random_order(std::uint32_t n, Rng& rng) {
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0U);
  for (std::uint32_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
  return order;
}

CommunityGraph aggregate(const CommunityGraph& g, const std::vector<std::uint32_t>& membership, std::uint32_t count) {
  // Members of each community, in node order.
  std::vector<std::uint64_t> start(static_cast<std::size_t>(count) + 1, 0);
  for (std::uint32_t v = 0; v < g.size(); ++v) ++start[membership[v] + 1];
  for (std::uint32_t c = 0; c < count; ++c) start[c + 1] += start[c];
  std::vector<std::uint32_t> members(g.size());
  {
    std::vector<std::uint64_t> next(start.begin(), start.end() - 1);
    for (std::uint32_t v = 0; v < g.size(); ++v) members[next[membership[v]]++] = v;
  }
  CommunityGraph a;
  a.offsets.assign(static_cast<std::size_t>(count) + 1, 0);
  a.self.assign(count, 0.0);
  a.strength.assign(count, 0.0);
  std::vector<double> acc(count, 0.0);
  std::vector<char> seen(count, 0);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t c = 0; c < count; ++c) {
    for (std::uint64_t i = start[c]; i < start[c + 1]; ++i) {
      const std::uint32_t v = members[i];
      a.self[c] += g.self[v];
      a.strength[c] += g.strength[v];
      for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const std::uint32_t d = membership[g.targets[e]];
        if (d == c) {
          a.self[c] += g.weights[e] / 2;  // each inside edge is seen from both ends
          continue;
        }
        if (!seen[d]) {
          seen[d] = 1;
          touched.push_back(d);
        }
        acc[d] += g.weights[e];
      }
    }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t d : touched) {
      a.targets.push_back(d);
      a.weights.push_back(acc[d]);
      acc[d] = 0.0;
      seen[d] = 0;
    }
    touched.clear();
    a.offsets[c + 1] = a.targets.size();
  }
  a.two_m = g.two_m;
  return a;
}

double modularity_of(const CommunityGraph& g, const std::vector<std::uint32_t>& membership, double resolution) {
  if (g.two_m <= 0) return std::numeric_limits<double>::quiet_NaN();
  std::uint32_t count = 0;
  for (auto c : membership) count = std::max(count, c + 1);
  std::vector<double> inside(count, 0.0), total(count, 0.0);
  for (std::uint32_t v = 0; v < g.size(); ++v) {
    const std::uint32_t c = membership[v];
    total[c] += g.strength[v];
    inside[c] += 2 * g.self[v];
    for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e)
      if (membership[g.targets[e]] == c) inside[c] += g.weights[e];
  }
  double q = 0.0;
  for (std::uint32_t c = 0; c < count; ++c)
    q += inside[c] / g.two_m - resolution * (total[c] / g.two_m) * (total[c] / g.two_m);
  return q;
}

}  // namespace detail

namespace {

detail::CommunityGraph from_view(const View& view) {
  const NodeId n = view.num_nodes();
  detail::CommunityGraph g;
  g.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  g.self.assign(n, 0.0);
  g.strength.assign(n, 0.0);
  const Csr& out = view.out();
  const Csr& in = view.in();
  const bool w = view.weighted();
  for (NodeId v = 0; v < n; ++v) {
    if (!view.directed()) {
      for (EdgeOffset e = out.offsets[v]; e < out.offsets[v + 1]; ++e) {
        g.targets.push_back(out.targets[e]);
        g.weights.push_back(w ? out.weight(e) : 1.0);
      }
    } else {
      // Undirected reading: merge out- and in-row; weights of both directions add when weighted.
      EdgeOffset i = out.offsets[v], ie = out.offsets[v + 1], j = in.offsets[v], je = in.offsets[v + 1];
      while (i < ie || j < je) {
        NodeId t;
        double x;
        if (j == je || (i < ie && out.targets[i] < in.targets[j])) {
          t = out.targets[i];
          x = out.weight(i++);
        } else if (i == ie || in.targets[j] < out.targets[i]) {
          t = in.targets[j];
          x = in.weight(j++);
        } else {
          t = out.targets[i];
          x = out.weight(i++) + in.weight(j++);
        }
        g.targets.push_back(t);
        g.weights.push_back(w ? x : 1.0);
      }
    }
    g.offsets[v + 1] = g.targets.size();
    for (EdgeOffset e = g.offsets[v]; e < g.offsets[v + 1]; ++e) g.strength[v] += g.weights[e];
    g.two_m += g.strength[v];
  }
  return g;
}

std::vector<std::uint32_t> louvain(const detail::CommunityGraph& base, double resolution, std::uint64_t seed,
                                   std::uint32_t& levels, const RunContext& ctx) {
  std::vector<std::uint32_t> membership(base.size());
  std::iota(membership.begin(), membership.end(), 0U);
  detail::CommunityGraph level_graph;
  const detail::CommunityGraph* g = &base;
  levels = 0;
  while (true) {
    ctx.check_cancelled();
    std::vector<std::uint32_t> m(g->size());
    std::iota(m.begin(), m.end(), 0U);
    Rng rng(derive_seed(seed, levels));
    const bool moved = detail::louvain_move(*g, m, resolution, rng);
    if (!moved) break;
    const std::uint32_t count = detail::renumber(m);
    for (auto& c : membership) c = m[c];
    ++levels;
    ctx.progress("communities", std::min(0.95, 0.2 * levels));
    if (count == g->size()) break;
    level_graph = detail::aggregate(*g, m, count);
    g = &level_graph;
  }
  return membership;
}

}  // namespace

const char* community_method_name(CommunityMethod method) {
  return method == CommunityMethod::louvain ? "louvain" : "leiden";
}

namespace {

// The graph without its isolates (people without ties in the view: citizens, mostly), and the
// old node of each new one. Isolates are singleton communities whatever the algorithm does, but
// every level and pass of it would still visit them (650,000 citizens on the copenhagen preset).
detail::CommunityGraph without_isolates(const detail::CommunityGraph& g, std::vector<std::uint32_t>& kept) {
  const std::uint32_t n = g.size();
  std::vector<std::uint32_t> index(n, UINT32_MAX);
  kept.clear();
  for (std::uint32_t v = 0; v < n; ++v)
    if (g.strength[v] > 0) {
      index[v] = static_cast<std::uint32_t>(kept.size());
      kept.push_back(v);
    }
  detail::CommunityGraph h;
  h.offsets.reserve(kept.size() + 1);
  h.offsets.push_back(0);
  for (std::uint32_t v : kept) {
    for (std::uint64_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      h.targets.push_back(index[g.targets[e]]);
      h.weights.push_back(g.weights[e]);
    }
    h.offsets.push_back(h.targets.size());
    h.self.push_back(g.self[v]);
    h.strength.push_back(g.strength[v]);
  }
  h.two_m = g.two_m;
  return h;
}

}  // namespace

Communities detect_communities(const View& view, const CommunityOptions& options, RunContext& ctx) {
  const detail::CommunityGraph full = from_view(view);
  std::vector<std::uint32_t> kept;
  const detail::CommunityGraph g = without_isolates(full, kept);
  Communities r;
  std::vector<std::uint32_t> membership;
  ctx.progress("communities", 0.0);
  if (options.method == CommunityMethod::louvain) {
    membership = louvain(g, options.resolution, ctx.seed, r.levels, ctx);
    r.passes = 1;
  } else {
    membership.resize(g.size());
    std::iota(membership.begin(), membership.end(), 0U);
    double best = -std::numeric_limits<double>::infinity();
    for (std::uint32_t pass = 0; pass < 20; ++pass) {
      ctx.check_cancelled();
      std::vector<std::uint32_t> next = membership;
      const std::uint32_t levels =
          detail::leiden_pass(g, next, options.resolution, options.randomness, derive_seed(ctx.seed, pass));
      detail::renumber(next);
      const double q = detail::modularity_of(g, next, options.resolution);
      ++r.passes;
      ctx.progress("communities", std::min(0.95, 0.1 * (pass + 1)));
      // Stop when a pass no longer improves (or the graph has no ties).
      if (!(q > best + 1e-12) && pass > 0) break;
      r.levels = std::max(r.levels, levels);
      const bool same = next == membership;
      membership = std::move(next);
      best = q;
      if (same) break;
    }
  }

  // Back to every node: isolates are communities of their own.
  {
    std::vector<std::uint32_t> all(full.size());
    std::uint32_t next = static_cast<std::uint32_t>(kept.size());
    std::size_t i = 0;
    for (std::uint32_t v = 0; v < full.size(); ++v)
      all[v] = i < kept.size() && kept[i] == v ? membership[i++] : next++;
    membership = std::move(all);
  }
  // Number communities by decreasing size, ties by smallest member.
  std::uint32_t count = detail::renumber(membership);
  std::vector<NodeId> size(count, 0);
  for (auto c : membership) ++size[c];
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return size[a] > size[b]; });
  std::vector<GroupId> rank(count);
  for (std::uint32_t i = 0; i < count; ++i) rank[order[i]] = i;
  std::vector<GroupId> labels(membership.size());
  for (std::size_t v = 0; v < membership.size(); ++v) labels[v] = rank[membership[v]];
  // partition_from_labels numbers by first appearance; give it labels already in rank order.
  r.partition.group = labels;
  r.partition.sizes.assign(count, 0);
  for (auto l : labels) ++r.partition.sizes[l];
  for (std::uint32_t c = 0; c < count; ++c) {
    r.partition.names.push_back("community " + std::to_string(c + 1));
    r.partition.ids.push_back(std::to_string(c + 1));
    r.partition.units.push_back(kNoUnit);
    r.partition.above_level.push_back(false);
  }
  std::vector<std::uint32_t> final_labels(labels.begin(), labels.end());
  r.modularity = detail::modularity_of(full, final_labels, options.resolution);
  ctx.progress("communities", 1.0);
  return r;
}

}  // namespace leadnet
