#include "io/writer_detail.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <stdexcept>

#include "io/number_parse.hpp"
#include "leadnet/core/diagnostics.hpp"

namespace leadnet::detail {

std::optional<bool> tie_direction_override(const OrgGraph& g, LayerId l) {
  const Layer& layer = g.layer(l);
  if (!layer.info().builtin) return std::nullopt;
  if (builtin_edge_types()[l].directed == layer.directed()) return std::nullopt;
  return layer.directed();
}

nlohmann::ordered_json custom_edge_types(const OrgGraph& g) {
  nlohmann::ordered_json types = nlohmann::ordered_json::array();
  for (LayerId l = 0; l < g.num_layers(); ++l) {
    const LayerInfo& info = g.layer(l).info();
    if (info.builtin) continue;
    nlohmann::ordered_json t = {{"name", info.name}, {"directed", info.directed}};
    if (!info.description.empty()) t["description"] = info.description;
    types.push_back(std::move(t));
  }
  return types;
}

nlohmann::ordered_json meta_object(const OrgGraph& g, bool with_edge_types, bool with_attribute_types) {
  const Meta& m = g.meta();
  nlohmann::ordered_json meta = nlohmann::ordered_json::object();
  if (!m.name.empty()) meta["name"] = m.name;
  if (!m.description.empty()) meta["description"] = m.description;
  if (!m.date.empty()) meta["date"] = m.date;
  if (!m.extra_json.empty()) {
    const auto extra = nlohmann::ordered_json::parse(m.extra_json);
    for (auto it = extra.begin(); it != extra.end(); ++it)
      if (!meta.contains(it.key())) meta[it.key()] = it.value();
  }
  if (with_edge_types) {
    auto types = custom_edge_types(g);
    if (!types.empty()) meta["edge_types"] = std::move(types);
  }
  if (with_attribute_types && !g.attributes().empty()) {
    nlohmann::ordered_json types = nlohmann::ordered_json::object();
    for (const auto& a : g.attributes()) types[a.name()] = std::string(attribute_type_name(a.type()));
    meta["attribute_types"] = std::move(types);
  }
  return meta;
}

std::string_view written_parent(const UnitTree& units, UnitId u) {
  const UnitId p = units[u].parent;
  if (p == kNoUnit || (units.synthetic_root() && p == units.root())) return {};
  return units[p].id;
}

nlohmann::ordered_json unit_list(const OrgGraph& g) {
  const UnitTree& units = g.units();
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (UnitId u = 0; u < units.size(); ++u) {
    if (units.synthetic_root() && u == units.root()) continue;
    nlohmann::ordered_json entry = {{"id", units[u].id}, {"name", units[u].name}};
    if (const auto parent = written_parent(units, u); !parent.empty()) entry["parent"] = std::string(parent);
    if (!units[u].kind.empty()) entry["kind"] = units[u].kind;
    list.push_back(std::move(entry));
  }
  return list;
}

namespace {

// JSON's escapes for the control characters other than line feed.
void append_json_control(std::string& out, char c) {
  static const char* hex = "0123456789abcdef";
  switch (c) {
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\f':
      out += "\\f";
      break;
    default:
      out += "\\u00";
      out += hex[(c >> 4) & 0xF];
      out += hex[c & 0xF];
  }
}

}  // namespace

void append_quoted(std::string& out, std::string_view s, QuoteRules rules) {
  out += '"';
  for (const char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) {
          out += c;
        } else if (rules == QuoteRules::json) {
          append_json_control(out, c);
        } else if (c != '\r') {
          out += c;  // DOT: control characters pass through, a carriage return is dropped
        }
    }
  }
  out += '"';
}

std::string json_real(double x) {
  if (!std::isfinite(x)) throw std::invalid_argument("a real value that is not finite cannot be written as JSON");
  std::string s = format_double(x);
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

/// XML 1.0 cannot hold control characters other than tab and line breaks, nor U+FFFE/U+FFFF,
/// even as character references.
void check_xml_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const bool control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    const bool nonchar = c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                         (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF);
    if (control || nonchar) {
      std::string shown(s.substr(0, 40));
      for (char& ch : shown)
        if (static_cast<unsigned char>(ch) < 0x20) ch = '?';
      throw UsageError("the text '" + shown + "' holds a character that XML 1.0 cannot represent; export to json or "
                       "csv instead");
    }
  }
}

/// Escapes text for XML: & < > always; a carriage return as a reference (parsers turn a literal
/// one into a line feed); in attribute values also quotes, tabs and line feeds (parsers turn
/// literal ones into spaces).
void append_escaped(std::string& out, std::string_view s, bool attribute) {
  check_xml_text(s);
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      default: out += c;
    }
  }
}

void append_text(std::string& out, std::string_view s) { append_escaped(out, s, false); }
void append_attr(std::string& out, std::string_view s) { append_escaped(out, s, true); }

std::string_view xml_attribute_type(AttributeType t) {
  switch (t) {
    case AttributeType::integer:
      return "long";
    case AttributeType::real:
      return "double";
    case AttributeType::boolean:
      return "boolean";
    case AttributeType::text:
      return "string";
  }
  return "string";
}

std::string content_nonce(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace leadnet::detail
