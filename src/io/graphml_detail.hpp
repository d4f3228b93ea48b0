#pragma once
// The GraphML reader's parts (used by graphml_reader.cpp and graphml_elements.cpp): the declared
// keys, and the reader that walks the parsed document, with its helpers that turn pugixml's
// offsets into file, line and column.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <pugixml.hpp>

#include "io/text_input.hpp"
#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/run_context.hpp"
#include "leadnet/io/reader.hpp"
#include "leadnet/model/attributes.hpp"
#include "leadnet/model/graph_builder.hpp"

namespace leadnet::detail::graphml_input {

/// Element name without a namespace prefix ("y:NodeLabel" -> "NodeLabel").
inline std::string_view local_name(const pugi::xml_node& n) {
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

inline std::string_view type_words(AttributeType t) {
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

/// Reads one parsed document into a GraphBuilder, locating every message at its line and column.
/// graphml_reader.cpp reads the keys, the graph and its data; graphml_elements.cpp the <data>
/// elements and the nodes and edges.
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

}  // namespace leadnet::detail::graphml_input
