#pragma once
// What the GEXF and DOT writers share: default colours and sizes, the silo of a node, numbers in
// their shortest exact form, and visiting every tie of a layer once.

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

/// Calls f(source, target, weight) for every tie: each arc of a directed layer, each pair of an
/// undirected one once (source < target), in node order.
template <class F>
void for_each_layer_tie(const Layer& layer, F&& f) {
  const Csr& out = layer.out();
  for (NodeId v = 0; v < out.num_nodes(); ++v)
    for (EdgeOffset e = out.offsets[v]; e < out.offsets[v + 1]; ++e) {
      const NodeId t = out.targets[e];
      if (!layer.directed() && t < v) continue;
      f(v, t, out.weight(e));
    }
}

}  // namespace leadnet::detail
