#pragma once
// Number formatting that the report, the maps and the command line share (private to leadnet):
// the same count or value reads the same in a terminal table, a report sentence and a map.

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace leadnet::detail {

/// 12,345: an integer with thousands separated by commas.
inline std::string group_digits(std::uint64_t x) {
  std::string s = std::to_string(x);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

/// "1 leader" / "4 leaders" (the count grouped: "1,204 leaders").
inline std::string count_of(std::uint64_t n, std::string_view one, std::string_view many) {
  return group_digits(n) + " " + std::string(n == 1 ? one : many);
}

/// A number for CSV and JSON text: the shortest form that reads back as the same double
/// ("0.1", "1e-07", "inf"); empty for NaN.
inline std::string number_text(double x) {
  if (std::isnan(x)) return {};
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, r.ptr);
}

/// A number for CSV with up to 10 significant digits ("0.1234567891"); empty for NaN.
inline std::string csv_number(double x) {
  if (std::isnan(x)) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", x);
  return buf;
}

}  // namespace leadnet::detail
