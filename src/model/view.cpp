#include "leadnet/model/view.hpp"

#include <algorithm>

#include "leadnet/core/diagnostics.hpp"

namespace leadnet {

namespace {

void check_layers(const OrgGraph& graph, const std::vector<LayerId>& layers) {
  for (LayerId l : layers)
    if (l >= graph.num_layers()) throw UsageError("layer id " + std::to_string(l) + " does not exist");
}

// A weighted view always carries a weight array (even when every weight is 1), so algorithms
// can index out_weights(v) whenever weighted() is true; an unweighted view never does.
void finish_weights(Csr& out, Csr& in, bool weighted) {
  for (Csr* c : {&out, &in}) {
    if (!weighted) {
      std::vector<double>().swap(c->weights);
    } else if (c->weights.empty()) {
      c->weights.assign(c->targets.size(), 1.0);
    }
  }
}

}  // namespace

View::View(const OrgGraph& graph, ViewOptions options) : graph_(&graph), options_(std::move(options)) {
  if (options_.layers.empty())
    for (LayerId l = 0; l < graph.num_layers(); ++l) options_.layers.push_back(l);
  check_layers(graph, options_.layers);
  std::sort(options_.layers.begin(), options_.layers.end());
  options_.layers.erase(std::unique(options_.layers.begin(), options_.layers.end()), options_.layers.end());
  const NodeId n = graph.num_nodes();

  std::size_t total = 0;
  for (LayerId l : options_.layers) total += graph.layer(l).out().num_arcs();
  std::vector<Arc> arcs;
  arcs.reserve(total);
  const bool w = options_.weighted;
  if (options_.directed) {
    // An undirected layer's out-CSR already holds both directions of each tie.
    for (LayerId l : options_.layers) {
      const Csr& c = graph.layer(l).out();
      for (NodeId u = 0; u < n; ++u)
        for (EdgeOffset e = c.offsets[u]; e < c.offsets[u + 1]; ++e)
          arcs.push_back({u, c.targets[e], w ? c.weight(e) : 1.0});
    }
    out_ = build_csr(n, std::move(arcs), w, false);
    in_ = transpose(out_);
  } else {
    // Canonical pairs (min, max): a directed arc counts once per direction, an undirected tie
    // once (its out-CSR stores it twice, so only the u < v copy is taken).
    for (LayerId l : options_.layers) {
      const Layer& layer = graph.layer(l);
      const Csr& c = layer.out();
      for (NodeId u = 0; u < n; ++u)
        for (EdgeOffset e = c.offsets[u]; e < c.offsets[u + 1]; ++e) {
          const NodeId v = c.targets[e];
          if (!layer.directed() && v < u) continue;
          arcs.push_back({u, v, w ? c.weight(e) : 1.0});
        }
    }
    out_ = build_symmetric_csr(n, std::move(arcs), w);
  }
  finish_weights(out_, in_, w);
}

View View::from_arcs(NodeId num_nodes, std::vector<Arc> arcs, bool directed, bool weighted) {
  View view;
  view.options_.directed = directed;
  view.options_.weighted = weighted;
  std::erase_if(arcs, [](const Arc& a) { return a.source == a.target; });
  if (!weighted)
    for (Arc& a : arcs) a.weight = 1.0;
  if (directed) {
    view.out_ = build_csr(num_nodes, std::move(arcs), weighted, false);
    view.in_ = transpose(view.out_);
  } else {
    view.out_ = build_symmetric_csr(num_nodes, std::move(arcs), weighted);
  }
  finish_weights(view.out_, view.in_, weighted);
  return view;
}

std::string View::layer_names() const {
  if (graph_ == nullptr) return {};
  std::string s;
  for (LayerId l : options_.layers) {
    if (!s.empty()) s += ',';
    s += graph_->layer(l).name();
  }
  return s;
}

std::vector<LayerId> resolve_layers(const OrgGraph& graph, const std::vector<std::string>& names) {
  std::vector<LayerId> out;
  for (const auto& raw : names) {
    std::size_t start = 0;
    while (start <= raw.size()) {
      std::size_t comma = raw.find(',', start);
      if (comma == std::string::npos) comma = raw.size();
      const std::string name = raw.substr(start, comma - start);
      start = comma + 1;
      if (name.find_first_not_of(" \t") == std::string::npos) continue;
      const auto l = graph.find_layer(name);
      if (!l) {
        std::string known;
        for (LayerId k = 0; k < graph.num_layers(); ++k) {
          if (graph.layer(k).empty()) continue;
          if (!known.empty()) known += ", ";
          known += graph.layer(k).name();
        }
        throw UsageError("unknown layer '" + name + "'; this dataset has: " + (known.empty() ? "no ties" : known));
      }
      out.push_back(*l);
    }
  }
  return out;
}

}  // namespace leadnet
