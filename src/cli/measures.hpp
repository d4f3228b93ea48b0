#pragma once
// Scores by name for the commands that draw or export them (viz --size-by, export --with-scores):
// the name is looked up here and the metric library computes it. No metric is computed here.
//
// Each score equals what the command that reports it prints by default, so that a map, a Gephi
// file and a table agree:
//   degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz, hub, authority (hits:
//     both; all: every one): `leadnet centrality --undirected` on the same layers (default: every
//     layer), i.e. NetworkX 2.8's defaults on the undirected simple graph of those layers;
//   constraint, effective_size (Burt) and brokerage (Gould–Fernandez total, silos at --unit-depth
//     as groups, directed view): `leadnet silos` on the same layers (default: the silo layers,
//     every layer but reports_to, dotted_line and service).

#include <cstdint>
#include <string>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/model/org_graph.hpp"
#include "leadnet/viz/map_options.hpp"

namespace leadnet::cli {

/// Measures that can be asked for by name, for --help and error messages: "degree, ...";
/// `one_column`: only the names that give one column (no "hits", no "all").
std::string measure_choices(bool one_column = false);

struct MeasureRequest {
  /// Layers the user chose; empty: each measure's command default (see above).
  std::vector<LayerId> layers;
  /// Silo level for brokerage.
  std::uint32_t unit_depth = 1;
};

/// One column per name ("hits" gives hub and authority, "all" every centrality column), in the
/// order asked, repeats dropped. Unknown names throw UsageError listing the choices. A measure
/// whose iteration does not settle (Katz, eigenvector) throws std::runtime_error naming it, unless
/// `failures` is given: then its column is left out and the message appended there.
std::vector<viz::ScoreColumn> compute_measures(const OrgGraph& graph, const std::vector<std::string>& names,
                                               const MeasureRequest& request, RunContext& ctx,
                                               std::vector<std::string>* failures = nullptr);

}  // namespace leadnet::cli
