#pragma once
// DOT (Graphviz), written so that `dot -Tsvg` draws an org chart straight away and other tools
// (Gephi's DOT import, yEd via conversion) get the data: one `digraph` holding every tie of every
// layer, undirected ties with dir=none; nodes filled with their role's colour (or as given) and
// labelled with their name; ties coloured by layer.
//
// Layout hints: rankdir=BT with reports_to ties (subordinate -> manager) as the only ones that
// constrain ranks, so managers are drawn above their reports; every other tie has
// constraint=false. For large or dense graphs use `sfdp -Tsvg` instead of `dot`.
//
// Data: node attributes role, unit, unit_name, silo, level, the dataset's attributes (renamed
// data_NAME when NAME is a Graphviz attribute such as label or color) and scores when given; edge
// attributes type (the layer) and weight. Strings are always quoted, with " and \ escaped, so no
// name can change the graph's structure.
//
// Streamed; O(n + m).

#include <filesystem>
#include <iosfwd>

#include "leadnet/io/gexf_writer.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

void write_dot(const OrgGraph& graph, const GraphExportOptions& options, std::ostream& out);
/// Through AtomicFile: the file appears complete or not at all.
void write_dot(const OrgGraph& graph, const GraphExportOptions& options, const std::filesystem::path& file);
/// With a RunContext: ctx.check_cancelled() every 65,536 rows (Ctrl-C stops the write and the
/// temporary file is removed) and progress.
void write_dot(const OrgGraph& graph, const GraphExportOptions& options, std::ostream& out, const RunContext& ctx);
void write_dot(const OrgGraph& graph, const GraphExportOptions& options, const std::filesystem::path& file,
               const RunContext& ctx);

/// A DOT quoted string: "..." with " and \ escaped and line breaks as \n.
std::string dot_quote(std::string_view text);

}  // namespace leadnet
