// GraphML as NetworkX, igraph, Gephi and yEd read it, with what plain GraphML cannot say
// (custom edge types, the unit tree, structured meta) as JSON text in leadnet_* graph data that
// leadnet's reader turns back into the same graph.

#include <cmath>
#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

#include "io/number_parse.hpp"
#include "io/writer_detail.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/io/writer.hpp"

namespace leadnet {

namespace {

using ojson = nlohmann::ordered_json;

using detail::append_attr;
using detail::append_text;

struct GraphDatum {
  std::string key_id;
  std::string name;
  std::string_view type;  // GraphML attr.type
  std::string value;
};

/// Graph-level data: plain name/description/date and scalar meta fields; the rest as JSON text.
std::vector<GraphDatum> graph_data(const OrgGraph& g) {
  std::vector<GraphDatum> data;
  const Meta& m = g.meta();
  if (!m.name.empty()) data.push_back({"g_name", "name", "string", m.name});
  if (!m.description.empty()) data.push_back({"g_description", "description", "string", m.description});
  if (!m.date.empty()) data.push_back({"g_date", "date", "string", m.date});
  ojson structured = ojson::object();
  if (!m.extra_json.empty()) {
    const auto extra = ojson::parse(m.extra_json);
    for (auto it = extra.begin(); it != extra.end(); ++it) {
      const ojson& v = it.value();
      const std::string key_id = "g" + std::to_string(data.size());
      const bool plain_name = it.key().rfind("leadnet_", 0) != 0 && !it.key().empty();
      if (plain_name && v.is_string()) {
        data.push_back({key_id, it.key(), "string", v.get<std::string>()});
      } else if (plain_name && v.is_boolean()) {
        data.push_back({key_id, it.key(), "boolean", v.get<bool>() ? "true" : "false"});
      } else if (plain_name && v.is_number_float()) {
        data.push_back({key_id, it.key(), "double", detail::format_double(v.get<double>())});
      } else if (plain_name && v.is_number_integer() &&
                 (!v.is_number_unsigned() ||
                  v.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))) {
        data.push_back({key_id, it.key(), "long", std::to_string(v.get<std::int64_t>())});
      } else {
        structured[it.key()] = v;  // lists, objects, null, and names leadnet reserves
      }
    }
  }
  const auto types = detail::custom_edge_types(g);
  if (!types.empty()) data.push_back({"leadnet_edge_types", "leadnet_edge_types", "string", types.dump()});
  const auto units = detail::unit_list(g);
  if (!units.empty()) data.push_back({"leadnet_units", "leadnet_units", "string", units.dump()});
  if (!structured.empty()) data.push_back({"leadnet_meta", "leadnet_meta", "string", structured.dump()});
  return data;
}

void append_key(std::string& out, std::string_view id, std::string_view domain, std::string_view name,
                std::string_view type) {
  out += "  <key id=\"";
  append_attr(out, id);
  out += "\" for=\"";
  out += domain;
  out += "\" attr.name=\"";
  append_attr(out, name);
  out += "\" attr.type=\"";
  out += type;
  out += "\"/>\n";
}

void append_data(std::string& out, std::string_view indent, std::string_view key, std::string_view value) {
  out += indent;
  out += "<data key=\"";
  out += key;
  out += "\">";
  append_text(out, value);
  out += "</data>\n";
}

}  // namespace

void write_graphml(const OrgGraph& g, const GraphExportOptions& opt, std::ostream& out, const RunContext& ctx) {
  detail::WriteTicker ticker(ctx, "writing GraphML", detail::write_rows(g));
  const auto meta = graph_data(g);
  bool any_name = false, any_level = false, weighted = false, directed = false, any_ties = false;
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    any_name |= !g.name(v).empty();
    any_level |= g.level_given(v);
  }
  for (const Layer& layer : g.layers()) {
    weighted |= layer.weighted();
    if (!layer.empty()) {
      directed |= layer.directed();
      any_ties = true;
    }
  }
  const bool edge_default_directed = directed || !any_ties;
  const bool has_units = !detail::unit_list(g).empty();

  std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <!-- Written by leadnet " LEADNET_VERSION " -->\n";
  for (const auto& d : meta) append_key(text, d.key_id, "graph", d.name, d.type);
  append_key(text, "role", "node", "role", "string");
  if (any_name) append_key(text, "name", "node", "name", "string");
  if (has_units) append_key(text, "unit", "node", "unit", "string");
  if (any_level) append_key(text, "level", "node", "level", "int");
  for (std::size_t a = 0; a < g.attributes().size(); ++a)
    append_key(text, "a" + std::to_string(a), "node", g.attributes()[a].name(),
               detail::xml_attribute_type(g.attributes()[a].type()));
  for (std::size_t s = 0; s < opt.scores.size(); ++s)
    append_key(text, "s" + std::to_string(s), "node", opt.scores[s].first, "double");
  append_key(text, "type", "edge", "type", "string");
  if (weighted) append_key(text, "weight", "edge", "weight", "double");
  text += edge_default_directed ? "  <graph id=\"G\" edgedefault=\"directed\">\n"
                                : "  <graph id=\"G\" edgedefault=\"undirected\">\n";
  for (const auto& d : meta) append_data(text, "    ", d.key_id, d.value);

  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    ticker.tick();
    out << text;
    text.assign("    <node id=\"");
    append_attr(text, g.id(v));
    text += "\">\n";
    append_data(text, "      ", "role", role_name(g.role(v)));
    if (!g.name(v).empty()) append_data(text, "      ", "name", g.name(v));
    if (g.unit(v) != kNoUnit) append_data(text, "      ", "unit", g.units()[g.unit(v)].id);
    if (g.level_given(v)) append_data(text, "      ", "level", std::to_string(g.level(v)));
    for (std::size_t a = 0; a < g.attributes().size(); ++a)
      if (g.attributes()[a].has(v)) append_data(text, "      ", "a" + std::to_string(a), g.attributes()[a].format(v));
    for (std::size_t s = 0; s < opt.scores.size(); ++s) {
      const auto& values = opt.scores[s].second;
      if (v < values.size() && std::isfinite(values[v]))
        append_data(text, "      ", "s" + std::to_string(s), detail::format_double(values[v]));
    }
    text += "    </node>\n";
  }
  for (const Layer& layer : g.layers()) {
    std::string type_data;
    append_data(type_data, "      ", "type", layer.name());
    const char* direction = layer.directed() == edge_default_directed ? ""
                            : layer.directed()                        ? " directed=\"true\""
                                                                      : " directed=\"false\"";
    detail::for_each_tie(layer, [&](NodeId s, NodeId t, double w) {
      ticker.tick();
      out << text;
      text.assign("    <edge source=\"");
      append_attr(text, g.id(s));
      text += "\" target=\"";
      append_attr(text, g.id(t));
      text += '"';
      text += direction;
      text += ">\n";
      text += type_data;
      if (layer.weighted()) append_data(text, "      ", "weight", detail::format_double(w));
      text += "    </edge>\n";
    });
  }
  text += "  </graph>\n</graphml>\n";
  out << text;
}

void write_graphml(const OrgGraph& g, const GraphExportOptions& options, const std::filesystem::path& file,
                   const RunContext& ctx) {
  AtomicFile out(file);
  write_graphml(g, options, out.stream(), ctx);
  out.commit();
}

void write_graphml(const OrgGraph& g, std::ostream& out, const RunContext& ctx) {
  write_graphml(g, GraphExportOptions{}, out, ctx);
}

void write_graphml(const OrgGraph& g, const std::filesystem::path& file, const RunContext& ctx) {
  write_graphml(g, GraphExportOptions{}, file, ctx);
}

void write_graphml(const OrgGraph& g, std::ostream& out) { write_graphml(g, out, RunContext{}); }

void write_graphml(const OrgGraph& g, const std::filesystem::path& file) { write_graphml(g, file, RunContext{}); }

}  // namespace leadnet
