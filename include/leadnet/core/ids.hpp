#pragma once
// Identifier types shared by the whole library.

#include <cstdint>
#include <limits>

namespace leadnet {

/// Dense node id: 0 .. num_nodes-1. 32 bits hold every person in Denmark many times over.
using NodeId = std::uint32_t;
/// Offset into edge arrays; 64 bits so a layer may hold more than 4 billion arcs.
using EdgeOffset = std::uint64_t;
/// Dense unit id into UnitTree.
using UnitId = std::uint32_t;
/// Dense layer (edge type) id into OrgGraph's layer table.
using LayerId = std::uint16_t;

inline constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();
inline constexpr UnitId kNoUnit = std::numeric_limits<UnitId>::max();
inline constexpr LayerId kNoLayer = std::numeric_limits<LayerId>::max();
/// Largest number of nodes a graph may hold (ids up to kNoNode-1).
inline constexpr std::uint64_t kMaxNodes = std::numeric_limits<NodeId>::max() - 1ULL;

}  // namespace leadnet
