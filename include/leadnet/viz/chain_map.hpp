#pragma once
// The chain map: the formal organisation as an org chart, top-down (tree_layout.hpp), with the
// dialogue ties overlaid as arcs and the chain gaps marked: formal lines that carry no dialogue
// in either direction (metrics/chain.hpp decides which) drawn dashed red. Leaders over the span
// limit and isolated leaders are ringed. Politicians, when present, sit in a row above the top.
//
// People outside the formal line (citizens, external partners, anyone without a reports_to tie)
// are left out and counted in a note. Dialogue ties between a person and their own manager are
// not drawn again: they are what "backed" means, shown by the solid formal line.
//
// The chain analysis is computed by the caller (the viz library computes no metric) and passed
// in. Complexity O(n · h + m) for formal height h. Deterministic (no randomness).

#include <string>
#include <vector>

#include "leadnet/core/run_context.hpp"
#include "leadnet/metrics/chain.hpp"
#include "leadnet/model/org_graph.hpp"
#include "leadnet/viz/map_options.hpp"
#include "leadnet/viz/scene.hpp"
#include "leadnet/viz/tree_layout.hpp"

namespace leadnet::viz {

struct ChainMapOptions {
  /// Layers overlaid on the chart; empty: the chain analysis's dialogue layers, plus political
  /// ties when there are politicians.
  std::vector<LayerId> overlay_layers;
  /// Draw only these people (a unit's, say); empty: everyone in the formal line and the
  /// politicians. A person whose manager is not drawn becomes a root of the chart.
  std::vector<NodeId> people;
  /// What `people` are, for the subtitle.
  std::string who;
  NodeStyleOptions style;
  TreeLayoutOptions tree;
};

Scene chain_map(const OrgGraph& graph, const ChainResult& chain, const ChainMapOptions& options, RunContext& ctx);

}  // namespace leadnet::viz
