#include "leadnet/model/roles.hpp"

#include "model/text_detail.hpp"

namespace leadnet {

std::string_view role_name(Role role) {
  switch (role) {
    case Role::leader: return "leader";
    case Role::hr: return "hr";
    case Role::politician: return "politician";
    case Role::staff: return "staff";
    case Role::citizen: return "citizen";
    case Role::external: return "external";
    case Role::council: return "council";
  }
  return "staff";
}

std::optional<Role> parse_role(std::string_view text) {
  char buffer[32];
  std::string_view key;
  if (!detail::fold_key_into(text, buffer, sizeof buffer, key)) return std::nullopt;  // no role is that long
  struct Alias {
    std::string_view spelling;
    Role role;
  };
  static constexpr Alias kAliases[] = {
      {"leader", Role::leader},         {"leder", Role::leader},          {"hr", Role::hr},
      {"politician", Role::politician}, {"politiker", Role::politician},  {"staff", Role::staff},
      {"medarbejder", Role::staff},     {"employee", Role::staff},        {"citizen", Role::citizen},
      {"borger", Role::citizen},        {"external", Role::external},     {"ekstern", Role::external},
      {"council", Role::council},       {"med", Role::council},
  };
  for (const auto& a : kAliases)
    if (key == a.spelling) return a.role;
  return std::nullopt;
}

std::string_view role_choices() {
  return "leader (leder), hr, politician (politiker), staff (medarbejder), citizen (borger), "
         "external (ekstern), council (med)";
}

}  // namespace leadnet
