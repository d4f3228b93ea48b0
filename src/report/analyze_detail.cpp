#include "report/analyze_detail.hpp"

#include <cmath>
#include <cstdio>

namespace leadnet::detail {

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

}  // namespace leadnet::detail
