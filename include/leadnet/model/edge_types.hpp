#pragma once
// Built-in edge types (layers) with their default direction and the Danish aliases accepted on
// input. Datasets may declare further types in meta.json; those get layer ids after these.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace leadnet {

enum class EdgeType : std::uint8_t {
  reports_to,     // subordinate -> manager: the formal line
  dotted_line,    // subordinate -> manager: secondary formal line
  advice,         // seeker -> adviser
  sparring,       // undirected: confidential sounding board
  collaboration,  // undirected: works together
  communication,  // sender -> receiver; weight = volume
  hr_support,     // leader -> HR
  political,      // politician -> leader
  service,        // staff -> citizen
  network,        // undirected: network group across units
};

inline constexpr std::size_t kBuiltinEdgeTypeCount = 10;

struct EdgeTypeInfo {
  EdgeType type;
  std::string_view name;
  bool directed;
  std::string_view meaning;
};

/// Table of built-in types, indexed by the enum value (which is also the layer id).
const std::array<EdgeTypeInfo, kBuiltinEdgeTypeCount>& builtin_edge_types();
std::string_view edge_type_name(EdgeType type);
/// Parses a built-in type name or a Danish alias (rapporterer_til, stiplet_linje, raad/råd,
/// samarbejde, kommunikation, hr_stoette/hr_støtte, politisk, betjening, netvaerk/netværk, ...),
/// case-insensitively; spaces and hyphens count as underscores.
std::optional<EdgeType> parse_edge_type(std::string_view text);
/// Normalises a custom type name the same way (lower case, spaces/hyphens to underscores).
std::string normalise_type_name(std::string_view text);
/// The default dialogue layers for chain analysis: sparring, advice, communication, collaboration.
inline constexpr std::array<EdgeType, 4> kDefaultDialogueTypes = {EdgeType::sparring, EdgeType::advice,
                                                                  EdgeType::communication,
                                                                  EdgeType::collaboration};

}  // namespace leadnet
