#include "io/meta_json.hpp"

#include "io/text_input.hpp"

namespace leadnet::detail {

void locate_key(std::string_view text, std::string_view key, std::size_t& line, std::size_t& column) {
  const std::string needle = "\"" + std::string(key) + "\"";
  const std::size_t at = text.find(needle);
  if (at == std::string_view::npos) {
    line = 1;
    column = 1;
    return;
  }
  line_column(text, at, line, column);
}

void report_json_parse_error(const nlohmann::json::parse_error& e, std::string_view text, const std::string& file,
                             Diagnostics& diags) {
  std::size_t line = 0, column = 0;
  const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
  line_column(text, offset, line, column);
  // nlohmann's message starts "[json.exception.parse_error.101] parse error at line 1, column 2: ";
  // keep only the part after the last ": " that describes the problem.
  std::string what = e.what();
  const std::size_t cut = what.find("syntax error");
  if (cut != std::string::npos) what = what.substr(cut);
  diags.error(file, line, column, "invalid JSON: " + what);
}

namespace {

std::string string_field(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

void declare_type(const nlohmann::json& spec, const std::string& name, std::string_view text, const std::string& file,
                  GraphBuilder& builder, Diagnostics& diags) {
  std::size_t line = 0, column = 0;
  locate_key(text, name.empty() ? "edge_types" : name, line, column);
  if (name.empty()) {
    diags.error(file, line, column, "an entry of edge_types has no name");
    return;
  }
  if (!spec.is_object()) {
    diags.error(file, line, column, "edge type '" + name + "' must be an object like {\"directed\": true}");
    return;
  }
  bool directed = true;
  if (const auto it = spec.find("directed"); it != spec.end()) {
    if (!it->is_boolean()) {
      diags.error(file, line, column, "edge type '" + name + "': \"directed\" must be true or false");
      return;
    }
    directed = it->get<bool>();
  }
  if (parse_edge_type(name)) {
    // A built-in type listed again: allowed only with its own direction.
    const auto t = *parse_edge_type(name);
    if (builtin_edge_types()[static_cast<std::size_t>(t)].directed != directed)
      diags.error(file, line, column,
                  "edge type '" + name + "' is built in and its direction cannot be changed in meta.json "
                  "(use the 'directed' column of edges.csv per tie)");
    return;
  }
  builder.declare_layer(name, directed, string_field(spec, "description"));
}

}  // namespace

void apply_meta(const nlohmann::json& meta, std::string_view text, const std::string& file, GraphBuilder& builder,
                Diagnostics& diags) {
  if (!meta.is_object()) {
    diags.error(file, 1, 1, "meta must be a JSON object");
    return;
  }
  Meta m;
  m.name = string_field(meta, "name");
  m.description = string_field(meta, "description");
  m.date = string_field(meta, "date");
  if (m.date.empty()) m.date = string_field(meta, "wave");
  nlohmann::json extra = nlohmann::json::object();
  for (auto it = meta.begin(); it != meta.end(); ++it) {
    if (it.key() == "name" || it.key() == "description" || it.key() == "date" || it.key() == "edge_types") continue;
    extra[it.key()] = it.value();
  }
  m.extra_json = extra.empty() ? std::string() : extra.dump();
  builder.set_meta(std::move(m));

  const auto types = meta.find("edge_types");
  if (types == meta.end() || types->is_null()) return;
  if (types->is_array()) {
    for (const auto& spec : *types) {
      const std::string name = spec.is_object() ? string_field(spec, "name") : std::string();
      declare_type(spec, name, text, file, builder, diags);
    }
  } else if (types->is_object()) {
    for (auto it = types->begin(); it != types->end(); ++it) declare_type(it.value(), it.key(), text, file, builder, diags);
  } else {
    std::size_t line = 0, column = 0;
    locate_key(text, "edge_types", line, column);
    diags.error(file, line, column, "\"edge_types\" must be a list of {\"name\", \"directed\", \"description\"}");
  }
}

}  // namespace leadnet::detail
