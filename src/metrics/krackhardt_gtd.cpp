#include "leadnet/metrics/krackhardt_gtd.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>

#include "leadnet/core/rng.hpp"
#include "leadnet/metrics/components.hpp"

namespace leadnet {

namespace {

constexpr std::uint32_t kUnset = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kMany = kUnset - 1;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double pairs(double n) { return n * (n - 1.0) / 2.0; }

/// Strong components and the DAG between them. Components are numbered in the order Tarjan's
/// algorithm completes them, so every DAG arc goes from a higher to a lower number: ascending
/// order visits successors first, descending order predecessors first.
struct Condensation {
  std::vector<std::uint32_t> of;      // per node
  std::vector<std::uint64_t> weight;  // nodes per component
  Csr down;                           // arcs between components, deduplicated
  Csr up;                             // the transpose
  std::uint32_t size() const { return static_cast<std::uint32_t>(weight.size()); }
};

Condensation condense(const Csr& out, RunContext& ctx) {
  const NodeId n = out.num_nodes();
  Condensation c;
  c.of.assign(n, kUnset);
  std::vector<std::uint32_t> index(n, kUnset), low(n, 0);
  std::vector<NodeId> stack;
  struct Frame {
    NodeId v;
    EdgeOffset next;
  };
  std::vector<Frame> calls;
  std::uint32_t counter = 0;
  for (NodeId s = 0; s < n; ++s) {
    if (index[s] != kUnset) continue;
    if ((s & 0xFFFF) == 0) ctx.check_cancelled();
    calls.push_back({s, out.offsets[s]});
    index[s] = low[s] = counter++;
    stack.push_back(s);
    while (!calls.empty()) {
      Frame& f = calls.back();
      const NodeId v = f.v;
      if (f.next < out.offsets[v + 1]) {
        const NodeId w = out.targets[f.next++];
        if (index[w] == kUnset) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          calls.push_back({w, out.offsets[w]});
        } else if (c.of[w] == kUnset) {
          low[v] = std::min(low[v], index[w]);  // w is still on the stack
        }
        continue;
      }
      calls.pop_back();
      if (!calls.empty()) low[calls.back().v] = std::min(low[calls.back().v], low[v]);
      if (low[v] == index[v]) {
        const auto id = static_cast<std::uint32_t>(c.weight.size());
        std::uint64_t size = 0;
        NodeId w;
        do {
          w = stack.back();
          stack.pop_back();
          c.of[w] = id;
          ++size;
        } while (w != v);
        c.weight.push_back(size);
      }
    }
  }
  std::vector<Arc> arcs;
  for (NodeId u = 0; u < n; ++u)
    for (NodeId v : out.neighbors(u))
      if (c.of[u] != c.of[v]) arcs.push_back({c.of[u], c.of[v], 1.0});
  c.down = build_csr(c.size(), std::move(arcs), false, false);
  c.up = transpose(c.down);
  return c;
}

std::size_t max_degree(const Csr& csr) {
  std::size_t d = 0;
  for (NodeId v = 0; v < csr.num_nodes(); ++v) d = std::max(d, csr.degree(v));
  return d;
}

// ---- hierarchy: one-way reachable pairs A ------------------------------------------------

/// A when every component has at most one DAG predecessor (out-forest: reach = subtree) or at
/// most one successor (in-forest: reach = the path up). Exact, O(k + m_D).
std::uint64_t asymmetric_pairs_forest(const Condensation& c) {
  std::vector<std::uint64_t> reach(c.size(), 0);  // nodes reachable outside the own component
  std::uint64_t total = 0;
  for (std::uint32_t x = 0; x < c.size(); ++x) {  // successors first
    for (NodeId y : c.down.neighbors(x)) reach[x] += c.weight[y] + reach[y];
    total += c.weight[x] * reach[x];
  }
  return total;
}

/// A by reachability bitsets over blocks of target components. Exact.
std::uint64_t asymmetric_pairs_bitset(const Condensation& c, std::uint64_t memory_limit, RunContext& ctx) {
  const std::uint32_t k = c.size();
  // Block width in 64-bit words, so that the k rows of one block fit the memory limit.
  const std::uint64_t max_words = std::max<std::uint64_t>(1, memory_limit / 8 / std::max<std::uint32_t>(k, 1));
  const std::uint64_t words_all = (k + 63) / 64;
  const std::uint64_t words = std::min(words_all, max_words);
  const std::uint32_t width = static_cast<std::uint32_t>(words * 64);
  std::vector<std::uint64_t> bits;
  std::uint64_t total = 0;
  for (std::uint32_t b0 = 0; b0 < k; b0 += width) {
    ctx.check_cancelled();
    const std::uint32_t b1 = static_cast<std::uint32_t>(std::min<std::uint64_t>(k, std::uint64_t{b0} + width));
    const std::uint64_t w_block = (b1 - b0 + 63) / 64;
    bool unit = true;
    for (std::uint32_t t = b0; t < b1; ++t) unit = unit && c.weight[t] == 1;
    // Rows for components b0..k-1 only: a component reaches only components numbered lower.
    bits.assign(static_cast<std::size_t>(k - b0) * w_block, 0);
    for (std::uint32_t x = b0; x < k; ++x) {
      std::uint64_t* row = bits.data() + static_cast<std::size_t>(x - b0) * w_block;
      for (NodeId y : c.down.neighbors(x)) {
        if (y < b0) continue;
        const std::uint64_t* from = bits.data() + static_cast<std::size_t>(y - b0) * w_block;
        for (std::uint64_t w = 0; w < w_block; ++w) row[w] |= from[w];
      }
      std::uint64_t reached = 0;  // outside the own component
      if (unit) {
        for (std::uint64_t w = 0; w < w_block; ++w) reached += static_cast<std::uint64_t>(std::popcount(row[w]));
      } else {
        for (std::uint64_t w = 0; w < w_block; ++w)
          for (std::uint64_t word = row[w]; word != 0; word &= word - 1)
            reached += c.weight[b0 + w * 64 + static_cast<std::uint64_t>(std::countr_zero(word))];
      }
      total += c.weight[x] * reached;
      if (x < b1) row[(x - b0) / 64] |= std::uint64_t{1} << ((x - b0) % 64);  // own bit, for predecessors
    }
  }
  return total;
}

/// Picks a node uniformly at random: the component it belongs to.
struct NodeSampler {
  const Condensation& c;
  Rng rng;
  std::uint32_t draw() { return c.of[static_cast<NodeId>(rng.below(c.of.size()))]; }
};

/// A estimated from random source nodes (a BFS over the DAG each): A = n · E[reach outside own].
GtdMeasure asymmetric_pairs_sampled(const Condensation& c, const GtdOptions& opt, RunContext& ctx,
                                    double* estimate) {
  NodeSampler sampler{c, Rng(derive_seed(ctx.seed, 0x6874))};
  std::vector<std::uint32_t> seen(c.size(), kUnset);
  std::vector<std::uint32_t> queue;
  double sum = 0.0, sum_sq = 0.0;
  std::uint64_t work = 0, s = 0;
  for (; s < opt.samples && (s < 30 || work < opt.sample_work_limit); ++s) {
    if ((s & 63) == 0) ctx.check_cancelled();
    const std::uint32_t src = sampler.draw();
    queue.assign(1, src);
    seen[src] = static_cast<std::uint32_t>(s);
    double reach = 0.0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      for (NodeId y : c.down.neighbors(queue[head])) {
        ++work;
        if (seen[y] == s) continue;
        seen[y] = static_cast<std::uint32_t>(s);
        reach += static_cast<double>(c.weight[y]);
        queue.push_back(y);
      }
    }
    sum += reach;
    sum_sq += reach * reach;
  }
  const double n = static_cast<double>(c.of.size());
  const double mean = sum / static_cast<double>(s);
  const double var = s > 1 ? std::max(0.0, (sum_sq - sum * mean) / static_cast<double>(s - 1)) : 0.0;
  *estimate = n * mean;
  GtdMeasure m;
  m.exact = false;
  m.samples = s;
  m.standard_error = n * std::sqrt(var / static_cast<double>(s));  // of A; rescaled by the caller
  return m;
}

// ---- LUB ---------------------------------------------------------------------------------
//
// sna accepts the pair {i, j} when some common upper bound k (k R i, k R j) reaches every other
// common upper bound. The set U of common upper bounds is closed upwards (whoever reaches a
// member is a member). Claim: such a k exists iff exactly one source component S of the DAG
// reaches both i and j. If so, every member of U has a source ancestor, which is in U and so is
// S; hence a node of S reaches all of U. Conversely if k reaches all of U and two sources S1, S2
// reach both i and j, then k reaches nodes of S1 and of S2; only members of a source reach it, so
// k would lie in both. With no such source U is empty (every member has a source ancestor).

struct LubCounts {
  double violations = 0.0;
  GtdMeasure measure;  // exact flag, samples, standard error of the violation count
};

/// Source of each component when it is reached from exactly one source component, kMany when
/// reached from several. Predecessors first.
std::vector<std::uint32_t> single_sources(const Condensation& c) {
  std::vector<std::uint32_t> src(c.size(), kUnset);
  for (std::uint32_t x = c.size(); x-- > 0;) {
    if (c.up.degree(x) == 0) {
      src[x] = x;
      continue;
    }
    for (NodeId p : c.up.neighbors(x)) {
      const std::uint32_t r = src[p];
      if (r == kMany || (src[x] != kUnset && src[x] != r)) {
        src[x] = kMany;
        break;
      }
      src[x] = r;
    }
  }
  return src;
}

LubCounts lub_violations(const Condensation& c, const std::vector<std::uint32_t>& weak,
                         const std::vector<std::uint32_t>& weak_sizes, const GtdOptions& opt, RunContext& ctx) {
  const std::uint32_t k = c.size();
  const auto counted = [&](std::uint32_t x) { return weak_sizes[weak[x]] > 2; };
  double total_pairs = 0.0;
  for (std::uint32_t size : weak_sizes)
    if (size > 2) total_pairs += pairs(size);
  const std::vector<std::uint32_t> src = single_sources(c);

  // Pairs of nodes reached from the same single source.
  std::vector<std::uint64_t> below(k, 0);  // per source: nodes reached from it alone
  std::vector<std::uint32_t> many;         // components reached from several sources
  for (std::uint32_t x = 0; x < k; ++x) {
    if (!counted(x)) continue;
    if (src[x] == kMany) many.push_back(x);
    else below[src[x]] += c.weight[x];
  }
  double ok = 0.0;
  for (std::uint32_t x = 0; x < k; ++x) ok += pairs(static_cast<double>(below[x]));
  LubCounts out;
  if (many.empty()) {
    out.violations = total_pairs - ok;
    return out;
  }

  // Exact: per weak component, bitsets over its sources for the components reached from several.
  std::vector<std::uint32_t> sources_in(weak_sizes.size(), 0), many_in(weak_sizes.size(), 0);
  std::vector<std::uint32_t> local(k, kUnset);  // source -> index among its weak component's sources
  for (std::uint32_t x = 0; x < k; ++x)
    if (counted(x) && c.up.degree(x) == 0) local[x] = sources_in[weak[x]]++;
  for (std::uint32_t x : many) ++many_in[weak[x]];
  double work = 0.0;
  for (std::size_t w = 0; w < weak_sizes.size(); ++w)
    if (many_in[w] > 0) {
      const double words = std::ceil(sources_in[w] / 64.0);
      work += words * (pairs(many_in[w]) + many_in[w]);
    }
  for (std::uint32_t x : many) work += static_cast<double>(c.up.degree(x)) * std::ceil(sources_in[weak[x]] / 64.0);

  if (work <= static_cast<double>(opt.exact_work_limit)) {
    // Row offsets into one bit store, in `many` order (ascending ids: successors first).
    std::vector<std::uint64_t> row_of(k, 0);
    std::uint64_t store = 0;
    for (std::uint32_t x : many) {
      row_of[x] = store;
      store += (sources_in[weak[x]] + 63) / 64;
    }
    std::vector<std::uint64_t> bits(store, 0);
    for (auto it = many.rbegin(); it != many.rend(); ++it) {  // predecessors first
      const std::uint32_t x = *it;
      const std::uint64_t words = (sources_in[weak[x]] + 63) / 64;
      std::uint64_t* row = bits.data() + row_of[x];
      for (NodeId p : c.up.neighbors(x)) {
        if (src[p] != kMany) {
          const std::uint32_t b = local[src[p]];
          row[b / 64] |= std::uint64_t{1} << (b % 64);
        } else {
          const std::uint64_t* from = bits.data() + row_of[p];
          for (std::uint64_t i = 0; i < words; ++i) row[i] |= from[i];
        }
      }
    }
    // Sources of each weak component, by local index, to weigh a bit by `below`.
    std::vector<std::vector<std::uint32_t>> source_list(weak_sizes.size());
    for (std::uint32_t x = 0; x < k; ++x)
      if (local[x] != kUnset) source_list[weak[x]].push_back(x);
    // A many-source node and a single-source node: fine iff the latter's source is among the former's.
    for (std::uint32_t x : many) {
      const std::uint64_t words = (sources_in[weak[x]] + 63) / 64;
      const std::uint64_t* row = bits.data() + row_of[x];
      double reached = 0.0;
      for (std::uint64_t i = 0; i < words; ++i)
        for (std::uint64_t word = row[i]; word != 0; word &= word - 1)
          reached += static_cast<double>(
              below[source_list[weak[x]][i * 64 + static_cast<std::uint64_t>(std::countr_zero(word))]]);
      ok += static_cast<double>(c.weight[x]) * reached;
    }
    // Two many-source nodes in different components: fine iff they share exactly one source.
    // (Two nodes of one such component share all of its >= 2 sources: a violation.)
    std::vector<std::uint32_t> sorted = many;
    std::stable_sort(sorted.begin(), sorted.end(), [&](std::uint32_t a, std::uint32_t b) { return weak[a] < weak[b]; });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
      if ((i & 255) == 0) ctx.check_cancelled();
      const std::uint32_t a = sorted[i];
      const std::uint64_t words = (sources_in[weak[a]] + 63) / 64;
      const std::uint64_t* ra = bits.data() + row_of[a];
      for (std::size_t j = i + 1; j < sorted.size() && weak[sorted[j]] == weak[a]; ++j) {
        const std::uint64_t* rb = bits.data() + row_of[sorted[j]];
        int common = 0;
        for (std::uint64_t w = 0; w < words && common < 2; ++w) common += std::popcount(ra[w] & rb[w]);
        if (common == 1) ok += static_cast<double>(c.weight[a]) * static_cast<double>(c.weight[sorted[j]]);
      }
    }
    out.violations = total_pairs - ok;
    return out;
  }

  // Estimate: uniform random pairs inside weak components of three or more nodes.
  std::vector<double> cumulative;  // per weak component
  std::vector<std::uint32_t> comp_ids;
  double acc = 0.0;
  for (std::uint32_t w = 0; w < weak_sizes.size(); ++w)
    if (weak_sizes[w] > 2) {
      acc += pairs(weak_sizes[w]);
      cumulative.push_back(acc);
      comp_ids.push_back(w);
    }
  // Nodes grouped by weak component.
  std::vector<std::uint64_t> start(weak_sizes.size() + 1, 0);
  for (std::size_t w = 0; w < weak_sizes.size(); ++w) start[w + 1] = start[w] + weak_sizes[w];
  std::vector<NodeId> members(c.of.size());
  {
    std::vector<std::uint64_t> fill(start.begin(), start.end() - 1);
    for (NodeId v = 0; v < c.of.size(); ++v) members[fill[weak[c.of[v]]]++] = v;
  }
  Rng rng(derive_seed(ctx.seed, 0x6c7562));
  std::vector<std::uint32_t> mark(k, kUnset), queue;
  std::uint64_t work_done = 0, s = 0, bad = 0;
  std::uint32_t stamp = 0;
  const auto walk_up = [&](std::uint32_t from, auto&& on_source) {
    ++stamp;
    queue.assign(1, from);
    mark[from] = stamp;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const std::uint32_t x = queue[head];
      if (c.up.degree(x) == 0 && !on_source(x)) return;
      for (NodeId p : c.up.neighbors(x)) {
        ++work_done;
        if (mark[p] == stamp) continue;
        mark[p] = stamp;
        queue.push_back(p);
      }
    }
  };
  std::vector<std::uint32_t> first_sources;
  for (; s < opt.samples && (s < 30 || work_done < opt.sample_work_limit); ++s) {
    if ((s & 63) == 0) ctx.check_cancelled();
    const double u = rng.uniform() * acc;
    const auto at = static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
    const std::uint32_t w = comp_ids[std::min(at, comp_ids.size() - 1)];
    const std::uint64_t size = weak_sizes[w];
    const std::uint64_t i = rng.below(size);
    std::uint64_t j = rng.below(size - 1);
    if (j >= i) ++j;
    const std::uint32_t a = c.of[members[start[w] + i]], b = c.of[members[start[w] + j]];
    bool fine;
    if (src[a] != kMany && src[b] != kMany) {
      fine = src[a] == src[b];
    } else if (a == b) {
      fine = false;  // reached from several sources
    } else {
      first_sources.clear();
      walk_up(a, [&](std::uint32_t x) {
        first_sources.push_back(x);
        return true;
      });
      std::sort(first_sources.begin(), first_sources.end());
      int common = 0;
      walk_up(b, [&](std::uint32_t x) {
        if (std::binary_search(first_sources.begin(), first_sources.end(), x)) ++common;
        return common < 2;
      });
      fine = common == 1;
    }
    if (!fine) ++bad;
  }
  const double p = static_cast<double>(bad) / static_cast<double>(s);
  out.violations = p * total_pairs;
  out.measure.exact = false;
  out.measure.samples = s;
  out.measure.standard_error = total_pairs * std::sqrt(p * (1.0 - p) / static_cast<double>(s));
  return out;
}

}  // namespace

GtdResult krackhardt_gtd(const View& view, const GtdOptions& opt, RunContext& ctx) {
  GtdResult r;
  const NodeId n = view.num_nodes();
  r.nodes = n;
  r.arcs = view.out().num_arcs();  // an undirected view stores each tie as two arcs, as sna counts
  const double dn = static_cast<double>(n);

  // Connectedness and efficiency from the weak components.
  const Components weak = weak_components(view);
  r.weak_components = weak.count;
  double joined = 0.0, spanning = 0.0, max_extra = 0.0;
  for (std::uint32_t size : weak.sizes) {
    joined += pairs(size);
    spanning += size - 1.0;
    max_extra += (size - 1.0) * (size - 1.0);
  }
  r.connectedness.value = n <= 1 ? 1.0 : joined / pairs(dn);
  r.efficiency.value = max_extra == 0.0 ? kNaN : 1.0 - (static_cast<double>(r.arcs) - spanning) / max_extra;

  ctx.progress("hierarchy measures", 0.1);
  const Condensation c = condense(view.out(), ctx);
  r.strong_components = c.size();
  std::vector<std::uint32_t> weak_of_component(c.size());
  for (NodeId v = 0; v < n; ++v) weak_of_component[c.of[v]] = weak.component[v];

  // Hierarchy.
  double mutual = 0.0;
  for (std::uint64_t w : c.weight) mutual += pairs(static_cast<double>(w));
  r.mutual_pairs = mutual;
  const std::uint64_t k = c.size();
  const bool forest = max_degree(c.up) <= 1 || max_degree(c.down) <= 1;
  const double bitset_work = static_cast<double>(k + c.down.num_arcs()) * std::ceil(static_cast<double>(k) / 64.0) / 2.0;
  double se_asym = 0.0;
  if (forest) {
    r.asymmetric_pairs = static_cast<double>(asymmetric_pairs_forest(c));
  } else if (bitset_work <= static_cast<double>(opt.exact_work_limit)) {
    r.asymmetric_pairs = static_cast<double>(asymmetric_pairs_bitset(c, opt.bitset_memory_limit, ctx));
  } else {
    r.hierarchy = asymmetric_pairs_sampled(c, opt, ctx, &r.asymmetric_pairs);
    se_asym = r.hierarchy.standard_error;
  }
  const double reachable = mutual + r.asymmetric_pairs;
  r.hierarchy.value = reachable == 0.0 ? kNaN : r.asymmetric_pairs / reachable;
  // Delta method: dH/dA = M / (M + A)^2.
  if (!r.hierarchy.exact) r.hierarchy.standard_error = reachable == 0.0 ? 0.0 : se_asym * mutual / (reachable * reachable);

  ctx.progress("hierarchy measures", 0.6);
  // LUB.
  for (std::uint32_t size : weak.sizes)
    if (size > 2) r.lub_max_violations += (size - 1.0) * (size - 2.0) / 2.0;
  const LubCounts lub = lub_violations(c, weak_of_component, weak.sizes, opt, ctx);
  r.lub_violations = lub.violations;
  r.lub = lub.measure;
  if (r.lub_max_violations == 0.0) {
    r.lub.value = kNaN;
    r.lub.standard_error = 0.0;
  } else {
    r.lub.value = 1.0 - lub.violations / r.lub_max_violations;
    r.lub.standard_error = lub.measure.standard_error / r.lub_max_violations;
  }
  ctx.progress("hierarchy measures", 1.0);
  return r;
}

}  // namespace leadnet
