#include "io/graph_export_detail.hpp"

#include <charconv>
#include <cmath>

#include "leadnet/viz/color.hpp"

namespace leadnet::detail {

std::string export_node_color(const OrgGraph& g, const GraphExportOptions& opt, NodeId v) {
  if (v < opt.node_colors.size() && !opt.node_colors[v].empty()) return opt.node_colors[v];
  return viz::role_color(g.role(v)).hex();
}

double export_node_size(const OrgGraph& g, const GraphExportOptions& opt, NodeId v) {
  if (v < opt.node_sizes.size() && std::isfinite(opt.node_sizes[v])) return opt.node_sizes[v];
  switch (g.role(v)) {
    case Role::leader:
    case Role::politician:
      return 14.0;
    case Role::hr:
    case Role::council:
      return 11.0;
    case Role::staff:
      return 8.0;
    case Role::citizen:
    case Role::external:
      return 7.0;
  }
  return 8.0;
}

std::string export_layer_color(const OrgGraph& g, LayerId l) {
  (void)g;
  return viz::layer_color(l).hex();
}

std::string_view export_silo(const OrgGraph& g, const GraphExportOptions& opt, NodeId v) {
  const UnitId u = g.unit(v);
  if (u == kNoUnit) return {};
  return g.units()[g.units().ancestor_at_depth(u, opt.silo_depth)].name;
}

std::string shortest_real(double x) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, r.ptr);
}

bool any_directed_layer(const OrgGraph& g) {
  for (const auto& l : g.layers())
    if (!l.empty() && l.directed()) return true;
  return false;
}

}  // namespace leadnet::detail
