#pragma once
// Writing a graph in the three input forms of DESIGN.md ("Input"), so that reading the output
// back gives the same graph (same_graph): ids, names, roles, the unit tree (without leadnet's
// synthetic root), the levels given in the data (derived levels are left to be derived again),
// typed attributes, built-in and custom edge types with their direction and description,
// weights in their shortest exact form, and meta.
//
// Every writer goes through AtomicFile / AtomicDirectory: the output appears complete or not at
// all, and an existing file or folder is replaced only when the new one is complete. With a
// RunContext, a writer checks ctx.check_cancelled() every 65,536 rows (Ctrl-C stops it and the
// temporary output is removed) and reports progress.

#include <filesystem>
#include <iosfwd>

#include "leadnet/core/run_context.hpp"
#include "leadnet/io/graph_export.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

/// The JSON form: {"meta", "units", "nodes", "edges"}, one unit, node or edge per line. meta
/// carries "attribute_types" so that column types and order survive even for columns with no
/// values.
void write_json(const OrgGraph& graph, std::ostream& out, const RunContext& ctx);
void write_json(const OrgGraph& graph, const std::filesystem::path& file, const RunContext& ctx);
void write_json(const OrgGraph& graph, std::ostream& out);
void write_json(const OrgGraph& graph, const std::filesystem::path& file);

/// The CSV folder form: nodes.csv, edges.csv, units.csv (when there are units) and meta.json
/// (when there is meta, a custom edge type or an attribute). Comma-separated UTF-8 without BOM,
/// RFC 4180 quoting. meta.json's "attribute_types" keeps each attribute's type: a text column
/// whose values all look like numbers (postcodes, "12") stays text when read back.
/// An existing `folder` is replaced only if it holds nothing but dataset files (nodes.csv,
/// edges.csv, units.csv, meta.json); otherwise UsageError, so that a mistyped -o cannot delete a
/// folder of other work. UsageError too when an attribute name would be read back as a main
/// column (e.g. "navn") or two names differ only in case.
void write_csv_folder(const OrgGraph& graph, const std::filesystem::path& folder, const RunContext& ctx);
void write_csv_folder(const OrgGraph& graph, const std::filesystem::path& folder);

/// GraphML: keys role, name, unit, level, one typed key per attribute (int/long, double,
/// boolean, string), edge keys type and weight; edgedefault is "directed" when any tie is, and
/// edges whose direction differs carry directed="...". Custom edge types, the unit tree and meta
/// fields that are lists or objects travel as JSON text in graph data leadnet_edge_types,
/// leadnet_units and leadnet_meta. Throws UsageError when a text holds a control character that
/// XML 1.0 cannot represent.
void write_graphml(const OrgGraph& graph, std::ostream& out, const RunContext& ctx);
void write_graphml(const OrgGraph& graph, const std::filesystem::path& file, const RunContext& ctx);
void write_graphml(const OrgGraph& graph, std::ostream& out);
void write_graphml(const OrgGraph& graph, const std::filesystem::path& file);
/// The same with `options.scores` as node keys of type double (NaN values left out), named as the
/// scores are; reading the file back gives them as attributes. Colours and sizes are not written
/// (GraphML has no standard for them).
void write_graphml(const OrgGraph& graph, const GraphExportOptions& options, std::ostream& out, const RunContext& ctx);
void write_graphml(const OrgGraph& graph, const GraphExportOptions& options, const std::filesystem::path& file,
                   const RunContext& ctx);

}  // namespace leadnet
