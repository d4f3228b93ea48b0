#pragma once
// meta.json (and the "meta" object of the JSON form): dataset facts and custom edge types.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/model/graph_builder.hpp"

namespace leadnet::detail {

/// Applies a parsed meta object to the builder: sets Meta, declares custom edge types
/// (`edge_types`: a list of {"name", "directed", "description"} or an object name -> {...}).
/// Problems are reported against `file`, located by searching `text` for the offending key.
void apply_meta(const nlohmann::json& meta, std::string_view text, const std::string& file, GraphBuilder& builder,
                Diagnostics& diags);

/// Line and column of the first occurrence of "key" in a JSON text (1, 1 when not found).
void locate_key(std::string_view text, std::string_view key, std::size_t& line, std::size_t& column);

/// Reports a nlohmann parse error located at its byte offset.
void report_json_parse_error(const nlohmann::json::parse_error& e, std::string_view text, const std::string& file,
                             Diagnostics& diags);

}  // namespace leadnet::detail
