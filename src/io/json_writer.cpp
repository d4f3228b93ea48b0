// The JSON form, written one unit, node or edge per line (readable, diffable, and streamable by
// the reader: meta, units and nodes come before the edges that need them).

#include <ostream>
#include <string>

#include "io/number_parse.hpp"
#include "io/writer_detail.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/io/writer.hpp"

namespace leadnet {

namespace {

using detail::append_json_string;

void append_attribute(std::string& line, const AttributeColumn& a, NodeId v) {
  append_json_string(line, a.name());
  line += ": ";
  switch (a.type()) {
    case AttributeType::integer:
      line += std::to_string(a.integer(v));
      break;
    case AttributeType::real:
      line += detail::json_real(a.real(v));
      break;
    case AttributeType::boolean:
      line += a.boolean(v) ? "true" : "false";
      break;
    case AttributeType::text:
      append_json_string(line, a.text(v));
      break;
  }
}

/// Indents every line of `text` after the first by `pad`.
std::string indent(const std::string& text, const std::string& pad) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

}  // namespace

void write_json(const OrgGraph& g, std::ostream& out, const RunContext& ctx) {
  detail::WriteTicker ticker(ctx, "writing JSON", detail::write_rows(g));
  std::string line;
  out << "{\n  \"meta\": " << indent(detail::meta_object(g, true, true).dump(2), "  ") << ",\n";

  // "units" is written even when empty: it tells the reader that nodes can go straight to the
  // builder (no unit declarations follow).
  out << "  \"units\": [";
  const UnitTree& units = g.units();
  bool first_unit = true;
  for (UnitId u = 0; u < units.size(); ++u) {
    if (units.synthetic_root() && u == units.root()) continue;
    line.assign(first_unit ? "\n    {\"id\": " : ",\n    {\"id\": ");
    first_unit = false;
    append_json_string(line, units[u].id);
    line += ", \"name\": ";
    append_json_string(line, units[u].name);
    if (const auto parent = detail::written_parent(units, u); !parent.empty()) {
      line += ", \"parent\": ";
      append_json_string(line, parent);
    }
    if (!units[u].kind.empty()) {
      line += ", \"kind\": ";
      append_json_string(line, units[u].kind);
    }
    line += '}';
    out << line;
  }
  out << (first_unit ? "],\n" : "\n  ],\n");

  out << "  \"nodes\": [";
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    ticker.tick();
    line.assign(v == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ");
    append_json_string(line, g.id(v));
    line += ", \"role\": \"";
    line += role_name(g.role(v));
    line += '"';
    if (!g.name(v).empty()) {
      line += ", \"name\": ";
      append_json_string(line, g.name(v));
    }
    if (g.unit(v) != kNoUnit) {
      line += ", \"unit\": ";
      append_json_string(line, g.units()[g.unit(v)].id);
    }
    if (g.level_given(v)) line += ", \"level\": " + std::to_string(g.level(v));
    bool first = true;
    for (const auto& a : g.attributes()) {
      if (!a.has(v)) continue;
      line += first ? ", \"attributes\": {" : ", ";
      first = false;
      append_attribute(line, a, v);
    }
    if (!first) line += '}';
    line += '}';
    out << line;
  }
  out << (g.num_nodes() == 0 ? "],\n" : "\n  ],\n");

  out << "  \"edges\": [";
  bool first_edge = true;
  for (LayerId l = 0; l < g.num_layers(); ++l) {
    const Layer& layer = g.layer(l);
    std::string type_part = ", \"type\": ";
    append_json_string(type_part, layer.name());
    const auto direction = detail::tie_direction_override(g, l);
    detail::for_each_tie(layer, [&](NodeId s, NodeId t, double w) {
      ticker.tick();
      line.assign(first_edge ? "\n    {\"source\": " : ",\n    {\"source\": ");
      first_edge = false;
      append_json_string(line, g.id(s));
      line += ", \"target\": ";
      append_json_string(line, g.id(t));
      line += type_part;
      if (w != 1.0) line += ", \"weight\": " + detail::format_double(w);
      if (direction) line += *direction ? ", \"directed\": true" : ", \"directed\": false";
      line += '}';
      out << line;
    });
  }
  out << (first_edge ? "]\n}\n" : "\n  ]\n}\n");
}

void write_json(const OrgGraph& g, const std::filesystem::path& file, const RunContext& ctx) {
  AtomicFile out(file);
  write_json(g, out.stream(), ctx);
  out.commit();
}

void write_json(const OrgGraph& g, std::ostream& out) { write_json(g, out, RunContext{}); }

void write_json(const OrgGraph& g, const std::filesystem::path& file) { write_json(g, file, RunContext{}); }

}  // namespace leadnet
