#include "io/meta_json.hpp"

#include "io/text_input.hpp"
#include "model/text_detail.hpp"

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

bool check_json_depth(std::string_view text, const std::string& file, Diagnostics& diags, std::size_t limit) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) {
        std::size_t line = 0, column = 0;
        line_column(text, i, line, column);
        diags.error(file, line, column,
                    "JSON nested more than " + std::to_string(limit) + " levels deep; leadnet does not read that");
        return false;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

void report_json_parse_error(const nlohmann::json::parse_error& e, std::string_view text, const std::string& file,
                             Diagnostics& diags) {
  report_json_error(e, e.byte, text, file, diags);
}

void report_json_error(const nlohmann::json::exception& e, std::size_t position, std::string_view text,
                       const std::string& file, Diagnostics& diags) {
  std::size_t line = 0, column = 0;
  const std::size_t offset = position > 0 ? position - 1 : 0;
  line_column(text, offset, line, column);
  diags.error(file, line, column, "invalid JSON: " + json_error_text(e));
}

std::string json_error_text(const nlohmann::json::exception& e) {
  // nlohmann's message starts "[json.exception.parse_error.101] parse error at line 1, column 2: ";
  // keep only the part that describes the problem.
  std::string what = e.what();
  if (const std::size_t cut = what.find("syntax error"); cut != std::string::npos) return what.substr(cut);
  if (const std::size_t bracket = what.find("] "); bracket != std::string::npos) return what.substr(bracket + 2);
  return what;
}

namespace {

std::string string_field(const nlohmann::ordered_json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

void declare_type(const nlohmann::ordered_json& spec, const std::string& name, std::string_view text, const std::string& file,
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

void apply_meta(const nlohmann::ordered_json& meta, std::string_view text, const std::string& file, GraphBuilder& builder,
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
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  for (auto it = meta.begin(); it != meta.end(); ++it) {
    if (it.key() == "name" || it.key() == "description" || it.key() == "date" || it.key() == "edge_types" ||
        it.key() == "attribute_types")
      continue;
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

std::optional<AttributeType> parse_attribute_type(std::string_view name) {
  const std::string key = fold_key(name);
  if (key == "integer" || key == "int" || key == "long") return AttributeType::integer;
  if (key == "real" || key == "float" || key == "double" || key == "number") return AttributeType::real;
  if (key == "boolean" || key == "bool") return AttributeType::boolean;
  if (key == "text" || key == "string") return AttributeType::text;
  return std::nullopt;
}

AttributeTypeList read_attribute_types(const nlohmann::ordered_json& meta, std::string_view text,
                                       const std::string& file, Diagnostics& diags) {
  AttributeTypeList out;
  if (!meta.is_object()) return out;
  const auto types = meta.find("attribute_types");
  if (types == meta.end() || types->is_null()) return out;
  std::size_t line = 0, column = 0;
  if (!types->is_object()) {
    locate_key(text, "attribute_types", line, column);
    diags.error(file, line, column,
                "\"attribute_types\" must be an object like {\"age\": \"integer\", \"postcode\": \"text\"}");
    return out;
  }
  for (auto it = types->begin(); it != types->end(); ++it) {
    const std::optional<AttributeType> type =
        it.value().is_string() ? parse_attribute_type(it.value().get<std::string>()) : std::nullopt;
    if (!type) {
      locate_key(text, it.key(), line, column);
      diags.error(file, line, column,
                  "attribute_types: the type of '" + it.key() + "' must be \"integer\", \"real\", \"boolean\" or \"text\"");
      continue;
    }
    out.emplace_back(std::string(trim(it.key())), *type);
  }
  return out;
}

}  // namespace leadnet::detail
