#include "leadnet/metrics/citizen_coherence.hpp"

#include <algorithm>
#include <limits>
#include <map>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/model/view.hpp"
#include "metrics/parallel_detail.hpp"

namespace leadnet {

namespace {

constexpr std::size_t kBlock = 4096;

bool adjacent(const Csr& g, NodeId x, NodeId y) { return g.has_arc(x, y); }

bool common_neighbour(const Csr& g, NodeId x, NodeId y) {
  const auto a = g.neighbors(x);
  const auto b = g.neighbors(y);
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else return true;
  }
  return false;
}

}  // namespace

std::vector<LayerId> default_dialogue_layers(const OrgGraph& graph) {
  std::vector<LayerId> layers;
  for (EdgeType t : kDefaultDialogueTypes)
    if (!graph.layer(t).empty()) layers.push_back(static_cast<LayerId>(t));
  return layers;
}

CitizenCoherence citizen_coherence(const OrgGraph& graph, const Partition& silos,
                                   const CitizenCoherenceOptions& options, RunContext& ctx) {
  if (options.max_hops < 1 || options.max_hops > 2) throw UsageError("citizen coherence: max_hops must be 1 or 2");
  CitizenCoherence r;
  r.dialogue_layers = options.dialogue_layers.empty() ? default_dialogue_layers(graph) : options.dialogue_layers;
  const NodeId n = graph.num_nodes();
  const View dialogue = r.dialogue_layers.empty() ? View::from_arcs(n, {}, false, false)
                                                  : View(graph, {r.dialogue_layers, false, false});
  const Layer& service = graph.layer(EdgeType::service);

  std::vector<NodeId> citizens;
  for (NodeId v = 0; v < n; ++v)
    if (graph.role(v) == Role::citizen) citizens.push_back(v);
  r.citizens = citizens.size();

  struct Partial {
    std::uint64_t served = 0;
    std::vector<CitizenCase> cases;
  };
  const std::size_t blocks = (citizens.size() + kBlock - 1) / kBlock;
  std::vector<Partial> partial(blocks);
  const Csr& d = dialogue.out();
  detail::parallel_blocks(blocks, ctx, "citizen coherence", [&](std::size_t b, int) {
    Partial& part = partial[b];
    const std::size_t last = std::min(citizens.size(), (b + 1) * kBlock);
    for (std::size_t i = b * kBlock; i < last; ++i) {
      const NodeId c = citizens[i];
      CitizenCase cs;
      cs.citizen = c;
      for (NodeId s : service.out().neighbors(c))
        if (silos.group[s] != kNoGroup) cs.staff.push_back(s);
      for (NodeId s : service.in().neighbors(c))
        if (silos.group[s] != kNoGroup) cs.staff.push_back(s);
      std::sort(cs.staff.begin(), cs.staff.end());
      cs.staff.erase(std::unique(cs.staff.begin(), cs.staff.end()), cs.staff.end());
      if (cs.staff.empty()) continue;
      ++part.served;
      for (NodeId s : cs.staff) cs.silos.push_back(silos.group[s]);
      std::sort(cs.silos.begin(), cs.silos.end());
      cs.silos.erase(std::unique(cs.silos.begin(), cs.silos.end()), cs.silos.end());
      if (cs.silos.size() < 2) continue;
      for (std::size_t x = 0; x < cs.staff.size(); ++x)
        for (std::size_t y = x + 1; y < cs.staff.size(); ++y) {
          const NodeId s = cs.staff[x], t = cs.staff[y];
          const bool near = adjacent(d, s, t) || (options.max_hops >= 2 && common_neighbour(d, s, t));
          if (!near) cs.apart.emplace_back(s, t);
        }
      cs.coherent = cs.apart.empty();
      part.cases.push_back(std::move(cs));
    }
  });

  std::map<std::pair<GroupId, GroupId>, SiloPairCoherence> pairs;
  for (auto& part : partial) {
    r.served += part.served;
    for (auto& cs : part.cases) {
      ++r.multi_silo;
      r.coherent += cs.coherent;
      for (std::size_t x = 0; x < cs.silos.size(); ++x)
        for (std::size_t y = x + 1; y < cs.silos.size(); ++y) {
          const GroupId a = cs.silos[x], b = cs.silos[y];
          bool ok = true;
          for (const auto& [s, t] : cs.apart) {
            const GroupId gs = silos.group[s], gt = silos.group[t];
            if ((gs == a && gt == b) || (gs == b && gt == a)) ok = false;
          }
          auto& pc = pairs[{a, b}];
          pc.a = a;
          pc.b = b;
          ++pc.citizens;
          pc.coherent += ok;
        }
      r.cases.push_back(std::move(cs));
    }
  }
  r.share = r.multi_silo ? static_cast<double>(r.coherent) / static_cast<double>(r.multi_silo)
                         : std::numeric_limits<double>::quiet_NaN();
  for (auto& [key, pc] : pairs) {
    pc.share = static_cast<double>(pc.coherent) / static_cast<double>(pc.citizens);
    r.pairs.push_back(pc);
  }
  return r;
}

}  // namespace leadnet
