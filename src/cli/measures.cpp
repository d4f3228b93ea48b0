#include "cli/measures.hpp"

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/model/view.hpp"

namespace leadnet::cli {

namespace {

// Degree in the view: until metrics/degree.hpp lands, read off the CSR (each neighbour once).
std::vector<double> view_degree(const View& view) {
  std::vector<double> d(view.num_nodes());
  for (NodeId v = 0; v < view.num_nodes(); ++v) d[v] = static_cast<double>(view.out().degree(v));
  return d;
}

}  // namespace

std::string measure_choices() { return "degree"; }

std::vector<viz::ScoreColumn> compute_measures(const OrgGraph& g, const std::vector<std::string>& names,
                                               const std::vector<LayerId>& layers, RunContext& ctx) {
  (void)ctx;
  std::vector<viz::ScoreColumn> out;
  if (names.empty()) return out;
  ViewOptions vo;
  vo.layers = layers;
  vo.directed = false;
  vo.weighted = false;
  const View view(g, vo);
  for (const auto& name : names) {
    if (name == "degree")
      out.push_back({name, view_degree(view)});
    else
      throw UsageError("'" + name + "' is not a measure leadnet can draw or export; choose from: " + measure_choices());
  }
  return out;
}

}  // namespace leadnet::cli
