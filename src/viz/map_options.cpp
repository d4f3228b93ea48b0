#include "leadnet/viz/map_options.hpp"

#include "leadnet/model/org_graph.hpp"

namespace leadnet::viz {

std::string organisation_name(const OrgGraph& graph) {
  if (!graph.meta().name.empty()) return graph.meta().name;
  const auto& units = graph.units();
  if (!units.empty() && !units.synthetic_root()) return units[units.root()].name;
  return "Organisation";
}

}  // namespace leadnet::viz
