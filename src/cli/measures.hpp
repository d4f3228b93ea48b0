#pragma once
// Scores by name for the commands that draw or export them (viz --size-by, export --with-scores):
// the name is looked up here and the metric library computes it. No metric is computed here.

#include <string>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/org_graph.hpp"
#include "leadnet/viz/map_options.hpp"

namespace leadnet::cli {

/// Measures that can be asked for by name, for --help and error messages: "degree, ...".
std::string measure_choices();

/// One column per name, over the undirected, unweighted view of `layers` (empty: all layers).
/// Unknown names throw UsageError listing the choices.
std::vector<viz::ScoreColumn> compute_measures(const OrgGraph& graph, const std::vector<std::string>& names,
                                               const std::vector<LayerId>& layers, RunContext& ctx);

}  // namespace leadnet::cli
