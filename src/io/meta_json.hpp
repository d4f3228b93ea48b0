#pragma once
// meta.json (and the "meta" object of the JSON form): dataset facts and custom edge types.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/model/attributes.hpp"
#include "leadnet/model/graph_builder.hpp"

namespace leadnet::detail {

/// Applies a parsed meta object to the builder: sets Meta, declares custom edge types
/// (`edge_types`: a list of {"name", "directed", "description"} or an object name -> {...}).
/// Problems are reported against `file`, located by searching `text` for the offending key.
/// Keys other than name, description, date, edge_types and attribute_types are kept in
/// Meta::extra_json in their order.
void apply_meta(const nlohmann::ordered_json& meta, std::string_view text, const std::string& file,
                GraphBuilder& builder, Diagnostics& diags);

/// The types declared in meta's "attribute_types": {"NAME": "integer" | "real" | "boolean" |
/// "text", ...} (also int/long, float/double, bool, string), in the order written. A declared
/// type replaces inference: a CSV text column whose values all look like numbers stays text.
using AttributeTypeList = std::vector<std::pair<std::string, AttributeType>>;
AttributeTypeList read_attribute_types(const nlohmann::ordered_json& meta, std::string_view text,
                                       const std::string& file, Diagnostics& diags);
/// Parses one attribute type name (as above); empty when unknown.
std::optional<AttributeType> parse_attribute_type(std::string_view name);

/// Line and column of the first occurrence of "key" in a JSON text (1, 1 when not found).
void locate_key(std::string_view text, std::string_view key, std::size_t& line, std::size_t& column);

/// Deepest nesting of objects and lists accepted in meta: deeper JSON would overflow the stack in
/// nlohmann's recursive copy and dump.
inline constexpr std::size_t kMaxMetaDepth = 64;

/// False (with a located error) when a JSON text nests lists and objects deeper than `limit`.
bool check_json_depth(std::string_view text, const std::string& file, Diagnostics& diags,
                      std::size_t limit = kMaxMetaDepth);

/// Reports a nlohmann parse error located at its byte offset.
void report_json_parse_error(const nlohmann::json::parse_error& e, std::string_view text, const std::string& file,
                             Diagnostics& diags);
/// The part of a nlohmann exception's message that describes the problem.
std::string json_error_text(const nlohmann::json::exception& e);
/// The same for any nlohmann exception raised while parsing (a number too large is an
/// out_of_range error) at `position` (1-based count of the bytes read, as nlohmann gives it).
void report_json_error(const nlohmann::json::exception& e, std::size_t position, std::string_view text,
                       const std::string& file, Diagnostics& diags);

}  // namespace leadnet::detail
