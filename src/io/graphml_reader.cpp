// The GraphML form (DESIGN.md, "Input"), as NetworkX, igraph, yEd and leadnet write it.
//
// <key> declarations give each data key a name (attr.name, else its id), a domain (for=node,
// edge, graph or all), a type (boolean, int, long, float, double, string) and an optional
// <default>. Node keys named role, name, unit and level fill those fields; any other node key is a
// typed attribute column. Edge keys named type and weight fill those; other edge data is dropped
// with one warning per key. An edge without a type takes ReadOptions::default_type; its direction
// is its own `directed` attribute, else the graph's edgedefault. A type that is neither built in
// nor declared becomes a custom layer (with a warning), directed as edgedefault says. A file
// without a role key reads everyone as staff, with one warning.
//
// Graph data named name, description and date fill Meta; leadnet_edge_types, leadnet_units and
// leadnet_meta carry, as JSON text, what leadnet's writer cannot say in plain GraphML (custom
// edge types, the unit tree, meta fields that are lists or objects); any other graph data is kept
// as a meta field. yEd's graphics keys are skipped, but a yEd node label gives the name when the
// file has no name key. Nested graphs (yEd groups) are read flat. Text must be UTF-8.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "io/graphml_detail.hpp"
#include "io/input_limits.hpp"
#include "io/meta_json.hpp"
#include "io/number_parse.hpp"
#include "io/text_input.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/model/graph_builder.hpp"
#include "model/text_detail.hpp"

namespace leadnet::detail::graphml_input {

using ojson = nlohmann::ordered_json;

void GraphmlReader::read_keys(const pugi::xml_node& root) {
  for (const pugi::xml_node& k : root.children()) {
    if (local_name(k) != "key") continue;
    Key key;
    key.offset = static_cast<std::ptrdiff_t>(element_offset(k));
    key.id = k.attribute("id").value();
    if (key.id.empty()) {
      error(element_offset(k), "<key> has no id");
      continue;
    }
    const std::string_view attr_name = detail::trim(k.attribute("attr.name").value());
    key.name = attr_name.empty() ? key.id : std::string(attr_name);
    const std::string_view domain = k.attribute("for").value();
    key.domain = domain == "node"                      ? Domain::node
                 : domain == "edge"                    ? Domain::edge
                 : domain == "graph"                   ? Domain::graph
                 : (domain.empty() || domain == "all") ? Domain::all
                                                       : Domain::other;
    key.type_text = k.attribute("attr.type").value();
    const std::string type_key = detail::fold_key(key.type_text);
    if (type_key.empty() || type_key == "string") {
      key.type = AttributeType::text;
    } else if (type_key == "int" || type_key == "long") {
      key.type = AttributeType::integer;
    } else if (type_key == "float" || type_key == "double") {
      key.type = AttributeType::real;
    } else if (type_key == "boolean") {
      key.type = AttributeType::boolean;
    } else {
      error(attribute_offset(k, "attr.type"), "key '" + key.id + "' has attr.type \"" + key.type_text +
                                                  "\"; GraphML types are boolean, int, long, float, double, string");
      continue;
    }
    key.yfiles = k.attribute("yfiles.type").value();
    for (const pugi::xml_node& d : k.children())
      if (local_name(d) == "default") key.default_value = d.text().get();
    if (!key_index_.emplace(key.id, keys_.size()).second) {
      error(attribute_offset(k, "id"), "key id '" + key.id + "' is declared twice");
      continue;
    }
    keys_.push_back(std::move(key));
  }
}

/// Nodes and edges in document order; nested graphs (yEd groups) are read flat.
void GraphmlReader::collect(const pugi::xml_node& graph) {
  // Depth first in document order, with an explicit stack: graphs nested in nodes (yEd groups)
  // may be nested deeper than a recursive walk could go without overflowing the call stack.
  // Each entry is the next child to visit at one level.
  std::vector<pugi::xml_node> stack{graph.first_child()};
  std::vector<pugi::xml_node> nested;
  while (!stack.empty()) {
    const pugi::xml_node child = stack.back();
    if (!child) {
      stack.pop_back();
      continue;
    }
    stack.back() = child.next_sibling();
    const std::string_view name = local_name(child);
    if (name == "node" || name == "edge") {
      (name == "node" ? nodes_ : edges_).push_back(child);
      nested.clear();
      for (const pugi::xml_node& part : child.children()) {
        const std::string_view part_name = local_name(part);
        if (part_name == "graph") {
          nested_ = true;
          nested.push_back(part);
        } else if (part_name == "data" && name == "node") {
          const auto it = key_index_.find(part.attribute("key").value());
          if (it != key_index_.end() && keys_[it->second].domain == Domain::all) node_keys_used_.insert(it->first);
        }
      }
      // The first nested graph on top: visited next, before this element's next sibling.
      for (auto it = nested.rbegin(); it != nested.rend(); ++it) stack.push_back(it->first_child());
    } else if (name == "hyperedge") {
      if (!hyperedges_) warning(element_offset(child), "hyperedges are not read (leadnet ties join two people)");
      hyperedges_ = true;
    }
  }
}

void GraphmlReader::read_graph_data(const pugi::xml_node& graph) {
  ojson meta = ojson::object();
  ojson extra = ojson::object();
  std::size_t meta_offset = element_offset(graph);
  std::optional<std::pair<std::string, std::size_t>> units_json;
  auto parse_json = [&](const pugi::xml_node& data, const Key& key, ojson& out) {
    const std::string text = data.text().get();
    Diagnostics local;
    if (!detail::check_json_depth(text, file_, local)) {
      error(value_offset(data), "'" + key.name + "' is nested too deeply");
      return false;
    }
    try {
      out = ojson::parse(text);
      return true;
    } catch (const nlohmann::json::exception& e) {
      error(value_offset(data), "'" + key.name + "' is not valid JSON text: " + detail::json_error_text(e));
      return false;
    }
  };
  for (const pugi::xml_node& data : graph.children()) {
    if (local_name(data) != "data") continue;
    const Key* key = data_key(data, Domain::graph);
    if (key == nullptr || !key->yfiles.empty()) continue;
    const std::string value = data.text().get();
    if (key->name == "name" || key->name == "description" || key->name == "date") {
      meta[key->name] = value;
    } else if (key->name == "leadnet_edge_types") {
      ojson types;
      if (parse_json(data, *key, types)) meta["edge_types"] = std::move(types);
      meta_offset = value_offset(data);
    } else if (key->name == "leadnet_meta") {
      ojson more;
      if (parse_json(data, *key, more)) {
        if (!more.is_object()) {
          error(value_offset(data), "'leadnet_meta' must hold a JSON object");
        } else {
          for (auto it = more.begin(); it != more.end(); ++it) extra[it.key()] = it.value();
        }
      }
    } else if (key->name == "leadnet_units") {
      units_json.emplace(value, value_offset(data));
    } else {
      // Any other graph attribute is kept as a meta field, typed as its key says.
      const std::string_view t = detail::trim(value);
      bool ok = true;
      switch (key->type) {
        case AttributeType::integer:
          if (const auto x = detail::parse_int64(t))
            extra[key->name] = *x;
          else
            ok = false;
          break;
        case AttributeType::real:
          if (const auto x = detail::parse_real(t, false))
            extra[key->name] = *x;
          else
            ok = false;
          break;
        case AttributeType::boolean:
          if (const auto x = detail::parse_bool(t))
            extra[key->name] = *x;
          else
            ok = false;
          break;
        case AttributeType::text:
          extra[key->name] = value;
          break;
      }
      if (!ok)
        error(value_offset(data), "graph data '" + key->name + "' is '" + std::string(t) + "', not " +
                                      std::string(type_words(key->type)) + " as its key's attr.type=\"" +
                                      key->type_text + "\" says");
    }
  }
  for (auto it = extra.begin(); it != extra.end(); ++it)
    if (!meta.contains(it.key())) meta[it.key()] = it.value();
  // meta problems (a bad edge type entry) are reported at the graph data that held them.
  Diagnostics local(diags_.max_errors(), 0);
  detail::apply_meta(meta, {}, file_, builder_, local);
  for (const auto& d : local.items())
    if (d.severity == Severity::error) error(meta_offset, d.message);
  if (units_json) apply_leadnet_units(units_json->first, units_json->second);
}

void GraphmlReader::apply_leadnet_units(const std::string& json_text, std::size_t offset) {
  ojson units;
  Diagnostics local;
  if (!detail::check_json_depth(json_text, file_, local)) {
    error(offset, "'leadnet_units' is nested too deeply");
    return;
  }
  try {
    units = ojson::parse(json_text);
  } catch (const nlohmann::json::exception& e) {
    error(offset, "'leadnet_units' is not valid JSON text: " + detail::json_error_text(e));
    return;
  }
  if (!units.is_array()) {
    error(offset, "'leadnet_units' must be a JSON list of {\"id\", \"name\", \"parent\", \"kind\"}");
    return;
  }
  const SourceLocation loc = at(offset);
  auto field = [](const ojson& u, const char* key) -> std::optional<std::string> {
    const auto it = u.find(key);
    if (it == u.end() || it->is_null()) return std::string();
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return it->dump();
    return std::nullopt;
  };
  for (const ojson& u : units) {
    if (!u.is_object()) {
      error(offset, "each entry of 'leadnet_units' must be an object {\"id\", \"name\", \"parent\", \"kind\"}");
      continue;
    }
    const auto id = field(u, "id"), name = field(u, "name"), parent = field(u, "parent"), kind = field(u, "kind");
    if (!id || !name || !parent || !kind) {
      error(offset, "an entry of 'leadnet_units' has a field that is not a string: " + u.dump());
      continue;
    }
    builder_.add_unit(*id, *name, *parent, *kind, loc);
  }
}

void GraphmlReader::read(pugi::xml_document& doc) {
  const pugi::xml_node root = doc.document_element();
  if (local_name(root) != "graphml") {
    error(element_offset(root),
          "not a GraphML file: the top element is <" + std::string(root.name()) + ">, expected <graphml>");
    return;
  }
  read_keys(root);
  pugi::xml_node graph;
  for (const pugi::xml_node& child : root.children()) {
    if (local_name(child) != "graph") continue;
    if (!graph) {
      graph = child;
    } else {
      warning(element_offset(child), "only the first <graph> of the file is read");
      break;
    }
  }
  if (!graph) {
    error(element_offset(root), "the GraphML file has no <graph> element");
    return;
  }
  const std::string_view edgedefault = graph.attribute("edgedefault").value();
  if (edgedefault == "undirected") {
    edge_default_directed_ = false;
  } else if (edgedefault != "directed") {
    if (edgedefault.empty()) {
      warning(element_offset(graph), "<graph> has no edgedefault; edges are read as directed");
    } else {
      error(attribute_offset(graph, "edgedefault"),
            "edgedefault=\"" + std::string(edgedefault) + "\" must be \"directed\" or \"undirected\"");
    }
  }
  collect(graph);
  read_graph_data(graph);
  plan_node_keys();
  if (nested_)
    diags_.warning(file_, 0, 0, "nested graphs (yEd groups) are read flat: their nodes and edges join the main graph");
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    if (i % (1 << 16) == 0) ctx_.check_cancelled();
    read_node(nodes_[i]);
  }
  for (std::size_t c = 0; c < columns_.size(); ++c)
    builder_.add_attribute(std::move(columns_[c]), at(static_cast<std::size_t>(keys_[column_keys_[c]].offset)));
  for (std::size_t i = 0; i < edges_.size(); ++i) {
    if (i % (1 << 16) == 0) {
      ctx_.check_cancelled();
      ctx_.progress("reading edges", static_cast<double>(i) / static_cast<double>(edges_.size()));
    }
    read_edge(edges_[i]);
  }
}

}  // namespace leadnet::detail::graphml_input

namespace leadnet {

namespace {

namespace fs = std::filesystem;
using detail::graphml_input::GraphmlReader;

OrgGraph read_graphml_decoded(const detail::TextFile& text, const ReadOptions& options, Diagnostics& diags,
                              const RunContext& ctx) {
  const std::string& display = text.display_name;
  pugi::xml_document doc;
  // A <data> whose whole text is white space (a line break) holds a value; pugixml would drop
  // that text without parse_ws_pcdata_single.
  const pugi::xml_parse_result parsed = doc.load_buffer(
      text.bytes.data(), text.bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_utf8);
  if (!parsed) {
    std::size_t line = 0, column = 0;
    detail::line_column(text.bytes, static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0)), line, column);
    diags.error(display, line, column, std::string("malformed XML: ") + parsed.description());
    diags.throw_if_errors();
  }
  ctx.check_cancelled();
  GraphBuilder builder(diags);
  GraphmlReader reader(text.bytes, display, options, builder, diags, ctx);
  reader.read(doc);
  diags.throw_if_errors();
  return builder.build(ctx);
}

/// pugixml copies the text and builds a tree of about 60 bytes per element and 40 per attribute:
/// an edge with a type, as leadnet, NetworkX or yEd write it, is ~70 bytes of text and ~4 tree
/// entries. Counted per '<' (closing tags included, so an over-estimate): the tree, plus a
/// person's or tie's cost in the graph for every second one.
detail::InputEstimate estimate_graphml(const std::string& what, std::uint64_t size, std::string_view head) {
  const std::uint64_t elements = detail::estimate_records(size, head, '<');
  detail::InputEstimate e{what, size, 0, elements / 2, size + elements * 100};
  e.ties_word = "entries";
  return e;
}

}  // namespace

OrgGraph read_graphml(const fs::path& file, const ReadOptions& options, Diagnostics& diags, const RunContext& ctx) {
  const std::string display = file.string();
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) {
    const std::uint64_t size = fs::file_size(file, ec);
    if (!ec) detail::check_input_fits(estimate_graphml(display, size, detail::file_head(file)), ctx);
  }
  detail::TextFile text;
  if (!detail::read_text_file(file, display, text, diags)) diags.throw_if_errors();
  return read_graphml_decoded(text, options, diags, ctx);
}

OrgGraph read_graphml_text(std::string bytes, const std::string& name, const ReadOptions& options, Diagnostics& diags,
                           const RunContext& ctx) {
  detail::check_input_fits(
      estimate_graphml(name, bytes.size(), std::string_view(bytes).substr(0, detail::kSampleBytes)), ctx);
  detail::TextFile text;
  if (!detail::decode_text(std::move(bytes), name, text, diags)) diags.throw_if_errors();
  return read_graphml_decoded(text, options, diags, ctx);
}

}  // namespace leadnet
