#pragma once
// GraphBuilder: collects nodes, units, attributes and edges (from a reader, the generator or a
// test), checks them, and builds the immutable OrgGraph once.
//
// Every reader calls the builder the same way: declare layers and units, add nodes (in order;
// node ids are dense and follow the order of addition), add attribute columns, then edges by
// node id. Problems go to the Diagnostics given at construction, located by the SourceLocation
// the caller passes; build() throws InputError when any error was recorded.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leadnet/core/diagnostics.hpp"
#include "leadnet/core/ids.hpp"
#include "leadnet/core/run_context.hpp"
#include "leadnet/model/attributes.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

/// Where a record came from, for diagnostics. `file` must outlive the builder call.
struct SourceLocation {
  std::string_view file;
  std::size_t line = 0;
  std::size_t column = 0;
};

class GraphBuilder {
 public:
  explicit GraphBuilder(Diagnostics& diagnostics);
  ~GraphBuilder();
  GraphBuilder(const GraphBuilder&) = delete;
  GraphBuilder& operator=(const GraphBuilder&) = delete;

  void set_meta(Meta meta);

  // --- layers -----------------------------------------------------------------------------
  /// Layer id of a built-in type (always present).
  static LayerId layer(EdgeType type) { return static_cast<LayerId>(type); }
  /// A built-in type (by name or Danish alias) or an already declared custom type.
  std::optional<LayerId> find_layer(std::string_view name) const;
  /// Declares a custom type (name normalised to lower_case_with_underscores). Declaring a
  /// built-in name or the same custom name twice returns the existing layer.
  LayerId declare_layer(std::string_view name, bool directed, std::string description = {});
  LayerId num_layers() const;

  // --- units ------------------------------------------------------------------------------
  /// A unit from units.csv (or the JSON/GraphML equivalent). Parent given by id, empty = root.
  void add_unit(std::string_view id, std::string_view name, std::string_view parent, std::string_view kind,
                const SourceLocation& where);
  /// True when units were declared explicitly; then a node's unit must be one of them.
  /// Otherwise node units are read as paths "A/B/C" and the tree is built from them.
  bool has_declared_units() const;

  // --- nodes ------------------------------------------------------------------------------
  /// Adds a node; returns its dense id, or kNoNode (with an error) when the id is empty or
  /// already used. `level` < 0 means not given. `unit` may be empty.
  NodeId add_node(std::string_view id, Role role, std::string_view name, std::string_view unit,
                  std::int32_t level, const SourceLocation& where);
  std::optional<NodeId> find_node(std::string_view id) const;
  /// Resolves many ids at once (faster for big edge lists); kNoNode where absent. The ids must
  /// already be trimmed.
  void find_nodes(const std::string_view* ids, std::size_t n, NodeId* out) const;
  NodeId num_nodes() const;
  void reserve_nodes(std::size_t n, std::size_t id_bytes = 0);

  /// Adds an attribute column; its size must equal the number of nodes at build() time (missing
  /// values pushed as missing). Names clashing with a main column or another attribute are errors.
  void add_attribute(AttributeColumn column, const SourceLocation& where);

  // --- edges ------------------------------------------------------------------------------
  /// Adds a tie. `directed` overrides the layer's default for this tie; when an undirected
  /// layer receives a directed tie, the whole layer becomes directed and its undirected ties
  /// become two arcs. Self-loops are dropped with a warning. `weight` must be > 0 and finite
  /// (checked by the reader; the builder records an error if not).
  void add_edge(NodeId source, NodeId target, LayerId layer, double weight, std::optional<bool> directed,
                const SourceLocation& where);
  void reserve_edges(std::size_t n);

  /// Checks what can only be checked on the whole (unit references, unit cycles), derives
  /// levels, builds the CSRs and merges duplicate ties (one warning per dataset with the
  /// count). Throws InputError when errors were recorded. Call once.
  /// With a RunContext: first compares the memory the CSRs will take with what is available
  /// (LimitError), and checks cancellation between layers.
  OrgGraph build(const RunContext& ctx);
  OrgGraph build();

 private:
  struct Impl;
  Impl* impl_;
  Diagnostics& diags_;
};

}  // namespace leadnet
