// The GraphML reader's <data> elements, nodes and edges: see graphml_detail.hpp.

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "io/graphml_detail.hpp"
#include "io/number_parse.hpp"
#include "model/text_detail.hpp"

namespace leadnet::detail::graphml_input {

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

}  // namespace leadnet::detail::graphml_input
