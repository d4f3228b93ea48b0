// One municipality as CSV rows of the folder form (DESIGN.md "Input"): units.csv, nodes.csv,
// edges.csv. Byte-for-byte deterministic: fixed formats, no locale.

#include <cstdio>

#include "gen/gen_detail.hpp"

namespace leadnet::gen::detail {

namespace {

void append_number(std::string& out, std::uint64_t x, std::uint32_t width = 0) {
  char buf[24];
  const int n = std::snprintf(buf, sizeof buf, "%0*llu", static_cast<int>(width), static_cast<unsigned long long>(x));
  out.append(buf, static_cast<std::size_t>(n));
}

}  // namespace

char id_letter(Role role) {
  switch (role) {
    case Role::leader: return 'l';
    case Role::hr: return 'h';
    case Role::politician: return 'p';
    case Role::staff: return 's';
    case Role::citizen: return 'c';
    case Role::external: return 'e';
    case Role::council: return 't';  // tillidsrepræsentant
  }
  return 'x';
}

void append_id(std::string& out, const Org& org, std::uint32_t person) {
  const Person& p = org.people[person];
  out += org.spec.prefix;
  out += id_letter(p.role);
  append_number(out, p.number, org.width[static_cast<std::size_t>(p.role)]);
}

std::string person_id(const Org& org, std::uint32_t person) {
  std::string s;
  append_id(s, org, person);
  return s;
}

std::string person_name(const Org& org, std::uint32_t person) {
  const Person& p = org.people[person];
  if (p.role == Role::citizen) return {};  // pseudonymous: the id is all there is
  if (p.role == Role::external) {
    const auto& kinds = external_partner_kinds();
    const std::size_t i = p.number - 1;
    std::string name = std::string(kinds[i % kinds.size()]) + " " + org.spec.short_name;
    if (i >= kinds.size()) name += " " + std::to_string(i / kinds.size() + 1);
    return name;
  }
  std::string name = first_names()[p.first];
  name += ' ';
  if (p.middle != kNoName) {
    name += middle_names()[p.middle];
    name += ' ';
  }
  name += last_names()[p.last];
  return name;
}

void append_field(std::string& out, std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_unit_rows(std::string& out, const Org& org, std::string_view national_root) {
  for (const GUnit& u : org.units) {
    append_field(out, u.id);
    out += ',';
    append_field(out, u.name);
    out += ',';
    append_field(out, u.parent == kNone ? national_root : std::string_view(org.units[u.parent].id));
    out += ',';
    out += u.kind;
    out += '\n';
  }
}

void append_node_rows(std::string& out, const Org& org) {
  const auto& ages = age_groups();
  for (std::uint32_t v = 0; v < org.people.size(); ++v) {
    const Person& p = org.people[v];
    append_id(out, org, v);
    out += ',';
    append_field(out, person_name(org, v));
    out += ',';
    out += role_name(p.role);
    out += ',';
    if (p.unit != kNone) append_field(out, org.units[p.unit].id);
    out += ',';
    if (p.level >= 0) append_number(out, static_cast<std::uint64_t>(p.level));
    out += ',';
    if (p.title != kNone) append_field(out, org.title(p.title));
    out += ',';
    if (p.fte != 0) {
      append_number(out, p.fte / 100u);
      out += '.';
      append_number(out, p.fte % 100u, 2);
    }
    out += ',';
    if (p.tenure != 0xFF) append_number(out, p.tenure);
    out += ',';
    if (v < org.citizens_begin) {
      const auto it = org.committees.find(v);
      if (it != org.committees.end()) append_field(out, it->second);
    }
    out += ',';
    if (p.age_group != 0xFF) out += ages[p.age_group].label;
    out += '\n';
  }
}

void append_edge_rows(std::string& out, const Org& org) {
  for (const Edge& e : org.edges) {
    append_id(out, org, e.s);
    out += ',';
    append_id(out, org, e.t);
    out += ',';
    out += edge_type_name(e.type);
    out += ',';
    append_number(out, e.weight);
    out += '\n';
  }
}

}  // namespace leadnet::gen::detail
