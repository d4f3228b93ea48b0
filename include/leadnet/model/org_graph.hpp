#pragma once
// OrgGraph: the immutable, typed, multi-layer organisation graph every analysis reads.
//
// Nodes are people (and citizens, partners, committees) with dense 32-bit ids 0..n-1; their
// external ids, names, roles, units, levels and extra attributes are columns. Each edge type is a
// layer stored as CSR: out-adjacency, and in-adjacency for directed layers (an undirected layer
// stores each tie in both rows and its in-adjacency is its out-adjacency). Built once by
// GraphBuilder, never mutated; move-only.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/model/attributes.hpp"
#include "leadnet/model/csr.hpp"
#include "leadnet/model/edge_types.hpp"
#include "leadnet/model/roles.hpp"
#include "leadnet/model/string_column.hpp"
#include "leadnet/model/units.hpp"

namespace leadnet {

namespace detail {
class IdIndex;
}

struct LayerInfo {
  std::string name;         // "reports_to", "friendship", ...
  bool directed = true;     // false: every tie is stored in both directions
  bool builtin = true;      // one of the ten DESIGN.md types
  std::string description;  // from meta.json for custom types
};

class Layer {
 public:
  Layer(LayerInfo info, Csr out, Csr in, std::uint64_t ties);
  const LayerInfo& info() const { return info_; }
  const std::string& name() const { return info_.name; }
  bool directed() const { return info_.directed; }
  /// Arcs leaving v (undirected ties: both directions).
  const Csr& out() const { return out_; }
  /// Arcs entering v; for an undirected layer the same CSR as out().
  const Csr& in() const { return info_.directed ? in_ : out_; }
  /// Ties: arcs for a directed layer, edges for an undirected one.
  std::uint64_t num_ties() const { return ties_; }
  bool weighted() const { return out_.has_weights(); }
  bool empty() const { return ties_ == 0; }
  std::size_t memory_bytes() const { return out_.memory_bytes() + in_.memory_bytes(); }

 private:
  LayerInfo info_;
  Csr out_;
  Csr in_;
  std::uint64_t ties_;
};

/// Dataset-level facts from meta.json (or the JSON/GraphML equivalents).
struct Meta {
  std::string name;
  std::string description;
  std::string date;
  /// Other meta.json fields, kept as a serialised JSON object so that export keeps them.
  std::string extra_json;
};

class OrgGraph {
 public:
  OrgGraph(OrgGraph&&) noexcept = default;
  OrgGraph& operator=(OrgGraph&&) noexcept = default;
  OrgGraph(const OrgGraph&) = delete;
  OrgGraph& operator=(const OrgGraph&) = delete;
  ~OrgGraph() = default;

  NodeId num_nodes() const { return static_cast<NodeId>(roles_.size()); }

  // Node columns.
  std::string_view id(NodeId v) const { return ids_[v]; }
  std::string_view name(NodeId v) const { return names_[v]; }
  /// Name when present, else id: what a table or a map label shows.
  std::string_view label(NodeId v) const { return names_[v].empty() ? ids_[v] : names_[v]; }
  Role role(NodeId v) const { return roles_[v]; }
  UnitId unit(NodeId v) const { return units_of_[v]; }
  /// Level: 0 is the top; -1 when unknown. Derived from the reporting tree when not given.
  std::int32_t level(NodeId v) const { return levels_[v]; }
  /// True when v's level was given in the data (false: derived or unknown).
  bool level_given(NodeId v) const { return level_given_[v] != 0; }
  const std::vector<Role>& roles() const { return roles_; }
  const std::vector<UnitId>& node_units() const { return units_of_; }
  const std::vector<std::int32_t>& levels() const { return levels_; }
  std::optional<NodeId> find(std::string_view id) const;

  const UnitTree& units() const { return unit_tree_; }
  const std::vector<AttributeColumn>& attributes() const { return attributes_; }
  const AttributeColumn* attribute(std::string_view name) const;

  // Layers: ids 0..9 are the built-in types in EdgeType order (present even when empty);
  // custom types follow.
  LayerId num_layers() const { return static_cast<LayerId>(layers_.size()); }
  const Layer& layer(LayerId l) const { return layers_[l]; }
  const Layer& layer(EdgeType t) const { return layers_[static_cast<LayerId>(t)]; }
  const std::vector<Layer>& layers() const { return layers_; }
  /// By canonical name, Danish alias or custom name.
  std::optional<LayerId> find_layer(std::string_view name) const;
  std::uint64_t num_ties() const;

  const Meta& meta() const { return meta_; }
  std::size_t memory_bytes() const;

 private:
  friend class GraphBuilder;
  OrgGraph() = default;

  StringColumn ids_;
  StringColumn names_;
  std::vector<Role> roles_;
  std::vector<UnitId> units_of_;
  std::vector<std::int32_t> levels_;
  std::vector<std::uint8_t> level_given_;
  std::shared_ptr<const detail::IdIndex> id_index_;  // external id -> NodeId
  UnitTree unit_tree_;
  std::vector<AttributeColumn> attributes_;
  std::vector<Layer> layers_;
  Meta meta_;
};

/// True when two graphs hold the same nodes (ids, names, roles, units by id, levels, attributes),
/// the same layers and the same ties with the same weights (to a relative 1e-12). On a
/// difference, `why` (if given) says what differs. Used by the round-trip tests.
bool same_graph(const OrgGraph& a, const OrgGraph& b, std::string* why = nullptr);

}  // namespace leadnet
