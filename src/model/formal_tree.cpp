#include "leadnet/model/formal_tree.hpp"

#include <algorithm>

namespace leadnet {

std::string_view formal_problem_name(FormalProblemKind kind) {
  switch (kind) {
    case FormalProblemKind::cycle: return "cycle";
    case FormalProblemKind::two_managers: return "two_managers";
    case FormalProblemKind::manager_not_leader: return "manager_not_leader";
  }
  return "cycle";
}

namespace {

std::string quoted(const OrgGraph& g, NodeId v) { return "'" + std::string(g.id(v)) + "'"; }

}  // namespace

FormalTree analyze_formal_tree(const OrgGraph& g) {
  const NodeId n = g.num_nodes();
  const Layer& reports = g.layer(EdgeType::reports_to);
  const Csr& up = reports.out();
  const Csr& down = reports.in();
  FormalTree t;
  t.ties = reports.num_ties();
  t.manager.assign(n, kNoNode);
  t.span.assign(n, 0);
  t.depth.assign(n, -1);

  for (NodeId v = 0; v < n; ++v) {
    const auto managers = up.neighbors(v);
    t.span[v] = static_cast<std::uint32_t>(down.degree(v));
    if (!managers.empty()) t.manager[v] = managers.front();
    if (managers.size() > 1) {
      FormalProblem p{FormalProblemKind::two_managers, {v}, {}};
      std::string list;
      for (NodeId m : managers) {
        p.nodes.push_back(m);
        list += (list.empty() ? "" : ", ") + quoted(g, m);
      }
      p.message = quoted(g, v) + " reports to " + std::to_string(managers.size()) + " managers: " + list;
      t.problems.push_back(std::move(p));
    }
    if (t.span[v] > 0 && g.role(v) != Role::leader) {
      const NodeId sub = down.neighbors(v).front();
      t.problems.push_back({FormalProblemKind::manager_not_leader,
                            {v, sub},
                            quoted(g, v) + " has " + std::to_string(t.span[v]) + " direct report" +
                                (t.span[v] == 1 ? "" : "s") + " (e.g. " + quoted(g, sub) + ") but the role " +
                                std::string(role_name(g.role(v))) + ", not leader"});
    }
    if (t.span[v] > t.max_span) {
      t.max_span = t.span[v];
      t.max_span_leader = v;
    }
    if (managers.empty() && t.span[v] > 0) t.roots.push_back(v);
  }

  // Depths by walking up the first-manager pointers; 0 unknown, 1 on the current path, 2 done.
  std::vector<std::uint8_t> state(n, 0);
  std::vector<NodeId> path;
  for (NodeId start = 0; start < n; ++start) {
    if (state[start] != 0 || !t.in_formal_layer(start)) continue;
    path.clear();
    NodeId x = start;
    while (x != kNoNode && state[x] == 0) {
      state[x] = 1;
      path.push_back(x);
      x = t.manager[x];
    }
    std::int32_t base;
    if (x == kNoNode) {
      base = -1;  // the last on the path is a root
    } else if (state[x] == 1) {
      // A new cycle: x is on the current path.
      const auto at = std::find(path.begin(), path.end(), x);
      FormalProblem p{FormalProblemKind::cycle, {}, {}};
      std::string list;
      for (auto it = at; it != path.end(); ++it) {
        p.nodes.push_back(*it);
        list += quoted(g, *it) + " -> ";
      }
      list += quoted(g, x);
      p.message = "reporting lines form a cycle: " + list;
      t.problems.push_back(std::move(p));
      base = -2;  // everyone on this path is on or under the cycle
    } else {
      base = t.depth[x] < 0 ? -2 : t.depth[x];
    }
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      if (base == -2) {
        t.depth[*it] = -1;
      } else {
        base = base + 1;
        t.depth[*it] = base;
      }
      state[*it] = 2;
    }
  }
  for (NodeId v = 0; v < n; ++v)
    if (t.depth[v] >= 0) t.layers = std::max<std::uint32_t>(t.layers, static_cast<std::uint32_t>(t.depth[v]) + 1);
  return t;
}

}  // namespace leadnet
