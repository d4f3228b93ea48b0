#pragma once
// What the GEXF and DOT writers share: default colours and sizes, the silo of a node, numbers in
// their shortest exact form.

#include <string>
#include <string_view>

#include "leadnet/io/gexf_writer.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet::detail {

/// "#rrggbb" of node v: options.node_colors[v] or its role's colour.
std::string export_node_color(const OrgGraph& g, const GraphExportOptions& opt, NodeId v);
/// Size of node v: options.node_sizes[v] or by role.
double export_node_size(const OrgGraph& g, const GraphExportOptions& opt, NodeId v);
/// "#rrggbb" of a layer: the maps' layer colours.
std::string export_layer_color(const OrgGraph& g, LayerId l);
/// Name of v's unit at the silo depth ("" without a unit).
std::string_view export_silo(const OrgGraph& g, const GraphExportOptions& opt, NodeId v);
/// Shortest text that reads back as the same double.
std::string shortest_real(double x);
/// True when any non-empty layer is directed.
bool any_directed_layer(const OrgGraph& g);

}  // namespace leadnet::detail
