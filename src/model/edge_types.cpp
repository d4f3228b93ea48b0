#include "leadnet/model/edge_types.hpp"

#include "model/text_detail.hpp"

namespace leadnet {

const std::array<EdgeTypeInfo, kBuiltinEdgeTypeCount>& builtin_edge_types() {
  static const std::array<EdgeTypeInfo, kBuiltinEdgeTypeCount> kTable = {{
      {EdgeType::reports_to, "reports_to", true, "formal line, subordinate -> manager"},
      {EdgeType::dotted_line, "dotted_line", true, "secondary formal line, subordinate -> manager"},
      {EdgeType::advice, "advice", true, "asks for advice, seeker -> adviser"},
      {EdgeType::sparring, "sparring", false, "confidential sparring"},
      {EdgeType::collaboration, "collaboration", false, "works together"},
      {EdgeType::communication, "communication", true, "mail, meetings, calls, sender -> receiver"},
      {EdgeType::hr_support, "hr_support", true, "gets HR support, leader -> HR"},
      {EdgeType::political, "political", true, "political steering, politician -> leader"},
      {EdgeType::service, "service", true, "serves the citizen, staff -> citizen"},
      {EdgeType::network, "network", false, "network group across units"},
  }};
  return kTable;
}

std::string_view edge_type_name(EdgeType type) {
  return builtin_edge_types()[static_cast<std::size_t>(type)].name;
}

std::string normalise_type_name(std::string_view text) {
  std::string key = detail::fold_key(text);
  for (auto& c : key)
    if (c == ' ' || c == '-') c = '_';
  return key;
}

std::optional<EdgeType> parse_edge_type(std::string_view text) {
  const std::string key = normalise_type_name(text);
  for (const auto& info : builtin_edge_types())
    if (key == info.name) return info.type;
  struct Alias {
    std::string_view spelling;
    EdgeType type;
  };
  // Danish spellings, with and without æ/ø/å (fold_key lowercases those too).
  static constexpr Alias kAliases[] = {
      {"rapporterer_til", EdgeType::reports_to},  {"refererer_til", EdgeType::reports_to},
      {"leder", EdgeType::reports_to},            {"stiplet_linje", EdgeType::dotted_line},
      {"råd", EdgeType::advice},                  {"raad", EdgeType::advice},
      {"rådgivning", EdgeType::advice},           {"raadgivning", EdgeType::advice},
      {"samarbejde", EdgeType::collaboration},    {"kommunikation", EdgeType::communication},
      {"hr_støtte", EdgeType::hr_support},        {"hr_stoette", EdgeType::hr_support},
      {"hr_sparring", EdgeType::hr_support},      {"politisk", EdgeType::political},
      {"betjening", EdgeType::service},           {"borgerservice", EdgeType::service},
      {"netværk", EdgeType::network},             {"netvaerk", EdgeType::network},
  };
  for (const auto& a : kAliases)
    if (key == a.spelling) return a.type;
  return std::nullopt;
}

}  // namespace leadnet
