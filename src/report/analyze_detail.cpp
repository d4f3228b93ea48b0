#include "report/analyze_detail.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace leadnet::detail {

std::string group_digits(std::uint64_t x) {
  std::string s = std::to_string(x);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

std::string fixed(double x, int decimals) {
  if (std::isnan(x)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s = buf;
  if (s == "-0" || s.rfind("-0.", 0) == 0) {
    // "-0.0" reads as a sign error in a sentence.
    bool zero = true;
    for (char c : s.substr(1))
      if (c != '0' && c != '.') zero = false;
    if (zero) s.erase(0, 1);
  }
  return s;
}

std::string significant(double x) {
  if (std::isnan(x)) return "-";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3g", x);
  return buf;
}

std::string percent(double share) {
  if (std::isnan(share)) return "-";
  const double p = 100.0 * share;
  return fixed(p, p >= 10.0 || p == 0.0 ? 0 : 1) + " %";
}

std::string count_of(std::uint64_t n, std::string_view one, std::string_view many) {
  return group_digits(n) + " " + std::string(n == 1 ? one : many);
}

std::string join_words(const std::vector<std::string>& items) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) s += i + 1 == items.size() ? " and " : ", ";
    s += items[i];
  }
  return s;
}

std::string person_ref(const OrgGraph& g, NodeId v) {
  if (v == kNoNode) return "-";
  if (g.name(v).empty()) return std::string(g.id(v));
  return std::string(g.name(v)) + " (" + std::string(g.id(v)) + ")";
}

std::string unit_name(const OrgGraph& g, UnitId u) { return u == kNoUnit ? std::string() : g.units()[u].name; }

void append_csv(std::string& line, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    line += field;
    return;
  }
  line += '"';
  for (char c : field) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

std::string number_text(double x) {
  if (std::isnan(x)) return {};
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  (void)ec;
  return std::string(buf, end);
}

}  // namespace leadnet::detail
