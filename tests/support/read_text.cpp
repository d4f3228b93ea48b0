#include "support/read_text.hpp"

#include <catch2/catch.hpp>

namespace leadnet::test {

OrgGraph read_text(const TempDir& dir, const std::string& extension, const std::string& text, Diagnostics& diags,
                   const ReadOptions& options) {
  const auto path = dir / ("in" + extension);
  write_file(path, text);
  return read_dataset(path, options, diags);
}

std::vector<std::string> text_errors(const std::string& extension, const std::string& text) {
  TempDir dir("text-errors");
  Diagnostics diags;
  try {
    read_text(dir, extension, text, diags);
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (const auto& d : e.errors())
      out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
    return out;
  }
  FAIL("expected an InputError");
  return {};
}

bool has_error(const std::vector<std::string>& errors, const std::string& located_start) {
  for (const auto& e : errors)
    if (e.rfind(located_start, 0) == 0) return true;
  return false;
}

std::string joined(const std::vector<std::string>& errors) {
  std::string s;
  for (const auto& x : errors) s += x + "\n";
  return s;
}

bool has_warning(const Diagnostics& diags, const std::string& part) {
  for (const auto& d : diags.items())
    if (d.severity == Severity::warning && d.message.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace leadnet::test
