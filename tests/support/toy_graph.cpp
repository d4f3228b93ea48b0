#include "support/toy_graph.hpp"

#include <sstream>
#include <stdexcept>

#include "leadnet/model/graph_builder.hpp"

namespace leadnet::test {

OrgGraph toy_graph(const std::vector<ToyNode>& nodes, const std::vector<std::string>& edges) {
  Diagnostics diags;
  GraphBuilder b(diags);
  const SourceLocation here{"toy", 0, 0};
  for (const auto& n : nodes) {
    const auto role = parse_role(n.role);
    if (!role) throw std::invalid_argument("bad role " + n.role);
    b.add_node(n.id, *role, n.id, n.unit, n.level, here);
  }
  for (const auto& e : edges) {
    std::istringstream in(e);
    std::string s, t, type;
    double w = 1.0;
    in >> s >> t >> type;
    if (!(in >> w)) w = 1.0;
    auto layer = b.find_layer(type);
    if (!layer) layer = b.declare_layer(type, true);
    const auto sv = b.find_node(s);
    const auto tv = b.find_node(t);
    if (!sv || !tv) throw std::invalid_argument("unknown node in edge " + e);
    b.add_edge(*sv, *tv, *layer, w, std::nullopt, here);
  }
  return b.build();
}

OrgGraph numbered_graph(int n, const std::vector<std::pair<int, int>>& edges, const std::string& type,
                        const std::vector<double>& weights) {
  std::vector<ToyNode> nodes;
  for (int i = 0; i < n; ++i) nodes.push_back({std::to_string(i)});
  std::vector<std::string> lines;
  for (std::size_t k = 0; k < edges.size(); ++k) {
    std::string line = std::to_string(edges[k].first) + " " + std::to_string(edges[k].second) + " " + type;
    if (k < weights.size()) {
      std::ostringstream w;
      w.precision(17);
      w << weights[k];
      line += " " + w.str();
    }
    lines.push_back(line);
  }
  return toy_graph(nodes, lines);
}

}  // namespace leadnet::test
