// The CSV folder form (DESIGN.md, "Input"): nodes.csv, edges.csv, optional units.csv and meta.json.

#include <algorithm>
#include <deque>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/csv_columns.hpp"
#include "io/csv_scanner.hpp"
#include "io/input_limits.hpp"
#include "io/meta_json.hpp"
#include "io/number_parse.hpp"
#include "io/text_input.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/model/graph_builder.hpp"
#include "model/text_detail.hpp"

namespace leadnet {

namespace {

namespace fs = std::filesystem;
using detail::CsvField;
using detail::CsvScanner;

using detail::ColumnSpec;

/// Maps header names to column indexes; extra columns are returned in `extra`.
struct Header {
  std::vector<int> index;        // per ColumnSpec: column index or -1
  std::vector<std::size_t> extra;  // indexes of columns that are not in the spec
  std::vector<std::string> names;
  std::vector<std::size_t> columns;  // character column of each name
  std::size_t line = 1;
};

bool map_header(CsvScanner& scan, const std::vector<ColumnSpec>& spec, Header& h, Diagnostics& diags) {
  if (!scan.read_header(h.names, &h.columns)) return false;
  h.line = scan.record_line();
  h.index.assign(spec.size(), -1);
  bool ok = true;
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t c = 0; c < h.names.size(); ++c) {
    const std::string key = detail::fold_key(h.names[c]);
    if (key.empty()) {
      diags.error(scan.file(), h.line, h.columns[c], "column " + std::to_string(c + 1) + " of the header has no name");
      ok = false;
      continue;
    }
    if (auto [it, fresh] = seen.emplace(key, c); !fresh) {
      diags.error(scan.file(), h.line, h.columns[c],
                  "column '" + h.names[c] + "' appears twice in the header (columns " + std::to_string(it->second + 1) +
                      " and " + std::to_string(c + 1) + ")");
      ok = false;
      continue;
    }
    bool known = false;
    for (std::size_t s = 0; s < spec.size() && !known; ++s)
      for (std::string_view spelling : spec[s].spellings)
        if (key == spelling) {
          if (h.index[s] >= 0) {
            diags.error(scan.file(), h.line, h.columns[c],
                        "columns '" + h.names[static_cast<std::size_t>(h.index[s])] + "' and '" + h.names[c] +
                            "' both mean '" + spec[s].name + "'");
            ok = false;
          }
          h.index[s] = static_cast<int>(c);
          known = true;
          break;
        }
    if (!known) h.extra.push_back(c);
  }
  for (std::size_t s = 0; s < spec.size(); ++s)
    if (spec[s].required && h.index[s] < 0) {
      std::string found;
      for (const auto& n : h.names) found += (found.empty() ? "" : ", ") + n;
      diags.error(scan.file(), h.line, 1,
                  std::string("missing required column '") + spec[s].name + "' (the header has: " + found +
                      "; the delimiter was read as " +
                      (scan.delimiter() == ',' ? "comma" : scan.delimiter() == ';' ? "semicolon" : "tab") + ")");
      ok = false;
    }
  return ok;
}

const char* delimiter_name(char d) { return d == ',' ? "commas" : d == ';' ? "semicolons" : "tabs"; }

/// Checks the field count of a record against the header.
bool check_width(const CsvScanner& scan, const std::vector<CsvField>& fields, std::size_t width, Diagnostics& diags) {
  if (fields.size() == width) return true;
  if (fields.size() < width) {
    // A row written with another delimiter than the header's is one long field: say so.
    std::string hint;
    const char d = scan.delimiter();
    for (const char other : {',', ';', '\t'})
      if (other != d && fields.size() == 1 && fields[0].text.find(other) != std::string_view::npos) {
        hint = std::string(" (the header is separated by ") + delimiter_name(d) + ", this row by " +
               delimiter_name(other) + "?)";
        break;
      }
    diags.error(scan.file(), scan.record_line(), scan.end_column(),
                "row has " + std::to_string(fields.size()) + " field" + (fields.size() == 1 ? "" : "s") +
                    ", the header has " + std::to_string(width) + hint);
  } else {
    const CsvField& extra = fields[width];
    diags.error(scan.file(), extra.line, scan.column(extra),
                "row has " + std::to_string(fields.size()) + " fields, the header has " + std::to_string(width) +
                    " (an unquoted delimiter inside a value?)");
  }
  return false;
}

SourceLocation where(const CsvScanner& scan, const CsvField& f, const std::string& file) {
  return SourceLocation{file, f.line, scan.column(f)};
}

/// Deepest level accepted: no organisation has a million layers; beyond is a typo or an id.
constexpr std::int64_t kMaxLevel = 1000000;

/// Rows between two cancellation checks (and progress reports): a few milliseconds of work.
constexpr std::size_t kRowsPerCheck = 1 << 16;

/// Checks cancellation and reports progress every kRowsPerCheck rows.
struct RowTicker {
  const RunContext& ctx;
  const CsvScanner& scan;
  std::string stage;
  std::size_t rows = 0;
  void tick() {
    if (++rows % kRowsPerCheck != 0) return;
    ctx.check_cancelled();
    const auto size = scan.text().size();
    if (size > 0) ctx.progress(stage, static_cast<double>(scan.position()) / static_cast<double>(size));
  }
};

void read_units(const detail::TextFile& file, GraphBuilder& builder, Diagnostics& diags, const RunContext& ctx) {
  const std::string& display = file.display_name;
  CsvScanner scan(file.bytes, display, diags);
  RowTicker ticker{ctx, scan, "reading units.csv"};
  const std::vector<ColumnSpec>& spec = detail::units_csv_columns();
  Header h;
  if (!map_header(scan, spec, h, diags)) return;
  for (std::size_t c : h.extra)
    diags.warning(display, h.line, h.columns[c],
                  "column '" + h.names[c] + "' is not used (units.csv has id, name, parent, kind)");
  std::vector<CsvField> f;
  auto get = [&](int index) { return index >= 0 ? f[static_cast<std::size_t>(index)].text : std::string_view(); };
  while (scan.next(f)) {
    ticker.tick();
    if (!check_width(scan, f, h.names.size(), diags)) continue;
    builder.add_unit(get(h.index[0]), get(h.index[1]), get(h.index[2]), get(h.index[3]),
                     where(scan, f[static_cast<std::size_t>(h.index[0])], display));
  }
}

/// Applies meta.json and returns its declared attribute types.
detail::AttributeTypeList read_meta(const detail::TextFile& file, GraphBuilder& builder, Diagnostics& diags) {
  const std::string& display = file.display_name;
  if (!detail::check_json_depth(file.bytes, display, diags)) return {};
  nlohmann::ordered_json meta;
  try {
    meta = nlohmann::ordered_json::parse(file.bytes);
  } catch (const nlohmann::json::parse_error& e) {
    detail::report_json_parse_error(e, file.bytes, display, diags);
    return {};
  }
  detail::apply_meta(meta, file.bytes, display, builder, diags);
  return detail::read_attribute_types(meta, file.bytes, display, diags);
}

void read_nodes(const detail::TextFile& file, const detail::AttributeTypeList& declared,
                const std::string& meta_display, GraphBuilder& builder, Diagnostics& diags, const RunContext& ctx) {
  const std::string& display = file.display_name;
  CsvScanner scan(file.bytes, display, diags);
  RowTicker ticker{ctx, scan, "reading nodes.csv"};
  const std::vector<ColumnSpec>& spec = detail::nodes_csv_columns();
  Header h;
  if (!map_header(scan, spec, h, diags)) return;
  const bool decimal_comma = scan.delimiter() == ';';

  // Extra columns become typed attributes. A column whose type meta.json declares is filled as
  // it is read (a cell of the wrong type is a located error); any other column keeps its raw
  // text (in one buffer, not a string per cell) while its type is inferred cell by cell, and is
  // converted at the end.
  const std::size_t rows_estimate = static_cast<std::size_t>(std::count(file.bytes.begin(), file.bytes.end(), '\n'));
  std::vector<std::optional<AttributeColumn>> typed(h.extra.size());
  std::vector<StringColumn> raw(h.extra.size());
  std::vector<AttributeTypeInference> inference(h.extra.size(), AttributeTypeInference(decimal_comma));
  std::vector<std::string> column_names(h.extra.size());
  std::vector<bool> used(declared.size(), false);
  for (std::size_t k = 0; k < h.extra.size(); ++k) {
    column_names[k] = std::string(detail::trim(h.names[h.extra[k]]));
    for (std::size_t d = 0; d < declared.size(); ++d)
      if (declared[d].first == column_names[k]) {
        typed[k].emplace(column_names[k], declared[d].second);
        typed[k]->reserve(rows_estimate);
        used[d] = true;
      }
  }
  std::vector<CsvField> f;
  builder.reserve_nodes(rows_estimate, file.bytes.size() / 8);
  while (scan.next(f)) {
    ticker.tick();
    if (!check_width(scan, f, h.names.size(), diags)) continue;
    auto field = [&](int index) -> const CsvField* {
      return index >= 0 ? &f[static_cast<std::size_t>(index)] : nullptr;
    };
    const CsvField* id = field(h.index[0]);
    const CsvField* role_f = field(h.index[1]);
    const auto role = parse_role(role_f->text);
    bool ok = true;
    if (!role) {
      const std::string shown(detail::trim(role_f->text));
      diags.error(display, role_f->line, scan.column(*role_f),
                  shown.empty() ? std::string("role is empty; expected one of: ") + std::string(role_choices())
                                : "unknown role '" + shown + "'; expected one of: " + std::string(role_choices()));
      ok = false;
    }
    std::int32_t level = -1;
    if (const CsvField* lv = field(h.index[4]); lv != nullptr) {
      const std::string_view t = detail::trim(lv->text);
      if (!t.empty()) {
        const auto x = detail::parse_int64(t);
        const bool digits = t.find_first_not_of("0123456789") == std::string_view::npos;
        if (!x || *x < 0 || *x > kMaxLevel) {
          diags.error(display, lv->line, scan.column(*lv),
                      "level '" + std::string(t) + "' " +
                          (digits ? "is too large (levels count from 0 at the top to at most 1,000,000)"
                                  : "is not a whole number >= 0 (0 is the top of the organisation)"));
          ok = false;
        } else {
          level = static_cast<std::int32_t>(*x);
        }
      }
    }
    if (!ok) continue;
    const CsvField* name = field(h.index[2]);
    const CsvField* unit = field(h.index[3]);
    const NodeId v = builder.add_node(id->text, *role, name ? name->text : std::string_view(),
                                      unit ? unit->text : std::string_view(), level, where(scan, *id, display));
    if (v == kNoNode) continue;
    for (std::size_t k = 0; k < h.extra.size(); ++k) {
      const CsvField& c = f[h.extra[k]];
      if (!typed[k]) {
        raw[k].push_back(c.text);
        inference[k].observe(c.text);
      } else if (!push_typed(*typed[k], c.text, decimal_comma)) {
        const AttributeType type = typed[k]->type();
        diags.error(display, c.line, scan.column(c),
                    "'" + std::string(detail::trim(c.text)) + "' is not " +
                        (type == AttributeType::integer ? "a whole number"
                         : type == AttributeType::real  ? "a number"
                                                        : "true/false") +
                        ", but meta.json's attribute_types declares '" + column_names[k] + "' " +
                        std::string(attribute_type_name(type)));
      }
    }
  }
  for (std::size_t k = 0; k < h.extra.size(); ++k) {
    if (!typed[k]) {
      typed[k].emplace(column_names[k], inference[k].result());
      typed[k]->reserve(raw[k].size());
      for (std::size_t i = 0; i < raw[k].size(); ++i) push_typed(*typed[k], raw[k][i], decimal_comma);
      raw[k] = StringColumn();
    }
    builder.add_attribute(std::move(*typed[k]), SourceLocation{display, h.line, h.columns[h.extra[k]]});
  }
  for (std::size_t d = 0; d < declared.size(); ++d)
    if (!used[d])
      diags.warning(meta_display, 0, 0,
                    "attribute_types names '" + declared[d].first + "', which is not a column of nodes.csv");
}

void read_edges(const detail::TextFile& file, GraphBuilder& builder, Diagnostics& diags, const RunContext& ctx) {
  const std::string& display = file.display_name;
  CsvScanner scan(file.bytes, display, diags);
  RowTicker ticker{ctx, scan, "reading edges.csv"};
  const std::vector<ColumnSpec>& spec = detail::edges_csv_columns();
  Header h;
  if (!map_header(scan, spec, h, diags)) return;
  for (std::size_t c : h.extra)
    diags.warning(display, h.line, h.columns[c],
                  "column '" + h.names[c] + "' is ignored (edges carry source, target, type, weight, directed)");
  const bool decimal_comma = scan.delimiter() == ';';
  builder.reserve_edges(file.bytes.size() / 24);

  // Rows are handled in batches so that node ids can be resolved together (GraphBuilder::
  // find_nodes prefetches, which hides the cache misses of millions of hash lookups).
  struct Row {
    CsvField source, target, type, weight, directed;
    bool has_weight = false, has_directed = false;
  };
  constexpr std::size_t kBatch = 256;
  std::vector<Row> rows;
  rows.reserve(kBatch);
  std::deque<std::string> owned;  // texts that lived in the scanner's scratch space
  std::vector<std::string_view> keys(2 * kBatch);
  std::vector<NodeId> found(2 * kBatch);
  std::string last_type = "\x01";  // cache: consecutive rows usually share a type
  LayerId last_layer = kNoLayer;

  auto stable = [&](CsvField f) {
    if (f.text.data() < file.bytes.data() || f.text.data() > file.bytes.data() + file.bytes.size())
      f.text = owned.emplace_back(f.text);
    return f;
  };

  auto flush = [&] {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      keys[2 * i] = detail::trim(rows[i].source.text);
      keys[2 * i + 1] = detail::trim(rows[i].target.text);
    }
    builder.find_nodes(keys.data(), 2 * rows.size(), found.data());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const Row& r = rows[i];
      bool ok = true;
      const NodeId sv = found[2 * i], tv = found[2 * i + 1];
      if (sv == kNoNode) {
        const std::string shown(keys[2 * i]);
        diags.error(display, r.source.line, scan.column(r.source),
                    shown.empty() ? std::string("source is empty")
                                  : "unknown source '" + shown + "' (not an id in nodes.csv)");
        ok = false;
      }
      if (tv == kNoNode) {
        const std::string shown(keys[2 * i + 1]);
        diags.error(display, r.target.line, scan.column(r.target),
                    shown.empty() ? std::string("target is empty")
                                  : "unknown target '" + shown + "' (not an id in nodes.csv)");
        ok = false;
      }
      if (r.type.text != last_type) {
        const auto l = builder.find_layer(r.type.text);
        last_type = std::string(r.type.text);
        last_layer = l ? *l : kNoLayer;
      }
      if (last_layer == kNoLayer) {
        const std::string shown(detail::trim(r.type.text));
        std::string known;
        for (const auto& info : builtin_edge_types()) known += (known.empty() ? "" : ", ") + std::string(info.name);
        diags.error(display, r.type.line, scan.column(r.type),
                    shown.empty() ? "type is empty; expected one of: " + known
                                  : "unknown edge type '" + shown + "'; expected one of: " + known +
                                        ", or a type declared in meta.json's \"edge_types\"");
        ok = false;
      }
      double weight = 1.0;
      if (r.has_weight) {
        const std::string_view text = detail::trim(r.weight.text);
        if (!text.empty()) {
          const auto x = detail::parse_real(text, decimal_comma);
          if (!x || !(*x > 0.0)) {
            diags.error(display, r.weight.line, scan.column(r.weight),
                        "weight '" + std::string(text) + "' is not a number greater than 0" +
                            (!decimal_comma && text.find(',') != std::string_view::npos
                                 ? " (a decimal comma is read only in ';'-separated files)"
                                 : ""));
            ok = false;
          } else {
            weight = *x;
          }
        }
      }
      std::optional<bool> directed;
      if (r.has_directed) {
        const std::string_view text = detail::trim(r.directed.text);
        if (!text.empty()) {
          directed = detail::parse_bool(text);
          if (!directed) {
            diags.error(display, r.directed.line, scan.column(r.directed),
                        "directed '" + std::string(text) + "' is not true/false (or yes/no, ja/nej, 1/0)");
            ok = false;
          }
        }
      }
      if (ok) builder.add_edge(sv, tv, last_layer, weight, directed, where(scan, r.source, display));
    }
    rows.clear();
    owned.clear();
  };

  std::vector<CsvField> f;
  while (scan.next(f)) {
    ticker.tick();
    if (!check_width(scan, f, h.names.size(), diags)) continue;
    Row r;
    r.source = stable(f[static_cast<std::size_t>(h.index[0])]);
    r.target = stable(f[static_cast<std::size_t>(h.index[1])]);
    r.type = stable(f[static_cast<std::size_t>(h.index[2])]);
    if (h.index[3] >= 0) {
      r.weight = stable(f[static_cast<std::size_t>(h.index[3])]);
      r.has_weight = true;
    }
    if (h.index[4] >= 0) {
      r.directed = stable(f[static_cast<std::size_t>(h.index[4])]);
      r.has_directed = true;
    }
    rows.push_back(r);
    if (rows.size() == kBatch) flush();
  }
  flush();
}

/// Where a folder's files come from: the file system, or texts in memory.
struct FolderSource {
  /// True when the file is there (even if it cannot be read: the reader reports that).
  std::function<bool(const char* name)> present;
  /// Reads and decodes a file; false (with an error recorded) when it cannot be.
  std::function<bool(const char* name, const std::string& display, detail::TextFile& out)> load;
};

OrgGraph read_folder(const std::string& folder, const FolderSource& source, Diagnostics& diags,
                     const RunContext& ctx) {
  auto display = [&](const char* name) { return (fs::path(folder) / name).string(); };
  GraphBuilder builder(diags);
  detail::AttributeTypeList declared;
  detail::TextFile file;
  if (source.present("meta.json") && source.load("meta.json", display("meta.json"), file))
    declared = read_meta(file, builder, diags);
  if (source.present("units.csv") && source.load("units.csv", display("units.csv"), file))
    read_units(file, builder, diags, ctx);
  if (!source.present("nodes.csv")) {
    diags.error(display("nodes.csv"), 0, 0, "file not found (a dataset folder needs nodes.csv and edges.csv)");
  } else if (source.load("nodes.csv", display("nodes.csv"), file)) {
    read_nodes(file, declared, display("meta.json"), builder, diags, ctx);
  }
  file = {};
  if (!source.present("edges.csv")) {
    diags.error(display("edges.csv"), 0, 0, "file not found (a dataset folder needs nodes.csv and edges.csv)");
  } else if ((builder.num_nodes() > 0 || !diags.has_errors()) && source.load("edges.csv", display("edges.csv"), file)) {
    // The estimate made before reading sampled the start of the file; now the lines are known
    // (and the text and the people are already in memory, so only the ties are still to come).
    detail::check_input_fits({display("edges.csv"), 0, 0, detail::estimate_records(file.bytes.size(), file.bytes), 0},
                             ctx);
    read_edges(file, builder, diags, ctx);
  }
  file = {};
  diags.throw_if_errors();
  return builder.build(ctx);
}

}  // namespace

OrgGraph read_csv_folder(const fs::path& folder, const ReadOptions& /*options*/, Diagnostics& diags,
                         const RunContext& ctx) {
  // Before reading anything: would it fit?
  detail::InputEstimate estimate{folder.string()};
  for (const char* name : {"nodes.csv", "edges.csv", "units.csv", "meta.json"}) {
    std::error_code ec;
    const fs::path path = folder / name;
    if (!fs::is_regular_file(path, ec)) continue;
    const std::uint64_t size = fs::file_size(path, ec);
    if (ec) continue;
    estimate.text_bytes += size;
    const std::string head = detail::file_head(path);
    if (std::string_view(name) == "nodes.csv") estimate.nodes = detail::estimate_records(size, head);
    if (std::string_view(name) == "edges.csv") estimate.ties = detail::estimate_records(size, head);
  }
  detail::check_input_fits(estimate, ctx);

  FolderSource source;
  source.present = [&](const char* name) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(folder / name, ec));
  };
  source.load = [&](const char* name, const std::string& display, detail::TextFile& out) {
    return detail::read_text_file(folder / name, display, out, diags);
  };
  return read_folder(folder.string(), source, diags, ctx);
}

OrgGraph read_csv_folder_text(const CsvFolderText& files, const std::string& folder, const ReadOptions& /*options*/,
                              Diagnostics& diags, const RunContext& ctx) {
  auto text_of = [&](std::string_view name) -> const std::optional<std::string>& {
    if (name == "nodes.csv") return files.nodes;
    if (name == "edges.csv") return files.edges;
    if (name == "units.csv") return files.units;
    return files.meta;
  };
  FolderSource source;
  source.present = [&](const char* name) { return text_of(name).has_value(); };
  source.load = [&](const char* name, const std::string& display, detail::TextFile& out) {
    return detail::decode_text(*text_of(name), display, out, diags);
  };
  return read_folder(folder, source, diags, ctx);
}

}  // namespace leadnet
