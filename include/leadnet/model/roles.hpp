#pragma once
// The roles a person (node) can have, with the Danish aliases accepted on input.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace leadnet {

enum class Role : std::uint8_t { leader, hr, politician, staff, citizen, external, council };

inline constexpr std::size_t kRoleCount = 7;
inline constexpr std::array<Role, kRoleCount> kAllRoles = {Role::leader,  Role::hr,       Role::politician,
                                                           Role::staff,   Role::citizen,  Role::external,
                                                           Role::council};

/// Canonical English name: "leader", "hr", ...
std::string_view role_name(Role role);
/// Parses a role name or Danish alias (leder, politiker, medarbejder, borger, ekstern, med),
/// case-insensitively, ignoring surrounding spaces. Empty optional when unknown.
std::optional<Role> parse_role(std::string_view text);
/// The accepted spellings, for error messages: "leader, hr, politician, ...".
std::string_view role_choices();

}  // namespace leadnet
