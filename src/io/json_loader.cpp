// The JSON reader's loader: see json_loader_detail.hpp.

#include <cmath>

#include "io/json_loader_detail.hpp"
#include "io/number_parse.hpp"
#include "model/text_detail.hpp"

namespace leadnet::detail::json_input {

std::string value_text(const Value& v) {
  switch (v.kind) {
    case Value::Kind::string:
    case Value::Kind::big_integer:
      return v.s;
    case Value::Kind::integer:
      return std::to_string(v.i);
    case Value::Kind::real:
      return detail::format_double(v.d);
    case Value::Kind::boolean:
      return v.b ? "true" : "false";
    case Value::Kind::null:
      return "null";
    case Value::Kind::compound:
      return "a list or object";
    case Value::Kind::absent:
      return "";
  }
  return "";
}

std::string_view kind_name(Value::Kind k) {
  switch (k) {
    case Value::Kind::string:
      return "text";
    case Value::Kind::integer:
    case Value::Kind::big_integer:
      return "whole numbers";
    case Value::Kind::real:
      return "decimal numbers";
    case Value::Kind::boolean:
      return "true/false";
    default:
      return "other values";
  }
}

/// A value shown in a message: text in quotes, anything else as JSON would write it.
std::string shown(const Value& v) {
  if (v.kind == Value::Kind::string) return "'" + v.s + "'";
  return value_text(v);
}

std::string_view section_name(Section s) {
  switch (s) {
    case Section::meta:
      return "meta";
    case Section::units:
      return "units";
    case Section::nodes:
      return "nodes";
    case Section::edges:
      return "edges";
    case Section::unknown:
      return "?";
  }
  return "?";
}

void Loader::tick(std::size_t consumed) {
  if (++entries_ % (1 << 16) != 0) return;
  ctx_.check_cancelled();
  if (!text_.empty()) ctx_.progress("reading", static_cast<double>(consumed) / static_cast<double>(text_.size()));
}

void Loader::on_meta(const ojson& meta) {
  detail::apply_meta(meta, text_, file_, builder_, diags_);
  declared_types_ = detail::read_attribute_types(meta, text_, file_, diags_);
  meta_done_ = true;
}

void Loader::finish() {
  for (NodeEntry& e : pending_nodes_) feed_node(e);
  pending_nodes_.clear();
  nodes_fed_ = true;
  for (const EdgeEntry& e : pending_edges_) feed_edge(e);
  pending_edges_.clear();
  build_attributes();
}

void Loader::error(const Value& v, std::size_t line, std::size_t column, const std::string& msg) {
  if (v.kind == Value::Kind::absent) {
    diags_.error(file_, line, column, msg);
  } else {
    diags_.error(file_, v.line, v.column, msg);
  }
}

std::optional<std::string> Loader::id_text(const Value& v, const char* entry, const char* key, std::size_t line,
                                           std::size_t column, bool required) {
  if (v.kind == Value::Kind::string) return v.s;
  if (v.is_whole()) return value_text(v);
  if (!v.given() && !required) return std::string();
  if (!v.given()) {
    error(v, line, column, std::string(entry) + " has no \"" + key + "\"");
  } else if (v.kind != Value::Kind::compound) {  // compound values were reported while parsing
    error(v, line, column, std::string("\"") + key + "\" must be a string or a whole number, not " + shown(v));
  }
  return std::nullopt;
}

std::optional<std::string> Loader::text_field(const Value& v, const char* key) {
  if (v.kind == Value::Kind::string) return v.s;
  if (!v.given()) return std::string();
  if (v.kind != Value::Kind::compound) error(v, 0, 0, std::string("\"") + key + "\" must be a string, not " + shown(v));
  return std::nullopt;
}

void Loader::feed_unit(const UnitEntry& e) {
  const auto id = id_text(e.id, "unit", "id", e.line, e.column, true);
  const auto name = text_field(e.name, "name");
  const auto parent = id_text(e.parent, "unit", "parent", e.line, e.column, false);
  const auto kind = text_field(e.kind, "kind");
  if (!id || !name || !parent || !kind) return;
  builder_.add_unit(*id, *name, *parent, *kind, SourceLocation{file_, e.id.line, e.id.column});
}

void Loader::feed_node(NodeEntry& e) {
  bool ok = true;
  const auto id = id_text(e.id, "node", "id", e.line, e.column, true);
  ok = ok && id.has_value();
  std::optional<Role> role;
  if (e.role.kind == Value::Kind::string) {
    role = parse_role(e.role.s);
    if (!role) {
      const std::string_view t = detail::trim(e.role.s);
      error(e.role, 0, 0,
            t.empty() ? std::string("role is empty; expected one of: ") + std::string(role_choices())
                      : "unknown role '" + std::string(t) + "'; expected one of: " + std::string(role_choices()));
    }
  } else if (!e.role.given()) {
    error(e.role, e.line, e.column, "node has no \"role\"; expected one of: " + std::string(role_choices()));
  } else if (e.role.kind != Value::Kind::compound) {
    error(e.role, 0, 0, "\"role\" must be a string, not " + shown(e.role));
  }
  ok = ok && role.has_value();
  const auto name = text_field(e.name, "name");
  const auto unit = id_text(e.unit, "node", "unit", e.line, e.column, false);
  ok = ok && name && unit;
  std::int32_t level = -1;
  if (e.level.given() && e.level.kind != Value::Kind::compound) {
    if (e.level.kind == Value::Kind::integer && e.level.i >= 0 && e.level.i <= 1000000) {
      level = static_cast<std::int32_t>(e.level.i);
    } else {
      error(e.level, 0, 0,
            "level " + shown(e.level) + " is not a whole number >= 0 (0 is the top of the organisation)");
      ok = false;
    }
  } else if (e.level.kind == Value::Kind::compound) {
    ok = false;
  }
  if (!ok) return;
  const NodeId v = builder_.add_node(*id, *role, *name, *unit, level, SourceLocation{file_, e.id.line, e.id.column});
  if (v == kNoNode) return;
  for (auto& [key, value] : e.attributes) {
    const std::string name_key(detail::trim(key));
    if (name_key.empty()) {
      error(value, 0, 0, "an attribute has an empty name");
      continue;
    }
    auto [it, fresh] = attribute_index_.emplace(name_key, attributes_.size());
    if (fresh) attributes_.push_back(AttributeValues{name_key, {}, {}});
    AttributeValues& a = attributes_[it->second];
    if (!value.given() || value.kind == Value::Kind::compound) continue;
    if (value.kind == Value::Kind::string && detail::trim(value.s).empty()) continue;
    a.nodes.push_back(v);
    a.values.push_back(std::move(value));
  }
}

void Loader::feed_edge(const EdgeEntry& e) {
  bool ok = true;
  std::optional<NodeId> ends[2];
  const Value* refs[2] = {&e.source, &e.target};
  const char* keys[2] = {"source", "target"};
  for (int k = 0; k < 2; ++k) {
    const auto id = id_text(*refs[k], "edge", keys[k], e.line, e.column, true);
    if (!id) {
      ok = false;
      continue;
    }
    ends[k] = builder_.find_node(*id);
    if (!ends[k]) {
      error(*refs[k], 0, 0, std::string("unknown ") + keys[k] + " '" + *id + "' (not an id in \"nodes\")");
      ok = false;
    }
  }
  LayerId layer = kNoLayer;
  auto known = [] {
    std::string list;
    for (const auto& info : builtin_edge_types()) list += (list.empty() ? "" : ", ") + std::string(info.name);
    return list;
  };
  if (e.type.kind == Value::Kind::string) {
    if (e.type.s != last_type_) {
      last_type_ = e.type.s;
      const auto l = builder_.find_layer(e.type.s);
      last_layer_ = l ? *l : kNoLayer;
    }
    layer = last_layer_;
    if (layer == kNoLayer) {
      const std::string_view t = detail::trim(e.type.s);
      error(e.type, 0, 0,
            t.empty() ? "type is empty; expected one of: " + known()
                      : "unknown edge type '" + std::string(t) + "'; expected one of: " + known() +
                            ", or a type declared in meta's \"edge_types\"");
      ok = false;
    }
  } else {
    if (!e.type.given()) {
      error(e.type, e.line, e.column, "edge has no \"type\"; expected one of: " + known());
    } else if (e.type.kind != Value::Kind::compound) {
      error(e.type, 0, 0, "\"type\" must be a string, not " + shown(e.type));
    }
    ok = false;
  }
  double weight = 1.0;
  if (e.weight.given()) {
    if (e.weight.is_number() && e.weight.number() > 0.0 && std::isfinite(e.weight.number())) {
      weight = e.weight.number();
    } else if (e.weight.kind != Value::Kind::compound) {
      error(e.weight, 0, 0,
            "weight " + shown(e.weight) + " is not a number greater than 0" +
                (e.weight.kind == Value::Kind::string ? " (write it without quotes)" : ""));
      ok = false;
    } else {
      ok = false;
    }
  }
  std::optional<bool> directed;
  if (e.directed.given()) {
    if (e.directed.kind == Value::Kind::boolean) {
      directed = e.directed.b;
    } else if (e.directed.kind != Value::Kind::compound) {
      error(e.directed, 0, 0, "\"directed\" must be true or false, not " + shown(e.directed));
      ok = false;
    } else {
      ok = false;
    }
  }
  if (!ok) return;
  builder_.add_edge(*ends[0], *ends[1], layer, weight, directed, SourceLocation{file_, e.source.line, e.source.column});
}

void Loader::build_attributes() {
  // Declared columns first, in their declared order; then the others as they appeared.
  std::vector<std::size_t> order;
  std::vector<std::optional<AttributeType>> types;
  std::vector<bool> placed(attributes_.size(), false);
  for (const auto& [name, type] : declared_types_) {
    auto [it, fresh] = attribute_index_.emplace(name, attributes_.size());
    if (fresh) {
      attributes_.push_back(AttributeValues{name, {}, {}});
      placed.push_back(false);
    }
    if (placed[it->second]) continue;
    placed[it->second] = true;
    order.push_back(it->second);
    types.emplace_back(type);
  }
  for (std::size_t a = 0; a < attributes_.size(); ++a)
    if (!placed[a]) {
      order.push_back(a);
      types.emplace_back(std::nullopt);
    }
  const NodeId n = builder_.num_nodes();
  for (std::size_t k = 0; k < order.size(); ++k) {
    AttributeValues& a = attributes_[order[k]];
    const bool declared = types[k].has_value();
    const AttributeType type = declared ? *types[k] : infer(a);
    AttributeColumn column(a.name, type);
    std::size_t next = 0;
    for (NodeId v = 0; v < n; ++v) {
      if (next < a.nodes.size() && a.nodes[next] == v) {
        push(column, a.values[next], declared);
        ++next;
      } else {
        column.push_missing();
      }
    }
    builder_.add_attribute(std::move(column), SourceLocation{file_, 0, 0});
  }
}

AttributeType Loader::infer(const AttributeValues& a) {
  bool has_bool = false, has_int = false, has_real = false, has_text = false;
  for (const Value& v : a.values) {
    has_bool |= v.kind == Value::Kind::boolean;
    has_int |= v.kind == Value::Kind::integer;
    has_real |= v.kind == Value::Kind::real || v.kind == Value::Kind::big_integer;
    has_text |= v.kind == Value::Kind::string;
  }
  const int kinds = int(has_bool) + int(has_int || has_real) + int(has_text);
  if (kinds == 0 || (kinds == 1 && has_text)) return AttributeType::text;
  if (kinds == 1 && has_bool) return AttributeType::boolean;
  if (kinds == 1) return has_real ? AttributeType::real : AttributeType::integer;
  // A mix of numbers, text and booleans: keep every value, as text, and say so once.
  const Value& first = a.values.front();
  for (const Value& v : a.values)
    if (kind_name(v.kind) != kind_name(first.kind)) {
      diags_.warning(file_, v.line, v.column,
                     "attribute '" + a.name + "' holds " + std::string(kind_name(first.kind)) + " and " +
                         std::string(kind_name(v.kind)) +
                         " (here); it is read as text (give its type in meta's \"attribute_types\" to be strict)");
      break;
    }
  return AttributeType::text;
}

void Loader::push(AttributeColumn& column, const Value& v, bool declared) {
  switch (column.type()) {
    case AttributeType::integer:
      if (v.kind == Value::Kind::integer) return column.push_integer(v.i);
      break;
    case AttributeType::real:
      if (v.is_number()) return column.push_real(v.number());
      break;
    case AttributeType::boolean:
      if (v.kind == Value::Kind::boolean) return column.push_boolean(v.b);
      break;
    case AttributeType::text:
      return column.push_text(value_text(v));
  }
  if (declared) {
    diags_.error(file_, v.line, v.column,
                 "attribute '" + column.name() + "' is declared " + std::string(attribute_type_name(column.type())) +
                     " in meta's \"attribute_types\", but this value is " + shown(v));
  }
  column.push_missing();
}

}  // namespace leadnet::detail::json_input
