#include "leadnet/report/summary_json.hpp"

#include <nlohmann/json.hpp>

namespace leadnet {

nlohmann::json summary_to_json(const OrgGraph& g, const OrgSummary& s) {
  using nlohmann::json;
  json j;
  j["schema"] = "leadnet/info/1";
  j["name"] = g.meta().name;
  j["nodes"] = s.nodes;
  j["ties"] = s.ties;
  json roles = json::object();
  for (Role r : kAllRoles) roles[std::string(role_name(r))] = s.people_by_role[static_cast<std::size_t>(r)];
  j["people_by_role"] = roles;
  json types = json::object();
  for (const auto& l : s.layers)
    types[l.name] = {{"ties", l.ties},          {"directed", l.directed}, {"weighted", l.weighted},
                     {"total_weight", l.total_weight}, {"builtin", l.builtin}};
  j["edges_by_type"] = types;
  json top = json::array();
  for (const auto& u : s.top_units)
    top.push_back({{"id", g.units()[u.unit].id}, {"name", g.units()[u.unit].name}, {"people", u.people}});
  j["units"] = {{"count", s.units},
                {"max_depth", s.unit_depth},
                {"synthetic_root", g.units().synthetic_root()},
                {"top", top},
                {"people_without_unit", s.people_without_unit}};
  json levels = json::object();
  for (const auto& [level, count] : s.people_by_level) levels[level < 0 ? "unknown" : std::to_string(level)] = count;
  j["levels"] = levels;
  j["components"] = {{"count", s.components}, {"largest", s.largest_component}, {"isolates", s.isolates}};
  json roots = json::array();
  for (NodeId r : s.formal.roots) roots.push_back(std::string(g.id(r)));
  json problems = json::array();
  for (const auto& p : s.formal.problems) {
    json ids = json::array();
    for (NodeId v : p.nodes) ids.push_back(std::string(g.id(v)));
    problems.push_back({{"kind", formal_problem_name(p.kind)}, {"ids", ids}, {"message", p.message}});
  }
  j["formal"] = {{"ties", s.formal.ties},
                 {"layers", s.formal.layers},
                 {"roots", roots},
                 {"max_span", s.formal.max_span},
                 {"max_span_leader",
                  s.formal.max_span_leader == kNoNode ? json(nullptr) : json(std::string(g.id(s.formal.max_span_leader)))},
                 {"problems", problems}};
  json attrs = json::array();
  for (const auto& a : g.attributes()) attrs.push_back({{"name", a.name()}, {"type", attribute_type_name(a.type())}});
  j["attributes"] = attrs;
  return j;
}

}  // namespace leadnet
