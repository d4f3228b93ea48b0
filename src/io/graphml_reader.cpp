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

#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

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
using ojson = nlohmann::ordered_json;

/// Element name without a namespace prefix ("y:NodeLabel" -> "NodeLabel").
std::string_view local_name(const pugi::xml_node& n) {
  const std::string_view name = n.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

enum class Domain : std::uint8_t { node, edge, graph, all, other };

/// What a node key fills.
enum class NodeField : std::uint8_t { none, role, name, unit, level, id, attribute };

struct Key {
  std::string id;
  std::string name;
  Domain domain = Domain::all;
  AttributeType type = AttributeType::text;
  std::string type_text;  // attr.type as written, for messages
  std::optional<std::string> default_value;
  std::string yfiles;  // yfiles.type: yEd graphics, not data
  std::ptrdiff_t offset = 0;
  NodeField field = NodeField::none;
  std::size_t column = 0;  // attribute column index when field == attribute
};

std::string_view type_words(AttributeType t) {
  switch (t) {
    case AttributeType::integer:
      return "a whole number";
    case AttributeType::real:
      return "a number";
    case AttributeType::boolean:
      return "true or false";
    case AttributeType::text:
      return "text";
  }
  return "text";
}

class GraphmlReader {
 public:
  GraphmlReader(std::string_view text, const std::string& file, const ReadOptions& options, GraphBuilder& builder,
                Diagnostics& diags, const RunContext& ctx)
      : text_(text), file_(file), options_(options), cursor_(text), builder_(builder), diags_(diags), ctx_(ctx) {}

  void read(pugi::xml_document& doc);

 private:
  // --- locations ---------------------------------------------------------------------------
  /// Offset of an element's '<' (pugixml reports the name after it).
  std::size_t element_offset(const pugi::xml_node& n) const {
    const std::ptrdiff_t off = n.offset_debug();
    if (off <= 0) return 0;
    const auto o = static_cast<std::size_t>(off);
    return (o > 0 && o <= text_.size() && text_[o - 1] == '<') ? o - 1 : o;
  }
  /// Offset of the value of attribute `name` in an element's start tag (else of the element).
  std::size_t attribute_offset(const pugi::xml_node& n, std::string_view name) const {
    const std::size_t start = element_offset(n);
    const std::size_t end = text_.find('>', start);
    for (std::size_t at = text_.find(name, start); at != std::string_view::npos && at < end;
         at = text_.find(name, at + 1)) {
      const char before = text_[at - 1];
      std::size_t i = at + name.size();
      while (i < end && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r')) ++i;
      if ((before == ' ' || before == '\t' || before == '\n' || before == '\r') && i < end && text_[i] == '=') {
        ++i;
        while (i < end && text_[i] != '"' && text_[i] != '\'') ++i;
        return i + 1;
      }
    }
    return start;
  }
  /// Offset of the text inside a <data> element (else of the element).
  std::size_t value_offset(const pugi::xml_node& data) const {
    const pugi::xml_node child = data.first_child();
    if (child && (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)) {
      const std::ptrdiff_t off = child.offset_debug();
      if (off > 0) return static_cast<std::size_t>(off);
    }
    return element_offset(data);
  }
  SourceLocation at(std::size_t offset) {
    SourceLocation loc{file_, 0, 0};
    cursor_.locate(offset, loc.line, loc.column);
    return loc;
  }
  void error(std::size_t offset, const std::string& msg) {
    if (diags_.error_count() >= diags_.max_errors()) {  // not stored: skip the cost of locating it
      diags_.error(file_, 0, 0, msg);
      return;
    }
    const SourceLocation loc = at(offset);
    diags_.error(file_, loc.line, loc.column, msg);
  }
  void warning(std::size_t offset, const std::string& msg) {
    const SourceLocation loc = at(offset);
    diags_.warning(file_, loc.line, loc.column, msg);
  }

  // --- parts -------------------------------------------------------------------------------
  void read_keys(const pugi::xml_node& root);
  void collect(const pugi::xml_node& graph);
  void read_graph_data(const pugi::xml_node& graph);
  void apply_leadnet_units(const std::string& json_text, std::size_t offset);
  void plan_node_keys();
  void read_node(const pugi::xml_node& node);
  void read_edge(const pugi::xml_node& edge);
  /// The key of a <data> element, checked for its domain; nullptr (after a message) when unusable.
  const Key* data_key(const pugi::xml_node& data, Domain domain);
  /// A typed value pushed to a column; false (after an error) when it does not parse.
  bool push_value(AttributeColumn& column, const Key& key, std::string_view raw, std::size_t offset);

  std::string_view text_;
  const std::string& file_;
  const ReadOptions& options_;
  detail::TextCursor cursor_;
  GraphBuilder& builder_;
  Diagnostics& diags_;
  const RunContext& ctx_;

  std::vector<Key> keys_;
  std::unordered_map<std::string, std::size_t> key_index_;
  std::vector<pugi::xml_node> nodes_;
  std::vector<pugi::xml_node> edges_;
  std::unordered_set<std::string> node_keys_used_;  // ids of for="all" keys that nodes use
  bool edge_default_directed_ = true;
  bool nested_ = false;
  bool hyperedges_ = false;

  bool has_role_key_ = false;
  bool has_name_key_ = false;
  std::vector<AttributeColumn> columns_;
  std::vector<std::size_t> column_keys_;  // key index per column
  std::unordered_set<std::string> warned_;
  std::optional<LayerId> default_layer_;
};

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

const Key* GraphmlReader::data_key(const pugi::xml_node& data, Domain domain) {
  const std::string key_id = data.attribute("key").value();
  const auto it = key_index_.find(key_id);
  if (it == key_index_.end()) {
    error(attribute_offset(data, "key"),
          key_id.empty() ? std::string("<data> has no key attribute")
                         : "data key '" + key_id + "' is not declared by a <key id=\"" + key_id + "\"> element");
    return nullptr;
  }
  const Key& key = keys_[it->second];
  if (key.domain != domain && key.domain != Domain::all) {
    if (warned_.insert("domain/" + key.id).second)
      warning(element_offset(data), "key '" + key.id + "' is declared for=\"" +
                                        std::string(key.domain == Domain::node    ? "node"
                                                    : key.domain == Domain::edge  ? "edge"
                                                    : key.domain == Domain::graph ? "graph"
                                                                                  : "other") +
                                        "\" but used here; it is ignored");
    return nullptr;
  }
  return &key;
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

void GraphmlReader::plan_node_keys() {
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    Key& key = keys_[k];
    if (key.domain != Domain::node && key.domain != Domain::all) continue;
    if (!key.yfiles.empty()) continue;
    if (key.domain == Domain::all && node_keys_used_.count(key.id) == 0) continue;
    if (key.name == "role") {
      key.field = NodeField::role;
      has_role_key_ = true;
    } else if (key.name == "name") {
      key.field = NodeField::name;
      has_name_key_ = true;
    } else if (key.name == "unit") {
      key.field = NodeField::unit;
    } else if (key.name == "level") {
      key.field = NodeField::level;
    } else if (key.name == "id") {
      key.field = NodeField::id;
      warning(static_cast<std::size_t>(key.offset),
              "node data 'id' is ignored: a node's id is the id attribute of its <node> element");
    } else {
      key.field = NodeField::attribute;
      key.column = columns_.size();
      columns_.emplace_back(key.name, key.type);
      column_keys_.push_back(k);
    }
  }
  if (!has_role_key_) diags_.warning(file_, 0, 0, "the GraphML has no 'role' data: everyone is read as staff");
}

bool GraphmlReader::push_value(AttributeColumn& column, const Key& key, std::string_view raw, std::size_t offset) {
  if (push_typed(column, raw, false)) return true;  // a value that does not parse is pushed as missing
  const std::string_view t = detail::trim(raw);
  if (key.type == AttributeType::real) {
    if (const std::string f = detail::fold_key(t);
        f == "nan" || f == "inf" || f == "-inf" || f == "+inf" || f == "infinity" || f == "-infinity") {
      // NetworkX writes float('nan') as "nan": no value, said once per key.
      if (warned_.insert("nan/" + key.id).second)
        warning(offset,
                "attribute '" + key.name + "' has the value '" + std::string(t) + "'; such values are read as missing");
      return true;
    }
  }
  error(offset, "'" + std::string(t) + "' is not " + std::string(type_words(key.type)) + ", but key '" + key.id +
                    "' declares '" + key.name + "' attr.type=\"" + key.type_text + "\"");
  return false;
}

void GraphmlReader::read_node(const pugi::xml_node& node) {
  const std::size_t node_offset = element_offset(node);
  const std::string id = node.attribute("id").value();
  if (detail::trim(id).empty()) {
    error(node_offset, "<node> has no id");
    return;
  }
  // The data of this node per key: the <data> element (or nothing).
  std::vector<pugi::xml_node> by_key(keys_.size());
  pugi::xml_node label;
  for (const pugi::xml_node& data : node.children()) {
    if (local_name(data) != "data") continue;
    const Key* key = data_key(data, Domain::node);
    if (key == nullptr) continue;
    if (key->yfiles == "nodegraphics" && !has_name_key_ && !label) {
      // yEd keeps the label inside the graphics: <y:ShapeNode> ... <y:NodeLabel>text</y:NodeLabel>
      label = data.find_node([](const pugi::xml_node& n) { return local_name(n) == "NodeLabel"; });
    }
    by_key[key_index_[key->id]] = data;
  }
  auto value_of = [&](const Key& key, std::size_t k, std::size_t& offset) -> std::optional<std::string> {
    if (by_key[k]) {
      offset = value_offset(by_key[k]);
      return std::string(by_key[k].text().get());
    }
    offset = node_offset;
    return key.default_value;
  };
  bool ok = true;
  Role role = Role::staff;
  std::string name, unit;
  std::int32_t level = -1;
  std::size_t offset = 0;
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    const Key& key = keys_[k];
    if (key.field == NodeField::none || key.field == NodeField::attribute || key.field == NodeField::id) continue;
    const auto value = value_of(key, k, offset);
    const std::string_view t = value ? detail::trim(*value) : std::string_view();
    switch (key.field) {
      case NodeField::role:
        if (const auto r = parse_role(t)) {
          role = *r;
        } else {
          error(offset, t.empty()
                            ? "node '" + id + "' has no role; expected one of: " + std::string(role_choices())
                            : "unknown role '" + std::string(t) + "'; expected one of: " + std::string(role_choices()));
          ok = false;
        }
        break;
      case NodeField::name:
        name = value.value_or("");
        break;
      case NodeField::unit:
        unit = value.value_or("");
        break;
      case NodeField::level:
        if (!t.empty()) {
          std::optional<std::int64_t> x = detail::parse_int64(t);
          if (!x) {
            // 2.0 written by a float column is still a whole number.
            const auto r = detail::parse_real(t, false);
            if (r && *r == std::floor(*r) && std::abs(*r) < 1e9) x = static_cast<std::int64_t>(*r);
          }
          if (!x || *x < 0 || *x > 1000000) {
            error(offset,
                  "level '" + std::string(t) + "' is not a whole number >= 0 (0 is the top of the organisation)");
            ok = false;
          } else {
            level = static_cast<std::int32_t>(*x);
          }
        }
        break;
      default:
        break;
    }
  }
  if (label && name.empty()) name = label.text().get();
  if (!ok) return;
  const NodeId v = builder_.add_node(id, role, name, unit, level, at(attribute_offset(node, "id")));
  if (v == kNoNode) return;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const std::size_t k = column_keys_[c];
    const auto value = value_of(keys_[k], k, offset);
    if (!value) {
      columns_[c].push_missing();
    } else {
      push_value(columns_[c], keys_[k], *value, offset);
    }
  }
}

void GraphmlReader::read_edge(const pugi::xml_node& edge) {
  const std::size_t edge_offset = element_offset(edge);
  bool ok = true;
  std::optional<NodeId> ends[2];
  const char* names[2] = {"source", "target"};
  for (int k = 0; k < 2; ++k) {
    const pugi::xml_attribute a = edge.attribute(names[k]);
    if (!a) {
      error(edge_offset, std::string("<edge> has no ") + names[k] + " attribute");
      ok = false;
      continue;
    }
    ends[k] = builder_.find_node(a.value());
    if (!ends[k]) {
      error(attribute_offset(edge, names[k]), std::string("edge ") + names[k] + " '" + a.value() +
                                                  "' is not a node of this file (no <node id=\"" + a.value() + "\">)");
      ok = false;
    }
  }
  std::optional<bool> directed = edge_default_directed_;
  if (const pugi::xml_attribute d = edge.attribute("directed")) {
    const std::string_view t = d.value();
    if (t == "true" || t == "false") {
      directed = t == "true";
    } else {
      error(attribute_offset(edge, "directed"), "directed=\"" + std::string(t) + "\" must be \"true\" or \"false\"");
      ok = false;
    }
  }
  std::optional<std::string> type;
  std::size_t type_offset = edge_offset;
  std::optional<std::string> weight_text;
  std::size_t weight_offset = edge_offset;
  for (const pugi::xml_node& data : edge.children()) {
    if (local_name(data) != "data") continue;
    const Key* key = data_key(data, Domain::edge);
    if (key == nullptr || !key->yfiles.empty()) continue;
    if (key->name == "type") {
      type = data.text().get();
      type_offset = value_offset(data);
    } else if (key->name == "weight") {
      weight_text = data.text().get();
      weight_offset = value_offset(data);
    } else if (warned_.insert("edge/" + key->name).second) {
      warning(element_offset(data),
              "edge data '" + key->name + "' is not kept (leadnet ties carry a type and a weight)");
    }
  }
  // Key defaults apply to edges without the data.
  for (const Key& key : keys_) {
    if ((key.domain != Domain::edge && key.domain != Domain::all) || !key.default_value) continue;
    if (key.name == "type" && !type) type = key.default_value;
    if (key.name == "weight" && !weight_text) weight_text = key.default_value;
  }
  LayerId layer = kNoLayer;
  const std::string_view type_name = type ? detail::trim(*type) : std::string_view();
  if (type_name.empty()) {
    if (!default_layer_) {
      const auto l = builder_.find_layer(options_.default_type);
      if (!l)
        throw UsageError("--default-type '" + options_.default_type +
                         "' is not an edge type; give a built-in type such as communication or collaboration");
      default_layer_ = *l;
    }
    layer = *default_layer_;
  } else if (const auto l = builder_.find_layer(type_name)) {
    layer = *l;
  } else {
    warning(type_offset, "edge type '" + std::string(type_name) + "' is not built in: read as a custom type, " +
                             (edge_default_directed_ ? "directed" : "undirected") + " as the graph's edgedefault says");
    layer = builder_.declare_layer(type_name, edge_default_directed_);
  }
  double weight = 1.0;
  if (weight_text && !detail::trim(*weight_text).empty()) {
    const std::string_view t = detail::trim(*weight_text);
    const auto x = detail::parse_real(t, false);
    if (!x || !(*x > 0.0)) {
      error(weight_offset, "weight '" + std::string(t) + "' is not a number greater than 0");
      ok = false;
    } else {
      weight = *x;
    }
  }
  if (!ok) return;
  builder_.add_edge(*ends[0], *ends[1], layer, weight, directed, at(attribute_offset(edge, "source")));
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

}  // namespace

namespace {

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
