#include "leadnet/core/diagnostics.hpp"

#include <utility>

namespace leadnet {

std::string Diagnostic::format() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += severity == Severity::error ? ": error: " : ": warning: ";
  out += message;
  return out;
}

void Diagnostics::error(std::string file, std::size_t line, std::size_t column, std::string message) {
  ++error_count_;
  if (stored_errors_ >= max_errors_) return;
  ++stored_errors_;
  items_.push_back({std::move(file), line, column, Severity::error, std::move(message)});
}

void Diagnostics::warning(std::string file, std::size_t line, std::size_t column, std::string message) {
  ++warning_count_;
  if (stored_warnings_ >= max_warnings_) return;
  ++stored_warnings_;
  items_.push_back({std::move(file), line, column, Severity::warning, std::move(message)});
}

void Diagnostics::throw_if_errors() const {
  if (error_count_ == 0) return;
  std::vector<Diagnostic> errors;
  for (const auto& d : items_)
    if (d.severity == Severity::error) errors.push_back(d);
  throw InputError(std::move(errors), error_count_);
}

namespace {
std::string summarise(const std::vector<Diagnostic>& errors, std::size_t total) {
  if (errors.empty()) return "invalid input";
  std::string s = errors.front().format();
  if (total > 1) s += " (and " + std::to_string(total - 1) + " more)";
  return s;
}
}  // namespace

InputError::InputError(std::vector<Diagnostic> errors, std::size_t total_errors)
    : std::runtime_error(summarise(errors, total_errors)),
      errors_(std::move(errors)),
      total_errors_(total_errors) {}

InputError::InputError(std::string file, std::size_t line, std::size_t column, std::string message)
    : InputError(std::vector<Diagnostic>{{std::move(file), line, column, Severity::error, std::move(message)}},
                 1) {}

}  // namespace leadnet
