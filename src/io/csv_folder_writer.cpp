// The CSV folder form: nodes.csv, edges.csv, units.csv, meta.json, written into a temporary
// folder that replaces the target only when complete.

#include <fstream>
#include <string>
#include <unordered_map>

#include "io/csv_columns.hpp"
#include "io/number_parse.hpp"
#include "io/writer_detail.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/io/atomic_file.hpp"
#include "leadnet/io/writer.hpp"
#include "model/text_detail.hpp"

namespace leadnet {

namespace {

namespace fs = std::filesystem;

/// Appends a field, quoted (RFC 4180) when it holds a delimiter the reader might detect, a
/// quote, a line break, or space at either end (which quoting keeps).
void append_field(std::string& line, std::string_view s) {
  const bool quote =
      s.find_first_of(",;\t\"\r\n") != std::string_view::npos || (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) {
    line += s;
    return;
  }
  line += '"';
  for (const char c : s) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

/// Refuses attribute names that nodes.csv would read as something else.
void check_attribute_names(const OrgGraph& g) {
  std::unordered_map<std::string, std::string> seen;  // folded name -> name
  for (const auto& spec : detail::nodes_csv_columns())
    for (std::string_view spelling : spec.spellings) seen.emplace(std::string(spelling), spec.name);
  for (const auto& a : g.attributes()) {
    const std::string key = detail::fold_key(a.name());
    if (key.empty() || key != detail::fold_key(detail::trim(a.name())) || a.name() != detail::trim(a.name()))
      throw UsageError("attribute '" + a.name() +
                       "' cannot be a nodes.csv column (empty, or space at either end); export to json or graphml");
    const auto [it, fresh] = seen.emplace(key, a.name());
    if (!fresh)
      throw UsageError("attribute '" + a.name() + "' would be read back from nodes.csv as '" + it->second +
                       "' (column names are matched without regard to case, and Danish names count); export to "
                       "json or graphml, or rename the attribute");
  }
}

/// Writes one file of the folder through `fill(stream)`; a failure throws.
template <class Fill>
void write_file(const fs::path& path, Fill&& fill) {
  std::ofstream out(path, std::ios::binary);
  fill(out);
  out.close();
  if (!out) throw std::runtime_error("writing " + path.string() + " failed (disk full?); nothing was written");
}

void nodes_csv(const OrgGraph& g, std::ostream& out, detail::WriteTicker& ticker) {
  std::string text = "id,name,role,unit,level";
  for (const auto& a : g.attributes()) {
    text += ',';
    append_field(text, a.name());
  }
  text += '\n';
  for (NodeId v = 0; v < g.num_nodes(); ++v) {
    ticker.tick();
    out << text;
    text.clear();
    append_field(text, g.id(v));
    text += ',';
    append_field(text, g.name(v));
    text += ',';
    text += role_name(g.role(v));
    text += ',';
    if (g.unit(v) != kNoUnit) append_field(text, g.units()[g.unit(v)].id);
    text += ',';
    if (g.level_given(v)) text += std::to_string(g.level(v));
    for (const auto& a : g.attributes()) {
      text += ',';
      if (a.has(v)) append_field(text, a.format(v));
    }
    text += '\n';
  }
  out << text;
}

void edges_csv(const OrgGraph& g, std::ostream& out, detail::WriteTicker& ticker) {
  bool weights = false, directions = false;
  for (LayerId l = 0; l < g.num_layers(); ++l) {
    weights |= g.layer(l).weighted();
    directions |= !g.layer(l).empty() && detail::tie_direction_override(g, l).has_value();
  }
  std::string text = "source,target,type";
  if (weights) text += ",weight";
  if (directions) text += ",directed";
  text += '\n';
  for (LayerId l = 0; l < g.num_layers(); ++l) {
    const Layer& layer = g.layer(l);
    std::string type;
    append_field(type, layer.name());
    const auto direction = detail::tie_direction_override(g, l);
    detail::for_each_tie(layer, [&](NodeId s, NodeId t, double w) {
      ticker.tick();
      out << text;
      text.clear();
      append_field(text, g.id(s));
      text += ',';
      append_field(text, g.id(t));
      text += ',';
      text += type;
      if (weights) text += ',' + detail::format_double(w);
      if (directions) {
        text += ',';
        if (direction) text += *direction ? "true" : "false";
      }
      text += '\n';
    });
  }
  out << text;
}

void units_csv(const OrgGraph& g, std::ostream& out) {
  std::string text = "id,name,parent,kind\n";
  const UnitTree& units = g.units();
  for (UnitId u = 0; u < units.size(); ++u) {
    if (units.synthetic_root() && u == units.root()) continue;
    append_field(text, units[u].id);
    text += ',';
    append_field(text, units[u].name);
    text += ',';
    append_field(text, detail::written_parent(units, u));
    text += ',';
    append_field(text, units[u].kind);
    text += '\n';
  }
  out << text;
}

}  // namespace

void write_csv_folder(const OrgGraph& g, const fs::path& folder, const RunContext& ctx) {
  check_attribute_names(g);
  // An existing folder is replaced only when it holds nothing but dataset files.
  AtomicDirectory dir(folder, {"nodes.csv", "edges.csv", "units.csv", "meta.json"});
  detail::WriteTicker ticker(ctx, "writing CSV", detail::write_rows(g));
  write_file(dir.path() / "nodes.csv", [&](std::ostream& out) { nodes_csv(g, out, ticker); });
  write_file(dir.path() / "edges.csv", [&](std::ostream& out) { edges_csv(g, out, ticker); });
  const std::size_t units = g.units().size() - (g.units().synthetic_root() ? 1 : 0);
  if (units > 0) write_file(dir.path() / "units.csv", [&](std::ostream& out) { units_csv(g, out); });
  const auto meta = detail::meta_object(g, true, true);
  if (!meta.empty()) write_file(dir.path() / "meta.json", [&](std::ostream& out) { out << meta.dump(2) << '\n'; });
  dir.commit();
}

void write_csv_folder(const OrgGraph& g, const fs::path& folder) { write_csv_folder(g, folder, RunContext{}); }

}  // namespace leadnet
