// GEXF 1.3 for Gephi: streamed, with the attributes, colours and sizes that make the graph
// readable the moment it opens.

#include "leadnet/io/gexf_writer.hpp"

#include <cmath>
#include <ostream>
#include <string>

#include "io/graph_export_detail.hpp"
#include "io/writer_detail.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"

namespace leadnet {

namespace {

/// Escaped XML attribute value; UsageError for characters XML 1.0 cannot hold.
std::string attr(std::string_view s) {
  std::string out;
  detail::append_attr(out, s);
  return out;
}

// "#rrggbb" -> r="..." g="..." b="..."
std::string rgb_attributes(const std::string& hex) {
  auto channel = [&](std::size_t at) { return std::to_string(std::stoi(hex.substr(at, 2), nullptr, 16)); };
  if (hex.size() != 7 || hex[0] != '#') return "r=\"176\" g=\"176\" b=\"176\"";
  return "r=\"" + channel(1) + "\" g=\"" + channel(3) + "\" b=\"" + channel(5) + "\"";
}

// A YYYY-MM-DD date from meta, for lastmodifieddate (xs:date); empty if the date is not one.
std::string iso_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return {};
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return {};
  return std::string(d);
}

}  // namespace

void write_gexf(const OrgGraph& g, const GraphExportOptions& opt, std::ostream& out, const RunContext& ctx) {
  detail::WriteTicker ticker(ctx, "writing GEXF", detail::write_rows(g));
  const bool directed = detail::any_directed_layer(g);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";
  const std::string date = iso_date(g.meta().date);
  out << "  <meta" << (date.empty() ? "" : " lastmodifieddate=\"" + date + "\"") << ">\n"
      << "    <creator>leadnet " << LEADNET_VERSION << "</creator>\n";
  const std::string description = g.meta().description.empty() ? g.meta().name : g.meta().description;
  if (!description.empty()) out << "    <description>" << attr(description) << "</description>\n";
  out << "  </meta>\n";
  out << "  <graph defaultedgetype=\"" << (directed ? "directed" : "undirected") << "\" mode=\"static\">\n";

  // Node attributes: fixed ones, the dataset's, then scores.
  out << "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"role\" title=\"role\" type=\"string\"/>\n"
         "      <attribute id=\"unit\" title=\"unit\" type=\"string\"/>\n"
         "      <attribute id=\"unit_name\" title=\"unit_name\" type=\"string\"/>\n"
         "      <attribute id=\"unit_path\" title=\"unit_path\" type=\"string\"/>\n"
         "      <attribute id=\"silo\" title=\"silo\" type=\"string\"/>\n"
         "      <attribute id=\"level\" title=\"level\" type=\"integer\"/>\n";
  const auto& attributes = g.attributes();
  for (std::size_t a = 0; a < attributes.size(); ++a)
    out << "      <attribute id=\"a" << a << "\" title=\"" << attr(attributes[a].name()) << "\" type=\""
        << detail::xml_attribute_type(attributes[a].type()) << "\"/>\n";
  for (std::size_t s = 0; s < opt.scores.size(); ++s)
    out << "      <attribute id=\"s" << s << "\" title=\"" << attr(opt.scores[s].first) << "\" type=\"double\"/>\n";
  out << "    </attributes>\n"
         "    <attributes class=\"edge\" mode=\"static\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "    </attributes>\n";

  out << "    <nodes>\n";
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    ticker.tick();
    out << "      <node id=\"" << attr(g.id(v)) << "\" label=\"" << attr(g.label(v)) << "\">\n        <attvalues>"
        << "<attvalue for=\"role\" value=\"" << role_name(g.role(v)) << "\"/>";
    const UnitId u = g.unit(v);
    if (u != kNoUnit) {
      out << "<attvalue for=\"unit\" value=\"" << attr(g.units()[u].id) << "\"/>"
          << "<attvalue for=\"unit_name\" value=\"" << attr(g.units()[u].name) << "\"/>"
          << "<attvalue for=\"unit_path\" value=\"" << attr(g.units().path_name(u)) << "\"/>"
          << "<attvalue for=\"silo\" value=\"" << attr(detail::export_silo(g, opt, v)) << "\"/>";
    }
    if (g.level(v) >= 0) out << "<attvalue for=\"level\" value=\"" << g.level(v) << "\"/>";
    for (std::size_t a = 0; a < attributes.size(); ++a)
      if (attributes[a].has(v))
        out << "<attvalue for=\"a" << a << "\" value=\"" << attr(attributes[a].format(v)) << "\"/>";
    for (std::size_t s = 0; s < opt.scores.size(); ++s) {
      const auto& values = opt.scores[s].second;
      if (v < values.size() && std::isfinite(values[v]))
        out << "<attvalue for=\"s" << s << "\" value=\"" << detail::shortest_real(values[v]) << "\"/>";
    }
    out << "</attvalues>\n        <viz:color " << rgb_attributes(detail::export_node_color(g, opt, v))
        << "/><viz:size value=\"" << detail::shortest_real(detail::export_node_size(g, opt, v)) << "\"/>\n"
        << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  std::uint64_t id = 0;
  for (LayerId l = 0; l < g.num_layers(); ++l) {
    const Layer& layer = g.layer(l);
    if (layer.empty()) continue;
    const std::string name = attr(layer.name());
    const std::string color = rgb_attributes(detail::export_layer_color(g, l));
    const char* type = layer.directed() ? "" : (directed ? " type=\"undirected\"" : "");
    detail::for_each_tie(layer, [&](NodeId s, NodeId t, double w) {
      ticker.tick();
      out << "      <edge id=\"" << id++ << "\" source=\"" << attr(g.id(s)) << "\" target=\"" << attr(g.id(t)) << "\""
          << type << " kind=\"" << name << "\" label=\"" << name << "\" weight=\"" << detail::shortest_real(w)
          << "\"><attvalues><attvalue for=\"type\" value=\"" << name << "\"/></attvalues><viz:color " << color
          << "/></edge>\n";
    });
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void write_gexf(const OrgGraph& graph, const GraphExportOptions& options, const std::filesystem::path& file,
                const RunContext& ctx) {
  AtomicFile f(file);
  write_gexf(graph, options, f.stream(), ctx);
  f.commit();
}

void write_gexf(const OrgGraph& graph, const GraphExportOptions& options, std::ostream& out) {
  write_gexf(graph, options, out, RunContext{});
}

void write_gexf(const OrgGraph& graph, const GraphExportOptions& options, const std::filesystem::path& file) {
  write_gexf(graph, options, file, RunContext{});
}

}  // namespace leadnet
