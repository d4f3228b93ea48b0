#pragma once
// The JSON reader's entries and loader (used by json_reader.cpp): the values of one unit, person
// or tie as the SAX handler located them, and the Loader that feeds complete entries to the
// GraphBuilder in the order it needs and types the attribute columns at the end.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/meta_json.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/run_context.hpp"
#include "leadnet/model/attributes.hpp"
#include "leadnet/model/graph_builder.hpp"

namespace leadnet::detail::json_input {

using ojson = nlohmann::ordered_json;

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

std::string value_text(const Value& v);

std::string_view kind_name(Value::Kind k);

/// A value shown in a message: text in quotes, anything else as JSON would write it.
std::string shown(const Value& v);

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

std::string_view section_name(Section s);

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
  void tick(std::size_t consumed);

  void on_meta(const ojson& meta);
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
  void finish();

 private:
  void error(const Value& v, std::size_t line, std::size_t column, const std::string& msg);

  /// An id or a reference to one: a string or a whole number.
  std::optional<std::string> id_text(const Value& v, const char* entry, const char* key, std::size_t line,
                                     std::size_t column, bool required);

  std::optional<std::string> text_field(const Value& v, const char* key);

  void feed_unit(const UnitEntry& e);

  void feed_node(NodeEntry& e);

  void feed_edge(const EdgeEntry& e);

  /// Types each attribute (declared, else from its values) and adds it as a column.
  void build_attributes();

  AttributeType infer(const AttributeValues& a);

  void push(AttributeColumn& column, const Value& v, bool declared);

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

}  // namespace leadnet::detail::json_input
