// The JSON form (DESIGN.md, "Input"): one object
//   {"meta": {...}, "units": [{"id", "name", "parent", "kind"}],
//    "nodes": [{"id", "role", "name", "unit", "level", "attributes": {...}}],
//    "edges": [{"source", "target", "type", "weight", "directed"}]}
//
// nlohmann's DOM keeps no positions, so the text is read with its SAX interface through an
// iterator that counts the bytes the lexer has taken: every value is located by line and column.
// Entries go to the GraphBuilder as soon as what they depend on has been read (units before
// nodes, nodes and meta before edges: the order leadnet writes); otherwise they wait until the
// end of the document.
//
// Attribute types come from JSON types: integer, real (integers mixed with reals make a real
// column), boolean, string; null (or a string of spaces) is missing. Any other mix is read as text,
// with a warning. meta's "attribute_types" fixes the type and order of columns, as in the CSV form.
// ids (and unit references) may be strings or whole numbers; a number becomes its decimal text.

#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

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

/// Hands the text to nlohmann's lexer one byte at a time and counts the bytes taken.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* p, std::size_t* consumed) : p_(p), consumed_(consumed) {}
  reference operator*() const { return *p_; }
  CountingIterator& operator++() {
    ++p_;
    ++*consumed_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const CountingIterator& other) const { return p_ == other.p_; }
  bool operator!=(const CountingIterator& other) const { return p_ != other.p_; }

 private:
  const char* p_;
  std::size_t* consumed_;
};

/// One value of an entry and where it starts.
struct Value {
  enum class Kind : std::uint8_t { absent, null, boolean, integer, big_integer, real, string, compound };
  Kind kind = Kind::absent;
  bool b = false;
  std::int64_t i = 0;
  double d = 0.0;
  std::string s;  // string value; decimal text of a big_integer
  std::size_t line = 0;
  std::size_t column = 0;

  bool given() const { return kind != Kind::absent && kind != Kind::null; }
  bool is_number() const { return kind == Kind::integer || kind == Kind::big_integer || kind == Kind::real; }
  bool is_whole() const { return kind == Kind::integer || kind == Kind::big_integer; }
  double number() const { return kind == Kind::integer ? static_cast<double>(i) : d; }
};

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

struct UnitEntry {
  Value id, name, parent, kind;
  std::size_t line = 0, column = 0;
};

struct NodeEntry {
  Value id, role, name, unit, level;
  bool has_attributes = false;
  std::vector<std::pair<std::string, Value>> attributes;
  std::size_t line = 0, column = 0;
};

struct EdgeEntry {
  Value source, target, type, weight, directed;
  std::size_t line = 0, column = 0;
};

enum class Section : std::uint8_t { meta, units, nodes, edges, unknown };

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

/// The values of one attribute, in node order.
struct AttributeValues {
  std::string name;
  std::vector<NodeId> nodes;
  std::vector<Value> values;
};

/// Feeds entries to the builder in the order it needs, and types the attribute columns.
class Loader {
 public:
  Loader(std::string_view text, const std::string& file, GraphBuilder& builder, Diagnostics& diags,
         const RunContext& ctx)
      : text_(text), file_(file), builder_(builder), diags_(diags), ctx_(ctx) {}

  /// Called once per entry read: checks cancellation and reports progress now and then.
  void tick(std::size_t consumed) {
    if (++entries_ % (1 << 16) != 0) return;
    ctx_.check_cancelled();
    if (!text_.empty()) ctx_.progress("reading", static_cast<double>(consumed) / static_cast<double>(text_.size()));
  }

  void on_meta(const ojson& meta) {
    detail::apply_meta(meta, text_, file_, builder_, diags_);
    declared_types_ = detail::read_attribute_types(meta, text_, file_, diags_);
    meta_done_ = true;
  }
  // Units need nothing before them, and nodes reach the builder only once units are complete.
  void on_unit(const UnitEntry& e) { feed_unit(e); }
  void on_node(NodeEntry&& e) {
    if (units_done_) {
      feed_node(e);
    } else {
      pending_nodes_.push_back(std::move(e));
    }
  }
  void on_edge(EdgeEntry&& e) {
    if (nodes_fed_ && meta_done_) {
      feed_edge(e);
    } else {
      pending_edges_.push_back(std::move(e));
    }
  }
  void on_section_done(Section s) {
    if (s == Section::units) units_done_ = true;
    if (s == Section::nodes && units_done_) nodes_fed_ = true;
  }

  /// After the whole document: what waited, then the attribute columns.
  void finish() {
    for (NodeEntry& e : pending_nodes_) feed_node(e);
    pending_nodes_.clear();
    nodes_fed_ = true;
    for (const EdgeEntry& e : pending_edges_) feed_edge(e);
    pending_edges_.clear();
    build_attributes();
  }

 private:
  void error(const Value& v, std::size_t line, std::size_t column, const std::string& msg) {
    if (v.kind == Value::Kind::absent) {
      diags_.error(file_, line, column, msg);
    } else {
      diags_.error(file_, v.line, v.column, msg);
    }
  }

  /// An id or a reference to one: a string or a whole number.
  std::optional<std::string> id_text(const Value& v, const char* entry, const char* key, std::size_t line,
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

  std::optional<std::string> text_field(const Value& v, const char* key) {
    if (v.kind == Value::Kind::string) return v.s;
    if (!v.given()) return std::string();
    if (v.kind != Value::Kind::compound)
      error(v, 0, 0, std::string("\"") + key + "\" must be a string, not " + shown(v));
    return std::nullopt;
  }

  void feed_unit(const UnitEntry& e) {
    const auto id = id_text(e.id, "unit", "id", e.line, e.column, true);
    const auto name = text_field(e.name, "name");
    const auto parent = id_text(e.parent, "unit", "parent", e.line, e.column, false);
    const auto kind = text_field(e.kind, "kind");
    if (!id || !name || !parent || !kind) return;
    builder_.add_unit(*id, *name, *parent, *kind, SourceLocation{file_, e.id.line, e.id.column});
  }

  void feed_node(NodeEntry& e) {
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

  void feed_edge(const EdgeEntry& e) {
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
    builder_.add_edge(*ends[0], *ends[1], layer, weight, directed,
                      SourceLocation{file_, e.source.line, e.source.column});
  }

  /// Types each attribute (declared, else from its values) and adds it as a column.
  void build_attributes() {
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

  AttributeType infer(const AttributeValues& a) {
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

  void push(AttributeColumn& column, const Value& v, bool declared) {
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

  std::string_view text_;
  const std::string& file_;
  GraphBuilder& builder_;
  Diagnostics& diags_;
  const RunContext& ctx_;
  std::size_t entries_ = 0;
  bool meta_done_ = false;
  bool units_done_ = false;
  bool nodes_fed_ = false;
  std::vector<NodeEntry> pending_nodes_;
  std::vector<EdgeEntry> pending_edges_;
  detail::AttributeTypeList declared_types_;
  std::vector<AttributeValues> attributes_;
  std::unordered_map<std::string, std::size_t> attribute_index_;
  std::string last_type_ = "\x01";
  LayerId last_layer_ = kNoLayer;
};

/// nlohmann SAX handler: walks the document, checks its shape, locates every value, and hands
/// complete entries to the Loader.
class Handler {
 public:
  Handler(std::string_view text, const std::string& file, const std::size_t* consumed, Loader& loader,
          Diagnostics& diags)
      : text_(text), file_(file), consumed_(consumed), cursor_(text), loader_(loader), diags_(diags) {}

  bool failed() const { return failed_; }
  bool seen(Section s) const { return seen_[static_cast<std::size_t>(s)]; }

  // --- nlohmann's SAX interface ---------------------------------------------------------
  bool null() { return scalar(make(Value::Kind::null)); }
  bool boolean(bool b) {
    Value v = make(Value::Kind::boolean);
    v.b = b;
    return scalar(std::move(v));
  }
  bool number_integer(std::int64_t x) {
    Value v = make(Value::Kind::integer);
    v.i = x;
    return scalar(std::move(v));
  }
  bool number_unsigned(std::uint64_t x) {
    if (x <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return number_integer(static_cast<std::int64_t>(x));
    Value v = make(Value::Kind::big_integer);
    v.d = static_cast<double>(x);
    v.s = std::to_string(x);
    return scalar(std::move(v));
  }
  bool number_float(double x, const std::string& /*text*/) {
    Value v = make(Value::Kind::real);
    v.d = x;
    return scalar(std::move(v));
  }
  bool string(std::string& s) {
    Value v = make(Value::Kind::string);
    v.s = std::move(s);
    return scalar(std::move(v));
  }
  bool binary(nlohmann::json::binary_t& /*unused*/) { return true; }  // JSON text has none
  bool start_object(std::size_t /*unused*/) { return open(true); }
  bool start_array(std::size_t /*unused*/) { return open(false); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& k);
  bool parse_error(std::size_t position, const std::string& /*last_token*/, const nlohmann::json::exception& ex) {
    detail::report_json_error(ex, position, text_, file_, diags_);
    failed_ = true;
    return false;
  }

 private:
  enum class State : std::uint8_t { document, top, section, entry, attributes, done };

  /// Offset where the value or key that the lexer has just read starts: after the previous
  /// token, past white space and the ',' or ':' between them.
  std::size_t token_start() const {
    std::size_t i = prev_end_;
    while (i < text_.size()) {
      const char c = text_[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':') break;
      ++i;
    }
    return i;
  }

  Value make(Value::Kind kind) {
    Value v;
    v.kind = kind;
    if (skip_ == 0) cursor_.locate(token_start(), v.line, v.column);
    prev_end_ = *consumed_;
    return v;
  }

  void error_at(std::size_t line, std::size_t column, const std::string& msg) {
    diags_.error(file_, line, column, msg);
  }

  std::string entry_word() const {
    return section_ == Section::units ? "unit" : section_ == Section::nodes ? "node" : "edge";
  }

  /// The slot for key `k` of the current entry; nullptr for an unknown key.
  Value* slot(std::string_view k) {
    switch (section_) {
      case Section::units:
        if (k == "id") return &unit_.id;
        if (k == "name") return &unit_.name;
        if (k == "parent") return &unit_.parent;
        if (k == "kind") return &unit_.kind;
        break;
      case Section::nodes:
        if (k == "id") return &node_.id;
        if (k == "role") return &node_.role;
        if (k == "name") return &node_.name;
        if (k == "unit") return &node_.unit;
        if (k == "level") return &node_.level;
        break;
      case Section::edges:
        if (k == "source") return &edge_.source;
        if (k == "target") return &edge_.target;
        if (k == "type") return &edge_.type;
        if (k == "weight") return &edge_.weight;
        if (k == "directed") return &edge_.directed;
        break;
      default:
        break;
    }
    return nullptr;
  }

  /// A fresh entry of the current section (only that one: the others are not in use).
  void start_entry(std::size_t line, std::size_t column) {
    switch (section_) {
      case Section::units:
        unit_ = UnitEntry{};
        unit_.line = line;
        unit_.column = column;
        break;
      case Section::nodes:
        node_ = NodeEntry{};
        node_.line = line;
        node_.column = column;
        break;
      default:
        edge_ = EdgeEntry{};
        edge_.line = line;
        edge_.column = column;
        break;
    }
  }

  bool scalar(Value v);
  bool open(bool is_object);
  bool close();
  void meta_insert(ojson value, bool container);

  std::string_view text_;
  const std::string& file_;
  const std::size_t* consumed_;
  detail::TextCursor cursor_;
  Loader& loader_;
  Diagnostics& diags_;

  std::size_t prev_end_ = 0;
  State state_ = State::document;
  Section section_ = Section::unknown;
  bool seen_[5] = {false, false, false, false, false};
  std::size_t skip_ = 0;      // depth inside a value being skipped
  bool ignore_next_ = false;  // the next value (scalar or container) is skipped
  bool failed_ = false;

  // Entries being read.
  UnitEntry unit_;
  NodeEntry node_;
  EdgeEntry edge_;
  Value* slot_ = nullptr;
  bool attributes_key_ = false;
  std::string attribute_key_;
  std::unordered_set<std::string> warned_keys_;

  // The meta object, built as a DOM.
  ojson meta_;
  std::vector<ojson*> meta_stack_;
  std::string meta_key_;
};

bool Handler::key(std::string& k) {
  std::size_t line = 0, column = 0;
  const std::size_t at = token_start();
  prev_end_ = *consumed_;
  if (skip_ > 0) return true;
  if (!meta_stack_.empty()) {
    meta_key_ = std::move(k);
    return true;
  }
  switch (state_) {
    case State::top: {
      section_ = k == "meta"    ? Section::meta
                 : k == "units" ? Section::units
                 : k == "nodes" ? Section::nodes
                 : k == "edges" ? Section::edges
                                : Section::unknown;
      if (section_ == Section::unknown) {
        cursor_.locate(at, line, column);
        diags_.warning(file_, line, column,
                       "unknown key '" + k + "' is ignored (a dataset has \"meta\", \"units\", \"nodes\", \"edges\")");
        ignore_next_ = true;
      } else if (seen(section_)) {
        cursor_.locate(at, line, column);
        error_at(line, column, "\"" + k + "\" appears twice");
        ignore_next_ = true;
      }
      seen_[static_cast<std::size_t>(section_)] = true;
      return true;
    }
    case State::entry: {
      attributes_key_ = section_ == Section::nodes && k == "attributes";
      slot_ = attributes_key_ ? nullptr : slot(k);
      const bool twice =
          attributes_key_ ? node_.has_attributes : (slot_ != nullptr && slot_->kind != Value::Kind::absent);
      if (twice) {
        cursor_.locate(at, line, column);
        error_at(line, column, "\"" + k + "\" appears twice in this " + entry_word());
        ignore_next_ = true;
        attributes_key_ = false;
      } else if (!attributes_key_ && slot_ == nullptr) {
        if (warned_keys_.insert(std::string(section_name(section_)) + "/" + k).second) {
          cursor_.locate(at, line, column);
          diags_.warning(file_, line, column,
                         "unknown key '" + k + "' in " + std::string(section_name(section_)) + " is ignored" +
                             (section_ == Section::nodes ? " (put extra fields in \"attributes\")" : ""));
        }
        ignore_next_ = true;
      }
      node_.has_attributes |= attributes_key_;
      return true;
    }
    case State::attributes: {
      for (const auto& [name, value] : node_.attributes)
        if (name == k) {
          cursor_.locate(at, line, column);
          error_at(line, column, "attribute '" + k + "' appears twice in this node");
          ignore_next_ = true;
          return true;
        }
      attribute_key_ = std::move(k);
      return true;
    }
    default:
      return true;
  }
}

bool Handler::scalar(Value v) {
  if (skip_ > 0) return true;
  if (ignore_next_) {
    ignore_next_ = false;
    return true;
  }
  if (!meta_stack_.empty()) {
    ojson j;
    switch (v.kind) {
      case Value::Kind::boolean:
        j = v.b;
        break;
      case Value::Kind::integer:
        j = v.i;
        break;
      case Value::Kind::big_integer:
        j = std::stoull(v.s);
        break;
      case Value::Kind::real:
        j = v.d;
        break;
      case Value::Kind::string:
        j = std::move(v.s);
        break;
      default:
        break;  // null
    }
    meta_insert(std::move(j), false);
    return true;
  }
  switch (state_) {
    case State::document:
      error_at(v.line, v.column,
               "a leadnet JSON dataset is an object: {\"meta\": {...}, \"units\": [...], \"nodes\": [...], "
               "\"edges\": [...]}");
      return false;
    case State::top:
      error_at(v.line, v.column,
               "\"" + std::string(section_name(section_)) + "\" must be " +
                   (section_ == Section::meta ? "an object" : "a list [...]") + ", not " + shown(v));
      return true;
    case State::section:
      error_at(
          v.line, v.column,
          "each entry of \"" + std::string(section_name(section_)) + "\" must be an object {...}, not " + shown(v));
      return true;
    case State::entry:
      if (attributes_key_) {
        if (v.given()) error_at(v.line, v.column, "\"attributes\" must be an object {\"name\": value, ...}");
        attributes_key_ = false;
      } else if (slot_ != nullptr) {
        *slot_ = std::move(v);
      }
      return true;
    case State::attributes:
      node_.attributes.emplace_back(std::move(attribute_key_), std::move(v));
      return true;
    case State::done:
      return true;
  }
  return true;
}

void Handler::meta_insert(ojson value, bool container) {
  ojson& parent = *meta_stack_.back();
  ojson* slot = nullptr;
  if (parent.is_array()) {
    parent.push_back(std::move(value));
    slot = &parent.back();
  } else {
    slot = &(parent[meta_key_] = std::move(value));
  }
  if (container) meta_stack_.push_back(slot);
}

bool Handler::open(bool is_object) {
  if (skip_ > 0) {
    ++skip_;
    prev_end_ = *consumed_;
    return true;
  }
  Value where = make(Value::Kind::compound);
  if (ignore_next_) {
    ignore_next_ = false;
    skip_ = 1;
    return true;
  }
  if (!meta_stack_.empty()) {
    if (meta_stack_.size() >= detail::kMaxMetaDepth) {
      error_at(where.line, where.column,
               "\"meta\" is nested more than " + std::to_string(detail::kMaxMetaDepth) +
                   " levels deep; leadnet does not read that");
      skip_ = 1;
      return true;
    }
    meta_insert(is_object ? ojson::object() : ojson::array(), true);
    return true;
  }
  const std::string what = is_object ? "an object" : "a list";
  switch (state_) {
    case State::document:
      if (!is_object) {
        error_at(where.line, where.column,
                 "a leadnet JSON dataset is an object: {\"meta\": {...}, \"units\": [...], \"nodes\": [...], "
                 "\"edges\": [...]}, not a list");
        return false;
      }
      state_ = State::top;
      return true;
    case State::top:
      if (section_ == Section::meta) {
        if (!is_object) {
          error_at(where.line, where.column, "\"meta\" must be an object, not a list");
          skip_ = 1;
          return true;
        }
        meta_ = ojson::object();
        meta_stack_.push_back(&meta_);
        return true;
      }
      if (is_object) {
        error_at(where.line, where.column, "\"" + std::string(section_name(section_)) + "\" must be a list [...]");
        skip_ = 1;
        return true;
      }
      state_ = State::section;
      return true;
    case State::section:
      if (!is_object) {
        error_at(where.line, where.column,
                 "each entry of \"" + std::string(section_name(section_)) + "\" must be an object {...}, not a list");
        skip_ = 1;
        return true;
      }
      state_ = State::entry;
      start_entry(where.line, where.column);
      return true;
    case State::entry:
      if (attributes_key_ && is_object) {
        state_ = State::attributes;
        attributes_key_ = false;
        return true;
      }
      if (attributes_key_) {
        error_at(where.line, where.column, "\"attributes\" must be an object {\"name\": value, ...}, not a list");
        attributes_key_ = false;
      } else if (slot_ != nullptr) {
        error_at(where.line, where.column, "this value must be a string, a number, true/false or null, not " + what);
        *slot_ = where;
      }
      skip_ = 1;
      return true;
    case State::attributes:
      error_at(where.line, where.column,
               "attribute '" + attribute_key_ + "' must be a number, a string, true/false or null, not " + what);
      skip_ = 1;
      return true;
    case State::done:
      skip_ = 1;
      return true;
  }
  return true;
}

bool Handler::close() {
  prev_end_ = *consumed_;
  if (skip_ > 0) {
    --skip_;
    return true;
  }
  if (!meta_stack_.empty()) {
    meta_stack_.pop_back();
    if (meta_stack_.empty()) loader_.on_meta(meta_);
    return true;
  }
  switch (state_) {
    case State::top:
      state_ = State::done;
      return true;
    case State::section:
      state_ = State::top;
      loader_.on_section_done(section_);
      return true;
    case State::entry:
      state_ = State::section;
      loader_.tick(*consumed_);
      if (section_ == Section::units) loader_.on_unit(unit_);
      if (section_ == Section::nodes) loader_.on_node(std::move(node_));
      if (section_ == Section::edges) loader_.on_edge(std::move(edge_));
      return true;
    case State::attributes:
      state_ = State::entry;
      return true;
    default:
      return true;
  }
}

/// Reads the JSON form from text already decoded.
OrgGraph read_json_decoded(const detail::TextFile& text, Diagnostics& diags, const RunContext& ctx) {
  const std::string& display = text.display_name;
  GraphBuilder builder(diags);
  Loader loader(text.bytes, display, builder, diags, ctx);
  std::size_t consumed = 0;
  Handler handler(text.bytes, display, &consumed, loader, diags);
  const char* begin = text.bytes.data();
  const bool ok = nlohmann::json::sax_parse(CountingIterator(begin, &consumed),
                                            CountingIterator(begin + text.bytes.size(), &consumed), &handler);
  if (ok && !handler.failed()) {
    if (!handler.seen(Section::nodes))
      diags.error(display, 1, 1,
                  "the dataset has no \"nodes\" list (see DESIGN: {\"nodes\": [...], \"edges\": [...]})");
    if (!handler.seen(Section::edges))
      diags.error(display, 1, 1, "the dataset has no \"edges\" list (write \"edges\": [] for people without ties)");
    loader.finish();
  }
  diags.throw_if_errors();
  return builder.build(ctx);
}

/// Entries (units, people, ties) in a JSON text, counted as '{' (an over-estimate: attribute
/// objects count too). Each costs what a person or a tie costs in the graph, and entries that
/// wait for what they depend on (edges before nodes) are held as parsed values meanwhile.
detail::InputEstimate estimate_json(const std::string& what, std::uint64_t size, std::string_view head) {
  const std::uint64_t entries = detail::estimate_records(size, head, '{');
  detail::InputEstimate e{what, size, 0, entries, entries * detail::kBytesPerNode};
  e.ties_word = "entries";
  return e;
}

}  // namespace

OrgGraph read_json(const fs::path& file, const ReadOptions& /*options*/, Diagnostics& diags, const RunContext& ctx) {
  const std::string display = file.string();
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) {
    const std::uint64_t size = fs::file_size(file, ec);
    if (!ec) detail::check_input_fits(estimate_json(display, size, detail::file_head(file)), ctx);
  }
  detail::TextFile text;
  if (!detail::read_text_file(file, display, text, diags)) diags.throw_if_errors();
  return read_json_decoded(text, diags, ctx);
}

OrgGraph read_json_text(std::string bytes, const std::string& name, const ReadOptions& /*options*/, Diagnostics& diags,
                        const RunContext& ctx) {
  detail::check_input_fits(estimate_json(name, bytes.size(), std::string_view(bytes).substr(0, detail::kSampleBytes)),
                           ctx);
  detail::TextFile text;
  if (!detail::decode_text(std::move(bytes), name, text, diags)) diags.throw_if_errors();
  return read_json_decoded(text, diags, ctx);
}

}  // namespace leadnet
