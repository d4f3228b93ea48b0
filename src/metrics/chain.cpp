#include "leadnet/metrics/chain.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/model/view.hpp"
#include "metrics/chain_detail.hpp"

namespace leadnet {

std::string_view chain_state_name(ChainState state) {
  switch (state) {
    case ChainState::unbroken: return "unbroken";
    case ChainState::broken: return "broken";
    case ChainState::unknown: return "unknown";
  }
  return "unknown";
}

std::string span_bucket_label(std::size_t bucket) {
  const std::uint32_t lo = bucket == 0 ? 1 : kSpanBucketUpper[bucket - 1] + 1;
  if (bucket + 1 == kSpanBuckets) return std::to_string(lo) + "+";
  return std::to_string(lo) + "-" + std::to_string(kSpanBucketUpper[bucket]);
}

namespace {

using chain_detail::multi_source_bfs;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<LayerId> dialogue_layers(const OrgGraph& g, const ChainOptions& opt) {
  std::vector<LayerId> layers = opt.dialogue_layers;
  if (layers.empty())
    for (EdgeType t : kDefaultDialogueTypes) layers.push_back(static_cast<LayerId>(t));
  std::sort(layers.begin(), layers.end());
  layers.erase(std::unique(layers.begin(), layers.end()), layers.end());
  for (LayerId l : layers) {
    if (l >= g.num_layers()) throw UsageError("dialogue layer id " + std::to_string(l) + " does not exist");
    if (l == static_cast<LayerId>(EdgeType::reports_to))
      throw UsageError("reports_to is the formal line and cannot be a dialogue layer");
  }
  if (layers.size() > 64) throw UsageError("at most 64 dialogue layers");
  return layers;
}

/// The primary formal forest (first managers only) as child lists, with a preorder and
/// Euler-tour intervals for "is a above b on the line" in O(1).
struct PrimaryForest {
  Csr children;
  std::vector<NodeId> preorder;          // parents before children
  std::vector<std::uint32_t> enter, exit;  // kNone outside the forest
  bool above(NodeId a, NodeId b) const {  // a is a strict ancestor of b
    return enter[a] != kNone && enter[b] != kNone && enter[a] < enter[b] && exit[b] <= exit[a];
  }
  bool in_line(NodeId a, NodeId b) const { return above(a, b) || above(b, a); }
};

PrimaryForest primary_forest(const FormalTree& t) {
  const NodeId n = static_cast<NodeId>(t.manager.size());
  PrimaryForest f;
  std::vector<Arc> arcs;
  for (NodeId v = 0; v < n; ++v)
    if (t.depth[v] > 0) arcs.push_back({t.manager[v], v, 1.0});
  f.children = build_csr(n, std::move(arcs), false, false);
  f.enter.assign(n, kNone);
  f.exit.assign(n, kNone);
  std::uint32_t clock = 0;
  std::vector<std::pair<NodeId, EdgeOffset>> stack;
  for (NodeId r : t.roots) {
    if (t.depth[r] != 0) continue;
    stack.push_back({r, f.children.offsets[r]});
    f.enter[r] = clock++;
    f.preorder.push_back(r);
    while (!stack.empty()) {
      auto& [v, next] = stack.back();
      if (next < f.children.offsets[v + 1]) {
        const NodeId c = f.children.targets[next++];
        f.enter[c] = clock++;
        f.preorder.push_back(c);
        stack.push_back({c, f.children.offsets[c]});
      } else {
        f.exit[v] = clock++;
        stack.pop_back();
      }
    }
  }
  return f;
}

/// Distinct nodes among the rows of v in several CSRs.
void collect_neighbours(NodeId v, std::span<const Csr* const> csrs, std::vector<NodeId>& out) {
  out.clear();
  for (const Csr* c : csrs) {
    const auto row = c->neighbors(v);
    out.insert(out.end(), row.begin(), row.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

void formal_ties(const OrgGraph& g, const FormalTree& t, const std::vector<LayerId>& dialogue, ChainResult& r) {
  const Layer& reports = g.layer(EdgeType::reports_to);
  for (NodeId v = 0; v < g.num_nodes(); ++v)
    for (NodeId m : reports.out().neighbors(v)) {
      FormalTie tie;
      tie.subordinate = v;
      tie.manager = m;
      tie.primary = m == t.manager[v];
      for (std::size_t i = 0; i < dialogue.size(); ++i) {
        const Layer& l = g.layer(dialogue[i]);
        // Search the shorter row: a manager of 100 000 is then never scanned.
        const bool tie_there = l.out().degree(v) <= l.in().degree(m) ? l.out().has_arc(v, m) : l.in().has_arc(m, v);
        const bool tie_back = l.directed() && (l.out().degree(m) <= l.in().degree(v) ? l.out().has_arc(m, v)
                                                                                      : l.in().has_arc(v, m));
        if (tie_there || tie_back) tie.backed_by |= std::uint64_t{1} << i;
      }
      r.ties.push_back(tie);
    }
}

void span_summary(ChainResult& r) {
  ChainSummary& s = r.summary;
  std::vector<std::uint32_t> spans;
  for (const ChainPerson& p : r.people)
    if (p.span > 0) spans.push_back(p.span);
  s.managers = spans.size();
  s.mean_span = kNaN;
  s.median_span = kNaN;
  if (spans.empty()) return;
  double sum = 0.0;
  for (std::uint32_t x : spans) {
    sum += x;
    std::size_t b = 0;
    while (x > kSpanBucketUpper[b]) ++b;
    ++r.span_histogram[b];
  }
  s.mean_span = sum / static_cast<double>(spans.size());
  std::sort(spans.begin(), spans.end());
  const std::size_t m = spans.size();
  s.median_span = m % 2 == 1 ? spans[m / 2] : (spans[m / 2 - 1] + static_cast<double>(spans[m / 2])) / 2.0;
  // Nearest-rank 90th percentile: the ceil(0.9 m)-th smallest.
  const std::size_t rank = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(m)));
  s.p90_span = spans[std::max<std::size_t>(rank, 1) - 1];
}

std::vector<ChainGtd> krackhardt_layers(const OrgGraph& g, const FormalTree& t, const std::vector<LayerId>& dialogue,
                                        const GtdOptions& opt, RunContext& ctx) {
  const NodeId n = g.num_nodes();
  std::vector<NodeId> local(n, kNoNode);
  NodeId k = 0;
  const bool formal = t.ties > 0;
  for (NodeId v = 0; v < n; ++v)
    if (!formal || t.in_formal_layer(v)) local[v] = k++;
  std::vector<ChainGtd> out;
  std::vector<LayerId> layers{static_cast<LayerId>(EdgeType::reports_to)};
  for (LayerId l : dialogue)
    if (!g.layer(l).empty()) layers.push_back(l);  // an empty layer has nothing to measure
  for (LayerId l : layers) {
    const bool reversed = l == static_cast<LayerId>(EdgeType::reports_to);
    const Csr& arcs_of = g.layer(l).out();
    std::vector<Arc> arcs;
    for (NodeId u = 0; u < n; ++u) {
      if (local[u] == kNoNode) continue;
      for (NodeId v : arcs_of.neighbors(u))
        if (local[v] != kNoNode && u != v)
          arcs.push_back(reversed ? Arc{local[v], local[u], 1.0} : Arc{local[u], local[v], 1.0});
    }
    const View view = View::from_arcs(k, std::move(arcs), true, false);
    ChainGtd row;
    row.layer = l;
    row.name = g.layer(l).name();
    row.reversed = reversed;
    row.gtd = krackhardt_gtd(view, opt, ctx);
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

ChainResult chain_of_leadership(const OrgGraph& g, const ChainOptions& opt, RunContext& ctx) {
  const NodeId n = g.num_nodes();
  ChainResult r;
  r.dialogue_layers = dialogue_layers(g, opt);
  r.span_limit = opt.span_limit;
  ChainSummary& s = r.summary;

  ctx.progress("chain: formal lines", 0.0);
  const FormalTree t = analyze_formal_tree(g);
  r.problems = t.problems;
  r.roots = t.roots;
  s.layers = t.layers;
  s.max_span = t.max_span;
  s.max_span_leader = t.max_span_leader;
  const View dialogue(g, ViewOptions{r.dialogue_layers, false, false});
  ctx.check_cancelled();

  formal_ties(g, t, r.dialogue_layers, r);
  s.formal_ties = r.ties.size();
  for (const FormalTie& tie : r.ties) s.backed_ties += tie.backed() ? 1 : 0;
  s.chain_gaps = s.formal_ties - s.backed_ties;
  s.gap_rate = s.formal_ties == 0 ? kNaN : static_cast<double>(s.chain_gaps) / static_cast<double>(s.formal_ties);

  // People: the formal organisation and every leader.
  std::vector<std::uint32_t> person_of(n, kNone);
  for (NodeId v = 0; v < n; ++v) {
    const bool leader = g.role(v) == Role::leader || t.span[v] > 0;
    if (!leader && !t.in_formal_layer(v)) continue;
    person_of[v] = static_cast<std::uint32_t>(r.people.size());
    ChainPerson p;
    p.node = v;
    p.leader = leader;
    p.depth = t.depth[v];
    p.manager = t.manager[v];
    if (leader) {
      p.span = t.span[v];
      p.over_span_limit = p.span > opt.span_limit;
    }
    r.people.push_back(p);
  }
  const auto person = [&](NodeId v) -> ChainPerson& { return r.people[person_of[v]]; };
  // Gap status of each person's primary tie, and the per-manager counts.
  std::vector<std::uint8_t> primary_gap(n, 0);
  for (const FormalTie& tie : r.ties) {
    if (tie.primary && !tie.backed()) primary_gap[tie.subordinate] = 1;
    if (!tie.backed()) ++person(tie.manager).gaps_below;
    if (tie.backed()) person(tie.subordinate).backed_up = true;
  }

  // Chains: walk the primary forest from the roots down.
  ctx.progress("chain: unbroken chains", 0.2);
  const PrimaryForest forest = primary_forest(t);
  for (NodeId v : forest.preorder) {
    ChainPerson& p = person(v);
    if (p.depth == 0) {
      p.root = v;
      p.chain = ChainState::unbroken;
      continue;
    }
    const ChainPerson& up = person(p.manager);
    p.root = up.root;
    p.breaks = up.breaks + primary_gap[v];
    p.first_break = primary_gap[v] ? v : up.first_break;
    p.first_break_depth = primary_gap[v] ? p.depth : up.first_break_depth;
    p.chain = p.breaks == 0 ? ChainState::unbroken : ChainState::broken;
  }

  for (auto it = forest.preorder.rbegin(); it != forest.preorder.rend(); ++it) {
    const ChainPerson& p = person(*it);
    if (p.depth > 0) person(p.manager).people_below += 1 + p.people_below;
  }

  // Distances: to the top over dialogue, to HR over dialogue + hr_support, from politics over
  // dialogue + political.
  ctx.progress("chain: distances", 0.4);
  const Layer& hr_layer = g.layer(EdgeType::hr_support);
  const Layer& political = g.layer(EdgeType::political);
  std::vector<NodeId> hr_nodes, politicians;
  for (NodeId v = 0; v < n; ++v) {
    if (g.role(v) == Role::hr) hr_nodes.push_back(v);
    if (g.role(v) == Role::politician) politicians.push_back(v);
  }
  s.hr_people = hr_nodes.size();
  s.politicians = politicians.size();
  {
    const Csr* adj[] = {&dialogue.out()};
    const auto top = multi_source_bfs(n, t.roots, adj, false, ctx);
    for (ChainPerson& p : r.people)
      if (p.depth >= 0) p.distance_to_top = top.dist[p.node];
  }
  {
    const Csr* adj[] = {&dialogue.out(), &hr_layer.out(), &hr_layer.in()};
    const auto hr = multi_source_bfs(n, hr_nodes, adj, false, ctx);
    for (ChainPerson& p : r.people)
      if (p.leader) p.hr_distance = hr.dist[p.node];
  }
  {
    const Csr* adj[] = {&dialogue.out(), &political.out(), &political.in()};
    const auto pol = multi_source_bfs(n, politicians, adj, true, ctx);
    for (ChainPerson& p : r.people)
      if (p.leader) {
        p.political_distance = pol.dist[p.node];
        p.political_via = pol.via[p.node];
      }
  }

  // Leaders' ties: peers, politicians, external partners and citizens; isolation.
  ctx.progress("chain: leaders' ties", 0.6);
  const Layer& network = g.layer(EdgeType::network);
  std::vector<NodeId> nb;
  std::vector<const Csr*> every_layer;
  for (const Layer& l : g.layers()) {
    every_layer.push_back(&l.out());
    if (l.directed()) every_layer.push_back(&l.in());
  }
  const Csr* const peer_layers[] = {&dialogue.out(), &network.out(), &network.in()};
  const Csr* const political_layer[] = {&political.out(), &political.in()};
  for (ChainPerson& p : r.people) {
    if (!p.leader) continue;
    const NodeId v = p.node;
    collect_neighbours(v, peer_layers, nb);
    for (NodeId w : nb)
      if (w != v && g.role(w) == Role::leader && !forest.in_line(v, w)) ++p.peer_ties;
    collect_neighbours(v, political_layer, nb);
    for (NodeId w : nb) p.political_ties += g.role(w) == Role::politician ? 1 : 0;
    collect_neighbours(v, every_layer, nb);
    for (NodeId w : nb) p.external_ties += (g.role(w) == Role::external || g.role(w) == Role::citizen) ? 1 : 0;
  }
  for (ChainPerson& p : r.people) {
    if (!p.leader) continue;
    // A root's only formal line is down: a backed tie to one of its direct reports.
    const bool line_backed = p.manager == kNoNode ? p.span > p.gaps_below : p.backed_up;
    p.isolated = !line_backed && p.peer_ties == 0 && p.hr_distance != 1;
  }

  // Skip-level ties.
  ctx.progress("chain: skip-level ties", 0.7);
  for (NodeId u = 0; u < n; ++u) {
    if (t.depth[u] < 0) continue;
    for (NodeId v : dialogue.out().neighbors(u)) {
      if (v <= u || t.depth[v] < 0) continue;
      const std::int32_t du = t.depth[u], dv = t.depth[v];
      if (std::abs(du - dv) < 2) continue;
      SkipLevelTie tie{du < dv ? u : v, du < dv ? v : u, std::abs(du - dv), forest.in_line(u, v)};
      r.skip_level.push_back(tie);
      ++person(u).skip_level_ties;
      ++person(v).skip_level_ties;
    }
  }
  std::sort(r.skip_level.begin(), r.skip_level.end(),
            [](const SkipLevelTie& a, const SkipLevelTie& b) { return a.upper != b.upper ? a.upper < b.upper : a.lower < b.lower; });

  // Summary.
  span_summary(r);
  double depth_sum = 0, distance_sum = 0, loss_sum = 0, hr_sum = 0, peer_sum = 0;
  bool any_loss = false;
  for (const ChainPerson& p : r.people) {
    if (p.in_formal_tree()) {
      ++s.people;
      depth_sum += p.depth;
      if (p.chain == ChainState::unbroken) ++s.unbroken;
      if (p.chain == ChainState::broken) ++s.broken;
      if (p.breaks >= 2) ++s.broken_twice;
      if (p.has_loss()) {
        distance_sum += p.distance_to_top;
        loss_sum += p.loss();
        s.max_loss = any_loss ? std::max(s.max_loss, p.loss()) : p.loss();
        any_loss = true;
      } else {
        ++s.unreachable_top;
      }
    } else if (t.in_formal_layer(p.node)) {
      ++s.chain_unknown;
    }
    if (!p.leader) continue;
    ++s.leaders;
    if (p.over_span_limit) ++s.leaders_over_span_limit;
    if (p.hr_distance >= 0) {
      ++s.leaders_reaching_hr;
      hr_sum += p.hr_distance;
    }
    if (p.hr_distance == 1) ++s.leaders_with_hr_tie;
    if (p.hr_distance < 0 || p.hr_distance > 2) ++s.leaders_far_from_hr;
    peer_sum += p.peer_ties;
    if (p.peer_ties == 0) ++s.leaders_without_peers;
    if (p.isolated) ++s.isolated_leaders;
    if (p.political_ties > 0) ++s.leaders_with_political_tie;
    if (p.political_distance >= 0) ++s.leaders_reaching_politics;
    if (p.external_ties > 0) ++s.leaders_with_external_tie;
  }
  const auto mean = [](double sum, std::uint64_t count) { return count == 0 ? kNaN : sum / static_cast<double>(count); };
  const std::uint64_t reachable = s.people - s.unreachable_top;
  s.unbroken_share = mean(static_cast<double>(s.unbroken), s.unbroken + s.broken);
  s.mean_depth = mean(depth_sum, s.people);
  s.mean_distance_to_top = mean(distance_sum, reachable);
  s.mean_loss = mean(loss_sum, reachable);
  s.mean_hr_distance = mean(hr_sum, s.leaders_reaching_hr);
  s.mean_peer_ties = mean(peer_sum, s.leaders);
  s.external_share = mean(static_cast<double>(s.leaders_with_external_tie), s.leaders);
  s.skip_level_ties = r.skip_level.size();
  for (const SkipLevelTie& tie : r.skip_level) s.skip_level_in_line += tie.in_line ? 1 : 0;

  ctx.progress("chain: units and levels", 0.8);
  chain_detail::aggregate_groups(g, r, person_of);

  if (opt.krackhardt) {
    ctx.progress("chain: Krackhardt hierarchy", 0.85);
    r.krackhardt = krackhardt_layers(g, t, r.dialogue_layers, opt.gtd, ctx);
  }
  ctx.progress("chain", 1.0);
  return r;
}

}  // namespace leadnet
