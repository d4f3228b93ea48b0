#pragma once
// View: the simple graph an analysis runs on, made from an OrgGraph by choosing layers,
// direction and weighting (DESIGN.md, "Metric conventions").
//
// The selected layers are merged into one simple graph: parallel ties of different types become
// one edge; when weighted, their weights add up. An undirected view symmetrises: the pair {u, v}
// is an edge when any selected layer has u -> v or v -> u; its weight is the sum of the weights of
// the directed arcs u -> v and v -> u plus the weights of undirected ties {u, v}. A directed view
// keeps arcs; an undirected tie becomes two arcs of its weight. No self-loops, sorted rows.

#include <span>
#include <string>
#include <vector>

#include "leadnet/core/ids.hpp"
#include "leadnet/model/csr.hpp"
#include "leadnet/model/org_graph.hpp"

namespace leadnet {

struct ViewOptions {
  /// Layers to merge; empty means all layers.
  std::vector<LayerId> layers;
  /// false: symmetrise into an undirected graph.
  bool directed = true;
  /// false: every edge has weight 1.
  bool weighted = false;
};

class View {
 public:
  View(const OrgGraph& graph, ViewOptions options);
  View(View&&) noexcept = default;
  View& operator=(View&&) noexcept = delete;
  View(const View&) = delete;
  View& operator=(const View&) = delete;

  /// The graph the view was made from; not available on views made by from_arcs().
  const OrgGraph& graph() const { return *graph_; }
  bool has_graph() const { return graph_ != nullptr; }
  NodeId num_nodes() const { return out_.num_nodes(); }
  bool directed() const { return options_.directed; }
  bool weighted() const { return options_.weighted; }
  const std::vector<LayerId>& layers() const { return options_.layers; }
  /// Layer names joined by ",", for output metadata.
  std::string layer_names() const;

  /// Directed: arcs. Undirected: edges (each counted once).
  EdgeOffset num_edges() const { return options_.directed ? out_.num_arcs() : out_.num_arcs() / 2; }
  /// Out-neighbours (undirected: all neighbours), sorted.
  const Csr& out() const { return out_; }
  /// In-neighbours; the same CSR as out() for an undirected view.
  const Csr& in() const { return options_.directed ? in_ : out_; }
  std::span<const NodeId> out_neighbors(NodeId v) const { return out_.neighbors(v); }
  std::span<const NodeId> in_neighbors(NodeId v) const { return in().neighbors(v); }
  /// Weights of v's out-row, aligned with out_neighbors(v); present whenever weighted() (even
  /// if every weight is 1), empty when the view is unweighted.
  std::span<const double> out_weights(NodeId v) const { return out_.row_weights(v); }
  std::span<const double> in_weights(NodeId v) const { return in().row_weights(v); }

  /// A view of an explicit edge list (tests, generators): arcs u -> v with weights; for an
  /// undirected view give each edge once. Does not need an OrgGraph.
  static View from_arcs(NodeId num_nodes, std::vector<Arc> arcs, bool directed, bool weighted);

 private:
  View() = default;
  const OrgGraph* graph_ = nullptr;
  ViewOptions options_;
  Csr out_;
  Csr in_;
};

/// Resolves layer names ("advice,sparring" or Danish aliases) against a graph; unknown names
/// throw UsageError listing the layers the data has.
std::vector<LayerId> resolve_layers(const OrgGraph& graph, const std::vector<std::string>& names);

}  // namespace leadnet
