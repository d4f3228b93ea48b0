#pragma once
// The unit tree: administrations, areas, institutions, teams. Built from units.csv or from unit
// paths ("Børn og Unge/Skoler/Vestre Skole").
//
// Depth convention: when the data has one root unit, that root has depth 0 and its children
// depth 1. When it has several roots (or units come from paths without a common first part), a
// synthetic root standing for the whole organisation is added at depth 0, so the data's own top
// units have depth 1 either way. A silo (DESIGN.md) is a unit at depth --unit-depth (default 1).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "leadnet/core/ids.hpp"

namespace leadnet {

struct Unit {
  std::string id;
  std::string name;
  UnitId parent = kNoUnit;
  std::string kind;
  std::uint32_t depth = 0;
};

class UnitTree {
 public:
  UnitTree() = default;

  std::size_t size() const { return units_.size(); }
  bool empty() const { return units_.empty(); }
  const Unit& operator[](UnitId u) const { return units_[u]; }
  const std::vector<Unit>& units() const { return units_; }
  std::optional<UnitId> find(std::string_view id) const;

  /// The root (depth 0), or kNoUnit for an empty tree.
  UnitId root() const { return units_.empty() ? kNoUnit : 0; }
  /// True when the root was added by leadnet rather than given in the data.
  bool synthetic_root() const { return synthetic_root_; }
  std::span<const UnitId> children(UnitId u) const {
    return {child_list_.data() + child_offsets_[u], child_offsets_[u + 1] - child_offsets_[u]};
  }
  std::uint32_t max_depth() const { return max_depth_; }
  /// The ancestor of u at `depth`, or u itself when u is shallower. kNoUnit in, kNoUnit out.
  UnitId ancestor_at_depth(UnitId u, std::uint32_t depth) const;
  /// "Børn og Unge / Skoler / Vestre Skole": names from below the root down to u.
  std::string path_name(UnitId u) const;

  /// Builds a tree. `units` come with parent ids as strings in `parents` (empty for a root);
  /// the caller has checked that every parent exists and that there are no cycles. Units are
  /// reordered so that every parent precedes its children (root first); `order` receives, for
  /// every input unit, its new UnitId.
  static UnitTree build(std::vector<Unit> units, const std::vector<std::string>& parents,
                        std::string_view root_name, std::vector<UnitId>* order = nullptr);

  bool operator==(const UnitTree& other) const;

 private:
  std::vector<Unit> units_;
  std::vector<std::uint32_t> child_offsets_;
  std::vector<UnitId> child_list_;
  std::unordered_map<std::string, UnitId> index_;
  std::uint32_t max_depth_ = 0;
  bool synthetic_root_ = false;
};

}  // namespace leadnet
