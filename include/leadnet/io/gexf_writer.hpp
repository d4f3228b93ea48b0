#pragma once
// GEXF 1.3 (https://gexf.net, the format of Gephi), written so that Gephi opens the graph ready:
// every tie of every layer as an edge whose `kind` and `type` attribute name the layer (parallel
// ties in different layers stay apart), weights, node attributes role, unit (id, name, path and
// silo), level and the dataset's own attributes with their types, computed scores when asked,
// and viz:color on nodes (by role, or as given) and edges (by layer), viz:size on nodes.
//
// Direction: defaultedgetype is "directed" when any layer is directed; each tie of an undirected
// layer then says type="undirected" (GEXF allows mixed graphs; Gephi reads them). A graph whose
// layers are all undirected is written with defaultedgetype="undirected".
//
// Streamed (no document in memory), so a whole country can be exported. Texts are XML-escaped;
// a text holding a character XML 1.0 cannot represent gives UsageError. The subset written is
// described by tests/data/gexf/gexf-1.3-subset.xsd, against which the tests validate it.

#include <filesystem>
#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/io/graph_export.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

void write_gexf(const OrgGraph& graph, const GraphExportOptions& options, std::ostream& out);
/// Through AtomicFile: the file appears complete or not at all.
void write_gexf(const OrgGraph& graph, const GraphExportOptions& options, const std::filesystem::path& file);
/// With a RunContext: ctx.check_cancelled() every 65,536 rows (Ctrl-C stops the write and the
/// temporary file is removed) and progress.
void write_gexf(const OrgGraph& graph, const GraphExportOptions& options, std::ostream& out, const RunContext& ctx);
void write_gexf(const OrgGraph& graph, const GraphExportOptions& options, const std::filesystem::path& file,
                const RunContext& ctx);

}  // namespace leadnet
