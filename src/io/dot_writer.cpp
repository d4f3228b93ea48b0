// DOT for Graphviz: an org chart with `dot`, a network with `sfdp`, and the data for importers.

#include "leadnet/io/dot_writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <ostream>
#include <string>

#include "io/graph_export_detail.hpp"
#include "io/writer_detail.hpp"
#include "leadnet/io/atomic_file.hpp"

namespace leadnet {

std::string dot_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  detail::append_quoted(out, s, detail::QuoteRules::dot);
  return out;
}

namespace {

// Graphviz attribute names that a dataset attribute must not overwrite.
bool graphviz_attribute(std::string_view name) {
  static constexpr std::array<std::string_view, 40> kNames = {
      "label",    "xlabel",      "color",  "fillcolor", "fontcolor",  "fontname",    "fontsize",      "shape",
      "style",    "width",       "height", "fixedsize", "pos",        "group",       "rank",          "ordering",
      "penwidth", "peripheries", "sides",  "skew",      "distortion", "orientation", "regular",       "margin",
      "image",    "URL",         "href",   "target",    "tooltip",    "id",          "class",         "comment",
      "layer",    "sortv",       "root",   "pin",       "z",          "nojustify",   "gradientangle", "area"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

// Dark text on light fills, white on dark ones (relative luminance, ITU-R BT.709 weights).
std::string_view font_color_for(const std::string& hex) {
  if (hex.size() != 7) return "#1d2733";
  auto channel = [&](std::size_t at) { return std::stoi(hex.substr(at, 2), nullptr, 16) / 255.0; };
  const double y = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return y > 0.55 ? "#1d2733" : "#ffffff";
}

}  // namespace

void write_dot(const OrgGraph& g, const GraphExportOptions& opt, std::ostream& out, const RunContext& ctx) {
  detail::WriteTicker ticker(ctx, "writing DOT", detail::write_rows(g));
  const std::string title = g.meta().name.empty() ? std::string("leadnet") : g.meta().name;
  out << "// "
      << "Written by leadnet " << LEADNET_VERSION
      << ". Draw with: dot -Tsvg FILE -o chart.svg (org chart), or sfdp -Tsvg (network).\n";
  out << "digraph " << dot_quote(title) << " {\n"
      << "  graph [label=" << dot_quote(title)
      << ", labelloc=\"t\", fontsize=20, fontname=\"Liberation Sans,DejaVu Sans,Arial\", rankdir=\"BT\", "
         "outputorder=\"edgesfirst\", overlap=\"false\", splines=\"true\", bgcolor=\"#fbfaf7\"];\n"
      << "  node [shape=\"box\", style=\"rounded,filled\", penwidth=0, fontname=\"Liberation Sans,DejaVu Sans,Arial\", "
         "fontsize=10, margin=\"0.08,0.03\", height=0.25];\n"
      << "  edge [arrowsize=0.5, penwidth=0.7];\n";

  const auto& attributes = g.attributes();
  std::vector<std::string> attribute_names;
  for (const auto& a : attributes)
    attribute_names.push_back(dot_quote(graphviz_attribute(a.name()) ? "data_" + a.name() : a.name()));
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    ticker.tick();
    const std::string fill = detail::export_node_color(g, opt, v);
    out << "  " << dot_quote(g.id(v)) << " [label=" << dot_quote(g.label(v)) << ", fillcolor=\"" << fill
        << "\", fontcolor=\"" << font_color_for(fill) << "\", role=\"" << role_name(g.role(v)) << '"';
    const UnitId u = g.unit(v);
    if (u != kNoUnit)
      out << ", unit=" << dot_quote(g.units()[u].id) << ", unit_name=" << dot_quote(g.units()[u].name)
          << ", silo=" << dot_quote(detail::export_silo(g, opt, v));
    if (g.level(v) >= 0) out << ", level=" << g.level(v);
    for (std::size_t a = 0; a < attributes.size(); ++a)
      if (attributes[a].has(v)) out << ", " << attribute_names[a] << '=' << dot_quote(attributes[a].format(v));
    for (const auto& [name, values] : opt.scores)
      if (v < values.size() && std::isfinite(values[v]))
        out << ", " << dot_quote(name) << '=' << detail::shortest_real(values[v]);
    out << "];\n";
  }

  const auto formal = static_cast<LayerId>(EdgeType::reports_to);
  for (LayerId l = 0; l < g.num_layers(); ++l) {
    const Layer& layer = g.layer(l);
    if (layer.empty()) continue;
    const std::string type = dot_quote(layer.name());
    const std::string color = detail::export_layer_color(g, l);
    std::string style = "type=" + type + ", color=\"" + color + "\"";
    if (!layer.directed()) style += ", dir=\"none\"";
    if (l == formal)
      style += ", penwidth=1.2";
    else
      style += ", constraint=\"false\"";
    detail::for_each_tie(layer, [&](NodeId s, NodeId t, double w) {
      ticker.tick();
      out << "  " << dot_quote(g.id(s)) << " -> " << dot_quote(g.id(t)) << " [" << style
          << ", weight=" << detail::shortest_real(w) << "];\n";
    });
  }
  out << "}\n";
}

void write_dot(const OrgGraph& graph, const GraphExportOptions& options, const std::filesystem::path& file,
               const RunContext& ctx) {
  AtomicFile f(file);
  write_dot(graph, options, f.stream(), ctx);
  f.commit();
}

void write_dot(const OrgGraph& graph, const GraphExportOptions& options, std::ostream& out) {
  write_dot(graph, options, out, RunContext{});
}

void write_dot(const OrgGraph& graph, const GraphExportOptions& options, const std::filesystem::path& file) {
  write_dot(graph, options, file, RunContext{});
}

}  // namespace leadnet
