#include "leadnet/core/diagnostics.hpp"

#include <cstdint>
#include <cstdio>
#include <utility>

namespace leadnet {

namespace {

/// Length of the UTF-8 sequence at s[i] (1-4), or 0 when it is not valid UTF-8.
std::size_t utf8_length(std::string_view s, std::size_t i, std::uint32_t& cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

bool unsafe_code_point(std::uint32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char buf[16];
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = 0;
    const std::size_t len = utf8_length(text, i, cp);
    if (len == 0) {
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[i])));
      out += buf;
      ++i;
      continue;
    }
    if (unsafe_code_point(cp)) {
      if (cp < 0x100) {
        std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(cp));
      } else {
        std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
      }
      out += buf;
    } else {
      out.append(text.data() + i, len);
    }
    i += len;
  }
  return out;
}

std::string Diagnostic::format() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += severity == Severity::error ? ": error: " : ": warning: ";
  out += message;
  return printable(out);
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
