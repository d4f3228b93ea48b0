#include "io/number_parse.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "model/text_detail.hpp"

namespace leadnet::detail {

std::optional<std::int64_t> parse_int64(std::string_view s) {
  if (s.empty()) return std::nullopt;
  const char* first = s.data();
  const char* last = s.data() + s.size();
  if (*first == '+') ++first;
  if (first == last) return std::nullopt;
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || ptr != last) return std::nullopt;
  return value;
}

std::optional<double> parse_real(std::string_view s, bool decimal_comma) {
  if (s.empty() || s.size() > 64) return std::nullopt;
  std::array<char, 65> buf{};
  std::size_t n = 0;
  bool seen_point = false;
  for (char c : s) {
    if (c == ',' && decimal_comma) c = '.';
    if (c == '.') {
      if (seen_point) return std::nullopt;  // "1.000,5" or "1,2,3": ambiguous, refuse
      seen_point = true;
    } else if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e' || c == 'E')) {
      return std::nullopt;  // rejects nan, inf, hex, spaces inside
    }
    buf[n++] = c;
  }
  const char* first = buf.data();
  const char* last = buf.data() + n;
  if (*first == '+') ++first;
  double value = 0.0;
  auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || ptr != last || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<bool> parse_bool(std::string_view s) {
  const std::string key = fold_key(s);
  if (key == "true" || key == "yes" || key == "ja" || key == "1") return true;
  if (key == "false" || key == "no" || key == "nej" || key == "0") return false;
  return std::nullopt;
}

std::string format_double(double x) {
  std::array<char, 32> buf{};
  auto [ptr, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), x);
  if (ec != std::errc()) return "0";
  return std::string(buf.data(), ptr);
}

}  // namespace leadnet::detail
